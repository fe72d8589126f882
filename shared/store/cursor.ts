import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Opaque pagination cursors: base64url JSON plus an HMAC, so a forged or
 * truncated cursor is rejected (a 400) instead of steering a query. The
 * secret comes from `CURSOR_SECRET`; without it cursors are still checked
 * for integrity, only not for origin.
 */
interface CursorShapes {
  articles: { last: string };
  quotes: { positions: Record<string, string> };
}

export class CursorError extends Error {
  constructor() {
    super('The cursor is invalid or was not issued for this query.');
    this.name = 'CursorError';
  }
}

const secret = (): string => process.env.CURSOR_SECRET ?? 'news-extract-local-cursor-secret';
const sign = (payload: string): string => createHmac('sha256', secret()).update(payload).digest('base64url').slice(0, 22);

export function encodeCursor<K extends keyof CursorShapes>(kind: K, value: CursorShapes[K]): string {
  const payload = Buffer.from(JSON.stringify({ k: kind, v: value })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

export function decodeCursor<K extends keyof CursorShapes>(cursor: string, kind: K): CursorShapes[K] {
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw new CursorError();
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new CursorError();
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { k: string; v: CursorShapes[K] };
  if (decoded.k !== kind) throw new CursorError();
  return decoded.v;
}
