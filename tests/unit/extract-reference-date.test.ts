import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../shared/article/parse.js';
import { extractRecord } from '../../shared/extract/extract.js';

const article = (text: string, publishedAt?: string) =>
  parseArticle(new TextEncoder().encode(text), { name: 'article.txt', ...(publishedAt ? { publishedAt } : {}) });

describe('the reference date for relative times', () => {
  it('is the upload date when the article gives no publication date', () => {
    const undated = article('President Maria Lopez will visit Tokyo next month, her office said.');

    const record = extractRecord(undated, { articleId: 'a', receivedOn: '2024-03-15' });

    expect(record.publishedAt).toBeNull();
    expect(record.events.find((e) => e.type === 'VISIT')?.when).toMatchObject({ date: '2024-04', precision: 'month' });
  });

  it('is the publication date when there is one, whatever the upload date', () => {
    const dated = article('President Maria Lopez will visit Tokyo next month, her office said.', '2017-05-02');

    const record = extractRecord(dated, { articleId: 'a', receivedOn: '2024-03-15' });

    expect(record.events.find((e) => e.type === 'VISIT')?.when).toMatchObject({ date: '2017-06', precision: 'month' });
  });
});
