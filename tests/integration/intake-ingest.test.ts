/**
 * `ingestObject` against real local engines (s3rver, dynalite): what it
 * stores per article of a file, which limits it applies, that an
 * unavailable S3 or DynamoDB makes it throw (so the queue retries) instead
 * of marking the article rejected, and that a re-uploaded object replaces
 * all of its articles (lines it no longer has, a file that turns into a
 * single article or back), whatever order its notifications arrive in.
 */
import { readFileSync } from 'node:fs';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../shared/article/limits.js';
import { articleKey } from '../../shared/article/parse.js';
import { ingestObject, type IngestDeps, type IngestOutcome } from '../../shared/ingest/ingest-object.js';
import { createLocalDocumentClient, createLocalS3Client } from '../../shared/local/clients.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { AnalystQueries } from '../../shared/store/queries.js';
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
let queries: AnalystQueries;

beforeAll(async () => {
  engines = await startIngestEngines(BUCKET, TABLE);
  deps = { ...engines.deps, limits: DEFAULT_LIMITS };
  repository = new ArticleRepository(deps.db, TABLE);
  queries = new AnalystQueries(deps.db, TABLE, repository);
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

const body = (words: string) => `MANILA — Defense Secretary Delfin Lorenzana spoke on Wednesday.\n\n“${words},” Lorenzana told reporters.\n`;
/** One JSON article object: what a `.json` file holds, or one line of JSON Lines. */
const articleJson = (words: string) => JSON.stringify({ title: `On ${words}`, body: body(words) });
/** Every words' article, one per line. */
const jsonLines = (...words: string[]) => words.map(articleJson).join('\n');

/** Uploads `content` as the object `key` and delivers its notification with `sequencer`. */
async function uploadVersion(key: string, content: string, sequencer: string): Promise<IngestOutcome> {
  await upload(key, new TextEncoder().encode(content));
  return deliver(key, sequencer);
}

/** The ObjectCreated notification of `key` with `sequencer`, handled as the ingest function handles it. */
const deliver = (key: string, sequencer: string): Promise<IngestOutcome> => ingestObject({ bucket: BUCKET, key, sequencer }, deps);

const lineId = (key: string, line: number) => articleIdFor(BUCKET, articleKey(key, line));

/** What an article id reads as (GET /articles/{id}): its quotes, or undefined when not found. */
async function quotesOf(articleId: string): Promise<string[] | undefined> {
  return (await repository.getArticle(articleId))?.record?.quotes.map((q) => q.text);
}

/** The articles of `key` that the listing shows, by line (undefined for a single article). */
async function listedLines(key: string): Promise<(number | undefined)[]> {
  const { items } = await queries.listArticles({ limit: 100 });
  return items.filter((a) => a.source.key === key).map((a) => a.source.line).sort();
}

describe('a re-uploaded object replaces its articles', () => {
  it('removes the article of a line that a JSON Lines file uploaded again no longer has, and updates the others', async () => {
    const key = 'incoming/shortened.json';
    await uploadVersion(key, jsonLines('the first old words', 'the second old words', 'the third old words'), '1A01');

    await uploadVersion(key, jsonLines('the first new words', 'the second new words'), '1A02');

    expect(await Promise.all([1, 2, 3].map((line) => quotesOf(lineId(key, line))))).toEqual([['the first new words'], ['the second new words'], undefined]);
    expect(await listedLines(key)).toEqual([1, 2]);
  });

  it('ignores the notification of the longer older version that arrives after the shorter newer one', async () => {
    const key = 'incoming/late-longer.json';
    await uploadVersion(key, jsonLines('one old line', 'two old line', 'three old line'), '1B01');
    await uploadVersion(key, jsonLines('one new line', 'two new line'), '1B02');

    const late = await deliver(key, '1B01');

    expect(late).toMatchObject({ status: 'SKIPPED', error: { code: 'ALREADY_STORED' } });
    expect(await Promise.all([1, 2, 3].map((line) => quotesOf(lineId(key, line))))).toEqual([['one new line'], ['two new line'], undefined]);
    expect(await listedLines(key)).toEqual([1, 2]);
  });

  it('keeps only the single article that a JSON Lines file turned into', async () => {
    const key = 'incoming/lines-to-single.json';
    await uploadVersion(key, jsonLines('a line that will go', 'another line that will go'), '1C01');

    await uploadVersion(key, articleJson('the single article that stays'), '1C02');

    expect(await quotesOf(articleIdFor(BUCKET, key))).toEqual(['the single article that stays']);
    expect(await Promise.all([1, 2].map((line) => quotesOf(lineId(key, line))))).toEqual([undefined, undefined]);
    expect(await listedLines(key)).toEqual([undefined]);
  });

  it('keeps only the lines of the JSON Lines file that a single article turned into', async () => {
    const key = 'incoming/single-to-lines.json';
    await uploadVersion(key, articleJson('the single article that will go'), '1D01');

    await uploadVersion(key, jsonLines('the first line that stays', 'the second line that stays'), '1D02');

    expect(await quotesOf(articleIdFor(BUCKET, key))).toBeUndefined();
    expect(await Promise.all([1, 2].map((line) => quotesOf(lineId(key, line))))).toEqual([['the first line that stays'], ['the second line that stays']]);
    expect(await listedLines(key)).toEqual([1, 2]);
  });

  it('keeps the rejected line of the new version: it is an article of it too', async () => {
    const key = 'incoming/rejected-line.json';
    await uploadVersion(key, jsonLines('the first line of the file', 'the second line of the file'), '1E01');

    await uploadVersion(key, `${articleJson('the first line again')}\n{"title": cut off}`, '1E02');

    expect((await repository.getStatus(lineId(key, 2)))?.error?.code).toBe('MALFORMED_JSON');
    expect(await listedLines(key)).toEqual([1, 2]);
  });

  it('leaves the same articles when the notification of the shortened file is delivered twice', async () => {
    const key = 'incoming/twice.json';
    await uploadVersion(key, jsonLines('first line once', 'second line once', 'third line once'), '1F01');
    await uploadVersion(key, jsonLines('first line twice', 'second line twice'), '1F02');
    const once = await Promise.all([1, 2, 3].map((line) => repository.getArticle(lineId(key, line))));

    await deliver(key, '1F02');

    expect(await Promise.all([1, 2, 3].map((line) => repository.getArticle(lineId(key, line))))).toEqual(once);
    expect(await listedLines(key)).toEqual([1, 2]);
  });
});
