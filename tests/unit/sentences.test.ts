import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../shared/article/sentences.js';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at a period followed by a capitalised word', () => {
    expect(sentencesOf('Lorenzana met Shoygu. They agreed to cooperate.')).toEqual([
      'Lorenzana met Shoygu.',
      'They agreed to cooperate.',
    ]);
  });

  it('does not split after U.S., Sen. or Jan.', () => {
    const text = 'The U.S. Senate met on Jan. 5 with Sen. Warren present. It adjourned.';
    expect(sentencesOf(text)).toEqual(['The U.S. Senate met on Jan. 5 with Sen. Warren present.', 'It adjourned.']);
  });

  it('does not split after a middle initial', () => {
    expect(sentencesOf('John F. Kennedy spoke. Crowds cheered.')).toEqual(['John F. Kennedy spoke.', 'Crowds cheered.']);
  });

  it('keeps a closing quotation mark with the sentence it ends', () => {
    const text = 'Russia is “encouraged by the progress.” He attributed it to Duterte.';
    expect(sentencesOf(text)).toEqual(['Russia is “encouraged by the progress.”', 'He attributed it to Duterte.']);
  });

  it('keeps a closing quotation mark after ! or ? with its sentence', () => {
    const text = 'She asked, “Who pays for it?” Nobody answered. “Dredge it!” a man shouted.';
    expect(sentencesOf(text)).toEqual(['She asked, “Who pays for it?”', 'Nobody answered.', '“Dredge it!” a man shouted.']);
  });

  it('does not split after p.m. or a.m. inside a sentence', () => {
    expect(sentencesOf('The vote starts at 2 p.m. on Thursday. Doors open early.')).toEqual([
      'The vote starts at 2 p.m. on Thursday.',
      'Doors open early.',
    ]);
  });

  it('returns offsets within the given range only', () => {
    const text = 'Ignored. First one. Second one.';
    const spans = splitSentences(text, { start: 9, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });
});
