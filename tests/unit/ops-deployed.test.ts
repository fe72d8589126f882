/**
 * The operations tools against a deployed stack: found by its CloudFormation
 * outputs, then driven through SQS and S3 (mocked here; the same calls run
 * against the local stack in tests/integration/ops-local.test.ts).
 */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { ListObjectsCommand, S3Client } from '@aws-sdk/client-s3';
import {
  GetQueueAttributesCommand,
  ListMessageMoveTasksCommand,
  SendMessageBatchCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { objectsFromNotification } from '../../shared/ingest/notification.js';
import { redrive } from '../../shared/ops/redrive.js';
import { reprocessRunOf } from '../../shared/ops/reprocess-message.js';
import { reprocess } from '../../shared/ops/reprocess.js';
import { deployedTarget } from '../../shared/ops/target.js';

const cloudFormation = mockClient(CloudFormationClient);
const s3 = mockClient(S3Client);
const sqs = mockClient(SQSClient);
const clients = { cloudFormation: new CloudFormationClient({}), s3: new S3Client({}), sqs: new SQSClient({}) };

const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/NewsPipeline-prod-Queue';
const DLQ_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/NewsPipeline-prod-DeadLetterQueue';
const DLQ_ARN = 'arn:aws:sqs:eu-west-1:123456789012:NewsPipeline-prod-DeadLetterQueue';
const target = { name: 'NewsPipeline-prod', bucket: 'articles-bucket', prefix: 'incoming/', queueUrl: QUEUE_URL, deadLetterQueueUrl: DLQ_URL, ...clients };
const noSleep = async () => undefined;

beforeEach(() => {
  cloudFormation.reset();
  s3.reset();
  sqs.reset();
});

describe('deployed target', () => {
  it('finds the bucket and both queues by the stack outputs', async () => {
    cloudFormation.on(DescribeStacksCommand, { StackName: 'NewsPipeline-prod' }).resolves({
      Stacks: [
        {
          StackName: 'NewsPipeline-prod',
          CreationTime: new Date(),
          StackStatus: 'UPDATE_COMPLETE',
          Outputs: [
            { OutputKey: 'BucketName', OutputValue: 'articles-bucket' },
            { OutputKey: 'QueueUrl', OutputValue: QUEUE_URL },
            { OutputKey: 'DeadLetterQueueUrl', OutputValue: DLQ_URL },
            { OutputKey: 'ApiUrl', OutputValue: 'https://abc.execute-api.eu-west-1.amazonaws.com/' },
          ],
        },
      ],
    });

    const found = await deployedTarget('NewsPipeline-prod', clients);

    expect(found).toMatchObject({ name: 'NewsPipeline-prod', bucket: 'articles-bucket', prefix: 'incoming/', queueUrl: QUEUE_URL, deadLetterQueueUrl: DLQ_URL });
  });

  it('names the outputs a stack lacks, rather than acting on something else', async () => {
    cloudFormation.on(DescribeStacksCommand).resolves({
      Stacks: [{ StackName: 'Other', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [{ OutputKey: 'BucketName', OutputValue: 'x' }] }],
    });

    await expect(deployedTarget('Other', clients)).rejects.toThrow('Stack Other has no output QueueUrl, DeadLetterQueueUrl');
  });
});

describe('redrive (deployed)', () => {
  it("starts SQS's message move task on the dead-letter queue and reports how many messages it moved back", async () => {
    sqs.on(GetQueueAttributesCommand, { QueueUrl: DLQ_URL }).resolves({ Attributes: { QueueArn: DLQ_ARN, ApproximateNumberOfMessages: '3' } });
    sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task-1' });
    sqs
      .on(ListMessageMoveTasksCommand, { SourceArn: DLQ_ARN })
      .resolvesOnce({ Results: [{ Status: 'RUNNING', ApproximateNumberOfMessagesMoved: 1 }] })
      .resolves({ Results: [{ Status: 'COMPLETED', ApproximateNumberOfMessagesMoved: 3 }] });

    const result = await redrive(target, { sleep: noSleep });

    expect(result).toEqual({ status: 'COMPLETED', moved: 3 });
    // No destination: SQS returns each message to the queue it was dead-lettered from.
    expect(sqs).toHaveReceivedCommandWith(StartMessageMoveTaskCommand, { SourceArn: DLQ_ARN });
    expect(sqs.commandCalls(StartMessageMoveTaskCommand)[0]!.args[0].input.DestinationArn).toBeUndefined();
  });

  it('does nothing when the dead-letter queue is empty', async () => {
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { QueueArn: DLQ_ARN, ApproximateNumberOfMessages: '0' } });

    const result = await redrive(target, { sleep: noSleep });

    expect(result).toEqual({ status: 'NOTHING_TO_DO', moved: 0 });
    expect(sqs).not.toHaveReceivedCommand(StartMessageMoveTaskCommand);
  });

  it('reports a failed move task with its reason', async () => {
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { QueueArn: DLQ_ARN, ApproximateNumberOfMessages: '2' } });
    sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task-1' });
    sqs.on(ListMessageMoveTasksCommand).resolves({
      Results: [{ Status: 'FAILED', ApproximateNumberOfMessagesMoved: 0, FailureReason: 'AWS.SimpleQueueService.NonExistentQueue' }],
    });

    const result = await redrive(target, { sleep: noSleep });

    expect(result).toEqual({ status: 'FAILED', moved: 0, failureReason: 'AWS.SimpleQueueService.NonExistentQueue' });
  });
});

