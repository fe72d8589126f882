/**
 * The embedded default: the whole pipeline on this machine, wired as on AWS.
 *
 *   inbox/ ─PutObject─▶ s3rver ─ObjectCreated (incoming/)─▶ LocalQueue ─batch─▶ ingest handler ─▶ dynalite
 *                                                                    └─5 receives─▶ DLQ (JSON file)
 *   HTTP request ─▶ local HTTP API ─payload 2.0─▶ query handler (worker threads on > 2 cores) ─▶ dynalite (its own thread)
 *   SQS client (npm run redrive / reprocess) ─▶ local SQS endpoint ─▶ LocalQueue and its DLQ
 *
 * The handlers are the real ones (`createHandler` of functions/ingest and
 * functions/query), given real AWS SDK clients pointed at the local engines
 * with explicit credentials and region; the process environment is not used
 * or changed. dynalite, and on more than 2 cores the query function, run in
 * worker threads, so the stack uses more than one core, as the services and
 * function instances they stand for would.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { createHandler as createIngestHandler } from '../../functions/ingest/handler.js';
import { createIdempotencyStore } from '../../functions/ingest/idempotency.js';
import { allowBrowserUploads } from '../api/upload.js';
import { objectsFromNotification } from '../ingest/notification.js';
import { articleIdFor } from '../store/keys.js';
import { ArticleRepository } from '../store/repository.js';
import { documentClientFor } from '../aws-clients.js';
import { loadWebAssets, WEB_DIST, webResponse } from '../web/assets.js';
import { createLocalDynamoClient, createLocalS3Client, LOCAL_CREDENTIALS, LOCAL_REGION, type LocalCredentials } from './clients.js';
import { startLocalDynamo, type LocalDynamo } from './dynamo.js';
import { startLocalHttpApi, type HttpApiHandler, type LocalHttpApi } from './http.js';
import { startInbox, type Inbox } from './inbox.js';
import { consoleLogger, type LocalLogger } from './logger.js';
import { LocalQueue, type MessageOutcome } from './queue.js';
import { localQueryHandler } from './query-function.js';
import { startQueryThreads } from './query-threads.js';
import { DEFAULT_NOTIFY_PREFIX, startLocalS3, type LocalS3, type S3Notification } from './s3.js';
import { LOCAL_BUCKET, LOCAL_QUEUE, LOCAL_TABLE } from './settings.js';
import { startLocalSqs } from './sqs.js';

/**
 * How many threads run the query function by default: a core is left to the
 * stack's own event loop (HTTP, queue, ingest) and one to the DynamoDB
 * engine; the others (up to 4) answer queries, as Lambda instances would. On
 * 2 cores that is none: measured there (bench e2e, 20 connections), two query
 * threads answered no faster than the event loop and cost ~0.3–1 ms more CPU
 * per request (messages between threads, a record memo and JIT per thread).
 */
export function defaultQueryThreads(cores = availableParallelism()): number {
  return Math.max(0, Math.min(4, cores - 2));
}

export interface LocalStackOptions {
  /** Where DynamoDB, S3 and the DLQ persist (`dynamodb/`, `s3/`, `dlq.json`); in memory / a temp dir when absent. */
  dataDir?: string;
  /** Port of the HTTP API (0 = any free port, the default). */
  port?: number;
  s3Port?: number;
  dynamoPort?: number;
  /** Port of the local SQS endpoint (the operations tools' way in). */
  sqsPort?: number;
  /** Folder whose files are uploaded to `incoming/`; null or absent = no inbox. */
  inboxDir?: string | null;
  bucket?: string;
  tableName?: string;
  logger?: LocalLogger;
  /** The built reader view served at `/` (default shared/web/dist, see `npm run build:web`); null: none. */
  webDir?: string | null;
  /**
   * Worker threads that run the query function, each an instance of it as
   * on AWS (query-threads.ts); 0 runs it on the stack's own event loop.
   * Default: defaultQueryThreads().
   */
  queryThreads?: number;
  /** Queue tuning (tests shorten the retry delay). */
  queue?: { maxReceiveCount?: number; retryDelayMs?: (receiveCount: number) => number };
}

