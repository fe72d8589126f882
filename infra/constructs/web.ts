/**
 * The reader view on AWS: the built page (shared/web) in a private S3
 * bucket behind CloudFront with origin access control, and the query API
 * behind the same distribution, so the page calls the API on its own origin
 * (no CORS, the same layout as `npm start`: page at `/`, API beside it).
 *
 * Why CloudFront + S3 rather than serving the page from the API: static
 * files cost no Lambda invocations and are cached at the edge (hashed
 * assets for a year), the page gets its security headers from one response
 * headers policy, and the API keeps every route behind its authoriser. The
 * page sends the `Authorization` header the API's JWT authoriser checks
 * (CloudFront forwards it through the API behaviours' cache policy); with
 * the default IAM authoriser a browser cannot sign requests, so the page
 * says the API refused it. Deploy with `-c jwtIssuer=… -c jwtAudience=…` for
 * browser use.
 *
 * Uploads: `GET /upload-url` is routed to its own function
 * (functions/upload-url: the query API with uploads switched on), the only one allowed `s3:PutObject`, and
 * only under `incoming/web/`; the query function stays read-only. The
 * articles bucket lets browsers PUT with a presigned URL (CORS).
 */
import path from 'node:path';
import { DockerImage, Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { ROUTES } from '../../shared/api/router.js';
import { UPLOAD_BUCKET_ENV, UPLOAD_CORS_RULE, UPLOAD_KEY_PREFIX } from '../../shared/api/upload.js';
import { SERVICE } from '../../shared/observability/metrics.js';
import { ASSETS_PATH, CACHE_CONTROL, contentSecurityPolicy } from '../../shared/web/assets.js';
import { buildWebSync } from '../../shared/web/build.js';
import { PipelineFunction, REPO_ROOT } from './function-settings.js';
import type { QueryApi } from './query-api.js';

/** The CloudFront path patterns that go to the API: one per first path segment of its routes. */
export const API_PATH_PATTERNS: readonly string[] = [...new Set(ROUTES.map((route) => `/${route.path.split('/')[1]}*`))];

export const UPLOAD_ROUTE = '/upload-url';

export interface WebProps {
  /** The articles bucket: uploads go under `incoming/web/`. */
  readonly bucket: s3.Bucket;
  /** Where the page bucket's S3 server access logs go. */
  readonly accessLogsBucket: s3.IBucket;
  readonly queryApi: QueryApi;
  readonly stage: string;
  readonly tableName: string;
  readonly removalPolicy: RemovalPolicy;
}

export class Web extends Construct {
  readonly siteBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly uploadFunction: PipelineFunction;
  readonly deployment: s3deploy.BucketDeployment;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);
    const stack = Stack.of(this);

    // Only build output lives here: the deployment removes it with the stack, so the bucket can always go.
    this.siteBucket = new s3.Bucket(this, 'SiteBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.DESTROY,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'web-bucket/',
    });

    this.uploadFunction = new PipelineFunction(this, 'UploadUrlFunction', {
      entry: 'functions/upload-url/handler.ts',
      description: `Signs browser uploads (GET ${UPLOAD_ROUTE}): presigned S3 PUT URLs under ${UPLOAD_KEY_PREFIX}`,
      memorySize: 256,
      timeout: Duration.seconds(5),
      serviceName: SERVICE.query,
      stage: props.stage,
      tableName: props.tableName,
      removalPolicy: props.removalPolicy,
      environment: { [UPLOAD_BUCKET_ENV]: props.bucket.bucketName },
    });
    // A presigned URL carries its signer's permissions: this is all an upload can do.
    this.uploadFunction.role.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['s3:PutObject'],
      resources: [props.bucket.arnForObjects(`${UPLOAD_KEY_PREFIX}*`)],
    }));
    Validations.of(this.uploadFunction.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(props.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/${UPLOAD_KEY_PREFIX}*]`,
      reason: `Uploads get fresh keys under ${UPLOAD_KEY_PREFIX}; the signer may put objects there and nowhere else.`,
    });
    props.queryApi.api.addRoutes({
      path: UPLOAD_ROUTE,
      methods: [apigw.HttpMethod.GET],
      integration: new HttpLambdaIntegration('UploadUrlIntegration', this.uploadFunction.fn),
    });

    const uploadOrigin = `https://${props.bucket.bucketRegionalDomainName}`;
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `${stack.stackName} reader view and API`,
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      defaultBehavior: this.pageBehavior('PagePolicy', CACHE_CONTROL.page, uploadOrigin),
      additionalBehaviors: {
        [`${ASSETS_PATH}*`]: this.pageBehavior('AssetsPolicy', CACHE_CONTROL.immutable, uploadOrigin),
        ...this.apiBehaviors(props.queryApi),
      },
    });
    acknowledgeDistribution(this.distribution);

    // The signature is the permission: CORS only lets a browser send a PUT it already holds a URL for.
    // (Naming the distribution here would make a cycle: its CSP names this bucket.)
    props.bucket.addCorsRule({
      allowedOrigins: ['*'],
      allowedMethods: UPLOAD_CORS_RULE.allowedMethods.map((method) => s3.HttpMethods[method]),
      allowedHeaders: [...UPLOAD_CORS_RULE.allowedHeaders],
      exposedHeaders: [...UPLOAD_CORS_RULE.exposedHeaders],
      maxAge: UPLOAD_CORS_RULE.maxAgeSeconds,
    });

    this.deployment = new s3deploy.BucketDeployment(this, 'Deployment', {
      sources: [s3deploy.Source.asset(path.join(REPO_ROOT, 'shared/web'), {
        exclude: ['dist'],
        bundling: {
          // Built with the local esbuild (as the functions are); the image is never pulled.
          image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
          local: { tryBundle: (outputDir) => (buildWebSync(outputDir), true) },
        },
      })],
      destinationBucket: this.siteBucket,
      distribution: this.distribution,
      // The page must be fresh after a deploy; hashed assets never change under their names.
      distributionPaths: ['/', '/index.html'],
      retainOnDelete: false,
    });
    acknowledgeDeploymentHandler(stack, this.siteBucket);
  }

  /** The page's address. */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}/`;
  }

  /** The page and its assets from S3 (OAC), with the page's security headers and cache lifetime. */
  private pageBehavior(id: string, cacheControl: string, uploadOrigin: string): cloudfront.BehaviorOptions {
    const responseHeadersPolicy = new cloudfront.ResponseHeadersPolicy(this, id, {
      comment: `Reader view: security headers, cache-control ${cacheControl}`,
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy([uploadOrigin]), override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
      customHeadersBehavior: { customHeaders: [{ header: 'cache-control', value: cacheControl, override: true }] },
    });
    return {
      origin: origins.S3BucketOrigin.withOriginAccessControl(this.siteBucket),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy,
      compress: true,
    };
  }

  /**
   * Every API path to the HTTP API, uncached. The Authorization header can
   * only reach an origin as part of a cache key, so the policy keys on it
   * (with a 1 s ceiling: the API itself answers `no-store`).
   */
  private apiBehaviors(queryApi: QueryApi): Record<string, cloudfront.BehaviorOptions> {
    const stack = Stack.of(this);
    const origin = new origins.HttpOrigin(`${queryApi.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
    });
    const cachePolicy = new cloudfront.CachePolicy(this, 'ApiCachePolicy', {
      comment: 'Query API: no caching; forwards Authorization',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: cloudfront.CacheHeaderBehavior.allowList('authorization'),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
    });
    const behavior: cloudfront.BehaviorOptions = {
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      cachePolicy,
      // Everything but Host: API Gateway routes by its own host name.
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };
    return Object.fromEntries(API_PATH_PATTERNS.map((pattern) => [pattern, behavior]));
  }
}

