/**
 * The operations commands, `redrive` and `reprocess`: their command line and
 * what they report. cli.ts runs them.
 */
import { parseArgs } from 'node:util';
import { redrive } from './redrive.js';
import { reprocess } from './reprocess.js';
import type { PipelineTarget } from './target.js';

export type OpsCommand =
  | { command: 'redrive'; stack?: string; region?: string }
  | { command: 'reprocess'; stack?: string; region?: string; since?: Date };

export const USAGE = `usage: npm run redrive -- [--stack NAME] [--region REGION]
       npm run reprocess -- [--since YYYY-MM-DD] [--stack NAME] [--region REGION]`;

/** The command line, checked; throws with a message fit for the user. */
export function parseOpsArgs(argv: readonly string[]): OpsCommand {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { stack: { type: 'string' }, region: { type: 'string' }, since: { type: 'string' } },
  });
  const [command, ...extra] = positionals;
  if (extra.length > 0) throw new Error(`unexpected argument: ${extra.join(' ')}`);
  const where = { ...(values.stack ? { stack: values.stack } : {}), ...(values.region ? { region: values.region } : {}) };
  if (command === 'redrive') {
    if (values.since !== undefined) throw new Error('--since is an option of reprocess');
    return { command, ...where };
  }
  if (command === 'reprocess') {
    if (values.since === undefined) return { command, ...where };
    const since = new Date(values.since);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.since) || Number.isNaN(since.getTime())) {
      throw new Error(`--since must be a date like 2025-11-29 (or an ISO time), got "${values.since}"`);
    }
    return { command, ...where, since };
  }
  throw new Error(`unknown command: ${command ?? '(none)'}`);
}

/** Runs one command; returns the lines to print. */
export async function runOps(command: OpsCommand, target: PipelineTarget): Promise<string[]> {
  if (command.command === 'redrive') {
    const result = await redrive(target);
    if (result.status === 'NOTHING_TO_DO') return [`${target.name}: the dead-letter queue is empty`];
    const lines = [`${target.name}: redrive ${result.status.toLowerCase()}, ${result.moved} message(s) moved back to the ingest queue`];
    if (result.failureReason) lines.push(`  failure: ${result.failureReason}`);
    if (result.status === 'RUNNING') lines.push('  still running in SQS; run again later to see the outcome');
    return lines;
  }
  const result = await reprocess(target, command.since ? { since: command.since } : {});
  const scope = command.since ? ` stored since ${command.since.toISOString()}` : '';
  return [`${target.name}: ${result.enqueued} article(s)${scope} queued for re-extraction (run ${result.runId})`];
}
