/**
 * bench/results/<name>.json: one file per part, each with the conditions it
 * was measured under (machine, Node, commit, load), so a figure can be
 * reproduced and compared.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus.js';

export const RESULTS_DIR = join(REPO_ROOT, 'bench/results');

export interface Conditions {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  /** 1-minute load average when the part finished: other work on the machine skews wall-clock figures. */
  loadAverage: number;
  /** `git describe --always --dirty` of the checkout measured. */
  commit: string;
  command: string;
}

export function conditions(): Conditions {
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    commit: gitDescribe(),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
  };
}

function gitDescribe(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export function writeResult<T extends object>(name: string, result: T): T & { conditions: Conditions } {
  const withConditions = { ...result, conditions: conditions() };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(withConditions, null, 2)}\n`);
  return withConditions;
}

export function readResult<T>(name: string): T | undefined {
  const path = join(RESULTS_DIR, `${name}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}
