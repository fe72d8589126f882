/**
 * What the deployed pipeline guarantees, read from the synthesized
 * CloudFormation template. The stack is synthesized once (with real esbuild
 * bundling of both functions) and every `it` checks one property of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { App, type IResolvable } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ESM_REQUIRE_BANNER } from '../../infra/constructs/function-settings.js';
import { logicalIdOf } from '../../infra/logical-id.js';
import { PipelineStack } from '../../infra/pipeline-stack.js';
import { GSIS, TABLE_KEYS } from '../../shared/store/schema.js';

let app: App;
let stack: PipelineStack;
let template: Template;

beforeAll(() => {
  app = new App();
  stack = new PipelineStack(app, 'TestPipeline');
  template = Template.fromStack(stack);
});

function resource(construct: IConstruct): { Properties: Record<string, any>; DeletionPolicy?: string } {
  const found = template.toJSON().Resources[logicalIdOf(construct)];
  if (!found) throw new Error(`no resource for ${construct.node.path}`);
  return found;
}

/** Every action the role's policies allow (Allow statements only). */
function allowedActions(roleConstruct: IConstruct): string[] {
  const roleRef = { Ref: logicalIdOf(roleConstruct) };
  const policies = Object.values(
    template.findResources('AWS::IAM::Policy', { Properties: { Roles: Match.arrayWith([roleRef]) } }),
  );
  const inline = resource(roleConstruct).Properties.Policies ?? [];
  const documents = [...policies.map((p) => p.Properties.PolicyDocument), ...inline.map((p: any) => p.PolicyDocument)];
  return documents
    .flatMap((doc) => doc.Statement)
    .filter((statement: any) => statement.Effect === 'Allow')
    .flatMap((statement: any) => [statement.Action].flat());
}

/** Whether an IAM action pattern (with * wildcards) covers a concrete action. */
function grants(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 'i');
  return regex.test(action);
}
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Unacknowledged cdk-nag findings (errors and warnings), as "severity rule at path" lines for a readable diff. */
function nagFindings(scope: App): string[] {
  // cdk-nag 3 is a policy-validation plugin, not an Aspect, and reports no
  // Annotations; validateScope runs the same checks (acknowledgements applied).
  const report = new AwsSolutionsChecks().validateScope(scope);
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map(
      (r) => `${violation.severity} ${violation.ruleName} at ${r.constructPath ?? '?'}`,
    ),
  );
}

function resolved(value: string | IResolvable): unknown {
  return stack.resolve(value);
}

