/**
 * `ingestObject` against real local engines (s3rver, dynalite): what it
 * stores per article of a file, which limits it applies, and that an
 * unavailable S3 or DynamoDB makes it throw (so the queue retries) instead
 * of marking the article rejected.
 */
import { readFileSync } from 'node:fs';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../shared/article/limits.js';
import { articleKey } from '../../shared/article/parse.js';
import { ingestObject, type IngestDeps } from '../../shared/ingest/ingest-object.js';
import { createLocalDocumentClient, createLocalS3Client } from '../../shared/local/clients.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { ArticleRepository } from '../../shared/store/repository.js';
import { startIngestEngines, type IngestEngines } from './local-engines.js';

const TABLE = 'intake';
const BUCKET = 'newsroom';
const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url));
/** Nothing listens here: every request is refused at once. */
const CLOSED_ENDPOINT = 'http://127.0.0.1:9';

let engines: IngestEngines;
let deps: IngestDeps;
let repository: ArticleRepository;

beforeAll(async () => {
  engines = await startIngestEngines(BUCKET, TABLE);
  deps = { ...engines.deps, limits: DEFAULT_LIMITS };
  repository = new ArticleRepository(deps.db, TABLE);
});

afterAll(async () => {
  await engines?.close();
});

async function upload(key: string, body: Uint8Array): Promise<void> {
  await deps.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
}

describe('ingestObject', () => {
  it('stores every line of a JSON Lines file under its own id and reports each', async () => {
    const key = 'incoming/wire-feed.jsonl';
    await upload(key, fixture('wire-feed.jsonl'));

    const outcome = await ingestObject({ bucket: BUCKET, key }, deps);

    expect(outcome.articles!.map((a) => [a.line, a.articleId, a.status])).toEqual([
      [1, articleIdFor(BUCKET, articleKey(key, 1)), 'PROCESSED'],
      [2, articleIdFor(BUCKET, articleKey(key, 2)), 'PROCESSED'],
      [4, articleIdFor(BUCKET, articleKey(key, 4)), 'REJECTED'],
      [5, articleIdFor(BUCKET, articleKey(key, 5)), 'REJECTED'],
    ]);
    const stored = await Promise.all([1, 2, 4, 5].map((line) => repository.getStatus(articleIdFor(BUCKET, articleKey(key, line)))));
    expect(stored.map((s) => [s?.status, s?.source.line, s?.error?.code])).toEqual([
      ['PROCESSED', 1, undefined],
      ['PROCESSED', 2, undefined],
      ['REJECTED', 4, 'MALFORMED_JSON'],
      ['REJECTED', 5, 'MALFORMED_JSON'],
    ]);
  });

  it('sums up a file of several articles by the worst status and the total counts', async () => {
    const key = 'incoming/feed-again.jsonl';
    await upload(key, fixture('wire-feed.jsonl'));

    const outcome = await ingestObject({ bucket: BUCKET, key }, deps);

    const total = (field: 'quotes' | 'events' | 'entities'): number => outcome.articles!.reduce((n, a) => n + (a[field] ?? 0), 0);
    expect(outcome).toMatchObject({ articleId: articleIdFor(BUCKET, key), status: 'REJECTED', quotes: total('quotes'), events: total('events') });
  });

  it('gives the lines of a file uploaded again the same ids, so their articles are replaced, not duplicated', async () => {
    const key = 'incoming/wire-feed.jsonl';
    const first = await ingestObject({ bucket: BUCKET, key }, deps);

    const second = await ingestObject({ bucket: BUCKET, key }, deps);

    expect(second.articles!.map((a) => a.articleId)).toEqual(first.articles!.map((a) => a.articleId));
  });

  it('applies the limits it is given: a file above maxRawBytes is rejected as TOO_LARGE', async () => {
    const key = 'incoming/harbor-bill.txt';
    await upload(key, fixture('harbor-bill.txt'));

    const outcome = await ingestObject({ bucket: BUCKET, key }, { ...deps, limits: { ...DEFAULT_LIMITS, maxRawBytes: 100 } });

    expect(outcome).toMatchObject({ status: 'REJECTED', error: { code: 'TOO_LARGE' } });
    expect((await repository.getStatus(articleIdFor(BUCKET, key)))?.error?.code).toBe('TOO_LARGE');
  });

  it.each([
    ['DynamoDB', (): Partial<IngestDeps> => ({ db: createLocalDocumentClient(CLOSED_ENDPOINT) })],
    ['S3', (): Partial<IngestDeps> => ({ s3: createLocalS3Client(CLOSED_ENDPOINT) })],
  ])('throws when %s is unavailable, so the message is retried, and marks nothing rejected', async (engine, unavailable) => {
    const key = `incoming/while-${engine}-is-down.txt`;
    await upload(key, fixture('harbor-bill.txt'));
    const down = unavailable();

    try {
      await expect(ingestObject({ bucket: BUCKET, key }, { ...deps, ...down })).rejects.toThrow();
    } finally {
      down.db?.destroy();
      down.s3?.destroy();
    }
    expect(await repository.getStatus(articleIdFor(BUCKET, key))).toBeUndefined();
  });
});
