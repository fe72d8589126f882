/**
 * Properties of the parser over arbitrary input (fast-check): whatever the
 * bytes, it answers with articles or `ArticleError` rejections, never
 * anything else; it answers in bounded time; and every span it returns lies
 * inside the body, in order, each sentence within a paragraph.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../shared/article/parse.js';
import { ArticleError, type Article, type Span } from '../../shared/contracts.js';

/** Far above any real parse (milliseconds): only a hang or a blow-up crosses it. */
const BOUND_MS = 2_000;

const names = fc.constantFrom('story.txt', 'story.json', 'feed.jsonl', 'story.md', 'page.html', 'upload', 'story.txt.gz');
const contentTypes = fc.option(
  fc.constantFrom('text/plain', 'text/html; charset=utf-8', 'application/json', 'text/markdown', 'text/plain; charset=iso-8859-2', 'application/x-ndjson'),
  { nil: undefined },
);

/** Fragments of every format, so that random text often looks like an article, a page or a feed. */
const pieces = fc.constantFrom(
  '<p>', '</p>', '<html>', '<body>', '<div>', '</div>', '<br>', '<!--', '-->', '<script>', '<title>', '<!doctype html>',
  '{', '}', '[', ']', '"body": "', '"title": ', '",', '\n', '\n\n', '\r\n', '---\n', 'title: ', '# ', '> ', '- ', '**',
  '“', '”', '.', '. ', '?', '!', 'Sen.', 'U.S.', ' said', 'The council met', 'READ: ', 'By Maria Okafor', 'MANILA, April 27, 2017 — ',
  'Published: March 13, 2019', '\t', ' ', '\u00a0', '\ufeff', 'é', '😀', '\u0000', '\u0007',
);
const articleLike = fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''));

function spanProblems(article: Article): string[] {
  const problems: string[] = [];
  const checkOrdered = (what: string, spans: Span[]): void => {
    let previousEnd = 0;
    for (const { start, end } of spans) {
      if (!(Number.isInteger(start) && Number.isInteger(end) && previousEnd <= start && start < end && end <= article.body.length)) {
        problems.push(`${what} [${start}, ${end}) after ${previousEnd} in a body of ${article.body.length}`);
      }
      previousEnd = end;
    }
  };
  checkOrdered('paragraph', article.paragraphs);
  checkOrdered('sentence', article.sentences);
  for (const s of article.sentences) {
    if (!article.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)) problems.push(`sentence [${s.start}, ${s.end}) outside every paragraph`);
  }
  return problems;
}

/** Parses and returns what broke a property, or nothing. */
async function violations(bytes: Uint8Array, name: string, contentType?: string): Promise<string[]> {
  const started = performance.now();
  let results;
  try {
    results = await parseArticles(bytes, { name, ...(contentType ? { contentType } : {}) });
  } catch (error) {
    return [`threw ${(error as Error).name}: ${(error as Error).message}`];
  }
  const elapsed = performance.now() - started;
  const problems = elapsed > BOUND_MS ? [`took ${elapsed.toFixed(0)} ms`] : [];
  for (const result of results) {
    if (result.ok) problems.push(...spanProblems(result.article));
    else if (!(result.error instanceof ArticleError)) problems.push(`rejected with ${String(result.error)}`);
  }
  return problems;
}

describe('parseArticles on arbitrary input', () => {
  it('answers arbitrary bytes with articles or ArticleErrors, in bounded time, with spans inside the body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2_048 }), names, contentTypes, async (bytes, name, contentType) => {
        expect(await violations(bytes, name, contentType)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('does the same for arbitrary Unicode strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 500 }), names, contentTypes, async (text, name, contentType) => {
        expect(await violations(new TextEncoder().encode(text), name, contentType)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('does the same for text built from pieces of every format, plain and gzipped', async () => {
    await fc.assert(
      fc.asyncProperty(articleLike, names, contentTypes, fc.boolean(), async (text, name, contentType, gzip) => {
        const bytes = new TextEncoder().encode(text);
        expect(await violations(gzip ? gzipSync(bytes) : bytes, name, contentType)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
