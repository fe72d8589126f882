import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../shared/article/parse.js';
import type { ArticleRecord } from '../../shared/contracts.js';
import { extractRecord } from '../../shared/extract/extract.js';
import { decodeRecord, encodeRecord, type PackedRecord } from '../../shared/store/record-codec.js';
import { dfa, entity, event, lorenzana, quote, record, russia } from './store-fixtures.js';

const packed = ({ articleId: _id, source: _source, title: _title, publishedAt: _published, ...rest }: ArticleRecord): PackedRecord => rest;
/** Through JSON, as the RECORD item stores it. */
const roundTrip = (record: PackedRecord): PackedRecord => decodeRecord(JSON.parse(JSON.stringify(encodeRecord(record))));

async function extracted(fixture: string): Promise<PackedRecord> {
  const [parsed] = await parseArticles(readFileSync(new URL(`../fixtures/articles/${fixture}`, import.meta.url)), { name: fixture });
  if (!parsed?.ok) throw new Error(`${fixture} did not parse`);
  return packed(extractRecord(parsed.article, { articleId: 'a1' }));
}

describe('the stored layout of a record', () => {
  it('gives back exactly the record an extraction produced', async () => {
    const record = await extracted('harbor-bill.txt');
    expect(record.quotes.length).toBeGreaterThan(0);

    expect(roundTrip(record)).toEqual(JSON.parse(JSON.stringify(record)));
  });

  it('keeps what cannot be derived: unresolved speakers, ids out of sequence, text that is not the body at its offsets', () => {
    // Arrange: "a spokesperson" resolves to nothing; the quote text is not the body (an excerpt); the ids skip.
    const body = 'Lorenzana met Russia’s envoy. “We are ready,” a spokesperson said.';
    const unresolved = { ...quote('Q7', 'We are ready, all of us', null), start: 31, end: 44, speaker: { mention: 'A spokesperson', name: 'a spokesperson', entityId: null, start: 46, end: 60 } };
    const renamed = { ...quote('Q1', 'We are ready', dfa), start: 31, end: 43 };
    const meeting = { ...event('V9', 'MEET', [lorenzana], { whom: [russia], where: russia }), cameo: '040', reportedBy: 'DFA', when: { text: 'on Monday', date: '2017-04-24', precision: 'day' as const } };
    meeting.who = [{ name: 'Secretary Lorenzana', entityId: lorenzana.id }, { name: 'his aides', entityId: null }];
    const original = packed(record(1, '2017-05-02', { body, entities: [lorenzana, dfa, russia, entity('X1', 'Moscow', 'GPE')], quotes: [renamed, unresolved], events: [meeting] }));

    expect(roundTrip(original)).toEqual(original);
  });

  it('gives back every mention of an entity: by its written forms, in any order, and ones that are none of them', () => {
    const body = 'Lorenzana said. Delfin Lorenzana met Shoygu. Lorenzana left; Lorenzana’s aide stayed. The secretary rested.';
    const at = (text: string, nth = 0) => {
      let start = -1;
      for (let i = 0; i <= nth; i++) start = body.indexOf(text, start + 1);
      return { start, end: start + text.length };
    };
    const person = entity('E1', 'Delfin Lorenzana', 'PERSON', { aliases: ['Lorenzana'], mentions: [at('Lorenzana', 0), at('Delfin Lorenzana'), at('Lorenzana', 3), at('Lorenzana', 2), at('secretary')] });
    const original = packed(record(3, null, { body, entities: [person] }));

    expect(roundTrip(original)).toEqual(original);
  });

  it('reads records that earlier versions stored as plain JSON', () => {
    const original = packed(record(2, null, { entities: [lorenzana], quotes: [quote('Q1', 'words', lorenzana)] }));

    expect(decodeRecord(JSON.parse(JSON.stringify(original)))).toEqual(original);
  });

  it('compresses to fewer bytes than the plain JSON of the record', async () => {
    const record = await extracted('harbor-bill.txt');

    const compact = brotliCompressSync(JSON.stringify(encodeRecord(record))).length;
    const plain = brotliCompressSync(JSON.stringify(record)).length;

    expect(compact).toBeLessThan(plain * 0.9);
  });
});
