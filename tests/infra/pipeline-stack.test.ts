/**
 * What the deployed pipeline guarantees, read from the synthesized
 * CloudFormation template. The default (dev) stack is synthesized once with
 * real esbuild bundling of both functions; the other configurations skip
 * bundling, since only their resources matter. Every `it` checks one property.
 */
import { execFileSync } from 'node:child_process';
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
import { OUTPUT, PipelineStack } from '../../infra/pipeline-stack.js';
import { stageConfigFrom } from '../../infra/stage-config.js';
import { articlesMetric, INGEST_METRIC } from '../../shared/observability/metrics.js';
import { GSIS, TABLE_KEYS } from '../../shared/store/schema.js';

interface Synthesized {
  app: App;
  stack: PipelineStack;
  template: Template;
}

/** The stack as `cdk synth` builds it from these context values. */
function synthesize(context: Record<string, unknown> = {}, bundle = false): Synthesized {
  const app = new App({ context: { ...context, ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) } });
  const config = stageConfigFrom((key) => app.node.tryGetContext(key));
  const stack = new PipelineStack(app, config.stackName, { config });
  return { app, stack, template: Template.fromStack(stack) };
}

let app: App;
let stack: PipelineStack;
let template: Template;

beforeAll(() => {
  ({ app, stack, template } = synthesize({}, true));
});

function resourceIn(t: Template, construct: IConstruct): { Properties: Record<string, any>; DeletionPolicy?: string } {
  const found = t.toJSON().Resources[logicalIdOf(construct)];
  if (!found) throw new Error(`no resource for ${construct.node.path}`);
  return found;
}
const resource = (construct: IConstruct) => resourceIn(template, construct);

function resolved(value: string | IResolvable): unknown {
  return stack.resolve(value);
}

/** Every Allow statement of the role's policies, actions sorted, as `{ actions, resources }`. */
function allowStatements(roleConstruct: IConstruct): { actions: string[]; resources: unknown[] }[] {
  const roleRef = { Ref: logicalIdOf(roleConstruct) };
  const policies = Object.values(
    template.findResources('AWS::IAM::Policy', { Properties: { Roles: Match.arrayWith([roleRef]) } }),
  );
  const inline = resource(roleConstruct).Properties.Policies ?? [];
  const documents = [...policies.map((p) => p.Properties.PolicyDocument), ...inline.map((p: any) => p.PolicyDocument)];
  return documents
    .flatMap((doc) => doc.Statement)
    .filter((statement: any) => statement.Effect === 'Allow')
    .map((statement: any) => ({
      actions: [statement.Action].flat().sort(),
      resources: [statement.Resource].flat(),
    }));
}

