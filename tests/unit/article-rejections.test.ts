import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../shared/article/limits.js';
import { parseArticles, type ParseOptions } from '../../shared/article/parse.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The single rejection of a file, as { code, message }. */
async function rejection(bytes: Uint8Array, name = 'article.txt', options: ParseOptions = {}): Promise<{ code: string; message: string }> {
  const results = await parseArticles(bytes, { name }, options);
  expect(results).toHaveLength(1);
  const [result] = results;
  if (result!.ok) throw new Error(`expected a rejection, got an article: ${result!.article.title}`);
  expect(result!.error.message).toMatch(/^[A-Z].*\.$/s); // a sentence a person can read
  return { code: result!.error.code, message: result!.error.message };
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe('parseArticles rejects what cannot be an article, saying why', () => {
  it('an empty file: EMPTY', async () => {
    expect(await rejection(new Uint8Array())).toEqual({ code: 'EMPTY', message: 'The article is empty.' });
  });

  it('whitespace only: EMPTY', async () => {
    expect((await rejection(utf8(' \n\t\r\n '))).code).toBe('EMPTY');
  });

  it.each([
    ['a PDF document', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')],
    ['a PNG image', PNG],
    ['a JPEG image', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])],
    ['a GIF image', utf8('GIF89a\u0001\u0000')],
    ['a ZIP archive', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])],
    ['an ELF executable', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00])],
    ['a Windows executable', Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00])],
  ])('%s: UNSUPPORTED_CONTENT, named', async (what, bytes) => {
    expect(await rejection(bytes, 'article.txt')).toEqual({ code: 'UNSUPPORTED_CONTENT', message: expect.stringContaining(what) });
  });

  it('a word that starts like a Windows executable ("MZ") is still text', async () => {
    const results = await parseArticles(utf8('MZANSI Magic renewed the series. Viewers cheered.'), { name: 'a.txt' });

    expect(results[0]!.ok).toBe(true);
  });

  it('unknown binary data: UNSUPPORTED_CONTENT', async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256);

    expect((await rejection(bytes)).code).toBe('UNSUPPORTED_CONTENT');
  });

  it('text in an encoding it is not (Shift-JIS, no charset): BAD_ENCODING', async () => {
    const shiftJis = Uint8Array.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x95, 0xb6, 0x8f, 0xcd, 0x82, 0xc5, 0x82, 0xb7, 0x81, 0x42]);

    expect(await rejection(shiftJis)).toEqual({ code: 'BAD_ENCODING', message: expect.stringContaining('neither UTF-8') });
  });

  it('a byte-order mark followed by bytes invalid in its encoding: BAD_ENCODING', async () => {
    const brokenUtf16 = Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]); // a lone high surrogate

    expect((await rejection(brokenUtf16)).code).toBe('BAD_ENCODING');
  });

  it('a charset nobody knows in Content-Type, on non-UTF-8 bytes: BAD_ENCODING', async () => {
    const results = await parseArticles(Uint8Array.from([0x41, 0xe9, 0x42]), { name: 'a.txt', contentType: 'text/plain; charset=klingon' });

    expect(results[0]).toMatchObject({ ok: false, error: { code: 'BAD_ENCODING', message: expect.stringContaining('klingon') } });
  });

  it('unparseable JSON: MALFORMED_JSON, with the parser\'s reason', async () => {
    expect(await rejection(utf8('{"title": "Ferry fares", "body": '), 'a.json')).toEqual({
      code: 'MALFORMED_JSON',
      message: expect.stringMatching(/^The JSON cannot be parsed: .+/),
    });
  });

  it('a JSON object without text: MALFORMED_JSON, naming the fields it looked for', async () => {
    expect(await rejection(utf8('{"title": "only a title"}'), 'a.json')).toEqual({ code: 'MALFORMED_JSON', message: expect.stringContaining('"maintext"') });
  });

  it('a JSON array: MALFORMED_JSON, pointing to JSON Lines', async () => {
    expect(await rejection(utf8('[{"body": "One."}, {"body": "Two."}]'), 'a.json')).toEqual({
      code: 'MALFORMED_JSON',
      message: expect.stringContaining('JSON Lines'),
    });
  });

  it('deeply nested JSON: TOO_DEEPLY_NESTED, before parsing it', async () => {
    const deep = `{"body": "Text.", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;

    expect((await rejection(utf8(deep), 'a.json')).code).toBe('TOO_DEEPLY_NESTED');
  });

  it('deeply nested HTML: TOO_DEEPLY_NESTED, before Readability runs', async () => {
    const deep = `<html><body>${'<div>'.repeat(5_000)}Text.${'</div>'.repeat(5_000)}</body></html>`;

    expect((await rejection(utf8(deep), 'a.html')).code).toBe('TOO_DEEPLY_NESTED');
  });

  it('HTML whose markup hides all text: MALFORMED_HTML', async () => {
    const broken = '<html><body><p class="lead>The whole story sits inside an attribute that never closes.</p></body></html>';

    expect((await rejection(utf8(broken), 'a.html')).code).toBe('MALFORMED_HTML');
  });

  it('HTML with text only in scripts and styles: MALFORMED_HTML', async () => {
    const scripted = '<html><head><style>p { color: red }</style></head><body><script>document.write("Ferry fares rise")</script></body></html>';

    expect((await rejection(utf8(scripted), 'a.html')).code).toBe('MALFORMED_HTML');
  });

  it('front matter that is not YAML: MALFORMED_FRONT_MATTER, with the YAML error', async () => {
    expect(await rejection(utf8('---\ntitle: "unclosed\ndate: [2019\n---\nFares go up.'), 'a.md')).toEqual({
      code: 'MALFORMED_FRONT_MATTER',
      message: expect.stringContaining('not valid YAML'),
    });
  });

  it('a file above the raw size limit: TOO_LARGE, with both sizes', async () => {
    const bytes = new Uint8Array(DEFAULT_LIMITS.maxRawBytes + 1).fill(0x61);

    expect(await rejection(bytes)).toEqual({ code: 'TOO_LARGE', message: 'The file is 10 MB; the limit is 10 MB.' });
  });

  it('a text above the text limit: TEXT_TOO_LARGE', async () => {
    const bytes = utf8('The council met. '.repeat(2_000));

    expect(await rejection(bytes, 'a.txt', { limits: { maxTextChars: 10_000 } })).toEqual({
      code: 'TEXT_TOO_LARGE',
      message: "The article's text is 33,999 characters; the limit is 10,000.",
    });
  });

  it('a gzip file that expands beyond the limit: DECOMPRESSED_TOO_LARGE, without inflating it all', async () => {
    const bomb = gzipSync(new Uint8Array(64 * 1024 * 1024), { level: 9 }); // 64 MB of zeros in ~64 KB

    expect((await rejection(bomb, 'a.txt.gz')).code).toBe('DECOMPRESSED_TOO_LARGE');
  });

  it('corrupt gzip data: BAD_COMPRESSION', async () => {
    const truncated = gzipSync(utf8('Ferry fares rise in June. '.repeat(50))).subarray(0, 30);

    expect((await rejection(truncated, 'a.txt.gz')).code).toBe('BAD_COMPRESSION');
  });

  it('text without a single word: NO_SENTENCES', async () => {
    expect(await rejection(utf8('2019-03-13  14:00  +3.5%\n---\n* * *'))).toEqual({
      code: 'NO_SENTENCES',
      message: 'The article has no sentences: its text holds no words.',
    });
  });

  it('a JSON Lines file with more lines than the limit: TOO_MANY_ARTICLES', async () => {
    const lines = '{"body": "Fares rise."}\n'.repeat(4);

    expect((await rejection(utf8(lines), 'feed.jsonl', { limits: { maxArticlesPerFile: 3 } })).code).toBe('TOO_MANY_ARTICLES');
  });
});
