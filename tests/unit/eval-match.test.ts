import { describe, expect, it } from 'vitest';
import { matchByOverlap, prf } from '../../bench/eval/match.js';
import { bagOf, bagOverlap, tokenize } from '../../bench/eval/tokens.js';

describe('eval tokens', () => {
  it('lowercases [a-z0-9]+ runs and splits on everything else', () => {
    expect(tokenize('The mayor’s 2nd “plan” — U.S.-backed!')).toEqual(['the', 'mayor', 's', '2nd', 'plan', 'u', 's', 'backed']);
  });

  it('overlaps token multisets, counting repeats only as often as both have them', () => {
    expect(bagOverlap(bagOf(tokenize('no no no yes')), bagOf(tokenize('no no maybe')))).toBe(2);
  });
});

describe('matchByOverlap', () => {
  it('needs the threshold on both sides: a long prediction does not match a short gold', () => {
    const gold = ['taxes will go up'];
    const pred = ['the senator said on Monday in a long speech that taxes will go up next year for everyone'];
    expect(matchByOverlap(gold, pred, 30)).toEqual([]);
    expect(matchByOverlap(gold, ['taxes will go up for everyone'], 30)).toHaveLength(1);
  });

  it('applies the threshold exactly (3 of 10 tokens is 30%)', () => {
    const gold = ['a b c d e f g h i j'];
    expect(matchByOverlap(gold, ['a b c'], 30)).toHaveLength(1);
    expect(matchByOverlap(gold, ['a b x'], 30)).toHaveLength(0);
    expect(matchByOverlap(gold, ['a b c'], 80)).toHaveLength(0);
  });

  it('matches one-to-one, best overlap first', () => {
    const gold = ['we will build the wall', 'we will build roads and bridges'];
    // Prediction 0 overlaps both golds; it must go to the gold it fits best,
    // leaving the other gold for prediction 1.
    const pred = ['we will build roads and bridges', 'we will build the wall and more'];
    expect(matchByOverlap(gold, pred, 30)).toEqual([
      { gold: 0, pred: 1, overlap: 5 },
      { gold: 1, pred: 0, overlap: 6 },
    ]);
  });

  it('never matches one prediction twice, even to identical golds', () => {
    const pairs = matchByOverlap(['the plan is dead', 'the plan is dead'], ['the plan is dead'], 30);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ gold: 0, pred: 0 });
  });

  it('never matches empty texts', () => {
    expect(matchByOverlap(['—'], ['“…”'], 30)).toEqual([]);
  });
});

describe('prf', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(prf({ gold: 10, predicted: 5, matched: 4 })).toMatchObject({ precision: 0.8, recall: 0.4, f1: expect.closeTo(0.5333, 3) });
  });

  it('is 0, not NaN, when nothing was predicted', () => {
    expect(prf({ gold: 3, predicted: 0, matched: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
