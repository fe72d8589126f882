import { expect } from 'vitest';
import { parseArticle } from '../../shared/article/parse.js';
import type { ArticleRecord, Quote } from '../../shared/contracts.js';
import { extractRecord } from '../../shared/extract/extract.js';

/** Extract a record from plain text, as the pipeline would from a dropped .txt file. */
export function extractText(text: string, publishedAt = '2017-05-02'): ArticleRecord {
  const article = parseArticle(new TextEncoder().encode(text), { name: 'article.txt', publishedAt });
  return extractRecord(article, { articleId: 'test' });
}

/** Every entity of `text` as [type, name], in the order found. */
export const typedNames = (text: string): [string, string][] => extractText(text).entities.map((e) => [e.type, e.name]);

/** The quotes extracted from `text`. */
export const quotesOf = (text: string): Quote[] => extractText(text).quotes;

/** The one quote of `text`, failing the test when there are more or none. */
export const only = (text: string): Quote => {
  const quotes = quotesOf(text);
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
};

/** The quote reported through `cue`, as written. */
export const withCue = (quotes: Quote[], cue: string): Quote | undefined => quotes.find((q) => q.cue === cue);
