/**
 * The local HTTP API's query function, run in worker threads
 * (query-thread.ts): requests in flight at once are answered by different
 * instances of the function, as on AWS, so its work (the SDK, decoding
 * records, JSON) spreads over the cores instead of queueing on the one
 * event loop that also serves HTTP and runs the queue and ingest.
 *
 * A request goes to the thread with the fewest in flight. A thread that
 * fails (an exception it did not catch) fails the requests it held, is
 * logged, and is replaced.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import type { Worker } from 'node:worker_threads';
import type { HttpApiHandler } from './http.js';
import { errorText, type LocalLogger } from './logger.js';
import type { QueryThreadMessage, QueryThreadOptions, QueryThreadRequest } from './query-thread.js';
import { moduleWorker } from './workers.js';

export interface QueryThreads {
  handler: HttpApiHandler;
  /** Ends the threads once they have answered what they hold. */
  close(): Promise<void>;
}

interface Thread {
  worker: Worker;
  waiting: Map<number, { resolve: (result: APIGatewayProxyResultV2) => void; reject: (error: Error) => void }>;
  exited: Promise<void>;
}

export async function startQueryThreads(options: QueryThreadOptions & { threads: number; logger: LocalLogger }): Promise<QueryThreads> {
  const { threads: count, logger, ...workerData } = options;
  let closing = false;
  let nextId = 0;
  const pool: Thread[] = [];

  const start = async (): Promise<Thread> => {
    const worker = moduleWorker('query-thread', workerData);
    const thread: Thread = { worker, waiting: new Map(), exited: new Promise((resolve) => worker.once('exit', () => resolve())) };
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: QueryThreadMessage) => {
        if (message.type === 'ready') return resolve();
        if (message.type === 'log') return logger.error(message.message);
        const waiter = thread.waiting.get(message.id);
        thread.waiting.delete(message.id);
        if (message.type === 'result') waiter?.resolve(message.result);
        else waiter?.reject(new Error(message.message));
      });
      worker.once('error', reject);
      void thread.exited.then(() => reject(new Error('a query thread stopped while starting')));
    });
    await ready;
    worker.on('error', (error) => logger.error(`api: a query thread failed: ${errorText(error)}`));
    void thread.exited.then(() => {
      for (const { reject } of thread.waiting.values()) reject(new Error('the query thread answering the request stopped'));
      thread.waiting.clear();
      const i = pool.indexOf(thread);
      if (i >= 0) pool.splice(i, 1);
      if (!closing) replace();
    });
    return thread;
  };
  const replace = () => {
    start().then(
      (thread) => (closing ? void stop(thread) : void pool.push(thread)),
      (error: unknown) => logger.error(`api: a query thread did not start: ${(error as Error).message}`),
    );
  };
  const stop = async (thread: Thread) => {
    thread.worker.postMessage('close' satisfies QueryThreadRequest);
    await thread.exited;
  };

  const started = await Promise.allSettled(Array.from({ length: count }, start));
  pool.push(...started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    closing = true;
    await Promise.all(pool.map(stop));
    throw failed.reason;
  }

  const handler: HttpApiHandler = (event: APIGatewayProxyEventV2) => {
    const thread = pool.reduce<Thread | undefined>((best, t) => (!best || t.waiting.size < best.waiting.size ? t : best), undefined);
    if (!thread) return Promise.reject(new Error('no query thread is running'));
    const id = nextId++;
    return new Promise<APIGatewayProxyResultV2>((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      thread.worker.postMessage({ id, event } satisfies QueryThreadRequest);
    });
  };
  return {
    handler,
    close: async () => {
      closing = true;
      await Promise.all([...pool].map(stop));
    },
  };
}
