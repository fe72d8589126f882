/**
 * Serving the built reader view (shared/web/assets.ts): which paths are the
 * page's, with which headers, and what is left to the API.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWebAssets, webResponse, type WebAssets } from '../../shared/web/assets.js';
import { buildWebSync } from '../../shared/web/build.js';

const S3 = 'http://127.0.0.1:4569';
let dir: string;
let assets: WebAssets;
let script: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'web-assets-'));
  const build = buildWebSync(dir);
  script = `/${build.files.find((f) => f.path.endsWith('.js'))!.path}`;
  assets = await loadWebAssets(dir);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const get = (path: string, extra: { method?: string; ifNoneMatch?: string } = {}) => webResponse(assets, { method: 'GET', path, ...extra }, [S3]);

describe('webResponse', () => {
  it('serves the page at / as HTML that is revalidated on every load', () => {
    const page = get('/')!;

    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.toString()).toContain(`src="${script.slice(1)}"`);
  });

  it('lets the page talk only to its own origin and the upload endpoint', () => {
    const csp = get('/')!.headers['content-security-policy'];

    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`connect-src 'self' ${S3}`);
    expect(csp).toContain("script-src 'self'");
  });

  it('serves the hashed script as JavaScript cached for a year', () => {
    const asset = get(script)!;

    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers 304 when the browser has the current version', () => {
    const etag = get(script)!.headers.etag;

    expect(get(script, { ifNoneMatch: etag })!.status).toBe(304);
  });

  it('answers 404 for an asset that does not exist, without troubling the API', () => {
    expect(get('/assets/app-OLD.js')!.status).toBe(404);
  });

  it('leaves API paths and other methods to the API', () => {
    expect(get('/articles')).toBeUndefined();
    expect(get('/', { method: 'POST' })).toBeUndefined();
  });

  it('says how to build the page when it is not built', () => {
    const page = webResponse(new Map(), { method: 'GET', path: '/' })!;

    expect(page.status).toBe(503);
    expect(page.body.toString()).toContain('npm run build:web');
  });
});
