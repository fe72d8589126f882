/**
 * The reader view's text marking (shared/web/src/highlight.ts): quotes,
 * speakers, entities and event sentences over an article body, nested into
 * a tree the page renders, however the marks overlap.
 */
import { describe, expect, it } from 'vitest';
import { nestMarks, paragraphSpans, type Mark, type Piece } from '../../shared/web/src/highlight.js';

/** The tree as bracketed text: `[name:first?…]`, so a test reads like the rendering. */
function show(pieces: Piece<string>[]): string {
  return pieces.map((p) => (p.kind === 'text' ? p.text : `[${p.mark.data}${p.first ? '' : '…'}:${show(p.children)}]`)).join('');
}
const mark = (data: string, start: number, end: number, layer: number): Mark<string> => ({ data, start, end, layer });

describe('nestMarks', () => {
  it('leaves text outside every mark at the top level', () => {
    expect(show(nestMarks('He said no.', [mark('q', 8, 10, 1)]))).toBe('He said [q:no].');
  });

  it('puts a mark inside the mark of a lower layer that contains it', () => {
    const text = '"Lorenzana met Shoygu," DFA said.';

    expect(show(nestMarks(text, [mark('entity', 1, 10, 2), mark('quote', 0, 23, 1)]))).toBe('[quote:"[entity:Lorenzana] met Shoygu,"] DFA said.');
  });

  it('splits a mark that crosses the end of an outer one into pieces, only the first marked as the start', () => {
    const text = 'abcdefgh';

    expect(show(nestMarks(text, [mark('quote', 0, 4, 1), mark('speaker', 2, 6, 2)]))).toBe('[quote:ab[speaker:cd]][speaker…:ef]gh');
  });

  it('nests marks of one layer by their start, the longer outside', () => {
    expect(show(nestMarks('abcdef', [mark('inner', 1, 3, 1), mark('outer', 0, 6, 1)]))).toBe('[outer:a[inner:bc]def]');
  });

  it('clips marks to the text and drops empty ones', () => {
    expect(show(nestMarks('abc', [mark('past', 2, 10, 1), mark('empty', 1, 1, 1)]))).toBe('ab[past:c]');
  });

  it('keeps every character exactly once, in order', () => {
    const text = 'The quick brown fox jumps over the lazy dog';
    const marks = [mark('a', 4, 19, 1), mark('b', 10, 30, 2), mark('c', 0, 43, 0), mark('d', 16, 25, 3)];
    const flatten = (pieces: Piece<string>[]): string => pieces.map((p) => (p.kind === 'text' ? p.text : flatten(p.children))).join('');

    expect(flatten(nestMarks(text, marks))).toBe(text);
  });
});

describe('paragraphSpans', () => {
  it('finds the runs of text between blank lines', () => {
    const body = 'First paragraph.\n\nSecond one\nwith a line break.\n\n\nThird.';

    expect(paragraphSpans(body).map(({ start, end }) => body.slice(start, end))).toEqual(['First paragraph.', 'Second one\nwith a line break.', 'Third.']);
  });
});
