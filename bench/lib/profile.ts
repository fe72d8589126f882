/**
 * Where the time goes (`npm run bench -- --profile`): V8's sampling CPU
 * profiler around a measured span, through the inspector of the process
 * itself; the profile is saved for DevTools (os.tmpdir()/news-bench-profiles)
 * and summed by self time per package or project folder, and per function.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILE_CHANNEL, type ProfileReply, type ProfileRequest } from '../../shared/local/workers.js';
import { REPO_ROOT } from './corpus.js';

export const PROFILE_DIR = join(tmpdir(), 'news-bench-profiles');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `…/node_modules/@aws-sdk/client-s3/dist-es/x.js` → `@aws-sdk/client-s3`; `…/shared/extract/x.ts` → `shared/extract`. */
export function packageOf(path: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules) return inModules[1]!;
  const relative = path.replace(/^file:\/\//, '').replace(`${REPO_ROOT}/`, '');
  return relative.split('/').slice(0, -1).join('/') || relative;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  byPackage: ProfileShare[];
  byFunction: ProfileShare[];
  /** The local stack's worker threads over the same span (its DynamoDB engine, the query function's instances), by thread. */
  threads?: Record<string, ProfileSummary>;
}

/** Saves `<name>.cpuprofile` in PROFILE_DIR and summarises it. */
function saveProfile(name: string, profile: CpuProfile): ProfileSummary {
  mkdirSync(PROFILE_DIR, { recursive: true });
  const file = join(PROFILE_DIR, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return { file, ...summarizeProfile(profile) };
}

/** Starts profiling this process; `stop(name)` saves `<name>.cpuprofile` and summarises it. */
export async function startProfiler(): Promise<{ stop(name: string): Promise<ProfileSummary> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(name) {
      const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
      session.disconnect();
      return saveProfile(name, profile);
    },
  };
}

/**
 * Starts profiling the worker threads of the local stack in this process
 * (shared/local/workers.ts answers on PROFILE_CHANNEL); `stop(name)` saves
 * `<name>-<thread>.cpuprofile` for each of the `threads` expected (or those
 * that answered within 10 s) and summarises them.
 */
export function startThreadProfilers(threads: number): { stop(name: string): Promise<Record<string, ProfileSummary>> } {
  const channel = new BroadcastChannel(PROFILE_CHANNEL);
  channel.postMessage({ type: 'start' } satisfies ProfileRequest);
  return {
    stop: (name) =>
      new Promise((resolve) => {
        const summaries: Record<string, ProfileSummary> = {};
        const done = () => {
          clearTimeout(timer);
          channel.close();
          resolve(summaries);
        };
        const timer = setTimeout(done, 10_000);
        channel.onmessage = (event) => {
          const reply = (event as { data: ProfileRequest | ProfileReply }).data;
          if (reply.type !== 'profile') return;
          summaries[reply.thread] = saveProfile(`${name}-${reply.thread}`, reply.profile as CpuProfile);
          if (Object.keys(summaries).length === threads) done();
        };
        channel.postMessage({ type: 'stop' } satisfies ProfileRequest);
      }),
  };
}

export interface ProfileShare {
  name: string;
  ms: number;
  share: number;
}

/**
 * Self time by package and by function, largest first. Time in Node's own
 * code and native calls (zlib, crypto, fs) counts for the nearest caller in
 * the project or node_modules, so brotli compression called by
 * shared/store shows as shared/store (with the native function named);
 * V8's `(idle)`, `(garbage collector)` and `(program)` keep their names.
 */
export function summarizeProfile(profile: CpuProfile, top = 12): Omit<ProfileSummary, 'file'> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const isOurs = (node: ProfileNode) => node.callFrame.url.startsWith('file://');
  /** The sampled node, or its nearest ancestor in our code. */
  const owner = (node: ProfileNode): ProfileNode => {
    for (let id: number | undefined = node.id; id !== undefined; id = parents.get(id)) {
      if (isOurs(nodes.get(id)!)) return nodes.get(id)!;
    }
    return node;
  };
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = nodes.get(id)!;
    const frame = owner(leaf);
    const { functionName, url, lineNumber } = frame.callFrame;
    const pkg = isOurs(frame) ? packageOf(url) : functionName;
    const native = frame === leaf ? '' : ` → ${leaf.callFrame.functionName || '(anonymous)'}`;
    const fn = isOurs(frame) ? `${functionName || '(anonymous)'} ${pkg}:${lineNumber + 1}${native}` : functionName;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    total += ms;
  });
  const shares = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: Math.round((ms / total) * 1000) / 10 }));
  return { totalMs: Math.round(total), byPackage: shares(byPackage), byFunction: shares(byFunction) };
}
