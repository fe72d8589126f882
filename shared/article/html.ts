/**
 * HTML pages as saved from a news site. Loaded on demand (see parse.ts): the
 * DOM and Readability add ~480 KB to the bundle and ~30 ms to a cold start
 * that text and JSON articles need not pay.
 *
 * linkedom rather than jsdom or happy-dom: measured with Readability 0.6 on
 * Node 20, it bundles to 0.48 MB (happy-dom 1.1 MB, jsdom 4.1 MB and not
 * bundleable as is), loads in ~30 ms bundled (happy-dom ~40 ms, jsdom
 * ~250 ms unbundled) and parses a news page in ~2 ms (4.6, 12). It never
 * fetches or runs anything the page references.
 */
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { ArticleError } from '../contracts.js';
import type { ArticleFields } from './assemble.js';
import type { ArticleLimits } from './limits.js';

/**
 * The article of a page: its main text by Mozilla's Readability (Firefox's
 * reader view), so navigation, ads, comments and scripts stay out; title,
 * byline and date from JSON-LD NewsArticle and meta tags (Readability reads
 * `og:title`, `article:published_time`, `author`…), the URL from the
 * canonical link.
 */
export function readHtml(html: string, limits: Pick<ArticleLimits, 'maxNestingDepth'>): ArticleFields {
  const document = parseDocument(html, limits.maxNestingDepth);
  const head = pageMetadata(document);
  let article: ReturnType<Readability<Element>['parse']> = null;
  try {
    article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  } catch {
    // Readability gives up on some pages; the page's own body text is still the article.
  }
  // Readability edits the document it reads, also when it finds nothing: read a fresh copy then.
  const root = article?.content ?? parseDocument(html, limits.maxNestingDepth).body;
  const paragraphs = blockTexts(root);
  if (paragraphs.length === 0) {
    throw new ArticleError(
      'MALFORMED_HTML',
      'The HTML page has no readable text: it is empty, its text is only in scripts, styles or comments, or broken markup (an unclosed tag or comment) hides it.',
    );
  }
  return {
    title: article?.title || head.title,
    byline: cleanByline(article?.byline) ?? head.byline,
    publishedAt: article?.publishedTime || head.publishedAt,
    url: head.url,
    language: head.language,
    paragraphs,
  };
}

type Doc = ReturnType<typeof parseHTML>['document'];
type Element = ReturnType<Doc['createElement']>;
type Node = Element['childNodes'][number];

/**
 * linkedom builds the tree as written: unlike a browser it adds no implied
 * <html>, <head> or <body>. Readability reads <body>, so a page or fragment
 * without one is parsed again inside one. Markup nested deeper than
 * `maxDepth` is refused before any tree is built (checkDepth).
 */
export function parseDocument(html: string, maxDepth: number): Doc {
  checkDepth(html, maxDepth);
  try {
    const { document } = parseHTML(html);
    const root = document.documentElement;
    if (root?.localName === 'html' && [...root.children].some((e) => e.localName === 'body')) return document;
    return parseHTML(`<!doctype html><html><head></head><body>${html.replace(/<\/?(?:html|head|body)\b[^>]*>/gi, '')}</body></html>`).document;
  } catch (error) {
    throw new ArticleError('MALFORMED_HTML', `The HTML cannot be parsed: ${(error as Error).message}.`);
  }
}

/**
 * Readability's time grows steeply with depth, and so does building the
 * tree: linkedom (and htmlparser2's own stack handling) take time quadratic
 * in it: 100,000 nested <div>s (500 KB) took seconds, 400,000 (2 MB) over a
 * minute. So the depth is measured first, by the parser linkedom uses (the
 * same implied and void closing tags), stopping at the first element
 * deeper than `max`; the stack it keeps then stays short, and the pass is
 * linear.
 */
function checkDepth(html: string, max: number): void {
  let depth = 0;
  const parser = new Parser({
    onopentag: () => {
      if (++depth > max) {
        throw new ArticleError('TOO_DEEPLY_NESTED', `The HTML nests elements deeper than ${max} levels (the limit); news pages need far fewer.`);
      }
    },
    onclosetag: () => void depth--,
  });
  parser.write(html);
  parser.end();
}

/** What the page says about itself beyond Readability's reading: canonical URL, language, fallback title, byline and date. */
function pageMetadata(document: Doc): Omit<ArticleFields, 'paragraphs'> {
  const attr = (selector: string, name: string): string | undefined => document.querySelector(selector)?.getAttribute(name)?.trim() || undefined;
  const meta = (names: string[]): string | undefined => {
    for (const name of names) {
      const value = attr(`meta[name="${name}"], meta[property="${name}"]`, 'content');
      if (value) return value;
    }
    return undefined;
  };
  return {
    title: meta(['og:title', 'twitter:title']) ?? (document.querySelector('title')?.textContent?.trim() || undefined),
    byline: cleanByline(meta(['author', 'article:author', 'byl'])),
    publishedAt: meta(['article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.date', 'sailthru.date']) ?? attr('time[datetime]', 'datetime'),
    url: attr('link[rel="canonical"]', 'href') ?? meta(['og:url']),
    language: document.documentElement.getAttribute('lang') || undefined,
  };
}

/** "By Maria Okafor" → "Maria Okafor"; links and long blurbs are no byline. */
function cleanByline(byline: string | null | undefined): string | undefined {
  const text = byline?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  return text && text.length <= 100 && !/^https?:/i.test(text) ? text : undefined;
}

/** Elements that hold no article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'figure', 'button', 'select', 'textarea']);

/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/** The texts of the blocks under `root`, in document order; a <br> ends a block too. */
export function blockTexts(root: Element): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim() !== '') blocks.push(current);
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      current += (node as unknown as { data: string }).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).localName;
    if (SKIPPED.has(name)) return;
    if (name === 'br') return flush();
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of node.childNodes) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return blocks;
}
