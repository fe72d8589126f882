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
  "''": /''/gu,
  '‘': /’(?![\p{L}\p{N}])/gu,
  '``': /''/gu,
};

/**
 * An opening mark: at the start of a word (not inside one, so "don’t" and "Trump’s" are safe). A closing
 * mark typed for an opening one at the start of a line opens too: "”Mr. Ortiz embodies …” ― Sonia Herrera".
 */
const OPENING = /“|``|''(?=\S)|"(?=\S)|(?<![\p{L}\p{N}])‘(?=\S)|(?<=^|\n)”(?=\p{Lu})/gu;

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
    let at = paragraph.start;
    while (at < paragraph.end) {
      OPENING.lastIndex = at;
      const open = OPENING.exec(body);
      if (!open || open.index >= paragraph.end) break;
      const innerStart = open.index + open[0].length;
      const closer = PAIRS[open[0]]!;
      closer.lastIndex = innerStart;
      const close = closer.exec(body);
      const closed = close !== null && close.index < paragraph.end;
      const innerEnd = closed ? close!.index : paragraph.end;
      const end = closed ? close!.index + close![0].length : paragraph.end;
      segments.push({ start: open.index, end, inner: { start: innerStart, end: innerEnd }, paragraph: index, closed });
      at = end;
    }
  });
  return segments;
}
