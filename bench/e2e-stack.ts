/**
 * The local stack of `npm start` for the end-to-end part, in its own process
 * as `npm start` runs it: everything in memory, every port free. Started by
 * bench/e2e.ts with an IPC channel; tells its parent the endpoints, then
 * one message per settled queue message; answers `cpu` with the CPU time it
 * has used; profiles itself, and its worker threads (the DynamoDB engine and
 * the query function's instances), between `profile:start` and
 * `profile:stop:<name>` (answered with the summary); stops (draining the queue) on `stop` or when the parent goes away.
 */
import { defaultQueryThreads, startLocalStack } from '../shared/local/stack.js';
import type { LocalLogger } from '../shared/local/logger.js';
import { startProfiler, startThreadProfilers, type ProfileSummary } from './lib/profile.js';

/** What the stack process sends its parent. */
export type StackMessage =
  | { type: 'ready'; apiUrl: string; s3Endpoint: string; bucket: string }
  | { type: 'outcome'; body: string; result: string }
  | { type: 'cpu'; ms: number }
  | { type: 'profile'; summary: ProfileSummary }
  | { type: 'stopped'; deadLetters: number; warnings: number };

let warnings = 0;
const logger: LocalLogger = {
  info: () => undefined,
  warn: (message) => {
    warnings += 1;
    console.error(`WARN ${message}`);
  },
  error: (message) => {
    warnings += 1;
    console.error(`ERROR ${message}`);
  },
};

const send = (message: StackMessage) => process.send!(message);
/** As `npm start` runs it; with the DynamoDB engine, the threads that answer profile requests. */
const QUERY_THREADS = defaultQueryThreads();
const stack = await startLocalStack({ logger, queryThreads: QUERY_THREADS });
stack.queue.onOutcome((outcome) => send({ type: 'outcome', body: outcome.body, result: outcome.result }));

const stop = async () => {
  const deadLetters = stack.queue.stats().deadLetters;
  await stack.stop();
  if (process.connected) {
    send({ type: 'stopped', deadLetters, warnings });
    process.disconnect();
  }
};
let profiler: Awaited<ReturnType<typeof startProfiler>> | undefined;
let threadProfilers: ReturnType<typeof startThreadProfilers> | undefined;
process.on('message', async (message: string) => {
  if (message === 'stop') void stop();
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    send({ type: 'cpu', ms: (user + system) / 1000 });
  }
  if (message === 'profile:start') {
    threadProfilers = startThreadProfilers(QUERY_THREADS + 1);
    profiler = await startProfiler();
  }
  if (message.startsWith('profile:stop:') && profiler && threadProfilers) {
    const name = message.slice('profile:stop:'.length);
    const [summary, threads] = await Promise.all([profiler.stop(name), threadProfilers.stop(name)]);
    send({ type: 'profile', summary: { ...summary, threads } });
    [profiler, threadProfilers] = [undefined, undefined];
  }
});
process.on('disconnect', () => void stack.stop());
send({ type: 'ready', apiUrl: stack.apiUrl, s3Endpoint: stack.s3Endpoint, bucket: stack.bucket });
