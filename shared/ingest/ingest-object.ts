import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MAX_ARTICLE_BYTES, parseArticle } from '../article/parse.js';
import { readObject } from '../blob/s3-object.js';
import { ArticleError, type ArticleStatus, type IngestStatus, type SourceRef } from '../contracts.js';
import { extractRecord } from '../extract/extract.js';
import { articleIdFor } from '../store/keys.js';
import { ArticleRepository } from '../store/repository.js';
import { removeObject } from './remove-object.js';

export interface IngestDeps {
  s3: S3Client;
  db: DynamoDBDocumentClient;
  tableName: string;
  now?: () => Date;
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

export interface IngestOutcome {
  articleId: string;
  key: string;
  /** SKIPPED: nothing to do (the object is gone, or a newer version is stored); DELETED: see remove-object.ts. */
  status: IngestStatus | 'SKIPPED' | 'DELETED';
  quotes?: number;
  entities?: number;
  events?: number;
  error?: { code: string; message: string };
}

/**
 * Ingest one dropped object: read it, parse it, extract, store the record.
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
  const articleId = articleIdFor(ref.bucket, ref.key);
  const repository = new ArticleRepository(deps.db, deps.tableName);
  // Notifications arrive out of order: one older than the version stored (or its deletion) changes nothing.
  if (await repository.isSuperseded(articleId, ref.sequencer)) {
    return { articleId, key: ref.key, status: 'SKIPPED', error: { code: 'SUPERSEDED', message: 'A newer version of the object is already stored.' } };
  }
  const read = await readObject(deps.s3, ref, MAX_ARTICLE_BYTES);
  if (!read.found && read.reason === 'missing') {
    return { articleId, key: ref.key, status: 'SKIPPED', error: { code: 'OBJECT_MISSING', message: 'The object was deleted before it could be read.' } };
  }
  const source: SourceRef = { bucket: ref.bucket, key: ref.key, etag: read.found ? read.object.etag : ref.etag ?? '' };
  const unprocessed = (status: IngestStatus, code: string, message: string): ArticleStatus => ({
    articleId, status, source, title: null, publishedAt: null, ingestedAt: now.toISOString(),
    counts: { entities: 0, quotes: 0, events: 0 }, error: { code, message },
  });

  if (!read.found) {
    const status = unprocessed('REJECTED', 'TOO_LARGE', `The article is ${read.size} bytes; the limit is ${MAX_ARTICLE_BYTES}.`);
    await repository.saveStatus(status, ref.sequencer);
    return { articleId, key: ref.key, status: status.status, error: status.error! };
  }

  let record;
  try {
    const { metadata } = read.object;
    const article = parseArticle(read.object.bytes, {
      name: ref.key,
      ...(read.object.contentType ? { contentType: read.object.contentType } : {}),
      ...(metadata.title ? { title: metadata.title } : {}),
      ...(metadata['published-at'] ? { publishedAt: metadata['published-at'] } : {}),
      ...(metadata.url ? { url: metadata.url } : {}),
    });
    record = extractRecord(article, { articleId, source });
  } catch (error) {
    const status = error instanceof ArticleError
      ? unprocessed('REJECTED', error.code, error.message)
      : unprocessed('FAILED', 'EXTRACTION_FAILED', `Extraction failed: ${(error as Error).message}`);
    await repository.saveStatus(status, ref.sequencer);
    return { articleId, key: ref.key, status: status.status, error: status.error! };
  }

  await repository.saveRecord(record, now, ref.sequencer);
  return {
    articleId, key: ref.key, status: 'PROCESSED',
    quotes: record.quotes.length, entities: record.entities.length, events: record.events.length,
  };
}
