/**
 * Local S3: s3rver on 127.0.0.1, storing objects as files under a directory,
 * with the project's bucket created at start.
 *
 * s3rver emits an `event` for every write, shaped like an S3 event
 * notification. `onObjectCreated` turns those into what real S3 would send to
 * the queue for this project's notification configuration: ObjectCreated
 * and ObjectRemoved events (the store removes a deleted object's articles) of the configured bucket under the notified prefix only, one record
 * per message, with the object key URL-encoded (s3rver emits it raw; real S3
 * form-encodes it, spaces as `+`), a valid bucket ARN and a sequencer that
 * grows with every event.
 */
import { mkdir } from 'node:fs/promises';
import type { S3EventRecord } from 'aws-lambda';
import S3rver from 's3rver';
import { INCOMING_PREFIX } from '../contracts.js';
import { encodeEventKey } from '../ops/s3-event-key.js';
import { LOCAL_REGION } from './clients.js';
import { silentLogger, type LocalLogger } from './logger.js';
import { closeServer } from './net.js';

export interface LocalS3Options {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Where s3rver keeps buckets and objects (created if missing). */
  directory: string;
  /** The bucket to create at start (kept if it exists). */
  bucket: string;
  /** Only created objects under this prefix are notified (default `incoming/`). */
  notifyPrefix?: string;
  /** Where s3rver's internal errors (5xx) are reported. */
  logger?: LocalLogger;
}

/** The body S3 sends to SQS: `{"Records":[…]}`. */
export interface S3Notification {
  Records: S3EventRecord[];
}

export type ObjectCreatedListener = (notification: S3Notification) => void;

export interface LocalS3 {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  port: number;
  bucket: string;
  notifyPrefix: string;
  /** Subscribes to notifications; returns the unsubscribe function. */
  onObjectCreated(listener: ObjectCreatedListener): () => void;
  close(): Promise<void>;
}

export const DEFAULT_NOTIFY_PREFIX = INCOMING_PREFIX;

export async function startLocalS3(options: LocalS3Options): Promise<LocalS3> {
  await mkdir(options.directory, { recursive: true });
  const notifyPrefix = options.notifyPrefix ?? DEFAULT_NOTIFY_PREFIX;
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory: options.directory,
    configureBuckets: [{ name: options.bucket }],
  });
  // The client gets an S3 error response either way; report only server faults
  // (Koa would print every error's stack to stderr without a listener).
  const logger = options.logger ?? silentLogger;
  server.on('error', (err: Error & { status?: number }) => {
    if ((err.status ?? 500) >= 500) logger.error(`s3: ${err.message}`);
  });
  const { port } = await server.run();

  const listeners = new Set<ObjectCreatedListener>();
  const nextSequencer = sequencerSource();
  server.on('event', (raw: S3Notification) => {
    for (const record of raw.Records ?? []) {
      if (!/^Object(Created|Removed):/.test(record.eventName ?? '')) continue;
      if (record.s3.bucket.name !== options.bucket) continue;
      if (!record.s3.object.key.startsWith(notifyPrefix)) continue;
      const notification: S3Notification = { Records: [asRealS3Record(record, nextSequencer())] };
      for (const listener of listeners) {
        // s3rver emits while answering the PUT: a listener error must not fail the upload.
        try {
          listener(notification);
        } catch {
          /* the listener reports its own errors */
        }
      }
    }
  });

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    bucket: options.bucket,
    notifyPrefix,
    onObjectCreated(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      if (server.httpServer) await closeServer(server.httpServer);
    },
  };
}

function asRealS3Record(record: S3EventRecord, sequencer: string): S3EventRecord {
  const bucket = record.s3.bucket.name;
  return {
    ...record,
    awsRegion: LOCAL_REGION,
    s3: {
      ...record.s3,
      bucket: { ...record.s3.bucket, arn: `arn:aws:s3:::${bucket}` },
      object: { ...record.s3.object, key: encodeEventKey(record.s3.object.key), sequencer },
    },
  };
}

/**
 * S3 sequencers are hex strings that grow per key; s3rver uses the time in ms,
 * which repeats within a millisecond. This one is fixed-width (time in ms, 12
 * hex digits, then a 4-digit counter) so later events compare greater, also
 * across restarts.
 */
function sequencerSource(): () => string {
  let lastMs = 0;
  let counter = 0;
  return () => {
    const ms = Math.max(Date.now(), lastMs);
    counter = ms === lastMs ? counter + 1 : 0;
    lastMs = ms;
    return ms.toString(16).toUpperCase().padStart(12, '0') + (counter & 0xffff).toString(16).toUpperCase().padStart(4, '0');
  };
}
