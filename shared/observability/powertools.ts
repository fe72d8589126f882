/**
 * The Powertools logger and metrics every function uses, set up one way.
 * Level, namespace and sampling come from the standard Powertools variables
 * the stack sets (POWERTOOLS_LOG_LEVEL, POWERTOOLS_METRICS_NAMESPACE); `npm
 * start` turns metrics off and logs warnings only unless told otherwise.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { metricsNamespace, type SERVICE } from './metrics.js';

export type ServiceName = (typeof SERVICE)[keyof typeof SERVICE];

export function createLogger(serviceName: ServiceName): Logger {
  return new Logger({ serviceName });
}

/** Metrics of `serviceName` (its `service` dimension), in the stage's namespace; `local` when no stage set one. */
export function createMetrics(serviceName: ServiceName): Metrics {
  return new Metrics({
    serviceName,
    namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || metricsNamespace('local'),
  });
}
