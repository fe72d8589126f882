import { DynamoDBClient, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandler } from '../../functions/ingest/handler.js';
import { createIdempotencyStore } from '../../functions/ingest/idempotency.js';

const s3 = mockClient(S3Client);
const db = mockClient(DynamoDBDocumentClient);
const dynamo = mockClient(DynamoDBClient);
const handler = createHandler(
  { s3: new S3Client({}), db: DynamoDBDocumentClient.from(new DynamoDBClient({})), tableName: 'articles' },
  { persistenceStore: createIdempotencyStore(new DynamoDBClient({}), 'articles') },
);
const context = {
  functionName: 'ingest',
  awsRequestId: 'request-1',
  getRemainingTimeInMillis: () => 60_000,
} as Context;

function sqsRecord(messageId: string, key: string): SQSRecord {
  const body = JSON.stringify({
    Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'news' }, object: { key: encodeURIComponent(key).replace(/%20/g, '+'), eTag: 'abc', size: 10 } } }],
  });
  return { messageId, receiptHandle: messageId, body, attributes: {}, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:1:q', awsRegion: 'us-east-1' } as unknown as SQSRecord;
}

function objectBody(text: string) {
  const bytes = new TextEncoder().encode(text);
  return { Body: { transformToByteArray: async () => bytes } as never, ContentLength: bytes.byteLength, ETag: '"abc"', Metadata: {} };
}

beforeEach(() => {
  s3.reset();
  db.reset();
  dynamo.reset();
  // Idempotency records: first delivery of everything (duplicates are covered against dynalite).
  dynamo.on(PutItemCommand).resolves({});
  dynamo.on(UpdateItemCommand).resolves({});
  db.on(QueryCommand).resolves({ Items: [] });
  db.on(GetCommand).resolves({});
  db.on(BatchGetCommand).resolves({ Responses: {} });
  db.on(BatchWriteCommand).resolves({});
  db.on(PutCommand).resolves({});
});

describe('ingest handler', () => {
  it('stores a processed article whose record names the decoded key', async () => {
    s3.on(GetObjectCommand, { Key: 'incoming/my article.txt' }).resolves(objectBody('“We will sign the agreement next month,” Lorenzana said.'));

    const result = await handler({ Records: [sqsRecord('m1', 'incoming/my article.txt')] } as SQSEvent, context);

    expect(result.batchItemFailures).toEqual([]);
    expect(db).toHaveReceivedCommandWith(PutCommand, {
      Item: expect.objectContaining({ SK: 'RECORD', status: 'PROCESSED', source: { bucket: 'news', key: 'incoming/my article.txt', etag: 'abc' } }),
    });
  });

  it('records an empty article as REJECTED with a reason and does not retry it', async () => {
    s3.on(GetObjectCommand).resolves(objectBody('   '));

    const result = await handler({ Records: [sqsRecord('m1', 'incoming/empty.txt')] } as SQSEvent, context);

    expect(result.batchItemFailures).toEqual([]);
    expect(db).toHaveReceivedCommandWith(PutCommand, {
      Item: expect.objectContaining({ status: 'REJECTED', error: { code: 'EMPTY', message: 'The article is empty.' } }),
    });
  });

  it('reports only the record whose object could not be read as a batch item failure', async () => {
    s3.on(GetObjectCommand, { Key: 'incoming/good.txt' }).resolves(objectBody('Lorenzana said that the agreement is ready for signing.'));
    s3.on(GetObjectCommand, { Key: 'incoming/flaky.txt' }).rejects(new Error('S3 is unavailable'));

    const result = await handler({ Records: [sqsRecord('m1', 'incoming/good.txt'), sqsRecord('m2', 'incoming/flaky.txt')] } as SQSEvent, context);

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm2' }]);
    expect(db).toHaveReceivedCommandWith(PutCommand, { Item: expect.objectContaining({ status: 'PROCESSED' }) });
  });

  it('drops the s3:TestEvent that S3 sends when notifications are configured', async () => {
    const record = { ...sqsRecord('m1', 'x'), body: JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'news' }) };

    const result = await handler({ Records: [record] } as SQSEvent, context);

    expect(result.batchItemFailures).toEqual([]);
    expect(s3).not.toHaveReceivedCommand(GetObjectCommand);
  });

  it('fails a message that is not an S3 notification so it ends in the dead-letter queue', async () => {
    const record = { ...sqsRecord('m1', 'x'), body: 'not json' };

    const result = await handler({ Records: [record] } as SQSEvent, context);

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
  });
});
