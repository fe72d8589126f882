/**
 * The Powertools metrics (EMF) the ingest function emits. The namespace
 * comes from POWERTOOLS_METRICS_NAMESPACE, which the stack sets per stage;
 * `npm start` turns metrics off.
 */
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { ServiceName } from './logger.js';
import { metricsNamespace } from './metrics.js';

/** Metrics of `serviceName` (its `service` dimension), in the stage's namespace; `local` when no stage set one. */
export function createMetrics(serviceName: ServiceName): Metrics {
  return new Metrics({
    serviceName,
    namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || metricsNamespace('local'),
  });
}
