/**
 * The targets of issue 8, checked against the latest result of each part.
 * Sizes are in KiB/MiB (1024-based, as esbuild and `cdk synth` print them),
 * with the byte count alongside.
 */
import type { ColdStartResult } from '../coldstart.js';
import type { E2eResult } from '../e2e.js';
import type { ExtractResult } from '../extract.js';
import type { SteadyState, UnitCostResult } from '../unit-cost.js';

export interface Check {
  figure: string;
  measured: string;
  target: string;
  /** null: nothing to check against (a reference figure), or the part has not run. */
  pass: boolean | null;
}

export interface Results {
  extract?: ExtractResult;
  coldstart?: ColdStartResult;
  e2e?: E2eResult;
  cost?: UnitCostResult;
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const size = (bytes: number) =>
  bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(2)} MiB (${bytes.toLocaleString('en')} B)` : `${(bytes / 1024).toFixed(1)} KiB (${bytes.toLocaleString('en')} B)`;
const missing = (figure: string, target: string, part: string): Check => ({ figure, measured: `not run (--only ${part})`, target, pass: null });

export function checkTargets(results: Results): Check[] {
  const checks: Check[] = [];
  const { extract, coldstart, e2e, cost } = results;

  if (extract) {
    const ours = extract.runs.find((r) => r.extractor === 'ours')!.cpu.perArticle;
    const compromise = extract.ratios.compromise;
    checks.push({ figure: 'extraction, median per PolNeAR article (CPU, one core)', measured: ms(ours.medianMs), target: '≤ 3 ms', pass: ours.medianMs <= 3 });
    checks.push({
      figure: 'extraction vs compromise, median per article',
      measured: compromise ? `${compromise.median}× faster` : 'compromise not run',
      target: '≥ 5× faster',
      pass: compromise ? compromise.median >= 5 : null,
    });
  } else {
    checks.push(missing('extraction, median per PolNeAR article', '≤ 3 ms, ≥ 5× faster than compromise', 'extract'));
  }

  const bundleTargets: Record<string, { bytes: number; initMs: number; label: string }> = {
    ingest: { bytes: 1.5 * 2 ** 20, initMs: 200, label: '≤ 1.5 MiB' },
    query: { bytes: 400 * 1024, initMs: 80, label: '≤ 400 KiB' },
  };
  for (const [name, target] of Object.entries(bundleTargets)) {
    const bundle = coldstart?.bundles.find((b) => b.name === name);
    if (!bundle) {
      checks.push(missing(`${name} bundle / init`, `${target.label}, init ≤ ${target.initMs} ms`, 'coldstart'));
      continue;
    }
    checks.push({ figure: `${name} bundle (index.mjs)`, measured: size(bundle.codeBytes), target: target.label, pass: bundle.codeBytes <= target.bytes });
    checks.push({ figure: `${name} init (import + handler, median of ${bundle.runs})`, measured: ms(bundle.importMs.medianMs), target: `≤ ${target.initMs} ms`, pass: bundle.importMs.medianMs <= target.initMs });
  }

  const paced = e2e?.ingest.find((p) => p.phase === 'paced');
  const burst = e2e?.ingest.find((p) => p.phase === 'burst');
  if (paced && burst) {
    const at = `${paced.articles} articles at ${paced.offeredPerSecond}/s`;
    checks.push({ figure: `local upload → queryable p50 (${at})`, measured: ms(paced.uploadToQueryable.medianMs), target: '≤ 300 ms', pass: paced.uploadToQueryable.medianMs <= 300 });
    checks.push({ figure: `local upload → queryable p99 (${at})`, measured: ms(paced.uploadToQueryable.p99Ms), target: '≤ 1 s', pass: paced.uploadToQueryable.p99Ms <= 1000 });
    checks.push({
      figure: `local burst of ${burst.articles} uploads: throughput, p50/p99`,
      measured: `${burst.articlesPerSecond}/s, ${ms(burst.uploadToQueryable.medianMs)} / ${ms(burst.uploadToQueryable.p99Ms)}`,
      target: '—',
      pass: null,
    });
    for (const q of e2e!.queries) {
      checks.push({
        figure: `local query ${q.route} p99 (${e2e!.options.connections} concurrent)`,
        measured: `${ms(q.latency.p99Ms)} (p50 ${ms(q.latency.medianMs)}; alone p99 ${ms(q.oneAtATime.p99Ms)})`,
        target: '≤ 50 ms',
        pass: q.latency.p99Ms <= 50 && q.non2xx === 0 && q.errors === 0,
      });
    }
  } else {
    checks.push(missing('local upload → queryable, query latency', 'p50 ≤ 300 ms, p99 ≤ 1 s; query p99 ≤ 50 ms', 'e2e'));
  }

  if (cost) {
    // A result written before the steady-state pass has none: then the cold table is the only row.
    const steady = (cost.steadyState as UnitCostResult['steadyState'] | undefined)?.passes ? cost.steadyState : undefined;
    const articles = '$ per million articles (DynamoDB + Lambda + S3 + SQS)';
    checks.push({ figure: steady ? `${articles}, into an empty table` : articles, measured: `$${cost.ingest.dollarsPerMillion.total.toFixed(2)}`, target: '≤ $15', pass: cost.ingest.dollarsPerMillion.total <= 15 });
    if (steady) checks.push(...steadyStateChecks(steady));
    checks.push({ figure: '$ per million queries (every route alike)', measured: `$${cost.queryMixDollarsPerMillion.total.toFixed(2)}`, target: '—', pass: null });
  } else {
    checks.push(missing('$ per million articles', '≤ $15', 'cost'));
  }
  return checks;
}

/**
 * A running product's steady state, on demand and provisioned at the first stated rate. Each a range over
 * the two steady-state passes (every name known … catalogue warmed by the other articles); it passes when
 * its upper end does.
 */
function steadyStateChecks(steady: SteadyState): Check[] {
  const row = (figure: string, totals: [number, number]): Check => ({
    figure,
    measured: `$${Math.min(...totals).toFixed(2)} – $${Math.max(...totals).toFixed(2)}`,
    target: '≤ $15',
    pass: Math.max(...totals) <= 15,
  });
  const { warmCatalogue, everyNameKnown } = steady.passes;
  const rate = steady.provisioned[0]!;
  const provisioned = (key: keyof SteadyState['passes']) => steady.provisioned.find((p) => p.pass === key && p.articlesPerMonth === rate.articlesPerMonth)!.dollarsPerMillion.total;
  return [
    row(`$ per million articles, steady state (every name known – catalogue warmed by ${steady.warmupArticles} others), on demand`, [everyNameKnown.dollarsPerMillion.total, warmCatalogue.dollarsPerMillion.total]),
    row(`$ per million articles, steady state, provisioned at ${rate.articlesPerMonth.toLocaleString('en')}/month, ${rate.targetUtilizationPercent}% utilisation`, [provisioned('everyNameKnown'), provisioned('warmCatalogue')]),
  ];
}

/** A Markdown table: figure | measured | target | pass. */
export function formatChecks(checks: readonly Check[]): string {
  const mark = (pass: boolean | null) => (pass === null ? '' : pass ? 'pass' : 'MISS');
  return markdownTable(['figure', 'measured', 'target', ''], checks.map((c) => [c.figure, c.measured, c.target, mark(c.pass)]));
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
