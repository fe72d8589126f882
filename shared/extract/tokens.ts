import type { Span } from '../contracts.js';

export interface Token extends Span {
  text: string;
  lower: string;
  /** A word (letters/digits, inner apostrophes, periods and hyphens), or one punctuation character. */
  word: boolean;
}

// A dotted acronym keeps its last period ("the F.B.I. has said"), so it reads as one name, not a name and a
// sentence end. A plural possessive keeps its apostrophe ("Sanders’ campaign manager"), unless a single quotation is
// open, whose closing mark it is ("the ‘Boasters’ and …").
const TOKEN = /(?:\p{Lu}\.){2,}(?!\p{L})|[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*(?:(?<=[sS])['’](?=\s+\p{Ll}))?|'''|''|``|\S/gu;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Split `body[span]` into words and single punctuation marks, with offsets into `body`. */
export function tokenize(body: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const push = (text: string, start: number): void => {
    tokens.push({ text, lower: text.toLowerCase(), start, end: start + text.length, word: WORD_START.test(text) });
  };
  const text = body.slice(span.start, span.end);
  let singleOpen = false;
  for (const match of text.matchAll(TOKEN)) {
    const start = span.start + match.index;
    const value = match[0];
    // A plural possessive's mark closes an open single quotation instead: "the ‘Boasters’ and …".
    const closesSingle = singleOpen && /\p{L}['’]$/u.test(value);
    if (closesSingle) {
      push(value.slice(0, -1), start);
      push(value.slice(-1), start + value.length - 1);
    } else push(value, start);
    if (value === '‘') singleOpen = true;
    else if (closesSingle || value === '’') singleOpen = false;
  }
  return tokens;
}

/** The first token at or before `at` that `skipped` does not match: stepping back over adverbs to a verb. */
export function stepBack(tokens: Token[], at: number, skipped: RegExp): number {
  while (at > 0 && skipped.test(tokens[at]!.lower)) at--;
  return at;
}

export const isCapitalised = (token: Token | undefined): boolean => token !== undefined && /^\p{Lu}/u.test(token.text);

/** Quotation marks, as tokens: they delimit speech, so speaker and cue scans stop at them. */
export const isQuoteMark = (token: Token | undefined): boolean => token !== undefined && /^(?:[“”"‘’]|'''|''|``)$/.test(token.text);

/** A word with the typographic apostrophe as the plain one, so word lists written with ' match "didn’t" too. */
export const plainApostrophes = (word: string): string => word.replace(/’/g, "'");
