/**
 * `npm run bench:cost`: what DynamoDB charges to store the PolNeAR dev
 * articles and to answer each query pattern, at on-demand prices.
 *
 * Capacity is metered on the repository's client by bench/lib/meter.ts, as
 * the `cost` part of `npm run bench` meters the handlers: the table's units
 * as dynalite reports them, plus the GSI writes DynamoDB would bill (an index
 * entry written when it is new or a projected attribute changed), and a
 * breakdown by item kind.
 *
 * Passes: 1 ingests into an empty table (every name is new to the catalogue),
 * 2 ingests the same records again as new articles (every name known: the
 * steady state of a large corpus lies between the two), then one re-upload
 * (new version, same content) and one duplicate delivery per article, then
 * each query pattern. Writes bench/results/cost.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marshall } from '@aws-sdk/util-dynamodb';
import { handleApiRequest } from '../shared/api/router.js';
import type { ArticleRecord } from '../shared/contracts.js';
import { createLocalDocumentClient, createLocalDynamoClient } from '../shared/local/clients.js';
import { startLocalDynamo } from '../shared/local/dynamo.js';
import { actorsOf } from '../shared/store/article-index.js';
import { articleIdFor } from '../shared/store/keys.js';
import { ArticleRepository } from '../shared/store/repository.js';
import { GSIS } from '../shared/store/schema.js';
import { loadPolnear } from './eval/polnear.js';
import { emptyTimings, runExtractor } from './eval/run.js';
import { DynamoMeter, itemWriteUnits } from './lib/meter.js';
import { PRICES } from './lib/prices.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
const TABLE = 'cost';
const BUCKET = 'news-articles';
/** On-demand $ per million units, from the benchmarks' one price list. */
const PRICE_PER_MILLION = { write: PRICES.dynamoPerMillionWriteUnits, read: PRICES.dynamoPerMillionReadUnits };

type Item = Record<string, unknown>;

/** What DynamoDB bills to write `item`, a plain object. */
const writeUnits = (item: Item): number => itemWriteUnits(marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: true }));

/**
 * The naive layout the issue compares against, priced from the same records:
 * META with the body in one GSI, each entity an item, each quote and each
 * event an item in two GSIs (by speaker or type, and by entity).
 */
function naiveWriteUnits(record: ArticleRecord): number {
  const { entities, quotes, events, ...meta } = record;
  const ref = { articleId: record.articleId, articleTitle: record.title, publishedAt: record.publishedAt, GSI1PK: 'SPEAKER#delfin-lorenzana', GSI1SK: `${record.publishedAt}#${record.articleId}#00001`, GSI2PK: 'ENTITY#delfin-lorenzana', GSI2SK: `${record.publishedAt}#${record.articleId}#00001` };
  const child = (value: object) => writeUnits({ PK: `ARTICLE#${record.articleId}`, SK: 'QUOTE#00001', value, ...ref });
  return 2 * writeUnits({ PK: `ARTICLE#${record.articleId}`, SK: 'META', ...meta })
    + entities.reduce((sum, e) => sum + writeUnits({ PK: `ARTICLE#${record.articleId}`, SK: 'ENTITY#00001', ...e }), 0)
    + [...quotes, ...events].reduce((sum, value) => sum + 3 * child(value), 0);
}

const round = (n: number, digits = 2): number => +n.toFixed(digits);
const dollarsPerMillion = (units: number, price: number): number => round(units * price, 2);

