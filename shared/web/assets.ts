/**
 * Serving the built reader view (shared/web/dist, `npm run build:web`):
 * `loadWebAssets` reads the files once; `webResponse` maps a request path to
 * one of them, or to nothing so the request goes on to the API. The page is
 * `/` (it routes with `#/…`, so no other page path exists); its hashed
 * scripts and styles are `/assets/*`, cached for good.
 *
 * Locally the HTTP server uses these (shared/local/http.ts); on AWS
 * CloudFront serves the same files from S3 with the same headers
 * (infra/constructs/web.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build:web` writes the page. */
export const WEB_DIST = fileURLToPath(new URL('./dist/', import.meta.url));
export const ASSETS_PATH = '/assets/';

export interface WebAsset {
  body: Buffer;
  contentType: string;
  etag: string;
  /** A content-hashed file: it never changes under its name. */
  immutable: boolean;
}

/** URL path → file; empty when the page is not built. */
export type WebAssets = ReadonlyMap<string, WebAsset>;

export interface WebRequest {
  method: string;
  path: string;
  /** `If-None-Match`, to answer 304. */
  ifNoneMatch?: string;
}

export interface WebResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  map: 'application/json',
};

/** The index page is revalidated on every load; hashed assets are cached for a year. */
export const CACHE_CONTROL = { page: 'no-cache', immutable: 'public, max-age=31536000, immutable' } as const;

/**
 * The page's Content-Security-Policy: only its own scripts and styles, and
 * requests to its own origin (the API) and to where uploads go (`uploadOrigins`).
 */
export function contentSecurityPolicy(uploadOrigins: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${uploadOrigins.join(' ')}`.trim(),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every response of the page carries (CloudFront adds the same through a response headers policy). */
function securityHeaders(uploadOrigins: readonly string[]): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(uploadOrigins),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/** Reads the built page from `dir`; an empty map when it has not been built. */
export async function loadWebAssets(dir: string = WEB_DIST): Promise<WebAssets> {
  const assets = new Map<string, WebAsset>();
  if (!existsSync(join(dir, 'index.html'))) return assets;
  assets.set('/', asset(await readFile(join(dir, 'index.html')), 'html', false));
  const assetDir = join(dir, 'assets');
  const names = existsSync(assetDir) ? await readdir(assetDir) : [];
  for (const name of names) {
    const extension = name.slice(name.lastIndexOf('.') + 1);
    assets.set(`${ASSETS_PATH}${name}`, asset(await readFile(join(assetDir, name)), extension, true));
  }
  return assets;
}

function asset(body: Buffer, extension: string, immutable: boolean): WebAsset {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return { body, contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream', etag, immutable };
}

const NOT_BUILT = Buffer.from(
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Reader view not built</title>' +
    '<p>The reader view has not been built. Run <code>npm run build:web</code> and restart.</p></html>',
);

/**
 * The page's answer to a request, or undefined when the path is not the
 * page's (the API answers it). Only GET and HEAD; `/assets/*` that do not
 * exist are 404 here rather than reaching the API.
 */
export function webResponse(assets: WebAssets, request: WebRequest, uploadOrigins: readonly string[] = []): WebResponse | undefined {
  const { method, path } = request;
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const isPage = path === '/' || path === '/index.html';
  if (!isPage && !path.startsWith(ASSETS_PATH)) return undefined;
  const headers = securityHeaders(uploadOrigins);

  const found = assets.get(isPage ? '/' : path);
  if (!found) {
    if (isPage) return { status: 503, headers: { ...headers, 'content-type': CONTENT_TYPES.html!, 'cache-control': 'no-store' }, body: NOT_BUILT };
    return { status: 404, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from('Not found') };
  }
  const cacheHeaders = { etag: found.etag, 'cache-control': found.immutable ? CACHE_CONTROL.immutable : CACHE_CONTROL.page };
  if (request.ifNoneMatch === found.etag) return { status: 304, headers: { ...headers, ...cacheHeaders }, body: Buffer.alloc(0) };
  return {
    status: 200,
    headers: { ...headers, ...cacheHeaders, 'content-type': found.contentType, 'content-length': String(found.body.length) },
    body: found.body,
  };
}
