import type { Span } from '../contracts.js';

/** A passage between quotation marks, within one paragraph. */
export interface QuoteSegment extends Span {
  /** The text between the marks. */
  inner: Span;
  paragraph: number;
  /** False when the paragraph ends before a closing mark: the quote runs on. */
  closed: boolean;
}

/**
 * Opening mark → the closing marks that end it. Straight double quotes pair
 * with themselves; newswire copy also writes doubled apostrophes ('' … '')
 * for double quotes, and British copy uses single curly quotes, whose
 * closing mark is only a quote when no letter follows it (else it is an
 * apostrophe, as in "Russia’s"). A mistyped closing mark after the quote's final
 * punctuation still closes it.
 */
const PAIRS: Record<string, RegExp> = {
  // Typos happen: `“It's unusual,“ said …` and `,"Katie Packer said` close a quote too.
  '“': /[”]|"(?![\p{L}\p{N}])|(?<=[,.!?])["“](?=\s|\p{L})/gu,
  '"': /"|”/gu,
  '”': /[”“]/gu,
  "''": /'''?/gu,
  '‘': /’(?![\p{L}\p{N}])/gu,
  '``': /''/gu,
};

/**
 * An opening mark: at the start of a word (not inside one, so "don’t" and "Trump’s" are safe; nor before an abbreviated
 * year, "in ‘08", "the ‘90s"). A closing
 * mark typed for an opening one at the start of a line opens too: "”Mr. Ortiz embodies …” ― Sonia Herrera".
 */
const OPENING = /“|``|''(?=\S)|"(?=\S)|(?<![\p{L}\p{N}])‘(?=\S)(?!\d\d\b|\d0s)|(?<=^|\n)”(?=\p{Lu})/gu;

/**
 * Find quotation-marked passages paragraph by paragraph. Marks are paired
 * left to right: a mark inside an open quotation (‘nested’ single quotes
 * within double ones) belongs to it. An opening mark without a closing one
 * runs to the end of its paragraph (news style: a quote that continues in
 * the next paragraph opens it again), so an unbalanced mark never swallows
 * the rest of the article.
 */
export function findQuoteSegments(body: string, paragraphs: Span[]): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  paragraphs.forEach((paragraph, index) => {
    // Search the paragraph alone, so that a paragraph without marks costs no scan of the rest of the body.
    // The character before it is kept for the lookbehinds (a line start, a letter before ‘).
    const from = Math.max(0, paragraph.start - 1);
    const text = body.slice(from, paragraph.end);
    const length = paragraph.end - from;
    let at = paragraph.start - from;
    while (at < length) {
      OPENING.lastIndex = at;
      const open = OPENING.exec(text);
      if (!open) break;
      const innerStart = open.index + open[0].length;
      const closer = PAIRS[open[0]]!;
      closer.lastIndex = innerStart;
      // A double quotation closed by a single mark by mistake ends there, when no single quotation opened inside it:
      // "“Let’s go. We can stop gun violence.’ Schumer was …".
      let close = closer.exec(text) ?? (open[0] === '“' ? mistypedClose(text, innerStart) : null);
      // Another “ before the closing mark opens the next quotation, so this one ended earlier, at a mistyped mark:
      // "“Let’s go.’ Schumer was … her film, “Trainwreck.”".
      const reopened = close && open[0] === '“' ? text.indexOf('“', innerStart) : -1;
      if (close && reopened >= 0 && reopened < close.index) {
        const mistyped = mistypedClose(text, innerStart);
        if (mistyped && mistyped.index < reopened) close = mistyped;
      }
      // A straight quotation may nest curly ones: "The Department isn’t about “Equal Justice Under Law” anymore. …"
      const nestedOpen = (at: number): boolean => text.slice(innerStart, at).split('“').length > text.slice(innerStart, at).split('”').length;
      while (close && open[0] === '"' && close[0] === '”' && nestedOpen(close.index)) {
        closer.lastIndex = close.index + 1;
        close = closer.exec(text);
      }
      // ''' closes a nested single quotation and the double one: "on 'Fox and Friends,''' said …".
      const innerEnd = close ? close.index + (close[0] === "'''" ? 1 : 0) : length;
      const end = close ? close.index + close[0].length : length;
      segments.push({ start: from + open.index, end: from + end, inner: { start: from + innerStart, end: from + innerEnd }, paragraph: index, closed: close !== null });
      at = end;
    }
  });
  return segments;
}

/** A closing single mark after the quotation's final punctuation, with no opening single mark before it. */
function mistypedClose(text: string, from: number): RegExpExecArray | null {
  const close = /(?<=[.!?,])’(?=\s)/g;
  close.lastIndex = from;
  const found = close.exec(text);
  return found && !text.slice(from, found.index).includes('‘') ? found : null;
}
