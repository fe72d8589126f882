/**
 * Where data lives: the article bucket (the source of truth, raw uploads are
 * never lost) and the single DynamoDB table of extracted records.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { TTL_ATTRIBUTE } from '../../functions/ingest/idempotency.js';
import { GSIS, TABLE_KEYS } from '../../shared/store/schema.js';
import type { TableBilling } from '../stage-config.js';

export interface StorageProps {
  /** RETAIN keeps data when the stack is deleted; DESTROY also empties the buckets. */
  readonly removalPolicy: RemovalPolicy;
  /** Refuse table deletion (console, API, or a stack update that would replace it). */
  readonly deletionProtection: boolean;
  /** On-demand (the default) or provisioned capacity with target-tracking auto scaling. */
  readonly tableBilling?: TableBilling;
}

export class Storage extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogsBucket: s3.Bucket;
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const destroy = props.removalPolicy === RemovalPolicy.DESTROY;
    // Deliver server access logs via a bucket policy, not the legacy
    // LogDeliveryWrite ACL, so both buckets can keep ACLs disabled
    // (BucketOwnerEnforced). Set here so the choice does not depend on cdk.json.
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);

    const privateBucketDefaults = {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: destroy,
    } as const;

    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogsBucket', {
      ...privateBucketDefaults,
      // Access logs are for audits and debugging, not a record to keep forever.
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(90) }],
    });

    this.bucket = new s3.Bucket(this, 'ArticlesBucket', {
      ...privateBucketDefaults,
      // Versioning keeps an overwritten or deleted article recoverable.
      versioned: true,
      lifecycleRules: [
        { id: 'expire-noncurrent-versions', noncurrentVersionExpiration: Duration.days(30) },
      ],
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'articles-bucket/',
    });

    const billing = props.tableBilling ?? { mode: 'on-demand' };
    const provisioned = billing.mode === 'provisioned' ? billing : undefined;
    this.table = new dynamodb.Table(this, 'Table', {
      // Keys come from the schema module the store and local engine use, so they cannot drift.
      partitionKey: { name: TABLE_KEYS.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: dynamodb.AttributeType.STRING },
      // On-demand by default: no capacity to plan, nothing billed when idle.
      // Provisioned is for a steady stream, where capacity by the hour at a
      // high utilisation costs less than the same units bought per request.
      ...(provisioned
        ? { billingMode: dynamodb.BillingMode.PROVISIONED, writeCapacity: provisioned.write.min, readCapacity: provisioned.read.min }
        : { billingMode: dynamodb.BillingMode.PAY_PER_REQUEST }),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection,
      // Idempotency records expire by themselves; TTL deletes cost nothing.
      timeToLiveAttribute: TTL_ATTRIBUTE,
      removalPolicy: props.removalPolicy,
    });
    for (const gsi of GSIS) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.name,
        partitionKey: { name: gsi.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: gsi.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.INCLUDE,
        nonKeyAttributes: [...gsi.projected],
        ...(provisioned ? { writeCapacity: provisioned.indexWrite.min, readCapacity: provisioned.indexRead.min } : {}),
      });
    }
    if (provisioned) {
      // Target tracking on each provisioned capacity, table and index alike:
      // an index short of write capacity throttles the table's writes too.
      const track = (attribute: dynamodb.IScalableTableAttribute) =>
        attribute.scaleOnUtilization({ targetUtilizationPercent: provisioned.targetUtilizationPercent });
      const range = ({ min, max }: { min: number; max: number }) => ({ minCapacity: min, maxCapacity: max });
      track(this.table.autoScaleWriteCapacity(range(provisioned.write)));
      track(this.table.autoScaleReadCapacity(range(provisioned.read)));
      for (const gsi of GSIS) {
        track(this.table.autoScaleGlobalSecondaryIndexWriteCapacity(gsi.name, range(provisioned.indexWrite)));
        track(this.table.autoScaleGlobalSecondaryIndexReadCapacity(gsi.name, range(provisioned.indexRead)));
      }
    }
  }
}
