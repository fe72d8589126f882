/**
 * `GET /upload-url`: a presigned S3 PUT URL for one article, so a browser
 * uploads straight to the bucket (the API never carries the bytes) and the
 * upload is ingested like any other object under `incoming/`.
 *
 * The URL is limited: it is valid for a few minutes, for one new key under
 * `incoming/web/`, for exactly the declared size (Content-Length is signed)
 * and content type (Content-Type is signed), and the size may not exceed
 * what the parser accepts. Presigning is a local computation: the route
 * creates nothing, so it is a safe GET like every other route.
 *
 * Locally the same code signs for s3rver with its credentials; on AWS it
 * runs in a function of its own (infra/constructs/web.ts) whose role may
 * only `s3:PutObject` under `incoming/web/`: the query function stays read-only.
 */
import { randomBytes } from 'node:crypto';
import { PutBucketCorsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { DEFAULT_LIMITS, formatBytes } from '../article/limits.js';
import { INCOMING_PREFIX } from '../contracts.js';
import { articleIdFor } from '../store/keys.js';
import { json, type ApiResponse } from './responses.js';
import type { UploadSigner } from './router.js';
import { invalid, optionalDate, type Query } from './validate.js';

/** Where and how uploads go; absent from the API's dependencies when uploading is off. */
export interface UploadTarget {
  s3: S3Client;
  bucket: string;
  /** Largest upload in bytes (default: the parser's raw size limit). */
  maxBytes?: number;
  /** How long the URL stays valid, in seconds (default 300). */
  expiresIn?: number;
}

/** The media types the parser reads (shared/article/format.ts); anything else is refused before upload. */
export const UPLOAD_CONTENT_TYPES = [
  'text/plain', 'text/html', 'text/markdown', 'application/json', 'application/x-ndjson',
] as const;

/** Keys of browser uploads: under the ingested prefix, one new key per upload. */
export const UPLOAD_KEY_PREFIX = `${INCOMING_PREFIX}web/`;

const DEFAULT_EXPIRES_IN = 300;
const MAX_FILENAME = 200;

/**
 * The bucket CORS rule a browser upload needs: a cross-origin PUT with a
 * Content-Type header. Infra and the local stack allow it from any origin:
 * the presigned URL is the permission, CORS only lets a browser use it.
 */
export const UPLOAD_CORS_RULE = {
  allowedMethods: ['PUT'],
  allowedHeaders: ['content-type'],
  exposedHeaders: ['etag'],
  maxAgeSeconds: 3000,
} as const;

export interface UploadTicket {
  /** PUT the file here, with exactly `headers`, before `expiresAt`. */
  url: string;
  method: 'PUT';
  headers: Record<string, string>;
  key: string;
  /** The id the article will have once ingested (for a single-article file). */
  articleId: string;
  expiresAt: string;
  maxBytes: number;
}

/** The API's `uploads` dependency for a target: signs `GET /upload-url`. */
export function uploadSigner(target: UploadTarget): UploadSigner {
  return (query) => uploadUrl(query, target);
}

/** Answers `GET /upload-url`: 400 naming a bad parameter, else the ticket. */
export async function uploadUrl(query: Query, target: UploadTarget, now = new Date()): Promise<ApiResponse> {
  const maxBytes = target.maxBytes ?? DEFAULT_LIMITS.maxRawBytes;
  const filename = requiredFilename(query);
  const contentType = requiredContentType(query);
  const size = requiredSize(query, maxBytes);
  const publishedAt = optionalDate(query, 'publishedAt');

  const key = `${UPLOAD_KEY_PREFIX}${now.toISOString().slice(0, 10)}/${randomBytes(6).toString('hex')}-${safeName(filename)}`;
  const expiresIn = target.expiresIn ?? DEFAULT_EXPIRES_IN;
  const url = await getSignedUrl(
    target.s3,
    new PutObjectCommand({
      Bucket: target.bucket,
      Key: key,
      ContentType: contentType,
      ContentLength: size,
      ...(publishedAt ? { Metadata: { 'published-at': publishedAt } } : {}),
    }),
    // The presigner leaves Content-Type unsigned unless told; signing both pins the type and the size.
    { expiresIn, signableHeaders: new Set(['content-type', 'content-length']) },
  );
  const ticket: UploadTicket = {
    url,
    method: 'PUT',
    headers: { 'content-type': contentType },
    key,
    articleId: articleIdFor(target.bucket, key),
    expiresAt: new Date(now.getTime() + expiresIn * 1000).toISOString(),
    maxBytes,
  };
  return json(200, ticket);
}

/** The environment variable that names the bucket uploads go to; unset: uploading is off. */
export const UPLOAD_BUCKET_ENV = 'UPLOAD_BUCKET';

/**
 * S3 client settings for signing uploads: checksums only when required, else
 * the presigned URL carries the checksum of an empty body and S3 refuses the file.
 */
export const UPLOAD_CLIENT_CONFIG = { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } as const;

/** The upload signer, from its function's environment (infra/constructs/web.ts sets it). */
export function uploadSignerFromEnv(env: Record<string, string | undefined>): UploadSigner | undefined {
  const bucket = env[UPLOAD_BUCKET_ENV];
  if (!bucket) return undefined;
  return uploadSigner({ s3: new S3Client(UPLOAD_CLIENT_CONFIG), bucket });
}

/** Lets browsers on `origins` PUT to the bucket (the local stack; on AWS the infra sets the rule). */
export async function allowBrowserUploads(s3: S3Client, bucket: string, origins: string[]): Promise<void> {
  const rule = UPLOAD_CORS_RULE;
  await s3.send(new PutBucketCorsCommand({
    Bucket: bucket,
    CORSConfiguration: {
      CORSRules: [{
        AllowedOrigins: origins,
        AllowedMethods: [...rule.allowedMethods],
        AllowedHeaders: [...rule.allowedHeaders],
        ExposeHeaders: [...rule.exposedHeaders],
        MaxAgeSeconds: rule.maxAgeSeconds,
      }],
    },
  }));
}

function requiredFilename(query: Query): string {
  const value = query.filename;
  if (value === undefined || value.trim() === '') throw invalid('filename', 'is required.');
  if (value.length > MAX_FILENAME) throw invalid('filename', `must be at most ${MAX_FILENAME} characters.`);
  if (safeName(value) === '') throw invalid('filename', 'must contain a letter or a digit.');
  return value;
}

function requiredContentType(query: Query): string {
  const value = query.contentType?.trim().toLowerCase();
  if (!value) throw invalid('contentType', 'is required.');
  const [mediaType, ...params] = value.split(';').map((part) => part.trim());
  if (!(UPLOAD_CONTENT_TYPES as readonly string[]).includes(mediaType!)) {
    throw invalid('contentType', `must be one of ${UPLOAD_CONTENT_TYPES.join(', ')}.`);
  }
  if (params.some((param) => param !== 'charset=utf-8')) throw invalid('contentType', 'may only carry charset=utf-8.');
  return value;
}

function requiredSize(query: Query, maxBytes: number): number {
  const value = query.size;
  if (value === undefined) throw invalid('size', 'is required.');
  if (!/^\d{1,12}$/.test(value) || Number(value) < 1) throw invalid('size', 'must be a whole number of bytes, at least 1.');
  if (Number(value) > maxBytes) throw invalid('size', `must be at most ${formatBytes(maxBytes)} (${maxBytes} bytes).`);
  return Number(value);
}

/** The file's base name in characters safe in any S3 key and URL: letters, digits, `.`, `-`, `_`. */
function safeName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const cleaned = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
  return /[A-Za-z0-9]/.test(cleaned) ? cleaned.slice(-100) : '';
}
