/**
 * The local HTTP API under abuse: injection strings in every parameter of
 * every route, absurd limits, forged and truncated cursors, path traversal,
 * very long query strings and wrong methods. Every answer is a 4xx with the
 * API's JSON error (or an empty result for a search that matches nothing):
 * never a 500, never data the request did not ask for. Requests go over raw
 * HTTP, so paths reach the server as written (no client normalises them).
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../shared/api/router.js';
import { UPLOAD_KEY_PREFIX } from '../../shared/api/upload.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { generatedArticle } from './articles.js';
import { report, startStack, until, upload, type StackUnderTest } from './helpers.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json?: unknown;
}

let pipeline: StackUnderTest;
let base: URL;
const apiErrors: string[] = [];
let requests = 0;

/** One request exactly as written: method, path and query are not normalised or re-encoded. */
function send(method: string, target: string): Promise<Answer> {
  requests++;
  return new Promise((resolve, reject) => {
    const req = request({ host: base.hostname, port: base.port, method, path: target }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Raw bytes on a fresh connection, for what an HTTP client refuses to send; resolves with the status and the body. */
function sendRaw(bytes: string): Promise<Answer> {
  requests++;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(base.port), base.hostname, () => socket.end(bytes));
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const headers = Object.fromEntries(head.split('\r\n').slice(1).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(head.split(' ')[1]), headers, text: body, json: JSON.parse(body) as unknown });
    });
  });
}

const query = (params: Record<string, string>) =>
  Object.entries(params).map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');

