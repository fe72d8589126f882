import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { nameKey } from '../extract/names.js';
import { CursorError } from '../store/cursor.js';
import { AnalystQueries } from '../store/queries.js';
import { ArticleRepository } from '../store/repository.js';
import openapi from './openapi.json' with { type: 'json' };
import { ApiError, errorResponse, json, type ApiResponse } from './responses.js';
import {
  ENTITY_TYPES, INGEST_STATUSES, MODALITIES, cursorParam, dateRange, invalid, onlyKnown, optionalEnum, optionalName,
  pageLimit, requiredName, type Query,
} from './validate.js';

export type { ApiResponse } from './responses.js';

export interface ApiDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  /** `Access-Control-Allow-Origin` for every response: `*` (the default), an origin, or `''` for no CORS headers. */
  corsOrigin?: string;
  /** Where unexpected errors go; the client only ever sees a generic message. */
  logError?: (message: string, error: unknown) => void;
  /**
   * Signs `GET /upload-url` (shared/api/upload.ts); absent: uploading is off (404).
   * Injected, so the query function's bundle carries no S3 client or presigner.
   */
  uploads?: UploadSigner;
}

/** Answers `GET /upload-url` from its validated query. */
export type UploadSigner = (query: Query) => Promise<ApiResponse>;

/** The query parameters of `GET /upload-url`. */
export const UPLOAD_PARAMS = ['filename', 'contentType', 'size', 'publishedAt'] as const;

export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string | undefined>;
}

interface Stores {
  articles: ArticleRepository;
  queries: AnalystQueries;
  uploads?: UploadSigner;
}

export interface Route {
  /** The path as the OpenAPI document spells it. */
  path: string;
  pattern: RegExp;
  /** The query parameters it takes; any other is a 400. */
  params: readonly string[];
  handle: (stores: Stores, query: Query, pathParams: string[]) => Promise<ApiResponse>;
}

const ARTICLE_ID = /^[0-9a-f]{24}$/;
const LIST = ['limit', 'cursor'] as const;

const page = <T>(field: string, result: { items: T[]; cursor?: string }, extra: object = {}): ApiResponse =>
  json(200, { ...extra, [field]: result.items, ...(result.cursor ? { cursor: result.cursor } : {}) });

/**
 * The HTTP API, independent of API Gateway: request in, response out. Every
 * invalid parameter is a 400 naming it; unknown paths 404; methods other
 * than GET, HEAD and OPTIONS 405.
 */
