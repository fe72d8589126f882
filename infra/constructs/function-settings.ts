/**
 * One place for the settings every Lambda of the pipeline shares, so the
 * ingest and query functions can only differ where they are meant to
 * (entry, memory, timeout, environment).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { metricsNamespace } from '../../shared/observability/metrics.js';
import type { ServiceName } from '../../shared/observability/logger.js';

/** The SDK's default credential chain, and the module that replaces it in Lambda bundles. */
export const CREDENTIAL_CHAIN = '@aws-sdk/credential-provider-node';
export const LAMBDA_CREDENTIALS = 'shared/lambda-credentials.ts';

/** The repository root: bundling resolves entries and node_modules from here. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * ESM bundles cannot `require`, but some CJS dependencies (bundled AWS SDK
 * internals among them) still call it; this gives them a working one.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export interface PipelineFunctionProps {
  /** Entry file relative to the repository root, exporting `handler`. */
  readonly entry: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  /** Service name for Powertools logs and metrics. */
  readonly serviceName: ServiceName;
  /** The deployment stage: its metrics get their own namespace. */
  readonly stage: string;
  readonly tableName: string;
  /** Variables of this function only, beside the common ones. */
  readonly environment?: Record<string, string>;
  readonly description?: string;
  /** What happens to the log group when the stack is deleted. */
  readonly removalPolicy: RemovalPolicy;
}

/**
 * A NodejsFunction with the project's common settings, its own log group
 * (retention one month) and its own role that may write only to that log
 * group: grants are added by the construct that owns the function's job.
 */
export class PipelineFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: logs.LogGroup;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy,
    });

    // An explicit role instead of AWSLambdaBasicExecutionRole: that managed
    // policy lets the function create any log group; this one writes to its own.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${props.serviceName} function`,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: path.join(REPO_ROOT, props.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        TABLE_NAME: props.tableName,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: metricsNamespace(props.stage),
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        minify: true,
        sourceMap: true,
        target: 'node22',
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        // Bundle the AWS SDK v3 too, so the deployed code runs the versions
        // pinned in package-lock.json rather than whatever the runtime ships.
        externalModules: [],
        bundleAwsSDK: true,
        // No Docker on the build machine: bundle with the local esbuild.
        forceDockerBundling: false,
        // Lambda hands credentials in environment variables: the SDK's default provider chain
        // (SSO, INI, process, web identity, IMDS and their STS/SSO clients) is swapped for the
        // environment provider, a third of the query bundle (shared/lambda-credentials.ts).
        esbuildArgs: { [`--alias:${CREDENTIAL_CHAIN}`]: `./${LAMBDA_CREDENTIALS}` },
      },
    });

    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to nodejs22.x on purpose: the bundle targets node22 and the code is tested on it; moving to a newer runtime is a deliberate, tested change.',
    });
    // X-Ray's PutTraceSegments/PutTelemetryRecords do not support resource-level permissions.
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Active X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords only accept Resource "*".',
    });
  }
}
