/**
 * Ingest idempotency: one S3 event is ingested once, however often it
 * arrives. S3 may notify twice, and SQS delivers at least once, each time
 * under a new message id, so the key is what the event is about (bucket,
 * key, version), never the message id.
 *
 * Records live in the pipeline's single table, in a partition of their own
 * that no query reads (PK = `IDEMPOTENCY#ingest`, SK = `ingest#<hash>`),
 * expired by DynamoDB TTL on `ttl`. Powertools only uses GetItem, PutItem
 * (conditional), UpdateItem and DeleteItem: no transactions, so the local
 * engine (dynalite, without TTL: expiry is still checked on read) works too.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { S3ObjectRef } from '../../shared/ingest/ingest-object.js';
import { TABLE_KEYS } from '../../shared/store/schema.js';

/** The table's TTL attribute (epoch seconds); the stack enables TTL on it. */
export const TTL_ATTRIBUTE = 'ttl';
export const IDEMPOTENCY_PK = 'IDEMPOTENCY#ingest';
export const IDEMPOTENCY_KEY_PREFIX = 'ingest';

/**
 * A day: S3's duplicate notifications and SQS redeliveries come within
 * minutes; a message that failed (and may be redriven days later) leaves no
 * record, so it is always processed again.
 */
export const IDEMPOTENCY_EXPIRY_SECONDS = 24 * 3600;

export function createIdempotencyStore(client: DynamoDBClient, tableName: string): DynamoDBPersistenceLayer {
  return new DynamoDBPersistenceLayer({
    tableName,
    awsSdkV3Client: client,
    keyAttr: TABLE_KEYS.partitionKey,
    sortKeyAttr: TABLE_KEYS.sortKey,
    staticPkValue: IDEMPOTENCY_PK,
    expiryAttr: TTL_ATTRIBUTE,
  });
}

/** What makes two deliveries "the same event". */
export interface IdempotencyKey {
  bucket: string;
  key: string;
  /** The object version (versioned bucket), else its ETag. */
  version: string | null;
  /** Orders events on one key: tells a PUT from the DELETE of the same version. */
  sequencer: string | null;
  /** Set for `npm run reprocess` messages: each run re-extracts once. */
  reprocessRun: string | null;
}

export function idempotencyKeyOf(object: S3ObjectRef, reprocessRun?: string): IdempotencyKey {
  return {
    bucket: object.bucket,
    key: object.key,
    version: object.versionId ?? object.etag ?? null,
    sequencer: object.sequencer ?? null,
    reprocessRun: reprocessRun ?? null,
  };
}

/**
 * Configuration for a function whose first argument is `{ idempotencyKey, … }`.
 * A replayed result comes back with `duplicate: true`, so the caller can tell
 * it from fresh work (and not count it twice in the metrics).
 */
export function idempotencyConfig(): IdempotencyConfig {
  return new IdempotencyConfig({
    eventKeyJmesPath: 'idempotencyKey',
    throwOnNoIdempotencyKey: true,
    expiresAfterSeconds: IDEMPOTENCY_EXPIRY_SECONDS,
    responseHook: (response) => ({ ...(response as object), duplicate: true }),
  });
}
