/**
 * An in-process queue with the SQS → Lambda rules the deployed stack uses, so
 * the local pipeline retries and parks poison messages the same way:
 *
 * - A message carries an id, a body and a receive count; every delivery to the
 *   handler counts as one receive.
 * - The dispatcher hands the handler up to `batchSize` (10) visible messages
 *   as one `SQSEvent`, one batch in flight at a time.
 * - A message is deleted when the handler succeeds for it. The handler may
 *   report `batchItemFailures` (partial batch response): only those messages
 *   are retried. If it throws, or reports an identifier that is not in the
 *   batch (Lambda treats that as a failed batch), every message of the batch
 *   is retried.
 * - A failed message becomes visible again after a delay that grows with its
 *   receive count (the visibility timeout, with backoff).
 * - After `maxReceiveCount` (5) failed receives it moves to the dead-letter
 *   store with its body, receive count, last error and time. The store is
 *   persisted to a JSON file when one is given, so it survives restarts;
 *   `redrive` sends dead letters back to the queue.
 *
 * Unlike SQS, pending messages live in memory only: those still waiting for a
 * retry when the process stops are gone (their objects stay in S3 and can be
 * uploaded again).
 *
 * Deterministic for tests: the clock is injected, `processBatch()` runs one
 * batch synchronously with respect to the caller, and `start()` (timers) is
 * optional.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { LOCAL_REGION } from './clients.js';
import { LOCAL_ACCOUNT_ID } from './settings.js';

/** The shape of an SQS-triggered Lambda handler (partial batch responses allowed). */
export type SqsBatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void | undefined>;

export interface LocalQueueOptions {
  handler: SqsBatchHandler;
  /** Queue name, used in the records' `eventSourceARN` (default `local-queue`). */
  name?: string;
  /** Function name reported in the Lambda context (default `local-handler`). */
  functionName?: string;
  /** Messages per handler invocation, 1–10 (default 10). */
  batchSize?: number;
  /** Receives after which a failing message is dead-lettered (default 5). */
  maxReceiveCount?: number;
  /** Delay before a failed message is visible again, by its receive count so far (default: 1 s, doubling, at most 30 s). */
  retryDelayMs?: (receiveCount: number) => number;
  /** Milliseconds since the epoch (default `Date.now()`). */
  now?: () => number;
  /** JSON file holding the dead letters (created on first write); in memory when absent. */
  deadLetterFile?: string;
  /** Errors of the queue itself during automatic dispatch, e.g. the DLQ file not writable (default console.error). */
  onError?: (error: unknown) => void;
}

/** A message parked after too many failed receives. */
export interface DeadLetter {
  messageId: string;
  body: string;
  receiveCount: number;
  lastError: string;
  /** ISO time the message was first sent. */
  sentAt: string;
  /** ISO time the message was dead-lettered. */
  deadLetteredAt: string;
}

/** What happened to one message after a handler invocation. */
export interface MessageOutcome {
  messageId: string;
  body: string;
  receiveCount: number;
  result: 'deleted' | 'retrying' | 'dead-lettered';
  /** Why it failed (for `retrying` and `dead-lettered`). */
  error?: string;
  /** When it becomes visible again (for `retrying`), ms since the epoch. */
  visibleAt?: number;
}

export interface BatchReport {
  messageIds: string[];
  outcomes: MessageOutcome[];
  /** Set when the handler threw or answered with an invalid response. */
  error?: string;
}

export interface QueueStats {
  /** Waiting to be received (visible now or after a retry delay). */
  pending: number;
  inFlight: number;
  deadLetters: number;
}

interface StoredMessage {
  messageId: string;
  body: string;
  receiveCount: number;
  sentAt: number;
  firstReceivedAt?: number;
  visibleAt: number;
  /** Send order, to keep FIFO-ish delivery among equally visible messages. */
  seq: number;
  lastError?: string;
}

export const defaultRetryDelayMs = (receiveCount: number): number =>
  Math.min(1000 * 2 ** Math.max(0, receiveCount - 1), 30_000);

export class LocalQueue {
  readonly name: string;
  private readonly handler: SqsBatchHandler;
  private readonly functionName: string;
  private readonly batchSize: number;
  /** Receives after which a failing message is dead-lettered (the redrive policy). */
  readonly maxReceiveCount: number;
  private readonly retryDelayMs: (receiveCount: number) => number;
  private readonly now: () => number;
  private readonly deadLetterFile: string | undefined;
  private readonly onError: (error: unknown) => void;

  private readonly pending = new Map<string, StoredMessage>();
  private readonly dead: DeadLetter[];
  private inFlight: StoredMessage[] = [];
  private seq = 0;
  private readonly outcomeListeners = new Set<(outcome: MessageOutcome) => void>();
  private idleWaiters: (() => void)[] = [];

