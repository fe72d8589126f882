import {
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord, ArticleStatus, Entity, IngestStatus, Quote } from '../contracts.js';
import { acronymOf, nameKey, significantWords } from '../extract/names.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import {
  ARTICLES_PK,
  META_SK,
  aliasPk,
  articlePk,
  childSk,
  dateSortKey,
  entitySk,
  newRevision,
  speakerPk,
  type ChildKind,
} from './keys.js';
import { GSI } from './schema.js';

type Item = Record<string, unknown>;

export interface Page<T> {
  items: T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  cursor?: string;
}

/** A quote with the article it came from, as `GET /quotes` serves it. */
export interface SpeakerQuote extends Quote {
  articleId: string;
  articleTitle: string;
  publishedAt: string | null;
}

export interface StoredArticle {
  status: ArticleStatus;
  /** Present when the article was processed. */
  record?: ArticleRecord;
}

export interface ListArticlesOptions {
  status?: IngestStatus;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

const BATCH_SIZE = 25;
const MAX_BATCH_ATTEMPTS = 8;

/**
 * The DynamoDB single-table repository: writes whole articles safely without
 * transactions and answers the API's query patterns, each with Query (never
 * Scan). Key layout in schema.ts and keys.ts.
 */
export class ArticleRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /**
   * Store a processed article: children first under a new revision, then
   * META pointing at it, then remove the previous revision's children.
   */
  async saveRecord(record: ArticleRecord, ingestedAt: Date): Promise<void> {
    const rev = newRevision(ingestedAt);
    const pk = articlePk(record.articleId);
    const date = dateSortKey(record.publishedAt);
    const entityKeys = new Map(record.entities.map((e) => [e.id, nameKey(e.name)]));
    const children: Item[] = [
      ...record.entities.map((entity, n) => child(pk, 'ENTITY', rev, n, { entity, entityKey: entityKeys.get(entity.id) })),
      ...record.quotes.map((quote, n) => {
        const speakerKey = quote.speaker ? entityKeys.get(quote.speaker.entityId ?? '') ?? nameKey(quote.speaker.name) : '';
        return child(pk, 'QUOTE', rev, n, {
          quote,
          articleId: record.articleId,
          articleTitle: record.title,
          publishedAt: record.publishedAt,
          ...(speakerKey
            ? { [GSI.quotesBySpeaker.partitionKey]: speakerPk(speakerKey), [GSI.quotesBySpeaker.sortKey]: `${date}#${record.articleId}#${String(n).padStart(5, '0')}` }
            : {}),
        });
      }),
      ...record.events.map((event, n) => child(pk, 'EVENT', rev, n, { event })),
      ...aliasItems(record),
    ];
    await this.batchWrite(children.map((Item) => ({ PutRequest: { Item } })));
    const { body, entities, quotes, events, ...meta } = record;
    await this.putMeta(record.articleId, rev, {
      ...meta,
      body,
      status: 'PROCESSED',
      ingestedAt: ingestedAt.toISOString(),
      counts: { entities: entities.length, quotes: quotes.length, events: events.length },
    });
    await this.deleteChildrenExcept(record.articleId, rev);
  }

  /** Record why an article could not be processed; any earlier extraction of it is removed. */
  async saveStatus(status: ArticleStatus): Promise<void> {
    const rev = newRevision(new Date(status.ingestedAt));
    await this.putMeta(status.articleId, rev, { ...status });
    await this.deleteChildrenExcept(status.articleId, rev);
  }

