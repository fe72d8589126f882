import { describe, expect, it } from 'vitest';
import { articlesMetric, metricsForOutcome } from '../../shared/observability/metrics.js';

describe('ingest metrics of one object', () => {
  it('counts a processed article, what was extracted from it and how long extraction took', () => {
    const data = metricsForOutcome({ articleId: 'a', key: 'incoming/a.txt', status: 'PROCESSED', quotes: 3, entities: 5, events: 2, extractionMs: 4.5 });

    expect(data).toEqual([
      { name: 'ArticlesProcessed', unit: 'Count', value: 1 },
      { name: 'ExtractionTime', unit: 'Milliseconds', value: 4.5 },
      { name: 'QuotesExtracted', unit: 'Count', value: 3 },
      { name: 'EventsExtracted', unit: 'Count', value: 2 },
      { name: 'EntitiesExtracted', unit: 'Count', value: 5 },
    ]);
  });

  it('counts each article of a JSON Lines file by its own outcome', () => {
    const data = metricsForOutcome({
      articleId: 'f',
      key: 'incoming/f.jsonl',
      status: 'REJECTED',
      quotes: 1,
      entities: 1,
      events: 0,
      articles: [
        { articleId: 'f1', key: 'incoming/f.jsonl', line: 1, status: 'PROCESSED', quotes: 1, entities: 1, events: 0, extractionMs: 2 },
        { articleId: 'f2', key: 'incoming/f.jsonl', line: 2, status: 'REJECTED' },
      ],
    });

    expect(data.filter((datum) => datum.name.startsWith('Articles'))).toEqual([
      { name: 'ArticlesProcessed', unit: 'Count', value: 1 },
      { name: 'ArticlesRejected', unit: 'Count', value: 1 },
    ]);
    expect(data.filter((datum) => datum.name === 'ExtractionTime')).toEqual([{ name: 'ExtractionTime', unit: 'Milliseconds', value: 2 }]);
  });

  it('names the count after any outcome, such as a deletion', () => {
    expect(metricsForOutcome({ articleId: 'a', key: 'incoming/a.txt', status: 'DELETED' })).toEqual([
      { name: articlesMetric('DELETED'), unit: 'Count', value: 1 },
    ]);
    expect(articlesMetric('DELETED')).toBe('ArticlesDeleted');
  });
});
