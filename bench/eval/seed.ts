/**
 * The seed article against its hand annotation (seed-article.expected.json):
 * quotes with the same token-overlap scoring (speaker right when the
 * predicted canonical name equals the gold `speaker`, case-insensitively),
 * entity recall by name, event recall and the main event's fields.
 *
 * The seed's gold quote texts carry no quotation marks (the annotation
 * strips them), so its `direct` gold is the annotated kind direct|mixed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../../shared/contracts.js';
import { emptyEventCounts, eventFigures, scoreMainEvent, type Field, type FieldReference } from './events.js';
import { emptyQuoteCounts, quoteFigures, scoreArticleQuotes, type GoldQuote, type QuoteFigures, type QuoteMiss, type SpeakerJudge } from './quotes.js';
import { runExtractor, type Timings } from './run.js';
import { sharesContentWord } from './tokens.js';

interface SeedQuote { kind: string; speaker: string; speakerMention?: string; cue?: string; text: string }
interface SeedEntity { type: string; name: string; aliases?: string[] }
interface SeedEvent {
  type: string; trigger: string; who?: string[]; whom?: string[];
  when?: { text: string; date: string; precision?: string }; where?: string;
}
interface SeedExpected { publishedAt: string; relatedLinks?: string[]; entities: SeedEntity[]; quotes: SeedQuote[]; events: SeedEvent[] }

export interface SeedResult {
  set: 'seed';
  ok: boolean;
  quotes: QuoteFigures;
  entities: { gold: number; predicted: number; found: number; typeRight: number; recall: number; missing: string[] };
  events: { gold: number; predicted: number; found: number; recall: number; mainEvent: ReturnType<typeof eventFigures> };
  relatedLinks: { gold: number; found: number };
  misses: QuoteMiss[];
}

/** Names compare case-insensitively, with curly apostrophes and spacing normalised. */
export const normName = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

const nameSpeaker: SpeakerJudge = (gold, pred) => {
  if (!gold.source) return null;
  return !!pred.speaker && normName(pred.speaker.name) === normName(gold.source);
};

/** The gold event's fields as references for the main-event scorer. */
export function seedReferences(e: SeedEvent): Partial<Record<Field, FieldReference>> {
  return {
    who: { phrases: e.who ?? [], dates: [] },
    what: { phrases: [e.trigger, ...(e.whom ?? [])], dates: [] },
    when: { phrases: e.when ? [e.when.text] : [], dates: e.when && /^\d{4}-\d{2}-\d{2}$/.test(e.when.date) ? [e.when.date] : [] },
    where: { phrases: e.where ? [e.where] : [], dates: [] },
  };
}

export function evaluateSeed(corpusDir: string, timings: Timings): SeedResult {
  const dir = join(corpusDir, 'seed');
  const expected = JSON.parse(readFileSync(join(dir, 'seed-article.expected.json'), 'utf8')) as SeedExpected;
  const result = runExtractor(readFileSync(join(dir, 'seed-article.txt')), { name: 'seed-article.txt', publishedAt: expected.publishedAt }, 'seed/seed-article', timings);
  const record = result.ok ? result.record : undefined;

  const gold: GoldQuote[] = expected.quotes.map((q) => ({ text: q.text, source: q.speaker, direct: q.kind === 'direct' || q.kind === 'mixed' }));
  const counts = emptyQuoteCounts();
  const misses = scoreArticleQuotes('seed-article', gold, record?.quotes ?? ([] as Quote[]), nameSpeaker, counts);

  const predicted = record?.entities ?? [];
  let found = 0;
  let typeRight = 0;
  const missing: string[] = [];
  for (const g of expected.entities) {
    const hit = predicted.find((p) => [p.name, ...p.aliases].some((n) => normName(n) === normName(g.name)));
    if (!hit) { missing.push(`${g.name} (${g.type})`); continue; }
    found++;
    if (hit.type === g.type) typeRight++;
  }

  const events = record?.events ?? [];
  const eventsFound = expected.events.filter((g) => events.some((p) =>
    sharesContentWord(g.trigger, p.trigger) && (!g.who?.length || g.who.some((w) => sharesContentWord(w, ...p.who.map((x) => x.name)))))).length;
  const mainCounts = emptyEventCounts();
  if (expected.events[0]) scoreMainEvent(events[0], seedReferences(expected.events[0]), mainCounts);

  const links = (record?.relatedLinks ?? []).map(normName);
  return {
    set: 'seed',
    ok: result.ok,
    quotes: quoteFigures(counts),
    entities: { gold: expected.entities.length, predicted: predicted.length, found, typeRight, recall: found / Math.max(1, expected.entities.length), missing },
    events: { gold: expected.events.length, predicted: events.length, found: eventsFound, recall: eventsFound / Math.max(1, expected.events.length), mainEvent: eventFigures(mainCounts) },
    relatedLinks: { gold: expected.relatedLinks?.length ?? 0, found: (expected.relatedLinks ?? []).filter((l) => links.includes(normName(l))).length },
    misses,
  };
}