function acknowledgeDistribution(distribution: cloudfront.Distribution): void {
  Validations.of(distribution).acknowledge(
    {
      id: 'AwsSolutions-CFR1',
      reason: 'Analysts may read from anywhere; access to data is decided by the API authoriser, not by country.',
    },
    {
      id: 'AwsSolutions-CFR2',
      reason:
        'Every data request passes the API authoriser and the stage throttle (50 req/s); a WAF web ACL (created in us-east-1) can be attached when the page is exposed widely.',
    },
    {
      id: 'AwsSolutions-CFR3',
      reason:
        'CloudFront standard logs need an ACL-enabled bucket and every bucket here keeps ACLs disabled; API requests are in the HTTP API access log with the caller, page fetches in the site bucket S3 access log.',
    },
    {
      id: 'AwsSolutions-CFR4',
      reason:
        'Uses the default *.cloudfront.net certificate, whose security policy CloudFront fixes; a custom domain with an ACM certificate can require TLSv1.2_2021.',
    },
  );
}

/**
 * BucketDeployment's handler is a CDK-provided singleton at stack level that
 * copies the built page into the bucket at deploy time; its shape is fixed by CDK.
 */
function acknowledgeDeploymentHandler(stack: Stack, siteBucket: s3.Bucket): void {
  // The CDK asset bucket's name holds the account and region when the CLI knows them.
  const known = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);
  const wildcards = [
    'Action::s3:GetObject*', 'Action::s3:GetBucket*', 'Action::s3:List*', 'Action::s3:DeleteObject*', 'Action::s3:Abort*',
    `Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${known(stack.account, 'AccountId')}-${known(stack.region, 'Region')}/*`,
    `Resource::<${stack.getLogicalId(siteBucket.node.defaultChild as s3.CfnBucket)}.Arn>/*`,
    'Resource::*',
  ];
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
    Validations.of(child).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'CDK-provided deploy-time handler that copies the built page into its bucket; CDK fixes its role.',
      },
      ...wildcards.map((finding) => ({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason: 'CDK grants its deploy-time handler read of the asset, sync of the site bucket and invalidation of the distribution (CloudFront takes no narrower resource).',
      })),
      { id: 'AwsSolutions-L1', reason: 'CDK pins the runtime of its deploy-time handler.' },
    );
  }
}
