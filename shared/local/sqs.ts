/**
 * The local stand-in for the SQS API, over the local queue and its
 * dead-letter store, so the operations tools (`npm run redrive`, `npm run
 * reprocess`) drive `npm start` with the real SQS client exactly as they
 * drive a deployed stack: only the endpoint differs.
 *
 * It speaks the AWS JSON 1.0 protocol of the SDK v3 SQS client (POST,
 * `X-Amz-Target: AmazonSQS.<Action>`) for the actions those tools use:
 * GetQueueUrl, GetQueueAttributes, SendMessage, SendMessageBatch,
 * StartMessageMoveTask and ListMessageMoveTasks. Anything else gets SQS's
 * UnsupportedOperation error. Two queues exist: the ingest queue and its
 * dead-letter queue (settings.ts names it); a move task completes at once.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { silentLogger, type LocalLogger } from './logger.js';
import { closeServer, listenOnLoopback } from './net.js';
import type { LocalQueue } from './queue.js';
import { deadLetterQueueName, LOCAL_ACCOUNT_ID } from './settings.js';

export interface LocalSqsOptions {
  queue: LocalQueue;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  logger?: LocalLogger;
}

export interface LocalSqs {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  port: number;
  queueUrl: string;
  deadLetterQueueUrl: string;
  close(): Promise<void>;
}

/** An SQS error: its JSON `__type`, the awsQuery code the SDK maps it by, and the message. */
class SqsError extends Error {
  constructor(
    readonly type: string,
    readonly queryCode: string,
    message: string,
  ) {
    super(message);
  }
}

const missingQueue = (what: string) =>
  new SqsError('QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue', `The specified queue does not exist: ${what}`);
const invalid = (message: string) => new SqsError('InvalidParameterValue', 'InvalidParameterValue', message);
const unsupported = (what: string) =>
  new SqsError('UnsupportedOperation', 'AWS.SimpleQueueService.UnsupportedOperation', `Not supported by the local queue: ${what}`);

interface QueueView {
  name: string;
  arn: string;
  url: string;
  attributes(): Record<string, string>;
  send?(body: string): string;
}

interface MoveTask {
  TaskHandle: string;
  Status: 'COMPLETED';
  SourceArn: string;
  DestinationArn: string;
  ApproximateNumberOfMessagesMoved: number;
  ApproximateNumberOfMessagesToMove: number;
  StartedTimestamp: number;
}

type Input = Record<string, unknown>;
type Action = (input: Input) => unknown;

export async function startLocalSqs(options: LocalSqsOptions): Promise<LocalSqs> {
  const logger = options.logger ?? silentLogger;
  // Requests are only served once listening, by when the actions exist.
  let actions: Record<string, Action> = {};
  const server = createServer((req, res) => {
    void handle(req, res, actions).catch((err: unknown) => {
      logger.error(`sqs: ${(err as Error).message}`);
      if (!res.headersSent) writeError(res, 500, new SqsError('InternalError', 'InternalError', 'Internal error'));
    });
  });
  const port = await listenOnLoopback(server, options.port ?? 0);
  const endpoint = `http://127.0.0.1:${port}`;
  const queues = queueViews(options.queue, endpoint);
  actions = sqsActions(options.queue, queues);
  return {
    endpoint,
    port,
    queueUrl: queues.source.url,
    deadLetterQueueUrl: queues.deadLetter.url,
    close: () => closeServer(server),
  };
}

function queueViews(queue: LocalQueue, endpoint: string): { source: QueueView; deadLetter: QueueView } {
  const url = (name: string) => `${endpoint}/${LOCAL_ACCOUNT_ID}/${name}`;
  const deadLetter: QueueView = {
    name: deadLetterQueueName(queue.name),
    arn: deadLetterQueueName(queue.arn),
    url: url(deadLetterQueueName(queue.name)),
    attributes: () => ({
      QueueArn: deadLetter.arn,
      ApproximateNumberOfMessages: String(queue.stats().deadLetters),
      ApproximateNumberOfMessagesNotVisible: '0',
    }),
  };
  const source: QueueView = {
    name: queue.name,
    arn: queue.arn,
    url: url(queue.name),
    attributes: () => {
      const stats = queue.stats();
      return {
        QueueArn: queue.arn,
        ApproximateNumberOfMessages: String(stats.pending),
        ApproximateNumberOfMessagesNotVisible: String(stats.inFlight),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetter.arn, maxReceiveCount: queue.maxReceiveCount }),
      };
    },
    send: (body) => queue.send(body),
  };
  return { source, deadLetter };
}

