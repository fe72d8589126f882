/**
 * The write path: S3 events under incoming/ → SQS → ingest Lambda.
 * The queue sits between S3 and Lambda so bursts are buffered, failures are
 * retried per message, and poison messages are parked in a DLQ.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INCOMING_PREFIX } from '../../shared/contracts.js';
import { SERVICE } from '../../shared/observability/metrics.js';
import { logicalIdOf } from '../logical-id.js';
import { PipelineFunction } from './function-settings.js';

export const INGEST_TIMEOUT = Duration.seconds(60);
/** Receives before a message is parked in the DLQ. */
export const MAX_RECEIVE_COUNT = 5;
/** Caps parallel writers so a bulk upload cannot exhaust DynamoDB or the account's concurrency. */
export const INGEST_MAX_CONCURRENCY = 5;

/**
 * The ingest function's table access: the repository's reads and writes and
 * Powertools idempotency (Get/Put/Update/DeleteItem). No Scan, no table or
 * stream management.
 */
export const INGEST_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

export interface IngestProps {
  readonly bucket: s3.Bucket;
  readonly table: dynamodb.Table;
  readonly stage: string;
  readonly removalPolicy: RemovalPolicy;
}

export class Ingest extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly function: PipelineFunction;

  constructor(scope: Construct, id: string, props: IngestProps) {
    super(scope, id);

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows: time to inspect and redrive failed articles.
      retentionPeriod: Duration.days(14),
    });

    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance for Lambda event sources: at least 6x the function timeout,
      // so a message is not redelivered while a (retried) invocation still holds it.
      visibilityTimeout: Duration.seconds(6 * INGEST_TIMEOUT.toSeconds()),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    // Created and removed articles, under incoming/ only. The function never
    // writes to the bucket, so no notification can trigger another.
    for (const event of [s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED]) {
      props.bucket.addEventNotification(event, new SqsDestination(this.queue), { prefix: INCOMING_PREFIX });
    }

    this.function = new PipelineFunction(this, 'IngestFunction', {
      entry: 'functions/ingest/handler.ts',
      description: 'Parses uploaded articles and stores entities, quotes and events',
      memorySize: 1024,
      timeout: INGEST_TIMEOUT,
      serviceName: SERVICE.ingest,
      stage: props.stage,
      tableName: props.table.tableName,
      removalPolicy: props.removalPolicy,
    });
    const fn = this.function.fn;
    fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        // Only the failed records of a batch are retried, not their batch-mates.
        reportBatchItemFailures: true,
        maxConcurrency: INGEST_MAX_CONCURRENCY,
      }),
    );

    // All of the ingest function's data access, in one place. It reads
    // articles under incoming/ (any version: notifications name one) and never
    // writes or deletes them. ListBucket makes a deleted article a 404 rather
    // than a 403, so it is skipped instead of retried.
    props.bucket.grants.actionsOnObjectKeys(fn, `${INCOMING_PREFIX}*`, 's3:GetObject', 's3:GetObjectVersion');
    iam.Grant.addToPrincipal({ grantee: fn, actions: ['s3:ListBucket'], resourceArns: [props.bucket.bucketArn] });
    props.table.grants.actions(fn, ...INGEST_TABLE_ACTIONS);

    const role = this.function.role;
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(props.bucket)}.Arn>/${INCOMING_PREFIX}*]`,
      reason: 'The function reads whichever article a notification names, so it needs every key under incoming/ (read only).',
    });
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(props.table)}.Arn>/index/*]`,
      reason: "Access to the pipeline table's own GSIs (index/*) for the repository's queries; no other table is reachable.",
    });
  }
}
