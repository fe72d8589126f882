/**
 * Upload-signer Lambda: the query API with uploads switched on, for
 * `GET /upload-url` only (infra/constructs/web.ts routes it here). A function
 * of its own so that only it may `s3:PutObject`, and so the query function's
 * bundle carries no S3 client or presigner.
 */
import { createDocumentClient } from '../../shared/aws-clients.js';
import { uploadSignerFromEnv } from '../../shared/api/upload.js';
import { SERVICE } from '../../shared/observability/metrics.js';
import { createLogger } from '../../shared/observability/logger.js';
import { createHandler } from '../query/handler.js';

const logger = createLogger(SERVICE.query);

export const handler = createHandler({
  db: createDocumentClient(),
  tableName: process.env.TABLE_NAME ?? '',
  corsOrigin: process.env.CORS_ALLOW_ORIGIN ?? '*',
  logError: (message, error) => logger.error(message, error as Error),
  uploads: uploadSignerFromEnv(process.env),
});
