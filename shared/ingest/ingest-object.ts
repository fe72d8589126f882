import { performance } from 'node:perf_hooks';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { limitsFromEnv, type ArticleLimits } from '../article/limits.js';
import { articleKey, parseArticles, type ArticleMetadata, type ParsedArticle } from '../article/parse.js';
import { tooLarge } from '../article/decode.js';
import { readObject, type StoredObject } from '../blob/s3-object.js';
import type { IngestStatus, SourceRef } from '../contracts.js';
import { extractRecord } from '../extract/extract.js';
import { articleIdFor } from '../store/keys.js';
import { ArticleRepository } from '../store/repository.js';
import { removeObject } from './remove-object.js';
import { replaceArticles } from './replace-articles.js';

export interface IngestDeps {
  s3: S3Client;
  db: DynamoDBDocumentClient;
  tableName: string;
  now?: () => Date;
  /** Parser limits; by default the ARTICLE_MAX_* environment variables, else DEFAULT_LIMITS. */
  limits?: ArticleLimits;
}

/** An object announced by an S3 notification. */
export interface S3ObjectRef {
  bucket: string;
  key: string;
  etag?: string;
  versionId?: string;
  sequencer?: string;
  size?: number;
  /** Announced by an ObjectRemoved notification: its articles are removed (remove-object.ts). */
  removed?: boolean;
}

/**
 * What became of one object. A file of several articles (JSON Lines) lists
 * each in `articles`; its own `status` is then the worst of theirs (FAILED,
 * then REJECTED, then PROCESSED), so an alarm on rejections still fires, and
 * its counts are their sums.
 */
export interface IngestOutcome {
  articleId: string;
  key: string;
  /** SKIPPED: nothing to do (the object is gone, or a newer version is stored); DELETED: see remove-object.ts. */
  status: IngestStatus | 'SKIPPED' | 'DELETED';
  quotes?: number;
  entities?: number;
  events?: number;
  error?: { code: string; message: string };
  /** Parse and extraction time, without S3 and DynamoDB I/O. */
  extractionMs?: number;
  /** Set for a file of several articles: one outcome each, with its line. */
  articles?: (IngestOutcome & { line: number })[];
}

/**
 * Ingest one dropped object: read it, parse it, extract, store the record,
 * and remove the articles of its previous version that this one no longer
 * has (replace-articles.ts).
 *
 * Input that can never become an article (empty, binary, malformed…) is
 * stored as REJECTED with its reason; an extractor defect as FAILED. Both
 * return normally, so the message is not retried in vain. Infrastructure
 * errors (S3, DynamoDB) throw, so the queue retries and finally dead-letters
 * the message. The raw object is only ever read.
 */
export async function ingestObject(ref: S3ObjectRef, deps: IngestDeps): Promise<IngestOutcome> {
  if (ref.removed) return removeObject(ref, deps);
  const now = deps.now?.() ?? new Date();
  const limits = deps.limits ?? limitsFromEnv(process.env);
  const objectId = articleIdFor(ref.bucket, ref.key);
  const repository = new ArticleRepository(deps.db, deps.tableName);
  // Notifications arrive out of order: one older than the version stored (or its deletion) changes nothing.
  if (await repository.hasVersion(objectId, ref.sequencer)) {
    return { articleId: objectId, key: ref.key, status: 'SKIPPED', error: { code: 'ALREADY_STORED', message: 'This version of the object, or a newer one, is already stored.' } };
  }
  const read = await readObject(deps.s3, ref, limits.maxRawBytes);
  if (!read.found && read.reason === 'missing') {
    return { articleId: objectId, key: ref.key, status: 'SKIPPED', error: { code: 'OBJECT_MISSING', message: 'The object was deleted before it could be read.' } };
  }
  const etag = read.found ? read.object.etag : ref.etag ?? '';
  const parseStarted = performance.now();
  const parsed: ParsedArticle[] = read.found
    ? await parseArticles(read.object.bytes, metadataOf(ref.key, read.object), { limits })
    : [{ ok: false, error: tooLarge(read.size, limits.maxRawBytes) }];
  const parseMs = performance.now() - parseStarted;

  // Lines this version no longer has (and a single article it turned into lines, or back) are removed with it.
  const current = parsed.map((result) => articleIdFor(ref.bucket, articleKey(ref.key, result.line)));
  const outcomes = await replaceArticles(repository, ref, current, async () => {
    const stored: ArticleOutcome[] = [];
    for (const result of parsed) {
      const source: SourceRef = { bucket: ref.bucket, key: ref.key, etag, ...(result.line === undefined ? {} : { line: result.line }) };
      stored.push(await storeArticle(result, source, repository, now, ref.sequencer));
    }
    return stored;
  });
  const extractionMs = parseMs + outcomes.reduce((ms, o) => ms + (o.extractionMs ?? 0), 0);
  if (parsed.length === 1 && parsed[0]!.line === undefined) return { ...outcomes[0]!, extractionMs };
  return { ...summarise(objectId, ref.key, outcomes), extractionMs };
}