  /** The ingest status alone (one GetItem): what happened to an article, without its content. */
  async getStatus(articleId: string): Promise<ArticleStatus | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { PK: articlePk(articleId), SK: META_SK } }));
    return Item ? statusFromMeta(Item) : undefined;
  }

  async getArticle(articleId: string): Promise<StoredArticle | undefined> {
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': articlePk(articleId) },
    });
    const meta = items.find((i) => i.SK === META_SK);
    if (!meta) return undefined;
    const status = statusFromMeta(meta);
    if (status.status !== 'PROCESSED') return { status };
    const current = items.filter((i) => i.rev === meta.rev && i.SK !== META_SK);
    const of = <T>(kind: ChildKind, field: string): T[] =>
      current.filter((i) => (i.SK as string).startsWith(`${kind}#`)).map((i) => i[field] as T);
    const record: ArticleRecord = {
      articleId,
      ...(meta.source ? { source: meta.source as ArticleRecord['source'] } : {}),
      title: meta.title as string,
      publishedAt: (meta.publishedAt as string | null) ?? null,
      language: meta.language as string,
      body: meta.body as string,
      relatedLinks: (meta.relatedLinks as string[]) ?? [],
      entities: of<Entity>('ENTITY', 'entity'),
      quotes: of<Quote>('QUOTE', 'quote'),
      events: of('EVENT', 'event'),
      extractor: meta.extractor as ArticleRecord['extractor'],
    };
    return { status, record };
  }

  /** Articles newest first by publication date, optionally by status and date range. */
  async listArticles(options: ListArticlesOptions): Promise<Page<ArticleStatus>> {
    const { partitionKey, sortKey, name } = GSI.articlesByDate;
    const after = options.cursor ? decodeCursor(options.cursor, 'articles').last : undefined;
    const range = sortKeyRange(sortKey, options.from, options.to, after);
    const items: Item[] = [];
    let exclusiveStartKey: Item | undefined;
    do {
      const page = await this.db.send(new QueryCommand({
        TableName: this.tableName,
        IndexName: name,
        KeyConditionExpression: `#pk = :pk${range.condition}`,
        ...(options.status ? { FilterExpression: '#status = :status' } : {}),
        ExpressionAttributeNames: { '#pk': partitionKey, ...range.names, ...(options.status ? { '#status': 'status' } : {}) },
        ExpressionAttributeValues: { ':pk': ARTICLES_PK, ...range.values, ...(options.status ? { ':status': options.status } : {}) },
        ScanIndexForward: false,
        Limit: options.limit + 1,
        ExclusiveStartKey: exclusiveStartKey,
      }));
      // BETWEEN is inclusive: drop the item the cursor already served.
      items.push(...(page.Items ?? []).filter((i) => i[sortKey] !== after));
      exclusiveStartKey = page.LastEvaluatedKey;
    } while (items.length <= options.limit && exclusiveStartKey);
    const pageItems = items.slice(0, options.limit);
    const more = items.length > options.limit || exclusiveStartKey !== undefined;
    const last = pageItems[pageItems.length - 1];
    return {
      items: pageItems.map(statusFromMeta),
      ...(more && last ? { cursor: encodeCursor('articles', { last: last[sortKey] as string }) } : {}),
    };
  }

  /**
   * A speaker's quotes across articles, newest first. The speaker is looked
   * up as any name form ("Lorenzana", "DFA", "delfin lorenzana") through the
   * alias items, then each matching entity's quotes are read from GSI1 and
   * merged. The cursor remembers the last sort key served per entity.
   */
  async quotesBySpeaker(speaker: string, limit: number, cursor?: string): Promise<Page<SpeakerQuote>> {
    const positions = cursor ? decodeCursor(cursor, 'quotes').positions : undefined;
    const entityKeys = positions ? Object.keys(positions) : await this.resolveAlias(speaker);
    const { name, partitionKey, sortKey } = GSI.quotesBySpeaker;
    const perEntity = await Promise.all(entityKeys.map(async (entityKey) => {
      const last = positions?.[entityKey];
      if (last === '') return { entityKey, items: [] as Item[], more: false };
      const page = await this.db.send(new QueryCommand({
        TableName: this.tableName,
        IndexName: name,
        KeyConditionExpression: `#pk = :pk${last ? ' AND #sk < :last' : ''}`,
        ExpressionAttributeNames: { '#pk': partitionKey, ...(last ? { '#sk': sortKey } : {}) },
        ExpressionAttributeValues: { ':pk': speakerPk(entityKey), ...(last ? { ':last': last } : {}) },
        ScanIndexForward: false,
        Limit: limit,
      }));
      return { entityKey, items: page.Items ?? [], more: page.LastEvaluatedKey !== undefined };
    }));
    const merged = perEntity
      .flatMap(({ entityKey, items }) => items.map((item) => ({ entityKey, item })))
      .sort((a, b) => String(b.item[sortKey]).localeCompare(String(a.item[sortKey])))
      .slice(0, limit);
    const next: Record<string, string> = {};
    let more = false;
    for (const { entityKey, items, more: entityMore } of perEntity) {
      const served = merged.filter((m) => m.entityKey === entityKey);
      const lastServed = served[served.length - 1]?.item[sortKey] as string | undefined;
      const exhausted = served.length === items.length && !entityMore;
      next[entityKey] = exhausted ? '' : lastServed ?? positions?.[entityKey] ?? '\uffff';
      if (!exhausted) more = true;
    }
    return {
      items: merged.map(({ item }) => ({
        ...(item.quote as Quote),
        articleId: item.articleId as string,
        articleTitle: item.articleTitle as string,
        publishedAt: (item.publishedAt as string | null) ?? null,
      })),
      ...(more ? { cursor: encodeCursor('quotes', { positions: next }) } : {}),
    };
  }

  /** Entity keys that a written name form denotes, across all articles. */
  async resolveAlias(name: string): Promise<string[]> {
    const key = nameKey(name);
    if (key === '') return [];
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': aliasPk(key) },
    });
    return items.map((i) => i.entityKey as string);
  }

  private async putMeta(articleId: string, rev: string, fields: Item): Promise<void> {
    const publishedAt = (fields.publishedAt as string | null | undefined) ?? null;
    await this.db.send(new PutCommand({
      TableName: this.tableName,
      Item: {
        ...fields,
        PK: articlePk(articleId),
        SK: META_SK,
        rev,
        articleId,
        [GSI.articlesByDate.partitionKey]: ARTICLES_PK,
        [GSI.articlesByDate.sortKey]: `${dateSortKey(publishedAt)}#${articleId}`,
      },
    }));
  }

  private async deleteChildrenExcept(articleId: string, rev: string): Promise<void> {
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ProjectionExpression: 'PK, SK, rev',
      ExpressionAttributeValues: { ':pk': articlePk(articleId) },
    });
    const stale = items.filter((i) => i.SK !== META_SK && i.rev !== rev);
    await this.batchWrite(stale.map((i) => ({ DeleteRequest: { Key: { PK: i.PK, SK: i.SK } } })));
  }

  private async queryAll(input: QueryCommandInput): Promise<Item[]> {
    const items: Item[] = [];
    let exclusiveStartKey: Item | undefined;
    do {
      const page = await this.db.send(new QueryCommand({ ...input, ExclusiveStartKey: exclusiveStartKey }));
      items.push(...(page.Items ?? []));
      exclusiveStartKey = page.LastEvaluatedKey;
    } while (exclusiveStartKey);
    return items;
  }

  /** BatchWriteItem in chunks of 25, retrying unprocessed items with exponential backoff and jitter. */
  private async batchWrite(requests: Item[]): Promise<void> {
    for (let i = 0; i < requests.length; i += BATCH_SIZE) {
      let pending = requests.slice(i, i + BATCH_SIZE);
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt === MAX_BATCH_ATTEMPTS) throw new Error(`${pending.length} writes still unprocessed after ${attempt} attempts`);
        if (attempt > 0) await this.sleep(Math.random() * Math.min(2000, 50 * 2 ** attempt));
        const result = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }));
        pending = (result.UnprocessedItems?.[this.tableName] ?? []) as Item[];
      }
    }
  }
}

