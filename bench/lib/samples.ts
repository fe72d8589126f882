/**
 * Sample requests for every query pattern of the API, from articles that were
 * ingested: their ids, the most quoted speakers, the most frequent event
 * types and named entities. A route of shared/api/router.ts without an entry
 * here is reported as not measured.
 */
import type { ArticleRecord } from '../../shared/contracts.js';

/** The most frequent values, most frequent first (ties by value). */
export function top(values: Iterable<string>, n: number): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([value]) => value);
}

/** Request paths (with query strings) by route path as the router spells it. */
export function sampleRequests(records: readonly ArticleRecord[]): Record<string, string[]> {
  const q = encodeURIComponent;
  const speakers = top(records.flatMap((r) => r.quotes.flatMap((quote) => (quote.speaker?.entityId ? [quote.speaker.name] : []))), 20);
  const named = top(records.flatMap((r) => r.entities.filter((e) => e.type !== 'OTHER').map((e) => e.name)), 20);
  const dates = records.map((r) => r.publishedAt?.slice(0, 10)).filter((d): d is string => !!d).sort();
  const [from, to] = [dates[0], dates[Math.floor(dates.length / 2)]];
  return {
    '/health': ['/health'],
    '/openapi.json': ['/openapi.json'],
    '/articles': ['/articles', ...(from && to ? [`/articles?from=${from}&to=${to}`] : []), '/articles?status=PROCESSED'],
    '/articles/{id}': records.map((r) => `/articles/${r.articleId}`),
    '/quotes': speakers.map((name) => `/quotes?speaker=${q(name)}`),
    '/events': [
      ...top(records.flatMap((r) => r.events.map((e) => e.type)), 10).map((type) => `/events?type=${q(type)}`),
      ...named.slice(0, 10).map((name) => `/events?entity=${q(name)}`),
    ],
    '/entities': [...new Set(named.map((name) => name.slice(0, 3).toLowerCase()))].map((prefix) => `/entities?prefix=${q(prefix)}`),
    '/entities/{key}': named.map((name) => `/entities/${q(name)}`),
  };
}
