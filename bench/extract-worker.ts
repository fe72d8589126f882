/**
 * One extractor over every PolNeAR dev + train article, in this process
 * alone (so its peak memory is its own): a warm-up pass (JIT, lazily built
 * tables), then a timed pass. Prints one JSON line (ExtractorRun) on stdout.
 *
 * Each article is timed twice: wall clock, and this process's CPU time
 * (user + system, from the scheduler, µs). On a machine shared with other
 * work the wall clock also counts time the core spent elsewhere; CPU time
 * does not, so it is the figure the ratios are taken from.
 *
 *   node --import tsx bench/extract-worker.ts ours|compromise|wink [--profile]
 *
 * bench/extract.ts runs it pinned to one core with `taskset`.
 */
import { loadPolnear, totalBytes, type BenchArticle } from './lib/corpus.js';
import { startProfiler, type ProfileSummary } from './lib/profile.js';
import { round, summarize, type Summary } from './lib/stats.js';

/** What one extractor does to one article; returns how many things it found, by kind. */
type Extract = (article: BenchArticle) => Record<string, number>;

export interface Throughput {
  /** Per article: median, p99… in ms. */
  perArticle: Summary;
  articlesPerSecond: number;
  megabytesPerSecond: number;
}

export interface ExtractorRun {
  extractor: string;
  does: string;
  articles: number;
  megabytes: number;
  cpu: Throughput;
  wall: Throughput;
  /** Resident set size after the articles and the library are loaded, before the first extraction. */
  baselineRssMb: number;
  peakRssMb: number;
  /** Totals over the timed pass: what it found. */
  found: Record<string, number>;
  /** With --profile: where the timed pass spent its time. */
  profile?: ProfileSummary;
}

const EXTRACTORS: Record<string, { does: string; load: () => Promise<Extract> }> = {
  ours: {
    does: 'parse (format, encoding, paragraphs, sentences) + entities + quotes with resolved speakers + events',
    load: async () => {
      const { parseArticle } = await import('../shared/article/parse.js');
      const { extractRecord } = await import('../shared/extract/extract.js');
      return (article) => {
        const record = extractRecord(parseArticle(article.bytes, { name: article.name, publishedAt: article.publishedAt ?? undefined }), { articleId: article.name });
        return { entities: record.entities.length, quotes: record.quotes.length, events: record.events.length };
      };
    },
  },
  compromise: {
    does: 'compromise: tagging + people, places, organisations, quotations',
    load: async () => {
      const nlp = (await import('compromise')).default;
      const decoder = new TextDecoder();
      return (article) => {
        const doc = nlp(decoder.decode(article.bytes));
        return {
          entities: doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length,
          quotes: doc.quotations().out('array').length,
        };
      };
    },
  },
  wink: {
    does: 'wink-nlp + wink-eng-lite-web-model: tokens, sentences, POS, entities',
    load: async () => {
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model);
      const its = nlp.its;
      const decoder = new TextDecoder();
      return (article) => {
        const doc = nlp.readDoc(decoder.decode(article.bytes));
        const pos = doc.tokens().out(its.pos);
        return { tokens: pos.length, sentences: doc.sentences().length(), entities: doc.entities().length() };
      };
    },
  },
};

async function run(name: string, profile: boolean): Promise<ExtractorRun> {
  const extractor = EXTRACTORS[name];
  if (!extractor) throw new Error(`unknown extractor ${name}; one of ${Object.keys(EXTRACTORS).join(', ')}`);
  const articles = await loadPolnear();
  const extract = await extractor.load();
  const baselineRss = process.memoryUsage().rss;
  for (const article of articles) extract(article);

  const wall: number[] = [];
  const cpu: number[] = [];
  const found: Record<string, number> = {};
  const profiler = profile ? await startProfiler() : undefined;
  for (const article of articles) {
    const [w0, c0] = [performance.now(), process.cpuUsage()];
    const counts = extract(article);
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - w0);
    cpu.push((c.user + c.system) / 1000);
    for (const [kind, n] of Object.entries(counts)) found[kind] = (found[kind] ?? 0) + n;
  }
  const profileSummary = await profiler?.stop(`extract-${name}`);
  const megabytes = totalBytes(articles) / 1e6;
  const throughput = (times: number[]): Throughput => {
    const seconds = times.reduce((sum, t) => sum + t, 0) / 1000;
    return {
      perArticle: summarize(times),
      articlesPerSecond: round(articles.length / seconds, 1),
      megabytesPerSecond: round(megabytes / seconds, 2),
    };
  };
  return {
    extractor: name,
    does: extractor.does,
    articles: articles.length,
    megabytes: round(megabytes, 2),
    cpu: throughput(cpu),
    wall: throughput(wall),
    baselineRssMb: round(baselineRss / 2 ** 20, 1),
    peakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
    found,
    ...(profileSummary ? { profile: profileSummary } : {}),
  };
}

console.log(JSON.stringify(await run(process.argv[2] ?? 'ours', process.argv.includes('--profile'))));
