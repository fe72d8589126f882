/**
 * The read path: an HTTP API in front of the query Lambda, which may only
 * read the table. Routing lives in shared/api; the catch-all route means a
 * new endpoint needs no infrastructure change.
 */
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { logicalIdOf } from '../logical-id.js';
import { PipelineFunction } from './function-settings.js';

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
  }),
);

export interface QueryApiProps {
  readonly table: dynamodb.Table;
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
      serviceName: 'query',
      tableName: props.table.tableName,
      removalPolicy: props.removalPolicy,
    });
    // Read-only: the API never writes.
    props.table.grantReadData(this.function.fn);
    Validations.of(this.function.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(props.table)}.Arn>/index/*]`,
      reason: "Read access to the table's own GSIs, which serve quotes by speaker and articles by date.",
    });

    this.api = new apigw.HttpApi(this, 'HttpApi', {
      description: 'Read-only query API over extracted articles, quotes and events',
      // The default stage is created below with throttling and access logs.
      createDefaultStage: false,
    });

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy,
    });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: HTTP_API_ACCESS_LOG_FORMAT,
      },
    });

    const integration = new HttpLambdaIntegration('QueryIntegration', this.function.fn);
    for (const path of QUERY_ROUTES) {
      const routes = this.api.addRoutes({ path, methods: [apigw.HttpMethod.GET], integration });
      for (const route of routes) {
        Validations.of(route).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'Public read-only API over extracted news data (no write access, no personal accounts); bounded by stage throttling. Add a JWT or IAM authorizer here if the data becomes private.',
        });
      }
    }
  }

  /** The invoke URL of the default stage. */
  get url(): string {
    const stack = Stack.of(this);
    return `https://${this.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}/`;
  }
}
