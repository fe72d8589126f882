/**
 * `npm run bench`: every benchmark of issue 8, or some (`--only`), each
 * writing bench/results/<part>.json; then the summary against the targets,
 * from the latest result of every part (a part not run this time shows its
 * previous result, dated).
 *
 *   npm run bench                                  # all parts (several minutes)
 *   npm run bench -- --only extract,coldstart      # some parts
 *   npm run bench -- --only e2e --articles 200 --rate 20 --requests 1000
 *   npm run bench -- --only coldstart --cdk-out cdk.out   # bundles already synthesised
 *   npm run bench -- --only cost --profile         # and where the time goes (CPU profiles)
 *
 * Parts: extract (ours and peers, one core), coldstart (bundle sizes and
 * init), e2e (local stack: ingest latency, query latency under load), cost
 * ($ per million articles and queries, from the handlers: into an empty
 * table, in the steady state on demand, and provisioned), dynamo (the
 * store's own DynamoDB figures by layout: bench/cost.ts, `npm run
 * bench:cost`, results in cost.json). Never part of `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchColdStart, kib } from './coldstart.js';
import { benchEndToEnd } from './e2e.js';
import { benchExtract } from './extract.js';
import { run } from './lib/child.js';
import { PRICES } from './lib/prices.js';
import { readResult, writeResult } from './lib/results.js';
import { checkTargets, formatChecks, markdownTable, type Results } from './lib/targets.js';
import { readTemplate, synth, type Synthesised } from './lib/template.js';
import { benchUnitCost, type Dollars, type IngestPass } from './unit-cost.js';

const PARTS = ['extract', 'coldstart', 'e2e', 'cost', 'dynamo'] as const;
type Part = (typeof PARTS)[number];

const { values: flags } = parseArgs({
  options: {
    only: { type: 'string', default: PARTS.join(',') },
    articles: { type: 'string', default: '500' },
    rate: { type: 'string' },
    'upload-concurrency': { type: 'string', default: '8' },
    connections: { type: 'string', default: '20' },
    requests: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '10' },
    runs: { type: 'string', default: '15' },
    'cdk-out': { type: 'string' },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (flags.help) {
  console.log(`npm run bench -- [--only ${PARTS.join(',')}] [--articles 500] [--rate N/s] [--upload-concurrency 8]
  [--connections 20] [--requests 2000] [--seconds 10] [--runs 15] [--cdk-out DIR] [--profile]`);
  process.exit(0);
}

const int = (name: keyof typeof flags, min: number): number => {
  const value = Number(flags[name]);
  if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number ≥ ${min}`);
  return value;
};
const only = flags.only!.split(',').map((p) => p.trim()) as Part[];
const unknown = only.filter((p) => !PARTS.includes(p));
if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`);

const log = (line: string) => console.error(`[bench] ${line}`);
const work = mkdtempSync(join(tmpdir(), 'news-bench-synth-'));
let synthesised: Promise<Synthesised> | undefined;
/** The synthesised template, once per run, shared by coldstart and cost. */
const template = (): Promise<Synthesised> =>
  (synthesised ??= flags['cdk-out']
    ? Promise.resolve(readTemplate(flags['cdk-out']))
    : (log('cdk synth…'), synth(join(work, 'cdk.out')).then(() => readTemplate(join(work, 'cdk.out'), 'fresh `cdk synth`'))));

