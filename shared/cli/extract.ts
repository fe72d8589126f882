/**
 * Extraction CLI: `npm run --silent extract -- [--published YYYY-MM-DD] FILE...`
 * Prints one JSON line per file, in input order:
 *   {"source": FILE, "ok": true, "article": <record>}
 *   {"source": FILE, "ok": false, "error": {"code", "message"}}
 * A bad file never stops the others; the exit code is 1 when any failed.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseDate, parseArticle } from '../article/parse.js';
import { ArticleError } from '../contracts.js';
import { extractRecord } from '../extract/extract.js';
import { articleIdFor } from '../store/keys.js';

type Line = { source: string; ok: true; article: unknown } | { source: string; ok: false; error: { code: string; message: string } };

async function extractFile(file: string, publishedAt?: string): Promise<Line> {
  try {
    const bytes = await readFile(file);
    const article = parseArticle(bytes, { name: file, ...(publishedAt ? { publishedAt } : {}) });
    return { source: file, ok: true, article: extractRecord(article, { articleId: articleIdFor('file', resolve(file)) }) };
  } catch (error) {
    return { source: file, ok: false, error: describe(error) };
  }
}

function describe(error: unknown): { code: string; message: string } {
  if (error instanceof ArticleError) return { code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { code: 'NOT_FOUND', message: 'No such file.' };
  if (code === 'EISDIR') return { code: 'NOT_A_FILE', message: 'This is a directory, not a file.' };
  return { code: 'EXTRACTION_FAILED', message: (error as Error).message };
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { published: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- [--published YYYY-MM-DD] FILE...\n');
    return values.help ? 0 : 2;
  }
  const published = values.published === undefined ? undefined : normaliseDate(values.published);
  if (published === null) {
    process.stderr.write(`--published: "${values.published}" is not a date (YYYY-MM-DD)\n`);
    return 2;
  }
  let failed = 0;
  for (const file of positionals) {
    const line = await extractFile(file, published);
    if (!line.ok) failed++;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
