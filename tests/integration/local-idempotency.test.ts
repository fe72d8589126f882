/**
 * Ingest idempotency on the real local engines: the idempotency records live
 * in dynalite (no TTL, no transactions), notifications arrive through the
 * local queue like SQS deliveries, each under its own message id.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalS3Client, createLocalSqsClient } from '../../shared/local/clients.js';
import type { MessageOutcome } from '../../shared/local/queue.js';
import { startLocalStack, type LocalStack } from '../../shared/local/stack.js';
import { reprocessMessage } from '../../shared/ops/reprocess-message.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { collectingLogger, eventually, getJson, SAMPLE_ARTICLE } from './local-helpers.js';

let stack: LocalStack;
const logger = collectingLogger();
const outcomes: MessageOutcome[] = [];
const s3 = () => createLocalS3Client(stack.s3Endpoint);
const sqs = () => createLocalSqsClient(stack.sqsEndpoint);

beforeAll(async () => {
  stack = await startLocalStack({ logger });
  stack.queue.onOutcome((outcome) => outcomes.push(outcome));
});

afterAll(async () => {
  await stack?.stop();
});

async function upload(key: string, body: string): Promise<void> {
  const client = s3();
  await client.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body, ContentType: 'text/plain' }));
  client.destroy();
}

/** Sends a message body to the ingest queue and waits until the handler has settled it. */
async function deliver(body: string): Promise<MessageOutcome> {
  const client = sqs();
  const { MessageId } = await client.send(new SendMessageCommand({ QueueUrl: stack.queueUrl, MessageBody: body }));
  client.destroy();
  return eventually(async () => outcomes.find((outcome) => outcome.messageId === MessageId), 15_000, `message ${MessageId}`);
}

async function article(key: string): Promise<{ title: string; ingestedAt: string } | undefined> {
  const { status, body } = await getJson(`${stack.apiUrl}/articles/${articleIdFor(stack.bucket, key)}`);
  return status === 200 ? body : undefined;
}

/** The notification S3 sent for the latest upload of `key`. */
function lastNotification(key: string): Promise<string> {
  return eventually(async () => outcomes.findLast((outcome) => outcome.result === 'deleted' && outcome.body.includes(key))?.body, 15_000, key);
}

describe('ingest idempotency (local stack)', () => {
  it('ingests a notification delivered twice only once', async () => {
    const key = 'incoming/twice.txt';
    await upload(key, SAMPLE_ARTICLE);
    const notification = await lastNotification(key);
    const first = await eventually(() => article(key), 15_000, 'the first ingest');

    const redelivery = await deliver(notification);

    expect(redelivery.result).toBe('deleted');
    expect((await article(key))!.ingestedAt).toBe(first.ingestedAt);
  });

  it('ingests a new upload of the same key again', async () => {
    const key = 'incoming/updated.txt';
    await upload(key, SAMPLE_ARTICLE);
    const first = await eventually(() => article(key), 15_000, 'the first version');

    await upload(key, SAMPLE_ARTICLE.replace('Philippines weighs Russian rifles', 'Manila signs Russian rifle deal'));

    const second = await eventually(async () => {
      const current = await article(key);
      return current && current.ingestedAt > first.ingestedAt ? current : undefined;
    }, 15_000, 'the second version');
    expect(second.title).toContain('Manila signs Russian rifle deal');
  });

  it('re-extracts an ingested version for a reprocess run, once per run', async () => {
    const key = 'incoming/reprocessed.txt';
    await upload(key, SAMPLE_ARTICLE);
    const first = await eventually(() => article(key), 15_000, 'the first ingest');
    const message = reprocessMessage({ bucket: stack.bucket, key }, 'run-1', new Date());

    await deliver(message);
    const reprocessed = (await article(key))!;
    await deliver(message);

    expect(reprocessed.ingestedAt > first.ingestedAt).toBe(true);
    expect((await article(key))!.ingestedAt).toBe(reprocessed.ingestedAt);
  });
});
