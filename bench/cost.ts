/**
 * `npm run bench:cost`: what DynamoDB charges to store the PolNeAR dev
 * articles and to answer each query pattern, at on-demand prices.
 *
 * Every request carries ReturnConsumedCapacity=TOTAL; dynalite answers with
 * the table's capacity units (per started KB written, per started 4 KB read,
 * halved for eventually consistent reads) but does not count GSI writes, so
 * those are computed from item sizes as DynamoDB bills them: each write that
 * lands in an index (projection ALL) writes the whole item there again. The
 * per-kind breakdown is computed the same way from the items written.
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
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { handleApiRequest } from '../shared/api/router.js';
import type { ArticleRecord } from '../shared/contracts.js';
import { createLocalDocumentClient } from '../shared/local/clients.js';
import { startLocalDynamo } from '../shared/local/dynamo.js';
import { actorsOf } from '../shared/store/article-index.js';
import { articleIdFor } from '../shared/store/keys.js';
import { ArticleRepository } from '../shared/store/repository.js';
import { GSIS } from '../shared/store/schema.js';
import { loadPolnear } from './eval/polnear.js';
import { emptyTimings, runExtractor } from './eval/run.js';
import { PRICES } from './lib/prices.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
const TABLE = 'cost';
const BUCKET = 'news-articles';
/** On-demand $ per million units, from the benchmarks' one price list. */
const PRICE_PER_MILLION = { write: PRICES.dynamoPerMillionWriteUnits, read: PRICES.dynamoPerMillionReadUnits };

type Item = Record<string, unknown>;

/** DynamoDB's item size: attribute names and values in bytes (UTF-8 strings, raw binary, numbers ~1 byte per 2 digits, 3 + 1 per element for lists and maps). */
function valueSize(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return 1 + Math.ceil(String(Math.abs(value)).replace(/[.-]/g, '').length / 2);
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((sum: number, v) => sum + valueSize(v), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + valueSize(v), 0);
  return 3 + Object.entries(value as Item).reduce((sum, [k, v]) => (v === undefined ? sum : sum + 1 + Buffer.byteLength(k) + valueSize(v)), 0);
}
const itemSize = (item: Item): number => Object.entries(item).reduce((sum, [k, v]) => (v === undefined ? sum : sum + Buffer.byteLength(k) + valueSize(v)), 0);
const writeUnits = (item: Item): number => Math.max(1, Math.ceil(itemSize(item) / 1024));
const kindOf = (pk: unknown): string => String(pk).split('#')[0]!;

/** Capacity used since the last reset, as dynalite reports it, plus GSI writes and a breakdown by item kind. */
class Meter {
  read = 0;
  write = 0;
  gsiWrite = 0;
  byKind: Record<string, number> = {};

  reset(): void {
    Object.assign(this, { read: 0, write: 0, gsiWrite: 0, byKind: {} });
  }

  /** Wraps `db` so every request reports its consumed capacity here. */
  attach(db: DynamoDBDocumentClient, raw: DynamoDBDocumentClient): void {
    db.middlewareStack.add((next, context) => async (args) => {
      const input = args.input as Item;
      input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const output = result.output as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] };
      const units = [output.ConsumedCapacity ?? []].flat().reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      const command = context.commandName ?? '';
      if (/Get|Query|Scan/.test(command)) this.read += units;
      else {
        this.write += units;
        await this.classify(command, input, raw);
      }
      return result;
    }, { step: 'initialize', name: 'costMeter' });
  }

  private async classify(command: string, input: Item, raw: DynamoDBDocumentClient): Promise<void> {
    const add = (item: Item, units: number) => { this.byKind[kindOf(item.PK)] = (this.byKind[kindOf(item.PK)] ?? 0) + units; };
    if (command.startsWith('BatchWrite')) {
      for (const request of Object.values(input.RequestItems as Record<string, Item[]>).flat()) {
        const put = (request.PutRequest as { Item: Item } | undefined)?.Item;
        const del = (request.DeleteRequest as { Key: Item } | undefined)?.Key;
        if (put) add(put, writeUnits(put));
        if (del) add(del, 1);
      }
      return;
    }
    const key = (input.Item as Item | undefined) ?? (input.Key as Item);
    const { Item: stored } = await raw.send(new GetCommand({ TableName: TABLE, Key: { PK: key.PK, SK: key.SK } }));
    add(key, writeUnits(stored ?? key));
    if (stored && GSIS.some((gsi) => stored[gsi.partitionKey] !== undefined)) this.gsiWrite += writeUnits(stored);
  }
}

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
  const raw = createLocalDocumentClient(dynamo.endpoint);
  const meter = new Meter();
  meter.attach(db, raw);
  const repository = new ArticleRepository(db, TABLE);
  const at = new Date('2017-01-01T00:00:00Z');

  /** Per-article averages of one pass: what ingest does per object (the early version check, then the save). */
  async function pass(name: string, variant: (r: ArticleRecord) => ArticleRecord, sequencer: string) {
    const totals = { read: 0, write: 0, gsiWrite: 0, byKind: {} as Record<string, number> };
    for (const record of records) {
      meter.reset();
      const r = variant(record);
      await repository.hasVersion(r.articleId, sequencer);
      await repository.saveRecord(r, at, sequencer);
      totals.read += meter.read;
      totals.write += meter.write;
      totals.gsiWrite += meter.gsiWrite;
      for (const [k, v] of Object.entries(meter.byKind)) totals.byKind[k] = (totals.byKind[k] ?? 0) + v;
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
    meter.reset();
    const response = await handleApiRequest({ method: 'GET', path, query }, { db, tableName: TABLE });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${response.body}`);
    queryCosts.push({ query: name, readUnits: round(meter.read, 1), dollarsPerMillionQueries: dollarsPerMillion(meter.read, PRICE_PER_MILLION.read), responseBytes: response.body.length });
  }

  db.destroy();
  raw.destroy();
  await dynamo.close();

  const perArticle = records.map((r) => ({ quotes: r.quotes.length, events: r.events.length, actors: actorsOf(r).size, json: JSON.stringify(r).length }));
  const mean = (f: (x: (typeof perArticle)[number]) => number) => round(perArticle.reduce((s, x) => s + f(x), 0) / perArticle.length, 1);
  const result = {
    corpus: 'polnear/dev',
    articles: records.length,
    perArticle: { quotes: mean((x) => x.quotes), events: mean((x) => x.events), actors: mean((x) => x.actors), recordJsonBytes: mean((x) => x.json) },
    prices: { dollarsPerMillionWriteUnits: PRICE_PER_MILLION.write, dollarsPerMillionReadUnits: PRICE_PER_MILLION.read },
    ingest,
    naiveDesign: {
      writeUnitsPerArticle: round(records.reduce((sum, r) => sum + naiveWriteUnits(r), 0) / records.length),
      dollarsPerMillionArticles: round(dollarsPerMillion(records.reduce((sum, r) => sum + naiveWriteUnits(r), 0) / records.length, PRICE_PER_MILLION.write)),
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
