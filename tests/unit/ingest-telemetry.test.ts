/**
 * What the ingest function tells operators: structured log lines that name
 * the article and its S3 object, and EMF metrics by the names the dashboard
 * graphs. Output is read from stdout, where Lambda (and CloudWatch) take it.
 */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articlesMetric, INGEST_METRIC } from '../../shared/observability/metrics.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { context, createTestHandler, objectBody, resetClients, s3, sqsRecord } from './ingest-helpers.js';

const ARTICLE = '“We will sign the agreement next month,” Defense Secretary Delfin Lorenzana said on Monday.';
const notification = (messageId: string, key: string) => sqsRecord(messageId, key, { versionId: 'v1', sequencer: '01' });

/** Runs one batch and returns every JSON line the function printed (stdout and stderr). */
async function invoke(records: SQSRecord[]): Promise<Record<string, any>[]> {
  const printed: string[] = [];
  const capture = (chunk: unknown) => {
    printed.push(String(chunk));
    return true;
  };
  const spies = [vi.spyOn(process.stdout, 'write').mockImplementation(capture), vi.spyOn(process.stderr, 'write').mockImplementation(capture)];
  try {
    // Built here so they see the stubbed environment (metrics on).
    const handler = createTestHandler({
      logger: new Logger({ serviceName: 'ingest', logLevel: 'INFO' }),
      metrics: new Metrics({ serviceName: 'ingest', namespace: 'NewsPipeline/test' }),
    });
    await handler({ Records: records } as SQSEvent, context);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return printed.join('').split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
}

beforeEach(() => {
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
  resetClients();
  s3.on(GetObjectCommand).resolves(objectBody(ARTICLE));
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('ingest logs', () => {
  it('names the article id, S3 object and message on every line about an object', async () => {
    s3.on(GetObjectCommand, { Key: 'incoming/broken.txt' }).rejects(new Error('S3 is unavailable'));

    const lines = await invoke([notification('m1', 'incoming/good.txt'), notification('m2', 'incoming/broken.txt')]);

    const logs = lines.filter((line) => line.message);
    expect(logs.map((line) => [line.level, line.message]).sort()).toEqual([
      ['ERROR', 'record failed, will be retried'],
      ['INFO', 'ingested'],
    ]);
    for (const [key, messageId] of [['incoming/good.txt', 'm1'], ['incoming/broken.txt', 'm2']] as const) {
      expect(logs).toContainEqual(
        expect.objectContaining({
          service: 'ingest',
          articleId: articleIdFor('news', key),
          s3: { bucket: 'news', key, versionId: 'v1' },
          messageId,
          function_request_id: 'request-1',
        }),
      );
    }
  });
});

describe('ingest metrics', () => {
  it("emits the article's outcome, what was extracted and how long extraction took, as EMF in the given namespace", async () => {
    const lines = await invoke([notification('m1', 'incoming/good.txt')]);

    const emf = lines.find((line) => line._aws);
    const metrics = emf!._aws.CloudWatchMetrics[0];
    expect(metrics.Namespace).toBe('NewsPipeline/test');
    expect(metrics.Dimensions).toEqual([['service']]);
    expect(emf!.service).toBe('ingest');
    const names = metrics.Metrics.map((metric: { Name: string }) => metric.Name);
    expect(names).toEqual(
      expect.arrayContaining([
        articlesMetric('PROCESSED'),
        INGEST_METRIC.quotesExtracted,
        INGEST_METRIC.entitiesExtracted,
        INGEST_METRIC.eventsExtracted,
        INGEST_METRIC.extractionTime,
      ]),
    );
    expect(metrics.Metrics).toContainEqual({ Name: INGEST_METRIC.extractionTime, Unit: 'Milliseconds' });
    expect(emf![articlesMetric('PROCESSED')]).toBe(1);
    expect(emf![INGEST_METRIC.quotesExtracted]).toBeGreaterThanOrEqual(1);
  });

  it('publishes nothing for a batch of S3 test events only', async () => {
    const testEvent = { messageId: 'm1', body: JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }) } as SQSRecord;

    const lines = await invoke([testEvent]);

    expect(lines.filter((line) => line._aws && !line.ColdStart)).toEqual([]);
  });
});
