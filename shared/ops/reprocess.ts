/**
 * `npm run reprocess [-- --since DATE]`: put the stored articles back on the
 * ingest queue, so a new extractor version re-extracts them. The bucket is
 * the source of truth: every article under the incoming prefix is sent,
 * whatever the table says about it (or when the table lost it), optionally
 * only those stored since a date.
 *
 * Each message is an S3-shaped notification marked with this run's id
 * (reprocess-message.ts), so the ingest function takes its usual path and its
 * idempotency lets this run re-extract each article once.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { ListObjectsCommand, type S3Client, type _Object } from '@aws-sdk/client-s3';
import { SendMessageBatchCommand, type SendMessageBatchRequestEntry, type SQSClient } from '@aws-sdk/client-sqs';
import { reprocessMessage, type ObjectToReprocess } from './reprocess-message.js';

export interface ReprocessTarget {
  s3: S3Client;
  sqs: SQSClient;
  bucket: string;
  prefix: string;
  queueUrl: string;
}

export interface ReprocessOptions {
  /** Only objects stored (last modified) at or after this time. */
  since?: Date;
  /** Names the run in logs and idempotency keys (default: the start time). */
  runId?: string;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export interface ReprocessResult {
  runId: string;
  /** Objects put on the queue. */
  enqueued: number;
}

/** SQS takes at most 10 messages per SendMessageBatch. */
const BATCH_SIZE = 10;
const SEND_ATTEMPTS = 4;

export async function reprocess(target: ReprocessTarget, options: ReprocessOptions = {}): Promise<ReprocessResult> {
  const now = options.now ?? (() => new Date());
  const runId = options.runId ?? now().toISOString();
  const sleep = options.sleep ?? delay;
  let enqueued = 0;
  let batch: ObjectToReprocess[] = [];
  const flush = async () => {
    const entries = batch.map((object, i) => ({ Id: String(i), MessageBody: reprocessMessage(object, runId, now()) }));
    await sendAll(target, entries, sleep);
    enqueued += batch.length;
    batch = [];
  };

  for await (const object of listObjects(target.s3, target.bucket, target.prefix)) {
    if (!isArticle(object, options.since)) continue;
    batch.push({ bucket: target.bucket, key: object.Key!, ...(object.ETag ? { etag: object.ETag } : {}), ...(object.Size !== undefined ? { size: object.Size } : {}) });
    if (batch.length === BATCH_SIZE) await flush();
  }
  if (batch.length > 0) await flush();
  return { runId, enqueued };
}

/** An object to reprocess: a file (not a folder marker) stored at or after `since`. */
export function isArticle(object: _Object, since?: Date): boolean {
  if (!object.Key || object.Key.endsWith('/')) return false;
  return !since || (object.LastModified !== undefined && object.LastModified >= since);
}

/**
 * Every object under `prefix`, page by page. ListObjects (v1, paged by
 * marker) rather than V2: s3rver, the local S3, fails on V2's continuation
 * tokens under OpenSSL 3, and S3 serves both the same.
 */
async function* listObjects(s3: S3Client, bucket: string, prefix: string): AsyncGenerator<_Object> {
  let marker: string | undefined;
  do {
    const page = await s3.send(new ListObjectsCommand({ Bucket: bucket, Prefix: prefix, ...(marker ? { Marker: marker } : {}) }));
    const contents = page.Contents ?? [];
    yield* contents;
    marker = page.IsTruncated ? (page.NextMarker ?? contents.at(-1)?.Key) : undefined;
  } while (marker);
}

/** Sends the entries, retrying the ones SQS reports failed (throttling, say) with backoff. */
async function sendAll(target: ReprocessTarget, entries: SendMessageBatchRequestEntry[], sleep: (ms: number) => Promise<void>) {
  let pending = entries;
  for (let attempt = 1; ; attempt++) {
    const { Failed } = await target.sqs.send(new SendMessageBatchCommand({ QueueUrl: target.queueUrl, Entries: pending }));
    const failedIds = new Set((Failed ?? []).map((failure) => failure.Id));
    pending = pending.filter((entry) => failedIds.has(entry.Id));
    if (pending.length === 0) return;
    if (attempt === SEND_ATTEMPTS) {
      const reasons = [...new Set((Failed ?? []).map((failure) => failure.Message ?? failure.Code))].join('; ');
      throw new Error(`SQS refused ${pending.length} message(s) after ${SEND_ATTEMPTS} attempts: ${reasons}`);
    }
    await sleep(100 * 2 ** attempt);
  }
}
