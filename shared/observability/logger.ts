/**
 * The Powertools logger every function uses, set up one way. Level and
 * sampling come from the standard Powertools variables the stack sets
 * (POWERTOOLS_LOG_LEVEL); `npm start` logs warnings only unless told otherwise.
 * Kept apart from the metrics setup so the query function's bundle carries no
 * metrics code.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { SERVICE } from './metrics.js';

export type ServiceName = (typeof SERVICE)[keyof typeof SERVICE];

export function createLogger(serviceName: ServiceName): Logger {
  return new Logger({ serviceName });
}
