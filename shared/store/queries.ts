/**
 * The analyst's questions, each answered from one partition (or one per
 * entity a name denotes) with Query, never Scan: articles by date and
 * status, quotes by speaker, events by type and/or entity, entities by name
 * prefix or type, one entity's profile. Pointers say where to look; quotes
 * and events come from the articles' RECORD items (schema.ts).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ArticleStatus, EntityType, IngestStatus, Modality, NewsEvent, Quote } from '../contracts.js';
import { nameKey } from '../extract/names.js';
import { eventTypeKey, matchingEvents, quotesBySpeaker, type EventFilter, type Item, type StoredArticle } from './article-index.js';
import type { EntityProfile, NameMatch } from './catalogue.js';
import { decodeCursor, encodeCursor, type CursorScope } from './cursor.js';
import { articleIdOfSk, dateBounds, entityPk, eventTypePk, LISTING_PK, statusListingPk } from './keys.js';
import { queryUpTo } from './requests.js';
import { pageOfPointers, type Pointer, type PointerSource, type Position } from './pointer-pages.js';
import type { ArticleRepository } from './repository.js';

export interface Page<T> {
  items: T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  cursor?: string;
}

/** Where a quote or event was found, as the API serves it beside the quote or event. */
export interface ArticleRef {
  articleId: string;
  articleTitle: string;
  publishedAt: string | null;
}

export type SpeakerQuote = Quote & ArticleRef;
export type ArticleEvent = NewsEvent & ArticleRef;

export interface DateRange {
  from?: string;
  to?: string;
}

export interface PageRequest extends DateRange {
  limit: number;
  cursor?: string;
}

export interface EntityCounts {
  quotes: number;
  events: number;
  /** Articles in which it speaks or takes part in an event. */
  articles: number;
  /** Set when the entity is in more articles than are counted (MAX_COUNTED_ARTICLES): the counts are lower bounds. */
  atLeast?: true;
}

/**
 * Counts read at most this many of an entity's pointers, newest first
 * (about 60 read units): without a bound, each autocomplete of a name that
 * is in the news every day would read its whole history. An entity in more
 * articles gets the counts of its newest ones, marked `atLeast`.
 */
const MAX_COUNTED_ARTICLES = 5_000;

export type EntitySummary = NameMatch & { counts: EntityCounts };

export interface EntityDetail extends EntityProfile {
  counts: EntityCounts;
  quotes: SpeakerQuote[];
  events: ArticleEvent[];
}

/** How many of an entity's latest quotes and events its detail shows. */
export const LATEST = 10;
/** Entity counts are summed from pointer partitions; this many at once. */
const COUNT_CONCURRENCY = 8;

/** A position in one or more pointer partitions, and which partitions (a name's entities, fixed at the first page). */
interface PointerCursor {
  p: Position;
  k?: string[];
}

const refOf = (article: StoredArticle): ArticleRef => ({
  articleId: article.status.articleId,
  articleTitle: article.record?.title ?? article.status.title ?? '',
  publishedAt: article.status.publishedAt,
});

