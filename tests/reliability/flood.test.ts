/**
 * A flood through `npm start`'s stack: 2,000 generated articles uploaded as
 * fast as the local S3 takes them. All are processed, the table holds each
 * once, the API lists each once, no message is left in the queue, and the
 * process's memory stays bounded while the queue absorbs the burst.
 */
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSqsClient } from '../../shared/local/clients.js';
import { generatedArticle } from './articles.js';
import { expectExactlyOnce } from './checks.js';
import { inParallel, report, rssSampler, startStack, upload, type StackUnderTest } from './helpers.js';

const ARTICLES = 2_000;
const UPLOADS_IN_FLIGHT = 16;
/** The whole stack runs in this process (S3, DynamoDB in memory, queue, ingest, API): it stays within one ingest function's memory. */
const MAX_RSS_MB = 1024;

const keys = Array.from({ length: ARTICLES }, (_, n) => `incoming/flood/${String(n).padStart(4, '0')}.txt`);
let pipeline: StackUnderTest;
let peakRssMb = 0;
let seconds = 0;
let uploadSeconds = 0;
let backlog = 0;

beforeAll(async () => {
  pipeline = await startStack();
  const rss = rssSampler();
  const started = performance.now();
  await inParallel(keys, UPLOADS_IN_FLIGHT, (key, n) => upload(pipeline.s3, pipeline.bucket, key, generatedArticle(10_000 + n).text));
  uploadSeconds = secondsSince(started);
  backlog = pipeline.stack.queue.stats().pending;
  await pipeline.stack.queue.whenIdle();
  seconds = secondsSince(started);
  peakRssMb = rss.stop();
}, 20 * 60_000);

function secondsSince(started: number): number {
  return Math.round((performance.now() - started) / 100) / 10;
}

afterAll(async () => {
  await pipeline?.stop();
});

describe(`flood of ${ARTICLES} uploads`, () => {
  it('processes every article', () => {
    expect(keys.filter((key) => pipeline.settled.get(key)?.result !== 'deleted')).toEqual([]);
  });

  it('leaves no message waiting, in flight or dead-lettered', async () => {
    expect(pipeline.stack.queue.stats()).toEqual({ pending: 0, inFlight: 0, deadLetters: 0 });
    const sqs = createLocalSqsClient(pipeline.stack.sqsEndpoint);
    try {
      for (const QueueUrl of [pipeline.stack.queueUrl, pipeline.stack.deadLetterQueueUrl]) {
        const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
        expect(Attributes).toEqual({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
      }
    } finally {
      sqs.destroy();
    }
  });

  it('holds every article in the table exactly once, with its pointer items', async () => {
    await expectExactlyOnce(pipeline, keys);
  });

  it('lists every article exactly once through the API', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const response = await fetch(`${pipeline.stack.apiUrl}/articles?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { articles: { source: { key: string } }[]; cursor?: string };
      seen.push(...page.articles.map((article) => article.source.key));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toHaveLength(ARTICLES);
    expect(seen.slice().sort()).toEqual(keys);
  });

  it(`stays under ${MAX_RSS_MB} MB of memory`, () => {
    report('flood', { uploads: ARTICLES, uploadSeconds, backlogAfterUploads: backlog, seconds, articlesPerSecond: Math.round(ARTICLES / seconds), peakRssMb, lost: 0, duplicates: 0 });
    expect(peakRssMb).toBeLessThan(MAX_RSS_MB);
  });
});