/** S3 object metadata (`x-amz-meta-title`, `-published-at`, `-url`) and Content-Type, as the parser takes them. */
function metadataOf(key: string, object: StoredObject): ArticleMetadata {
  const { metadata } = object;
  return {
    name: key,
    ...(object.contentType ? { contentType: object.contentType } : {}),
    ...(metadata.title ? { title: metadata.title } : {}),
    ...(metadata['published-at'] ? { publishedAt: metadata['published-at'] } : {}),
    ...(metadata.url ? { url: metadata.url } : {}),
  };
}

type ArticleOutcome = IngestOutcome & { status: IngestStatus; line?: number };

/** Extract and store one parsed article (or its rejection) under the id of its place in the bucket. */
async function storeArticle(result: ParsedArticle, source: SourceRef, repository: ArticleRepository, now: Date, sequencer?: string): Promise<ArticleOutcome> {
  const articleId = articleIdFor(source.bucket, articleKey(source.key, source.line));
  const at = { articleId, key: source.key, ...(source.line === undefined ? {} : { line: source.line }) };
  const unprocessed = async (status: IngestStatus, error: { code: string; message: string }): Promise<ArticleOutcome> => {
    await repository.saveStatus({
      articleId, status, source, title: null, publishedAt: null, ingestedAt: now.toISOString(),
      counts: { entities: 0, quotes: 0, events: 0 }, error,
    }, sequencer);
    return { ...at, status, error };
  };
  if (!result.ok) return unprocessed('REJECTED', { code: result.error.code, message: result.error.message });
  const started = performance.now();
  let record;
  try {
    record = extractRecord(result.article, { articleId, source, receivedOn: now.toISOString().slice(0, 10) });
  } catch (error) {
    return unprocessed('FAILED', { code: 'EXTRACTION_FAILED', message: `Extraction failed: ${(error as Error).message}` });
  }
  const extractionMs = performance.now() - started;
  await repository.saveRecord(record, now, sequencer);
  return { ...at, status: 'PROCESSED', quotes: record.quotes.length, entities: record.entities.length, events: record.events.length, extractionMs };
}

/** Worst first: the status a file of several articles reports. */
const SEVERITY: IngestStatus[] = ['FAILED', 'REJECTED', 'PROCESSED'];

function summarise(articleId: string, key: string, articles: ArticleOutcome[]): IngestOutcome {
  const sum = (field: 'quotes' | 'entities' | 'events'): number => articles.reduce((n, a) => n + (a[field] ?? 0), 0);
  const status = SEVERITY.find((s) => articles.some((a) => a.status === s)) ?? 'PROCESSED';
  return { articleId, key, status, quotes: sum('quotes'), entities: sum('entities'), events: sum('events'), articles: articles as (IngestOutcome & { line: number })[] };
}