  /** Serialises batches: one in flight at a time, whoever asks. */
  private tail: Promise<unknown> = Promise.resolve();
  private running = false;
  private loop: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(options: LocalQueueOptions) {
    this.handler = options.handler;
    this.name = options.name ?? 'local-queue';
    this.functionName = options.functionName ?? 'local-handler';
    this.batchSize = Math.min(10, Math.max(1, options.batchSize ?? 10));
    this.maxReceiveCount = Math.max(1, options.maxReceiveCount ?? 5);
    this.retryDelayMs = options.retryDelayMs ?? defaultRetryDelayMs;
    this.now = options.now ?? (() => Date.now());
    this.deadLetterFile = options.deadLetterFile;
    this.onError = options.onError ?? ((error) => console.error('local queue:', error));
    this.dead = this.deadLetterFile ? loadDeadLetters(this.deadLetterFile) : [];
  }

  get arn(): string {
    return `arn:aws:sqs:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:${this.name}`;
  }

  /** Enqueues a message, visible at once; returns its id. */
  send(body: string): string {
    const messageId = randomUUID();
    const now = this.now();
    this.pending.set(messageId, { messageId, body, receiveCount: 0, sentAt: now, visibleAt: now, seq: this.seq++ });
    this.schedule();
    return messageId;
  }

  /**
   * Receives up to `batchSize` messages visible now, invokes the handler once
   * and settles every message. Resolves with what happened, or `null` when no
   * message was visible. Waits for a batch already in flight first.
   */
  processBatch(): Promise<BatchReport | null> {
    const run = this.tail.then(() => this.runBatch());
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Starts dispatching automatically: at once for new messages, on time for retries. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  /**
   * Stops dispatching and waits for the batch in flight. With `drain`, first
   * delivers every message that is visible now (retries that are not due yet
   * are not waited for). Resolves with the number of messages left pending.
   */
  async stop(options: { drain?: boolean } = {}): Promise<number> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.loop;
    if (options.drain) while ((await this.processBatch()) !== null);
    await this.tail;
    return this.pending.size;
  }

  /** Resolves once no message is pending or in flight (dead letters do not count). */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Called after every settled message; returns the unsubscribe function. */
  onOutcome(listener: (outcome: MessageOutcome) => void): () => void {
    this.outcomeListeners.add(listener);
    return () => this.outcomeListeners.delete(listener);
  }

  stats(): QueueStats {
    return { pending: this.pending.size, inFlight: this.inFlight.length, deadLetters: this.dead.length };
  }

  /** The dead letters, oldest first (copies). */
  deadLetters(): DeadLetter[] {
    return this.dead.map((letter) => ({ ...letter }));
  }

  /**
   * Moves dead letters (all, or those with the given ids) back to the queue
   * with a receive count of 0, like an SQS redrive. Returns how many moved.
   */
  redrive(messageIds?: readonly string[]): number {
    const wanted = messageIds ? new Set(messageIds) : undefined;
    const now = this.now();
    let moved = 0;
    for (let i = 0; i < this.dead.length; ) {
      const letter = this.dead[i]!;
      if (wanted && !wanted.has(letter.messageId)) {
        i++;
        continue;
      }
      this.dead.splice(i, 1);
      this.pending.set(letter.messageId, {
        messageId: letter.messageId,
        body: letter.body,
        receiveCount: 0,
        sentAt: Date.parse(letter.sentAt) || now,
        visibleAt: now,
        seq: this.seq++,
      });
      moved++;
    }
    if (moved > 0) {
      this.persistDeadLetters();
      this.schedule();
    }
    return moved;
  }

  private async runBatch(): Promise<BatchReport | null> {
    const now = this.now();
    const batch = [...this.pending.values()]
      .filter((message) => message.visibleAt <= now)
      .sort((a, b) => a.visibleAt - b.visibleAt || a.seq - b.seq)
      .slice(0, this.batchSize);
    if (batch.length === 0) return null;

    for (const message of batch) {
      this.pending.delete(message.messageId);
      message.receiveCount += 1;
      message.firstReceivedAt ??= now;
    }
    this.inFlight = batch;

    let failed: Set<string>;
    let batchError: string | undefined;
    try {
      const timeoutMs = Math.min(...batch.map((m) => this.retryDelayMs(m.receiveCount)));
      const response = await this.handler({ Records: batch.map((m) => this.toRecord(m)) }, this.context(timeoutMs));
      const reported = (response ?? undefined)?.batchItemFailures ?? [];
      const ids = new Set(batch.map((m) => m.messageId));
      const bad = reported.filter((failure) => !failure?.itemIdentifier || !ids.has(failure.itemIdentifier));
      if (bad.length > 0) {
        failed = ids;
        batchError = `invalid batchItemFailures: unknown itemIdentifier ${JSON.stringify(bad[0]?.itemIdentifier ?? null)}`;
      } else {
        failed = new Set(reported.map((failure) => failure.itemIdentifier));
      }
    } catch (err) {
      failed = new Set(batch.map((m) => m.messageId));
      batchError = errorMessage(err);
    }

    const settledAt = this.now();
    const outcomes: MessageOutcome[] = [];
    let deadLettered = false;
    for (const message of batch) {
      const { messageId, body, receiveCount } = message;
      if (!failed.has(messageId)) {
        outcomes.push({ messageId, body, receiveCount, result: 'deleted' });
        continue;
      }
      const error = batchError ?? 'reported as a batch item failure';
      message.lastError = error;
      if (receiveCount >= this.maxReceiveCount) {
        this.dead.push({
          messageId,
          body,
          receiveCount,
          lastError: error,
          sentAt: new Date(message.sentAt).toISOString(),
          deadLetteredAt: new Date(settledAt).toISOString(),
        });
        deadLettered = true;
        outcomes.push({ messageId, body, receiveCount, result: 'dead-lettered', error });
      } else {
        message.visibleAt = settledAt + Math.max(0, this.retryDelayMs(receiveCount));
        this.pending.set(messageId, message);
        outcomes.push({ messageId, body, receiveCount, result: 'retrying', error, visibleAt: message.visibleAt });
      }
    }
    this.inFlight = [];
    if (deadLettered) this.persistDeadLetters();

    for (const outcome of outcomes) {
      for (const listener of this.outcomeListeners) {
        try {
          listener(outcome);
        } catch {
          /* an observer must not break the queue */
        }
      }
    }
    if (this.isIdle()) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
    return { messageIds: batch.map((m) => m.messageId), outcomes, ...(batchError ? { error: batchError } : {}) };
  }

