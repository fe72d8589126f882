/**
 * `GET /upload-url` (shared/api/upload.ts) through the API router: the
 * presigned PUT URL a browser uploads an article with. Signing is local, so
 * no S3 endpoint is needed; the signed URL is checked for what S3 enforces.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { handleApiRequest } from '../../shared/api/router.js';
import { UPLOAD_CLIENT_CONFIG, UPLOAD_KEY_PREFIX, uploadSigner } from '../../shared/api/upload.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { contractErrors } from '../integration/api-contract.js';

const BUCKET = 'news-articles';
// The signer's own client settings, as the function and the local stack use them.
const s3 = new S3Client({ ...UPLOAD_CLIENT_CONFIG, region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
const db = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));

async function uploadUrl(query: Record<string, string>, uploads: { maxBytes?: number } | null = {}) {
  const response = await handleApiRequest(
    { method: 'GET', path: '/upload-url', query },
    { db, tableName: 'articles', ...(uploads ? { uploads: uploadSigner({ s3, bucket: BUCKET, ...uploads }) } : {}) },
  );
  return { status: response.status, body: JSON.parse(response.body), response };
}

const valid = { filename: 'Harbor bill.txt', contentType: 'text/plain', size: '1234' };

describe('GET /upload-url', () => {
  it('answers 404 when uploading is not enabled', async () => {
    const { status, body } = await uploadUrl(valid, null);

    expect(status).toBe(404);
    expect(body.error.message).toMatch(/not enabled/);
  });

  it('signs a PUT for a new key under incoming/web/, named after the file', async () => {
    const { status, body } = await uploadUrl(valid);

    expect(status).toBe(200);
    expect(body.method).toBe('PUT');
    expect(body.key).toMatch(new RegExp(`^${UPLOAD_KEY_PREFIX}\\d{4}-\\d{2}-\\d{2}/[0-9a-f]{12}-Harbor-bill\\.txt$`));
    expect(new URL(body.url).pathname).toBe(`/${body.key}`);
  });

  it('gives two uploads of the same file different keys, so neither replaces the other', async () => {
    const [first, second] = await Promise.all([uploadUrl(valid), uploadUrl(valid)]);

    expect(first.body.key).not.toBe(second.body.key);
  });

  it('signs the Content-Length and Content-Type, so S3 refuses any other size or type', async () => {
    const { body } = await uploadUrl(valid);
    const url = new URL(body.url);

    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    expect(body.headers).toEqual({ 'content-type': 'text/plain' });
  });

  it('expires after five minutes', async () => {
    const before = Date.now();
    const { body } = await uploadUrl(valid);

    expect(new URL(body.url).searchParams.get('X-Amz-Expires')).toBe('300');
    expect(Date.parse(body.expiresAt) - before).toBeGreaterThanOrEqual(299_000);
  });

  it('carries no checksum of an empty body, which would fail every real upload', async () => {
    const { body } = await uploadUrl(valid);

    expect([...new URL(body.url).searchParams.keys()].filter((name) => /checksum/i.test(name))).toEqual([]);
  });

  it('stores the publication date as the object metadata the ingest reads', async () => {
    const { body } = await uploadUrl({ ...valid, publishedAt: '2017-05-02' });

    expect(new URL(body.url).searchParams.get('x-amz-meta-published-at')).toBe('2017-05-02');
  });

  it('names the article id the upload will have', async () => {
    const { body } = await uploadUrl(valid);

    expect(body.articleId).toBe(articleIdFor(BUCKET, body.key));
  });

  it('keeps only letters, digits, dots, dashes and underscores of the file name', async () => {
    const { body } = await uploadUrl({ ...valid, filename: '../../Ärger über "Häfen".md', contentType: 'text/markdown' });

    expect(body.key).toMatch(/-Arger-uber-Hafen-\.md$/);
  });

  it('answers as the OpenAPI document says', async () => {
    const { response } = await uploadUrl(valid);

    expect(contractErrors('/upload-url', response)).toEqual([]);
  });

  it.each([
    [{ filename: '' }, 'filename'],
    [{ filename: '***' }, 'filename'],
    [{ contentType: 'application/pdf' }, 'contentType'],
    [{ contentType: 'text/plain; charset=latin1' }, 'contentType'],
    [{ size: '0' }, 'size'],
    [{ size: '12.5' }, 'size'],
    [{ size: String(10 * 1024 * 1024 + 1) }, 'size'],
    [{ publishedAt: '2017-02-30' }, 'publishedAt'],
  ])('refuses %j with a 400 naming %s', async (change, parameter) => {
    const { status, body } = await uploadUrl({ ...valid, ...change });

    expect(status).toBe(400);
    expect(body.error.message.startsWith(`${parameter}:`)).toBe(true);
  });

  it('refuses a file larger than the configured limit', async () => {
    const { status, body } = await uploadUrl({ ...valid, size: '2049' }, { maxBytes: 2048 });

    expect(status).toBe(400);
    expect(body.error.message).toBe('size: must be at most 2 KB (2048 bytes).');
  });
});
