/**
 * The message `npm run reprocess` puts on the ingest queue for one stored
 * object: an S3 ObjectCreated notification, so the ingest function needs no
 * second code path, marked as a reprocess run.
 *
 * ```json
 * { "Records": [{ "eventSource": "aws:s3", "eventName": "ObjectCreated:Reprocess", … }],
 *   "Reprocess": { "runId": "2025-11-29T21:20:00.000Z" } }
 * ```
 *
 * The run id is part of the ingest idempotency key: a reprocess run
 * re-extracts an object version that was already ingested, while a message of
 * that run delivered twice is still ingested once. Pure: no SDK imports, the
 * ingest bundle includes it.
 */
import { encodeEventKey } from './s3-event-key.js';

/** An object of the articles bucket, as a listing reports it. */
export interface ObjectToReprocess {
  bucket: string;
  key: string;
  etag?: string;
  size?: number;
}

export const REPROCESS_EVENT_NAME = 'ObjectCreated:Reprocess';

/** The queue message body that has the ingest function re-extract `object` in run `runId`. */
export function reprocessMessage(object: ObjectToReprocess, runId: string, now: Date): string {
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        eventTime: now.toISOString(),
        eventName: REPROCESS_EVENT_NAME,
        s3: {
          s3SchemaVersion: '1.0',
          bucket: { name: object.bucket, arn: `arn:aws:s3:::${object.bucket}` },
          object: {
            key: encodeEventKey(object.key),
            // Listings quote ETags; notifications do not.
            ...(object.etag ? { eTag: object.etag.replace(/"/g, '') } : {}),
            ...(object.size !== undefined ? { size: object.size } : {}),
          },
        },
      },
    ],
    Reprocess: { runId },
  });
}

/** The reprocess run a queue message belongs to; undefined for S3's own notifications (or anything unparsable). */
export function reprocessRunOf(body: string): string | undefined {
  try {
    const runId = (JSON.parse(body) as { Reprocess?: { runId?: unknown } } | null)?.Reprocess?.runId;
    return typeof runId === 'string' && runId !== '' ? runId : undefined;
  } catch {
    return undefined;
  }
}
