import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Opaque pagination cursors: base64url JSON plus an HMAC over it and over
 * the query it belongs to. A forged, truncated or altered cursor, or one
 * issued for another query (another speaker, range or status), is rejected
 * (a 400) instead of steering a query. The secret comes from `CURSOR_SECRET`;
 * without it cursors are still checked for integrity, only not for origin.
 * `FORMAT` changes when a cursor's content changes meaning, which makes
 * older cursors stale, and rejected alike.
 */
const FORMAT = 2;

export class CursorError extends Error {
  constructor() {
    super('The cursor is invalid, stale, or was not issued for this query.');
    this.name = 'CursorError';
  }
}

/** What a cursor is bound to: the route and the parameters that select the results (not `limit`). */
export type CursorScope = Record<string, string | undefined>;

const secret = (): string => process.env.CURSOR_SECRET ?? 'news-extract-local-cursor-secret';

function sign(payload: string, scope: CursorScope): string {
  const bound = createHash('sha256').update(JSON.stringify([FORMAT, Object.entries(scope).filter(([, v]) => v !== undefined).sort()])).digest('base64url');
  return createHmac('sha256', secret()).update(`${bound}.${payload}`).digest('base64url').slice(0, 27);
}

export function encodeCursor(scope: CursorScope, value: unknown): string {
  const payload = Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${payload}.${sign(payload, scope)}`;
}

/** The value a cursor carries, once it is proven to be one this server issued for `scope`. */
export function decodeCursor<T>(cursor: string, scope: CursorScope): T {
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw new CursorError();
  const expected = Buffer.from(sign(payload, scope));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new CursorError();
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as T;
  } catch {
    throw new CursorError();
  }
}
