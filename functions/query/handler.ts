/**
 * Query Lambda behind the HTTP API (payload format 2.0). A thin adapter:
 * routing, validation and the error shape live in shared/api.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createDocumentClient } from '../../shared/aws-clients.js';
import { handleApiRequest, type ApiDeps } from '../../shared/api/router.js';
import { SERVICE } from '../../shared/observability/metrics.js';
import { createLogger } from '../../shared/observability/logger.js';

const logger = createLogger(SERVICE.query);

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

export const handler = createHandler({
  db: createDocumentClient(),
  tableName: process.env.TABLE_NAME ?? '',
  // `*` unless CORS_ALLOW_ORIGIN names an origin; set it empty for no CORS headers.
  corsOrigin: process.env.CORS_ALLOW_ORIGIN ?? '*',
  logError: (message, error) => logger.error(message, error as Error),
});
