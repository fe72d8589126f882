import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticles, type ArticleMetadata } from '../../shared/article/parse.js';
import type { Article, Span } from '../../shared/contracts.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (article: Article, span: Span): string => article.body.slice(span.start, span.end);

/** The one article of a file, failing the test with the rejection if there is none. */
async function onlyArticle(bytes: Uint8Array, meta: ArticleMetadata): Promise<Article> {
  const results = await parseArticles(bytes, meta);
  expect(results).toHaveLength(1);
  const [result] = results;
  if (!result!.ok) throw new Error(`rejected: ${result!.error.code} ${result!.error.message}`);
  return result!.article;
}

/** What every format of the harbor-bill fixture says about the article. */
const HARBOR_FIELDS = {
  title: 'Senate delays vote on harbor dredging bill',
  publishedAt: '2019-03-13',
  byline: 'Maria Okafor',
  url: 'https://ledger.example/politics/harbor-bill-vote',
};

const HARBOR_PARAGRAPHS = [
  'The state Senate on Wednesday postponed a vote on the harbor dredging bill after two members raised concerns about its cost.',
  '“We need to see the numbers before we commit $40 million,” Sen. Dana Whitfield said during the session.',
];

describe('parseArticle, plain text', () => {
  it('takes a short unpunctuated first line as the headline', () => {
    const article = parseArticle(utf8('Lorenzana meets Shoygu\nThe two ministers met in Moscow.\nThey agreed.'), { name: 'a.txt' });

    expect(article.title).toBe('Lorenzana meets Shoygu');
    expect(article.body).toBe('The two ministers met in Moscow.\n\nThey agreed.');
  });

  it('keeps a first line that ends with a quotation in the body, where its quote can be found', () => {
    const article = parseArticle(utf8('Lorenzana: ‘We Are Ready to Buy Russian Arms.’\nThe two ministers met in Moscow.'), { name: 'a.txt' });

    expect(article.body).toBe('Lorenzana: ‘We Are Ready to Buy Russian Arms.’\n\nThe two ministers met in Moscow.');
  });

  it('so does one ending with a straight single quote, as headlines write them', () => {
    const article = parseArticle(utf8("Obama Says Museum Will Tell of 'Suffering and Delight.'\nThe museum opens on Saturday."), { name: 'a.txt' });

    expect(article.body).toBe("Obama Says Museum Will Tell of 'Suffering and Delight.'\n\nThe museum opens on Saturday.");
  });

  it('moves READ:, Also read: and RELATED: lines to relatedLinks and out of the body', () => {
    const input = 'First paragraph here.\nREAD: Duterte turns to Russia\nAlso read: Another story\nRELATED: Third story\nLast paragraph.';

    const article = parseArticle(utf8(input), { name: 'a.txt' });

    expect(article.relatedLinks).toEqual(['Duterte turns to Russia', 'Another story', 'Third story']);
    expect(article.body).toBe('First paragraph here.\n\nLast paragraph.');
  });

  it('locates paragraphs and sentences by offsets into the body', () => {
    const article = parseArticle(utf8('One. Two.\n\nThree.'), { name: 'a.txt' });

    expect(article.paragraphs.map((p) => text(article, p))).toEqual(['One. Two.', 'Three.']);
    expect(article.sentences.map((s) => text(article, s))).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('joins the lines of a blank-line block into one paragraph', () => {
    const article = parseArticle(utf8('The council met on Monday\nand approved the budget.\n\nIt passed 7 to 2.'), { name: 'a.txt' });

    expect(article.paragraphs.map((p) => text(article, p))).toEqual(['The council met on Monday and approved the budget.', 'It passed 7 to 2.']);
  });

  it('reads one paragraph per line under a headline set off by a blank line', () => {
    // Arrange: the common export — headline, blank line, then a paragraph per line.
    const input = 'Council Passes Budget\n\n“We kept our promise,” the mayor said.\nLee described the vote as close.';

    // Act
    const article = parseArticle(utf8(input), { name: 'a.txt' });

    // Assert
    expect(article.paragraphs.map((p) => text(article, p))).toEqual(['“We kept our promise,” the mayor said.', 'Lee described the vote as close.']);
  });

  it('takes a "By …" line near the top as the byline, not as body text', () => {
    const article = parseArticle(fixture('harbor-bill.txt'), { name: 'harbor-bill.txt' });

    expect(article.byline).toBe('Maria Okafor');
    expect(article.body).not.toContain('By Maria Okafor');
  });

  it('keeps a sentence that merely starts with "By" in the body', () => {
    const article = parseArticle(utf8('By the end of next week, the count will be final.\n\nOfficials agreed.'), { name: 'a.txt' });

    expect(article.byline).toBeUndefined();
    expect(article.body).toContain('By the end of next week');
  });

  it('reads title, byline, dateline date, paragraphs and related links of a news story', () => {
    const article = parseArticle(fixture('harbor-bill.txt'), { name: 'harbor-bill.txt' });

    expect(article).toMatchObject({ title: HARBOR_FIELDS.title, publishedAt: HARBOR_FIELDS.publishedAt, url: null, language: 'en' });
    expect(article.relatedLinks).toEqual(['Port Authority names new director']);
    expect(article.paragraphs.map((p) => text(article, p))[1]).toBe(HARBOR_PARAGRAPHS[1]);
  });

  it('takes a "Published: …" line as the date and leaves it out of the body', () => {
    const article = parseArticle(utf8('Ferry fares rise\n\nPublished: June 2, 2019\n\nThe ferry will cost more.'), { name: 'a.txt' });

    expect(article.publishedAt).toBe('2019-06-02');
    expect(article.body).toBe('The ferry will cost more.');
  });

  it('lets metadata override the title and publication date', () => {
    const article = parseArticle(fixture('harbor-bill.txt'), { name: 'a.txt', title: 'Given', publishedAt: '2019-03-14T08:00:00Z' });

    expect(article.title).toBe('Given');
    expect(article.publishedAt).toBe('2019-03-14');
  });

  it('dates an article that says nothing of its date by the date in its URL', () => {
    const article = parseArticle(utf8('Ferry fares rise\n\nThe ferry will cost more.'), { name: 'a.txt', url: 'https://news.example.com/2019/06/02/ferry-fares' });

    expect(article.publishedAt).toBe('2019-06-02');
  });

  it('dates an article that says nothing of its date by the date in its file name, as a last resort', () => {
    const article = parseArticle(utf8('Ferry fares rise\n\nPublished: June 2, 2019\n\nThe ferry will cost more.'), { name: 'incoming/2019-05-30_ferry.txt' });
    const undated = parseArticle(utf8('Ferry fares rise\n\nThe ferry will cost more.'), { name: 'incoming/2019-05-30_ferry.txt' });

    expect(article.publishedAt).toBe('2019-06-02');
    expect(undated.publishedAt).toBe('2019-05-30');
  });

  it('falls back to the file when a metadata date is not a date', () => {
    const article = parseArticle(fixture('harbor-bill.txt'), { name: 'a.txt', publishedAt: 'yesterday' });

    expect(article.publishedAt).toBe('2019-03-13');
  });
});

describe('parseArticles, JSON', () => {
  it('reads title, body, date, URL, authors and language of a news-please object', async () => {
    const article = await onlyArticle(fixture('harbor-bill.json'), { name: 'harbor-bill.json' });

    expect(article).toMatchObject({ ...HARBOR_FIELDS, language: 'en' });
    expect(article.paragraphs.map((p) => text(article, p)).slice(0, 2)).toEqual(HARBOR_PARAGRAPHS);
  });

  it('reads schema.org names: headline, articleBody, datePublished', async () => {
    const json = JSON.stringify({ headline: 'Ferry fares rise', articleBody: 'Fares rise in June.', datePublished: '2019-03-12T09:00:00Z' });

    const article = await onlyArticle(utf8(json), { name: 'story.json' });

    expect(article).toMatchObject({ title: 'Ferry fares rise', body: 'Fares rise in June.', publishedAt: '2019-03-12' });
  });

  it('recognises a JSON object by its content when the name says nothing', async () => {
    const article = await onlyArticle(utf8('{"title": "T", "text": "The body."}'), { name: 'incoming/upload-17' });

    expect(article.body).toBe('The body.');
  });
});

describe('parseArticles, JSON Lines', () => {
  it('makes each line its own article, numbered by its line in the file', async () => {
    const results = await parseArticles(fixture('wire-feed.jsonl'), { name: 'wire-feed.jsonl' });

    expect(results.map((r) => [r.line, r.ok])).toEqual([[1, true], [2, true], [4, false], [5, false]]);
    expect(results[1]).toMatchObject({ ok: true, article: { title: 'Ferry fares rise in June', publishedAt: '2019-03-12' } });
  });

  it('rejects a bad line alone, with its reason', async () => {
    const results = await parseArticles(fixture('wire-feed.jsonl'), { name: 'wire-feed.jsonl' });

    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : [r.line, r.error.code]))).toEqual([[4, 'MALFORMED_JSON'], [5, 'MALFORMED_JSON']]);
  });

  it('reads a .json file that holds one object per line as JSON Lines', async () => {
    const lines = '{"title": "A", "body": "First."}\n{"title": "B", "body": "Second."}\n';

    const results = await parseArticles(utf8(lines), { name: 'export.json' });

    expect(results.map((r) => (r.ok ? [r.line, r.article.title] : null))).toEqual([[1, 'A'], [2, 'B']]);
  });

  it('uses metadata only to complete what a line lacks', async () => {
    const lines = '{"title": "A", "body": "First.", "publishedAt": "2019-01-02"}\n{"title": "B", "body": "Second."}\n';

    const results = await parseArticles(utf8(lines), { name: 'feed.jsonl', publishedAt: '2019-05-05' });

    expect(results.map((r) => (r.ok ? r.article.publishedAt : null))).toEqual(['2019-01-02', '2019-05-05']);
  });

  it('does not date its lines by the file name: a feed file holds articles of other days', async () => {
    const results = await parseArticles(utf8('{"title": "B", "body": "Second."}\n'), { name: 'incoming/2019-05-30-feed.jsonl' });

    expect(results.map((r) => (r.ok ? r.article.publishedAt : null))).toEqual([null]);
  });

  it('lets the synchronous parseArticle refuse a file of several articles', () => {
    expect(() => parseArticle(fixture('wire-feed.jsonl'), { name: 'wire-feed.jsonl' })).toThrow(
      expect.objectContaining({ code: 'MULTIPLE_ARTICLES' }),
    );
  });
});

