/**
 * Part `cost`: $ per million articles ingested and per million queries, from
 * the real handlers measured on the local engines.
 *
 * The engines (dynalite, s3rver) run in their own process
 * (unit-cost-engines.ts), so what is timed here is the handler, its SDK
 * clients and loopback round trips, as a Lambda's duration would be. The
 * ingest handler (functions/ingest) gets the articles' real S3 notifications
 * as SQS batches of the template's batch size, through the local queue; the
 * query handler (functions/query) gets one API Gateway event per sample
 * request of every route. The articles are ingested twice, each time into
 * an empty table: timed with plain clients (the warm-up batch left out),
 * then with meters on the clients (lib/meter.ts: DynamoDB capacity, GSI
 * writes included), whose own reads would otherwise count as handler time.
 * S3 requests and what the function logs (CloudWatch Logs bills it) are
 * counted on the timed pass.
 *
 * Steady state (`steadyState`): an empty table is not what a running product
 * writes into. Its name catalogue (NAMES items and their EntitiesByType
 * entries) is written when a name is new, so a table that has seen many
 * articles pays much less per article. Measured, not assumed, on a third
 * table: first every PolNeAR article NOT in the measured set (the rest of
 * PolNeAR train, disjoint from it) is ingested unmetered to fill the
 * catalogue, then the measured articles are ingested metered. Names the
 * warm-up never saw are still written as new, as a running product's
 * long tail would be, so this is an upper bound for a product with a longer
 * history than ~400 articles of the same beat. Then the same articles are
 * ingested once more under new keys (new article ids): every name known, the
 * lower bound (what bench/cost.ts calls steady state). A running product lies
 * between the two, nearer the upper bound the younger its catalogue; 924
 * articles cannot show where a catalogue of millions settles, so both are
 * reported and checked, neither is picked. Lambda duration is the
 * timed pass's (into an empty table, so an upper bound: the steady state
 * writes less); S3 and SQS are per article and the same in every pass.
 *
 * Provisioned capacity (`steadyState.provisioned`): what the same measured
 * steady-state units would cost on a provisioned table with auto scaling
 * (`-c tableBilling=provisioned`), at a stated ingest rate spread evenly over
 * the month and a target utilisation (PROVISIONED below; every assumption is
 * written into the result).
 *
 * Priced at lib/prices.ts with the memory sizes of the synthesised template:
 * - Lambda: measured ms × memory GB × $/GB-s, plus $ per request (one
 *   invocation per batch for ingest, per query for the API);
 * - DynamoDB: metered read and write units (table + GSIs);
 * - S3: the upload's PUT and the metered GETs; SQS: S3's SendMessage per
 *   article plus Lambda's ReceiveMessage and DeleteMessageBatch per batch;
 *   API Gateway HTTP API: one request per query.
 * Not per article: storage, Lambda's idle queue polling, and
 * alarms/dashboard, which cost the same whatever the volume.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createHandler as createIngestHandler } from '../functions/ingest/handler.js';
import { createIdempotencyStore } from '../functions/ingest/idempotency.js';
import { createHandler as createQueryHandler } from '../functions/query/handler.js';
import { ROUTES } from '../shared/api/router.js';
import { documentClientFor } from '../shared/aws-clients.js';
import type { ArticleRecord } from '../shared/contracts.js';
import { createLocalDynamoClient, createLocalS3Client } from '../shared/local/clients.js';
import { ensureTable } from '../shared/local/dynamo.js';
import { LocalQueue } from '../shared/local/queue.js';
import { articleIdFor } from '../shared/store/keys.js';
import { GSIS } from '../shared/store/schema.js';
import type { EnginesMessage } from './unit-cost-engines.js';
import { forkTs } from './lib/child.js';
import { loadPolnear, type BenchArticle } from './lib/corpus.js';
import { countS3Requests, DynamoMeter, type DynamoUsage } from './lib/meter.js';
import { perMillion, PRICES } from './lib/prices.js';
import { startProfiler, type ProfileSummary } from './lib/profile.js';
import { sampleRequests } from './lib/samples.js';
import { round, summarize, type Summary } from './lib/stats.js';
import type { Synthesised } from './lib/template.js';

export interface Dollars {
  [item: string]: number;
  total: number;
}

export interface IngestCost {
  articles: number;
  batchSize: number;
  memoryMb: number;
  /** Handler duration per batch (warm; the first batch warms up and is left out). */
  batchMs: Summary;
  /** Share of that duration the process spent on the CPU (the handler, its SDK clients); the rest is waiting on DynamoDB and S3. */
  cpuShareOfDuration: number;
  gbSecondsPerArticle: number;
  perArticle: {
    dynamoReadUnits: number;
    dynamoWriteUnits: number;
    dynamoGsiWriteUnits: number;
    dynamoWriteUnitsByKind: Record<string, number>;
    dynamoRequests: Record<string, number>;
    s3Requests: Record<string, number>;
    sqsRequests: number;
    logBytes: number;
  };
  /** $ per million articles, by item; `total` is DynamoDB + Lambda + S3 + SQS (the target's scope). */
  dollarsPerMillion: Dollars;
  /** CloudWatch Logs for what the function logs, outside the target's scope. */
  logsDollarsPerMillion: number;
  /** With --profile: where the timed pass spent its CPU time (this process: handler, SDK clients, local queue). */
  profile?: ProfileSummary;
}

