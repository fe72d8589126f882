/**
 * The query function as the local stack runs it — on its own event loop, or
 * one instance per query thread (query-thread.ts): the real handler of
 * functions/query, given the local engines' clients.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { createHandler } from '../../functions/query/handler.js';
import { uploadSigner } from '../api/upload.js';
import type { HttpApiHandler } from './http.js';
import { errorText } from './logger.js';

export function localQueryHandler(options: {
  db: DynamoDBDocumentClient;
  s3: S3Client;
  bucket: string;
  tableName: string;
  /** Where the function's error lines go. */
  logError: (line: string) => void;
}): HttpApiHandler {
  return createHandler({
    db: options.db,
    tableName: options.tableName,
    logError: (message, error) => options.logError(`api: ${message}: ${errorText(error)}`),
    uploads: uploadSigner({ s3: options.s3, bucket: options.bucket }),
  });
}
