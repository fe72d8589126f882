import { CfnElement, Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

/**
 * The CloudFormation logical id of an L2 construct's resource. cdk-nag names
 * resources by it in findings such as `AwsSolutions-IAM5[Resource::<Id.Arn>/*]`,
 * so acknowledging one finding precisely needs it.
 */
export function logicalIdOf(construct: Construct): string {
  const cfn = construct.node.defaultChild;
  if (!(cfn instanceof CfnElement)) {
    throw new Error(`${construct.node.path} has no default CloudFormation resource`);
  }
  return Stack.of(cfn).getLogicalId(cfn);
}
