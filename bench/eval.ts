/**
 * `npm run eval`: measure the extractor on the evaluation corpora
 * (../shared/corpus, see its README for the exact figures computed).
 *
 *   npm run eval -- [--set polnear/dev|polnear/train|giveme5w1h-dev|seed|all]
 *                   [--limit N] [--errors N] [--json FILE] [--corpus DIR]
 *
 * `all` (the default) is every dev set: polnear/dev, giveme5w1h-dev and seed.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXTRACTOR_VERSION } from '../shared/extract/extract.js';
import { evaluateGiveme, type GivemeResult } from './eval/giveme5w1h.js';
import { evaluatePolnear, type PolnearResult } from './eval/polnear.js';
import { givemeBlock, givemeMissLines, polnearBlock, quoteMissLines, seedBlock, spread, timingLine } from './eval/report.js';
import { emptyTimings, timingFigures } from './eval/run.js';
import { evaluateSeed, type SeedResult } from './eval/seed.js';

const SETS = ['polnear/dev', 'polnear/train', 'giveme5w1h-dev', 'seed'] as const;
type SetName = (typeof SETS)[number];
const DEV_SETS: SetName[] = ['polnear/dev', 'giveme5w1h-dev', 'seed'];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function usage(message: string): never {
  console.error(`${message}\nusage: npm run eval -- [--set ${[...SETS, 'all'].join('|')}] [--limit N] [--errors N] [--json FILE] [--corpus DIR]`);
  process.exit(2);
}

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) usage(`--${name} must be a whole number, not "${value}"`);
  return Number(value);
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: {
        set: { type: 'string', default: 'all' },
        json: { type: 'string' },
        limit: { type: 'string' },
        corpus: { type: 'string' },
        errors: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    usage((error as Error).message);
  }
  const set = args.set!;
  if (set !== 'all' && !(SETS as readonly string[]).includes(set)) usage(`unknown set "${set}"`);
  const sets: SetName[] = set === 'all' ? DEV_SETS : [set as SetName];
  const limit = count(args.limit, 'limit');
  const errors = count(args.errors, 'errors') ?? 0;
  const corpus = args.corpus ? resolve(args.corpus) : resolve(repoRoot, '..', 'shared', 'corpus');

  const started = performance.now();
  const timings = emptyTimings();
  const polnear: PolnearResult[] = [];
  let giveme: GivemeResult | undefined;
  let seed: SeedResult | undefined;
  for (const name of sets) {
    if (name.startsWith('polnear/')) polnear.push(evaluatePolnear(corpus, name.slice('polnear/'.length), limit, timings));
    else if (name === 'giveme5w1h-dev') giveme = evaluateGiveme(corpus, limit, timings);
    else seed = evaluateSeed(corpus, timings);
  }
  const elapsed = (performance.now() - started) / 1000;
  const timing = timingFigures(timings);

  const lines = [`extractor ${EXTRACTOR_VERSION} · corpus ${corpus}${limit !== undefined ? ` · limit ${limit}` : ''}`, ''];
  for (const r of polnear) lines.push(...polnearBlock(r), '');
  if (giveme) lines.push(...givemeBlock(giveme), '');
  if (seed) lines.push(...seedBlock(seed), '');
  lines.push(`${timingLine(timing)}; run ${elapsed.toFixed(1)} s`);
  if (errors > 0) {
    lines.push('');
    for (const r of polnear) lines.push(...quoteMissLines(r.set, r.misses, errors), '');
    if (giveme) lines.push(...givemeMissLines(giveme, errors), '');
    if (seed) lines.push(...quoteMissLines('seed', seed.misses, errors), '');
  }
  console.log(lines.join('\n'));

  if (args.json) {
    const strip = <T extends { misses: unknown[] }>(r: T) => ({ ...r, misses: errors > 0 ? spread(r.misses, errors) : undefined });
    const figures = {
      extractor: EXTRACTOR_VERSION,
      corpus,
      limit: limit ?? null,
      sets,
      polnear: polnear.map(strip),
      giveme5w1h: giveme ? strip(giveme) : undefined,
      seed: seed ? strip(seed) : undefined,
      timing,
      runSeconds: elapsed,
    };
    writeFileSync(resolve(args.json), `${JSON.stringify(figures, null, 2)}\n`);
    console.error(`figures written to ${resolve(args.json)}`);
  }
}

main();
