import { describe, expect, it } from 'vitest';
import { checkTargets, formatChecks, markdownTable, type Results } from '../../bench/lib/targets.js';
import { packageOf, summarizeProfile } from '../../bench/lib/profile.js';
import { functionName } from '../../bench/lib/template.js';

const summary = (medianMs: number, p99Ms = medianMs) => ({ count: 10, medianMs, p99Ms, meanMs: medianMs, minMs: medianMs, maxMs: p99Ms });

describe('bench targets', () => {
  it('checks extraction against 3 ms and 5× compromise', () => {
    const extract = {
      core: 1,
      runs: [{ extractor: 'ours', cpu: { perArticle: summary(2) } }],
      ratios: { compromise: { median: 4.5, p99: 6, mean: 5 } },
    } as unknown as Results['extract'];
    const checks = checkTargets({ extract });
    expect(checks[0]).toMatchObject({ measured: '2.00 ms', target: '≤ 3 ms', pass: true });
    expect(checks[1]).toMatchObject({ measured: '4.5× faster', pass: false });
  });

  it('sizes bundles in KiB and MiB, with the byte count', () => {
    const bundle = (name: string, codeBytes: number, initMs: number) => ({ name, codeBytes, runs: 15, importMs: summary(initMs) });
    const coldstart = { bundles: [bundle('ingest', 1_404_019, 120), bundle('query', 409_299, 90)] } as unknown as Results['coldstart'];
    const checks = checkTargets({ coldstart });
    expect(checks.find((c) => c.figure.startsWith('ingest bundle'))).toMatchObject({ measured: '1.34 MiB (1,404,019 B)', pass: true });
    expect(checks.find((c) => c.figure.startsWith('query bundle'))).toMatchObject({ measured: '399.7 KiB (409,299 B)', pass: true });
    expect(checks.find((c) => c.figure.startsWith('query init'))).toMatchObject({ pass: false });
  });

  it('fails a query route with errors even when it is fast', () => {
    const phase = (name: string) => ({ phase: name, articles: 500, offeredPerSecond: 10, articlesPerSecond: 10, uploadToQueryable: summary(100, 400) });
    const e2e = {
      options: { connections: 20 },
      ingest: [phase('burst'), phase('paced')],
      queries: [{ route: '/quotes', latency: summary(5, 10), oneAtATime: summary(2), non2xx: 3, errors: 0 }],
    } as unknown as Results['e2e'];
    const checks = checkTargets({ e2e });
    expect(checks.filter((c) => c.pass === true)).toHaveLength(2);
    expect(checks.find((c) => c.figure.includes('/quotes'))!.pass).toBe(false);
  });

  it('checks the steady state, on demand and provisioned, as ranges that pass when their upper end does', () => {
    const dollars = (total: number) => ({ dollarsPerMillion: { total } });
    const provisioned = (pass: string, total: number) => ({ pass, articlesPerMonth: 1_000_000, targetUtilizationPercent: 70, ...dollars(total) });
    const cost = {
      ingest: dollars(26.5),
      queryMixDollarsPerMillion: { total: 1.8 },
      steadyState: {
        warmupArticles: 414,
        passes: { warmCatalogue: dollars(24.9), everyNameKnown: dollars(17.8) },
        provisioned: [provisioned('warmCatalogue', 14.2), provisioned('everyNameKnown', 11.8)],
      },
    } as unknown as Results['cost'];

    const checks = checkTargets({ cost }).filter((c) => c.figure.startsWith('$ per million articles'));

    expect(checks.map((c) => [c.measured, c.pass])).toEqual([['$26.50', false], ['$17.80 – $24.90', false], ['$11.80 – $14.20', true]]);
    expect(checks[0]!.figure).toContain('into an empty table');
  });

  it('says which part to run when a result is missing', () => {
    const checks = checkTargets({});
    expect(checks.every((c) => c.pass === null && c.measured.startsWith('not run'))).toBe(true);
    expect(formatChecks(checks)).toContain('| not run (--only cost)');
  });

  it('pads a Markdown table to its widest cells', () => {
    expect(markdownTable(['a', 'bb'], [['ccc', 'd']])).toBe('| a   | bb |\n|-----|----|\n| ccc | d  |');
  });
});

describe('bench profiles', () => {
  it('names packages and project folders', () => {
    expect(packageOf('file:///x/node_modules/@aws-sdk/client-s3/dist-cjs/index.js')).toBe('@aws-sdk/client-s3');
    expect(packageOf('/x/node_modules/linkedom/esm/index.js')).toBe('linkedom');
  });

  it('charges native calls to the nearest caller of ours', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
        { id: 2, callFrame: frame('compress', 'file:///r/node_modules/pkg/a.js'), children: [3] },
        { id: 3, callFrame: frame('zlibBufferSync', 'node:zlib'), children: [4] },
        { id: 4, callFrame: frame('writeSync', '') },
        { id: 5, callFrame: frame('(garbage collector)', '') },
      ],
      samples: [4, 4, 5, 2],
      timeDeltas: [1000, 1000, 1000, 1000],
    };
    const { totalMs, byPackage, byFunction } = summarizeProfile(profile);
    expect(totalMs).toBe(4);
    expect(byPackage).toEqual([{ name: 'pkg', ms: 3, share: 75 }, { name: '(garbage collector)', ms: 1, share: 25 }]);
    expect(byFunction[0]).toEqual({ name: 'compress pkg:1 → writeSync', ms: 2, share: 50 });
  });
});

describe('bench template', () => {
  it('names a function after its construct', () => {
    expect(functionName('NewsPipeline-dev/Ingest/IngestFunction/Function/Resource', 'x')).toBe('ingest');
    expect(functionName('NewsPipeline-dev/Web/UploadUrlFunction/Function/Resource', 'x')).toBe('upload-url');
    expect(functionName('NewsPipeline-dev/Custom::Thing/Resource', 'CustomThing')).toBe('CustomThing');
  });
});
