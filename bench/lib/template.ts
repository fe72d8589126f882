/**
 * What `cdk synth` says about the functions: bundle folders, memory sizes,
 * environment, the ingest queue's batch size. Synthesised fresh into a
 * temporary folder (so the figures are of the code as it is), or read from
 * an existing cdk.out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './child.js';
import { REPO_ROOT } from './corpus.js';

export interface TemplateFunction {
  /** POWERTOOLS_SERVICE_NAME: `ingest`, `query`. */
  name: string;
  assetDir: string;
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

/** The functions the template bundles from this repository (CDK's inline-code helpers skipped). */
export function readTemplate(cdkOut: string, source = cdkOut): Synthesised {
  const templateFile = readdirSync(cdkOut).find((f) => f.endsWith('.template.json'));
  if (!templateFile) throw new Error(`no *.template.json in ${cdkOut}`);
  const resources = (JSON.parse(readFileSync(join(cdkOut, templateFile), 'utf8')) as { Resources: Record<string, Resource> }).Resources;
  const names = new Map<string, string>();
  const functions = Object.entries(resources)
    .filter(([, r]) => r.Type === 'AWS::Lambda::Function' && r.Metadata?.['aws:asset:path'])
    .map(([id, r]): TemplateFunction => {
      const variables: Record<string, unknown> = r.Properties.Environment?.Variables ?? {};
      const env = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, typeof v === 'string' ? v : `bench-${k.toLowerCase()}`]));
      const name = env.POWERTOOLS_SERVICE_NAME ?? id;
      names.set(id, name);
      return { name, assetDir: join(cdkOut, r.Metadata!['aws:asset:path'] as string), memoryMb: r.Properties.MemorySize ?? null, env };
    });
  const batchSizes: Record<string, number> = {};
  for (const r of Object.values(resources)) {
    if (r.Type !== 'AWS::Lambda::EventSourceMapping') continue;
    const name = names.get(r.Properties.FunctionName?.Ref);
    if (name) batchSizes[name] = r.Properties.BatchSize ?? 10;
  }
  return { cdkOut, source, functions, batchSizes };
}
