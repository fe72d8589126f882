/**
 * Giveme5W1H main event: for each of who/what/when/where the coders
 * annotated, is the article's first event right? (README rules; field
 * mapping and date comparison in events.ts.)
 *
 * A field counts as annotated when a coder entry has a non-empty phrase, or,
 * for `when`, a `parsed` date (some entries carry only the date).
 * The extractor sees only title, text, date and URL, never the annotations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewsEvent } from '../../shared/contracts.js';
import { emptyEventCounts, eventFigures, FIELDS, scoreMainEvent, type Field, type FieldReference } from './events.js';
import { runExtractor, type Timings } from './run.js';

interface CoderEntry {
  text?: string;
  parsed?: string;
  coderPhraseCount?: number;
}

interface GivemeArticle {
  title?: string;
  description?: string;
  text?: string;
  date_publish?: string | null;
  url?: string;
  fiveWoneH?: Partial<Record<string, { annotated?: CoderEntry[] }>>;
}

export interface GivemeResult {
  set: string;
  articles: number;
  withEvents: number;
  rejected: { article: string; code: string }[];
  figures: ReturnType<typeof eventFigures>;
  misses: { article: string; field: Field; coders: string; predicted: string }[];
}

/** The coders' references for who/what/when/where. */
export function coderReferences(article: GivemeArticle): Partial<Record<Field, FieldReference>> {
  const refs: Partial<Record<Field, FieldReference>> = {};
  for (const field of FIELDS) {
    const entries = article.fiveWoneH?.[field]?.annotated ?? [];
    refs[field] = {
      phrases: entries.map((e) => e.text?.trim() ?? '').filter((t) => t !== ''),
      dates: field === 'when' ? entries.map((e) => e.parsed ?? '').filter((d) => /^\d{4}-\d{2}-\d{2}/.test(d)) : [],
    };
  }
  return refs;
}

export function evaluateGiveme(corpusDir: string, limit: number | undefined, timings: Timings): GivemeResult {
  const dir = join(corpusDir, 'giveme5w1h-dev');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().slice(0, limit);
  const counts = emptyEventCounts();
  const rejected: GivemeResult['rejected'] = [];
  const misses: GivemeResult['misses'] = [];
  let withEvents = 0;
  for (const file of files) {
    const article = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GivemeArticle;
    // Only what a real article would carry: the gold annotations stay out of the extractor's input.
    const input = { title: article.title, text: article.text, date_publish: article.date_publish ?? undefined, url: article.url };
    const result = runExtractor(new TextEncoder().encode(JSON.stringify(input)), { name: file }, `giveme5w1h/${file}`, timings);
    const refs = coderReferences(article);
    if (!result.ok) rejected.push({ article: file, code: result.code });
    const event = result.ok ? result.record.events[0] : undefined;
    if (event) withEvents++;
    const outcome = scoreMainEvent(event, refs, counts);
    for (const field of FIELDS) {
      if (outcome[field] !== false) continue;
      const ref = refs[field]!;
      misses.push({
        article: file,
        field,
        coders: [...ref.phrases, ...ref.dates.map((d) => `[${d}]`)].join(' | '),
        predicted: event ? describeField(event, field) : '(no event)',
      });
    }
  }
  return { set: 'giveme5w1h-dev', articles: files.length, withEvents, rejected, figures: eventFigures(counts), misses };
}

function describeField(event: NewsEvent, field: Field): string {
  if (field === 'when') return event.when ? `${event.when.text} [${event.when.date} ${event.when.precision}]` : '(none)';
  if (field === 'what') return [event.trigger, ...event.whom.map((p) => p.name)].join(' / ');
  if (field === 'who') return event.who.map((p) => p.name).join(', ') || '(none)';
  return event.where ? `${event.where.text} (${event.where.name})` : '(none)';
}
