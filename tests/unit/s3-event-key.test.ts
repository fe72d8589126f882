import { describe, expect, it } from 'vitest';
import { decodeEventKey, encodeEventKey } from '../../shared/ops/s3-event-key.js';

describe('S3 event keys', () => {
  it('encodes a key as S3 notifications carry it: slashes kept, spaces as +, the rest percent-encoded', () => {
    expect(encodeEventKey("incoming/my article (1)+ünï.txt")).toBe('incoming/my+article+%281%29%2B%C3%BCn%C3%AF.txt');
  });

  it('decodes what it encodes, plus signs and unicode included', () => {
    const key = "incoming/Press release: 50% off + 'quotes' — Ñandú.md";

    expect(decodeEventKey(encodeEventKey(key))).toBe(key);
  });
});
