/**
 * The names of everything the pipeline measures, in one place: the ingest
 * function emits these (EMF, through Powertools Metrics) and the CloudWatch
 * dashboard in infra/ graphs them, so the two cannot disagree.
 */
import type { IngestOutcome } from '../ingest/ingest-object.js';

/** Powertools `service`: the metric dimension and a field of every log line. */
export const SERVICE = { ingest: 'ingest', query: 'query' } as const;

/** One namespace per stage, so a dev deployment never pollutes prod's graphs and alarms. */
export const metricsNamespace = (stage: string): string => `NewsPipeline/${stage}`;

/** Units as CloudWatch (and Powertools' MetricUnit) spell them. */
export type Unit = 'Count' | 'Milliseconds';

export const INGEST_METRIC = {
  quotesExtracted: 'QuotesExtracted',
  eventsExtracted: 'EventsExtracted',
  entitiesExtracted: 'EntitiesExtracted',
  /** Parse + extract time of one article, without S3 and DynamoDB I/O. */
  extractionTime: 'ExtractionTime',
  /** Notifications dropped by idempotency: the same object version again. */
  duplicateNotifications: 'DuplicateNotifications',
} as const;

/**
 * One count per article, named by its outcome: `ArticlesProcessed`
 * (ingested), `ArticlesRejected`, `ArticlesFailed`, `ArticlesDeleted`,
 * `ArticlesSkipped`; a status added later gets its own metric without a
 * change here.
 */
export const articlesMetric = (status: string): string =>
  `Articles${status.charAt(0).toUpperCase()}${status.slice(1).toLowerCase()}`;

export interface MetricDatum {
  name: string;
  unit: Unit;
  value: number;
}

/**
 * What one ingested object contributes to the metrics: per article (a JSON
 * Lines file holds several, each with its own outcome) a count by outcome
 * and its extraction time; for the object, what was extracted.
 */
export function metricsForOutcome(outcome: IngestOutcome): MetricDatum[] {
  const data = (outcome.articles ?? [outcome]).flatMap((article): MetricDatum[] => [
    { name: articlesMetric(article.status), unit: 'Count', value: 1 },
    ...(article.extractionMs === undefined ? [] : [{ name: INGEST_METRIC.extractionTime, unit: 'Milliseconds' as const, value: article.extractionMs }]),
  ]);
  const counts: [string, number | undefined][] = [
    [INGEST_METRIC.quotesExtracted, outcome.quotes],
    [INGEST_METRIC.eventsExtracted, outcome.events],
    [INGEST_METRIC.entitiesExtracted, outcome.entities],
  ];
  for (const [name, value] of counts) if (value !== undefined) data.push({ name, unit: 'Count', value });
  return data;
}
