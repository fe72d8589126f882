/**
 * Quote scoring shared by PolNeAR and the seed article: `all` and `direct`
 * matching at @30 and @80, speaker accuracy over the @30 `all` pairs, and the
 * misses kept for `--errors`.
 */
import type { Quote } from '../../shared/contracts.js';
import { addCounts, emptyCounts, matchBags, prf, type Counts, type Prf } from './match.js';
import { bagOf, contentWords, sharesContentWord, tokenize } from './tokens.js';

export const THRESHOLDS = [30, 80] as const;

/** One gold attribution, reduced to what the figures need. */
export interface GoldQuote {
  /** The attributed content as written (fragments of a discontinuous span joined by a space). */
  text: string;
  /** The source span as written, or null when the attribution has none. */
  source: string | null;
  /** The content contains a quotation mark. */
  direct: boolean;
}

/**
 * Decides whether a matched prediction has the right speaker: true / false,
 * or null when the gold gives nothing to judge by (the pair is then left out
 * of speaker accuracy).
 */
export type SpeakerJudge = (gold: GoldQuote, pred: Quote) => boolean | null;

/**
 * README rule: judged when the gold source has a content word; right when the
 * predicted speaker mention or canonical name shares one with it.
 */
export const contentWordSpeaker: SpeakerJudge = (gold, pred) => {
  const words = contentWords(gold.source ?? '');
  if (words.size === 0) return null;
  return sharesContentWord(words, pred.speaker?.mention, pred.speaker?.name);
};

/**
 * Quotation marks in gold content: straight or curly double quotes; an
 * opening curly single quote ‘ (never an apostrophe; headlines quote with
 * it); two straight apostrophes '' (some PolNeAR texts write a double quote
 * so); and a straight ' that opens a word ('Terrifying.'). A closing ’ or a
 * ' inside or after a word is an apostrophe and does not count.
 */
const QUOTATION_MARK = /["“”‘]|''|(?:^|[\s(\[—–-])'(?=\p{L})/u;

export function hasQuotationMark(text: string): boolean {
  return QUOTATION_MARK.test(text);
}

export function isDirectPrediction(q: Quote): boolean {
  return q.kind === 'direct' || q.kind === 'mixed';
}

export interface QuoteCounts {
  all: Record<number, Counts>;
  direct: Record<number, Counts>;
  speaker: { judged: number; right: number };
}

export interface QuoteFigures {
  all: Record<string, Prf>;
  direct: Record<string, Prf>;
  speaker: { judged: number; right: number; accuracy: number };
}

export function emptyQuoteCounts(): QuoteCounts {
  const per = () => Object.fromEntries(THRESHOLDS.map((t) => [t, emptyCounts()])) as Record<number, Counts>;
  return { all: per(), direct: per(), speaker: { judged: 0, right: 0 } };
}

/** A miss shown by `--errors`. */
export interface QuoteMiss {
  article: string;
  type: 'missed' | 'spurious' | 'speaker';
  text: string;
  /** Gold source for `missed`; predicted speaker for `spurious`; "gold → predicted" for `speaker`. */
  speaker: string;
  /** Predicted kind and cue, for spurious and speaker misses; gold direct/indirect for missed ones. */
  detail: string;
}

/** Score one article's predictions against its gold, adding to `into`; returns its misses. */
export function scoreArticleQuotes(article: string, gold: GoldQuote[], pred: Quote[], judge: SpeakerJudge, into: QuoteCounts): QuoteMiss[] {
  const goldBags = gold.map((g) => bagOf(tokenize(g.text)));
  const predBags = pred.map((p) => bagOf(tokenize(p.text)));
  const directGold = gold.flatMap((g, i) => (g.direct ? [i] : []));
  const directPred = pred.flatMap((p, i) => (isDirectPrediction(p) ? [i] : []));
  const misses: QuoteMiss[] = [];
  for (const t of THRESHOLDS) {
    const pairs = matchBags(goldBags, predBags, t);
    addCounts(into.all[t]!, gold.length, pred.length, pairs.length);
    const directPairs = matchBags(directGold.map((i) => goldBags[i]!), directPred.map((i) => predBags[i]!), t);
    addCounts(into.direct[t]!, directGold.length, directPred.length, directPairs.length);
    if (t !== 30) continue;
    for (const pair of pairs) {
      const g = gold[pair.gold]!;
      const p = pred[pair.pred]!;
      const right = judge(g, p);
      if (right === null) continue;
      into.speaker.judged++;
      if (right) into.speaker.right++;
      else misses.push({ article, type: 'speaker', text: p.text, speaker: `${g.source} → ${speakerLabel(p)}`, detail: `${p.kind}, cue "${p.cue}"` });
    }
    const matchedGold = new Set(pairs.map((x) => x.gold));
    const matchedPred = new Set(pairs.map((x) => x.pred));
    gold.forEach((g, i) => {
      if (!matchedGold.has(i)) misses.push({ article, type: 'missed', text: g.text, speaker: g.source ?? '(no source)', detail: g.direct ? 'quoted' : 'unquoted' });
    });
    pred.forEach((p, i) => {
      if (!matchedPred.has(i)) misses.push({ article, type: 'spurious', text: p.text, speaker: speakerLabel(p), detail: `${p.kind}, cue "${p.cue}"` });
    });
  }
  return misses;
}

function speakerLabel(q: Quote): string {
  if (!q.speaker) return '(none)';
  return q.speaker.name === q.speaker.mention ? q.speaker.mention : `${q.speaker.mention} = ${q.speaker.name}`;
}

export function quoteFigures(c: QuoteCounts): QuoteFigures {
  const figures = (per: Record<number, Counts>) => Object.fromEntries(THRESHOLDS.map((t) => [`@${t}`, prf(per[t]!)]));
  return {
    all: figures(c.all),
    direct: figures(c.direct),
    speaker: { ...c.speaker, accuracy: c.speaker.judged === 0 ? 0 : c.speaker.right / c.speaker.judged },
  };
}
