import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, parseArticle } from '../../shared/article/parse.js';
import { ArticleError } from '../../shared/contracts.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const rejection = (bytes: Uint8Array, name = 'a.txt'): string => {
  try {
    parseArticle(bytes, { name });
  } catch (error) {
    if (error instanceof ArticleError) return error.code;
    throw error;
  }
  throw new Error('expected a rejection');
};

describe('parseArticle, plain text', () => {
  it('takes a short unpunctuated first line as the headline', () => {
    const article = parseArticle(utf8('Lorenzana meets Shoygu\nThe two ministers met in Moscow.\nThey agreed.'), { name: 'a.txt' });
    expect(article.title).toBe('Lorenzana meets Shoygu');
    expect(article.body).toBe('The two ministers met in Moscow.\n\nThey agreed.');
  });

  it('moves READ:, Also read: and RELATED: lines to relatedLinks and out of the body', () => {
    const text = 'First paragraph here.\nREAD: Duterte turns to Russia\nAlso read: Another story\nRELATED: Third story\nLast paragraph.';
    const article = parseArticle(utf8(text), { name: 'a.txt' });
    expect(article.relatedLinks).toEqual(['Duterte turns to Russia', 'Another story', 'Third story']);
    expect(article.body).not.toMatch(/READ|RELATED|Also read/);
  });

  it('locates paragraphs and sentences by offsets into the body', () => {
    const article = parseArticle(utf8('One. Two.\n\nThree.'), { name: 'a.txt' });
    const slice = (s: { start: number; end: number }): string => article.body.slice(s.start, s.end);
    expect(article.paragraphs.map(slice)).toEqual(['One. Two.', 'Three.']);
    expect(article.sentences.map(slice)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('lets metadata override the title and publication date', () => {
    const article = parseArticle(utf8('Body text here.'), { name: 'a.txt', title: 'Given', publishedAt: '2017-05-02T08:00:00Z' });
    expect(article.title).toBe('Given');
    expect(article.publishedAt).toBe('2017-05-02');
  });
});

describe('parseArticle, JSON', () => {
  it('reads title, body, publishedAt and url from an article object', () => {
    const json = JSON.stringify({ title: 'T', body: 'The body.', publishedAt: '2017-05-02', url: 'https://example.com/a' });
    const article = parseArticle(utf8(json), { name: 'a.json' });
    expect(article).toMatchObject({ title: 'T', body: 'The body.', publishedAt: '2017-05-02', url: 'https://example.com/a' });
  });

  it("accepts news-please's maintext and date_publish", () => {
    const json = JSON.stringify({ title: 'T', maintext: 'Main text.', date_publish: '2016-11-08 10:00:00' });
    expect(parseArticle(utf8(json), { name: 'a.json' })).toMatchObject({ body: 'Main text.', publishedAt: '2016-11-08' });
  });

  it('rejects an object without a body as MALFORMED_JSON', () => {
    expect(rejection(utf8('{"title": "only a title"}'), 'a.json')).toBe('MALFORMED_JSON');
  });

  it('rejects unparseable JSON as MALFORMED_JSON', () => {
    expect(rejection(utf8('{"title": '), 'a.json')).toBe('MALFORMED_JSON');
  });
});

describe('parseArticle, bad input', () => {
  it('rejects whitespace-only text as EMPTY', () => {
    expect(rejection(utf8('  \n\t ')) ).toBe('EMPTY');
  });

  it('rejects binary content as UNSUPPORTED_CONTENT', () => {
    expect(rejection(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBe('UNSUPPORTED_CONTENT');
  });

  it('rejects invalid UTF-8 as BAD_ENCODING', () => {
    expect(rejection(new Uint8Array([0x61, 0xff, 0xfe, 0x62]))).toBe('BAD_ENCODING');
  });

  it('rejects an article above the size limit as TOO_LARGE', () => {
    expect(rejection(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61))).toBe('TOO_LARGE');
  });
});
