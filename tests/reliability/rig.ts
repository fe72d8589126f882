/**
 * The ingest pipeline of the local stack (shared/local/stack.ts), assembled
 * from the same parts so a test can break them: the real s3rver, dynalite,
 * LocalQueue, local SQS endpoint and ingest handler, with
 *
 * - DynamoDB that can be stopped and started again on the same port and
 *   LevelDB directory (`stopDynamo`, `startDynamo`);
 * - faults injected into the ingest function's own S3 and DynamoDB clients
 *   through their middleware stacks (`faults`): the real clients, whose
 *   calls fail when a rule says so;
 * - a crash: from a chosen call on, every call of the invocation fails and
 *   the invocation dies without a response, as when the Lambda runtime exits.
 *
 * The test's own clients (`s3`, `db`) never fail.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import type { LogItem } from '@aws-lambda-powertools/logger';
import type { ConstructorOptions } from '@aws-lambda-powertools/logger/types';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createHandler as createIngestHandler } from '../../functions/ingest/handler.js';
import { createIdempotencyStore } from '../../functions/ingest/idempotency.js';
import { documentClientFor } from '../../shared/aws-clients.js';
import { createLocalDynamoClient, createLocalS3Client } from '../../shared/local/clients.js';
import { startLocalDynamo, type LocalDynamo } from '../../shared/local/dynamo.js';
import { LocalQueue, type MessageOutcome } from '../../shared/local/queue.js';
import { DEFAULT_NOTIFY_PREFIX, startLocalS3, type LocalS3 } from '../../shared/local/s3.js';
import { LOCAL_BUCKET, LOCAL_QUEUE, LOCAL_TABLE } from '../../shared/local/settings.js';
import { startLocalSqs, type LocalSqs } from '../../shared/local/sqs.js';
import { RECORD_SK } from '../../shared/store/keys.js';

/** Decides whether one SDK call fails: the error to throw, or undefined to let it through (it may act first, e.g. stop a server). */
export type FaultRule = (call: { command: string; input: Record<string, unknown> }) => Error | undefined | Promise<Error | undefined>;

/** Fault injection into one SDK client; counts what it injected. */
export class Faults {
  injected = 0;
  private rule: FaultRule | undefined;
  private crashed = false;

  constructor(client: S3Client | DynamoDBClient) {
    // `initialize` runs before the SDK's own retries: an injected fault is one failed call, not three.
    (client.middlewareStack as S3Client['middlewareStack']).add(
      (next, context) => async (args) => {
        const error = this.crashed
          ? new Error('The runtime exited: this invocation does no more I/O.')
          : await this.rule?.({ command: context.commandName ?? '', input: args.input as Record<string, unknown> });
        if (error) {
          this.injected++;
          throw error;
        }
        return next(args);
      },
      { step: 'initialize', name: 'reliabilityFaults' },
    );
  }

  /** From now on, calls fail as `rule` says. */
  inject(rule: FaultRule): void {
    this.rule = rule;
  }

  /** At the first call `rule` fails, the invocation crashes: that call and every later one fail, and no response is given. */
  crashAt(rule: FaultRule): void {
    this.rule = async (call) => {
      const error = await rule(call);
      if (error) this.crashed = true;
      return error;
    };
  }

  /** Whether the invocation crashed; the next one starts a new runtime. */
  takeCrash(): boolean {
    const crashed = this.crashed;
    this.crashed = false;
    return crashed;
  }
}

/** The ingest function's Powertools logger, keeping its error lines (as JSON objects) instead of printing them. */
class ErrorLog extends Logger {
  constructor(
    readonly lines: Record<string, unknown>[],
    options: ConstructorOptions = {},
  ) {
    super({ ...options, logLevel: 'ERROR' });
  }

  protected override createLogger(options?: ConstructorOptions): Logger {
    return new ErrorLog(this.lines, options);
  }

  protected override printLog(_level: number, log: LogItem): void {
    this.lines.push(JSON.parse(JSON.stringify(log.getAttributes(), this.getJsonReplacer())) as Record<string, unknown>);
  }
}

/** Whether a call is the PutItem of an article's RECORD item (its input marshalled by the document client or not yet). */
export function isRecordPut({ command, input }: Parameters<FaultRule>[0]): boolean {
  const sk = (input.Item as Record<string, unknown> | undefined)?.SK;
  return command === 'PutItemCommand' && (sk === RECORD_SK || (sk as { S?: unknown } | undefined)?.S === RECORD_SK);
}

/** An error as the SDK reports an unreachable or failing service. */
export function serviceError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $fault: 'server', $metadata: { httpStatusCode: 503 } });
}

