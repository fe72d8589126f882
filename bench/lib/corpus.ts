/**
 * The benchmark input: every PolNeAR dev and train article (../shared/corpus,
 * beside the checkout), as the raw bytes a user would upload, in a fixed
 * order (dev then train, file names sorted) so every run sees the same texts.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const POLNEAR_DIR = resolve(REPO_ROOT, '../shared/corpus/polnear');

export interface BenchArticle {
  /** File name, e.g. `breitbart_2016-09-12_stealth-over-health-hillary-clin.txt`. */
  name: string;
  bytes: Uint8Array;
  /** Publication date from metadata.tsv (YYYY-MM-DD), when it gives one. */
  publishedAt: string | null;
}

/** All PolNeAR dev + train articles; the first `limit` when given. Throws when the corpus is missing. */
export async function loadPolnear(limit = Infinity): Promise<BenchArticle[]> {
  if (!existsSync(POLNEAR_DIR)) throw new Error(`PolNeAR not found at ${POLNEAR_DIR}: the benchmark reads ../shared/corpus`);
  const dates = await publicationDates();
  const articles: BenchArticle[] = [];
  for (const split of ['dev', 'train']) {
    const dir = join(POLNEAR_DIR, split, 'text');
    for (const name of (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()) {
      if (articles.length >= limit) return articles;
      articles.push({ name, bytes: await readFile(join(dir, name)), publishedAt: dates.get(name.slice(0, -4)) ?? null });
    }
  }
  return articles;
}

/** metadata.tsv's `publication_date` by `filename`. */
async function publicationDates(): Promise<Map<string, string>> {
  const [header = '', ...rows] = (await readFile(join(POLNEAR_DIR, 'metadata.tsv'), 'utf8')).split(/\r?\n/);
  const columns = header.split('\t');
  const [file, date] = [columns.indexOf('filename'), columns.indexOf('publication_date')];
  const dates = new Map<string, string>();
  for (const cells of rows.map((row) => row.split('\t'))) {
    if (/^\d{4}-\d\d-\d\d$/.test(cells[date] ?? '')) dates.set(cells[file]!, cells[date]!);
  }
  return dates;
}

export const totalBytes = (articles: readonly BenchArticle[]): number => articles.reduce((sum, a) => sum + a.bytes.byteLength, 0);