export interface QueryCost {
  route: string;
  samples: number;
  ms: Summary;
  readUnits: number;
  dollarsPerMillion: Dollars;
}

/** DynamoDB units per article of one metered pass, and its $ per million articles (same items as IngestCost's). */
export interface IngestPass {
  pass: string;
  articles: number;
  perArticle: Pick<IngestCost['perArticle'], 'dynamoReadUnits' | 'dynamoWriteUnits' | 'dynamoGsiWriteUnits' | 'dynamoWriteUnitsByKind' | 'dynamoRequests'>;
  dollarsPerMillion: Dollars;
}

/**
 * Provisioned-capacity prices (us-east-1, DynamoDB Standard table class) and
 * the assumptions of the estimate. Kept here, beside the estimate, rather
 * than in lib/prices.ts (the on-demand list every other figure uses).
 */
export const PROVISIONED = {
  dollarsPerWcuHour: 0.00065,
  dollarsPerRcuHour: 0.00013,
  source: 'https://aws.amazon.com/dynamodb/pricing/provisioned/',
  /** AWS prices a month as 730 hours. */
  hoursPerMonth: 730,
  /** The stated steady ingest rates: the first is the one checked against the target. */
  articlesPerMonth: [1_000_000, 100_000],
  targetUtilizationPercent: 70,
  /** Auto scaling's floor: a provisioned capacity is at least 1 unit. */
  minimumUnits: 1,
} as const;

export interface ProvisionedEstimate {
  /** The steady-state pass whose units are priced (SteadyState's key). */
  pass: keyof SteadyState['passes'];
  articlesPerMonth: number;
  articlesPerSecond: number;
  targetUtilizationPercent: number;
  /** Units per second consumed on average (steady-state units per article × rate), and what auto scaling would hold (consumed / target, whole units, at least 1). */
  capacity: Record<'tableWrite' | 'tableRead' | 'indexWrite' | 'indexRead', { consumedPerSecond: number; provisioned: number }>;
  dollarsPerMonth: { writes: number; reads: number };
  /** DynamoDB at provisioned prices; Lambda, S3 and SQS as the steady on-demand row. */
  dollarsPerMillion: Dollars;
  assumptions: string[];
}

export interface SteadyState {
  method: string;
  /** Articles ingested (unmetered) into the steady table before the measured ones. */
  warmupArticles: number;
  /** On demand. The steady state of a running product lies between the two; both are checked against the target. */
  passes: {
    /** Catalogue warmed by the disjoint articles: the upper bound. */
    warmCatalogue: IngestPass;
    /** The same articles again under new keys: every name known, the lower bound. */
    everyNameKnown: IngestPass;
  };
  /** Each pass's units on a provisioned table, at each stated rate. */
  provisioned: ProvisionedEstimate[];
  provisionedPrices: typeof PROVISIONED;
}

export interface UnitCostResult {
  prices: typeof PRICES;
  ingest: IngestCost;
  steadyState: SteadyState;
  queries: QueryCost[];
  /** Every route weighted equally. */
  queryMixDollarsPerMillion: Dollars;
}

