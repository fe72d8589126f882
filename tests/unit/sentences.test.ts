import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../shared/article/sentences.js';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['splits at a period followed by a capitalised word', 'Lorenzana met Shoygu. They agreed to cooperate.', ['Lorenzana met Shoygu.', 'They agreed to cooperate.']],
    [
      'does not split after U.S., Sen. or Jan.',
      'The U.S. Senate met on Jan. 5 with Sen. Warren present. It adjourned.',
      ['The U.S. Senate met on Jan. 5 with Sen. Warren present.', 'It adjourned.'],
    ],
    ['does not split after a middle initial', 'John F. Kennedy spoke. Crowds cheered.', ['John F. Kennedy spoke.', 'Crowds cheered.']],
    [
      'keeps a closing quotation mark with the sentence it ends',
      'Russia is “encouraged by the progress.” He attributed it to Duterte.',
      ['Russia is “encouraged by the progress.”', 'He attributed it to Duterte.'],
    ],
    [
      'keeps a closing quotation mark after ! or ? with its sentence',
      'She asked, “Who pays for it?” Nobody answered. “Dredge it!” a man shouted.',
      ['She asked, “Who pays for it?”', 'Nobody answered.', '“Dredge it!” a man shouted.'],
    ],
    [
      'does not split after p.m. or a.m. inside a sentence',
      'The vote starts at 2 p.m. on Thursday. Doors open early.',
      ['The vote starts at 2 p.m. on Thursday.', 'Doors open early.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('returns offsets within the given range only', () => {
    const text = 'Ignored. First one. Second one.';
    const spans = splitSentences(text, { start: 9, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });
});
