import { ArticleError, type Article, type Span } from '../contracts.js';
import { splitSentences } from './sentences.js';

/** Articles above this size are rejected rather than risk the Lambda's memory and time. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** What the caller knows about the bytes besides their content. */
export interface ArticleMetadata {
  /** File name or S3 key; its extension hints at the format. */
  name: string;
  contentType?: string;
  /** Values that override what the file says (S3 object metadata). */
  title?: string;
  publishedAt?: string;
  url?: string;
}

type Format = 'text' | 'json';

/**
 * Parse an article's raw bytes into title, body, paragraphs and sentences.
 * Throws `ArticleError` with a machine-readable code for input that cannot
 * be an article (empty, binary, mis-encoded, malformed, too large).
 */
export function parseArticle(bytes: Uint8Array, meta: ArticleMetadata): Article {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new ArticleError('TOO_LARGE', `The article is ${bytes.byteLength} bytes; the limit is ${MAX_ARTICLE_BYTES}.`);
  }
  const text = decodeText(bytes);
  if (text.trim() === '') throw new ArticleError('EMPTY', 'The article is empty.');
  const fields = detectFormat(text, meta) === 'json' ? fieldsFromJson(text) : fieldsFromText(text);
  const title = meta.title ?? fields.title;
  const { body, paragraphs } = layoutParagraphs(fields.paragraphs);
  if (body === '') throw new ArticleError('EMPTY', 'The article has no body text.');
  const sentences = paragraphs.flatMap((p) => splitSentences(body, p));
  return {
    title: title ?? body.slice(sentences[0]!.start, sentences[0]!.end).slice(0, 200),
    body,
    publishedAt: normaliseDate(meta.publishedAt ?? fields.publishedAt),
    url: meta.url ?? fields.url ?? null,
    language: 'en',
    relatedLinks: fields.relatedLinks,
    paragraphs,
    sentences,
  };
}

interface Fields {
  title?: string;
  publishedAt?: string;
  url?: string;
  paragraphs: string[];
  relatedLinks: string[];
}

function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new ArticleError('UNSUPPORTED_CONTENT', 'The file is binary (it contains NUL bytes), not article text.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArticleError('BAD_ENCODING', 'The file is not valid UTF-8 text.');
  }
}

function detectFormat(text: string, meta: ArticleMetadata): Format {
  if (/\.json$/i.test(meta.name) || meta.contentType?.includes('json')) return 'json';
  return /^\s*\{/.test(text) ? 'json' : 'text';
}

/** Lines such as "READ: …", "Also read: …", "RELATED: …" point to other articles. */
const RELATED_LINK = /^\s*(?:(?:also\s+)?read(?:\s+more)?|related(?:\s+stories?)?|see\s+also)\s*:\s*(.+)$/i;

/**
 * Plain text: paragraphs are blank-line blocks, or lines when the text has no
 * blank lines (the common export). A short first line without final
 * punctuation, followed by more text, is the headline.
 */
function fieldsFromText(text: string, detectHeadline = true): Fields {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = /\n\s*\n/.test(normalised.trim()) ? normalised.split(/\n\s*\n/) : normalised.split('\n');
  const lines = blocks.map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter((b) => b !== '');
  const relatedLinks: string[] = [];
  const paragraphs: string[] = [];
  for (const line of lines) {
    const related = RELATED_LINK.exec(line);
    if (related) relatedLinks.push(related[1]!.trim());
    else paragraphs.push(line);
  }
  let title: string | undefined;
  if (detectHeadline && paragraphs.length > 1 && looksLikeHeadline(paragraphs[0]!)) title = paragraphs.shift();
  return { title, paragraphs, relatedLinks };
}

function looksLikeHeadline(line: string): boolean {
  return line.length <= 200 && !/[.!?:;,"”]$/.test(line);
}

/** A JSON article object: title, body | text | maintext, publishedAt | date_publish, url. */
function fieldsFromJson(text: string): Fields {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ArticleError('MALFORMED_JSON', `The JSON article cannot be parsed: ${(error as Error).message}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArticleError('MALFORMED_JSON', 'The JSON article must be an object.');
  }
  const record = value as Record<string, unknown>;
  const body = firstString(record, ['body', 'text', 'maintext']);
  if (body === undefined) {
    throw new ArticleError('MALFORMED_JSON', 'The JSON article has no "body", "text" or "maintext" string.');
  }
  const title = firstString(record, ['title', 'headline']);
  const fromBody = fieldsFromText(body, title === undefined);
  return {
    ...fromBody,
    title: title ?? fromBody.title,
    publishedAt: firstString(record, ['publishedAt', 'date_publish', 'datePublished']),
    url: firstString(record, ['url']),
  };
}

function firstString(record: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** Paragraphs are joined by a blank line; spans locate each in the body. */
function layoutParagraphs(paragraphs: string[]): { body: string; paragraphs: Span[] } {
  const spans: Span[] = [];
  let body = '';
  for (const paragraph of paragraphs) {
    if (body !== '') body += '\n\n';
    spans.push({ start: body.length, end: body.length + paragraph.length });
    body += paragraph;
  }
  return { body, paragraphs: spans };
}

/** "2017-05-02", "2017-05-02 10:00:00" or any ISO timestamp → "2017-05-02"; anything else → null. */
export function normaliseDate(value: string | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (match && !Number.isNaN(Date.parse(match[1]!))) return match[1]!;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
