/**
 * Running the extractor on one article, timed, and the timing summary.
 */
import { performance } from 'node:perf_hooks';
import { parseArticle, type ArticleMetadata } from '../../shared/article/parse.js';
import { ArticleError, type Article, type ArticleRecord } from '../../shared/contracts.js';
import { extractRecord } from '../../shared/extract/extract.js';

export interface Timings {
  /** Milliseconds per article spent in `extractRecord`. */
  extract: number[];
  /** Milliseconds per article spent in `parseArticle`. */
  parse: number[];
}

export function emptyTimings(): Timings {
  return { extract: [], parse: [] };
}

export type RunResult =
  | { ok: true; article: Article; record: ArticleRecord }
  | { ok: false; code: string; message: string };

/** Parse and extract one article, adding its times to `timings`. Parser rejections are returned, not thrown. */
export function runExtractor(bytes: Uint8Array, meta: ArticleMetadata, articleId: string, timings: Timings): RunResult {
  const t0 = performance.now();
  let article: Article;
  try {
    article = parseArticle(bytes, meta);
  } catch (error) {
    if (error instanceof ArticleError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
  const t1 = performance.now();
  const record = extractRecord(article, { articleId });
  const t2 = performance.now();
  timings.parse.push(t1 - t0);
  timings.extract.push(t2 - t1);
  return { ok: true, article, record };
}

/** The value below which `q` (0..1) of the sorted sample lies (nearest rank). */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export interface TimingFigures {
  articles: number;
  extractMedianMs: number;
  extractP95Ms: number;
  parseMedianMs: number;
}

export function timingFigures(t: Timings): TimingFigures {
  return {
    articles: t.extract.length,
    extractMedianMs: quantile(t.extract, 0.5),
    extractP95Ms: quantile(t.extract, 0.95),
    parseMedianMs: quantile(t.parse, 0.5),
  };
}