export interface RigOptions {
  retryDelayMs?: (receiveCount: number) => number;
}

export interface Rig {
  bucket: string;
  tableName: string;
  sqsEndpoint: string;
  /** The ingest queue's URL at the local SQS endpoint. */
  queueUrl: string;
  s3Port: number;
  sqsPort: number;
  /** Uploads and reads for the test; never faulted. */
  s3: S3Client;
  db: DynamoDBDocumentClient;
  queue: LocalQueue;
  /** Every settled message, in order. */
  outcomes: MessageOutcome[];
  /** The ingest function's error log lines: why a message will be retried. */
  errorLog: Record<string, unknown>[];
  faults: { s3: Faults; dynamo: Faults };
  /** Keeps S3's notifications (message bodies) here instead of queueing them, until `release`. */
  holdNotifications(): string[];
  /** Queues the given held notifications, in that order, and stops holding. */
  release(bodies: readonly string[]): void;
  /** Stops dynalite: open connections are cut, new ones refused; the LevelDB data stays. */
  stopDynamo(): Promise<void>;
  /** Starts dynalite again on the same port and data. */
  startDynamo(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRig(options: RigOptions = {}): Promise<Rig> {
  const dataDir = await mkdtemp(join(tmpdir(), 'news-reliability-'));
  const dynamoPath = join(dataDir, 'dynamodb');
  let dynamo: LocalDynamo | undefined = await startLocalDynamo({ path: dynamoPath, tableName: LOCAL_TABLE });
  const dynamoPort = dynamo.port;
  const s3Server: LocalS3 = await startLocalS3({ directory: join(dataDir, 's3'), bucket: LOCAL_BUCKET, notifyPrefix: DEFAULT_NOTIFY_PREFIX });

  const ingestS3 = createLocalS3Client(s3Server.endpoint);
  const ingestDynamo = createLocalDynamoClient(dynamo.endpoint);
  const faults = { s3: new Faults(ingestS3), dynamo: new Faults(ingestDynamo) };
  const errorLog: Record<string, unknown>[] = [];
  const ingest = createIngestHandler(
    { s3: ingestS3, db: documentClientFor(ingestDynamo), tableName: LOCAL_TABLE },
    { persistenceStore: createIdempotencyStore(ingestDynamo, LOCAL_TABLE), logger: new ErrorLog(errorLog, { serviceName: 'ingest' }) },
  );
  const queue = new LocalQueue({
    name: LOCAL_QUEUE,
    functionName: 'ingest',
    retryDelayMs: options.retryDelayMs,
    handler: async (event, context) => {
      let crashed = false;
      const response = await ingest(event, context).finally(() => (crashed = [faults.s3.takeCrash(), faults.dynamo.takeCrash()].some(Boolean)));
      // A runtime that exited gives no response: Lambda retries the whole batch.
      if (crashed) throw new Error('Runtime.ExitError: the runtime exited during the invocation');
      return response;
    },
    onError: (error) => console.error('reliability queue:', error),
  });
  const outcomes: MessageOutcome[] = [];
  queue.onOutcome((outcome) => outcomes.push(outcome));
  let held: string[] | undefined;
  const unsubscribe = s3Server.onObjectCreated((notification) => {
    const body = JSON.stringify(notification);
    if (held) held.push(body);
    else queue.send(body);
  });
  queue.start();
  const sqs: LocalSqs = await startLocalSqs({ queue });

  const s3 = createLocalS3Client(s3Server.endpoint);
  const testDynamo = createLocalDynamoClient(dynamo.endpoint);
  return {
    bucket: LOCAL_BUCKET,
    tableName: LOCAL_TABLE,
    sqsEndpoint: sqs.endpoint,
    queueUrl: sqs.queueUrl,
    s3Port: s3Server.port,
    sqsPort: sqs.port,
    s3,
    db: documentClientFor(testDynamo),
    queue,
    outcomes,
    errorLog,
    faults,
    holdNotifications: () => (held = []),
    release(bodies) {
      held = undefined;
      for (const body of bodies) queue.send(body);
    },
    async stopDynamo() {
      await dynamo?.close();
      dynamo = undefined;
    },
    async startDynamo() {
      dynamo = await startLocalDynamo({ port: dynamoPort, path: dynamoPath, tableName: LOCAL_TABLE });
    },
    async stop() {
      unsubscribe();
      await sqs.close();
      await queue.stop();
      for (const client of [s3, testDynamo, ingestS3, ingestDynamo]) client.destroy();
      await s3Server.close();
      await dynamo?.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