async function main(): Promise<void> {
  const articles = loadPolnear(corpus, 'dev');
  const records: ArticleRecord[] = [];
  for (const a of articles) {
    const key = `incoming/polnear/${a.name}.txt`;
    const run = runExtractor(Buffer.from(a.raw), { name: key, ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}), ...(a.title ? { title: a.title } : {}) }, articleIdFor(BUCKET, key), emptyTimings());
    if (run.ok) records.push({ ...run.record, source: { bucket: BUCKET, key, etag: 'd41d8cd98f00b204e9800998ecf8427e' } });
  }

  const dynamo = await startLocalDynamo({ tableName: TABLE });
  const db = createLocalDocumentClient(dynamo.endpoint);
  const side = createLocalDynamoClient(dynamo.endpoint);
  const meter = new DynamoMeter(side, TABLE, GSIS);
  meter.attach(db);
  const repository = new ArticleRepository(db, TABLE);
  const at = new Date('2017-01-01T00:00:00Z');

  /** Per-article averages of one pass: what ingest does per object (the early version check, then the save). */
  async function pass(name: string, variant: (r: ArticleRecord) => ArticleRecord, sequencer: string) {
    const totals = { read: 0, write: 0, gsiWrite: 0, byKind: {} as Record<string, number> };
    for (const record of records) {
      meter.take();
      const r = variant(record);
      await repository.hasVersion(r.articleId, sequencer);
      await repository.saveRecord(r, at, sequencer);
      const usage = meter.take();
      totals.read += usage.readUnits;
      totals.write += usage.writeUnits;
      totals.gsiWrite += usage.gsiWriteUnits;
      for (const [k, v] of Object.entries(usage.writeUnitsByKind)) totals.byKind[k] = (totals.byKind[k] ?? 0) + v;
    }
    const n = records.length;
    const writes = (totals.write + totals.gsiWrite) / n;
    return {
      pass: name,
      writeUnitsPerArticle: round(writes),
      ofWhichGsi: round(totals.gsiWrite / n),
      readUnitsPerArticle: round(totals.read / n),
      dollarsPerMillionArticles: round(dollarsPerMillion(writes, PRICE_PER_MILLION.write) + dollarsPerMillion(totals.read / n, PRICE_PER_MILLION.read)),
      writeUnitsByItemKind: Object.fromEntries(Object.entries(totals.byKind).map(([k, v]) => [k, round(v / n)])),
    };
  }

  const asNew = (suffix: string) => (r: ArticleRecord): ArticleRecord => ({ ...r, articleId: articleIdFor(BUCKET, `${r.source!.key}${suffix}`) });
  const ingest = [
    await pass('first ingest, empty catalogue', (r) => r, '0001'),
    await pass('first ingest, every name known', asNew('#again'), '0001'),
    await pass('re-upload, same content, newer version', (r) => r, '0002'),
    await pass('same notification delivered again', (r) => r, '0002'),
  ];

  // Query patterns on the ~170 stored articles, with the most common speaker, participant and event type.
  const count = <T>(values: T[]): T => [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>())].sort((a, b) => b[1] - a[1])[0]![0];
  const speaker = count(records.flatMap((r) => [...actorsOf(r).values()].filter((a) => a.quotes > 0).map((a) => a.key)));
  const participant = count(records.flatMap((r) => [...actorsOf(r).values()].filter((a) => a.events > 0).map((a) => a.key)));
  const type = count(records.flatMap((r) => r.events.map((e) => e.type)));
  const queries: [string, string, Record<string, string>][] = [
    ['articles, newest 20', '/articles', {}],
    ['articles of a status in a date range', '/articles', { status: 'PROCESSED', from: '2016-01-01', to: '2016-12-31' }],
    ['one article', `/articles/${records[0]!.articleId}`, {}],
    [`quotes of the top speaker (${speaker})`, '/quotes', { speaker }],
    [`events of the top type (${type})`, '/events', { type }],
    [`events of the top participant (${participant})`, '/events', { entity: participant }],
    [`autocomplete "${speaker.slice(0, 3)}"`, '/entities', { prefix: speaker.slice(0, 3) }],
    [`one entity (${speaker})`, `/entities/${speaker}`, {}],
  ];
  const queryCosts = [];
  for (const [name, path, query] of queries) {
    meter.take();
    const response = await handleApiRequest({ method: 'GET', path, query }, { db, tableName: TABLE });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${response.body}`);
    const { readUnits } = meter.take();
    queryCosts.push({ query: name, readUnits: round(readUnits, 1), dollarsPerMillionQueries: dollarsPerMillion(readUnits, PRICE_PER_MILLION.read), responseBytes: response.body.length });
  }

  db.destroy();
  side.destroy();
  await dynamo.close();

  const naiveUnitsPerArticle = records.reduce((sum, r) => sum + naiveWriteUnits(r), 0) / records.length;
  const perArticle = records.map((r) => ({ quotes: r.quotes.length, events: r.events.length, actors: actorsOf(r).size, json: JSON.stringify(r).length }));
  const mean = (f: (x: (typeof perArticle)[number]) => number) => round(perArticle.reduce((s, x) => s + f(x), 0) / perArticle.length, 1);
  const result = {
    corpus: 'polnear/dev',
    articles: records.length,
    perArticle: { quotes: mean((x) => x.quotes), events: mean((x) => x.events), actors: mean((x) => x.actors), recordJsonBytes: mean((x) => x.json) },
    prices: { dollarsPerMillionWriteUnits: PRICE_PER_MILLION.write, dollarsPerMillionReadUnits: PRICE_PER_MILLION.read },
    ingest,
    naiveDesign: {
      writeUnitsPerArticle: round(naiveUnitsPerArticle),
      dollarsPerMillionArticles: round(dollarsPerMillion(naiveUnitsPerArticle, PRICE_PER_MILLION.write)),
    },
    queries: queryCosts,
    node: process.version,
    date: new Date().toISOString(),
  };
  await mkdir(join(root, 'bench/results'), { recursive: true });
  await writeFile(join(root, 'bench/results/cost.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`${records.length} articles; per article: ${JSON.stringify(result.perArticle)}; naive design: ${JSON.stringify(result.naiveDesign)}`);
  console.table(ingest.map(({ writeUnitsByItemKind, ...row }) => ({ ...row, byKind: JSON.stringify(writeUnitsByItemKind) })));
  console.table(queryCosts);
}

await main();
