/**
 * Ingest Lambda: SQS batch of S3 notifications → one article each.
 * A thin adapter: the work is `ingestObject` in shared/ingest. Records that
 * throw are reported as batch item failures so only they are retried (and
 * parked in the DLQ after the queue's receive limit); their batch-mates are
 * not affected.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createDocumentClient, createS3Client } from '../../shared/aws-clients.js';
import { ingestObject, type IngestDeps } from '../../shared/ingest/ingest-object.js';
import { objectsFromNotification } from '../../shared/ingest/notification.js';

const logger = new Logger({ serviceName: 'ingest' });

export function createHandler(deps: IngestDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  const processRecord = async (record: SQSRecord): Promise<void> => {
    try {
      for (const object of objectsFromNotification(record.body)) {
        const outcome = await ingestObject(object, deps);
        logger.info('ingested', { ...outcome, messageId: record.messageId });
      }
    } catch (error) {
      // Powertools only collects the error; log why this message will be retried.
      logger.error('record failed, will be retried', { messageId: record.messageId, error: error as Error });
      throw error;
    }
  };
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
    // Report a wholly failed batch item by item too: the queue retries the same way either way.
    processPartialResponse(event, processRecord, processor, { context, throwOnFullBatchFailure: false });
}

export const handler = createHandler({
  s3: createS3Client(),
  db: createDocumentClient(),
  tableName: process.env.TABLE_NAME ?? '',
});