describe('storage', () => {
  it('keys the table with the base key from shared/store/schema.ts', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
    });
  });

  it('creates exactly the GSIs from shared/store/schema.ts, string keys, projecting all attributes', () => {
    const table = resource(stack.storage.table).Properties;
    expect(table.GlobalSecondaryIndexes).toEqual(
      GSIS.map((gsi) => ({
        IndexName: gsi.name,
        KeySchema: [
          { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
          { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    const keyAttributes = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, ...GSIS.flatMap((g) => [g.partitionKey, g.sortKey])];
    expect(table.AttributeDefinitions).toEqual(
      keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    );
  });

  it('bills the table per request and keeps point-in-time recovery on', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('retains the table and both buckets when the stack is deleted (no removal=destroy context)', () => {
    for (const construct of [stack.storage.table, stack.storage.bucket, stack.storage.accessLogsBucket]) {
      expect(resource(construct).DeletionPolicy, construct.node.path).toBe('Retain');
    }
  });

  it('blocks all public access to the articles bucket', () => {
    expect(resource(stack.storage.bucket).Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it('versions and S3-encrypts the articles bucket, expiring noncurrent versions after 30 days', () => {
    const bucket = resource(stack.storage.bucket).Properties;
    expect(bucket.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(bucket.LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }),
    );
  });

  it('denies every non-TLS request to the articles bucket', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: resolved(stack.storage.bucket.bucketName),
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('writes server access logs of the articles bucket to the separate log bucket', () => {
    expect(resource(stack.storage.bucket).Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: resolved(stack.storage.accessLogsBucket.bucketName),
      LogFilePrefix: expect.any(String),
    });
  });
});

describe('ingest path', () => {
  it('parks a message in the dead-letter queue after 5 receives', () => {
    expect(resource(stack.ingest.queue).Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: resolved(stack.ingest.deadLetterQueue.queueArn),
      maxReceiveCount: 5,
    });
  });

  it('keeps a message invisible for at least 6 times the ingest function timeout', () => {
    const timeout = resource(stack.ingest.function.fn).Properties.Timeout as number;
    expect(timeout).toBe(60);
    expect(resource(stack.ingest.queue).Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
  });

  it('keeps dead letters for 14 days', () => {
    expect(resource(stack.ingest.deadLetterQueue).Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });

  it('encrypts both queues with SQS-managed keys and denies non-TLS access to them', () => {
    for (const queue of [stack.ingest.queue, stack.ingest.deadLetterQueue]) {
      expect(resource(queue).Properties.SqsManagedSseEnabled, queue.node.path).toBe(true);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [resolved(queue.queueUrl)],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('sends only ObjectCreated events under incoming/ to the queue', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: resolved(stack.storage.bucket.bucketName),
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } },
            QueueArn: resolved(stack.ingest.queue.queueArn),
          },
        ],
      },
    });
  });

  it('feeds the ingest function batches of 10 with partial batch failures and at most 5 concurrent invocations', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: resolved(stack.ingest.queue.queueArn),
      FunctionName: { Ref: logicalIdOf(stack.ingest.function.fn) },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });

  it('lets the ingest function read the articles bucket', () => {
    const actions = allowedActions(stack.ingest.function.role);
    expect(actions.some((a) => grants(a, 's3:GetObject'))).toBe(true);
  });

  it('never lets the ingest function write or delete articles', () => {
    const actions = allowedActions(stack.ingest.function.role);
    for (const forbidden of ['s3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion']) {
      expect(actions.filter((a) => grants(a, forbidden)), forbidden).toEqual([]);
    }
  });

  it('lets the ingest function write to the table', () => {
    const actions = allowedActions(stack.ingest.function.role);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:Query']));
  });
});

describe('functions', () => {
  const functions = () => [
    { name: 'ingest', fn: stack.ingest.function, memory: 1024 },
    { name: 'query', fn: stack.queryApi.function, memory: 512 },
  ];

  it('runs both functions on arm64 with nodejs22.x, active tracing and their memory size', () => {
    for (const { name, fn, memory } of functions()) {
      expect(resource(fn.fn).Properties, name).toMatchObject({
        Architectures: ['arm64'],
        Runtime: 'nodejs22.x',
        TracingConfig: { Mode: 'Active' },
        MemorySize: memory,
      });
    }
  });

  it('gives both functions the table name, their service name and source-mapped stack traces', () => {
    for (const { name, fn } of functions()) {
      expect(resource(fn.fn).Properties.Environment.Variables, name).toEqual({
        TABLE_NAME: resolved(stack.storage.table.tableName),
        POWERTOOLS_SERVICE_NAME: name,
        NODE_OPTIONS: '--enable-source-maps',
      });
    }
  });

  it('logs each function to its own log group kept for one month', () => {
    for (const { name, fn } of functions()) {
      expect(resource(fn.fn).Properties.LoggingConfig, name).toEqual({ LogGroup: { Ref: logicalIdOf(fn.logGroup) } });
      expect(resource(fn.logGroup).Properties.RetentionInDays, name).toBe(30);
    }
  });

  it('gives the functions no managed policies (no permission to create arbitrary log groups)', () => {
    for (const { name, fn } of functions()) {
      expect(resource(fn.role).Properties.ManagedPolicyArns, name).toBeUndefined();
    }
  });

  it('bundles each function as an ESM file with the createRequire banner and a source map', () => {
    for (const { name, fn } of functions()) {
      const asset = fn.fn.node.findChild('Code') as Asset;
      const dir = path.join(app.outdir, asset.assetPath);
      const bundle = readFileSync(path.join(dir, 'index.mjs'), 'utf8');
      expect(bundle.startsWith(ESM_REQUIRE_BANNER), name).toBe(true);
      expect(existsSync(path.join(dir, 'index.mjs.map')), name).toBe(true);
      expect(resource(fn.fn).Properties.Handler, name).toBe('index.handler');
    }
  });

  it('bundles the AWS SDK into the code instead of importing the runtime copy', () => {
    for (const { name, fn } of functions()) {
      const asset = fn.fn.node.findChild('Code') as Asset;
      const bundle = readFileSync(path.join(app.outdir, asset.assetPath, 'index.mjs'), 'utf8');
      expect(bundle, name).not.toMatch(/from\s*["']@aws-sdk\//);
      expect(bundle, name).not.toMatch(/import\(\s*["']@aws-sdk\//);
    }
  });
});

describe('query API', () => {
  it('routes GET /articles, /articles/{id}, /quotes and a catch-all to the query function', () => {
    const routeKeys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => route.Properties.RouteKey,
    );
    expect(routeKeys.sort()).toEqual(['GET /articles', 'GET /articles/{id}', 'GET /quotes', 'GET /{proxy+}'].sort());
  });

  it('lets the query function read the table and its indexes', () => {
    const actions = allowedActions(stack.queryApi.function.role);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:GetItem']));
  });

  it('never lets the query function write to DynamoDB', () => {
    const actions = allowedActions(stack.queryApi.function.role);
    const writes = [
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:TransactWriteItems',
      'dynamodb:DeleteTable',
      'dynamodb:UpdateTable',
    ];
    expect(actions.filter((a) => writes.some((w) => grants(a, w)))).toEqual([]);
  });

  it('gives the query function no access to the articles bucket', () => {
    const actions = allowedActions(stack.queryApi.function.role);
    expect(actions.filter((a) => a.toLowerCase().startsWith('s3:') || a === '*')).toEqual([]);
  });

  it('throttles the default stage to 50 requests/s with bursts of 100 and writes access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('\\$context\\.requestId') },
    });
  });
});

describe('outputs', () => {
  it('exports the bucket, API URL, table, queue and dead-letter queue', () => {
    expect(Object.keys(template.findOutputs('*')).sort()).toEqual(
      ['ApiUrl', 'BucketName', 'DeadLetterQueueUrl', 'QueueUrl', 'TableName'].sort(),
    );
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('passes with no unacknowledged errors or warnings', () => {
    expect(nagFindings(app)).toEqual([]);
  });
});

describe('with context removal=destroy', () => {
  let destroyApp: App;
  let destroyStack: PipelineStack;
  let destroyTemplate: Template;

  beforeAll(() => {
    // Skipping bundling keeps this second synth fast; only the resources matter here.
    destroyApp = new App({ context: { removal: 'destroy', 'aws:cdk:bundling-stacks': [] } });
    destroyStack = new PipelineStack(destroyApp, 'DestroyPipeline');
    destroyTemplate = Template.fromStack(destroyStack);
  });

  it('deletes the table and both buckets with the stack, emptying the buckets first', () => {
    const resources = destroyTemplate.toJSON().Resources;
    for (const construct of [destroyStack.storage.table, destroyStack.storage.bucket, destroyStack.storage.accessLogsBucket]) {
      expect(resources[logicalIdOf(construct)].DeletionPolicy, construct.node.path).toBe('Delete');
    }
    destroyTemplate.resourceCountIs('Custom::S3AutoDeleteObjects', 2);
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged errors or warnings', () => {
    expect(nagFindings(destroyApp)).toEqual([]);
  });
});