export class AnalystQueries {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly articles: ArticleRepository,
    private readonly maxCountedArticles = MAX_COUNTED_ARTICLES,
  ) {}

  /** Articles newest first by publication date, optionally of one ingest status and in a date range. */
  async listArticles(request: PageRequest & { status?: IngestStatus }): Promise<Page<ArticleStatus>> {
    const scope = { route: 'articles', status: request.status, from: request.from, to: request.to };
    const source: PointerSource = request.status === 'PROCESSED'
      // Processed articles are nearly all: read the main listing and skip the few others (article-index.ts).
      ? { pk: LISTING_PK, filter: { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': 'PROCESSED' } } }
      : { pk: request.status ? statusListingPk(request.status) : LISTING_PK };
    return this.page(scope, request, [source], async (pointers) => pointers.map(({ item }) => [listedStatus(item)]));
  }

  /** A speaker's quotes across articles, newest first. `speaker` is any written form of the name, or its key. */
  async quotes(request: PageRequest & { speaker: string }): Promise<Page<SpeakerQuote> & { entityKeys: string[] }> {
    const scope = { route: 'quotes', speaker: nameKey(request.speaker), from: request.from, to: request.to };
    const keys = await this.entityKeys(scope, request.cursor, request.speaker);
    const sources = keys.map((key) => ({ pk: entityPk(key), filter: { expression: 'nq > :zero', values: { ':zero': 0 } } }));
    const page = await this.page(scope, request, sources, this.expander((article, pointer) => speakerQuotes(article, keys[pointer.source]!)), keys, 'nq');
    return { ...page, entityKeys: keys };
  }

  /** Events of a type and/or with a participating entity (any written form of its name), newest first. */
  async events(request: PageRequest & { type?: string; entity?: string; modality?: Modality }): Promise<Page<ArticleEvent> & { entityKeys?: string[] }> {
    const typeKey = request.type === undefined ? undefined : eventTypeKey(request.type);
    const { modality } = request;
    const scope = { route: 'events', type: typeKey, entity: request.entity === undefined ? undefined : nameKey(request.entity), modality, from: request.from, to: request.to };
    const keys = request.entity === undefined ? undefined : await this.entityKeys(scope, request.cursor, request.entity);
    // Pointers tell which events an article has, so most articles without a match are not read.
    const byEntityType = keys !== undefined && typeKey !== undefined;
    const clauses = [keys ? 'ne > :zero' : '', byEntityType ? 'contains(et, :type)' : '', modality ? 'contains(mo, :modality)' : ''].filter(Boolean);
    const values = { ...(keys ? { ':zero': 0 } : {}), ...(byEntityType ? { ':type': typeKey } : {}), ...(modality ? { ':modality': modality } : {}) };
    const filter = clauses.length > 0 ? { expression: clauses.join(' AND '), values } : undefined;
    const sources = (keys ? keys.map(entityPk) : [eventTypePk(typeKey ?? '')]).map((pk) => ({ pk, ...(filter ? { filter } : {}) }));
    const page = await this.page(scope, request, sources, this.expander((article, pointer) =>
      articleEvents(article, { entityKey: keys?.[pointer.source], typeKey, modality })), keys, keys ? 'ne' : 'n');
    return { ...page, ...(keys ? { entityKeys: keys } : {}) };
  }

  /** Entities whose name (any form) starts with `prefix`, or all of one type, with their counts. */
  async entities(request: { prefix?: string; type?: EntityType; limit: number; cursor?: string }): Promise<Page<EntitySummary>> {
    const scope = { route: 'entities', prefix: request.prefix === undefined ? undefined : nameKey(request.prefix), type: request.type };
    const after = request.cursor ? decodeCursor<{ last: string }>(request.cursor, scope).last : undefined;
    const { catalogue } = this.articles;
    const found = request.prefix !== undefined
      ? await catalogue.search(request.prefix, { type: request.type, limit: request.limit, after })
      : await catalogue.ofType(request.type!, { limit: request.limit, after });
    const counts = await mapLimited(found.matches, COUNT_CONCURRENCY, (match) => this.countsOf(match.key));
    return {
      items: found.matches.map((match, i) => ({ ...match, counts: counts[i]! })),
      ...(found.last ? { cursor: encodeCursor(scope, { last: found.last }) } : {}),
    };
  }

  /** One entity across articles: profile, counts, latest quotes and events. */
  async entity(key: string): Promise<EntityDetail | undefined> {
    const entityKey = nameKey(key);
    const [profile, counted] = await Promise.all([this.articles.catalogue.profile(entityKey), this.pointersOf(entityKey, 'SK, nq, ne')]);
    const { pointers } = counted;
    if (!profile) return undefined;
    /** The newest pointers that together hold LATEST results of a kind. */
    const newest = (field: 'nq' | 'ne'): Item[] => {
      const chosen: Item[] = [];
      for (let i = 0, total = 0; i < pointers.length && total < LATEST; i++) {
        const n = (pointers[i]![field] as number | undefined) ?? 0;
        if (n > 0) chosen.push(pointers[i]!);
        total += n;
      }
      return chosen;
    };
    const [quotePointers, eventPointers] = [newest('nq'), newest('ne')];
    const articles = await this.articles.getArticles([...quotePointers, ...eventPointers].map((p) => articleIdOfSk(p.SK as string)));
    const from = <T>(chosen: Item[], pick: (article: StoredArticle) => T[]): T[] =>
      chosen.flatMap((p) => {
        const article = articles.get(articleIdOfSk(p.SK as string));
        return article?.record ? pick(article) : [];
      }).slice(0, LATEST);
    return {
      ...profile,
      counts: sumCounts(counted),
      quotes: from(quotePointers, (article) => speakerQuotes(article, entityKey)),
      events: from(eventPointers, (article) => articleEvents(article, { entityKey })),
    };
  }

  /** Quote, event and article counts of an entity, summed from its pointers. */
  async countsOf(entityKey: string): Promise<EntityCounts> {
    return sumCounts(await this.pointersOf(entityKey, 'nq, ne'));
  }

  /**
   * An entity's newest MAX_COUNTED_ARTICLES pointers, and whether it has
   * more: only the `attributes` asked for (the counts, and the sort key when
   * the articles are wanted), so a long history comes back as a few bytes
   * per article rather than whole pointers with their event types.
   */
  private async pointersOf(entityKey: string, attributes: string): Promise<{ pointers: Item[]; more: boolean }> {
    const { lo, hi } = dateBounds();
    const { items, more } = await queryUpTo(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':pk': entityPk(entityKey), ':lo': lo, ':hi': hi },
      ProjectionExpression: attributes,
      ScanIndexForward: false,
    }, this.maxCountedArticles);
    return { pointers: items, more };
  }

  /** The entity keys of a name: resolved on the first page, then carried by the cursor so every page reads the same partitions. */
  private async entityKeys(scope: CursorScope, cursor: string | undefined, name: string): Promise<string[]> {
    if (cursor) return decodeCursor<PointerCursor>(cursor, scope).k ?? [];
    return this.articles.catalogue.resolve(name);
  }

  /** Results of each pointer drawn from its article's RECORD item (one BatchGetItem per page). */
  private expander<T>(pick: (article: StoredArticle, pointer: Pointer) => T[]): (pointers: Pointer[]) => Promise<T[][]> {
    return async (pointers) => {
      const articles = await this.articles.getArticles(pointers.map((p) => articleIdOfSk(p.sk)));
      return pointers.map((pointer) => {
        const article = articles.get(articleIdOfSk(pointer.sk));
        return article?.record ? pick(article, pointer) : [];
      });
    };
  }

  private async page<T>(
    scope: CursorScope,
    request: PageRequest,
    sources: PointerSource[],
    expand: (pointers: Pointer[]) => Promise<T[][]>,
    keys?: string[],
    /** The pointer attribute that counts its results. */
    countField?: 'nq' | 'ne' | 'n',
  ): Promise<Page<T>> {
    const after = request.cursor ? decodeCursor<PointerCursor>(request.cursor, scope).p : undefined;
    const countOf = countField ? (item: Item) => (item[countField] as number | undefined) ?? 1 : undefined;
    const { items, next } = await pageOfPointers(this.db, this.tableName, { sources, from: request.from, to: request.to, limit: request.limit, after, expand, ...(countOf ? { countOf } : {}) });
    return { items, ...(next ? { cursor: encodeCursor(scope, { p: next, ...(keys ? { k: keys } : {}) } satisfies PointerCursor) } : {}) };
  }
}

const speakerQuotes = (article: StoredArticle, entityKey: string): SpeakerQuote[] =>
  quotesBySpeaker(article.record!, entityKey).map((quote) => ({ ...quote, ...refOf(article) }));

const articleEvents = (article: StoredArticle, filter: EventFilter): ArticleEvent[] =>
  matchingEvents(article.record!, filter).map((event) => ({ ...event, ...refOf(article) }));

function listedStatus(item: Item): ArticleStatus {
  const { PK: _pk, SK: _sk, ...fields } = item;
  return fields as unknown as ArticleStatus;
}

function sumCounts({ pointers, more }: { pointers: Item[]; more: boolean }): EntityCounts {
  const counts: EntityCounts = { quotes: 0, events: 0, articles: pointers.length };
  for (const p of pointers) {
    counts.quotes += (p.nq as number | undefined) ?? 0;
    counts.events += (p.ne as number | undefined) ?? 0;
  }
  return more ? { ...counts, atLeast: true } : counts;
}

/** `fn` over `values`, at most `limit` at a time, results in order. */
async function mapLimited<T, R>(values: T[], limit: number, fn: (value: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(values.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < values.length) {
      const i = next++;
      results[i] = await fn(values[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, worker));
  return results;
}
