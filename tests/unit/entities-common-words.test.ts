import { describe, expect, it } from 'vitest';
import { extractText, typedNames } from './extract-helpers.js';

const names = (text: string) => extractText(text).entities.map((e) => e.name);

describe('entities: common words that open a sentence or a quotation', () => {
  it('drops an adjective that opens a sentence: Angry', () => {
    const found = names('Angry residents lined the road. The mayor met them on Monday.');

    expect(found).not.toContain('Angry');
  });

  it('drops a sentence adverb that opens a quotation: Overall', () => {
    const found = names('The governor said: “Overall, the budget is sound.”');

    expect(found).not.toContain('Overall');
  });

  it('drops a negative contraction that opens a quotation: Don\'t', () => {
    const found = names('“Don\'t believe the polls,” the senator told reporters.');

    expect(found).not.toContain("Don't");
  });

  it('drops a common noun with a common ending that opens a sentence: Business', () => {
    const found = names('Business groups lobbied against the tax. The council voted on Tuesday.');

    expect(found).not.toContain('Business');
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

  it('drops a party and state tag after a lawmaker: (D-Va.)', () => {
    const found = names('Sen. Mark Warner (D-Va.) questioned the nominee.');

    expect(found).not.toContain('D-Va');
  });

  it('drops a lone letter: Q', () => {
    const found = names('Q: Why did you run? The candidate laughed.');

    expect(found).not.toContain('Q');
  });
});
