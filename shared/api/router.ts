import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CursorError } from '../store/cursor.js';
import { ArticleRepository } from '../store/repository.js';
import { ApiError, errorResponse, json, type ApiResponse } from './responses.js';
import { optionalDate, optionalEnum, optionalString, requiredString, pageLimit } from './validate.js';

export type { ApiResponse } from './responses.js';

export interface ApiDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  /** Where unexpected errors go; the client only ever sees a generic message. */
  logError?: (message: string, error: unknown) => void;
}

export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string | undefined>;
}

type Query = ApiRequest['query'];
type Route = { pattern: RegExp; handle: (repo: ArticleRepository, query: Query, params: string[]) => Promise<ApiResponse> };

const ARTICLE_ID = /^[0-9a-f]{24}$/;

/**
 * The HTTP API, independent of API Gateway: request in, response out. Every
 * invalid parameter is a 400 naming it; unknown paths 404; other methods 405.
 */
const ROUTES: Route[] = [
  { pattern: /^\/health$/, handle: async () => json(200, { status: 'ok' }) },
  {
    pattern: /^\/articles$/,
    handle: async (repo, query) => {
      const page = await repo.listArticles({
        status: optionalEnum(query, 'status', ['PROCESSED', 'REJECTED', 'FAILED'] as const),
        from: optionalDate(query, 'from'),
        to: optionalDate(query, 'to'),
        limit: pageLimit(query),
        cursor: optionalString(query, 'cursor', 2000),
      });
      return json(200, { articles: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) });
    },
  },
  {
    pattern: /^\/articles\/([^/]+)$/,
    handle: async (repo, _query, [id]) => {
      if (!ARTICLE_ID.test(id!)) throw new ApiError(400, 'INVALID_PARAMETER', 'id must be an article id: 24 lowercase hex characters.');
      const stored = await repo.getArticle(id!);
      if (!stored) throw new ApiError(404, 'NOT_FOUND', `No article with id ${id}.`);
      const { status, record } = stored;
      return json(200, record ? { ...record, status: status.status, ingestedAt: status.ingestedAt } : status);
    },
  },
  {
    pattern: /^\/quotes$/,
    handle: async (repo, query) => {
      const speaker = requiredString(query, 'speaker', 200);
      const page = await repo.quotesBySpeaker(speaker, pageLimit(query), optionalString(query, 'cursor', 4000));
      return json(200, { speaker, quotes: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) });
    },
  },
];

export async function handleApiRequest(request: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const path = request.path.length > 1 ? request.path.replace(/\/+$/, '') : request.path;
  const match = ROUTES.map((route) => ({ route, params: route.pattern.exec(path) })).find((m) => m.params);
  try {
    if (!match) throw new ApiError(404, 'NOT_FOUND', `No route for ${path}.`);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}; use GET.`);
    }
    const params = match.params!.slice(1).map((p) => safeDecode(p));
    return await match.route.handle(new ArticleRepository(deps.db, deps.tableName), request.query, params);
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    if (error instanceof CursorError) return errorResponse(new ApiError(400, 'INVALID_PARAMETER', `cursor: ${error.message}`));
    deps.logError?.('unhandled API error', error);
    return errorResponse(new ApiError(500, 'INTERNAL', 'The request could not be completed.'));
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ApiError(400, 'INVALID_PARAMETER', 'The path is not valid percent-encoding.');
  }
}
