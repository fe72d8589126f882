/**
 * `npm run redrive`: send the dead-lettered messages back to the ingest
 * queue, once the reason they failed is fixed. It uses SQS's own message
 * move task (what the console's "Start DLQ redrive" does): messages keep
 * their bodies, go back to the queue they came from, and none is lost if the
 * tool stops half-way.
 */
import { setTimeout as delay } from 'node:timers/promises';
import {
  GetQueueAttributesCommand,
  ListMessageMoveTasksCommand,
  StartMessageMoveTaskCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';

export interface RedriveOptions {
  /** How often to ask SQS how the move task is doing (default 1 s). */
  pollMs?: number;
  /** Stop waiting after this long; the task carries on in SQS (default 5 min). */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface RedriveResult {
  /** NOTHING_TO_DO when the dead-letter queue was empty; RUNNING when the wait timed out. */
  status: 'NOTHING_TO_DO' | 'COMPLETED' | 'RUNNING' | 'CANCELLING' | 'CANCELLED' | 'FAILED';
  moved: number;
  failureReason?: string;
}

export async function redrive(
  target: { sqs: SQSClient; deadLetterQueueUrl: string },
  options: RedriveOptions = {},
): Promise<RedriveResult> {
  const { sqs } = target;
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: target.deadLetterQueueUrl,
      AttributeNames: ['QueueArn', 'ApproximateNumberOfMessages'],
    }),
  );
  const sourceArn = Attributes?.QueueArn;
  if (!sourceArn) throw new Error(`No QueueArn for ${target.deadLetterQueueUrl}`);
  if (Number(Attributes?.ApproximateNumberOfMessages ?? 0) === 0) return { status: 'NOTHING_TO_DO', moved: 0 };

  // No DestinationArn: SQS moves each message back to the queue it was dead-lettered from.
  await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: sourceArn }));

  const sleep = options.sleep ?? delay;
  const deadline = Date.now() + (options.timeoutMs ?? 5 * 60_000);
  for (;;) {
    const { Results } = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: sourceArn, MaxResults: 1 }));
    const task = Results?.[0];
    const status = (task?.Status ?? 'RUNNING') as RedriveResult['status'];
    const moved = task?.ApproximateNumberOfMessagesMoved ?? 0;
    if (status !== 'RUNNING' || Date.now() >= deadline) {
      return { status, moved, ...(task?.FailureReason ? { failureReason: task.FailureReason } : {}) };
    }
    await sleep(options.pollMs ?? 1000);
  }
}