/** Unacknowledged cdk-nag findings (errors and warnings), as "severity rule at path" lines for a readable diff. */
function nagFindings(scope: App): string[] {
  // cdk-nag 3 is a policy-validation plugin, not an Aspect, and reports no
  // Annotations; validateScope runs the same checks (acknowledgements applied).
  const report = new AwsSolutionsChecks().validateScope(scope);
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map((r) => `${violation.severity} ${violation.ruleName} at ${r.constructPath ?? '?'}`),
  );
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

  it('creates exactly the GSIs from shared/store/schema.ts, string keys, projecting what a listing shows', () => {
    const table = resource(stack.storage.table).Properties;
    expect(table.GlobalSecondaryIndexes).toEqual(
      GSIS.map((gsi) => ({
        IndexName: gsi.name,
        KeySchema: [
          { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
          { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...gsi.projected] },
      })),
    );
  });

  it('bills the table per request and keeps point-in-time recovery on', () => {
    expect(resource(stack.storage.table).Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('provisions no capacity and scales nothing by default (on demand)', () => {
    const table = resource(stack.storage.table).Properties;
    expect(table.ProvisionedThroughput).toBeUndefined();
    expect(table.GlobalSecondaryIndexes.map((gsi: any) => gsi.ProvisionedThroughput)).toEqual(GSIS.map(() => undefined));
    template.resourceCountIs('AWS::ApplicationAutoScaling::ScalableTarget', 0);
  });

  it('expires items by the ttl attribute (idempotency records)', () => {
    expect(resource(stack.storage.table).Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'ttl', Enabled: true });
  });

  it('leaves deletion protection off outside prod', () => {
    expect(resource(stack.storage.table).Properties.DeletionProtectionEnabled).toBe(false);
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
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
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
          Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
        },
      });
    }
  });

  it('sends ObjectCreated and ObjectRemoved events under incoming/ only to the queue', () => {
    const incomingOnly = { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } };
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: resolved(stack.storage.bucket.bucketName),
      NotificationConfiguration: {
        QueueConfigurations: [
          { Events: ['s3:ObjectCreated:*'], Filter: incomingOnly, QueueArn: resolved(stack.ingest.queue.queueArn) },
          { Events: ['s3:ObjectRemoved:*'], Filter: incomingOnly, QueueArn: resolved(stack.ingest.queue.queueArn) },
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
});

describe('least privilege', () => {
  const tableResources = () => {
    const arn = resolved(stack.storage.table.tableArn);
    return [arn, { 'Fn::Join': ['', [arn, '/index/*']] }];
  };
  const ownLogsAndTracing = (fn: PipelineStack['ingest']['function']) => [
    { actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [resolved(fn.logGroup.logGroupArn)] },
    { actions: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], resources: ['*'] },
  ];
  const byFirstAction = (a: { actions: string[] }, b: { actions: string[] }) => a.actions[0]!.localeCompare(b.actions[0]!);

  it('lets the ingest function consume its queue, read articles under incoming/, and read and write table items (no Scan), nothing else', () => {
    const expected = [
      ...ownLogsAndTracing(stack.ingest.function),
      {
        actions: ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'],
        resources: [resolved(stack.ingest.queue.queueArn)],
      },
      { actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: [resolved(stack.storage.bucket.arnForObjects('incoming/*'))] },
      { actions: ['s3:ListBucket'], resources: [resolved(stack.storage.bucket.bucketArn)] },
      {
        actions: [
          'dynamodb:BatchGetItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:ConditionCheckItem',
          'dynamodb:DeleteItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
        ],
        resources: tableResources(),
      },
    ];
    expect(allowStatements(stack.ingest.function.role).sort(byFirstAction)).toEqual(expected.sort(byFirstAction));
  });

  it('never lets the ingest function write to the bucket, so its own work cannot trigger another notification', () => {
    const s3Actions = allowStatements(stack.ingest.function.role).flatMap((statement) => statement.actions.filter((a) => a.startsWith('s3:')));
    expect(s3Actions.sort()).toEqual(['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket']);
  });

  it('lets the query function only get and query table items (no Scan, no writes, no bucket)', () => {
    const expected = [
      ...ownLogsAndTracing(stack.queryApi.function),
      { actions: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'], resources: tableResources() },
    ];
    expect(allowStatements(stack.queryApi.function.role).sort(byFirstAction)).toEqual(expected.sort(byFirstAction));
  });

  it('gives the functions no managed policies (no permission to create arbitrary log groups)', () => {
    for (const fn of [stack.ingest.function, stack.queryApi.function]) {
      expect(resource(fn.role).Properties.ManagedPolicyArns, fn.node.path).toBeUndefined();
    }
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

  it("gives both functions the table name, their service name, the stage's metric namespace and source-mapped stack traces", () => {
    for (const { name, fn } of functions()) {
      expect(resource(fn.fn).Properties.Environment.Variables, name).toMatchObject({
        TABLE_NAME: resolved(stack.storage.table.tableName),
        POWERTOOLS_SERVICE_NAME: name,
        POWERTOOLS_METRICS_NAMESPACE: 'NewsPipeline/dev',
        NODE_OPTIONS: '--enable-source-maps',
      });
    }
  });

  it('lets the query function send no CORS headers of its own: API Gateway answers CORS for configured origins', () => {
    expect(resource(stack.queryApi.function.fn).Properties.Environment.Variables.CORS_ALLOW_ORIGIN).toBe('');
  });

  it('logs each function to its own log group kept for one month', () => {
    for (const { name, fn } of functions()) {
      expect(resource(fn.fn).Properties.LoggingConfig, name).toEqual({ LogGroup: { Ref: logicalIdOf(fn.logGroup) } });
      expect(resource(fn.logGroup).Properties.RetentionInDays, name).toBe(30);
    }
  });

  it('bundles each function as a minified ESM file with the createRequire banner and a source map', () => {
    for (const { name, fn } of functions()) {
      const asset = fn.fn.node.findChild('Code') as Asset;
      const dir = path.join(app.outdir, asset.assetPath);
      const bundle = readFileSync(path.join(dir, 'index.mjs'), 'utf8');
      expect(bundle.startsWith(ESM_REQUIRE_BANNER), name).toBe(true);
      // Minified: long lines (unminified code averages well under 100 characters a line).
      expect(bundle.length / bundle.split('\n').length, name).toBeGreaterThan(500);
      expect(existsSync(path.join(dir, 'index.mjs.map')), name).toBe(true);
      expect(resource(fn.fn).Properties.Handler, name).toBe('index.handler');
    }
  });

  it('bundles the environment credential provider instead of the SDK default chain: Lambda passes credentials in variables', () => {
    for (const { name, fn } of functions()) {
      const asset = fn.fn.node.findChild('Code') as Asset;
      const sources = (JSON.parse(readFileSync(path.join(app.outdir, asset.assetPath, 'index.mjs.map'), 'utf8')) as { sources: string[] }).sources;
      expect(sources.some((s) => s.includes('credential-provider-env')), name).toBe(true);
      expect(sources.filter((s) => /credential-provider-(?:node|sso|ini|process|web-identity)\//.test(s)), name).toEqual([]);
    }
  });

  it('runs the bundled query function with credentials from the environment', () => {
    const asset = stack.queryApi.function.fn.node.findChild('Code') as Asset;
    const bundle = path.join(app.outdir, asset.assetPath, 'index.mjs');
    const script = `const { handler } = await import(${JSON.stringify(bundle)});
      const response = await handler({ rawPath: '/health', queryStringParameters: {}, requestContext: { http: { method: 'GET' } } });
      process.stdout.write(String(response.statusCode));`;

    const status = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', TABLE_NAME: 'articles', POWERTOOLS_LOG_LEVEL: 'SILENT' },
      encoding: 'utf8',
    });

    expect(status).toBe('200');
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
  const routes = (t: Template) => Object.values(t.findResources('AWS::ApiGatewayV2::Route')).map((route) => route.Properties);

  it('routes GET /articles, /articles/{id}, /quotes and a catch-all to the query function (and GET /upload-url to the upload signer, see web.test.ts)', () => {
    expect(routes(template).map((route) => route.RouteKey).sort()).toEqual(
      ['GET /articles', 'GET /articles/{id}', 'GET /quotes', 'GET /{proxy+}', 'GET /upload-url'].sort(),
    );
  });

  it('requires AWS IAM (SigV4) authorisation on every route by default', () => {
    expect(routes(template).map((route) => route.AuthorizationType)).toEqual(routes(template).map(() => 'AWS_IAM'));
  });

  it('configures no CORS unless origins are given', () => {
    expect(resource(stack.queryApi.api).Properties.CorsConfiguration).toBeUndefined();
  });

  it('throttles the default stage to 50 requests/s with bursts of 100 and writes JSON access logs with the caller', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('\\$context\\.requestId.*\\$context\\.identity\\.userArn'),
      },
    });
  });

  it('names the API after the stack', () => {
    expect(resource(stack.queryApi.api).Properties.Name).toBe('NewsPipeline-dev-query');
  });
});

describe('monitoring', () => {
  const alarms = () => Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties);
  const alarmNamed = (name: string) => {
    const found = alarms().find((alarm) => alarm.AlarmName === `NewsPipeline-dev-${name}`);
    if (!found) throw new Error(`no alarm ${name}`);
    return found;
  };

  it('alarms as soon as one message is in the dead-letter queue', () => {
    expect(alarmNamed('DeadLetters')).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: resolved(stack.ingest.deadLetterQueue.queueName) }],
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Threshold: 1,
    });
  });

  it('alarms when the oldest waiting message is older than 15 minutes, beyond one retry cycle', () => {
    const visibilityTimeout = resource(stack.ingest.queue).Properties.VisibilityTimeout as number;
    const alarm = alarmNamed('IngestBacklogAge');
    expect(alarm).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: resolved(stack.ingest.queue.queueName) }],
      Threshold: 900,
    });
    expect(alarm.Threshold).toBeGreaterThan(visibilityTimeout);
  });

  it('alarms on any error or throttle of either function', () => {
    for (const [name, fn] of [['Ingest', stack.ingest.function.fn], ['Query', stack.queryApi.function.fn]] as const) {
      for (const metric of ['Errors', 'Throttles']) {
        expect(alarmNamed(`${name}${metric}`), `${name}${metric}`).toMatchObject({
          Namespace: 'AWS/Lambda',
          MetricName: metric,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalIdOf(fn) } }],
          Statistic: 'Sum',
          Threshold: 1,
        });
      }
    }
  });

  it('alarms on any 5xx answer of the API', () => {
    expect(alarmNamed('Api5xx')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: resolved(stack.queryApi.api.apiId) }],
      Threshold: 1,
    });
  });

  it('treats missing data as fine, so an idle pipeline is not in alarm', () => {
    expect(new Set(alarms().map((alarm) => alarm.TreatMissingData))).toEqual(new Set(['notBreaching']));
  });

  it('creates no alarm topic when no alarm e-mail is configured', () => {
    template.resourceCountIs('AWS::SNS::Topic', 0);
    expect(alarms().flatMap((alarm) => alarm.AlarmActions ?? [])).toEqual([]);
  });

  it('graphs every ingest metric by the names the function emits, in the stage namespace', () => {
    const body = resource(stack.monitoring.dashboard).Properties.DashboardBody['Fn::Join'][1];
    const text = body.filter((part: unknown) => typeof part === 'string').join('');
    const names = [...Object.values(INGEST_METRIC), ...['PROCESSED', 'REJECTED', 'FAILED'].map(articlesMetric)];
    for (const name of names) expect(text, name).toContain(`["NewsPipeline/dev","${name}","service","ingest"`);
  });

  it('names the dashboard after the stack', () => {
    expect(resource(stack.monitoring.dashboard).Properties.DashboardName).toBe('NewsPipeline-dev');
  });
});

