/**
 * The stdout summary: one compact block per evaluated set, then timings,
 * then (with `--errors N`) example misses.
 */
import type { GivemeResult } from './giveme5w1h.js';
import type { Prf } from './match.js';
import type { PolnearResult } from './polnear.js';
import type { QuoteFigures, QuoteMiss } from './quotes.js';
import type { TimingFigures } from './run.js';
import type { SeedResult } from './seed.js';
import { FIELDS } from './events.js';

export const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const num = (n: number, w = 7) => n.toLocaleString('en-US').padStart(w);

function quoteTable(f: QuoteFigures, speakerNote: string): string[] {
  const row = (label: string, p: Prf) => `  ${label.padEnd(11)}${num(p.gold)}${num(p.predicted)}${num(p.matched)}  ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`;
  return [
    `  ${''.padEnd(11)}${'gold'.padStart(7)}${'pred'.padStart(7)}${'match'.padStart(7)}  ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}`,
    row('all @30', f.all['@30']!),
    row('all @80', f.all['@80']!),
    row('direct @30', f.direct['@30']!),
    row('direct @80', f.direct['@80']!),
    `  ${'speaker'.padEnd(11)}${pct(f.speaker.accuracy)}%  ${f.speaker.right}/${f.speaker.judged} ${speakerNote}`,
  ];
}

export function polnearBlock(r: PolnearResult): string[] {
  const c = r.coverage;
  return [
    `${r.set}: ${r.articles} articles, ${c.gold} gold attributions (${c.direct} quoted, ${c.withSource} with a source)`,
    ...quoteTable(r.figures, '(matched @30 pairs whose gold source has a content word)'),
    `  ${'coverage'.padEnd(11)}${c.outsideBody} gold outside the parsed body (${c.inFirstLine} start in the headline line); ${c.skippedWithoutContent} E lines without content skipped${r.rejected.length ? `; ${r.rejected.length} articles rejected by the parser` : ''}`,
  ];
}

export function givemeBlock(r: GivemeResult): string[] {
  const f = r.figures.fields;
  return [
    `${r.set} main event: ${r.articles} articles, ${r.withEvents} with an event${r.rejected.length ? `, ${r.rejected.length} rejected` : ''}`,
    `  ${FIELDS.map((k) => `${k} ${pct(f[k].share).trim()}% (${f[k].right}/${f[k].annotated})`).join('   ')}   mean ${pct(r.figures.mean).trim()}%`,
  ];
}

export function seedBlock(r: SeedResult): string[] {
  const e = r.entities;
  const m = r.events.mainEvent.fields;
  return [
    `seed: 1 article${r.ok ? '' : ' (REJECTED by the parser)'}`,
    ...quoteTable(r.quotes, '(predicted name = gold speaker)'),
    `  ${'entities'.padEnd(11)}recall ${pct(e.recall).trim()}% (${e.found}/${e.gold}, ${e.typeRight} with the right type; ${e.predicted} predicted)${e.missing.length ? `; missing: ${e.missing.join(', ')}` : ''}`,
    `  ${'events'.padEnd(11)}recall ${pct(r.events.recall).trim()}% (${r.events.found}/${r.events.gold}; ${r.events.predicted} predicted); main event ${FIELDS.map((k) => `${k} ${m[k].right}/${m[k].annotated}`).join(', ')}`,
    `  ${'links'.padEnd(11)}${r.relatedLinks.found}/${r.relatedLinks.gold} related links`,
  ];
}

export function timingLine(t: TimingFigures): string {
  return `timing: ${t.articles} articles, extract median ${t.extractMedianMs.toFixed(2)} ms, p95 ${t.extractP95Ms.toFixed(2)} ms (parse median ${t.parseMedianMs.toFixed(2)} ms)`;
}

/** `n` items spread evenly over the list (deterministic), so examples are not all from the first article. */
export function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

const clip = (s: string, n = 180) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

export function quoteMissLines(set: string, misses: QuoteMiss[], n: number): string[] {
  const lines: string[] = [];
  const titles = { missed: 'missed gold (false negatives) — [gold source]', spurious: 'spurious predictions (false positives) — [predicted speaker]', speaker: 'wrong speaker on matched quotes — [gold source → predicted]' } as const;
  for (const type of ['missed', 'spurious', 'speaker'] as const) {
    const of = misses.filter((m) => m.type === type);
    lines.push(`${set}: ${titles[type]}: ${of.length} in all`);
    for (const m of spread(of, n)) lines.push(`  - ${m.article.slice(0, 40)} [${clip(m.speaker, 60)}] (${m.detail}) ${clip(m.text)}`);
  }
  return lines;
}

export function givemeMissLines(r: GivemeResult, n: number): string[] {
  return [`${r.set}: wrong main-event fields: ${r.misses.length} in all`, ...spread(r.misses, n).map((m) => `  - ${m.article.slice(0, 12)} ${m.field}: coders ${clip(m.coders, 80)} ← predicted ${clip(m.predicted, 80)}`)];
}
