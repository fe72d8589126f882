import { parseArticle } from '../../shared/article/parse.js';
import type { ArticleRecord } from '../../shared/contracts.js';
import { extractRecord } from '../../shared/extract/extract.js';

/** Extract a record from plain text, as the pipeline would from a dropped .txt file. */
export function extractText(text: string, publishedAt = '2017-05-02'): ArticleRecord {
  const article = parseArticle(new TextEncoder().encode(text), { name: 'article.txt', publishedAt });
  return extractRecord(article, { articleId: 'test' });
}

/** Every entity of `text` as [type, name], in the order found. */
export const typedNames = (text: string): [string, string][] => extractText(text).entities.map((e) => [e.type, e.name]);
