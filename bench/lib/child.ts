/** Child processes for the benchmarks: fresh Node processes, optionally pinned to one core. */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus.js';

export interface ChildResult {
  stdout: string;
  stderr: string;
}

/** `taskset -c <last core>` where taskset exists: the child and all its threads share one core. */
export function oneCore(): { prefix: string[]; core: number | null } {
  const core = cpus().length - 1;
  return existsSync('/usr/bin/taskset') ? { prefix: ['/usr/bin/taskset', '-c', String(core)], core } : { prefix: [], core: null };
}

/** Runs `command args…` from the repository root; rejects on a non-zero exit with its stderr. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ChildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}:\n${stderr.slice(-2000)}`));
    });
  });
}

/** Runs a TypeScript bench script in a fresh Node (through tsx) and parses the JSON line it prints last. */
export async function runTsJson<T>(script: string, args: string[] = [], options: { pin?: boolean; timeoutMs?: number } = {}): Promise<T> {
  const prefix = options.pin ? oneCore().prefix : [];
  const argv = [...prefix, process.execPath, '--import', 'tsx', script, ...args];
  const { stdout } = await run(argv[0]!, argv.slice(1), { timeoutMs: options.timeoutMs });
  return lastJsonLine<T>(stdout);
}

export function lastJsonLine<T>(stdout: string): T {
  const line = stdout.trim().split('\n').at(-1);
  if (!line) throw new Error('the child printed nothing');
  return JSON.parse(line) as T;
}

/**
 * Forks a TypeScript bench script (through tsx) with an IPC channel; resolves
 * with its first message of type `ready`. Every other message goes to
 * `onMessage`. Its stdout is dropped (the functions log JSON there), its
 * stderr shown.
 */
export function forkTs<M extends { type: string }>(
  script: string,
  onMessage: (message: M) => void,
  env: NodeJS.ProcessEnv = process.env,
): { child: ChildProcess; ready: Promise<Extract<M, { type: 'ready' }>> } {
  const child = fork(join(REPO_ROOT, script), [], { cwd: REPO_ROOT, env, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const ready = new Promise<Extract<M, { type: 'ready' }>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    child.on('message', (message: M) => (message.type === 'ready' ? resolve(message as Extract<M, { type: 'ready' }>) : onMessage(message)));
  });
  return { child, ready };
}
