/** Helpers for the local-stack integration tests. */
import type { LocalLogger } from '../../shared/local/logger.js';

/** Calls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function getJson(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

/** A logger that keeps every line, to assert on and to show when a test fails. */
export function collectingLogger(): LocalLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(message),
    warn: (message) => lines.push(`WARN ${message}`),
    error: (message) => lines.push(`ERROR ${message}`),
  };
}

/** A short news article with a title, a date line and attributed quotes. */
export const SAMPLE_ARTICLE = `Philippines weighs Russian rifles after U.S. deal stalls

MANILA, April 27, 2017 — Defense Secretary Delfin Lorenzana said on Wednesday that the Philippines would buy rifles from Russia after a U.S. arms sale was blocked.

"We are looking at all options, and Russia has offered us a good deal," Lorenzana told reporters at Camp Aguinaldo.

The Department of Foreign Affairs said the purchase would not affect the alliance with Washington.
`;
