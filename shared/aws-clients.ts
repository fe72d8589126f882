import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';

/**
 * AWS SDK clients for the functions and the local stack. On AWS the endpoints
 * come from the runtime; locally the standard `AWS_ENDPOINT_URL_S3` and
 * `AWS_ENDPOINT_URL_DYNAMODB` variables point them at s3rver and dynalite.
 * s3rver needs path-style addressing and no flexible checksums (with them,
 * streamed uploads are stored corrupted).
 */
export function createS3Client(endpoint = process.env.AWS_ENDPOINT_URL_S3): S3Client {
  if (!endpoint) return new S3Client({});
  return new S3Client({
    endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function createDocumentClient(endpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB): DynamoDBDocumentClient {
  const client = new DynamoDBClient(endpoint ? { endpoint } : {});
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
