/**
 * The seed article through the whole local pipeline: uploaded with the S3 API
 * to s3rver, delivered by the local queue to the real ingest handler, stored
 * in dynalite, and read back through the real query handler over HTTP.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, Quote } from '../../shared/contracts.js';
import { createLocalS3Client } from '../../shared/local/clients.js';
import { startLocalStack, type LocalStack } from '../../shared/local/stack.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { eventually, getJson } from './local-helpers.js';

const SEED = fileURLToPath(new URL('../../../shared/corpus/seed/seed-article.txt', import.meta.url));
const EXPECTED = fileURLToPath(new URL('../../../shared/corpus/seed/seed-article.expected.json', import.meta.url));
const KEY = 'incoming/seed-article.txt';

// The corpus lives beside the project (../shared); a checkout without it cannot run this test.
const corpusMissing = !existsSync(SEED);
if (corpusMissing) console.warn(`seed pipeline test skipped: ${SEED} not found (the corpus is expected beside the project)`);

let stack: LocalStack;
let s3: S3Client;
let record: ArticleRecord;

beforeAll(async () => {
  if (corpusMissing) return;
  stack = await startLocalStack({ port: 0, s3Port: 0, dynamoPort: 0, logger: { info() {}, warn() {}, error() {} } });
  s3 = createLocalS3Client(stack.s3Endpoint, stack.credentials);
  await s3.send(new PutObjectCommand({
    Bucket: stack.bucket, Key: KEY, Body: await readFile(SEED), ContentType: 'text/plain; charset=utf-8',
    Metadata: { 'published-at': '2017-05-02' },
  }));
  const articleId = articleIdFor(stack.bucket, KEY);
  record = await eventually(async () => {
    const { status, body } = await getJson(`${stack.apiUrl}/articles/${articleId}`);
    return status === 200 ? (body as ArticleRecord) : undefined;
  }, 10_000, 'the seed article to be queryable');
});

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

const inQuotationMarks = (q: Quote): boolean => q.kind !== 'indirect';

describe.skipIf(corpusMissing)('the seed article through the local pipeline', () => {
  it('comes back with its four passages in quotation marks and their speakers', () => {
    const speakers = record.quotes.filter(inQuotationMarks).map((q) => q.speaker?.mention);

    expect(speakers).toEqual(['DFA', 'Lorenzana', 'DFA', 'Shoygu']);
  });

  it('resolves those speakers to the full names in the article', () => {
    const names = record.quotes.filter(inQuotationMarks).map((q) => q.speaker?.name);

    expect(names).toEqual(['Department of Foreign Affairs', 'Delfin Lorenzana', 'Department of Foreign Affairs', 'Sergey Shoygu']);
  });

  it('keeps the four READ: lines as related links, out of the body', () => {
    expect(record.relatedLinks).toHaveLength(4);
    expect(record.body).not.toContain('READ:');
  });

  it('takes the publication date from the S3 object metadata', () => {
    expect(record.publishedAt).toBe('2017-05-02');
  });

  it('finds every quote of the hand annotation with the annotated kind and speaker', async () => {
    const expected = JSON.parse(await readFile(EXPECTED, 'utf8')) as { quotes: { kind: string; speaker: string; text: string }[] };
    const found = expected.quotes.map((gold) => {
      const match = record.quotes.find((q) => q.text.includes(gold.text.slice(0, 40)) || gold.text.includes(q.text.slice(0, 40)));
      return { text: gold.text.slice(0, 40), kind: match?.kind, speaker: match?.speaker?.name };
    });

    expect(found.filter((f, i) => f.kind !== expected.quotes[i]!.kind)).toEqual([]);
    expect(found.filter((f, i) => f.speaker !== expected.quotes[i]!.speaker)).toEqual([]);
  });

  it('finds no quote the hand annotation lacks', async () => {
    const expected = JSON.parse(await readFile(EXPECTED, 'utf8')) as { quotes: unknown[] };

    expect(record.quotes).toHaveLength(expected.quotes.length);
  });

  it('serves his quotes for speaker=lorenzana, newest first, with the article they came from', async () => {
    const { status, body } = await getJson(`${stack.apiUrl}/quotes?speaker=lorenzana`);

    expect(status).toBe(200);
    expect(body.quotes.map((q: Quote) => q.speaker?.name)).toEqual(['Delfin Lorenzana', 'Delfin Lorenzana']);
    expect(body.quotes[0]).toMatchObject({ articleId: record.articleId, publishedAt: '2017-05-02' });
  });

  it('serves the DFA quotes for speaker=DFA and for the full name alike', async () => {
    const byAcronym = await getJson(`${stack.apiUrl}/quotes?speaker=DFA`);
    const byName = await getJson(`${stack.apiUrl}/quotes?speaker=department%20of%20foreign%20affairs`);

    // Two quoted passages, the opening sentence, "The DFA said …", and "A media release said …".
    expect(byAcronym.body.quotes).toHaveLength(5);
    expect(byName.body.quotes).toEqual(byAcronym.body.quotes);
  });
});
