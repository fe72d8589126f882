/**
 * Pages over pointer partitions (schema.ts), newest first: one partition, or
 * several merged (a name that denotes two entities), each read with Query
 * and sliced by publication date in the key condition.
 *
 * A pointer stands for zero or more results (an article's quotes by one
 * speaker), so a page is cut by results, not pointers. The position after a
 * page is the last pointer touched in merge order (sort key descending, then
 * source index) and how many of its results were served; the next page
 * starts there. The order is total, so pages never repeat or skip a result
 * while the data stays the same.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Item } from './article-index.js';
import { dateBounds } from './keys.js';

export interface PointerSource {
  pk: string;
  /** A FilterExpression over pointer attributes, e.g. only pointers with quotes. */
  filter?: { expression: string; names?: Record<string, string>; values: Record<string, unknown> };
}

/** Where a page ended: results before `skip` of pointer (`sk`, `source`) are served; 0 means all of it. */
export interface Position {
  sk: string;
  source: number;
  skip: number;
}

export interface Pointer {
  source: number;
  sk: string;
  item: Item;
}

export interface PointerPageOptions<T> {
  sources: PointerSource[];
  from?: string;
  to?: string;
  limit: number;
  after?: Position;
  /** The results each pointer stands for, in the pointers' order. */
  expand: (pointers: Pointer[]) => Promise<T[][]>;
  /** How many results a pointer says it stands for (its count attribute), so a page reads no more articles than it needs; 1 when absent. */
  countOf?: (item: Item) => number;
}

/** Orders pointers newest first, ties by source; negative when `a` comes first. */
const mergeOrder = (a: { sk: string; source: number }, b: { sk: string; source: number }): number =>
  a.sk === b.sk ? a.source - b.source : a.sk > b.sk ? -1 : 1;

/** One partition read newest first, a Query page at a time. */
class PointerStream {
  private buffer: Item[] = [];
  private start: Item | undefined;
  private done = false;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly source: PointerSource,
    readonly index: number,
    private readonly bounds: { lo: string; hi: string },
    private readonly pageSize: number,
    private readonly after: Position | undefined,
  ) {
    if (bounds.hi < bounds.lo) this.done = true;
  }

  /** The next pointer of this partition without taking it; undefined when there is none. */
  async peek(): Promise<Pointer | undefined> {
    while (this.buffer.length === 0 && !this.done) await this.fetch();
    const item = this.buffer[0];
    return item ? { source: this.index, sk: item.SK as string, item } : undefined;
  }

  take(): void {
    this.buffer.shift();
  }

  private async fetch(): Promise<void> {
    const { filter } = this.source;
    const page = await this.db.send(new QueryCommand({
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :lo AND :hi',
      ...(filter ? { FilterExpression: filter.expression, ExpressionAttributeNames: filter.names } : {}),
      ExpressionAttributeValues: { ':pk': this.source.pk, ':lo': this.bounds.lo, ':hi': this.bounds.hi, ...filter?.values },
      ScanIndexForward: false,
      Limit: this.pageSize,
      ExclusiveStartKey: this.start,
    }));
    this.buffer.push(...(page.Items ?? []).filter((item) => !this.servedBefore(item.SK as string)));
    this.start = page.LastEvaluatedKey;
    this.done = this.start === undefined;
  }

  /** Pointers at the resume position's sort key that an earlier page already served in full. */
  private servedBefore(sk: string): boolean {
    const after = this.after;
    if (!after || sk !== after.sk) return false;
    return this.index < after.source || (this.index === after.source && after.skip === 0);
  }
}

class MergedPointers {
  constructor(private readonly streams: PointerStream[]) {}

  async next(): Promise<Pointer | undefined> {
    const heads = (await Promise.all(this.streams.map((s) => s.peek()))).filter((p): p is Pointer => p !== undefined);
    const first = heads.sort(mergeOrder)[0];
    if (first) this.streams[first.source]!.take();
    return first;
  }

  async hasMore(): Promise<boolean> {
    return (await Promise.all(this.streams.map((s) => s.peek()))).some((p) => p !== undefined);
  }
}

/** One page of results from pointer partitions, and the position to continue from when there is more. */
export async function pageOfPointers<T>(
  db: DynamoDBDocumentClient,
  tableName: string,
  options: PointerPageOptions<T>,
): Promise<{ items: T[]; next?: Position }> {
  const { limit, after } = options;
  const dates = dateBounds(options.from, options.to);
  const bounds = { lo: dates.lo, hi: after && after.sk < dates.hi ? after.sk : dates.hi };
  const merged = new MergedPointers(options.sources.map((source, i) => new PointerStream(db, tableName, source, i, bounds, limit + 1, after)));
  const items: T[] = [];
  for (;;) {
    const chunk: Pointer[] = [];
    for (let expected = 0; expected < limit - items.length;) {
      const pointer = await merged.next();
      if (!pointer) break;
      chunk.push(pointer);
      expected += Math.max(1, options.countOf?.(pointer.item) ?? 1);
    }
    if (chunk.length === 0) return { items };
    const expanded = await options.expand(chunk);
    for (const [i, pointer] of chunk.entries()) {
      const results = expanded[i] ?? [];
      const start = after && pointer.sk === after.sk && pointer.source === after.source ? after.skip : 0;
      const taken = results.slice(start, start + limit - items.length);
      items.push(...taken);
      if (items.length < limit) continue;
      const served = start + taken.length;
      const inside = served < results.length;
      const more = inside || i < chunk.length - 1 || (await merged.hasMore());
      return { items, ...(more ? { next: { sk: pointer.sk, source: pointer.source, skip: inside ? served : 0 } } : {}) };
    }
  }
}
