import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';

/** Where a client points; all optional: on AWS the runtime provides them. */
export interface ClientOptions {
  endpoint?: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/**
 * AWS SDK clients for the functions and the local stack. On AWS the endpoints
 * come from the runtime; locally the standard `AWS_ENDPOINT_URL_S3` and
 * `AWS_ENDPOINT_URL_DYNAMODB` variables (or explicit options) point them at
 * s3rver and dynalite. A custom S3 endpoint gets path-style addressing and
 * checksums only when required: with flexible checksums, s3rver stores
 * streamed uploads corrupted.
 */
export function createS3Client(options: ClientOptions = { endpoint: process.env.AWS_ENDPOINT_URL_S3 }): S3Client {
  const { endpoint, ...rest } = options;
  if (!endpoint) return new S3Client(rest);
  return new S3Client({
    ...rest,
    endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function createDynamoClient(options: ClientOptions = { endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB }): DynamoDBClient {
  return new DynamoDBClient(options);
}

export function createDocumentClient(options?: ClientOptions): DynamoDBDocumentClient {
  return documentClientFor(createDynamoClient(options));
}

/** A document client over an existing client, so both share one connection pool. */
export function documentClientFor(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
