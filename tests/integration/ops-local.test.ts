/**
 * `npm run redrive` and `npm run reprocess` against the local stack: the same
 * S3 and SQS calls as against AWS, through the local stack's SQS endpoint and
 * s3rver, with the real ingest handler behind the queue.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalS3Client, createLocalSqsClient } from '../../shared/local/clients.js';
import { startLocalStack, type LocalStack } from '../../shared/local/stack.js';
import { redrive } from '../../shared/ops/redrive.js';
import { reprocess } from '../../shared/ops/reprocess.js';
import type { PipelineTarget } from '../../shared/ops/target.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { collectingLogger, eventually, getJson, SAMPLE_ARTICLE } from './local-helpers.js';

const CLI = fileURLToPath(new URL('../../shared/ops/cli.ts', import.meta.url));

let stack: LocalStack;
let target: PipelineTarget;
const logger = collectingLogger();

beforeAll(async () => {
  // Two receives and no retry delay: a failing message reaches the dead-letter queue at once.
  stack = await startLocalStack({ logger, queue: { maxReceiveCount: 2, retryDelayMs: () => 0 } });
  target = {
    name: 'local',
    bucket: stack.bucket,
    prefix: stack.incomingPrefix,
    queueUrl: stack.queueUrl,
    deadLetterQueueUrl: stack.deadLetterQueueUrl,
    s3: createLocalS3Client(stack.s3Endpoint),
    sqs: createLocalSqsClient(stack.sqsEndpoint),
  };
});

afterAll(async () => {
  target?.s3.destroy();
  target?.sqs.destroy();
  await stack?.stop();
});

/** The article's status and ingest time, once the API has it. */
function ingested(bucket: string, key: string, after = ''): Promise<{ status: string; ingestedAt: string }> {
  return eventually(async () => {
    const { status, body } = await getJson(`${stack.apiUrl}/articles/${articleIdFor(bucket, key)}`);
    return status === 200 && body.ingestedAt > after ? body : undefined;
  }, 15_000, `${key} ingested after "${after}" (log: ${logger.lines.join(' | ')})`);
}

/** Runs the operations CLI as `npm run …` would, pointed at this stack's ports. */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

const portOf = (url: string) => new URL(url).port;

/**
 * Dead-letters a notification for a bucket that does not exist yet (S3 fails
 * every receive), then fixes the cause by creating the bucket and object.
 */
async function deadLetterThenFix(bucket: string, key: string): Promise<void> {
  await target.sqs.send(
    new SendMessageCommand({
      QueueUrl: stack.queueUrl,
      MessageBody: JSON.stringify({ Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key, sequencer: '01' } } }] }),
    }),
  );
  await eventually(async () => {
    const { Attributes } = await target.sqs.send(new GetQueueAttributesCommand({ QueueUrl: stack.deadLetterQueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
    return Attributes?.ApproximateNumberOfMessages === '1' ? true : undefined;
  }, 15_000, 'the dead letter');
  await target.s3.send(new CreateBucketCommand({ Bucket: bucket }));
  await target.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: SAMPLE_ARTICLE, ContentType: 'text/plain' }));
}

describe('redrive against the local stack', () => {
  it('moves a dead-lettered notification back to the queue, where it is ingested once its cause is fixed', async () => {
    await deadLetterThenFix('late-bucket', 'incoming/late.txt');

    const result = await redrive(target, { pollMs: 10 });

    expect(result).toEqual({ status: 'COMPLETED', moved: 1 });
    expect((await ingested('late-bucket', 'incoming/late.txt')).status).toBe('PROCESSED');
    expect(stack.queue.stats().deadLetters).toBe(0);
  });

  it('runs as `npm run redrive`, finding the running stack by its ports', async () => {
    await deadLetterThenFix('later-bucket', 'incoming/later.txt');

    const { code, stdout, stderr } = await runCli(['redrive'], { SQS_PORT: portOf(stack.sqsEndpoint), S3_PORT: portOf(stack.s3Endpoint) });

    expect(code, stderr).toBe(0);
    expect(stdout).toBe('local: redrive completed, 1 message(s) moved back to the ingest queue\n');
    expect((await ingested('later-bucket', 'incoming/later.txt')).status).toBe('PROCESSED');
    expect(stack.queue.stats().deadLetters).toBe(0);
  });

  it('reports an empty dead-letter queue as nothing to do', async () => {
    expect(await redrive(target)).toEqual({ status: 'NOTHING_TO_DO', moved: 0 });
  });
});

describe('reprocess against the local stack', () => {
  const keys = ['incoming/first.txt', 'incoming/second.txt'];
  let before: string[];

  beforeAll(async () => {
    for (const key of keys) await target.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: SAMPLE_ARTICLE }));
    before = await Promise.all(keys.map(async (key) => (await ingested(stack.bucket, key)).ingestedAt));
  });

  it('queues nothing when no article was stored since the given time', async () => {
    const result = await reprocess(target, { since: new Date(Date.now() + 3600_000) });

    expect(result.enqueued).toBe(0);
  });

  it('re-extracts every stored article, although each version was already ingested', async () => {
    const result = await reprocess(target, { since: new Date(Date.now() - 3600_000) });

    expect(result.enqueued).toBe(2);
    const after = await Promise.all(keys.map((key, i) => ingested(stack.bucket, key, before[i])));
    expect(after.map((article) => article.status)).toEqual(['PROCESSED', 'PROCESSED']);
  });

  it('runs as `npm run reprocess`, finding the running stack by its ports', async () => {
    const { code, stdout, stderr } = await runCli(['reprocess', '--since', '2000-01-01'], {
      SQS_PORT: portOf(stack.sqsEndpoint),
      S3_PORT: portOf(stack.s3Endpoint),
    });

    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^local: 2 article\(s\) stored since 2000-01-01T00:00:00\.000Z queued for re-extraction \(run .+\)\n$/);
  });
});

describe('operations CLI without a local stack', () => {
  it('says that `npm start` is not running', async () => {
    const { code, stderr } = await runCli(['redrive'], { SQS_PORT: '1', S3_PORT: '1' });

    expect(code).toBe(1);
    expect(stderr).toContain('No local stack at 127.0.0.1:1 (SQS_PORT): start it with `npm start`');
  });
});
