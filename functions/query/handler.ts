/**
 * Query Lambda behind the HTTP API (payload format 2.0). A thin adapter:
 * routing, validation and the error shape live in shared/api.
 */
import { apiDepsFromEnv, createHandler } from '../../shared/api/lambda.js';

export { createHandler } from '../../shared/api/lambda.js';

export const handler = createHandler(apiDepsFromEnv(process.env));
