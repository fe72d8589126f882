/**
 * PolNeAR quotes: load a split (text, first annotator's .ann, metadata), run
 * the extractor, score quotes by token overlap (README rules).
 *
 * Gold offsets index the raw .txt while the parser rebuilds the body, so
 * everything is compared as text: gold content and source are cut from the
 * raw .txt, predictions are compared by their `text` and speaker strings.
 * The .txt is parsed as the pipeline would parse it (a plain-text file with
 * the metadata's date and title); `coverage` counts the gold attributions
 * whose content is not in the parsed body (headline taken off, "READ:" lines
 * dropped) so that loss is visible.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBrat, rangesText } from './brat.js';
import { contentWordSpeaker, emptyQuoteCounts, hasQuotationMark, quoteFigures, scoreArticleQuotes, type GoldQuote, type QuoteFigures, type QuoteMiss } from './quotes.js';
import { runExtractor, type Timings } from './run.js';

export interface PolnearArticle {
  name: string;
  raw: string;
  ann: string;
  annotationFile: string;
  publishedAt?: string;
  title?: string;
}

export interface PolnearResult {
  set: string;
  articles: number;
  rejected: { article: string; code: string }[];
  figures: QuoteFigures;
  coverage: {
    gold: number;
    /** E lines without any Content span: not gold attributions, not counted. */
    skippedWithoutContent: number;
    /** Gold whose content is not (whitespace-normalised) in the parsed body. */
    outsideBody: number;
    /** Gold whose content starts in the .txt's first line (the headline). */
    inFirstLine: number;
    direct: number;
    withSource: number;
  };
  misses: QuoteMiss[];
}

/** Articles of a split, in file-name order, each with the first annotation file in name order. */
export function loadPolnear(corpusDir: string, split: string): PolnearArticle[] {
  const dir = join(corpusDir, 'polnear', split);
  const metadata = readMetadata(join(corpusDir, 'polnear', 'metadata.tsv'));
  const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const firstAnn = new Map<string, string>();
  for (const file of annFiles) {
    const name = file.replace(/_[^_]+\.ann$/, '');
    if (!firstAnn.has(name)) firstAnn.set(name, file);
  }
  const names = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  return names.flatMap((name) => {
    const annotationFile = firstAnn.get(name);
    if (!annotationFile) return [];
    const meta = metadata.get(name);
    return [{
      name,
      raw: readFileSync(join(dir, 'text', `${name}.txt`), 'utf8'),
      ann: readFileSync(join(dir, 'attributions', annotationFile), 'utf8'),
      annotationFile,
      publishedAt: meta?.publication_date,
      title: meta?.title,
    }];
  });
}

/** metadata.tsv → filename → column → value. */
function readMetadata(path: string): Map<string, Record<string, string>> {
  const [header, ...rows] = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = header!.split('\t');
  const byName = new Map<string, Record<string, string>>();
  for (const row of rows) {
    const record = Object.fromEntries(row.split('\t').map((v, i) => [columns[i] ?? `col${i}`, v]));
    if (record.filename) byName.set(record.filename, record);
  }
  return byName;
}

/** Gold attributions of one article: every E line with a Content role. */
export function goldQuotes(raw: string, ann: string): { gold: (GoldQuote & { start: number; fragments: string[] })[]; skipped: number } {
  const doc = parseBrat(ann);
  const gold: (GoldQuote & { start: number; fragments: string[] })[] = [];
  let skipped = 0;
  for (const event of doc.events) {
    const content = event.roles.get('Content');
    if (!content || content.length === 0) {
      skipped++;
      continue;
    }
    const text = rangesText(raw, content);
    const source = event.roles.get('Source');
    gold.push({
      text,
      source: source ? rangesText(raw, source) : null,
      direct: hasQuotationMark(text),
      start: Math.min(...content.map(([s]) => s)),
      fragments: content.map(([s, e]) => raw.slice(s, e)),
    });
  }
  return { gold, skipped };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function evaluatePolnear(corpusDir: string, split: string, limit: number | undefined, timings: Timings): PolnearResult {
  const articles = loadPolnear(corpusDir, split).slice(0, limit);
  const counts = emptyQuoteCounts();
  const coverage = { gold: 0, skippedWithoutContent: 0, outsideBody: 0, inFirstLine: 0, direct: 0, withSource: 0 };
  const rejected: PolnearResult['rejected'] = [];
  const misses: QuoteMiss[] = [];
  for (const a of articles) {
    const { gold, skipped } = goldQuotes(a.raw, a.ann);
    coverage.gold += gold.length;
    coverage.skippedWithoutContent += skipped;
    coverage.direct += gold.filter((g) => g.direct).length;
    coverage.withSource += gold.filter((g) => g.source !== null).length;
    const firstLineEnd = a.raw.indexOf('\n') === -1 ? a.raw.length : a.raw.indexOf('\n');
    coverage.inFirstLine += gold.filter((g) => g.start < firstLineEnd).length;

    const result = runExtractor(new TextEncoder().encode(a.raw), { name: `${a.name}.txt`, publishedAt: a.publishedAt, title: a.title }, `polnear/${split}/${a.name}`, timings);
    if (!result.ok) {
      rejected.push({ article: a.name, code: result.code });
      coverage.outsideBody += gold.length;
      misses.push(...scoreArticleQuotes(a.name, gold, [], contentWordSpeaker, counts));
      continue;
    }
    const body = squash(result.article.body);
    coverage.outsideBody += gold.filter((g) => g.fragments.some((f) => !body.includes(squash(f)))).length;
    misses.push(...scoreArticleQuotes(a.name, gold, result.record.quotes, contentWordSpeaker, counts));
  }
  return { set: `polnear/${split}`, articles: articles.length, rejected, figures: quoteFigures(counts), coverage, misses };
}
