/**
 * Worker threads for the local stack's engines and functions, each running a
 * module of this folder. Run from the TypeScript sources (tsx, vitest), the
 * thread registers tsx itself first: a worker does not inherit the main
 * thread's module hooks in Node 20.
 */
import { Session } from 'node:inspector/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Starts `./<name>` (with this module's extension) in a worker thread, given `workerData`. */
export function moduleWorker(name: string, workerData: unknown): Worker {
  const extension = extname(fileURLToPath(import.meta.url));
  const url = new URL(`./${name}${extension}`, import.meta.url);
  if (extension !== '.ts') return new Worker(url, { workerData });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * The channel on which the stack's threads answer for their CPU time (the
 * bench's `--profile`): `start` starts V8's sampling profiler in every
 * thread that listens; `stop` stops it and each answers with its profile.
 */
export const PROFILE_CHANNEL = 'news-local-profile';
export type ProfileRequest = { type: 'start' } | { type: 'stop' };
export interface ProfileReply {
  type: 'profile';
  thread: string;
  profile: object;
}

/** In a worker thread of the stack: answers profile requests on PROFILE_CHANNEL as `thread`. Keeps no thread alive. */
export function answerProfileRequests(thread: string): void {
  const channel = new BroadcastChannel(PROFILE_CHANNEL);
  channel.unref();
  let session: Session | undefined;
  channel.onmessage = async (event) => {
    const request = (event as { data: ProfileRequest | ProfileReply }).data;
    if (request.type === 'start' && !session) {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    } else if (request.type === 'stop' && session) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      session = undefined;
      channel.postMessage({ type: 'profile', thread, profile } satisfies ProfileReply);
    }
  };
}