export interface LocalStack {
  /** Base URL of the query API, e.g. `http://127.0.0.1:3000`. */
  apiUrl: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
  /** The SQS API over `queue`: `npm run redrive` and `npm run reprocess` talk to it. */
  sqsEndpoint: string;
  queueUrl: string;
  deadLetterQueueUrl: string;
  bucket: string;
  tableName: string;
  region: string;
  credentials: LocalCredentials;
  /** Key prefix whose uploads are ingested. */
  incomingPrefix: string;
  inboxDir: string | null;
  dataDir: string | null;
  /** The ingest queue: stats, dead letters, redrive. */
  queue: LocalQueue;
  /** Stops the inbox, drains the queue, closes the servers; resolves when all is closed. */
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const logger = options.logger ?? consoleLogger;
  const bucket = options.bucket ?? LOCAL_BUCKET;
  const tableName = options.tableName ?? LOCAL_TABLE;
  const dataDir = options.dataDir ?? null;

  // Everything started so far, closed in reverse order if a later step fails.
  const cleanups: (() => Promise<unknown>)[] = [];
  const unwind = async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((err: unknown) => logger.warn(`stop: ${(err as Error).message ?? String(err)}`));
    }
  };

  try {
    let s3Dir: string;
    if (dataDir) {
      await mkdir(dataDir, { recursive: true });
      s3Dir = join(dataDir, 's3');
    } else {
      const temp = await mkdtemp(join(tmpdir(), 'news-local-s3-'));
      cleanups.push(() => rm(temp, { recursive: true, force: true }));
      s3Dir = temp;
    }

    // Start both engines; if one fails, the other is still closed by unwind().
    const [dynamoStart, s3Start] = await Promise.allSettled([
      startLocalDynamo({ port: options.dynamoPort, path: dataDir ? join(dataDir, 'dynamodb') : undefined, tableName }),
      startLocalS3({ port: options.s3Port, directory: s3Dir, bucket, notifyPrefix: DEFAULT_NOTIFY_PREFIX, logger }),
    ]);
    if (dynamoStart.status === 'fulfilled') cleanups.push(() => dynamoStart.value.close());
    if (s3Start.status === 'fulfilled') cleanups.push(() => s3Start.value.close());
    if (dynamoStart.status === 'rejected') throw dynamoStart.reason;
    if (s3Start.status === 'rejected') throw s3Start.reason;
    const dynamo: LocalDynamo = dynamoStart.value;
    const s3: LocalS3 = s3Start.value;

    const s3Client: S3Client = createLocalS3Client(s3.endpoint);
    const dynamoClient = createLocalDynamoClient(dynamo.endpoint);
    const db: DynamoDBDocumentClient = documentClientFor(dynamoClient);
    cleanups.push(async () => {
      s3Client.destroy();
      dynamoClient.destroy();
    });
    // The reader view uploads straight to the bucket with presigned URLs (GET /upload-url).
    await allowBrowserUploads(s3Client, bucket, ['*']);

    const ingest = createIngestHandler(
      { s3: s3Client, db, tableName },
      { persistenceStore: createIdempotencyStore(dynamoClient, tableName) },
    );
    const queue = new LocalQueue({
      name: LOCAL_QUEUE,
      functionName: 'ingest',
      handler: ingest,
      maxReceiveCount: options.queue?.maxReceiveCount,
      retryDelayMs: options.queue?.retryDelayMs,
      deadLetterFile: dataDir ? join(dataDir, 'dlq.json') : undefined,
      onError: (error) => logger.error(`queue: ${(error as Error).message ?? String(error)}`),
    });
    const reports = new Set<Promise<void>>();
    const repository = new ArticleRepository(db, tableName);
    queue.onOutcome((outcome) => {
      const report = reportOutcome(outcome, { repository, logger, maxReceiveCount: queue.maxReceiveCount });
      reports.add(report);
      void report.finally(() => reports.delete(report));
    });
    const unsubscribe = s3.onObjectCreated((notification: S3Notification) => {
      queue.send(JSON.stringify(notification));
    });
    queue.start();
    cleanups.push(async () => {
      unsubscribe();
      const left = await queue.stop({ drain: true });
      if (left > 0) logger.warn(`queue: ${left} message(s) waiting for a retry were dropped`);
      await Promise.allSettled([...reports]);
    });
    const sqs = await startLocalSqs({ queue, port: options.sqsPort, logger });
    cleanups.push(() => sqs.close());
    const dead = queue.stats().deadLetters;
    if (dead > 0 && dataDir) {
      logger.warn(`queue: ${dead} message(s) in the dead-letter store ${join(dataDir, 'dlq.json')} (\`npm run redrive\` retries them)`);
    }

    const webAssets = options.webDir === null ? undefined : await loadWebAssets(options.webDir ?? WEB_DIST);
    const threads = options.queryThreads ?? defaultQueryThreads();
    let queryHandler: HttpApiHandler;
    if (threads > 0) {
      const query = await startQueryThreads({ threads, logger, dynamoEndpoint: dynamo.endpoint, s3Endpoint: s3.endpoint, bucket, tableName });
      cleanups.push(() => query.close());
      queryHandler = query.handler;
    } else {
      queryHandler = localQueryHandler({ db, s3: s3Client, bucket, tableName, logError: (line) => logger.error(line) });
    }
    const api: LocalHttpApi = await startLocalHttpApi({
      port: options.port,
      handler: queryHandler,
      logger,
      ...(webAssets ? { web: (request) => webResponse(webAssets, request, [s3.endpoint]) } : {}),
    });
    cleanups.push(() => api.close());

    let inbox: Inbox | undefined;
    if (options.inboxDir) {
      inbox = await startInbox({ dir: options.inboxDir, s3: s3Client, bucket, prefix: DEFAULT_NOTIFY_PREFIX, logger });
      cleanups.push(() => inbox!.close());
    }

    // Stop in reverse start order: inbox, HTTP API, query threads, SQS endpoint, queue (drains), clients, S3/DynamoDB, temp dir.
    let stopping: Promise<void> | undefined;
    return {
      apiUrl: api.url,
      s3Endpoint: s3.endpoint,
      dynamoEndpoint: dynamo.endpoint,
      sqsEndpoint: sqs.endpoint,
      queueUrl: sqs.queueUrl,
      deadLetterQueueUrl: sqs.deadLetterQueueUrl,
      bucket,
      tableName,
      region: LOCAL_REGION,
      credentials: { ...LOCAL_CREDENTIALS },
      incomingPrefix: DEFAULT_NOTIFY_PREFIX,
      inboxDir: inbox?.dir ?? null,
      dataDir,
      queue,
      stop: () => (stopping ??= unwind()),
    };
  } catch (err) {
    await unwind();
    throw err;
  }
}

