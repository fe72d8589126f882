/**
 * Extraction CLI: `npm run --silent extract -- [--published YYYY-MM-DD] FILE...`
 * Prints one JSON line per article, in input order:
 *   {"source": FILE, "ok": true, "article": <record>}
 *   {"source": FILE, "ok": false, "error": {"code", "message"}}
 * A JSON Lines file gives one line per article, its source `FILE#<line>`.
 * A bad file never stops the others; the exit code is 1 when any failed.
 * The parser limits come from the ARTICLE_MAX_* environment variables.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseDate } from '../article/dates.js';
import { tooLarge } from '../article/decode.js';
import { limitsFromEnv, type ArticleLimits } from '../article/limits.js';
import { articleKey, parseArticles, type ParsedArticle } from '../article/parse.js';
import { ArticleError } from '../contracts.js';
import { extractRecord } from '../extract/extract.js';
import { articleIdFor } from '../store/keys.js';

type Line = { source: string; ok: true; article: unknown } | { source: string; ok: false; error: { code: string; message: string } };

async function extractFile(file: string, limits: ArticleLimits, publishedAt?: string): Promise<Line[]> {
  let parsed: ParsedArticle[];
  try {
    const { size } = await stat(file);
    parsed = size > limits.maxRawBytes
      ? [{ ok: false, error: tooLarge(size, limits.maxRawBytes) }]
      : await parseArticles(await readFile(file), { name: file, ...(publishedAt ? { publishedAt } : {}) }, { limits });
  } catch (error) {
    return [{ source: file, ok: false, error: describe(error) }];
  }
  return parsed.map((result) => {
    const source = articleKey(file, result.line);
    if (!result.ok) return { source, ok: false, error: describe(result.error) };
    try {
      const articleId = articleIdFor('file', articleKey(resolve(file), result.line));
      return { source, ok: true, article: extractRecord(result.article, { articleId }) };
    } catch (error) {
      return { source, ok: false, error: describe(error) };
    }
  });
}

function describe(error: unknown): { code: string; message: string } {
  if (error instanceof ArticleError) return { code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { code: 'NOT_FOUND', message: 'No such file.' };
  if (code === 'EISDIR') return { code: 'NOT_A_FILE', message: 'This is a directory, not a file.' };
  if (code === 'EACCES') return { code: 'NOT_READABLE', message: 'The file cannot be read (permission denied).' };
  return { code: 'EXTRACTION_FAILED', message: (error as Error).message };
}

async function main(): Promise<number> {
  let parsed;
  let limits: ArticleLimits;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { published: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    limits = limitsFromEnv(process.env);
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
    for (const line of await extractFile(file, limits, published)) {
      if (!line.ok) failed++;
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
