/** The embedded default removes an article when its object is deleted, as S3 → SQS → ingest does on AWS. */
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalS3Client } from '../../shared/local/clients.js';
import { startLocalStack, type LocalStack } from '../../shared/local/stack.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { eventually, getJson, SAMPLE_ARTICLE } from './local-helpers.js';

let stack: LocalStack;
let s3: S3Client;

beforeAll(async () => {
  stack = await startLocalStack({ port: 0, s3Port: 0, dynamoPort: 0, logger: { info() {}, warn() {}, error() {} } });
  s3 = createLocalS3Client(stack.s3Endpoint, stack.credentials);
});

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

describe('deleting an object in the local stack', () => {
  it('removes its article from the API', async () => {
    const key = 'incoming/deleted-locally.txt';
    const url = `${stack.apiUrl}/articles/${articleIdFor(stack.bucket, key)}`;
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: SAMPLE_ARTICLE, ContentType: 'text/plain' }));
    await eventually(async () => ((await getJson(url)).status === 200 ? true : undefined), 10_000, 'the article to be stored');

    await s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));

    expect(await eventually(async () => ((await getJson(url)).status === 404 ? 404 : undefined), 10_000, 'the article to be removed')).toBe(404);
  });
});
