import { describe, expect, it } from 'vitest';
import { extractText, typedNames } from './extract-helpers.js';

const names = (text: string) => extractText(text).entities.map((e) => e.name);

describe('entities: common words that open a sentence or a quotation', () => {
  it.each<[string, string, unknown]>([
    ['drops an adjective that opens a sentence: Angry', 'Angry residents lined the road. The mayor met them on Monday.', 'Angry'],
    ['drops a sentence adverb that opens a quotation: Overall', 'The governor said: “Overall, the budget is sound.”', 'Overall'],
    ['drops a negative contraction that opens a quotation: Don\'t', '“Don\'t believe the polls,” the senator told reporters.', "Don't"],
    ['drops a common noun with a common ending that opens a sentence: Business', 'Business groups lobbied against the tax. The council voted on Tuesday.', 'Business'],
    ['drops a party and state tag after a lawmaker: (D-Va.)', 'Sen. Mark Warner (D-Va.) questioned the nominee.', 'D-Va'],
    ['drops a lone letter: Q', 'Q: Why did you run? The candidate laughed.', 'Q'],
  ])('%s', (_, sentence, expected) => {
    expect(names(sentence)).not.toContain(expected);
  });

  it('keeps a surname that opens a sentence when the article names the person', () => {
    const found = typedNames('The bill was written by Senator Tom Young. Young said it would pass.');

    expect(found).toEqual([['PERSON', 'Tom Young']]);
  });

  it('keeps a one-word name that opens a sentence: Verizon', () => {
    const found = names('Verizon declined to comment on the merger.');

    expect(found).toContain('Verizon');
  });

  it('keeps the person after an imperative that opens a line: Follow Jane Doe', () => {
    const found = typedNames('Follow Maria Lopez on Twitter.');

    expect(found).toContainEqual(['PERSON', 'Maria Lopez']);
    expect(names('Follow Maria Lopez on Twitter.')).not.toContain('Follow Maria Lopez');
  });
});
