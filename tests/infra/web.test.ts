/**
 * The reader view on AWS (infra/constructs/web.ts), read from the
 * synthesized template: the built page in a private bucket behind
 * CloudFront with origin access control, the API behind the same
 * distribution, and uploads signed by a function that may only put objects
 * under incoming/web/. Synthesized once, with the page really built.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_PATH_PATTERNS } from '../../infra/constructs/web.js';
import { logicalIdOf } from '../../infra/logical-id.js';
import { OUTPUT, PipelineStack } from '../../infra/pipeline-stack.js';
import { stageConfigFrom } from '../../infra/stage-config.js';
import { ROUTES } from '../../shared/api/router.js';

let app: App;
let stack: PipelineStack;
let template: Template;

beforeAll(() => {
  app = new App();
  const config = stageConfigFrom((key) => app.node.tryGetContext(key));
  stack = new PipelineStack(app, config.stackName, { config });
  template = Template.fromStack(stack);
});

const resource = (construct: IConstruct) => template.toJSON().Resources[logicalIdOf(construct)];
const resolved = (value: unknown) => stack.resolve(value);
const distributionConfig = () => resource(stack.web.distribution).Properties.DistributionConfig;
const behaviorFor = (pattern: string) => distributionConfig().CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === pattern);
const responseHeaders = (policyId: string) => template.toJSON().Resources[policyId].Properties.ResponseHeadersPolicyConfig;

describe('the page bucket', () => {
  it('blocks public access, requires TLS, encrypts, and logs access to the access-log bucket', () => {
    const props = resource(stack.web.siteBucket).Properties;

    expect(props.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
    });
    expect(props.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(props.LoggingConfiguration.DestinationBucketName).toEqual(resolved(stack.storage.accessLogsBucket.bucketName));
  });

  it('lets only this distribution read it, through origin access control', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' }),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: resolved(stack.web.siteBucket.bucketName),
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Action: 's3:GetObject',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
        })]),
      },
    });
  });

  it('receives the built page: index.html and its hashed script and stylesheet', () => {
    const asset = stack.web.deployment.node.findChild('Asset1') as Asset;
    const dir = path.join(app.outdir, asset.assetPath);

    expect(readdirSync(dir).sort()).toEqual(['assets', 'index.html']);
    expect(readdirSync(path.join(dir, 'assets')).map((name) => name.replace(/^app-\w+\./, 'app-<hash>.')).sort()).toEqual(['app-<hash>.css', 'app-<hash>.js']);
  });

  it('invalidates the page, not the hashed assets, after each deploy', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', { DistributionPaths: ['/', '/index.html'] });
  });
});

describe('the distribution', () => {
  it('serves index.html at / over HTTPS only', () => {
    expect(distributionConfig()).toMatchObject({
      DefaultRootObject: 'index.html',
      DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] },
    });
  });

  it('sends the page with a Content-Security-Policy allowing only its own origin and the articles bucket, nosniff, no referrer, HSTS and no-cache', () => {
    const config = responseHeaders(distributionConfig().DefaultCacheBehavior.ResponseHeadersPolicyId.Ref);
    const csp = JSON.stringify(resolved(config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy));

    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' https://");
    expect(csp).toContain(logicalIdOf(stack.storage.bucket));
    expect(config.SecurityHeadersConfig).toMatchObject({
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer' },
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31536000 },
    });
    expect(config.CustomHeadersConfig.Items).toEqual([{ Header: 'cache-control', Value: 'no-cache', Override: true }]);
  });

  it('lets browsers cache the hashed assets for a year', () => {
    const config = responseHeaders(behaviorFor('/assets/*').ResponseHeadersPolicyId.Ref);

    expect(config.CustomHeadersConfig.Items).toEqual([{ Header: 'cache-control', Value: 'public, max-age=31536000, immutable', Override: true }]);
  });

  it('sends every API path to the HTTP API, one pattern per first segment of its routes', () => {
    const firstSegments = [...new Set(ROUTES.map((r) => r.path.split('/')[1]))];

    expect(API_PATH_PATTERNS).toEqual(firstSegments.map((segment) => `/${segment}*`));
    for (const pattern of API_PATH_PATTERNS) expect(behaviorFor(pattern), pattern).toMatchObject({ ViewerProtocolPolicy: 'https-only' });
  });

  it('never caches API answers and forwards Authorization, so the API authoriser sees the caller', () => {
    const policyId = behaviorFor('/articles*').CachePolicyId.Ref;
    const config = template.toJSON().Resources[policyId].Properties.CachePolicyConfig;

    expect(config).toMatchObject({ DefaultTTL: 0, MinTTL: 0, MaxTTL: 1 });
    expect(config.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig).toEqual({ HeaderBehavior: 'whitelist', Headers: ['authorization'] });
  });

  it('is the WebUrl output', () => {
    expect(template.findOutputs(OUTPUT.webUrl)[OUTPUT.webUrl]!.Value).toEqual(resolved(stack.web.url));
  });
});

describe('uploads', () => {
  const uploadRole = () => stack.web.uploadFunction.role;

  it('routes GET /upload-url to the upload signer behind the API authoriser', () => {
    const route = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).find((r) => r.Properties.RouteKey === 'GET /upload-url')!;

    expect(route.Properties.AuthorizationType).toBe('AWS_IAM');
    expect(JSON.stringify(route.Properties.Target)).toContain('UploadUrlIntegration');
  });

  it('lets the signer put objects under incoming/web/ only: no reads, no deletes, no table', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: Match.arrayWith([{ Ref: logicalIdOf(uploadRole()) }]) },
    }));
    const s3Statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement).filter((s) => JSON.stringify(s.Action).includes('s3:'));
    const tableStatements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement).filter((s) => JSON.stringify(s.Action).includes('dynamodb:'));

    expect(s3Statements).toEqual([{ Effect: 'Allow', Action: 's3:PutObject', Resource: resolved(stack.storage.bucket.arnForObjects('incoming/web/*')) }]);
    expect(tableStatements).toEqual([]);
  });

  it('tells the signer which bucket to sign for', () => {
    expect(resource(stack.web.uploadFunction.fn).Properties.Environment.Variables.UPLOAD_BUCKET).toEqual(resolved(stack.storage.bucket.bucketName));
  });

  it('lets browsers PUT to the articles bucket with a Content-Type (the presigned URL is the permission)', () => {
    expect(resource(stack.storage.bucket).Properties.CorsConfiguration.CorsRules).toEqual([
      expect.objectContaining({ AllowedMethods: ['PUT'], AllowedHeaders: ['content-type'], AllowedOrigins: ['*'] }),
    ]);
  });
});

describe('cdk-nag AwsSolutions', () => {
  const webFindings = (scope: App): string[] =>
    new AwsSolutionsChecks().validateScope(scope).violations
      .flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath ?? '?'}`))
      .filter((finding) => /\/Web\/|CDKBucketDeployment/.test(finding));

  it('finds nothing unacknowledged in the reader view or its deployment', () => {
    expect(webFindings(app)).toEqual([]);
  });

  it('finds nothing unacknowledged either when the CLI knows the account and region (they appear in the asset bucket name)', () => {
    const deployed = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const config = stageConfigFrom((key) => deployed.node.tryGetContext(key));
    new PipelineStack(deployed, config.stackName, { config, env: { account: '123456789012', region: 'eu-west-1' } });

    expect(webFindings(deployed)).toEqual([]);
  });
});
