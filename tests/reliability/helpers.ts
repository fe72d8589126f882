/** Helpers of the reliability tests: the local stack, uploads, waiting, and the figures they report. */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { objectsFromNotification } from '../../shared/ingest/notification.js';
import { createLocalDocumentClient, createLocalS3Client } from '../../shared/local/clients.js';
import { silentLogger } from '../../shared/local/logger.js';
import type { MessageOutcome } from '../../shared/local/queue.js';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../shared/local/stack.js';

/** `npm start`'s stack (no inbox, no reader view), with clients for the test and the settled message of every key. */
export interface StackUnderTest {
  stack: LocalStack;
  bucket: string;
  tableName: string;
  s3: S3Client;
  db: DynamoDBDocumentClient;
  /** The last settled message about each object key. */
  settled: Map<string, MessageOutcome>;
  stop(): Promise<void>;
}

export async function startStack(options: LocalStackOptions = {}): Promise<StackUnderTest> {
  const stack = await startLocalStack({ logger: silentLogger, webDir: null, ...options });
  const settled = new Map<string, MessageOutcome>();
  stack.queue.onOutcome((outcome) => {
    for (const { key } of objectsFromNotification(outcome.body)) settled.set(key, outcome);
  });
  const s3 = createLocalS3Client(stack.s3Endpoint);
  const db = createLocalDocumentClient(stack.dynamoEndpoint);
  return {
    stack,
    bucket: stack.bucket,
    tableName: stack.tableName,
    s3,
    db,
    settled,
    async stop() {
      s3.destroy();
      db.destroy();
      await stack.stop();
    },
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A PutObject as any S3 client makes it: UTF-8 text whose format the key's extension names. */
export async function upload(s3: S3Client, bucket: string, key: string, body: string): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'text/plain; charset=utf-8' }));
}

/** Runs `work` over `items` with at most `concurrency` at a time; resolves when all are done. */
export async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Waits until `probe` is true, polling; fails after `timeoutMs` naming `what`. */
export async function until(probe: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

/** The highest resident set size seen while sampling, in MB. */
export function rssSampler(everyMs = 50): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage.rss()) / 2 ** 20);
    },
  };
}

const SUMMARY = fileURLToPath(new URL('../artifacts/reliability.jsonl', import.meta.url));

/** Appends one scenario's figures to tests/artifacts/reliability.jsonl (git-ignored) and prints them. */
export function report(scenario: string, figures: Record<string, unknown>): void {
  const line = JSON.stringify({ scenario, at: new Date().toISOString(), ...figures });
  mkdirSync(dirname(SUMMARY), { recursive: true });
  appendFileSync(SUMMARY, `${line}\n`);
  console.log(`reliability: ${line}`);
}
