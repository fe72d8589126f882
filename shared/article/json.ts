import { ArticleError } from '../contracts.js';
import type { ArticleFields, ReaderEntry } from './assemble.js';
import type { ArticleLimits } from './limits.js';
import { readPlainText } from './plain-text.js';
import { BODY_KEYS, fieldsOfRecord } from './record-fields.js';

type JsonLimits = Pick<ArticleLimits, 'maxNestingDepth' | 'maxArticlesPerFile'>;

/**
 * A JSON file: one article object. A `.json` file that is really JSON Lines
 * (each line an object, as many exporters write) is read as JSON Lines.
 */
export function readJson(text: string, limits: JsonLimits): ReaderEntry[] {
  let value: unknown;
  try {
    value = parseJson(text, limits);
  } catch (error) {
    if (looksLikeJsonLines(text)) return readJsonLines(text, limits);
    throw error;
  }
  return [{ fields: fieldsOfArticleObject(value) }];
}

/**
 * JSON Lines: every non-blank line is one article object, numbered by its
 * line in the file (1-based), so a line's article keeps its identity when the
 * file is uploaded again. A bad line is rejected alone; the others stand.
 */
export function readJsonLines(text: string, limits: JsonLimits): ReaderEntry[] {
  const lines = text.split('\n');
  const numbered = lines.flatMap((line, i) => (line.trim() === '' ? [] : [{ line: i + 1, json: line }]));
  if (numbered.length > limits.maxArticlesPerFile) {
    throw new ArticleError(
      'TOO_MANY_ARTICLES',
      `The JSON Lines file holds ${numbered.length} articles; the limit is ${limits.maxArticlesPerFile} per file. Split it into smaller files.`,
    );
  }
  return numbered.map(({ line, json }) => {
    try {
      return { line, fields: fieldsOfArticleObject(parseJson(json, limits)) };
    } catch (error) {
      if (error instanceof ArticleError) return { line, error };
      throw error;
    }
  });
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 1 && lines.every((l) => l.startsWith('{') && l.endsWith('}'));
}

function parseJson(text: string, limits: JsonLimits): unknown {
  const depth = nestingDepth(text, limits.maxNestingDepth);
  if (depth > limits.maxNestingDepth) {
    throw new ArticleError('TOO_DEEPLY_NESTED', `The JSON nests deeper than ${limits.maxNestingDepth} levels (the limit); an article object needs a few.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ArticleError('MALFORMED_JSON', `The JSON cannot be parsed: ${(error as Error).message}.`);
  }
}

/**
 * How deep `[` and `{` nest outside strings, counting no further than just
 * past `max`: checked before JSON.parse so a hostile file cannot make the
 * parser (or anything walking its result) recurse without bound.
 */
function nestingDepth(text: string, max: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest && (deepest = depth) > max) return deepest;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

function fieldsOfArticleObject(value: unknown): ArticleFields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArticleError(
      'MALFORMED_JSON',
      Array.isArray(value)
        ? 'The JSON is an array; an article is one object. For several articles, write JSON Lines (.jsonl): one object per line.'
        : 'The JSON must be an article object, e.g. {"title": …, "body": …}.',
    );
  }
  const { fields, body } = fieldsOfRecord(value as Record<string, unknown>);
  if (body === undefined) {
    throw new ArticleError('MALFORMED_JSON', `The JSON article has no text: none of ${BODY_KEYS.map((k) => `"${k}"`).join(', ')} is a non-empty string.`);
  }
  return { ...fields, paragraphs: readPlainText(body).paragraphs };
}
