/**
 * The embedded default end to end: real AWS SDK clients against s3rver and
 * dynalite, the in-process queue, the real ingest and query handlers behind
 * the local HTTP server. Everything in memory (temp dirs), every port free.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { startLocalHttpApi } from '../../shared/local/http.js';
import type { MessageOutcome } from '../../shared/local/queue.js';
import { defaultQueryThreads, startLocalStack, type LocalStack } from '../../shared/local/stack.js';
import { collectingLogger, eventually, getJson, SAMPLE_ARTICLE } from './local-helpers.js';

interface ListedArticle {
  articleId: string;
  status: string;
  source: { bucket: string; key: string };
  title: string | null;
}

describe('local stack', () => {
  let stack: LocalStack;
  let s3: S3Client;
  let inboxDir: string;
  const logger = collectingLogger();
  const outcomes: MessageOutcome[] = [];

  beforeAll(async () => {
    inboxDir = await mkdtemp(join(tmpdir(), 'local-stack-inbox-'));
    await writeFile(join(inboxDir, 'already-there.txt'), SAMPLE_ARTICLE);
    await writeFile(join(inboxDir, '.hidden.txt'), SAMPLE_ARTICLE);
    // Two query threads whatever the machine's cores (the default on 2 cores is none: tested below).
    stack = await startLocalStack({ port: 0, s3Port: 0, dynamoPort: 0, inboxDir, logger, queryThreads: 2 });
    stack.queue.onOutcome((outcome) => outcomes.push(outcome));
    // A client built the way any AWS tool would be, from what the stack reports.
    s3 = new S3Client({
      endpoint: stack.s3Endpoint,
      region: stack.region,
      credentials: stack.credentials,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  });

  afterAll(async () => {
    s3?.destroy();
    await stack?.stop();
    await rm(inboxDir, { recursive: true, force: true });
  });

  /** Polls GET /articles until the article dropped at `key` is listed. */
  function listedArticle(key: string): Promise<ListedArticle> {
    return eventually(async () => {
      const { status, body } = await getJson(`${stack.apiUrl}/articles?limit=50`);
      expect(status).toBe(200);
      return (body.articles as ListedArticle[]).find((a) => a.source?.key === key);
    }, 15_000, `${key} in GET /articles (log: ${logger.lines.join(' | ')})`);
  }

  it('ingests an object PUT to incoming/ through the S3 API and lists it in GET /articles', async () => {
    // Space, parentheses and a plus: S3 notifications carry the key URL-encoded.
    const key = 'incoming/Lorenzana rifles (draft+1).txt';
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: SAMPLE_ARTICLE, ContentType: 'text/plain' }));

    const article = await listedArticle(key);

    expect(article).toMatchObject({ status: 'PROCESSED', source: { bucket: stack.bucket, key } });
    expect(article.title).toContain('Russian rifles');
    const { status, body } = await getJson(`${stack.apiUrl}/articles/${article.articleId}`);
    expect(status).toBe(200);
    expect(body.body).toContain('We are looking at all options');
  });

  it('does not ingest an object outside incoming/', async () => {
    const marker = 'incoming/marker-after-outside.txt';
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'archive/outside.txt', Body: SAMPLE_ARTICLE }));
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: marker, Body: SAMPLE_ARTICLE }));

    await listedArticle(marker); // uploaded after the outside object, so its event would have come first

    const { body } = await getJson(`${stack.apiUrl}/articles?limit=50`);
    expect((body.articles as ListedArticle[]).map((a) => a.source.key)).not.toContain('archive/outside.txt');
    expect(outcomes.map((o) => o.body).join('\n')).not.toContain('archive/outside.txt');
  });

  it('uploads a file written into the inbox folder, once complete, and ingests it', async () => {
    const path = join(inboxDir, 'inbox article.txt');
    // Written in two parts with a pause: only the whole file may be uploaded.
    const half = Math.floor(SAMPLE_ARTICLE.length / 2);
    const file = await open(path, 'w');
    await file.write(SAMPLE_ARTICLE.slice(0, half));
    await new Promise((resolve) => setTimeout(resolve, 40));
    await file.write(SAMPLE_ARTICLE.slice(half));
    await file.close();

    const article = await listedArticle('incoming/inbox article.txt');

    expect(article.status).toBe('PROCESSED');
    const object = await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: 'incoming/inbox article.txt' }));
    expect(await object.Body!.transformToString()).toBe(SAMPLE_ARTICLE);
    expect(logger.lines.filter((l) => l.startsWith('inbox: inbox article.txt →'))).toHaveLength(1);
  });

  it('uploads and ingests files already in the inbox folder at start', async () => {
    const article = await listedArticle('incoming/already-there.txt');

    expect(article.status).toBe('PROCESSED');
  });

  it('ignores dotfiles in the inbox folder', async () => {
    await listedArticle('incoming/already-there.txt'); // written together with the dotfile

    await expect(s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: 'incoming/.hidden.txt' }))).rejects.toBeInstanceOf(
      NotFound,
    );
  });

  it('logs one line per ingested article with its status and quote count', async () => {
    const key = 'incoming/logged.txt';
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: SAMPLE_ARTICLE }));

    const line = await eventually(async () => logger.lines.find((l) => l.startsWith(`ingest: ${key} →`)), 15_000, 'the log line');

    expect(line).toMatch(/^ingest: incoming\/logged\.txt → PROCESSED, \d+ quotes?/);
  });

  it('answers requests in flight at once, each the same as alone (the query function runs in several threads)', async () => {
    const paths = ['/articles?limit=50', '/entities?prefix=lorenzana', '/quotes?speaker=Lorenzana', '/health'];
    const alone = await Promise.all(paths.map((path) => fetch(stack.apiUrl + path).then((r) => r.text())));

    const together = await Promise.all(Array.from({ length: 24 }, (_, i) => fetch(stack.apiUrl + paths[i % paths.length]).then(async (r) => [r.status, await r.text()])));

    expect(together).toEqual(Array.from({ length: 24 }, (_, i) => [200, alone[i % paths.length]]));
  });

  it('answers unknown routes with the API error shape through the local HTTP server', async () => {
    const { status, body } = await getJson(`${stack.apiUrl}/nowhere`);

    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('local HTTP API', () => {
  it('hands the handler an API Gateway payload 2.0 event with decoded query parameters', async () => {
    let seen: APIGatewayProxyEventV2 | undefined;
    const api = await startLocalHttpApi({
      handler: async (event) => {
        seen = event;
        return { statusCode: 201, headers: { 'content-type': 'application/json', 'x-extra': 'yes' }, body: '{"ok":true}' };
      },
    });
    try {
      const response = await fetch(`${api.url}/quotes?speaker=Delfin%20Lorenzana&limit=5&tag=a&tag=b`, {
        headers: { 'X-Trace': 'abc' },
      });

      expect([response.status, response.headers.get('x-extra'), await response.json()]).toEqual([201, 'yes', { ok: true }]);
      expect(seen).toMatchObject({
        version: '2.0',
        routeKey: '$default',
        rawPath: '/quotes',
        rawQueryString: 'speaker=Delfin%20Lorenzana&limit=5&tag=a&tag=b',
        queryStringParameters: { speaker: 'Delfin Lorenzana', limit: '5', tag: 'a,b' },
        headers: { 'x-trace': 'abc' },
        isBase64Encoded: false,
        requestContext: { http: { method: 'GET', path: '/quotes', sourceIp: '127.0.0.1' }, stage: '$default' },
      });
      expect(seen?.requestContext.requestId).toBeTruthy();
    } finally {
      await api.close();
    }
  });

  it('answers a handler exception with a 500 JSON error and no stack trace', async () => {
    const api = await startLocalHttpApi({
      handler: async () => {
        throw new Error('secret detail at /work/main/functions/query/handler.ts:12');
      },
      logger: collectingLogger(),
    });
    try {
      const response = await fetch(`${api.url}/articles`);
      const text = await response.text();

      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL', message: expect.any(String) } });
      expect(text).not.toMatch(/handler\.ts|at |secret/);
    } finally {
      await api.close();
    }
  });
});

describe('local stack shutdown', () => {
  it('stop() closes the API, S3, DynamoDB and SQS servers', async () => {
    const stack = await startLocalStack({ logger: collectingLogger() });
    const urls = [stack.apiUrl, stack.s3Endpoint, stack.dynamoEndpoint, stack.sqsEndpoint];
    for (const url of urls) await fetch(url).then((r) => r.arrayBuffer());

    await stack.stop();

    for (const url of urls) await expect(fetch(url)).rejects.toThrow();
  });

  it('leaves a core to its event loop and one to DynamoDB, and gives query threads the others (up to 4)', () => {
    expect([1, 2, 3, 4, 8].map((cores) => defaultQueryThreads(cores))).toEqual([0, 0, 1, 2, 4]);
  });

  it('runs the query function on its own event loop when asked for no query threads', async () => {
    const stack = await startLocalStack({ logger: collectingLogger(), queryThreads: 0, webDir: null });
    try {
      const { status, body } = await getJson(`${stack.apiUrl}/articles`);

      expect(status).toBe(200);
      expect(body).toEqual({ articles: [] });
    } finally {
      await stack.stop();
    }
  });

  it('leaves nothing open after stop(): a process that starts, uses and stops the stack exits by itself', async () => {
    const script = fileURLToPath(new URL('./local-stack-exit.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);

    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    clearTimeout(timer);

    expect({ code, stopped: stdout.includes('LOCAL-STACK-STOPPED') }, stderr).toEqual({ code: 0, stopped: true });
  });
});
