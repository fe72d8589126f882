import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BODY_EXCERPT_CHARS, MAX_RECORD_ITEM_BYTES, packRecordItem, RecordTooLargeError, unpackRecordItem } from '../../shared/store/record-item.js';
import { entity, lorenzana, quote, record } from './store-fixtures.js';

const saved = record(1, '2017-05-02', { entities: [lorenzana], quotes: [quote('Q1', 'words', lorenzana)] });
const status = { articleId: saved.articleId, status: 'PROCESSED' as const, source: saved.source!, title: saved.title, publishedAt: saved.publishedAt, ingestedAt: 'now', counts: { entities: 1, quotes: 1, events: 0 } };

/** Text that does not compress: a fixed pseudo-random sequence. */
function noise(length: number): string {
  let seed = 42;
  return Array.from({ length }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
}

describe('the RECORD item', () => {
  it('gives back the record, status and version it was packed with', () => {
    const item = packRecordItem(saved.articleId, { status, record: saved }, { seq: '0001', rev: 'r1' });

    expect(unpackRecordItem(item)).toEqual({ seq: '0001', rev: 'r1', article: { status, record: saved } });
  });

  it('keeps only the key, version and status of a processed article as plain attributes: the rest is compressed', () => {
    const item = packRecordItem(saved.articleId, { status, record: saved }, { seq: '0001', rev: 'r1' });

    expect(Object.keys(item).sort()).toEqual(['PK', 'SK', 'rev', 'seq', 'status', 'z']);
  });

  it('reads a processed article whose listing fields an earlier version kept as plain attributes', () => {
    const item = packRecordItem(saved.articleId, { status, record: saved }, { rev: 'r1' });
    const { status: _inBlob, ...blob } = JSON.parse(brotliDecompressSync(item.z as Uint8Array).toString('utf8')) as Record<string, unknown>;
    const earlier = { ...item, ...status, z: brotliCompressSync(JSON.stringify(blob)) };

    expect(unpackRecordItem(earlier).article).toEqual({ status, record: saved });
  });

  it('holds the record compressed, several times smaller than its JSON', () => {
    const long = { ...saved, body: 'The Philippines will buy rifles from Russia, the defense secretary said. '.repeat(60) };

    const item = packRecordItem(saved.articleId, { status, record: long }, { rev: 'r1' });

    expect((item.z as Uint8Array).length * 4).toBeLessThan(JSON.stringify(long).length);
  });

  it('keeps an excerpt of a body that would not fit in one item, and marks it', () => {
    const big = { ...saved, body: noise(MAX_RECORD_ITEM_BYTES * 1.3) };

    const { article } = unpackRecordItem(packRecordItem(saved.articleId, { status, record: big }, { rev: 'r1' }));

    expect(article).toMatchObject({ bodyTruncated: true, record: { body: big.body.slice(0, BODY_EXCERPT_CHARS), quotes: saved.quotes } });
  });

  it('refuses a record that does not fit even without its body', () => {
    const names = noise(6000 * 80);
    const entities = Array.from({ length: 6000 }, (_, i) => entity(`E${i}`, names.slice(i * 80, (i + 1) * 80)));

    expect(() => packRecordItem(saved.articleId, { status, record: { ...saved, entities } }, { rev: 'r1' })).toThrow(RecordTooLargeError);
  });

  it('decodes the bytes of an item read again once, and gives the parts it shares frozen', () => {
    const item = packRecordItem(saved.articleId, { status, record: saved }, { rev: 'r1' });

    const first = unpackRecordItem(item).article!;
    const again = unpackRecordItem({ ...item, z: Uint8Array.from(item.z as Uint8Array) }).article!;

    expect(again).toEqual(first);
    expect(again.record!.quotes).toBe(first.record!.quotes);
    expect(() => (again.record!.quotes as unknown[]).push('x')).toThrow(TypeError);
    expect(Object.isFrozen(again.status)).toBe(true);
  });

  it('reads a rewritten item as its new version, never the one decoded before', () => {
    const before = packRecordItem(saved.articleId, { status, record: saved }, { rev: 'r1' });
    const rewritten = { ...saved, quotes: [quote('Q1', 'other words', lorenzana)] };
    unpackRecordItem(before);

    const after = unpackRecordItem(packRecordItem(saved.articleId, { status, record: rewritten }, { rev: 'r2' }));

    expect(after).toEqual({ rev: 'r2', article: { status, record: rewritten } });
  });

  it('is a tombstone with its version for a deleted article', () => {
    expect(unpackRecordItem(packRecordItem(saved.articleId, undefined, { seq: '0002', rev: 'r2' }))).toEqual({ seq: '0002', rev: 'r2' });
  });
});