try {
  for (const part of PARTS.filter((p) => only.includes(p))) {
    const started = performance.now();
    if (part === 'extract') writeResult('extract', await benchExtract({ profile: flags.profile! }, log));
    if (part === 'coldstart') writeResult('coldstart', await benchColdStart({ runs: int('runs', 10) }, await template(), log));
    if (part === 'e2e') {
      writeResult('e2e', await benchEndToEnd({
        articles: int('articles', 1),
        uploadConcurrency: int('upload-concurrency', 1),
        rate: flags.rate === undefined ? undefined : int('rate', 0.1),
        connections: int('connections', 1),
        requests: int('requests', 1),
        maxSeconds: int('seconds', 1),
        profile: flags.profile!,
      }, log));
    }
    if (part === 'cost') writeResult('unit-cost', await benchUnitCost({ articles: int('articles', 1), profile: flags.profile! }, await template(), log));
    if (part === 'dynamo') await run(process.execPath, ['--import', 'tsx', 'bench/cost.ts'], { timeoutMs: 30 * 60_000 });
    log(`${part}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

type Dated<T> = T & { conditions: { date: string; loadAverage: number } };
/** The latest result of a part; a file without `conditions` predates this runner and is ignored. */
const latest = <T>(name: string): Dated<T> | undefined => {
  const result = readResult<Dated<T>>(name);
  return result?.conditions ? result : undefined;
};
const results: { [K in keyof Results]: Dated<NonNullable<Results[K]>> | undefined } = {
  extract: latest('extract'),
  coldstart: latest('coldstart'),
  e2e: latest('e2e'),
  cost: latest('unit-cost'),
};

if (results.extract) {
  console.log('\nExtraction, PolNeAR dev + train, one core (CPU time per article; ratio = peer / ours):\n');
  console.log(markdownTable(
    ['extractor', 'median', 'p99', 'articles/s', 'MB/s', 'peak RSS', 'ratio (median)', 'does'],
    results.extract.runs.map((r) => [
      r.extractor,
      `${r.cpu.perArticle.medianMs} ms`,
      `${r.cpu.perArticle.p99Ms} ms`,
      String(r.cpu.articlesPerSecond),
      String(r.cpu.megabytesPerSecond),
      `${r.peakRssMb} MB`,
      r.extractor === 'ours' ? '1' : `${results.extract!.ratios[r.extractor]?.median ?? '?'}×`,
      r.does,
    ]),
  ));
}
if (results.coldstart) {
  console.log(`\nLambda bundles (${results.coldstart.synthesised}; init = import + handler creation in a fresh Node, NODE_OPTIONS "${results.coldstart.nodeOptions}", one core):\n`);
  console.log(markdownTable(
    ['bundle', 'memory', 'index.mjs', 'gzip', 'init median', 'init p99', 'network at init', 'largest inputs'],
    results.coldstart.bundles.map((b) => [
      b.name,
      b.memoryMb ? `${b.memoryMb} MB` : '',
      `${kib(b.codeBytes)} KiB`,
      `${kib(b.codeGzipBytes)} KiB`,
      `${b.importMs.medianMs} ms`,
      `${b.importMs.p99Ms} ms`,
      String(b.networkAttempts),
      b.composition.slice(0, 3).map((c) => `${c.input} ${kib(c.bytes)}`).join(', '),
    ]),
  ));
}
if (results.cost) {
  const c = results.cost;
  // A result written before the steady-state pass has none.
  const steady = c.steadyState?.passes ? c.steadyState : undefined;
  console.log(`\nCost per million articles ($, us-east-1; ingest ${c.ingest.memoryMb} MB arm64, batches of ${c.ingest.batchSize}):\n`);
  const columns: [string, Dollars][] = [['cold table, on-demand', c.ingest.dollarsPerMillion]];
  if (steady) {
    const { warmCatalogue, everyNameKnown } = steady.passes;
    columns.push(['steady, warm catalogue, on-demand', warmCatalogue.dollarsPerMillion], ['steady, every name known, on-demand', everyNameKnown.dollarsPerMillion]);
    const rate = steady.provisioned[0]!.articlesPerMonth;
    for (const p of steady.provisioned.filter((e) => e.articlesPerMonth === rate)) {
      columns.push([`${p.pass === 'warmCatalogue' ? 'warm catalogue' : 'every name known'}, provisioned ${(rate / 1e6).toLocaleString('en')} M/month`, p.dollarsPerMillion]);
    }
  }
  const items = Object.keys(c.ingest.dollarsPerMillion);
  console.log(markdownTable(['item', ...columns.map(([name]) => name)], items.map((k) => [k, ...columns.map(([, d]) => (d[k] ?? 0).toFixed(4))])));
  console.log(`(+ CloudWatch Logs $${c.ingest.logsDollarsPerMillion}; prices: ${JSON.stringify({ ...PRICES, sources: undefined })})`);
  if (steady) {
    console.log(`\nDynamoDB units per article, by pass (steady: ${steady.method}):\n`);
    const passes: [string, IngestPass['perArticle']][] = [
      ['cold table', c.ingest.perArticle],
      [`steady: ${steady.passes.warmCatalogue.pass}`, steady.passes.warmCatalogue.perArticle],
      [`steady: ${steady.passes.everyNameKnown.pass}`, steady.passes.everyNameKnown.perArticle],
    ];
    const kinds = [...new Set(passes.flatMap(([, u]) => Object.keys(u.dynamoWriteUnitsByKind)))];
    console.log(markdownTable(
      ['pass', 'write units', ...kinds, 'GSI', 'read units'],
      passes.map(([name, u]) => [
        name,
        (u.dynamoWriteUnits + u.dynamoGsiWriteUnits).toFixed(2),
        ...kinds.map((k) => (u.dynamoWriteUnitsByKind[k] ?? 0).toFixed(2)),
        u.dynamoGsiWriteUnits.toFixed(2),
        u.dynamoReadUnits.toFixed(2),
      ]),
    ));
    console.log('\nProvisioned capacity held by auto scaling (units; average use per second), by steady-state pass and rate:\n');
    console.log(markdownTable(
      ['pass', 'articles/month', 'table WCU', 'index WCU', 'table RCU', 'index RCU', '$/month', '$ per million articles (all items)'],
      steady.provisioned.map((p) => [
        steady.passes[p.pass].pass,
        p.articlesPerMonth.toLocaleString('en'),
        ...(['tableWrite', 'indexWrite', 'tableRead', 'indexRead'] as const).map((k) => `${p.capacity[k].provisioned} (${p.capacity[k].consumedPerSecond})`),
        (p.dollarsPerMonth.writes + p.dollarsPerMonth.reads).toFixed(2),
        p.dollarsPerMillion.total.toFixed(2),
      ]),
    ));
    console.log(`Assumptions (the first pass at the first rate; the others alike):\n${steady.provisioned[0]!.assumptions.map((a) => `  - ${a}`).join('\n')}`);
  }
}
/** bench/cost.ts (the store's own figures, PolNeAR dev) when it has run: DynamoDB by layout and catalogue state. */
const dynamo = readResult<{ ingest?: { pass: string; writeUnitsPerArticle: number; dollarsPerMillionArticles: number }[]; naiveDesign?: { dollarsPerMillionArticles: number } }>('cost');
if (dynamo?.ingest) {
  console.log('\nDynamoDB only, by the store (bench/cost.ts, `npm run bench:cost`):\n');
  console.log(markdownTable(
    ['pass', 'write units / article', '$ / million articles'],
    [
      ...dynamo.ingest.map((p) => [p.pass, String(p.writeUnitsPerArticle), String(p.dollarsPerMillionArticles)]),
      ...(dynamo.naiveDesign ? [['naive design (every quote and event an item in two GSIs)', '', String(dynamo.naiveDesign.dollarsPerMillionArticles)]] : []),
    ],
  ));
}
console.log('\nTargets (issue 8):\n');
console.log(formatChecks(checkTargets(results)));
const dates = Object.entries(results).map(([part, r]) => (r ? `${part} ${r.conditions.date} (load ${r.conditions.loadAverage})` : `${part} never`));
console.log(`\nresults: bench/results/*.json — ${dates.join('; ')}`);