/** The supported actions, by name: JSON input in, JSON output out, SqsError for a client error. */
function sqsActions(queue: LocalQueue, { source, deadLetter }: { source: QueueView; deadLetter: QueueView }): Record<string, Action> {
  const moveTasks: MoveTask[] = [];
  const byUrl = (input: Input): QueueView => {
    const url = String(input.QueueUrl ?? '');
    const view = [source, deadLetter].find((v) => v.url === url || url.endsWith(`/${v.name}`));
    if (!view) throw missingQueue(url);
    return view;
  };
  const sendTo = (input: Input): ((body: string) => string) => {
    const view = byUrl(input);
    if (!view.send) throw unsupported(`sending to ${view.name}`);
    return view.send;
  };
  const sent = (messageId: string, body: string) => ({ MessageId: messageId, MD5OfMessageBody: md5(body) });

  return {
    GetQueueUrl: (input) => {
      const view = [source, deadLetter].find((v) => v.name === input.QueueName);
      if (!view) throw missingQueue(String(input.QueueName));
      return { QueueUrl: view.url };
    },
    GetQueueAttributes: (input) => {
      const all = byUrl(input).attributes();
      const names = (input.AttributeNames as string[] | undefined) ?? [];
      const wanted = names.includes('All') ? Object.keys(all) : names.filter((name) => name in all);
      return { Attributes: Object.fromEntries(wanted.map((name) => [name, all[name]])) };
    },
    SendMessage: (input) => {
      const body = String(input.MessageBody ?? '');
      if (body === '') throw invalid('MessageBody must not be empty');
      return sent(sendTo(input)(body), body);
    },
    SendMessageBatch: (input) => {
      const send = sendTo(input);
      const entries = (input.Entries as { Id: string; MessageBody: string }[] | undefined) ?? [];
      if (entries.length === 0 || entries.length > 10) {
        throw new SqsError('TooManyEntriesInBatchRequest', 'AWS.SimpleQueueService.TooManyEntriesInBatchRequest', 'A batch holds 1 to 10 entries');
      }
      return { Successful: entries.map((entry) => ({ Id: entry.Id, ...sent(send(entry.MessageBody), entry.MessageBody) })), Failed: [] };
    },
    StartMessageMoveTask: (input) => {
      if (input.SourceArn !== deadLetter.arn) {
        throw new SqsError('ResourceNotFoundException', 'ResourceNotFoundException', `Not a dead-letter queue: ${String(input.SourceArn)}`);
      }
      if (input.DestinationArn !== undefined && input.DestinationArn !== source.arn) {
        throw invalid(`Messages can only move back to ${source.arn}`);
      }
      const toMove = queue.stats().deadLetters;
      const task: MoveTask = {
        TaskHandle: randomUUID(),
        Status: 'COMPLETED',
        SourceArn: deadLetter.arn,
        DestinationArn: source.arn,
        ApproximateNumberOfMessagesToMove: toMove,
        ApproximateNumberOfMessagesMoved: queue.redrive(),
        StartedTimestamp: Date.now(),
      };
      moveTasks.unshift(task);
      return { TaskHandle: task.TaskHandle };
    },
    ListMessageMoveTasks: (input) => ({
      Results: moveTasks.filter((task) => task.SourceArn === input.SourceArn).slice(0, Number(input.MaxResults ?? 1)),
    }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, actions: Record<string, Action>): Promise<void> {
  const name = /^AmazonSQS\.(\w+)$/.exec(String(req.headers['x-amz-target'] ?? ''))?.[1];
  const action = name ? actions[name] : undefined;
  if (req.method !== 'POST' || !action) {
    writeError(res, 400, unsupported(name ?? `${req.method} without X-Amz-Target`));
    return;
  }
  let input: Input;
  try {
    input = JSON.parse((await readBody(req)) || '{}') as Input;
  } catch {
    writeError(res, 400, invalid('The request body is not JSON'));
    return;
  }
  try {
    writeJson(res, 200, action(input));
  } catch (err) {
    if (!(err instanceof SqsError)) throw err;
    writeError(res, 400, err);
  }
}

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function writeJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(value);
  res
    .writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(text), ...headers })
    .end(text);
}

function writeError(res: ServerResponse, status: number, error: SqsError): void {
  writeJson(res, status, { __type: `com.amazonaws.sqs#${error.type}`, message: error.message }, {
    'x-amzn-query-error': `${error.queryCode};Sender`,
  });
}