export const ROUTES: readonly Route[] = [
  { path: '/health', pattern: /^\/health$/, params: [], handle: async () => json(200, { status: 'ok' }) },
  { path: '/openapi.json', pattern: /^\/openapi\.json$/, params: [], handle: async () => json(200, openapi) },
  {
    path: '/articles',
    pattern: /^\/articles$/,
    params: ['status', 'from', 'to', ...LIST],
    handle: async ({ queries }, query) =>
      page('articles', await queries.listArticles({
        status: optionalEnum(query, 'status', INGEST_STATUSES), ...dateRange(query), limit: pageLimit(query), cursor: cursorParam(query),
      })),
  },
  {
    path: '/articles/{id}',
    pattern: /^\/articles\/([^/]+)$/,
    params: [],
    handle: async ({ articles }, _query, [id]) => {
      if (!ARTICLE_ID.test(id!)) throw invalid('id', 'must be an article id: 24 lowercase hex characters.');
      const stored = await articles.getArticle(id!);
      if (!stored) throw new ApiError(404, 'NOT_FOUND', `No article with id ${id}.`);
      const { status, record, bodyTruncated } = stored;
      if (!record) return json(200, status);
      return json(200, { ...record, status: status.status, ingestedAt: status.ingestedAt, ...(bodyTruncated ? { bodyTruncated } : {}) });
    },
  },
  {
    path: '/quotes',
    pattern: /^\/quotes$/,
    params: ['speaker', 'from', 'to', ...LIST],
    handle: async ({ queries }, query) => {
      const speaker = requiredName(query, 'speaker');
      const result = await queries.quotes({ speaker, ...dateRange(query), limit: pageLimit(query), cursor: cursorParam(query) });
      return page('quotes', result, { speaker, entityKeys: result.entityKeys });
    },
  },
  {
    path: '/events',
    pattern: /^\/events$/,
    params: ['type', 'entity', 'modality', 'from', 'to', ...LIST],
    handle: async ({ queries }, query) => {
      const type = optionalName(query, 'type', 100);
      const entity = optionalName(query, 'entity');
      if (type === undefined && entity === undefined) throw invalid('type', 'type or entity is required.');
      const modality = optionalEnum(query, 'modality', MODALITIES);
      const result = await queries.events({ type, entity, modality, ...dateRange(query), limit: pageLimit(query), cursor: cursorParam(query) });
      return page('events', result, result.entityKeys ? { entityKeys: result.entityKeys } : {});
    },
  },
  {
    path: '/entities',
    pattern: /^\/entities$/,
    params: ['prefix', 'type', ...LIST],
    handle: async ({ queries }, query) => {
      const prefix = optionalName(query, 'prefix', 100);
      const type = optionalEnum(query, 'type', ENTITY_TYPES);
      if (prefix === undefined && type === undefined) throw invalid('prefix', 'prefix or type is required.');
      return page('entities', await queries.entities({ prefix, type, limit: pageLimit(query), cursor: cursorParam(query) }));
    },
  },
  {
    path: '/entities/{key}',
    pattern: /^\/entities\/([^/]+)$/,
    params: [],
    handle: async ({ queries }, _query, [key]) => {
      if (nameKey(key!) === '' || key!.length > 200) throw invalid('key', 'must be an entity key or name (1 to 200 characters, a letter or digit).');
      const entity = await queries.entity(key!);
      if (!entity) throw new ApiError(404, 'NOT_FOUND', `No entity with key ${nameKey(key!)}.`);
      return json(200, entity);
    },
  },
  {
    path: '/upload-url',
    pattern: /^\/upload-url$/,
    params: UPLOAD_PARAMS,
    handle: async ({ uploads }, query) => {
      if (!uploads) throw new ApiError(404, 'NOT_FOUND', 'Uploading is not enabled on this API.');
      return uploads(query);
    },
  },
];

const READ_METHODS = ['GET', 'HEAD'];

export async function handleApiRequest(request: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const cors = corsHeaders(deps.corsOrigin ?? '*');
  const response = await respond(request, deps, cors);
  return { ...response, headers: { ...response.headers, ...cors } };
}

async function respond(request: ApiRequest, deps: ApiDeps, cors: Record<string, string>): Promise<ApiResponse> {
  const path = request.path.length > 1 ? request.path.replace(/\/+$/, '') : request.path;
  try {
    const match = ROUTES.map((route) => ({ route, params: route.pattern.exec(path) })).find((m) => m.params);
    if (!match) throw new ApiError(404, 'NOT_FOUND', `No route for ${path}.`);
    if (request.method === 'OPTIONS') return preflight(cors);
    if (!READ_METHODS.includes(request.method)) {
      throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}; use GET.`, { allow: 'GET, HEAD, OPTIONS' });
    }
    const pathParams = match.params!.slice(1).map(safeDecode);
    onlyKnown(request.query, match.route.params);
    const articles = new ArticleRepository(deps.db, deps.tableName);
    return await match.route.handle(
      { articles, queries: new AnalystQueries(deps.db, deps.tableName, articles), uploads: deps.uploads }, request.query, pathParams,
    );
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    if (error instanceof CursorError) return errorResponse(invalid('cursor', error.message));
    deps.logError?.('unhandled API error', error);
    return errorResponse(new ApiError(500, 'INTERNAL', 'The request could not be completed.'));
  }
}

function corsHeaders(origin: string): Record<string, string> {
  if (origin === '') return {};
  return { 'access-control-allow-origin': origin, ...(origin === '*' ? {} : { vary: 'origin' }) };
}

function preflight(cors: Record<string, string>): ApiResponse {
  if (Object.keys(cors).length === 0) return { status: 204, headers: {}, body: '' };
  return {
    status: 204,
    headers: { 'access-control-allow-methods': 'GET, HEAD, OPTIONS', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' },
    body: '',
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ApiError(400, 'INVALID_PARAMETER', 'The path is not valid percent-encoding.');
  }
}
