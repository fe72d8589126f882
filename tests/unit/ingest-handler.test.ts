import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { beforeEach, describe, expect, it } from 'vitest';
import { unpackRecordItem } from '../../shared/store/record-item.js';
import { context, createTestHandler, db, dynamo, objectBody, resetClients, s3, sqsRecord } from './ingest-helpers.js';

const handler = createTestHandler();

beforeEach(resetClients);

describe('ingest handler', () => {
  it('stores a processed article whose record names the decoded key', async () => {
    s3.on(GetObjectCommand, { Key: 'incoming/my article.txt' }).resolves(objectBody('“We will sign the agreement next month,” Lorenzana said.'));

    const result = await handler({ Records: [sqsRecord('m1', 'incoming/my article.txt')] } as SQSEvent, context);

    expect(result.batchItemFailures).toEqual([]);
    const put = db.commandCalls(PutCommand).find((call) => call.args[0].input.Item?.SK === 'RECORD');
    const { article } = unpackRecordItem(put!.args[0].input.Item!);
    expect(article).toMatchObject({ status: { status: 'PROCESSED', source: { bucket: 'news', key: 'incoming/my article.txt', etag: 'abc' } } });
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

describe('ingest handler idempotency', () => {
  const idempotencyKeys = () => dynamo.commandCalls(PutItemCommand).map((call) => call.args[0].input.Item!);

  it('keys idempotency on the object (bucket, key, version), not on the SQS message id', async () => {
    s3.on(GetObjectCommand).resolves(objectBody('Lorenzana said that the agreement is ready for signing.'));

    await handler({ Records: [sqsRecord('m1', 'incoming/a.txt')] } as SQSEvent, context);
    await handler({ Records: [sqsRecord('m2', 'incoming/a.txt')] } as SQSEvent, context);
    await handler({ Records: [sqsRecord('m3', 'incoming/b.txt')] } as SQSEvent, context);

    const [first, again, other] = idempotencyKeys().map((item) => item.SK!.S);
    expect(first).toBe(again);
    expect(other).not.toBe(first);
  });

  it('keeps idempotency records in their own partition of the table, expiring a day later', async () => {
    s3.on(GetObjectCommand).resolves(objectBody('Lorenzana said that the agreement is ready for signing.'));
    const before = Math.floor(Date.now() / 1000);

    await handler({ Records: [sqsRecord('m1', 'incoming/a.txt')] } as SQSEvent, context);

    const [item] = idempotencyKeys();
    expect(item!.PK).toEqual({ S: 'IDEMPOTENCY#ingest' });
    expect(Number(item!.ttl!.N) - before).toBeGreaterThanOrEqual(24 * 3600);
    expect(Number(item!.ttl!.N) - before).toBeLessThan(24 * 3600 + 60);
  });
});