describe('outputs', () => {
  it('exports what the operations tools and users need: bucket, API URL, table, queues, dashboard', () => {
    expect(Object.keys(template.findOutputs('*')).sort()).toEqual(Object.values(OUTPUT).sort());
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('passes with no unacknowledged errors or warnings', () => {
    expect(nagFindings(app)).toEqual([]);
  });
});

describe('stage prod with an alarm e-mail, a JWT authoriser and CORS origins', () => {
  let prod: Synthesized;

  beforeAll(() => {
    prod = synthesize({
      stage: 'prod',
      alarmEmail: 'ops@example.com',
      jwtIssuer: 'https://issuer.example.com/',
      jwtAudience: 'news-api,news-web',
      corsOrigins: 'https://app.example.com,https://admin.example.com',
    });
  });

  it('names the stack, alarms, dashboard and metric namespace after the stage', () => {
    expect(prod.stack.stackName).toBe('NewsPipeline-prod');
    expect(resourceIn(prod.template, prod.stack.monitoring.dashboard).Properties.DashboardName).toBe('NewsPipeline-prod');
    const alarmNames = Object.values(prod.template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties.AlarmName);
    expect(alarmNames.every((name: string) => name.startsWith('NewsPipeline-prod-'))).toBe(true);
    expect(resourceIn(prod.template, prod.stack.ingest.function.fn).Properties.Environment.Variables.POWERTOOLS_METRICS_NAMESPACE).toBe(
      'NewsPipeline/prod',
    );
  });

  it('protects the table from deletion and retains the data', () => {
    const table = resourceIn(prod.template, prod.stack.storage.table);
    expect([table.Properties.DeletionProtectionEnabled, table.DeletionPolicy]).toEqual([true, 'Retain']);
  });

  it('sends every alarm and its recovery to an SNS topic that e-mails the configured address', () => {
    const topicRef = { Ref: logicalIdOf(prod.stack.monitoring.alarmTopic!) };
    prod.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com', TopicArn: topicRef });
    for (const alarm of Object.values(prod.template.findResources('AWS::CloudWatch::Alarm'))) {
      expect([alarm.Properties.AlarmActions, alarm.Properties.OKActions], alarm.Properties.AlarmName).toEqual([[topicRef], [topicRef]]);
    }
  });

  it('denies non-TLS publishing to the alarm topic', () => {
    prod.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('authorises every route with a JWT from the configured issuer and audiences', () => {
    const authorizer = prod.template.findResources('AWS::ApiGatewayV2::Authorizer');
    const [id, props] = Object.entries(authorizer).map(([key, value]) => [key, value.Properties] as const)[0]!;
    expect(props).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: 'https://issuer.example.com/', Audience: ['news-api', 'news-web'] },
    });
    for (const route of Object.values(prod.template.findResources('AWS::ApiGatewayV2::Route'))) {
      expect(route.Properties, route.Properties.RouteKey).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: id } });
    }
  });

  it('allows GET from the configured origins only, with the headers a signed request carries', () => {
    expect(resourceIn(prod.template, prod.stack.queryApi.api).Properties.CorsConfiguration).toEqual({
      AllowOrigins: ['https://app.example.com', 'https://admin.example.com'],
      AllowMethods: ['GET', 'OPTIONS'],
      AllowHeaders: ['authorization', 'content-type', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'],
      MaxAge: 3600,
    });
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged errors or warnings', () => {
    expect(nagFindings(prod.app)).toEqual([]);
  });
});

