/**
 * What `cdk synth` says about the functions: bundle folders, memory sizes,
 * environment, the ingest queue's batch size. Synthesised fresh into a
 * temporary folder (so the figures are of the code as it is), or read from
 * an existing cdk.out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './child.js';
import { REPO_ROOT } from './corpus.js';

export interface TemplateFunction {
  /** From the construct path: IngestFunction → `ingest`, UploadUrlFunction → `upload-url`. */
  name: string;
  assetDir: string;
  /** The handler file the bundle was built from (relative to the repository), from its source map. */
  entry: string | null;
  memoryMb: number | null;
  /** The function's environment; deploy-time tokens (Ref, GetAtt) replaced by placeholders. */
  env: Record<string, string>;
}

export interface Synthesised {
  cdkOut: string;
  /** How it was made: `fresh cdk synth`, or the cdk.out folder given. */
  source: string;
  functions: TemplateFunction[];
  /** BatchSize of the SQS event source mappings, by function name. */
  batchSizes: Record<string, number>;
}

type Resource = { Type: string; Properties: Record<string, any>; Metadata?: Record<string, any> };

export async function synth(outDir: string): Promise<void> {
  await run(join(REPO_ROOT, 'node_modules/.bin/cdk'), ['synth', '--quiet', '-o', outDir], { timeoutMs: 10 * 60_000 });
}

/** `NewsPipeline-dev/Web/UploadUrlFunction/Function/Resource` → `upload-url`. */
export function functionName(cdkPath: string, fallback: string): string {
  const construct = cdkPath.split('/').find((segment) => /.Function$/.test(segment));
  return construct ? construct.slice(0, -'Function'.length).replace(/(?<=[a-z0-9])(?=[A-Z])/g, '-').toLowerCase() : fallback;
}

/** The repository's `functions/<name>/handler.ts` among a bundle's source-map sources. */
function entryOf(assetDir: string): string | null {
  const sources = (JSON.parse(readFileSync(join(assetDir, 'index.mjs.map'), 'utf8')) as { sources: string[] }).sources;
  const entry = sources.find((source) => !source.includes('node_modules') && /(^|\/)functions\/[^/]+\/handler\.ts$/.test(source));
  return entry ? entry.slice(entry.lastIndexOf('functions/')) : null;
}

/** The Node.js functions the template bundles from this repository (CDK's own Python helpers skipped). */
export function readTemplate(cdkOut: string, source = cdkOut): Synthesised {
  const templateFile = readdirSync(cdkOut).find((f) => f.endsWith('.template.json'));
  if (!templateFile) throw new Error(`no *.template.json in ${cdkOut}`);
  const resources = (JSON.parse(readFileSync(join(cdkOut, templateFile), 'utf8')) as { Resources: Record<string, Resource> }).Resources;
  const names = new Map<string, string>();
  const functions = Object.entries(resources)
    .filter(([, r]) => r.Type === 'AWS::Lambda::Function' && existsSync(join(cdkOut, r.Metadata?.['aws:asset:path'] ?? '-', 'index.mjs')))
    .map(([id, r]): TemplateFunction => {
      const variables: Record<string, unknown> = r.Properties.Environment?.Variables ?? {};
      const env = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, typeof v === 'string' ? v : `bench-${k.toLowerCase()}`]));
      const name = functionName(r.Metadata!['aws:cdk:path'] ?? '', id);
      const assetDir = join(cdkOut, r.Metadata!['aws:asset:path'] as string);
      names.set(id, name);
      return { name, assetDir, entry: entryOf(assetDir), memoryMb: r.Properties.MemorySize ?? null, env };
    });
  const batchSizes: Record<string, number> = {};
  for (const r of Object.values(resources)) {
    if (r.Type !== 'AWS::Lambda::EventSourceMapping') continue;
    const name = names.get(r.Properties.FunctionName?.Ref);
    if (name) batchSizes[name] = r.Properties.BatchSize ?? 10;
  }
  return { cdkOut, source, functions, batchSizes };
}
