/**
 * The worker thread that runs dynalite for dynamo.ts: the engine has its own
 * event loop and heap, as DynamoDB is its own service on AWS, so the local
 * stack's API, handlers and queue use one core and the engine another.
 *
 * Told its port and LevelDB directory in `workerData`; answers
 * `{ type: 'listening', port }` or `{ type: 'failed', … }` once, and
 * `{ type: 'closed' }` after the `close` message has drained it (see
 * stopWhenDrained); then the thread ends.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import dynalite from 'dynalite';
import { listenOnLoopback } from './net.js';
import { answerProfileRequests } from './workers.js';

export interface EngineOptions {
  port: number;
  path?: string;
}

export type EngineMessage =
  | { type: 'listening'; port: number }
  | { type: 'failed'; message: string; code?: string; port?: number }
  | { type: 'closed' }
  | { type: 'close-failed'; message: string };

/** How long close() lets requests already being served finish. */
const DRAIN_TIMEOUT_MS = 5_000;

/**
 * Returns close(): from that moment new requests are dropped (the client sees
 * a reset connection, as from a process that died), requests already being
 * served finish, then the server stops and the store closes.
 *
 * Why not just server.close(): dynalite closes its LevelDB store while a
 * request is between two of its reads, and its request handler rethrows the
 * "Database is closed" error from a callback — an uncaught exception that
 * would end the engine with it.
 */
function stopWhenDrained(server: Server): () => Promise<void> {
  const serve = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  let closing = false;
  const inFlight = new Set<ServerResponse>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (closing) return void res.destroy();
    // In flight until dynalite answers: a client that hangs up does not stop dynalite's work on its request.
    inFlight.add(res);
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      inFlight.delete(res);
      return end(...args);
    }) as ServerResponse['end'];
    for (const listener of serve) listener(req, res);
  });
  return async () => {
    closing = true;
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (inFlight.size > 0 && Date.now() < deadline) await sleep(5);
    await new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      // Else a client that keeps its keep-alive connection open makes close() wait for it (up to 30 s).
      server.closeAllConnections();
    });
  };
}

const port = parentPort!;
const send = (message: EngineMessage) => port.postMessage(message);
const options = workerData as EngineOptions;
// createTableMs: how long dynalite keeps a new table CREATING; keep startup fast.
const server = dynalite({ path: options.path, createTableMs: 20 });
answerProfileRequests('dynamodb');
const close = stopWhenDrained(server);
try {
  send({ type: 'listening', port: await listenOnLoopback(server, options.port) });
  port.on('message', (message: unknown) => {
    if (message !== 'close') return;
    close().then(
      () => send({ type: 'closed' }),
      (err: unknown) => send({ type: 'close-failed', message: (err as Error).message ?? String(err) }),
    ).finally(() => port.close());
  });
} catch (err) {
  const error = err as NodeJS.ErrnoException & { port?: number };
  send({ type: 'failed', message: error.message, ...(error.code ? { code: error.code } : {}), ...(error.port !== undefined ? { port: error.port } : {}) });
  port.close();
}
