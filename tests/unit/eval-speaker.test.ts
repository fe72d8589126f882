import { describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/contracts.js';
import { contentWordSpeaker, emptyQuoteCounts, hasQuotationMark, scoreArticleQuotes, type GoldQuote } from '../../bench/eval/quotes.js';
import { contentWords } from '../../bench/eval/tokens.js';

const quote = (text: string, speaker: { mention: string; name: string } | null, kind: Quote['kind'] = 'indirect'): Quote => ({
  id: 'Q1', kind, text, start: 0, end: text.length, cue: 'said', paragraph: 0,
  speaker: speaker ? { ...speaker, entityId: null, start: 0, end: 0 } : null,
});
const gold = (source: string | null, text = 'the budget is balanced'): GoldQuote => ({ text, source, direct: false });

describe('content words', () => {
  it('drop stop words, pronouns, apostrophe remnants and honorifics', () => {
    expect([...contentWords("He and his party's Mr. Smith")]).toEqual(['party', 'smith']);
  });
});

describe('speaker rule (content words)', () => {
  it('is right when the mention shares a content word with the gold source', () => {
    expect(contentWordSpeaker(gold('Sen. Jane Roe of Ohio'), quote('x', { mention: 'Roe', name: 'Roe' }))).toBe(true);
  });

  it('is right when only the resolved name shares one (a pronoun mention)', () => {
    expect(contentWordSpeaker(gold('Roe'), quote('x', { mention: 'she', name: 'Jane Roe' }))).toBe(true);
  });

  it('is wrong when they share only stop words or honorifics', () => {
    expect(contentWordSpeaker(gold('Mr. Smith'), quote('x', { mention: 'Mr. Jones', name: 'Mr. Jones' }))).toBe(false);
    expect(contentWordSpeaker(gold('the campaign'), quote('x', { mention: 'the mayor', name: 'the mayor' }))).toBe(false);
  });

  it('is wrong when there is no predicted speaker', () => {
    expect(contentWordSpeaker(gold('Roe'), quote('x', null))).toBe(false);
  });

  it('does not judge a gold source without a content word (a pronoun) or without a source', () => {
    expect(contentWordSpeaker(gold('she'), quote('x', { mention: 'Roe', name: 'Roe' }))).toBeNull();
    expect(contentWordSpeaker(gold(null), quote('x', { mention: 'Roe', name: 'Roe' }))).toBeNull();
  });
});

describe('quotation marks in gold content', () => {
  it.each([
    ['“We will win,”', true],
    ['"We will win"', true],
    ['Clinton ‘Not Fit’ for office', true],
    ["''We will win,''", true],
    ["Trump 'absolutely right' on taxes", true],
    ["the candidate's plan won't pass", false],
    ['the party’s nominee', false],
  ])('%s → %s', (text, expected) => {
    expect(hasQuotationMark(text)).toBe(expected);
  });
});

describe('scoreArticleQuotes', () => {
  it('counts all/direct at both thresholds and speaker accuracy over matched @30 pairs', () => {
    const golds: GoldQuote[] = [
      { text: '“we will cut taxes for every family”', source: 'Governor Roe', direct: true },
      { text: 'the economy was slowing down', source: 'he', direct: false },
      { text: 'nobody predicted this result', source: 'analysts', direct: false },
    ];
    const preds = [
      quote('we will cut taxes for every family', { mention: 'Roe', name: 'Jane Roe' }, 'direct'),
      quote('the economy was slowing', { mention: 'he', name: 'Bob Doe' }),
      quote('the weather was fine today', { mention: 'she', name: 'she' }),
    ];
    const counts = emptyQuoteCounts();
    const misses = scoreArticleQuotes('a', golds, preds, contentWordSpeaker, counts);
    expect(counts.all[30]).toEqual({ gold: 3, predicted: 3, matched: 2 });
    expect(counts.all[80]).toEqual({ gold: 3, predicted: 3, matched: 2 });
    expect(counts.direct[30]).toEqual({ gold: 1, predicted: 1, matched: 1 });
    // "he" has no content word: only the first pair is judged.
    expect(counts.speaker).toEqual({ judged: 1, right: 1 });
    expect(misses.map((m) => m.type).sort()).toEqual(['missed', 'spurious']);
  });
});
