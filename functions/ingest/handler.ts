/**
 * Ingest Lambda: SQS batch of S3 notifications → the articles of each
 * created object (or their removal). A thin adapter: the work is
 * `ingestObject` in shared/ingest. Around it:
 *
 * - partial batch responses: a record that throws is reported as a batch
 *   item failure, so only it is retried (and parked in the DLQ after the
 *   queue's receive limit), never its batch-mates;
 * - idempotency per S3 event (idempotency.ts): a duplicate notification
 *   returns the first result instead of ingesting again;
 * - a child logger per object, so every line names the article id and S3 key;
 * - EMF metrics per ingested object (names in shared/observability/metrics.ts).
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createDynamoClient, createS3Client, documentClientFor } from '../../shared/aws-clients.js';
import { ingestObject, type IngestDeps, type IngestOutcome, type S3ObjectRef } from '../../shared/ingest/ingest-object.js';
import { objectsFromNotification } from '../../shared/ingest/notification.js';
import { INGEST_METRIC, metricsForOutcome, SERVICE } from '../../shared/observability/metrics.js';
import { createLogger } from '../../shared/observability/logger.js';
import { createMetrics } from '../../shared/observability/emf-metrics.js';
import { reprocessRunOf } from '../../shared/ops/reprocess-message.js';
import { articleIdFor } from '../../shared/store/keys.js';
import {
  createIdempotencyStore,
  IDEMPOTENCY_KEY_PREFIX,
  idempotencyConfig,
  idempotencyKeyOf,
  type IdempotencyKey,
} from './idempotency.js';

export interface IngestHandlerOptions {
  /** Where idempotency records live: the pipeline table (createIdempotencyStore). */
  persistenceStore: BasePersistenceLayer;
  logger?: Logger;
  metrics?: Metrics;
}

interface IngestRequest {
  idempotencyKey: IdempotencyKey;
  object: S3ObjectRef;
}

export function createHandler(deps: IngestDeps, options: IngestHandlerOptions) {
  const logger = options.logger ?? createLogger(SERVICE.ingest);
  const metrics = options.metrics ?? createMetrics(SERVICE.ingest);
  const config = idempotencyConfig();
  const ingestOnce = makeIdempotent(
    async (request: IngestRequest): Promise<IngestOutcome & { duplicate?: true }> => ingestObject(request.object, deps),
    { persistenceStore: options.persistenceStore, config, keyPrefix: IDEMPOTENCY_KEY_PREFIX },
  );

  const processor = new BatchProcessor(EventType.SQS);
  const processRecord = async (record: SQSRecord): Promise<void> => {
    const reprocessRun = reprocessRunOf(record.body);
    for (const object of objectsFromNotification(record.body)) {
      const log = logger.createChild({
        persistentKeys: {
          articleId: articleIdFor(object.bucket, object.key),
          s3: { bucket: object.bucket, key: object.key, versionId: object.versionId },
          messageId: record.messageId,
          ...(reprocessRun ? { reprocessRun } : {}),
        },
      });
      try {
        const outcome = await ingestOnce({ idempotencyKey: idempotencyKeyOf(object, reprocessRun), object });
        if (outcome.duplicate) {
          metrics.addMetric(INGEST_METRIC.duplicateNotifications, 'Count', 1);
          log.info('duplicate notification, already ingested', { status: outcome.status });
          continue;
        }
        for (const datum of metricsForOutcome(outcome)) metrics.addMetric(datum.name, datum.unit, datum.value);
        log.info('ingested', { ...outcome });
      } catch (error) {
        // Powertools only collects the error; log why this message will be retried.
        log.error('record failed, will be retried', error as Error);
        throw error;
      }
    }
  };

  return async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    // Lets an in-progress idempotency record expire with this invocation if it times out.
    config.registerLambdaContext(context);
    logger.addContext(context);
    metrics.captureColdStartMetric(context.functionName);
    try {
      // Report a wholly failed batch item by item too: the queue retries the same way either way.
      return await processPartialResponse(event, processRecord, processor, { context, throwOnFullBatchFailure: false });
    } finally {
      // A batch of test events only stores no metric; publishing nothing would just log a warning.
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}

const dynamo = createDynamoClient();
const tableName = process.env.TABLE_NAME ?? '';
export const handler = createHandler(
  { s3: createS3Client(), db: documentClientFor(dynamo), tableName },
  { persistenceStore: createIdempotencyStore(dynamo, tableName) },
);
