/** Minimal typings for autocannon 9 (it ships none): only what bench/e2e.ts uses. */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface Request {
    method?: string;
    path?: string;
    setupRequest?: (request: { path: string; [key: string]: unknown }, context: object) => object;
  }

  interface Options {
    url: string;
    connections?: number;
    amount?: number;
    timeout?: number;
    requests?: Request[];
  }

  export interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
  }

  interface Instance extends EventEmitter {
    stop(): void;
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): this;
  }

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}

/** dynalite's own item sizing (it ships no typings): capacity units of an item in AttributeValue form; 1 for none. */
declare module 'dynalite/db/index.js' {
  export function capacityUnits(item: Record<string, unknown> | undefined, isRead: boolean, isConsistent?: boolean): number;
}
