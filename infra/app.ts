/**
 * CDK entry (cdk.json runs `npx tsx infra/app.ts`).
 * The stage comes from context (`-c stage=prod`, see stage-config.ts) and
 * names the stack: NewsPipeline-dev by default.
 * cdk-nag's AwsSolutions pack runs as a policy-validation plugin during
 * synth: any finding not acknowledged with a reason fails `cdk synth`.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PipelineStack } from './pipeline-stack.js';
import { stageConfigFrom } from './stage-config.js';

const app = new App();
const config = stageConfigFrom((key) => app.node.tryGetContext(key));

new PipelineStack(app, config.stackName, {
  config,
  description: `News articles → entities, quotes and events (${config.stage}): S3 → SQS → Lambda → DynamoDB, HTTP query API`,
  // Environment-agnostic unless the CLI supplies an account/region.
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});

// cdk-nag 3.x is a validation plugin (the v2 `Aspects.of(app).add(...)` style no longer exists).
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