describe('parseArticles, Markdown', () => {
  it('reads front matter, and the text without Markdown syntax', async () => {
    const article = await onlyArticle(fixture('harbor-bill.md'), { name: 'harbor-bill.md' });

    expect(article).toMatchObject(HARBOR_FIELDS);
    expect(article.paragraphs.map((p) => text(article, p)).slice(0, 2)).toEqual(HARBOR_PARAGRAPHS);
    expect(article.body).toContain('A floor vote could follow & settle the matter.');
    expect(article.body).not.toMatch(/[*#>\[\]]|---/);
  });

  it('takes an opening first-level heading as the title when there is no front matter', async () => {
    const article = await onlyArticle(utf8('# Ferry fares rise\n\nFares go up in *June*.'), { name: 'ferry.md' });

    expect(article).toMatchObject({ title: 'Ferry fares rise', body: 'Fares go up in June.' });
  });

  it('recognises Markdown by its front matter when the name says nothing', async () => {
    const article = await onlyArticle(utf8('---\ntitle: Ferry fares rise\n---\nFares go up in June.'), { name: 'upload' });

    expect(article.title).toBe('Ferry fares rise');
  });
});

describe('parseArticles, HTML', () => {
  it('reads the main text without navigation, ads, captions, scripts or comments', async () => {
    const article = await onlyArticle(fixture('harbor-bill.html'), { name: 'harbor-bill.html' });

    expect(article.paragraphs.map((p) => text(article, p))).toEqual([
      ...HARBOR_PARAGRAPHS,
      'Supporters of the measure, including the Port Authority, said the delay could push the project into next year. Gov. Alan Reyes said he still expects the bill to pass in April.',
      'The finance committee will meet again on March 21.',
    ]);
  });

  it('reads title, byline and date from JSON-LD and meta tags, the URL from the canonical link', async () => {
    const article = await onlyArticle(fixture('harbor-bill.html'), { name: 'harbor-bill.html' });

    expect(article).toMatchObject({ ...HARBOR_FIELDS, language: 'en' });
  });

  it('reads a fragment without <html> or <body>', async () => {
    const article = await onlyArticle(utf8('<title>Ferry fares rise</title><p>Fares go up in June.</p><p>Riders object.</p>'), { name: 'ferry.html' });

    expect(article).toMatchObject({ title: 'Ferry fares rise', body: 'Fares go up in June.\n\nRiders object.' });
  });

  it('lets Content-Type decide the format over the file name', async () => {
    const article = await onlyArticle(utf8('<p>Fares go up in June.</p>'), { name: 'ferry.txt', contentType: 'text/html; charset=utf-8' });

    expect(article.body).toBe('Fares go up in June.');
  });

  it('recognises an HTML page by its doctype when the name says nothing', async () => {
    const article = await onlyArticle(utf8('<!DOCTYPE html><html><body><p>Fares go up in June.</p></body></html>'), { name: 'upload' });

    expect(article.body).toBe('Fares go up in June.');
  });
});

describe('parseArticles, encodings and compression', () => {
  const expected = parseArticle(fixture('harbor-bill.txt'), { name: 'harbor-bill.txt' });

  it.each([
    'harbor-bill.utf8-bom.txt',
    'harbor-bill.utf16le.txt',
    'harbor-bill.utf16be.txt',
    'harbor-bill.windows-1252.txt',
    'harbor-bill.txt.gz',
  ])('reads %s as the same article as the UTF-8 original, quotes and dashes intact', async (name) => {
    const article = await onlyArticle(fixture(name), { name });

    expect(article).toEqual(expected);
    expect(article.body).toContain('“We need to see the numbers');
    expect(article.body).toContain('2019 — The state Senate');
  });

  it('decompresses gzip recognised by its magic bytes, whatever the name', async () => {
    const article = await onlyArticle(fixture('harbor-bill.txt.gz'), { name: 'incoming/harbor', contentType: 'application/octet-stream' });

    expect(article.title).toBe(HARBOR_FIELDS.title);
  });

  it('decodes a charset that Content-Type declares', async () => {
    const latin2 = Uint8Array.from([...utf8('Minister '), 0xa3, ...utf8('ukasz Nowak przemawia.')]); // "Ł" in ISO-8859-2

    const article = await onlyArticle(latin2, { name: 'a.txt', contentType: 'text/plain; charset=iso-8859-2' });

    expect(article.body).toBe('Minister Łukasz Nowak przemawia.');
  });
});