describe('reprocess (deployed)', () => {
  const listed = (keys: string[], modified: string) => keys.map((Key) => ({ Key, LastModified: new Date(modified), ETag: `"etag-${Key}"`, Size: 100 }));

  beforeEach(() => {
    sqs.on(SendMessageBatchCommand).callsFake((input) => ({ Successful: input.Entries.map((e: { Id: string }) => ({ Id: e.Id })), Failed: [] }));
  });

  it('queues every article under the prefix across listing pages, ten messages per batch', async () => {
    const first = [...listed(['incoming/'], '2025-01-01'), ...listed(Array.from({ length: 11 }, (_, i) => `incoming/a${i}.txt`), '2025-01-01')];
    s3.on(ListObjectsCommand, { Bucket: 'articles-bucket', Prefix: 'incoming/' })
      .resolvesOnce({ Contents: first, IsTruncated: true })
      .resolves({ Contents: listed(['incoming/z.json'], '2025-01-02'), IsTruncated: false });

    const result = await reprocess(target, { runId: 'run-1' });

    expect(result).toEqual({ runId: 'run-1', enqueued: 12 });
    expect(s3.commandCalls(ListObjectsCommand)[1]!.args[0].input.Marker).toBe('incoming/a10.txt');
    expect(sqs.commandCalls(SendMessageBatchCommand).map((call) => call.args[0].input.Entries!.length)).toEqual([10, 2]);
  });

  it('queues only the articles stored since the given date', async () => {
    s3.on(ListObjectsCommand).resolves({
      Contents: [...listed(['incoming/old.txt'], '2025-01-01T10:00:00Z'), ...listed(['incoming/new.txt'], '2025-03-01T10:00:00Z')],
    });

    const result = await reprocess(target, { since: new Date('2025-02-01'), runId: 'run-1' });

    expect(result.enqueued).toBe(1);
    const body = sqs.commandCalls(SendMessageBatchCommand)[0]!.args[0].input.Entries![0]!.MessageBody!;
    expect(objectsFromNotification(body).map((object) => object.key)).toEqual(['incoming/new.txt']);
  });

  it('sends S3-shaped notifications the ingest function reads as the stored object, marked with the run', async () => {
    s3.on(ListObjectsCommand).resolves({ Contents: listed(['incoming/Lorenzana rifles (draft+1).txt'], '2025-01-01') });

    await reprocess(target, { runId: 'run-7' });

    const body = sqs.commandCalls(SendMessageBatchCommand)[0]!.args[0].input.Entries![0]!.MessageBody!;
    expect(objectsFromNotification(body)).toEqual([
      expect.objectContaining({ bucket: 'articles-bucket', key: 'incoming/Lorenzana rifles (draft+1).txt', etag: 'etag-incoming/Lorenzana rifles (draft+1).txt' }),
    ]);
    expect(reprocessRunOf(body)).toBe('run-7');
    expect(sqs).toHaveReceivedCommandWith(SendMessageBatchCommand, { QueueUrl: QUEUE_URL });
  });

  it('sends again the messages SQS reports failed, and only those', async () => {
    s3.on(ListObjectsCommand).resolves({ Contents: listed(['incoming/a.txt', 'incoming/b.txt'], '2025-01-01') });
    sqs
      .on(SendMessageBatchCommand)
      .resolvesOnce({ Successful: [{ Id: '0', MessageId: 'm0', MD5OfMessageBody: '' }], Failed: [{ Id: '1', Code: 'ThrottlingException', SenderFault: false }] })
      .resolves({ Successful: [{ Id: '1', MessageId: 'm1', MD5OfMessageBody: '' }], Failed: [] });

    const result = await reprocess(target, { runId: 'run-1', sleep: noSleep });

    expect(result.enqueued).toBe(2);
    expect(sqs.commandCalls(SendMessageBatchCommand)[1]!.args[0].input.Entries!.map((entry) => entry.Id)).toEqual(['1']);
  });
});