/** Counts (and swallows) what the process writes to stdout while `work` runs: the functions' JSON logs and EMF metrics. */
async function countingStdout<T>(work: () => Promise<T>): Promise<{ result: T; bytes: number }> {
  const write = process.stdout.write.bind(process.stdout);
  let bytes = 0;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    return { result: await work(), bytes };
  } finally {
    process.stdout.write = write;
  }
}

const per = (usage: Record<string, number>, n: number) => Object.fromEntries(Object.entries(usage).map(([k, v]) => [k, round(v / n, 3)]));

const withTotal = (items: Record<string, number>): Dollars => {
  const rounded = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, round(v, 4)]));
  return { ...rounded, total: round(Object.values(items).reduce((a, b) => a + b, 0), 4) };
};

const lambdaComputeDollars = (ms: number, memoryMb: number) => (ms / 1000) * (memoryMb / 1024) * PRICES.lambdaArmPerGbSecond;

/**
 * What `pass`'s DynamoDB units per article would cost on a provisioned table
 * with target-tracking auto scaling, at `articlesPerMonth` spread evenly:
 * each capacity (table and index, writes and reads) is held at the average
 * consumption over the target utilisation, in whole units, at least one,
 * billed every hour of the month. Reads are the ingest's own (the index is
 * not read by ingest: its floor of one unit); query reads come on top, per
 * million queries, as on demand. Lambda, S3 and SQS as the on-demand row.
 */
function provisionedEstimate(key: ProvisionedEstimate['pass'], pass: IngestPass, articlesPerMonth: number): ProvisionedEstimate {
  const { hoursPerMonth, targetUtilizationPercent, minimumUnits, dollarsPerWcuHour, dollarsPerRcuHour } = PROVISIONED;
  const articlesPerSecond = articlesPerMonth / (hoursPerMonth * 3600);
  const units = pass.perArticle;
  const hold = (perArticle: number) => {
    const consumedPerSecond = perArticle * articlesPerSecond;
    return { consumedPerSecond: round(consumedPerSecond, 3), provisioned: Math.max(minimumUnits, Math.ceil(consumedPerSecond / (targetUtilizationPercent / 100))) };
  };
  const capacity = {
    tableWrite: hold(units.dynamoWriteUnits),
    tableRead: hold(units.dynamoReadUnits),
    indexWrite: hold(units.dynamoGsiWriteUnits),
    indexRead: hold(0),
  };
  const writes = (capacity.tableWrite.provisioned + capacity.indexWrite.provisioned) * hoursPerMonth * dollarsPerWcuHour;
  const reads = (capacity.tableRead.provisioned + capacity.indexRead.provisioned) * hoursPerMonth * dollarsPerRcuHour;
  const millions = articlesPerMonth / 1e6;
  const { total: _total, dynamoWrites: _writes, dynamoReads: _reads, ...rest } = pass.dollarsPerMillion;
  return {
    pass: key,
    articlesPerMonth,
    articlesPerSecond: round(articlesPerSecond, 4),
    targetUtilizationPercent,
    capacity,
    dollarsPerMonth: { writes: round(writes, 4), reads: round(reads, 4) },
    dollarsPerMillion: withTotal({ ...rest, dynamoWrites: writes / millions, dynamoReads: reads / millions }),
    assumptions: [
      `${articlesPerMonth.toLocaleString('en')} articles a month arriving evenly (${round(articlesPerSecond, 4)}/s over ${hoursPerMonth} h)`,
      `units per article as measured in the steady state (${pass.pass}): table ${units.dynamoWriteUnits} WCU + index ${units.dynamoGsiWriteUnits} WCU, table ${units.dynamoReadUnits} RCU`,
      `auto scaling holds each capacity at consumption / ${targetUtilizationPercent}% target utilisation, whole units, at least ${minimumUnits} (table and EntitiesByType, writes and reads)`,
      `$${dollarsPerWcuHour}/WCU-hour, $${dollarsPerRcuHour}/RCU-hour (us-east-1, Standard table class, ${PROVISIONED.source}); free tier not applied`,
      "a batch's writes land within a second: the bursts above the average are drawn from DynamoDB's burst capacity (up to 300 s of unused capacity); a backlog beyond that (a reprocess run, a bulk import) throttles until auto scaling catches up",
      'query reads not included (per million queries, as on demand); Lambda, S3 and SQS as the on-demand row of the same pass',
    ],
  };
}