/** A 4xx whose body is exactly the API's error: `{"error": {"code", "message"}}`. */
function expectJsonError(answer: Answer, what: string, status?: number): void {
  expect(answer.status, `${what}: ${answer.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(answer.status, what).toBeLessThan(500);
  if (status !== undefined) expect(answer.status, what).toBe(status);
  expect(String(answer.headers['content-type']), what).toMatch(/^application\/json/);
  expect(answer.json, what).toEqual({ error: { code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) } });
}

/** A 4xx error, or a 200 that holds nothing: no article, quote, event or entity answers these values. */
function expectErrorOrNothing(answer: Answer, what: string): void {
  if (answer.status >= 400) return expectJsonError(answer, what);
  expect(answer.status, `${what}: ${answer.text.slice(0, 300)}`).toBe(200);
  const body = answer.json as Record<string, unknown>;
  if ('key' in body) {
    // GET /upload-url signs one new key of its own under incoming/web/, whatever the file name says.
    expect(body.key, what).toMatch(new RegExp(`^${UPLOAD_KEY_PREFIX}\\d{4}-\\d\\d-\\d\\d/[0-9a-f]{12}-[\\w.-]*$`));
    return;
  }
  for (const value of Object.values(body)) if (Array.isArray(value)) expect(value, what).toEqual([]);
}

const INJECTIONS = [
  "' OR '1'='1",
  '"; DROP TABLE articles; --',
  'PK = :pk OR begins_with(SK, :sk)',
  'IDEMPOTENCY#ingest',
  'ARTICLE#*',
  '{"$ne": null}',
  '<script>alert(1)</script>',
  '${jndi:ldap://127.0.0.1/x}',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '\u0000',
  '\r\nSet-Cookie: owned=1',
  '*',
  '__proto__',
  '[object Object]',
  '‮🚢 zzz',
  'x'.repeat(5_000),
];

/** A valid request of each route; each parameter is then replaced in turn. Path parameters are written as `{name}`. */
const VALID: Record<string, Record<string, string>> = {
  '/health': {},
  '/openapi.json': {},
  '/articles': { status: 'PROCESSED', from: '2000-01-01', to: '2030-12-31', limit: '5' },
  '/articles/{id}': {},
  '/quotes': { speaker: 'Moreno', from: '2000-01-01', to: '2030-12-31', limit: '5' },
  '/events': { type: 'MEET', entity: 'Moreno', modality: 'asserted', from: '2000-01-01', to: '2030-12-31', limit: '5' },
  '/entities': { prefix: 'mo', type: 'PERSON', limit: '5' },
  '/entities/{key}': {},
  '/upload-url': { filename: 'article.txt', contentType: 'text/plain', size: '100', publishedAt: '2024-05-01' },
};

/** The path of a route with the id of a stored article and the key of a stored entity. */
const withPathParams = (path: string) => path.replace('{id}', articleIdFor(pipeline.bucket, 'incoming/abuse/0.txt')).replace('{key}', entityKey);
let entityKey: string;

const LIST_ROUTES = ROUTES.filter((route) => route.params.includes('limit')).map((route) => route.path);
const PATH_ROUTES = ROUTES.filter((route) => route.path.includes('{')).map((route) => route.path);

beforeAll(async () => {
  pipeline = await startStack({ logger: { info: () => undefined, warn: () => undefined, error: (line) => apiErrors.push(line) } });
  base = new URL(pipeline.stack.apiUrl);
  const keys = [0, 1, 2].map((n) => `incoming/abuse/${n}.txt`);
  for (const [n, key] of keys.entries()) await upload(pipeline.s3, pipeline.bucket, key, generatedArticle(n).text);
  await until(() => keys.every((key) => pipeline.settled.get(key)?.result === 'deleted'), 'the articles ingested');
  entityKey = ((await send('GET', '/entities?type=PERSON&limit=1')).json as { entities: { key: string }[] }).entities[0]!.key;
});

afterAll(async () => {
  report('api-abuse', { requests, serverErrors: apiErrors.length });
  await pipeline?.stop();
});

describe('API abuse', () => {
  it('has a valid request for every route, answered 200', async () => {
    expect(Object.keys(VALID).sort()).toEqual(ROUTES.map((route) => route.path).sort());
    for (const [path, params] of Object.entries(VALID)) {
      const target = withPathParams(path);
      const answer = await send('GET', `${target}${Object.keys(params).length ? `?${query(params)}` : ''}`);
      expect(answer.status, `${target}: ${answer.text.slice(0, 300)}`).toBe(200);
    }
  });

  it('answers an injection string in any query parameter of any route with a 4xx JSON error or an empty result', async () => {
    for (const [path, params] of Object.entries(VALID)) {
      if (path.includes('{')) continue;
      for (const name of ROUTES.find((route) => route.path === path)!.params) {
        if (name === 'limit' || name === 'cursor') continue; // their own tests below
        for (const value of INJECTIONS) {
          const target = `${path}?${query({ ...params, [name]: value })}`;
          expectErrorOrNothing(await send('GET', target), target);
        }
      }
    }
  });

  it('answers an injection string as a path parameter with a 4xx JSON error', async () => {
    for (const path of PATH_ROUTES) {
      for (const value of INJECTIONS) {
        const target = path.replace(/\{\w+\}/, encodeURIComponent(value));
        expectJsonError(await send('GET', target), target);
      }
    }
  });

  it('refuses unknown, repeated and prototype-named parameters', async () => {
    for (const target of ['/articles?__proto__=x', '/articles?constructor=x', '/articles?toString=1', '/articles?limit=1&limit=2', '/quotes?speaker=a&speaker[$ne]=b', '/health?x=1']) {
      expectJsonError(await send('GET', target), target, 400);
    }
  });

  it('refuses limit=1e9 and every other limit that is not a whole number from 1 to 100', async () => {
    for (const path of LIST_ROUTES) {
      for (const limit of ['1e9', '1000000000', '101', '0', '-1', '1.5', 'NaN', 'Infinity', '0x10', ' 10', '', '99999999999999999999999']) {
        const target = `${path}?${query({ ...VALID[path], limit })}`;
        expectJsonError(await send('GET', target), target, 400);
      }
    }
  });

  it('refuses forged, truncated, altered and borrowed cursors', async () => {
    const page = await send('GET', '/articles?limit=1');
    const cursor = (page.json as { cursor: string }).cursor;
    expect(cursor).toMatch(/^[\w-]+\.[\w-]+$/);
    const [payload, signature] = cursor.split('.') as [string, string];
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forged = [
      cursor.slice(0, -1),
      cursor.slice(0, cursor.length >> 1),
      payload,
      `${payload}.`,
      `.${signature}`,
      `${cursor}.${signature}`,
      `${b64({ PK: 'IDEMPOTENCY#ingest', SK: 'ingest#' })}.${signature}`,
      `${b64({ PK: 'ARTICLE#x', SK: 'RECORD' })}.${'A'.repeat(signature.length)}`,
      `${payload.slice(0, -2)}${payload.endsWith('A') ? 'B' : 'A'}${payload.slice(-1)}.${signature}`,
      'x'.repeat(4_001),
      '%%%',
      '',
    ];
    for (const bad of forged) {
      const target = `/articles?${query({ limit: '1', cursor: bad })}`;
      expectJsonError(await send('GET', target), target, 400);
    }
    // A cursor is bound to the query it was issued for.
    for (const target of [`/articles?${query({ limit: '1', status: 'REJECTED', cursor })}`, `/quotes?${query({ speaker: 'Moreno', cursor })}`, `/entities?${query({ prefix: 'mo', cursor })}`]) {
      expectJsonError(await send('GET', target), target, 400);
    }
  });

  it('answers path traversal with a 4xx JSON error', async () => {
    const id = articleIdFor(pipeline.bucket, 'incoming/abuse/0.txt');
    const targets = [
      '/articles/..', '/articles/../health', '/articles/..%2F..%2Fhealth', '/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/articles/%2e%2e',
      `/articles/${id}/..`, `/articles/${id}%2F..`, `/articles/${id}%00`, '/articles/%00', '/articles/%E0%A4%A', '/articles/%C0%AE%C0%AE%2F',
      '/articles/ARTICLE%23x', `/articles/${id.toUpperCase()}`, '/articles/./health', '//articles', '/entities/..%2F..%2F',
      '/entities/%2e%2e', '/entities/%252e%252e%252f', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/articles\\..\\health',
    ];
    for (const target of targets) expectJsonError(await send('GET', target), target);
  });

  it('answers very long query strings with a 4xx JSON error', async () => {
    for (const length of [8_000, 15_000, 64_000, 1_000_000]) {
      const target = `/quotes?speaker=${'a'.repeat(length)}`;
      expectJsonError(await send('GET', target), `a ${length}-character speaker`);
    }
    const many = `/articles?${Array.from({ length: 1_000 }, (_, i) => `p${i}=1`).join('&')}`;
    expectJsonError(await send('GET', many), '1,000 parameters', 400);
  });

  it('answers wrong methods on every route with 405 and the methods allowed', async () => {
    for (const route of ROUTES) {
      const target = withPathParams(route.path);
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE']) {
        const answer = await send(method, target);
        expectJsonError(answer, `${method} ${target}`, 405);
        expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
      }
    }
  });

  it('answers a method or request line HTTP does not know with a 400 JSON error', async () => {
    for (const raw of ['BREW /articles HTTP/1.1\r\nhost: x\r\n\r\n', 'GET /articles HTTP/9.9\r\n\r\n', 'GET /art icles HTTP/1.1\r\n\r\n', '\u0000\u0001\r\n\r\n']) {
      expectJsonError(await sendRaw(raw), JSON.stringify(raw), 400);
    }
  });

  it('served no 500 and changed no data', async () => {
    expect(apiErrors).toEqual([]);
    const listed = (await send('GET', '/articles?limit=100')).json as { articles: { source: { key: string } }[] };
    expect(listed.articles.map((article) => article.source.key).sort()).toEqual([0, 1, 2].map((n) => `incoming/abuse/${n}.txt`));
  });
});
