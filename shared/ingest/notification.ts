import { decodeEventKey } from '../ops/s3-event-key.js';
import type { S3ObjectRef } from './ingest-object.js';

interface S3NotificationRecord {
  eventSource?: string;
  eventName?: string;
  s3?: {
    bucket?: { name?: string };
    object?: { key?: string; eTag?: string; versionId?: string; sequencer?: string; size?: number };
  };
}

/**
 * The objects an S3 notification (as delivered through SQS) announces:
 * created ones, and removed ones marked `removed` (their article goes too).
 * `s3:TestEvent`, sent when the notification is configured, announces none.
 * Keys arrive URL-encoded with spaces as `+`, exactly as S3 sends them.
 * A body that is not an S3 notification throws, so the message is retried
 * and finally parked in the dead-letter queue rather than silently dropped.
 */
export function objectsFromNotification(body: string): S3ObjectRef[] {
  const message = JSON.parse(body) as { Event?: string; Records?: S3NotificationRecord[] };
  if (message.Event === 's3:TestEvent') return [];
  if (!Array.isArray(message.Records)) throw new Error('The message is not an S3 notification: it has no Records.');
  return message.Records
    .filter((r) => r.eventSource === 'aws:s3' && (r.eventName?.startsWith('ObjectCreated:') || r.eventName?.startsWith('ObjectRemoved:')))
    .map((r) => {
      const bucket = r.s3?.bucket?.name;
      const key = r.s3?.object?.key;
      if (!bucket || key === undefined) throw new Error('The S3 notification record has no bucket or key.');
      const object = r.s3!.object!;
      return {
        bucket,
        key: decodeEventKey(key),
        ...(object.eTag ? { etag: object.eTag } : {}),
        ...(object.versionId ? { versionId: object.versionId } : {}),
        ...(object.sequencer ? { sequencer: object.sequencer } : {}),
        ...(object.size !== undefined ? { size: object.size } : {}),
        ...(r.eventName!.startsWith('ObjectRemoved:') ? { removed: true } : {}),
      };
    });
}
