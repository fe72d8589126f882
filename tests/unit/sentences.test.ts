import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../shared/article/sentences.js';

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
    [
      'splits after U.S. when the next word only opens a sentence',
      'Thousands came to the U.S. The proposal would cap that.',
      ['Thousands came to the U.S.', 'The proposal would cap that.'],
    ],
    [
      'does not split after D.C. followed by a comma',
      'He spoke in Washington, D.C., on Monday. Crowds cheered.',
      ['He spoke in Washington, D.C., on Monday.', 'Crowds cheered.'],
    ],
    [
      'splits after Jr. when the next word is a pronoun',
      'The award went to Martin Luther King Jr. He accepted it in Oslo.',
      ['The award went to Martin Luther King Jr.', 'He accepted it in Oslo.'],
    ],
    [
      'splits after N.Y. when a quotation opens after it',
      'Lee said at a rally in Albany, N.Y. “Our fight is not over.”',
      ['Lee said at a rally in Albany, N.Y.', '“Our fight is not over.”'],
    ],
    [
      'does not split after a title before a name',
      'The bill was backed by Sen. Warren and Rep. Ryan.',
      ['The bill was backed by Sen. Warren and Rep. Ryan.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('returns offsets within the given range only', () => {
    const text = 'Ignored. First one. Second one.';
    const spans = splitSentences(text, { start: 9, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });

  it('cuts a run-on sentence longer than the bound at its clause breaks, losing no text', () => {
    // Arrange: one "sentence" of about 60,000 characters with no full stop.
    const text = 'the council said that the board asked him about it, '.repeat(1200).trim();

    // Act
    const spans = splitSentences(text);

    // Assert
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.every((s) => s.end - s.start <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(spans.every((s) => text.slice(s.start, s.end).endsWith(','))).toBe(true);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });
});
