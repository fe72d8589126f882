/**
 * One-to-one matching of predicted and gold spans by word-token overlap, and
 * the precision / recall / F1 that summarise it (corpus README, "How figures
 * are computed").
 */
import { bagOf, bagOverlap, tokenize, type Bag } from './tokens.js';

/** A pair that matched: indices into the gold and predicted lists, and their shared tokens. */
export interface MatchedPair {
  gold: number;
  pred: number;
  overlap: number;
}

/**
 * Match predictions to gold one-to-one. A pair is eligible when the shared
 * tokens (multiset intersection) are at least `thresholdPct` percent of the
 * gold's tokens AND of the prediction's tokens; an item without tokens never
 * matches. Eligible pairs are taken greedily, best overlap first: highest
 * Dice coefficient 2·|∩|/(|g|+|p|), then most shared tokens, then document
 * order (gold index, prediction index) so the result is deterministic.
 */
export function matchByOverlap(gold: string[], pred: string[], thresholdPct: number): MatchedPair[] {
  const goldBags = gold.map((t) => bagOf(tokenize(t)));
  const predBags = pred.map((t) => bagOf(tokenize(t)));
  return matchBags(goldBags, predBags, thresholdPct);
}

/** `matchByOverlap` on pre-tokenised bags (tokenise once, match at several thresholds). */
export function matchBags(gold: Bag[], pred: Bag[], thresholdPct: number): MatchedPair[] {
  const size = (b: Bag) => { let n = 0; for (const c of b.values()) n += c; return n; };
  const goldSizes = gold.map(size);
  const predSizes = pred.map(size);
  const candidates: (MatchedPair & { dice: number })[] = [];
  for (const [g, gb] of gold.entries()) {
    const gn = goldSizes[g]!;
    if (gn === 0) continue;
    for (const [p, pb] of pred.entries()) {
      const pn = predSizes[p]!;
      if (pn === 0) continue;
      const overlap = bagOverlap(gb, pb);
      // Integer arithmetic: overlap / n >= pct / 100 without floating-point error.
      if (overlap === 0 || overlap * 100 < thresholdPct * gn || overlap * 100 < thresholdPct * pn) continue;
      candidates.push({ gold: g, pred: p, overlap, dice: (2 * overlap) / (gn + pn) });
    }
  }
  candidates.sort((a, b) => b.dice - a.dice || b.overlap - a.overlap || a.gold - b.gold || a.pred - b.pred);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPred.has(c.pred)) continue;
    usedGold.add(c.gold);
    usedPred.add(c.pred);
    pairs.push({ gold: c.gold, pred: c.pred, overlap: c.overlap });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Counts summed over a set, and the figures they give. */
export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, matched: 0 };
}

export function addCounts(into: Counts, gold: number, predicted: number, matched: number): void {
  into.gold += gold;
  into.predicted += predicted;
  into.matched += matched;
}

/** Precision = matched/predicted, recall = matched/gold, F1 their harmonic mean; 0 when undefined. */
export function prf(c: Counts): Prf {
  const precision = c.predicted === 0 ? 0 : c.matched / c.predicted;
  const recall = c.gold === 0 ? 0 : c.matched / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
