import { describe, expect, it } from 'vitest';
import { CursorError, decodeCursor, encodeCursor } from '../../shared/store/cursor.js';

const scope = { route: 'quotes', speaker: 'lorenzana', from: undefined };
const position = { p: { sk: '2017-05-02#a', source: 0, skip: 1 }, k: ['delfin-lorenzana'] };

describe('pagination cursors', () => {
  it('give back what they carry for the query they were issued for', () => {
    expect(decodeCursor(encodeCursor(scope, position), scope)).toEqual(position);
  });

  it('are rejected for another query', () => {
    const cursor = encodeCursor(scope, position);

    expect(() => decodeCursor(cursor, { ...scope, speaker: 'dfa' })).toThrow(CursorError);
    expect(() => decodeCursor(cursor, { ...scope, from: '2017-01-01' })).toThrow(CursorError);
  });

  it('are rejected when their content is changed, truncated or made up', () => {
    const cursor = encodeCursor(scope, position);
    const [, signature] = cursor.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...position, k: ['someone-else'] })).toString('base64url')}.${signature}`;

    for (const bad of [forged, cursor.slice(0, -3), 'not-a-cursor', `${cursor}.x`]) expect(() => decodeCursor(bad, scope)).toThrow(CursorError);
  });
});
