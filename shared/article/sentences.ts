import type { Span } from '../contracts.js';

/**
 * Words that end with a period without ending the sentence: titles ("Sen.
 * Warren"), months ("Jan. 5"), and the usual abbreviations. Compared
 * lowercased, without the period.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'sen', 'rep', 'reps', 'gov', 'gen', 'lt', 'col',
  'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'maj', 'pres', 'supt', 'insp', 'hon', 'rev', 'fr', 'sec', 'atty',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'dept', 'univ', 'assn', 'no', 'nos', 'vol', 'vs', 'v', 'etc', 'approx',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'ph.d',
]);

/**
 * Abbreviations that also end sentences ("…sent troops to the U.S. The
 * proposal…"): dotted letters ("U.S", "D.C", "p.m") and name or company
 * suffixes. Titles and months never do ("Sen. Warren", "Jan. 5").
 */
const FINAL_ABBREVIATIONS = new Set(['jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'etc']);

/**
 * Words that only open a sentence, never continue a name after an
 * abbreviation: "…moved to Washington, D.C. He said…" splits, while "U.S.
 * Senate" and "D.C., on Monday" stay whole. Compared as written.
 */
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'But', 'And', 'Or', 'So', 'Yet', 'This', 'That',
  'These', 'Those', 'There', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'In', 'On', 'At', 'As', 'If', 'By', 'For',
  'With', 'After', 'Before', 'Although', 'Though', 'While', 'When', 'Despite', 'Under', 'Still', 'However', 'What',
  'About', 'More', 'Most', 'Some', 'Many', 'Since', 'Because', 'Instead', 'Meanwhile', 'Initially', 'Early', 'Later',
]);

/** Closing marks that belong to the sentence they follow: `defense.”` */
const CLOSERS = '"”’\')]';

/**
 * Split `text[range]` into sentences, returning spans into `text`.
 *
 * A sentence ends at `.`, `!` or `?` (plus any closing quotes or brackets)
 * followed by whitespace and a capital, digit or opening quote — but not after
 * an abbreviation ("U.S.", "Sen.", "Jan.") or a single initial ("John F.
 * Kennedy"). So `…in the defense field.” He attributed…` splits after the
 * closing mark, never inside the quotation.
 */
export function splitSentences(text: string, range: Span = { start: 0, end: text.length }): Span[] {
  return findSentences(text, range).flatMap((span) => boundLength(text, span));
}

/**
 * The longest sentence kept whole. News sentences stay far below it (PolNeAR's longest is about 1,100
 * characters); a run-on "sentence" of a megabyte with no full stop is cut into pieces of at most this
 * length, at the last clause break or space, so that work per sentence stays bounded.
 */
export const MAX_SENTENCE_CHARS = 2000;

function boundLength(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let { start } = span;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    const window = text.slice(start, start + MAX_SENTENCE_CHARS);
    const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(': '));
    const cut = clause > MAX_SENTENCE_CHARS / 2 ? clause + 1 : Math.max(window.lastIndexOf(' '), 1);
    pieces.push({ start, end: trimEnd(text, start, start + cut) });
    start = skipSpace(text, start + cut, span.end);
  }
  if (span.end > start) pieces.push({ start, end: span.end });
  return pieces;
}

function findSentences(text: string, range: Span): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, range.start, range.end);
  for (let i = start; i < range.end; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < range.end && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < range.end && CLOSERS.includes(text[end]!)) end++;
    if (end < range.end && !/\s/.test(text[end]!)) continue;
    const next = skipSpace(text, end, range.end);
    if (next < range.end && !/[\p{Lu}\p{N}"“‘'(\[]/u.test(text[next]!)) continue;
    if (ch === '.' && isAbbreviation(text, start, i) && !(endsSentenceAbbreviation(text, start, i) && opensSentence(text, next))) continue;
    spans.push({ start, end });
    start = next;
    i = next - 1;
  }
  const tail = trimEnd(text, start, range.end);
  if (tail > start) spans.push({ start, end: tail });
  return spans;
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > sentenceStart && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** "U.S", "p.m", "Jr" — an abbreviation that may also end its sentence. */
function endsSentenceAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > sentenceStart && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word === 'e.g' || word === 'i.e') return false; // "e.g. The Times" continues
  return /^(?:\p{L}\.)+\p{L}$/u.test(word) || FINAL_ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The word at `i` is one that only opens a sentence (followed by a space or comma), or a quotation
 * opens there: "Sanders said at a rally in Binghamton, N.Y. “Secretary Clinton …”".
 */
function opensSentence(text: string, i: number): boolean {
  if (/^[“"]\p{Lu}/u.test(text.slice(i, i + 2))) return true;
  const m = /^\p{L}+(?=[\s,])/u.exec(text.slice(i, i + 16));
  return m !== null && SENTENCE_OPENERS.has(m[0]);
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
