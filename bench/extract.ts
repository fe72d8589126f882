/**
 * Part `extract`: our extractor and the peers a user would otherwise pick in
 * JavaScript, over the same PolNeAR articles, each in its own fresh process
 * pinned to one core (extract-worker.ts), one after the other. Ratios are
 * peer / ours on CPU time per article; above 1 means we are faster.
 */
import { oneCore, runTsJson } from './lib/child.js';
import { round } from './lib/stats.js';
import type { ExtractorRun } from './extract-worker.js';

export const PEERS = ['compromise', 'wink'] as const;

export interface ExtractResult {
  core: number | null;
  runs: ExtractorRun[];
  /** For each peer: its median, p99 and mean CPU ms per article divided by ours. */
  ratios: Record<string, { median: number; p99: number; mean: number }>;
}

export async function benchExtract(options: { profile: boolean }, log: (line: string) => void): Promise<ExtractResult> {
  const runs: ExtractorRun[] = [];
  for (const name of ['ours', ...PEERS]) {
    log(`extract: ${name}…`);
    runs.push(await runTsJson<ExtractorRun>('bench/extract-worker.ts', [name, ...(options.profile ? ['--profile'] : [])], { pin: true, timeoutMs: 15 * 60_000 }));
  }
  const ours = runs[0]!.cpu.perArticle;
  const ratios = Object.fromEntries(
    runs.slice(1).map((peer) => {
      const p = peer.cpu.perArticle;
      return [peer.extractor, { median: round(p.medianMs / ours.medianMs, 2), p99: round(p.p99Ms / ours.p99Ms, 2), mean: round(p.meanMs / ours.meanMs, 2) }];
    }),
  );
  return { core: oneCore().core, runs, ratios };
}
