/**
 * The read path: an HTTP API in front of the query Lambda, which may only
 * read the table. Routing lives in shared/api; the catch-all route means a
 * new endpoint needs no infrastructure change.
 *
 * Every route needs a signed-in caller: AWS IAM (SigV4, `execute-api:Invoke`)
 * by default, or a JWT from the configured issuer and audience. Browser
 * origins are allowed only when configured; API Gateway then answers CORS
 * preflights itself, without the authoriser.
 */
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer, HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { SERVICE } from '../../shared/observability/metrics.js';
import { logicalIdOf } from '../logical-id.js';
import type { ApiAuth } from '../stage-config.js';
import { PipelineFunction } from './function-settings.js';

/** The query function may read, never write; it answers every pattern with GetItem or Query, never Scan. */
export const QUERY_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;

/** Stage-wide limits: a runaway client costs at most this much. */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

/** Explicit routes, documented in the API; anything else reaches the handler via /{proxy+}. */
export const QUERY_ROUTES = ['/articles', '/articles/{id}', '/quotes', '/{proxy+}'] as const;

/**
 * One JSON line per request, using only $context variables HTTP APIs
 * support (the REST-style common log format refers to some they lack).
 */
const HTTP_API_ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    ip: '$context.identity.sourceIp',
    requestTime: '$context.requestTime',
    method: '$context.httpMethod',
    routeKey: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
    caller: '$context.identity.userArn',
    authorizerError: '$context.authorizer.error',
  }),
);

export interface QueryApiProps {
  readonly table: dynamodb.Table;
  readonly stage: string;
  readonly auth: ApiAuth;
  /** Origins allowed to call the API from a browser; none: no CORS. */
  readonly corsOrigins: readonly string[];
  readonly removalPolicy: RemovalPolicy;
}

export class QueryApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly function: PipelineFunction;

  constructor(scope: Construct, id: string, props: QueryApiProps) {
    super(scope, id);

    this.function = new PipelineFunction(this, 'QueryFunction', {
      entry: 'functions/query/handler.ts',
      description: 'Serves articles, quotes and events over the HTTP API',
      memorySize: 512,
      timeout: Duration.seconds(10),
      serviceName: SERVICE.query,
      stage: props.stage,
      tableName: props.table.tableName,
      // API Gateway answers CORS for the configured origins (and ignores the function's CORS headers
      // then); without any, the function must not allow every origin on its own.
      environment: { CORS_ALLOW_ORIGIN: '' },
      removalPolicy: props.removalPolicy,
    });
    props.table.grants.actions(this.function.fn, ...QUERY_TABLE_ACTIONS);
    Validations.of(this.function.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(props.table)}.Arn>/index/*]`,
      reason: "Read access to the table's own GSIs, which serve quotes by speaker and articles by date.",
    });

    this.api = new apigw.HttpApi(this, 'HttpApi', {
      apiName: `${Stack.of(this).stackName}-query`,
      description: 'Read-only query API over extracted articles, quotes and events',
      // The default stage is created below with throttling and access logs.
      createDefaultStage: false,
      defaultAuthorizer: authorizerFor(props.auth),
      ...(props.corsOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: [...props.corsOrigins],
              allowMethods: [apigw.CorsHttpMethod.GET, apigw.CorsHttpMethod.OPTIONS],
              // What a browser sends with a SigV4-signed or bearer-token request.
              allowHeaders: ['authorization', 'content-type', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy,
    });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { ...API_THROTTLE },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: HTTP_API_ACCESS_LOG_FORMAT,
      },
    });

    const integration = new HttpLambdaIntegration('QueryIntegration', this.function.fn);
    for (const path of QUERY_ROUTES) this.api.addRoutes({ path, methods: [apigw.HttpMethod.GET], integration });
  }

  /** The invoke URL of the default stage. */
  get url(): string {
    const stack = Stack.of(this);
    return `https://${this.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}/`;
  }
}

function authorizerFor(auth: ApiAuth): apigw.IHttpRouteAuthorizer {
  if (auth.kind === 'iam') return new HttpIamAuthorizer();
  return new HttpJwtAuthorizer('JwtAuthorizer', auth.issuer, { jwtAudience: [...auth.audience] });
}
