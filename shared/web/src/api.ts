/**
 * The page's only way to data: the public HTTP API on its own origin
 * (locally the same server; on AWS CloudFront routes the API paths to it).
 */
import type { ArticleRecord, ArticleStatus, EntityType, NewsEvent, Quote } from '../../contracts.js';
import type { EntityCounts } from './counts.js';

export type { ArticleRecord, ArticleStatus, Entity, NewsEvent, Quote } from '../../contracts.js';

export interface ArticleRef {
  articleId: string;
  articleTitle: string;
  publishedAt: string | null;
}
export type ArticleQuote = Quote & ArticleRef;
export type ArticleEvent = NewsEvent & ArticleRef;

export interface EntitySummary {
  key: string;
  name: string;
  type: EntityType;
  matched: string;
  counts: EntityCounts;
}
export interface EntityDetail {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  titles: string[];
  counts: EntityCounts;
}

/** `GET /articles/{id}`: the record of a processed article, the status (and error) of any other. */
export type ArticleAnswer = (ArticleRecord & { status: 'PROCESSED'; ingestedAt: string }) | ArticleStatus;

export interface Page<T> {
  items: T[];
  cursor?: string;
}

export interface UploadTicket {
  url: string;
  method: 'PUT';
  headers: Record<string, string>;
  articleId: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The endpoint is not there (an API without this feature) or the thing asked for does not exist. */
  get notFound(): boolean {
    return this.status === 404;
  }

  /** The API wants a signed-in caller. */
  get unauthorized(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** The answer, or undefined when the endpoint or the thing is not there (404). */
export async function orMissing<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.notFound) return undefined;
    throw error;
  }
}

const TOKEN_KEY = 'news-reader-token';

/** A bearer token for an API behind a JWT authoriser, kept for this browser session only. */
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string): void => (value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY)),
};

type Params = Record<string, string | number | undefined | null>;

export async function getJson<T>(path: string, params: Params = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const bearer = token.get();
  const search = query.toString();
  const response = await fetch(`${path}${search ? `?${search}` : ''}`, {
    headers: { accept: 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
  });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok) {
    throw new ApiError(response.status, body?.error?.code ?? 'HTTP_ERROR', body?.error?.message ?? `The API answered ${response.status}.`);
  }
  return body as T;
}

/** A list endpoint's page: its items under `field`, and the cursor of the next page. */
async function getPage<T>(path: string, field: string, params: Params): Promise<Page<T>> {
  const body = await getJson<Record<string, unknown>>(path, params);
  return { items: (body[field] as T[] | undefined) ?? [], ...(typeof body.cursor === 'string' ? { cursor: body.cursor } : {}) };
}

export const api = {
  articles: (params: { status?: string; from?: string; to?: string; cursor?: string }) =>
    getPage<ArticleStatus>('/articles', 'articles', { ...params, limit: 20 }),
  article: (id: string) => getJson<ArticleAnswer>(`/articles/${encodeURIComponent(id)}`),
  quotes: (speaker: string, cursor?: string) => getPage<ArticleQuote>('/quotes', 'quotes', { speaker, cursor, limit: 20 }),
  events: (entity: string, cursor?: string) => getPage<ArticleEvent>('/events', 'events', { entity, cursor, limit: 20 }),
  entities: (prefix: string) => getPage<EntitySummary>('/entities', 'entities', { prefix, limit: 8 }),
  entity: (key: string) => getJson<EntityDetail>(`/entities/${encodeURIComponent(key)}`),
  uploadUrl: (params: { filename: string; contentType: string; size: number; publishedAt?: string }) =>
    getJson<UploadTicket>('/upload-url', params),
};

export type ProcessedArticle = Extract<ArticleAnswer, { body: string }>;

/** The record when the answer is a processed article. */
export function isRecord(answer: ArticleAnswer): answer is ProcessedArticle {
  return 'body' in answer;
}