  /** Arms the timer for the next visible message, unless a loop is running (it looks again when done). */
  private schedule(): void {
    if (!this.running || this.loop) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    let next: number | undefined;
    for (const message of this.pending.values()) {
      if (next === undefined || message.visibleAt < next) next = message.visibleAt;
    }
    if (next === undefined) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.loop = this.dispatchVisible()
          .catch((error: unknown) => this.onError(error))
          .finally(() => {
            this.loop = undefined;
            this.schedule();
          });
      },
      Math.max(0, next - this.now()),
    );
  }

  private async dispatchVisible(): Promise<void> {
    while (this.running && (await this.processBatch()) !== null);
  }

  private isIdle(): boolean {
    return this.pending.size === 0 && this.inFlight.length === 0;
  }

  private toRecord(message: StoredMessage): SQSRecord {
    return {
      messageId: message.messageId,
      receiptHandle: `${message.messageId}#${message.receiveCount}#${randomUUID()}`,
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(message.sentAt),
        SenderId: 'AIDALOCALSTACKSENDER',
        ApproximateFirstReceiveTimestamp: String(message.firstReceivedAt ?? message.sentAt),
      },
      messageAttributes: {},
      md5OfBody: createHash('md5').update(message.body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: this.arn,
      awsRegion: LOCAL_REGION,
    };
  }

  /**
   * The Lambda context of one invocation, whose time runs out after
   * `timeoutMs`: no later than the batch's first retry. On AWS the queue's
   * visibility timeout outlasts the function timeout, and Powertools'
   * idempotency lock lasts the invocation's remaining time, so a lock an
   * invocation could not release (DynamoDB down, a crash) has expired when
   * the message comes back. Here retries come within seconds, and so must
   * the deadline, or the retries find the lock and fail until the message is
   * dead-lettered. The remaining time never reads 0 (Powertools would then set
   * no lock expiry at all).
   */
  private context(timeoutMs: number): Context {
    const deadline = Date.now() + Math.max(1, timeoutMs);
    const awsRequestId = randomUUID();
    return {
      callbackWaitsForEmptyEventLoop: true,
      functionName: this.functionName,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:function:${this.functionName}`,
      memoryLimitInMB: '1024',
      awsRequestId,
      logGroupName: `/aws/lambda/${this.functionName}`,
      logStreamName: `local/[$LATEST]${awsRequestId.replace(/-/g, '')}`,
      getRemainingTimeInMillis: () => Math.max(1, deadline - Date.now()),
      done: () => undefined,
      fail: () => undefined,
      succeed: () => undefined,
    };
  }

  private persistDeadLetters(): void {
    if (!this.deadLetterFile) return;
    mkdirSync(dirname(this.deadLetterFile), { recursive: true });
    const temp = `${this.deadLetterFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.dead, null, 2) + '\n');
    renameSync(temp, this.deadLetterFile);
  }
}

/** Reads a dead-letter file; a missing file is an empty store, a malformed one an error. */
export function loadDeadLetters(file: string): DeadLetter[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of dead letters`);
  return parsed as DeadLetter[];
}

/**
 * The message of a handler error. Powertools' FullBatchFailureError (every
 * record failed) only says "see individual errors": use those instead.
 */
function errorMessage(err: unknown): string {
  const recordErrors = (err as { recordErrors?: unknown } | null)?.recordErrors;
  if (Array.isArray(recordErrors) && recordErrors.length > 0) {
    return [...new Set(recordErrors.map((e) => errorMessage(e)))].join('; ');
  }
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
