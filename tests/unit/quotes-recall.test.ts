import { describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/contracts.js';
import { extractText } from './extract-helpers.js';

const quotesOf = (text: string): Quote[] => extractText(text).quotes;
const withCue = (quotes: Quote[], cue: string): Quote | undefined => quotes.find((q) => q.cue === cue);

describe('reported speech: where the content starts', () => {
  it('a "that" inside the reported clause does not open it: "said the coverage would resemble that of …"', () => {
    // Arrange
    const text = 'The network changed its schedule. Zucker said the coverage would more closely resemble that of its parent network.';

    // Act
    const quote = withCue(quotesOf(text), 'said');

    // Assert
    expect(quote).toMatchObject({ text: 'the coverage would more closely resemble that of its parent network', speaker: { mention: 'Zucker' } });
  });
});

describe('reported speech: speakers the phrase rules miss', () => {
  it('a subject of two names with an appositive speaks through "said"', () => {
    // Arrange
    const text = 'Sens. Ann Hale of Georgia and Tom Reyes of Arkansas, both up for reelection this fall, also said they would welcome the governor.';

    // Act
    const quote = withCue(quotesOf(text), 'said');

    // Assert
    expect(quote).toMatchObject({ text: 'they would welcome the governor' });
    expect(quote?.speaker?.mention).toContain('Ann Hale');
  });

  it('a quantified subject speaks through "said": "Each side said …"', () => {
    const quote = withCue(quotesOf('Each side said the other would be to blame if the funding lapsed.'), 'said');

    expect(quote).toMatchObject({ text: 'the other would be to blame if the funding lapsed', speaker: { mention: 'Each side' } });
  });

  it('a clause before a participle cue is not a subject: "opened an exhibit called …"', () => {
    const quotes = quotesOf('Maria Lopez opened a bakery called Sweet Home on Main Street last week.');

    expect(quotes).toEqual([]);
  });
});
