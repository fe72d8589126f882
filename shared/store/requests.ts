/** DynamoDB requests that may take several calls: batch writes and gets with backoff, queries over every page. */
import { BatchGetCommand, BatchWriteCommand, QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Item } from './article-index.js';

const WRITE_BATCH = 25;
const GET_BATCH = 100;
const MAX_ATTEMPTS = 8;

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Full jitter: a random wait up to an exponentially growing cap, so throttled writers spread out. */
const backoff = (attempt: number): number => Math.random() * Math.min(2000, 50 * 2 ** attempt);

/**
 * Calls `send` on `pending` until it reports nothing left over, waiting with
 * exponential backoff and jitter between attempts (DynamoDB returns what it
 * throttled as unprocessed rather than failing the call).
 */
async function untilProcessed<T>(pending: T[], send: (batch: T[]) => Promise<T[]>, sleep: Sleep): Promise<void> {
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === MAX_ATTEMPTS) throw new Error(`${pending.length} requests still unprocessed after ${attempt} attempts`);
    if (attempt > 0) await sleep(backoff(attempt));
    pending = await send(pending);
  }
}

/** Puts and deletes in BatchWriteItem chunks of 25; the keys must be distinct. */
export async function batchWrite(
  db: DynamoDBDocumentClient,
  tableName: string,
  writes: { puts?: Item[]; deletes?: Item[] },
  sleep: Sleep = realSleep,
): Promise<void> {
  const requests: Item[] = [
    ...(writes.deletes ?? []).map((Key) => ({ DeleteRequest: { Key } })),
    ...(writes.puts ?? []).map((Item) => ({ PutRequest: { Item } })),
  ];
  for (let i = 0; i < requests.length; i += WRITE_BATCH) {
    await untilProcessed(requests.slice(i, i + WRITE_BATCH), async (batch) => {
      const result = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: batch } }));
      return (result.UnprocessedItems?.[tableName] ?? []) as Item[];
    }, sleep);
  }
}

/** Items by key in BatchGetItem chunks of 100 (eventually consistent), in no particular order. */
export async function batchGet(db: DynamoDBDocumentClient, tableName: string, keys: Item[], sleep: Sleep = realSleep): Promise<Item[]> {
  const items: Item[] = [];
  for (let i = 0; i < keys.length; i += GET_BATCH) {
    await untilProcessed(keys.slice(i, i + GET_BATCH), async (batch) => {
      const result = await db.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: batch } } }));
      items.push(...((result.Responses?.[tableName] ?? []) as Item[]));
      return (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as Item[];
    }, sleep);
  }
  return items;
}

/** Every item a Query matches, following LastEvaluatedKey. */
export async function queryAll(db: DynamoDBDocumentClient, input: QueryCommandInput): Promise<Item[]> {
  return (await queryUpTo(db, input, Infinity)).items;
}

/** The first `max` items of a Query (all pages up to them), and whether there are more. */
export async function queryUpTo(db: DynamoDBDocumentClient, input: QueryCommandInput, max: number): Promise<{ items: Item[]; more: boolean }> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const left = max - items.length;
    const page = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: start, ...(Number.isFinite(left) ? { Limit: left } : {}) }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start && items.length < max);
  return { items, more: start !== undefined };
}

/** `PK`/`SK` of an item, as a key and as one string for sets and maps. */
export const keyOf = (item: Item): Item => ({ PK: item.PK, SK: item.SK });
export const keyString = (item: Item): string => `${item.PK as string}\u0000${item.SK as string}`;
