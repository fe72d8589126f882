/**
 * The HTTP API as a Lambda handler (payload format 2.0), shared by the query
 * function and the upload signer (functions/query, functions/upload-url): a
 * thin adapter, routing, validation and the error shape live in router.ts.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createDocumentClient } from '../aws-clients.js';
import { SERVICE } from '../observability/metrics.js';
import { createLogger } from '../observability/logger.js';
import { handleApiRequest, type ApiDeps } from './router.js';

export function createHandler(deps: ApiDeps) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const response = await handleApiRequest(
      {
        method: event.requestContext.http.method,
        path: event.rawPath,
        query: event.queryStringParameters ?? {},
      },
      deps,
    );
    return { statusCode: response.status, headers: response.headers, body: response.body };
  };
}

/** The API's dependencies from a function's environment (uploads off). */
export function apiDepsFromEnv(env: Record<string, string | undefined>): ApiDeps {
  const logger = createLogger(SERVICE.query);
  return {
    db: createDocumentClient(),
    tableName: env.TABLE_NAME ?? '',
    // `*` unless CORS_ALLOW_ORIGIN names an origin; set it empty for no CORS headers.
    corsOrigin: env.CORS_ALLOW_ORIGIN ?? '*',
    logError: (message, error) => logger.error(message, error as Error),
  };
}
