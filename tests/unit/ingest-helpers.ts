/**
 * What the ingest handler's unit tests share: mocked AWS clients that accept
 * every read and write of the store and of idempotency, a Lambda context,
 * S3 object bodies and SQS-delivered S3 notifications.
 */
import { DynamoDBClient, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { createHandler, type IngestHandlerOptions } from '../../functions/ingest/handler.js';
import { createIdempotencyStore } from '../../functions/ingest/idempotency.js';

export const s3 = mockClient(S3Client);
export const db = mockClient(DynamoDBDocumentClient);
/** The plain client: Powertools idempotency records. */
export const dynamo = mockClient(DynamoDBClient);

/** Resets the mocks to a store that is empty and accepts everything (so every delivery is a first one). */
export function resetClients(): void {
  for (const mock of [s3, db, dynamo]) mock.reset();
  dynamo.on(PutItemCommand).resolves({});
  dynamo.on(UpdateItemCommand).resolves({});
  db.on(QueryCommand).resolves({ Items: [] });
  db.on(GetCommand).resolves({});
  db.on(BatchGetCommand).resolves({ Responses: {} });
  db.on(BatchWriteCommand).resolves({});
  db.on(PutCommand).resolves({});
}

export function createTestHandler(options: Partial<IngestHandlerOptions> = {}) {
  return createHandler(
    { s3: new S3Client({}), db: DynamoDBDocumentClient.from(new DynamoDBClient({})), tableName: 'articles' },
    { persistenceStore: createIdempotencyStore(new DynamoDBClient({}), 'articles'), ...options },
  );
}

export const context = {
  functionName: 'ingest',
  awsRequestId: 'request-1',
  getRemainingTimeInMillis: () => 60_000,
} as Context;

/** An SQS record carrying S3's ObjectCreated notification for `key` in bucket `news`. */
export function sqsRecord(messageId: string, key: string, object: Record<string, unknown> = {}): SQSRecord {
  const body = JSON.stringify({
    Records: [
      {
        eventSource: 'aws:s3',
        eventName: 'ObjectCreated:Put',
        s3: { bucket: { name: 'news' }, object: { key: encodeURIComponent(key).replace(/%20/g, '+'), eTag: 'abc', size: 10, ...object } },
      },
    ],
  });
  return { messageId, receiptHandle: messageId, body, attributes: {}, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:1:q', awsRegion: 'us-east-1' } as unknown as SQSRecord;
}

/** A GetObject answer with `text` as the body. */
export function objectBody(text: string) {
  const bytes = new TextEncoder().encode(text);
  return { Body: { transformToByteArray: async () => bytes } as never, ContentLength: bytes.byteLength, ETag: '"abc"', Metadata: {} };
}
