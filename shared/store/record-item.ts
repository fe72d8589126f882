/**
 * The RECORD item: one article in one item. A processed article's record
 * (body, entities, quotes, events) and listing fields are laid out compactly
 * (record-codec.ts) and brotli-compressed in `z`, which shrinks a typical
 * record about six times, and write units with it; only `status` stays a
 * plain attribute. A rejected or failed article has its status fields as
 * plain attributes. A deleted article leaves a tombstone (`status: DELETED`)
 * so a late notification of an older version cannot bring it back.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { ArticleRecord, ArticleStatus } from '../contracts.js';
import { listingFields, type Item, type StoredArticle } from './article-index.js';
import { decodeRecord, encodeRecord, type EncodedRecord, type PackedRecord } from './record-codec.js';
import { recordKey } from './keys.js';

/** DynamoDB's item limit is 400 KB including attribute names; keep a margin for the plain attributes' estimate. */
export const MAX_RECORD_ITEM_BYTES = 390_000;
/** What stays of a body that cannot fit: its start, for context; the full text is the source object. */
export const BODY_EXCERPT_CHARS = 1_000;
/** Brotli's best quality costs ~10 ms for a typical record and saves ~15 % of its bytes; big ones get a faster level. */
const BEST_QUALITY_UP_TO_BYTES = 256 * 1024;

export class RecordTooLargeError extends Error {
  constructor(bytes: number) {
    super(`The extracted record takes ${bytes} bytes even without its body; one item holds ${MAX_RECORD_ITEM_BYTES}.`);
    this.name = 'RecordTooLargeError';
  }
}

/** Ordering and identity of what the item holds: `seq` = the S3 sequencer of its version, `rev` = its latest write (writers compare-and-set on it, repository.ts). */
export interface RecordVersion {
  seq?: string;
  rev: string;
}

/** What `z` holds: the record, and the listing fields of its status (plain attributes would cost a write unit per 1 KB uncompressed). */
type ItemBlob = (EncodedRecord | PackedRecord) & { status?: ArticleStatus };

function compress(packed: PackedRecord, status: ArticleStatus): Uint8Array {
  const blob: ItemBlob = { ...encodeRecord(packed), status };
  const json = Buffer.from(JSON.stringify(blob));
  const quality = json.length <= BEST_QUALITY_UP_TO_BYTES ? constants.BROTLI_MAX_QUALITY : 5;
  return brotliCompressSync(json, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
  });
}

/**
 * The RECORD item for an article, or a tombstone when `article` is undefined.
 * A record too large for one item keeps an excerpt of its body
 * (`bodyTruncated`); one too large even then throws RecordTooLargeError.
 */
export function packRecordItem(articleId: string, article: StoredArticle | undefined, version: RecordVersion): Item {
  const key = { ...recordKey(articleId), rev: version.rev, ...(version.seq ? { seq: version.seq } : {}) };
  if (!article) return { ...key, status: 'DELETED' };
  if (!article.record) return { ...key, ...listingFields(article.status) };
  // A processed article keeps only its status in plain attributes: the listing fields go into `z` (listings read the ARTICLES entries, not this item).
  const plain = { ...key, status: article.status.status };
  const { status } = article;
  const { articleId: _id, source: _source, title: _title, publishedAt: _published, ...packed } = article.record;
  const plainBytes = Buffer.byteLength(JSON.stringify(plain));
  let z = compress(packed, status);
  let bodyTruncated = article.bodyTruncated === true;
  if (z.length + plainBytes > MAX_RECORD_ITEM_BYTES) {
    z = compress({ ...packed, body: packed.body.slice(0, BODY_EXCERPT_CHARS) }, status);
    bodyTruncated = true;
    if (z.length + plainBytes > MAX_RECORD_ITEM_BYTES) throw new RecordTooLargeError(z.length + plainBytes);
  }
  return { ...plain, z, ...(bodyTruncated ? { bodyTruncated } : {}) };
}

/** The status held in plain attributes: by a RECORD item without a record (rejected, failed), or one written before `z` held it. */
function statusOfItem(item: Item): ArticleStatus {
  return {
    articleId: item.articleId as string,
    status: item.status as ArticleStatus['status'],
    source: item.source as ArticleStatus['source'],
    title: (item.title as string | null | undefined) ?? null,
    publishedAt: (item.publishedAt as string | null | undefined) ?? null,
    ingestedAt: item.ingestedAt as string,
    counts: (item.counts as ArticleStatus['counts'] | undefined) ?? { entities: 0, quotes: 0, events: 0 },
    ...(item.error ? { error: item.error as ArticleStatus['error'] } : {}),
  };
}

/** What `z` decodes to, frozen: shared by every read of the same bytes. */
interface DecodedBlob {
  status: ArticleStatus | undefined;
  packed: PackedRecord;
}

/**
 * The latest decoded blobs, by item key, each with the bytes it came from.
 * Decoding `z` (brotli, JSON, the compact layout) is most of what reading an
 * article costs the reader, and the query routes read the same recent
 * articles again and again (every page of a busy speaker, type or entity
 * starts with the newest). The item itself is still read every time: only
 * the decoding of bytes already decoded is skipped, so a write is seen at
 * once (its bytes differ) and nothing here can be stale. Bounded; a Lambda
 * container keeps it across invocations.
 */
const DECODED_MAX = 1_000;
const decoded = new Map<string, { z: Buffer; blob: DecodedBlob }>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function decodeBlob(key: string, z: Uint8Array): DecodedBlob {
  const bytes = Buffer.from(z.buffer, z.byteOffset, z.byteLength);
  const hit = decoded.get(key);
  decoded.delete(key);
  if (hit?.z.equals(bytes)) {
    decoded.set(key, hit); // the most recently used last
    return hit.blob;
  }
  const { status, ...encoded } = JSON.parse(brotliDecompressSync(bytes).toString('utf8')) as ItemBlob;
  const blob = deepFreeze<DecodedBlob>({ status, packed: decodeRecord(encoded) });
  decoded.set(key, { z: Buffer.from(bytes), blob });
  if (decoded.size > DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  return blob;
}

/**
 * What a RECORD item holds: its version, and the article unless it is a
 * tombstone. The record's parts are frozen and may be shared with other
 * reads of the same item: build new objects, never change these.
 */
export function unpackRecordItem(item: Item): RecordVersion & { article?: StoredArticle } {
  const version: RecordVersion = { rev: item.rev as string, ...(item.seq ? { seq: item.seq as string } : {}) };
  if (item.status === 'DELETED') return version;
  if (!item.z) return { ...version, article: { status: statusOfItem(item) } };
  const { status: stored, packed } = decodeBlob(`${item.PK as string}\u0000${item.SK as string}`, item.z as Uint8Array);
  // Items written before the listing fields moved into `z` have them as plain attributes.
  const status = stored ?? statusOfItem(item);
  const record: ArticleRecord = {
    articleId: status.articleId,
    ...(status.source ? { source: status.source } : {}),
    title: status.title ?? '',
    publishedAt: status.publishedAt,
    ...packed,
  };
  return { ...version, article: { status, record, ...(item.bodyTruncated ? { bodyTruncated: true } : {}) } };
}
