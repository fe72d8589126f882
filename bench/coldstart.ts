/**
 * Part `coldstart`: the Lambda bundles exactly as `cdk synth` builds them
 * (lib/template.ts).
 * For each function of the template: its code size raw and gzipped, what
 * the bytes are (by package, from an esbuild metafile of the same entry with
 * the same options), and over `runs` fresh Node processes pinned to one core
 * the time to import the bundle, which runs its initialisation (clients,
 * handler). Each probe runs with the function's environment from the
 * template (NODE_OPTIONS included) and must not touch the network.
 *
 * Reference in the same run: an SDK-only bundle (the DynamoDB, DynamoDB
 * document and S3 clients created at module scope, nothing else), built
 * with the functions' esbuild options.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { ESM_REQUIRE_BANNER } from '../infra/constructs/function-settings.js';
import { oneCore, run, lastJsonLine } from './lib/child.js';
import { REPO_ROOT } from './lib/corpus.js';
import { packageOf } from './lib/profile.js';
import { round, summarize, type Summary } from './lib/stats.js';
import type { Synthesised, TemplateFunction } from './lib/template.js';

export interface BundleResult {
  name: string;
  /** The function's memory size in the template (MB); the cost part bills at it. */
  memoryMb: number | null;
  codeBytes: number;
  codeGzipBytes: number;
  /** The whole asset (code and source map), gzipped: about what the deployment zip weighs. */
  assetGzipBytes: number;
  /** Bytes in the bundle per package (or project folder), largest first, then the rest; from a metafile build of the same entry. */
  composition: { input: string; bytes: number }[];
  runs: number;
  /** `await import(bundle)`, wall clock. */
  importMs: Summary;
  /** The same span, this process's CPU time. */
  importCpuMs: Summary;
  /** Process start to the end of the import (Node's start-up included). */
  processMs: Summary;
  networkAttempts: number;
}

export interface ColdStartResult {
  synthesised: string;
  nodeOptions: string;
  core: number | null;
  bundles: BundleResult[];
}

/** The esbuild options of infra's NodejsFunction bundling (function-settings.ts). */
const FUNCTION_BUILD: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: 'node22',
  mainFields: ['module', 'main'],
  banner: { js: ESM_REQUIRE_BANNER },
  logLevel: 'silent',
};

const SDK_ONLY_ENTRY = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const s3 = new S3Client({});
export const handler = async () => ({ db: typeof db, s3: typeof s3 });
`;

/** Bytes per package from a metafile build; `stdin` builds the SDK-only reference. */
async function composition(entry: { file: string } | { stdin: string }, outfile: string): Promise<{ input: string; bytes: number }[]> {
  const result = await build({
    ...FUNCTION_BUILD,
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.stdin, resolveDir: REPO_ROOT, loader: 'js' } }),
    outfile,
    metafile: true,
  });
  const bytes = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const group = packageOf(path);
      bytes.set(group, (bytes.get(group) ?? 0) + input.bytesInOutput);
    }
  }
  return [...bytes].map(([input, n]) => ({ input, bytes: n })).sort((a, b) => b.bytes - a.bytes);
}

/** The `n` largest inputs, the rest summed as `(other)`. */
function largest(inputs: { input: string; bytes: number }[], n: number): { input: string; bytes: number }[] {
  const rest = inputs.slice(n).reduce((sum, i) => sum + i.bytes, 0);
  return rest > 0 ? [...inputs.slice(0, n), { input: '(other)', bytes: rest }] : inputs;
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).byteLength;

async function probe(bundle: string, env: Record<string, string>): Promise<{ importMs: number; importCpuMs: number; processMs: number; network: number; hasHandler: boolean }> {
  const { prefix } = oneCore();
  const argv = [...prefix, process.execPath, join(REPO_ROOT, 'bench/coldstart-probe.mjs'), bundle];
  const { stdout } = await run(argv[0]!, argv.slice(1), { env, timeoutMs: 60_000 });
  return lastJsonLine(stdout);
}

/** What the Lambda runtime sets besides the function's own variables; credentials are dummies (nothing may be called). */
function lambdaEnv(fn: TemplateFunction): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_LAMBDA_FUNCTION_NAME: fn.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb ?? 128),
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_SESSION_TOKEN: 'bench',
    ...fn.env,
  };
}

export async function benchColdStart(options: { runs: number }, template: Synthesised, log: (line: string) => void): Promise<ColdStartResult> {
  const work = mkdtempSync(join(tmpdir(), 'news-bench-'));
  try {
    const { functions } = template;
    const sdkOnly = join(work, 'sdk-only');
    const reference: TemplateFunction = { name: 'sdk-only (reference)', assetDir: sdkOnly, entry: null, memoryMb: null, env: { NODE_OPTIONS: functions[0]?.env.NODE_OPTIONS ?? '' } };
    const compositions = new Map<string, { input: string; bytes: number }[]>();
    compositions.set(reference.name, await composition({ stdin: SDK_ONLY_ENTRY }, join(sdkOnly, 'index.mjs')));
    for (const fn of functions) {
      compositions.set(fn.name, fn.entry ? await composition({ file: join(REPO_ROOT, fn.entry) }, join(work, 'meta', fn.name, 'index.mjs')) : []);
    }

    const all = [...functions, reference];
    const samples = new Map(all.map((fn) => [fn.name, [] as Awaited<ReturnType<typeof probe>>[]]));
    log(`coldstart: ${options.runs} fresh processes per bundle…`);
    // Round robin, so a burst of other work on the machine spreads over every bundle.
    for (let i = 0; i < options.runs; i += 1) {
      for (const fn of all) samples.get(fn.name)!.push(await probe(join(fn.assetDir, 'index.mjs'), lambdaEnv(fn)));
    }
    const bundles = all.map((fn): BundleResult => {
      const code = join(fn.assetDir, 'index.mjs');
      const runs = samples.get(fn.name)!;
      if (runs.some((r) => !r.hasHandler)) throw new Error(`${code} exports no handler function`);
      return {
        name: fn.name,
        memoryMb: fn.memoryMb,
        codeBytes: statSync(code).size,
        codeGzipBytes: gzipBytes(code),
        assetGzipBytes: readdirSync(fn.assetDir).reduce((sum, f) => sum + gzipBytes(join(fn.assetDir, f)), 0),
        composition: largest(compositions.get(fn.name)!, 12),
        runs: runs.length,
        importMs: summarize(runs.map((r) => r.importMs)),
        importCpuMs: summarize(runs.map((r) => r.importCpuMs)),
        processMs: summarize(runs.map((r) => r.processMs)),
        networkAttempts: runs.reduce((sum, r) => sum + r.network, 0),
      };
    });
    return { synthesised: template.source, nodeOptions: reference.env.NODE_OPTIONS ?? '', core: oneCore().core, bundles };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const kib = (bytes: number) => round(bytes / 1024, 1);
