/**
 * Which pipeline the operations tools act on, and with which clients: a
 * deployed stack (found by its CloudFormation outputs) or the local stack of
 * a running `npm start` (found by its ports). Either way the tools then use
 * the same S3 and SQS calls.
 */
import { CloudFormationClient, DescribeStacksCommand, type Output } from '@aws-sdk/client-cloudformation';
import type { S3Client } from '@aws-sdk/client-s3';
import { GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createS3Client } from '../aws-clients.js';
import { INCOMING_PREFIX } from '../contracts.js';
import { createLocalS3Client, createLocalSqsClient } from '../local/clients.js';
import { deadLetterQueueName, LOCAL_BUCKET, LOCAL_QUEUE, localPorts } from '../local/settings.js';

export interface PipelineTarget {
  /** For messages: the stack name, or "local". */
  name: string;
  bucket: string;
  /** Where articles live in the bucket. */
  prefix: string;
  queueUrl: string;
  deadLetterQueueUrl: string;
  s3: S3Client;
  sqs: SQSClient;
}

/** The stack outputs (infra/pipeline-stack.ts OUTPUT) the tools need. */
const REQUIRED_OUTPUTS = { bucket: 'BucketName', queueUrl: 'QueueUrl', deadLetterQueueUrl: 'DeadLetterQueueUrl' } as const;

/** The target's names from a stack's outputs; throws naming any output that is missing. */
export function locationsFromOutputs(
  stackName: string,
  outputs: readonly Output[],
): Pick<PipelineTarget, 'bucket' | 'queueUrl' | 'deadLetterQueueUrl'> {
  const value = (key: string) => outputs.find((output) => output.OutputKey === key)?.OutputValue;
  const missing = Object.values(REQUIRED_OUTPUTS).filter((key) => !value(key));
  if (missing.length > 0) throw new Error(`Stack ${stackName} has no output ${missing.join(', ')}: is it this pipeline's stack?`);
  return {
    bucket: value(REQUIRED_OUTPUTS.bucket)!,
    queueUrl: value(REQUIRED_OUTPUTS.queueUrl)!,
    deadLetterQueueUrl: value(REQUIRED_OUTPUTS.deadLetterQueueUrl)!,
  };
}

/** A deployed stack; credentials and region come from the usual AWS sources (profile, environment). */
export async function deployedTarget(
  stackName: string,
  clients: { cloudFormation: CloudFormationClient; s3: S3Client; sqs: SQSClient },
): Promise<PipelineTarget> {
  const { Stacks } = await clients.cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
  const stack = Stacks?.[0];
  if (!stack) throw new Error(`Stack ${stackName} not found`);
  return {
    name: stackName,
    prefix: INCOMING_PREFIX,
    ...locationsFromOutputs(stackName, stack.Outputs ?? []),
    s3: clients.s3,
    sqs: clients.sqs,
  };
}

export function createDeployedClients(region?: string) {
  const options = region ? { region } : {};
  return { cloudFormation: new CloudFormationClient(options), s3: createS3Client(options), sqs: new SQSClient(options) };
}

/** The local stack of a running `npm start`, at the ports it reads from the same environment. */
export async function localTarget(env: NodeJS.ProcessEnv = process.env): Promise<PipelineTarget> {
  const ports = localPorts(env);
  const sqs = createLocalSqsClient(`http://127.0.0.1:${ports.sqs}`);
  const s3 = createLocalS3Client(`http://127.0.0.1:${ports.s3}`);
  const urlOf = async (name: string) => {
    try {
      return (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl!;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') {
        throw new Error(`No local stack at 127.0.0.1:${ports.sqs} (SQS_PORT): start it with \`npm start\`, or pass --stack NAME for a deployed one.`);
      }
      throw error;
    }
  };
  return {
    name: 'local',
    bucket: LOCAL_BUCKET,
    prefix: INCOMING_PREFIX,
    queueUrl: await urlOf(LOCAL_QUEUE),
    deadLetterQueueUrl: await urlOf(deadLetterQueueName(LOCAL_QUEUE)),
    s3,
    sqs,
  };
}
