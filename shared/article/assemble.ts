import { ArticleError, type Article, type Span } from '../contracts.js';
import { datelineDate, dateStamp, normaliseDate, pathDate } from './dates.js';
import type { ArticleLimits } from './limits.js';
import { splitSentences } from './sentences.js';

/** What a format reader finds in one article, before it becomes an `Article`. */
export interface ArticleFields {
  title?: string;
  byline?: string;
  /** As written; normalised here. */
  publishedAt?: string;
  url?: string;
  /** A language tag such as "en-GB". */
  language?: string;
  /** Block texts in reading order; whitespace is normalised here. */
  paragraphs: string[];
}

/**
 * One article a reader found, or why it is not one. `line` numbers the
 * articles of a multi-article file (JSON Lines); a single-article format
 * leaves it out and throws instead of returning an error.
 */
export type ReaderEntry = { line?: number } & ({ fields: ArticleFields; error?: undefined } | { error: ArticleError; fields?: undefined });

/** What the caller knows better than the file: S3 object metadata, the CLI's --published. */
export interface ArticleOverrides {
  title?: string;
  publishedAt?: string;
  url?: string;
  /** The file name or S3 key: a date in it is the last resort for publishedAt. */
  name?: string;
}

/** Lines such as "READ: …", "Also read: …", "RELATED: …" point to other articles. */
const RELATED_LINK = /^(?:(?:also\s+)?read(?:\s+more)?|related(?:\s+stories?|\s+articles?)?|see\s+also)\s*:\s*(.+)$/i;

/** "By Maria Okafor", "By Jane Doe and Ali Hassan, Reuters": a byline, not a sentence. */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}";
const BYLINE = new RegExp(`^(?:by|By|BY)\\s+(${NAME}(?:(?:,\\s*|\\s+and\\s+)${NAME})*)$`, 'u');

/** Bylines and date stamps are looked for this far into the article only. */
const HEAD_PARAGRAPHS = 4;

/**
 * Build the article from a reader's fields: related-link lines, a byline
 * and date stamps near the top leave the body; a short unpunctuated first
 * line becomes the headline when nothing else gave one. Then the limits:
 * EMPTY (no body), TEXT_TOO_LARGE, NO_SENTENCES (no words at all).
 *
 * publishedAt, first found: the overrides, the file's own metadata, a
 * "Published: …" stamp, a dateline ("MANILA, April 27, 2017 —"), a date in
 * the article's URL ("/2017/04/27/"), an "Updated: …" stamp, a date in the
 * file's name ("2017-04-27-talks.txt").
 */
export function assembleArticle(fields: ArticleFields, overrides: ArticleOverrides, limits: Pick<ArticleLimits, 'maxTextChars'>): Article {
  const relatedLinks: string[] = [];
  const paragraphs: string[] = [];
  let { byline } = fields;
  let stamped: string | undefined;
  let updated: string | undefined;
  for (const raw of fields.paragraphs) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const related = RELATED_LINK.exec(text);
    if (related) {
      relatedLinks.push(related[1]!);
      continue;
    }
    if (paragraphs.length < HEAD_PARAGRAPHS && text.length <= 120) {
      const bylineMatch = BYLINE.exec(text);
      if (bylineMatch) {
        byline ??= bylineMatch[1];
        continue;
      }
      const stamp = dateStamp(text);
      if (stamp) {
        if (stamp.published) stamped ??= stamp.date;
        else updated ??= stamp.date;
        continue;
      }
    }
    paragraphs.push(text);
  }
  let title = fields.title?.replace(/\s+/g, ' ').trim() || undefined;
  if (title === undefined && paragraphs.length > 1 && looksLikeHeadline(paragraphs[0]!)) title = paragraphs.shift();

  const url = overrides.url ?? fields.url ?? null;
  const { body, spans } = layoutParagraphs(paragraphs);
  if (body === '') throw new ArticleError('EMPTY', 'The article has no body text.');
  if (body.length > limits.maxTextChars) {
    const count = (n: number): string => n.toLocaleString('en');
    throw new ArticleError('TEXT_TOO_LARGE', `The article's text is ${count(body.length)} characters; the limit is ${count(limits.maxTextChars)}.`);
  }
  const sentences = spans.flatMap((p) => splitSentences(body, p));
  if (!/\p{L}/u.test(body)) throw new ArticleError('NO_SENTENCES', 'The article has no sentences: its text holds no words.');

  return {
    title: overrides.title ?? title ?? body.slice(sentences[0]!.start, sentences[0]!.end).slice(0, 200),
    body,
    publishedAt:
      normaliseDate(overrides.publishedAt) ??
      normaliseDate(fields.publishedAt) ??
      stamped ??
      datelineDate(paragraphs[0]!) ??
      pathDate(url) ??
      updated ??
      pathDate(overrides.name) ??
      null,
    url,
    language: primaryLanguage(fields.language),
    relatedLinks,
    paragraphs: spans,
    sentences,
    ...(byline ? { byline } : {}),
  };
}

function looksLikeHeadline(line: string): boolean {
  return line.length <= 200 && !/[.!?:;,"”’']$/.test(line);
}

/** Paragraphs are joined by a blank line; spans locate each in the body. */
function layoutParagraphs(paragraphs: string[]): { body: string; spans: Span[] } {
  const spans: Span[] = [];
  let body = '';
  for (const paragraph of paragraphs) {
    if (body !== '') body += '\n\n';
    spans.push({ start: body.length, end: body.length + paragraph.length });
    body += paragraph;
  }
  return { body, spans };
}

/** "en-GB" → "en"; the extractor reads English, so English is the default. */
function primaryLanguage(tag: string | undefined): string {
  return /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? '')?.[1]?.toLowerCase() ?? 'en';
}