function apiEvent(path: string): APIGatewayProxyEventV2 {
  const url = new URL(path, 'http://localhost');
  const query = url.searchParams.size ? Object.fromEntries(url.searchParams) : undefined;
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers: { host: 'localhost' },
    queryStringParameters: query,
    isBase64Encoded: false,
    requestContext: { http: { method: 'GET', path: url.pathname, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' } },
  } as unknown as APIGatewayProxyEventV2;
}

export async function benchUnitCost(options: { articles: number; profile: boolean }, template: Synthesised, log: (line: string) => void): Promise<UnitCostResult> {
  const memory = (name: string) => template.functions.find((f) => f.name === name)?.memoryMb ?? 128;
  const batchSize = template.batchSizes.ingest ?? 10;
  const corpus = await loadPolnear();
  const articles = corpus.slice(0, options.articles + batchSize);
  // The steady state's warm-up: every other PolNeAR article, disjoint from the measured ones.
  const warmup = corpus.slice(articles.length);
  const notifications: string[] = [];
  let waiting: { count: number; resolve: () => void } | undefined;
  const { child, ready } = forkTs<EnginesMessage>('bench/unit-cost-engines.ts', (message) => {
    if (message.type === 'notification') {
      notifications.push(message.body);
      if (waiting && notifications.length >= waiting.count) waiting.resolve();
    }
  });
  const engines = await ready;
  const timingTable = `${engines.tableName}-timing`;
  const steadyTable = `${engines.tableName}-steady`;
  const dynamo = createLocalDynamoClient(engines.dynamoEndpoint);
  const metered = createLocalDynamoClient(engines.dynamoEndpoint);
  const meteredSteady = createLocalDynamoClient(engines.dynamoEndpoint);
  const side = createLocalDynamoClient(engines.dynamoEndpoint);
  const s3 = createLocalS3Client(engines.s3Endpoint);
  const uploader = createLocalS3Client(engines.s3Endpoint);
  try {
    const meter = new DynamoMeter(side, engines.tableName, GSIS);
    meter.attach(metered);
    const steadyMeter = new DynamoMeter(side, steadyTable, GSIS);
    steadyMeter.attach(meteredSteady);
    const s3Requests: Record<string, number> = {};
    countS3Requests(s3, s3Requests);
    await ensureTable(dynamo, timingTable);
    await ensureTable(dynamo, steadyTable);

    /** Uploads `list` under `incoming/<prefix>/` and returns the S3 notifications of those uploads. */
    const upload = async (list: readonly BenchArticle[], prefix: string): Promise<string[]> => {
      const start = notifications.length;
      const all = new Promise<void>((resolve) => (waiting = { count: start + list.length, resolve }));
      for (const article of list) {
        await uploader.send(new PutObjectCommand({
          Bucket: engines.bucket,
          Key: `incoming/${prefix}/${article.name}`,
          Body: article.bytes,
          ContentType: 'text/plain; charset=utf-8',
          Metadata: article.publishedAt ? { 'published-at': article.publishedAt } : undefined,
        }));
      }
      if (notifications.length < start + list.length) await all;
      waiting = undefined;
      return notifications.slice(start, start + list.length);
    };
    log(`cost: uploading ${articles.length} articles…`);
    const measured = await upload(articles, 'bench');

    /** Every notification of `bodies` through the real ingest handler on `table`, in batches of the template's size. */
    const ingestAll = async (client: DynamoDBClient, table: string, bodies: readonly string[]) => {
      const ingest = createIngestHandler({ s3, db: documentClientFor(client), tableName: table }, { persistenceStore: createIdempotencyStore(client, table) });
      const batchMs: number[] = [];
      const batchCpuMs: number[] = [];
      const queue = new LocalQueue({
        functionName: 'ingest',
        batchSize,
        handler: async (event, context) => {
          const [t0, cpu0] = [performance.now(), process.cpuUsage()];
          const response = await ingest(event, context);
          const cpu = process.cpuUsage(cpu0);
          batchMs.push(performance.now() - t0);
          batchCpuMs.push((cpu.user + cpu.system) / 1000);
          return response;
        },
      });
      for (const body of bodies) queue.send(body);
      const { bytes } = await countingStdout(async () => {
        while (await queue.processBatch());
      });
      if (queue.stats().deadLetters > 0 || queue.stats().pending > 0) throw new Error('cost: some articles were not ingested');
      return { batchMs, batchCpuMs, logBytes: bytes };
    };
    // Timed without meters (their side reads would count as handler time); the first batch warms up.
    log(`cost: ingesting them in batches of ${batchSize}, timed…`);
    const profiler = options.profile ? await startProfiler() : undefined;
    const timed = await ingestAll(dynamo, timingTable, measured);
    const profile = await profiler?.stop('cost-ingest');
    const s3PerArticle = per(s3Requests, articles.length);
    log('cost: ingesting them again into an empty table, metered…');
    meter.take();
    await ingestAll(metered, engines.tableName, measured);
    const usage = meter.take();
    const n = articles.length;
    const batchMs = timed.batchMs.slice(1);
    const cpuShare = timed.batchCpuMs.slice(1).reduce((a, b) => a + b, 0) / batchMs.reduce((a, b) => a + b, 0);
    const ingestMemory = memory('ingest');
    const msPerArticle = batchMs.reduce((sum, ms) => sum + ms, 0) / (n - batchSize);
    const sqsRequests = 1 + 2 / batchSize;
    const s3Gets = Object.entries(s3PerArticle).filter(([k]) => /^(Get|Head)/.test(k)).reduce((s, [, v]) => s + v, 0);
    /** $ per million articles from one pass's metered DynamoDB units; Lambda (the timed pass), S3 and SQS per article alike in every pass. */
    const dollarsFor = (passUsage: DynamoUsage, articleCount: number): Dollars =>
      withTotal({
        lambdaCompute: perMillion(lambdaComputeDollars(msPerArticle, ingestMemory)),
        lambdaRequests: PRICES.lambdaPerMillionRequests / batchSize,
        dynamoWrites: perMillion(((passUsage.writeUnits + passUsage.gsiWriteUnits) / articleCount) * (PRICES.dynamoPerMillionWriteUnits / 1e6)),
        dynamoReads: perMillion((passUsage.readUnits / articleCount) * (PRICES.dynamoPerMillionReadUnits / 1e6)),
        s3Put: PRICES.s3PerThousandPuts * 1000,
        s3Get: s3Gets * PRICES.s3PerThousandGets * 1000,
        sqs: sqsRequests * PRICES.sqsPerMillionRequests,
      });
    const dynamoPerArticle = (passUsage: DynamoUsage, articleCount: number): IngestPass['perArticle'] => ({
      dynamoReadUnits: round(passUsage.readUnits / articleCount, 3),
      dynamoWriteUnits: round(passUsage.writeUnits / articleCount, 3),
      dynamoGsiWriteUnits: round(passUsage.gsiWriteUnits / articleCount, 3),
      dynamoWriteUnitsByKind: per(passUsage.writeUnitsByKind, articleCount),
      dynamoRequests: per(passUsage.requests, articleCount),
    });
    const ingestCost: IngestCost = {
      articles: n,
      batchSize,
      memoryMb: ingestMemory,
      batchMs: summarize(batchMs),
      cpuShareOfDuration: round(cpuShare, 3),
      gbSecondsPerArticle: round((msPerArticle / 1000) * (ingestMemory / 1024), 6),
      perArticle: {
        ...dynamoPerArticle(usage, n),
        s3Requests: s3PerArticle,
        sqsRequests: round(sqsRequests, 3),
        logBytes: Math.round(timed.logBytes / n),
      },
      dollarsPerMillion: dollarsFor(usage, n),
      logsDollarsPerMillion: round(((timed.logBytes / n) * 1e6 * PRICES.cloudWatchLogsPerGbIngested) / 2 ** 30, 4),
      ...(profile ? { profile } : {}),
    };

    log(`cost: steady state: warming a table's catalogue with the ${warmup.length} other PolNeAR articles…`);
    if (warmup.length < 100) log(`cost: only ${warmup.length} articles left to warm the catalogue with (--articles ${options.articles} of ${corpus.length}): the steady state is barely warmer than the cold table`);
    await ingestAll(dynamo, steadyTable, await upload(warmup, 'warmup'));
    log(`cost: steady state: the ${n} measured articles into the warm table, metered…`);
    steadyMeter.take();
    await ingestAll(meteredSteady, steadyTable, measured);
    const warm = steadyMeter.take();
    log('cost: steady state: the same articles under new keys (every name known), metered…');
    const again = await upload(articles, 'bench-again');
    steadyMeter.take();
    await ingestAll(meteredSteady, steadyTable, again);
    const known = steadyMeter.take();
    const passes: SteadyState['passes'] = {
      warmCatalogue: { pass: `catalogue warmed by ${warmup.length} other articles`, articles: n, perArticle: dynamoPerArticle(warm, n), dollarsPerMillion: dollarsFor(warm, n) },
      everyNameKnown: { pass: 'every name known (same articles, new keys)', articles: n, perArticle: dynamoPerArticle(known, n), dollarsPerMillion: dollarsFor(known, n) },
    };
    const steadyState: SteadyState = {
      method:
        `The ${n} measured articles ingested into a table whose name catalogue was first filled by the ${warmup.length} other PolNeAR articles (disjoint), ` +
        'then the same articles again under new keys (every name known, the lower bound). Lambda duration from the timed pass into an empty table.',
      warmupArticles: warmup.length,
      passes,
      provisioned: PROVISIONED.articlesPerMonth.flatMap((rate) => (['warmCatalogue', 'everyNameKnown'] as const).map((key) => provisionedEstimate(key, passes[key], rate))),
      provisionedPrices: PROVISIONED,
    };

    log('cost: query patterns…');
    const query = createQueryHandler({ db: documentClientFor(metered), tableName: engines.tableName, corsOrigin: '' });
    const call = async (path: string) => (await query(apiEvent(path))) as APIGatewayProxyStructuredResultV2;
    const records: ArticleRecord[] = [];
    for (const article of articles.slice(0, 200)) {
      const response = await call(`/articles/${articleIdFor(engines.bucket, `incoming/bench/${article.name}`)}`);
      if (response.statusCode === 200) records.push(JSON.parse(response.body as string));
    }
    const samples = sampleRequests(records);
    const queryMemory = memory('query');
    const queries: QueryCost[] = [];
    for (const route of ROUTES.map((r) => r.path).filter((path) => samples[path])) {
      const times: number[] = [];
      let readUnits = 0;
      for (const path of samples[route]!) {
        // Warm-up, which also drops a sample that does not answer 200 (an entity without a profile).
        if ((await call(path)).statusCode !== 200) continue;
        meter.take();
        const t0 = performance.now();
        await call(path);
        times.push(performance.now() - t0);
        readUnits += meter.take().readUnits;
        if (times.length === 20) break;
      }
      if (times.length === 0) throw new Error(`cost: no sample of ${route} answers 200`);
      const ms = summarize(times);
      const units = readUnits / times.length;
      queries.push({
        route,
        samples: times.length,
        ms,
        readUnits: round(units, 3),
        dollarsPerMillion: withTotal({
          lambdaCompute: perMillion(lambdaComputeDollars(ms.meanMs, queryMemory)),
          lambdaRequests: PRICES.lambdaPerMillionRequests,
          dynamoReads: perMillion(units * (PRICES.dynamoPerMillionReadUnits / 1e6)),
          apiGateway: PRICES.httpApiPerMillionRequests,
        }),
      });
    }
    const mix: Record<string, number> = {};
    for (const q of queries) for (const [k, v] of Object.entries(q.dollarsPerMillion)) if (k !== 'total') mix[k] = (mix[k] ?? 0) + v / queries.length;
    return { prices: PRICES, ingest: ingestCost, steadyState, queries, queryMixDollarsPerMillion: withTotal(mix) };
  } finally {
    for (const client of [dynamo, metered, meteredSteady, side, s3, uploader]) client.destroy();
    child.send('stop');
  }
}
