/**
 * Upload-signer Lambda: the query API with uploads switched on, for
 * `GET /upload-url` only (infra/constructs/web.ts routes it here). A function
 * of its own so that only it may `s3:PutObject`, and so the query function's
 * bundle carries no S3 client or presigner.
 */
import { apiDepsFromEnv, createHandler } from '../../shared/api/lambda.js';
import { uploadSignerFromEnv } from '../../shared/api/upload.js';

export const handler = createHandler({ ...apiDepsFromEnv(process.env), uploads: uploadSignerFromEnv(process.env) });
