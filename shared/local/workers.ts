/**
 * Worker threads for the local stack's engines and functions, each running a
 * module of this folder. Run from the TypeScript sources (tsx, vitest), the
 * thread registers tsx itself first: a worker does not inherit the main
 * thread's module hooks in Node 20.
 */
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
