import type { ArticleFields } from './assemble.js';

/**
 * The names crawlers and CMS exports give each field (news-please, schema.org
 * NewsArticle, Jekyll/Hugo front matter…), first match wins, any letter case.
 */
const KEYS = {
  title: ['title', 'headline'],
  body: ['body', 'text', 'maintext', 'articleBody', 'content'],
  publishedAt: ['publishedAt', 'published_at', 'date_publish', 'datePublished', 'published', 'pubDate', 'date'],
  url: ['url', 'link', 'canonical_url', 'canonicalUrl'],
  byline: ['byline', 'author', 'authors'],
  language: ['language', 'lang', 'inLanguage'],
} as const;

export const BODY_KEYS = KEYS.body;

/** The article fields of a JSON object or front matter, and its body text if it has one. */
export function fieldsOfRecord(record: Record<string, unknown>): { fields: Omit<ArticleFields, 'paragraphs'>; body?: string } {
  const byLowerKey = new Map(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]));
  const first = (keys: readonly string[], read: (value: unknown) => string | undefined): string | undefined => {
    for (const key of keys) {
      const value = read(byLowerKey.get(key.toLowerCase()));
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const fields = {
    title: first(KEYS.title, text),
    publishedAt: first(KEYS.publishedAt, dateText),
    url: first(KEYS.url, text),
    byline: first(KEYS.byline, names),
    language: first(KEYS.language, text),
  };
  const body = first(KEYS.body, text);
  return {
    fields: Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
    ...(body === undefined ? {} : { body }),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** YAML front matter gives dates as Date objects. */
function dateText(value: unknown): string | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : text(value);
}

/** "Jane Doe", ["Jane Doe", "Ali Hassan"], {"name": "Jane Doe"} or a list of those. */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => text(typeof v === 'object' && v !== null ? (v as { name?: unknown }).name : v))
    .filter((v): v is string => v !== undefined);
  return list.length > 0 ? list.join(', ') : undefined;
}
