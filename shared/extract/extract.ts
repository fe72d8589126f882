import type { Article, ArticleRecord, SourceRef } from '../contracts.js';
import { findNameMentions, mergeEntities } from './entities.js';
import { extractEvents } from './events.js';
import { extractQuotes } from './quotes.js';

/** Bumped whenever extraction output changes, so stored records say which rules made them. */
export const EXTRACTOR_VERSION = '0.11.0';

export interface RecordIdentity {
  articleId: string;
  source?: SourceRef;
  /** When the article arrived (YYYY-MM-DD): the reference for relative times when it has no publication date. */
  receivedOn?: string;
}

/**
 * Article → the full record of DESIGN.md: entities, quotes and events.
 * Pure and deterministic: the same article always gives the same record.
 */
export function extractRecord(article: Article, identity: RecordIdentity): ArticleRecord {
  const entities = mergeEntities(findNameMentions(article));
  const quotes = extractQuotes(article, entities);
  return {
    articleId: identity.articleId,
    ...(identity.source ? { source: identity.source } : {}),
    title: article.title,
    publishedAt: article.publishedAt,
    language: article.language,
    body: article.body,
    relatedLinks: article.relatedLinks,
    entities,
    quotes,
    events: extractEvents(article, entities, quotes, article.publishedAt ?? identity.receivedOn ?? null),
    extractor: { version: EXTRACTOR_VERSION },
  };
}
