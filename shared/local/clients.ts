/**
 * AWS SDK clients for the embedded default: the real clients of
 * shared/aws-clients.ts, pointed at the local engines, with explicit
 * credentials and region so nothing depends on (or changes) the process
 * environment or ~/.aws.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, createDynamoClient, createS3Client } from '../aws-clients.js';

export interface LocalCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** The region every local client and every synthetic event uses. */
export const LOCAL_REGION = 'us-east-1';

/** s3rver's built-in key pair (it checks signatures); dynalite accepts any. */
export const LOCAL_CREDENTIALS: Readonly<LocalCredentials> = Object.freeze({
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
});

export function createLocalS3Client(endpoint: string, credentials: LocalCredentials = LOCAL_CREDENTIALS): S3Client {
  return createS3Client({ endpoint, region: LOCAL_REGION, credentials: { ...credentials } });
}

export function createLocalDynamoClient(endpoint: string, credentials: LocalCredentials = LOCAL_CREDENTIALS): DynamoDBClient {
  return createDynamoClient({ endpoint, region: LOCAL_REGION, credentials: { ...credentials } });
}

export function createLocalDocumentClient(endpoint: string, credentials: LocalCredentials = LOCAL_CREDENTIALS): DynamoDBDocumentClient {
  return createDocumentClient({ endpoint, region: LOCAL_REGION, credentials: { ...credentials } });
}

/** For the local SQS endpoint (sqs.ts), which the operations tools talk to. */
export function createLocalSqsClient(endpoint: string, credentials: LocalCredentials = LOCAL_CREDENTIALS): SQSClient {
  return new SQSClient({ endpoint, region: LOCAL_REGION, credentials: { ...credentials } });
}
