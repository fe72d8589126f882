import { describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/contracts.js';
import { extractText } from './extract-helpers.js';

const quotesOf = (text: string): Quote[] => extractText(text).quotes;
const withCue = (quotes: Quote[], cue: string): Quote | undefined => quotes.find((q) => q.cue === cue);

describe('reported speech: what the cue reports', () => {
  it('an infinitive after a verb of intent is what the speaker wants or refuses', () => {
    // Arrange
    const text = 'Governor Maria Ortiz vetoed the bill on Friday. A spokesman for the governor declined to comment.';

    // Act
    const quote = withCue(quotesOf(text), 'declined');

    // Assert
    expect(quote).toMatchObject({ kind: 'indirect', text: 'to comment', speaker: { mention: 'A spokesman for the governor' } });
  });

  it('a preposition after another verb still reports no statement', () => {
    const quotes = quotesOf('The mayor responded to the protesters on Tuesday evening.');

    expect(quotes).toHaveLength(0);
  });

  it('a short object is enough for a stance verb: "endorsed Cruz"', () => {
    const quote = withCue(quotesOf('Former Gov. Rick Perry endorsed Cruz on Monday.'), 'endorsed');

    expect(quote).toMatchObject({ text: 'Cruz on Monday', speaker: { mention: 'Former Gov. Rick Perry' } });
  });

  it('"states" after a quantifier is the noun, not a cue', () => {
    const quotes = quotesOf('Several states holding primaries on March 1 have changed their rules.');

    expect(quotes).toHaveLength(0);
  });
});

describe('reported speech: a second verb of the same subject', () => {
  it('"… and said that …" is a second attribution, and ends the first', () => {
    // Arrange
    const text = 'Senator Tom Hale praised the ruling and said that the state would appeal the remaining counts.';

    // Act
    const quotes = quotesOf(text);

    // Assert
    expect(withCue(quotes, 'praised')).toMatchObject({ text: 'the ruling', speaker: { mention: 'Senator Tom Hale' } });
    expect(withCue(quotes, 'said')).toMatchObject({ text: 'the state would appeal the remaining counts', speaker: { mention: 'Senator Tom Hale' } });
  });

  it('", and threatened to …" takes the subject of the sentence', () => {
    const quotes = quotesOf('The union called the offer an insult, and threatened to strike before the holidays.');

    expect(withCue(quotes, 'called')?.text).toBe('the offer an insult');
    expect(withCue(quotes, 'threatened')).toMatchObject({ text: 'to strike before the holidays', speaker: { mention: 'The union' } });
  });
});
