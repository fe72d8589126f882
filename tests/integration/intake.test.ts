/**
 * Article intake on the local stack (real S3 and DynamoDB APIs, the real
 * ingest and query handlers): good and bad uploads, and what the API then
 * says about each. The raw objects must all survive.
 */
import { readFileSync } from 'node:fs';
import { HeadObjectCommand, PutObjectCommand, type PutObjectCommandInput, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleKey } from '../../shared/article/parse.js';
import { createLocalS3Client } from '../../shared/local/clients.js';
import { startLocalStack, type LocalStack } from '../../shared/local/stack.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { collectingLogger, eventually, getJson } from './local-helpers.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url));

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01]);
/** 20 MB of text: twice the default raw limit. */
const HUGE = Buffer.alloc(20 * 1024 * 1024, 'The council met again on Tuesday. ');

const UPLOADS: Omit<PutObjectCommandInput, 'Bucket'>[] = [
  { Key: 'incoming/intake/harbor-bill.html', Body: fixture('harbor-bill.html'), ContentType: 'text/html; charset=utf-8' },
  { Key: 'incoming/intake/empty.txt', Body: new Uint8Array(), ContentType: 'text/plain' },
  { Key: 'incoming/intake/photo.png', Body: PNG, ContentType: 'image/png' },
  { Key: 'incoming/intake/huge.txt', Body: HUGE, ContentType: 'text/plain' },
  { Key: 'incoming/intake/wire-feed.jsonl', Body: fixture('wire-feed.jsonl') },
  {
    Key: 'incoming/intake/harbor-bill.txt.gz',
    Body: fixture('harbor-bill.txt.gz'),
    ContentType: 'text/plain',
    ContentEncoding: 'gzip',
    Metadata: { title: 'Harbor vote put off', 'published-at': '2019-03-14', url: 'https://ledger.example/h' },
  },
];

interface ListedArticle {
  articleId: string;
  status: string;
  source: { bucket: string; key: string; line?: number };
  error?: { code: string; message: string };
}

describe('article intake on the local stack', () => {
  let stack: LocalStack;
  let s3: S3Client;
  const logger = collectingLogger();
  const idOf = (key: string, line?: number): string => articleIdFor(stack.bucket, articleKey(key, line));

  /** GET /articles/{id} once the article has a status. */
  const article = (key: string, line?: number): Promise<any> =>
    eventually(async () => {
      const { status, body } = await getJson(`${stack.apiUrl}/articles/${idOf(key, line)}`);
      return status === 200 ? body : undefined;
    }, 20_000, `article ${articleKey(key, line)} (log: ${logger.lines.join(' | ')})`);

  beforeAll(async () => {
    stack = await startLocalStack({ port: 0, s3Port: 0, dynamoPort: 0, sqsPort: 0, logger });
    s3 = createLocalS3Client(stack.s3Endpoint, stack.credentials);
    for (const upload of UPLOADS) await s3.send(new PutObjectCommand({ Bucket: stack.bucket, ...upload }));
  });

  afterAll(async () => {
    s3?.destroy();
    await stack?.stop();
  });

  it('makes the good article queryable: its record with title, date and quotes', async () => {
    const record = await article('incoming/intake/harbor-bill.html');

    expect(record).toMatchObject({ status: 'PROCESSED', title: 'Senate delays vote on harbor dredging bill', publishedAt: '2019-03-13' });
    expect(record.body).toMatch(/^The state Senate on Wednesday postponed a vote/);
    expect(record.body).not.toMatch(/Boat loans|Dredge it already|Privacy/);
    expect(record.quotes.map((q: { text: string }) => q.text).join(' ')).toContain('We need to see the numbers');
  });

  it('lists the empty file, the PNG and the 20 MB file under status=REJECTED with their reasons', async () => {
    const rejectedKeys = ['incoming/intake/empty.txt', 'incoming/intake/photo.png', 'incoming/intake/huge.txt'];

    const listed = await eventually(async () => {
      const { body } = await getJson(`${stack.apiUrl}/articles?status=REJECTED&limit=50`);
      const articles = (body.articles as ListedArticle[]).filter((a) => rejectedKeys.includes(a.source.key));
      return articles.length === rejectedKeys.length ? articles : undefined;
    }, 30_000, `the three rejections in GET /articles?status=REJECTED (log: ${logger.lines.join(' | ')})`);

    expect(Object.fromEntries(listed.map((a) => [a.source.key, a.error?.code]))).toEqual({
      'incoming/intake/empty.txt': 'EMPTY',
      'incoming/intake/photo.png': 'UNSUPPORTED_CONTENT',
      'incoming/intake/huge.txt': 'TOO_LARGE',
    });
  });

  it('shows each rejection by GET /articles/{id}, with a readable reason', async () => {
    expect(await article('incoming/intake/empty.txt')).toMatchObject({ status: 'REJECTED', error: { code: 'EMPTY', message: 'The article is empty.' } });
    expect(await article('incoming/intake/photo.png')).toMatchObject({
      status: 'REJECTED',
      error: { code: 'UNSUPPORTED_CONTENT', message: 'The file is a PNG image, not article text.' },
    });
    expect(await article('incoming/intake/huge.txt')).toMatchObject({
      status: 'REJECTED',
      error: { code: 'TOO_LARGE', message: 'The file is 20 MB; the limit is 10 MB.' },
    });
  });

  it('keeps every raw object, good or bad, unchanged in S3', async () => {
    await article('incoming/intake/huge.txt'); // all uploads are ingested by now

    for (const { Key, Body } of UPLOADS) {
      const head = await s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key }));
      expect([Key, head.ContentLength]).toEqual([Key, (Body as Uint8Array).byteLength]);
    }
  });

  it('stores each line of a JSON Lines file as its own article, a bad line as its own rejection', async () => {
    const key = 'incoming/intake/wire-feed.jsonl';

    const [first, second, noText, cutOff] = await Promise.all([article(key, 1), article(key, 2), article(key, 4), article(key, 5)]);

    expect(first).toMatchObject({ status: 'PROCESSED', title: 'Senate delays vote on harbor dredging bill', source: { key, line: 1 } });
    expect(second).toMatchObject({ status: 'PROCESSED', title: 'Ferry fares rise in June', source: { key, line: 2 } });
    expect([noText.status, noText.error.code, noText.source.line]).toEqual(['REJECTED', 'MALFORMED_JSON', 4]);
    expect([cutOff.status, cutOff.error.code, cutOff.source.line]).toEqual(['REJECTED', 'MALFORMED_JSON', 5]);
  });

  it('decompresses a gzip object and lets its S3 metadata override title and date', async () => {
    const record = await article('incoming/intake/harbor-bill.txt.gz');

    expect(record).toMatchObject({ status: 'PROCESSED', title: 'Harbor vote put off', publishedAt: '2019-03-14' });
    expect(record.body).toContain('“We need to see the numbers before we commit $40 million,”');
  });
});
