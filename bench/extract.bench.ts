/**
 * `npm run bench`: extraction throughput over every PolNeAR article (dev and
 * train) after a warm-up pass: median and p99 ms per article, articles and
 * MB per second on one core, peak RSS. Writes bench/results/extract.json.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../shared/article/parse.js';
import { extractRecord } from '../shared/extract/extract.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus/polnear');

async function loadArticles(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const articles = [];
  for (const split of ['dev', 'train']) {
    const dir = join(corpus, split, 'text');
    for (const name of (await readdir(dir)).sort()) articles.push({ name, bytes: await readFile(join(dir, name)) });
  }
  return articles;
}

function extract(article: { name: string; bytes: Uint8Array }): void {
  extractRecord(parseArticle(article.bytes, { name: article.name }), { articleId: article.name });
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const articles = await loadArticles();
for (const article of articles) extract(article); // warm-up: JIT and lazily built tables
const times: number[] = [];
const started = performance.now();
for (const article of articles) {
  const t0 = performance.now();
  extract(article);
  times.push(performance.now() - t0);
}
const totalSeconds = (performance.now() - started) / 1000;
const megabytes = articles.reduce((sum, a) => sum + a.bytes.byteLength, 0) / 1e6;
times.sort((a, b) => a - b);
const result = {
  articles: articles.length,
  medianMs: +quantile(times, 0.5).toFixed(3),
  p99Ms: +quantile(times, 0.99).toFixed(3),
  articlesPerSecond: +(articles.length / totalSeconds).toFixed(1),
  megabytesPerSecond: +(megabytes / totalSeconds).toFixed(2),
  peakRssMb: +(process.resourceUsage().maxRSS / 1024).toFixed(1),
  node: process.version,
  date: new Date().toISOString(),
};
await mkdir(join(root, 'bench/results'), { recursive: true });
await writeFile(join(root, 'bench/results/extract.json'), `${JSON.stringify(result, null, 2)}\n`);
console.table([result]);