describe('with context removal=destroy', () => {
  let throwaway: Synthesized;

  beforeAll(() => {
    throwaway = synthesize({ removal: 'destroy' });
  });

  it('deletes the table and both buckets with the stack, emptying the buckets first', () => {
    const { storage } = throwaway.stack;
    for (const construct of [storage.table, storage.bucket, storage.accessLogsBucket]) {
      expect(resourceIn(throwaway.template, construct).DeletionPolicy, construct.node.path).toBe('Delete');
    }
    throwaway.template.resourceCountIs('Custom::S3AutoDeleteObjects', 2);
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged errors or warnings', () => {
    expect(nagFindings(throwaway.app)).toEqual([]);
  });
});

describe('with context tableBilling=provisioned', () => {
  let provisioned: Synthesized;

  beforeAll(() => {
    provisioned = synthesize({
      tableBilling: 'provisioned',
      writeCapacity: '10',
      maxWriteCapacity: '200',
      readCapacity: '5',
      maxReadCapacity: '50',
      indexWriteCapacity: '2',
    });
  });

  const tableRef = () => ({ Ref: logicalIdOf(provisioned.stack.storage.table) });
  /** The table's scalable targets, by ResourceId (table or index) and dimension, with their range and target tracking policy. */
  function scaling(): Record<string, { min: number; max: number; metric: string; target: number }> {
    const targets = provisioned.template.findResources('AWS::ApplicationAutoScaling::ScalableTarget');
    const policies = Object.values(provisioned.template.findResources('AWS::ApplicationAutoScaling::ScalingPolicy'));
    return Object.fromEntries(
      Object.entries(targets).map(([id, target]) => {
        const p = target.Properties;
        const policy = policies.find((x) => x.Properties.ScalingTargetId?.Ref === id)!.Properties;
        const resourceId = JSON.stringify(p.ResourceId).includes('/index/') ? 'index' : 'table';
        return [
          `${resourceId} ${p.ScalableDimension}`,
          {
            min: p.MinCapacity,
            max: p.MaxCapacity,
            metric: policy.TargetTrackingScalingPolicyConfiguration.PredefinedMetricSpecification.PredefinedMetricType,
            target: policy.TargetTrackingScalingPolicyConfiguration.TargetValue,
          },
        ];
      }),
    );
  }

  it('bills the table by provisioned capacity, starting at the minimums, the index at its own', () => {
    const table = resourceIn(provisioned.template, provisioned.stack.storage.table).Properties;
    // CloudFormation's default billing mode is PROVISIONED; CDK leaves the property out for it.
    expect(table.BillingMode ?? 'PROVISIONED').toBe('PROVISIONED');
    expect(table.ProvisionedThroughput).toEqual({ WriteCapacityUnits: 10, ReadCapacityUnits: 5 });
    expect(table.GlobalSecondaryIndexes.map((gsi: any) => [gsi.IndexName, gsi.ProvisionedThroughput])).toEqual(
      GSIS.map((gsi) => [gsi.name, { WriteCapacityUnits: 2, ReadCapacityUnits: 1 }]),
    );
  });

  it('scales table and index reads and writes by target tracking at 70% utilisation between the configured minimums and maximums', () => {
    expect(scaling()).toEqual({
      'table dynamodb:table:WriteCapacityUnits': { min: 10, max: 200, metric: 'DynamoDBWriteCapacityUtilization', target: 70 },
      'table dynamodb:table:ReadCapacityUnits': { min: 5, max: 50, metric: 'DynamoDBReadCapacityUtilization', target: 70 },
      'index dynamodb:index:WriteCapacityUnits': { min: 2, max: 200, metric: 'DynamoDBWriteCapacityUtilization', target: 70 },
      'index dynamodb:index:ReadCapacityUnits': { min: 1, max: 50, metric: 'DynamoDBReadCapacityUtilization', target: 70 },
    });
  });

  it('points the scalable targets at this table and its EntitiesByType index, through the DynamoDB auto scaling service-linked role', () => {
    const ids = Object.values(provisioned.template.findResources('AWS::ApplicationAutoScaling::ScalableTarget')).map((t) => t.Properties.ResourceId);
    const tableId = { 'Fn::Join': ['', ['table/', tableRef()]] };
    const indexIds = GSIS.map((gsi) => ({ 'Fn::Join': ['', ['table/', tableRef(), `/index/${gsi.name}`]] }));
    expect(ids).toEqual(expect.arrayContaining([tableId, tableId, ...indexIds, ...indexIds]));
    expect(ids).toHaveLength(2 + 2 * GSIS.length);
    for (const target of Object.values(provisioned.template.findResources('AWS::ApplicationAutoScaling::ScalableTarget'))) {
      expect(JSON.stringify(target.Properties.RoleARN)).toContain('AWSServiceRoleForApplicationAutoScaling_DynamoDBTable');
    }
    const roles = (t: Template) => Object.keys(t.findResources('AWS::IAM::Role')).length;
    expect(roles(provisioned.template), 'no role of its own for auto scaling').toBe(roles(template));
  });

  it('keeps point-in-time recovery on', () => {
    expect(resourceIn(provisioned.template, provisioned.stack.storage.table).Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged errors or warnings', () => {
    expect(nagFindings(provisioned.app)).toEqual([]);
  });
});
