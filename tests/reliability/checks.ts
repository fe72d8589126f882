/**
 * What "nothing lost, nothing twice" means in the table: every article
 * stored once, listed once, with exactly the pointer items its record calls
 * for, and no idempotency lock left behind.
 */
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { IDEMPOTENCY_PK } from '../../functions/ingest/idempotency.js';
import type { ArticleRecord } from '../../shared/contracts.js';
import { indexItems, type Item } from '../../shared/store/article-index.js';
import { articleIdFor, LISTING_PK, RECORD_SK } from '../../shared/store/keys.js';
import { unpackRecordItem } from '../../shared/store/record-item.js';
import { ArticleRepository } from '../../shared/store/repository.js';

export interface Table {
  db: DynamoDBDocumentClient;
  tableName: string;
  bucket: string;
}

/** What the table holds, item by item, for the exactly-once checks. */
export interface Census {
  /** RECORD items that are articles (not deletion tombstones), by article id. */
  records: Map<string, Item>;
  /** How often each article id is listed in the ARTICLES partition. */
  listed: Map<string, number>;
  /** Keys (`PK SK`) of the pointer items the stored records call for that the table lacks or holds otherwise. */
  stalePointers: string[];
  /** Keys of the pointer items no stored record calls for. */
  strayPointers: string[];
  /** Idempotency records still IN PROGRESS. */
  locked: number;
}

const POINTER_PK = /^(ARTICLES|ENTITY#|EVTYPE#|OBJECT#)/;

/** Reads the whole table (fine for the tests' sizes) and sorts it into a census. */
export async function census({ db, tableName }: Table): Promise<Census> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);

  const records = new Map<string, Item>();
  const listed = new Map<string, number>();
  const pointers = new Map<string, string>();
  let locked = 0;
  for (const item of items) {
    const pk = item.PK as string;
    const sk = item.SK as string;
    if (sk === RECORD_SK && item.status !== 'DELETED') records.set(pk.slice(pk.indexOf('#') + 1), item);
    if (pk === LISTING_PK) {
      const id = sk.slice(sk.indexOf('#') + 1);
      listed.set(id, (listed.get(id) ?? 0) + 1);
    }
    if (POINTER_PK.test(pk)) pointers.set(`${pk} ${sk}`, canonical(item));
    if (pk === IDEMPOTENCY_PK && item.status === 'INPROGRESS') locked++;
  }
  const wanted = new Map<string, string>();
  for (const item of records.values()) {
    for (const pointer of indexItems(unpackRecordItem(item).article)) wanted.set(`${pointer.PK as string} ${pointer.SK as string}`, canonical(pointer));
  }
  return {
    records,
    listed,
    stalePointers: [...wanted].filter(([key, value]) => pointers.get(key) !== value).map(([key]) => key),
    strayPointers: [...pointers.keys()].filter((key) => !wanted.has(key)),
    locked,
  };
}

/** JSON with object keys sorted, so equal items compare equal as strings. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);
}

/** Every key stored once, PROCESSED, with every pointer item its record calls for and none other, and no idempotency lock left. */
export async function expectExactlyOnce(r: Table, keys: readonly string[]): Promise<void> {
  const table = await census(r);
  const ids = keys.map((key) => articleIdFor(r.bucket, key));
  expect(ids.filter((id) => !table.records.has(id)), 'articles lost').toEqual([]);
  expect(table.records.size, 'articles in the table').toBe(keys.length);
  expect([...table.records.values()].filter((item) => item.status !== 'PROCESSED').map((item) => item.error)).toEqual([]);
  expect(ids.filter((id) => table.listed.get(id) !== 1), 'articles not listed exactly once').toEqual([]);
  expect(table.stalePointers, 'pointer items missing or outdated').toEqual([]);
  expect(table.strayPointers, 'pointer items of no article').toEqual([]);
  expect(table.locked, 'idempotency records left in progress').toBe(0);
}

/** The stored record without what names its place (id and source), to compare articles stored under two keys. */
export async function content(r: Table, key: string): Promise<Omit<ArticleRecord, 'articleId' | 'source'>> {
  const stored = await new ArticleRepository(r.db, r.tableName).getArticle(articleIdFor(r.bucket, key));
  const { articleId: _id, source: _source, ...record } = stored!.record!;
  return record;
}
