/**
 * S3 notifications as they arrive (twice, out of order, for removals) against
 * s3rver and dynalite through the real SDK: one article per object, always
 * the newest version, gone when the object is.
 */
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestObject, type IngestDeps } from '../../shared/ingest/ingest-object.js';
import { objectsFromNotification } from '../../shared/ingest/notification.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { AnalystQueries } from '../../shared/store/queries.js';
import { ArticleRepository } from '../../shared/store/repository.js';
import { startIngestEngines, type IngestEngines } from './local-engines.js';

const BUCKET = 'news';
const TABLE = 'notifications';
let engines: IngestEngines;
let s3: S3Client;
let deps: IngestDeps;
let repository: ArticleRepository;
let queries: AnalystQueries;

beforeAll(async () => {
  engines = await startIngestEngines(BUCKET, TABLE);
  ({ deps } = engines);
  s3 = deps.s3;
  repository = new ArticleRepository(deps.db, TABLE);
  queries = new AnalystQueries(deps.db, TABLE, repository);
});

afterAll(async () => {
  await engines?.close();
});

const article = (words: string) => `Rifles deal\n\nMANILA — Defense Secretary Delfin Lorenzana spoke on Wednesday.\n\n“${words},” Lorenzana told reporters.\n`;

/** The notification S3 sends for `key`, parsed as the ingest function parses it, then ingested. */
async function deliver(eventName: string, key: string, sequencer: string) {
  const body = JSON.stringify({ Records: [{ eventSource: 'aws:s3', eventName, s3: { bucket: { name: BUCKET }, object: { key, sequencer } } }] });
  const [object] = objectsFromNotification(body);
  return ingestObject(object!, deps);
}

async function upload(key: string, words: string, sequencer: string) {
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: article(words), ContentType: 'text/plain' }));
  return deliver('ObjectCreated:Put', key, sequencer);
}

const quotesOf = async (key: string): Promise<string[]> =>
  (await queries.quotes({ speaker: 'lorenzana', limit: 100 })).items.filter((q) => q.articleId === articleIdFor(BUCKET, key)).map((q) => q.text);

describe('S3 notifications into the store', () => {
  it('replaces the article when the object is uploaded again', async () => {
    await upload('incoming/replaced.txt', 'We are looking at all options', '0A01');

    await upload('incoming/replaced.txt', 'Russia offered a good deal', '0A02');

    expect(await quotesOf('incoming/replaced.txt')).toEqual(['Russia offered a good deal']);
  });

  it('keeps one article when a notification arrives three times', async () => {
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'incoming/thrice.txt', Body: article('We will sign the deal only once it is ready'), ContentType: 'text/plain' }));

    for (let i = 0; i < 3; i++) await deliver('ObjectCreated:Put', 'incoming/thrice.txt', '0B01');

    expect(await quotesOf('incoming/thrice.txt')).toEqual(['We will sign the deal only once it is ready']);
    expect((await queries.listArticles({ limit: 100 })).items.filter((a) => a.source.key === 'incoming/thrice.txt')).toHaveLength(1);
  });

  it('ignores the notification of an older version that arrives after a newer one', async () => {
    await upload('incoming/ordered.txt', 'The newer words are the ones that stand today', '0C02');

    const late = await deliver('ObjectCreated:Put', 'incoming/ordered.txt', '0C01');

    expect(late).toMatchObject({ status: 'SKIPPED', error: { code: 'ALREADY_STORED' } });
    expect(await quotesOf('incoming/ordered.txt')).toEqual(['The newer words are the ones that stand today']);
  });

  it('removes the article when its object is deleted, and a late older notification does not restore it', async () => {
    await upload('incoming/deleted.txt', 'These words will be gone with their object soon', '0D01');
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'incoming/deleted.txt' }));

    const removed = await deliver('ObjectRemoved:Delete', 'incoming/deleted.txt', '0D02');
    const late = await deliver('ObjectCreated:Put', 'incoming/deleted.txt', '0D01');

    expect(removed.status).toBe('DELETED');
    expect(late.status).toBe('SKIPPED');
    expect(await repository.getArticle(articleIdFor(BUCKET, 'incoming/deleted.txt'))).toBeUndefined();
    expect(await quotesOf('incoming/deleted.txt')).toEqual([]);
  });

  it('removes every article of a JSON Lines file when the file is deleted', async () => {
    const key = 'incoming/two-articles.jsonl';
    const lines = ['first', 'second'].map((n) => JSON.stringify({ title: `The ${n} article`, body: article(`These are the words of the ${n} article in the file`) }));
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: lines.join('\n'), ContentType: 'application/x-ndjson' }));
    await deliver('ObjectCreated:Put', key, '0F01');
    const ids = [1, 2].map((line) => articleIdFor(BUCKET, `${key}#${line}`));
    const stored = await Promise.all(ids.map((id) => repository.getArticle(id)));

    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    await deliver('ObjectRemoved:Delete', key, '0F02');

    expect(stored.map((a) => a?.status.status)).toEqual(['PROCESSED', 'PROCESSED']);
    expect(await Promise.all(ids.map((id) => repository.getArticle(id)))).toEqual([undefined, undefined]);
  });

  it('keeps the article when a removal is announced for an object that is still there', async () => {
    await upload('incoming/still-there.txt', 'The article stays while its object is still here', '0E01');

    const removed = await deliver('ObjectRemoved:Delete', 'incoming/still-there.txt', '0E02');

    expect(removed).toMatchObject({ status: 'SKIPPED', error: { code: 'OBJECT_EXISTS' } });
    expect(await quotesOf('incoming/still-there.txt')).toEqual(['The article stays while its object is still here']);
  });
});
