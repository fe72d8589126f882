/**
 * Markdown with optional YAML front matter. Loaded on demand like html.ts,
 * whose DOM it reuses to read the rendered text.
 *
 * markdown-it rather than marked: marked recursed without bound on hostile
 * nesting (1,000 nested list levels took 4 s, 10,000 exhausted the heap),
 * markdown-it caps nesting by design (its `maxNesting`) and rendered the
 * same inputs in well under a second; it bundles to ~100 KB. js-yaml (60 KB)
 * reads the front matter with its safe default schema.
 */
import { load } from 'js-yaml';
import MarkdownIt from 'markdown-it';
import { ArticleError } from '../contracts.js';
import type { ArticleFields } from './assemble.js';
import type { ArticleLimits } from './limits.js';
import { blockTexts, parseDocument } from './html.js';
import { FRONT_MATTER } from './format.js';
import { fieldsOfRecord } from './record-fields.js';

const markdown = new MarkdownIt({ html: true });

/**
 * Front matter gives title, date, author, URL and language (the names
 * JSON articles use: see record-fields.ts); a first-level heading that opens
 * the text is the title when front matter names none.
 */
export function readMarkdown(text: string, limits: Pick<ArticleLimits, 'maxNestingDepth'>): ArticleFields {
  const match = FRONT_MATTER.exec(text);
  const meta = match ? fieldsOfRecord(frontMatter(match[1]!)).fields : {};
  // HTML in the Markdown passes through markdown-it as it is: its nesting is bounded like a page's.
  const document = parseDocument(markdown.render(match ? text.slice(match[0].length) : text), limits.maxNestingDepth);
  const first = document.body.firstElementChild;
  let title = meta.title;
  if (first?.localName === 'h1') {
    title ??= first.textContent ?? undefined;
    first.remove();
  }
  return { ...meta, ...(title ? { title } : {}), paragraphs: blockTexts(document.body) };
}

function frontMatter(yaml: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = load(yaml);
  } catch (error) {
    const reason = (error as { name?: string }).name === 'YAMLException' ? (error as Error).message.split('\n')[0] : 'it cannot be read';
    throw new ArticleError('MALFORMED_FRONT_MATTER', `The Markdown front matter is not valid YAML: ${reason}.`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ArticleError('MALFORMED_FRONT_MATTER', 'The Markdown front matter must be YAML "key: value" lines.');
  }
  return value as Record<string, unknown>;
}