function child(pk: string, kind: ChildKind, rev: string, n: number, fields: Item): Item {
  return { PK: pk, SK: childSk(kind, rev, n), rev, ...fields };
}

/**
 * Alias items map every way a name is written to its cross-article key:
 * the canonical name, its aliases without titles, a person's surname and an
 * organisation's acronym; and each unresolved speaker ("a spokesperson")
 * to itself. Re-writing an existing alias is harmless (same key).
 */
function aliasItems(record: ArticleRecord): Item[] {
  const pairs = new Map<string, { entityKey: string; name: string }>();
  const add = (alias: string, entityKey: string, name: string): void => {
    const aliasKey = nameKey(alias);
    if (aliasKey && entityKey) pairs.set(`${aliasKey}|${entityKey}`, { entityKey, name });
  };
  for (const entity of record.entities) {
    if (entity.type === 'OTHER') continue;
    const entityKey = nameKey(entity.name);
    for (const alias of [entity.name, ...entity.aliases]) add(alias, entityKey, entity.name);
    const words = significantWords(entity.name);
    if (entity.type === 'PERSON' && words.length > 1) add(words[words.length - 1]!, entityKey, entity.name);
    if (entity.type === 'ORG' && words.length > 1) add(acronymOf(entity.name), entityKey, entity.name);
  }
  for (const quote of record.quotes) {
    if (quote.speaker && !quote.speaker.entityId) add(quote.speaker.name, nameKey(quote.speaker.name), quote.speaker.name);
  }
  return [...pairs].map(([pair, { entityKey, name }]) => ({
    PK: aliasPk(pair.slice(0, pair.indexOf('|'))),
    SK: entitySk(entityKey),
    entityKey,
    name,
  }));
}

function statusFromMeta(meta: Item): ArticleStatus {
  return {
    articleId: meta.articleId as string,
    status: meta.status as IngestStatus,
    source: meta.source as ArticleStatus['source'],
    title: (meta.title as string | null) ?? null,
    publishedAt: (meta.publishedAt as string | null) ?? null,
    ingestedAt: meta.ingestedAt as string,
    counts: (meta.counts as ArticleStatus['counts']) ?? { entities: 0, quotes: 0, events: 0 },
    ...(meta.error ? { error: meta.error as ArticleStatus['error'] } : {}),
  };
}

/** Key condition for an optional date range, continuing below a cursor's last sort key. */
function sortKeyRange(sortKey: string, from?: string, to?: string, before?: string): {
  condition: string;
  names: Record<string, string>;
  values: Record<string, string>;
} {
  const upper = [before, to ? `${to}#\uffff` : undefined].filter((v): v is string => v !== undefined).sort()[0];
  const lower = from;
  const names: Record<string, string> = upper || lower ? { '#sk': sortKey } : {};
  if (upper && lower) return { condition: ' AND #sk BETWEEN :lo AND :hi', names, values: { ':lo': lower, ':hi': upper } };
  if (upper) return { condition: ' AND #sk < :hi', names, values: { ':hi': upper } };
  if (lower) return { condition: ' AND #sk >= :lo', names, values: { ':lo': lower } };
  return { condition: '', names, values: {} };
}
