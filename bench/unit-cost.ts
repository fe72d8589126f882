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
import { loadPolnear } from './lib/corpus.js';
import { countS3Requests, DynamoMeter } from './lib/meter.js';
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

export interface UnitCostResult {
  prices: typeof PRICES;
  ingest: IngestCost;
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
  const articles = await loadPolnear(options.articles + batchSize);
  const notifications: string[] = [];
  let notified: () => void = () => undefined;
  const { child, ready } = forkTs<EnginesMessage>('bench/unit-cost-engines.ts', (message) => {
    if (message.type === 'notification') {
      notifications.push(message.body);
      if (notifications.length === articles.length) notified();
    }
  });
  const engines = await ready;
  const timingTable = `${engines.tableName}-timing`;
  const dynamo = createLocalDynamoClient(engines.dynamoEndpoint);
  const metered = createLocalDynamoClient(engines.dynamoEndpoint);
  const side = createLocalDynamoClient(engines.dynamoEndpoint);
  const s3 = createLocalS3Client(engines.s3Endpoint);
  const uploader = createLocalS3Client(engines.s3Endpoint);
  try {
    const meter = new DynamoMeter(side, engines.tableName, GSIS);
    meter.attach(metered);
    const s3Requests: Record<string, number> = {};
    countS3Requests(s3, s3Requests);
    await ensureTable(dynamo, timingTable);

    log(`cost: uploading ${articles.length} articles…`);
    const all = new Promise<void>((resolve) => (notified = resolve));
    for (const article of articles) {
      await uploader.send(new PutObjectCommand({
        Bucket: engines.bucket,
        Key: `incoming/bench/${article.name}`,
        Body: article.bytes,
        ContentType: 'text/plain; charset=utf-8',
        Metadata: article.publishedAt ? { 'published-at': article.publishedAt } : undefined,
      }));
    }
    await all;

    /** Every notification through the real ingest handler on `table`, in batches of the template's size. */
    const ingestAll = async (client: DynamoDBClient, table: string) => {
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
      for (const body of notifications) queue.send(body);
      const { bytes } = await countingStdout(async () => {
        while (await queue.processBatch());
      });
      if (queue.stats().deadLetters > 0 || queue.stats().pending > 0) throw new Error('cost: some articles were not ingested');
      return { batchMs, batchCpuMs, logBytes: bytes };
    };
    // Timed without meters (their side reads would count as handler time); the first batch warms up.
    log(`cost: ingesting them in batches of ${batchSize}, timed…`);
    const profiler = options.profile ? await startProfiler() : undefined;
    const timed = await ingestAll(dynamo, timingTable);
    const profile = await profiler?.stop('cost-ingest');
    const s3PerArticle = per(s3Requests, articles.length);
    log('cost: ingesting them again into an empty table, metered…');
    meter.take();
    await ingestAll(metered, engines.tableName);
    const usage = meter.take();
    const n = articles.length;
    const batchMs = timed.batchMs.slice(1);
    const cpuShare = timed.batchCpuMs.slice(1).reduce((a, b) => a + b, 0) / batchMs.reduce((a, b) => a + b, 0);
    const ingestMemory = memory('ingest');
    const msPerArticle = batchMs.reduce((sum, ms) => sum + ms, 0) / (n - batchSize);
    const sqsRequests = 1 + 2 / batchSize;
    const s3Gets = Object.entries(s3PerArticle).filter(([k]) => /^(Get|Head)/.test(k)).reduce((s, [, v]) => s + v, 0);
    const ingestCost: IngestCost = {
      articles: n,
      batchSize,
      memoryMb: ingestMemory,
      batchMs: summarize(batchMs),
      cpuShareOfDuration: round(cpuShare, 3),
      gbSecondsPerArticle: round((msPerArticle / 1000) * (ingestMemory / 1024), 6),
      perArticle: {
        dynamoReadUnits: round(usage.readUnits / n, 3),
        dynamoWriteUnits: round(usage.writeUnits / n, 3),
        dynamoGsiWriteUnits: round(usage.gsiWriteUnits / n, 3),
        dynamoWriteUnitsByKind: per(usage.writeUnitsByKind, n),
        dynamoRequests: per(usage.requests, n),
        s3Requests: s3PerArticle,
        sqsRequests: round(sqsRequests, 3),
        logBytes: Math.round(timed.logBytes / n),
      },
      dollarsPerMillion: withTotal({
        lambdaCompute: perMillion(lambdaComputeDollars(msPerArticle, ingestMemory)),
        lambdaRequests: PRICES.lambdaPerMillionRequests / batchSize,
        dynamoWrites: perMillion(((usage.writeUnits + usage.gsiWriteUnits) / n) * (PRICES.dynamoPerMillionWriteUnits / 1e6)),
        dynamoReads: perMillion((usage.readUnits / n) * (PRICES.dynamoPerMillionReadUnits / 1e6)),
        s3Put: PRICES.s3PerThousandPuts * 1000,
        s3Get: s3Gets * PRICES.s3PerThousandGets * 1000,
        sqs: sqsRequests * PRICES.sqsPerMillionRequests,
      }),
      logsDollarsPerMillion: round(((timed.logBytes / n) * 1e6 * PRICES.cloudWatchLogsPerGbIngested) / 2 ** 30, 4),
      ...(profile ? { profile } : {}),
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
    return { prices: PRICES, ingest: ingestCost, queries, queryMixDollarsPerMillion: withTotal(mix) };
  } finally {
    for (const client of [dynamo, metered, side, s3, uploader]) client.destroy();
    child.send('stop');
  }
}