/** One log line per settled queue message: the ingested article's status, or the failure. */
async function reportOutcome(
  outcome: MessageOutcome,
  deps: { repository: ArticleRepository; logger: LocalLogger; maxReceiveCount: number },
): Promise<void> {
  const { logger } = deps;
  for (const { bucket, key } of objectsIn(outcome.body)) {
    if (outcome.result === 'retrying') {
      const inMs = Math.max(0, (outcome.visibleAt ?? Date.now()) - Date.now());
      logger.warn(
        `ingest: ${key} failed (receive ${outcome.receiveCount}/${deps.maxReceiveCount}), retry in ${(inMs / 1000).toFixed(1)} s: ${outcome.error}`,
      );
    } else if (outcome.result === 'dead-lettered') {
      logger.error(`ingest: ${key} moved to the dead-letter store after ${outcome.receiveCount} receives: ${outcome.error}`);
    } else {
      logger.info(`ingest: ${key} → ${await describeArticle(deps.repository, articleIdFor(bucket, key))}`);
    }
  }
}

/** "PROCESSED, 3 quotes" (or the error) from the article's status. */
async function describeArticle(repository: ArticleRepository, articleId: string): Promise<string> {
  try {
    const status = await repository.getStatus(articleId);
    if (!status) return 'done (no article record)';
    if (status.error) return `${status.status}: ${status.error.code} ${status.error.message}`;
    const { quotes } = status.counts;
    const title = status.title ? ` "${truncate(status.title, 60)}"` : '';
    return `${status.status}, ${quotes} quote${quotes === 1 ? '' : 's'}${title}`;
  } catch (err) {
    return `done (status unavailable: ${(err as Error).message})`;
  }
}

/** The objects a queue message announces; none when it is not an S3 notification. */
function objectsIn(body: string): { bucket: string; key: string }[] {
  try {
    return objectsFromNotification(body);
  } catch {
    return [];
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
