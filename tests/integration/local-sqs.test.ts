/** The local SQS endpoint, driven by the real SDK v3 SQS client. */
import {
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  QueueDoesNotExist,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalSqsClient } from '../../shared/local/clients.js';
import { LocalQueue } from '../../shared/local/queue.js';
import { deadLetterQueueName } from '../../shared/local/settings.js';
import { startLocalSqs, type LocalSqs } from '../../shared/local/sqs.js';

let received: string[];
let queue: LocalQueue;
let sqsServer: LocalSqs;
let client: SQSClient;

beforeEach(async () => {
  received = [];
  // Not started: messages wait in the queue, where the test can see them.
  queue = new LocalQueue({
    name: 'ingest-queue',
    handler: async (event: SQSEvent) => {
      received.push(...event.Records.map((record) => record.body));
    },
  });
  sqsServer = await startLocalSqs({ queue });
  client = createLocalSqsClient(sqsServer.endpoint);
});

afterEach(async () => {
  client.destroy();
  await sqsServer.close();
});

describe('local SQS endpoint', () => {
  it('names the queue and its dead-letter queue by URL', async () => {
    const urls = await Promise.all(
      ['ingest-queue', 'ingest-queue-dlq'].map(async (QueueName) => (await client.send(new GetQueueUrlCommand({ QueueName }))).QueueUrl),
    );

    expect(urls).toEqual([sqsServer.queueUrl, sqsServer.deadLetterQueueUrl]);
  });

  it('puts sent messages, single or batched, on the local queue with the MD5 the SDK checks', async () => {
    await client.send(new SendMessageCommand({ QueueUrl: sqsServer.queueUrl, MessageBody: 'one' }));
    const batch = await client.send(
      new SendMessageBatchCommand({ QueueUrl: sqsServer.queueUrl, Entries: [{ Id: 'a', MessageBody: 'two' }, { Id: 'b', MessageBody: 'three' }] }),
    );
    await queue.processBatch();

    expect(received).toEqual(['one', 'two', 'three']);
    expect(batch.Successful?.map((entry) => entry.Id)).toEqual(['a', 'b']);
  });

  it('reports waiting messages and the redrive policy as queue attributes', async () => {
    await client.send(new SendMessageCommand({ QueueUrl: sqsServer.queueUrl, MessageBody: 'one' }));

    const { Attributes } = await client.send(new GetQueueAttributesCommand({ QueueUrl: sqsServer.queueUrl, AttributeNames: ['All'] }));

    expect(Attributes).toEqual({
      QueueArn: queue.arn,
      ApproximateNumberOfMessages: '1',
      ApproximateNumberOfMessagesNotVisible: '0',
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetterQueueName(queue.arn), maxReceiveCount: 5 }),
    });
  });

  it('answers an unknown queue with QueueDoesNotExist', async () => {
    await expect(client.send(new GetQueueUrlCommand({ QueueName: 'nope' }))).rejects.toBeInstanceOf(QueueDoesNotExist);
  });

  it('refuses actions it does not implement, such as ReceiveMessage, with UnsupportedOperation', async () => {
    await expect(client.send(new ReceiveMessageCommand({ QueueUrl: sqsServer.queueUrl }))).rejects.toMatchObject({ name: 'UnsupportedOperation' });
  });
});
