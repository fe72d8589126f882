/**
 * Article intake: raw bytes and what is known about them → articles.
 *
 *   bytes ─decode─▶ text ─detect─▶ format ─reader─▶ fields ─assemble─▶ Article
 *   (size, gzip, binary,          (Content-Type,   (text, JSON,         (body, paragraphs,
 *    encoding: decode.ts)          extension,       JSON Lines, HTML,    sentences, dates,
 *                                  content)         Markdown)            limits: assemble.ts)
 *
 * Every rejection is an `ArticleError` with a code and a sentence saying why.
 */
import { ArticleError, type Article } from '../contracts.js';
import { assembleArticle, type ArticleFields, type ArticleOverrides, type ReaderEntry } from './assemble.js';
import { decodeArticleBytes } from './decode.js';
import { detectFormat, type Format } from './format.js';
import { readJson, readJsonLines } from './json.js';
import { DEFAULT_LIMITS, type ArticleLimits } from './limits.js';
import { readPlainText } from './plain-text.js';

/** What the caller knows about the bytes besides their content. */
export interface ArticleMetadata extends ArticleOverrides {
  /** File name or S3 key; its extension hints at the format. */
  name: string;
  /** Names the format (text/html, application/json…) and may declare a charset. */
  contentType?: string;
}

export interface ParseOptions {
  /** Tighter or looser bounds than DEFAULT_LIMITS. */
  limits?: Partial<ArticleLimits>;
}

/** One article of a file, or why it could not be one. `line` is set for the articles of a JSON Lines file. */
export type ParsedArticle = { line?: number } & ({ ok: true; article: Article } | { ok: false; error: ArticleError });

type Reader = (text: string, limits: ArticleLimits) => ReaderEntry[];
const single =
  (read: (text: string, limits: ArticleLimits) => ArticleFields): Reader =>
  (text, limits) => [{ fields: read(text, limits) }];

const readers: Partial<Record<Format, Reader>> = { text: single(readPlainText), json: readJson, jsonl: readJsonLines };

/**
 * HTML and Markdown readers are imported on first use: their libraries
 * (a DOM, Readability, markdown-it) would otherwise be loaded on every cold
 * start, also by the plain-text and JSON articles that never need them.
 */
const lazyReaders: Partial<Record<Format, () => Promise<Reader>>> = {
  html: async () => single((await import('./html.js')).readHtml),
  markdown: async () => single((await import('./markdown.js')).readMarkdown),
};

/** Make `format` readable by the synchronous `parseArticle` (parseArticles does this itself). */
export async function loadReader(format: Format): Promise<void> {
  readers[format] ??= await lazyReaders[format]?.();
}

/**
 * Every article in a file: one for most formats, one per line for JSON
 * Lines. Rejections come back as `ok: false` entries, never thrown; a
 * rejection of the file as a whole (empty, binary, too large…) is a single
 * entry without `line`. Anything thrown is a defect, not bad input.
 */
export async function parseArticles(bytes: Uint8Array, meta: ArticleMetadata, options: ParseOptions = {}): Promise<ParsedArticle[]> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let text: string;
  let format: Format;
  try {
    text = decodeArticleBytes(bytes, meta.contentType, limits);
    format = detectFormat(text, meta.name, meta.contentType);
  } catch (error) {
    return [rejection(error)];
  }
  await loadReader(format);
  return articlesIn(text, format, meta, limits);
}

/**
 * The one article in a file, synchronously; throws its `ArticleError`.
 * HTML and Markdown need their reader loaded first (`await loadReader`).
 */
export function parseArticle(bytes: Uint8Array, meta: ArticleMetadata, options: ParseOptions = {}): Article {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const text = decodeArticleBytes(bytes, meta.contentType, limits);
  const articles = articlesIn(text, detectFormat(text, meta.name, meta.contentType), meta, limits);
  if (articles.length > 1) {
    throw new ArticleError('MULTIPLE_ARTICLES', `The file holds ${articles.length} articles (JSON Lines); read them with parseArticles.`);
  }
  const [parsed] = articles;
  if (!parsed!.ok) throw parsed!.error;
  return parsed!.article;
}

/**
 * Where an article lives: the file's key, or `key#line` for a line of a
 * JSON Lines file. Its articleId derives from this, so every line is its own
 * article and uploading the file again replaces each line's article.
 */
export function articleKey(key: string, line?: number): string {
  return line === undefined ? key : `${key}#${line}`;
}

function articlesIn(text: string, format: Format, meta: ArticleMetadata, limits: ArticleLimits): ParsedArticle[] {
  const reader = readers[format];
  if (!reader) throw new Error(`The ${format} reader is not loaded: use parseArticles(), or await loadReader('${format}') first.`);
  let entries: ReaderEntry[];
  try {
    entries = reader(text, limits);
  } catch (error) {
    return [rejection(error)];
  }
  const overrides: ArticleOverrides = { title: meta.title, publishedAt: meta.publishedAt, url: meta.url };
  return entries.map(({ line, fields, error }): ParsedArticle => {
    const at = line === undefined ? {} : { line };
    if (error) return { ...at, ok: false, error };
    try {
      // Metadata names the file: it overrides a single article's fields, and only completes those of each line.
      // The file's name dates a single article only: the lines of a feed file were written on days of their own.
      const article =
        line === undefined ? assembleArticle(fields, { ...overrides, name: meta.name }, limits) : assembleArticle({ ...overrides, ...withoutUndefined(fields) }, {}, limits);
      return { ...at, ok: true, article };
    } catch (thrown) {
      return { ...at, ...rejection(thrown) };
    }
  });
}

function rejection(error: unknown): { ok: false; error: ArticleError } {
  if (error instanceof ArticleError) return { ok: false, error };
  throw error;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
