import type { Span } from '../contracts.js';

export interface Token extends Span {
  text: string;
  lower: string;
  /** A word (letters/digits, inner apostrophes, periods and hyphens), or one punctuation character. */
  word: boolean;
}

// A plural possessive keeps its apostrophe ("Sanders’ campaign manager"), unless a single quotation is
// open, whose closing mark it is ("the ‘Boasters’ and …").
const TOKEN = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*(?:(?<=[sS])['’](?=\s+\p{Ll}))?|'''|''|``|\S/gu;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Split `body[span]` into words and single punctuation marks, with offsets into `body`. */
export function tokenize(body: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const text = body.slice(span.start, span.end);
  let singleOpen = false;
  for (const match of text.matchAll(TOKEN)) {
    const start = span.start + match.index;
    let value = match[0];
    if (value === '‘') singleOpen = true;
    else if (singleOpen && /\p{L}['’]$/u.test(value)) {
      singleOpen = false;
      value = value.slice(0, -1);
      tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, word: true });
      tokens.push({ text: match[0].slice(-1), lower: match[0].slice(-1), start: start + value.length, end: start + match[0].length, word: false });
      continue;
    }
    else if (value === '’') singleOpen = false;
    tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, word: WORD_START.test(value) });
  }
  return tokens;
}

export const isCapitalised = (token: Token | undefined): boolean => token !== undefined && /^\p{Lu}/u.test(token.text);

/** Quotation marks, as tokens: they delimit speech, so speaker and cue scans stop at them. */
export const isQuoteMark = (token: Token | undefined): boolean => token !== undefined && /^(?:[“”"‘’]|'''|''|``)$/.test(token.text);

/** A word with the typographic apostrophe as the plain one, so word lists written with ' match "didn’t" too. */
export const plainApostrophes = (word: string): string => word.replace(/’/g, "'");
