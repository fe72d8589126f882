export type Format = 'text' | 'json' | 'jsonl' | 'markdown' | 'html';

const BY_MEDIA_TYPE = new Map<string, Format>(Object.entries({
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/json': 'json',
  'text/json': 'json',
  'application/ld+json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/jsonlines': 'jsonl',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
}) as [string, Format][]);

const BY_EXTENSION = new Map<string, Format>(Object.entries({
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
}) as [string, Format][]);

/** `---` on the first line, YAML, then `---` (or `...`) on a line of its own. */
export const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/**
 * The article's format: a Content-Type that names one decides (text/plain and
 * octet-stream name none: tools send them for anything); else the file
 * extension (a trailing `.gz` set aside); else the content: an HTML start,
 * a JSON object, or front matter.
 */
export function detectFormat(text: string, name: string, contentType: string | undefined): Format {
  const mediaType = contentType?.split(';')[0]!.trim().toLowerCase() ?? '';
  const declared = BY_MEDIA_TYPE.get(mediaType) ?? BY_EXTENSION.get(/\.([a-z]+)(?:\.gz)?$/i.exec(name)?.[1]?.toLowerCase() ?? '');
  if (declared) return declared;
  if (HTML_START.test(text)) return 'html';
  if (/^\s*\{/.test(text)) return 'json';
  if (FRONT_MATTER.test(text)) return 'markdown';
  return 'text';
}
