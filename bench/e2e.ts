/**
 * Part `e2e`: the local stack of `npm start` (its own process, e2e-stack.ts)
 * driven from this one over loopback, as a user would.
 *
 * Ingest: N PolNeAR articles uploaded with PutObject to the local S3
 * endpoint, twice under different keys:
 * - burst: all N at once (`uploadConcurrency` PutObjects in flight): the
 *   throughput, and the latency a backlog of N gives;
 * - paced: N uploads at a steady rate (default half the burst throughput):
 *   the latency of one article on a pipeline that keeps up.
 * An article's upload-to-queryable latency runs from the completion of its
 * PutObject to the completion of the first GET /articles/{id} that answers
 * 200. GETs start when the stack reports the queue message settled (so
 * polling does not load the stack) and repeat every 5 ms until one succeeds:
 * the figure can only err long.
 *
 * Query: every route of shared/api/router.ts with a sample request, under
 * autocannon on loopback: a warm-up, a tenth of the requests on one
 * connection (no queueing), then `requests` requests on `connections`
 * concurrent connections, each run cut at `maxSeconds`. Sample
 * parameters come from what was ingested (ids, most quoted speakers, most
 * frequent event types and entities); each sample is checked to answer 200
 * before the load.
 *
 * The stack process's CPU time per article and per request is recorded too
 * (all its threads: the API and queue, the query function's instances and
 * the DynamoDB engine), and with the CPU shares it tells queueing from a slow
 * request.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import autocannon, { type Result as LoadResult } from 'autocannon';
import { ROUTES } from '../shared/api/router.js';
import type { ArticleRecord } from '../shared/contracts.js';
import { objectsFromNotification } from '../shared/ingest/notification.js';
import { createLocalS3Client } from '../shared/local/clients.js';
import { articleIdFor } from '../shared/store/keys.js';
import type { StackMessage } from './e2e-stack.js';
import { forkTs } from './lib/child.js';
import { loadPolnear, type BenchArticle } from './lib/corpus.js';
import type { ProfileSummary } from './lib/profile.js';
import { sampleRequests } from './lib/samples.js';
import { round, summarize, type Summary } from './lib/stats.js';

export interface E2eOptions {
  articles: number;
  uploadConcurrency: number;
  /** Articles per second of the paced phase; default half the burst throughput. */
  rate?: number;
  connections: number;
  requests: number;
  maxSeconds: number;
  /** Profile the stack process during the burst and during the query load. */
  profile: boolean;
}

export interface IngestPhase {
  phase: 'burst' | 'paced';
  articles: number;
  /** Uploads completed per second, first start to last completion. */
  offeredPerSecond: number;
  /** First upload started → last article queryable. */
  seconds: number;
  articlesPerSecond: number;
  uploadToQueryable: Summary;
  putObject: Summary;
  /** CPU time the stack process used per article (ingest, engines, the GETs that checked it): its cost on one core. */
  stackCpuMsPerArticle: number;
  statuses: Record<string, number>;
}

export interface QueryPattern {
  route: string;
  samples: number;
  example: string;
  requests: number;
  non2xx: number;
  errors: number;
  requestsPerSecond: number;
  /** From every response's own time (µs resolution). */
  latency: Summary;
  /** The same requests on one connection (a tenth as many): the latency without queueing. */
  oneAtATime: Summary;
  /** CPU time of the stack process (API, handler, dynalite; every thread) per request: 1000 / this is its request rate on one core. */
  stackCpuMsPerRequest: number;
  /** CPU time / wall time during the load, of the stack and of autocannon's process: 1 is a core's worth (the stack has several threads). */
  stackCpuShare: number;
  loadGeneratorCpuShare: number;
}

export interface E2eResult {
  options: E2eOptions;
  ingest: IngestPhase[];
  queries: QueryPattern[];
  /** Routes of the API without a sample request here: not measured. */
  notMeasured: string[];
  deadLetters: number;
  stackWarnings: number;
  /** With --profile: where the stack process spent its time. */
  profiles?: Record<string, ProfileSummary>;
}

interface Stack {
  apiUrl: string;
  s3Endpoint: string;
  bucket: string;
  /** Resolves when the queue message announcing `key` is deleted; rejects when it is dead-lettered. */
  settled(key: string): Promise<void>;
  /** CPU time the stack process has used so far, ms. */
  cpuMs(): Promise<number>;
  profileStart(): void;
  running(): boolean;
  profileStop(name: string): Promise<ProfileSummary>;
  stop(): Promise<{ deadLetters: number; warnings: number }>;
}

async function startStack(): Promise<Stack> {
  const waiting = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
  const done = new Map<string, string>();
  const settle = (key: string, result: string) => {
    const waiter = waiting.get(key);
    if (!waiter) return void done.set(key, result);
    waiting.delete(key);
    if (result === 'deleted') waiter.resolve();
    else waiter.reject(new Error(`${key}: ${result}`));
  };
  let stopped: (value: { deadLetters: number; warnings: number }) => void = () => undefined;
  let cpu: (ms: number) => void = () => undefined;
  let profiled: (summary: ProfileSummary) => void = () => undefined;
  const { child, ready } = forkTs<StackMessage>('bench/e2e-stack.ts', (message) => {
    if (message.type === 'cpu') cpu(message.ms);
    else if (message.type === 'profile') profiled(message.summary);
    else if (message.type === 'stopped') stopped({ deadLetters: message.deadLetters, warnings: message.warnings });
    else if (message.type === 'outcome' && message.result !== 'retrying') {
      for (const { key } of objectsFromNotification(message.body)) settle(key, message.result);
    }
  }, {
    // As `npm start` (shared/local/start.ts) runs the stack: no EMF metrics, warnings and errors only.
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'WARN',
    ...process.env,
  });
  const { apiUrl, s3Endpoint, bucket } = await ready;
  return {
    apiUrl,
    s3Endpoint,
    bucket,
    settled: (key) => {
      const result = done.get(key);
      if (result) return result === 'deleted' ? Promise.resolve() : Promise.reject(new Error(`${key}: ${result}`));
      return new Promise((resolve, reject) => waiting.set(key, { resolve, reject }));
    },
    cpuMs: () =>
      new Promise((resolve) => {
        cpu = resolve;
        child.send('cpu');
      }),
    profileStart: () => child.send('profile:start'),
    running: () => child.connected,
    profileStop: (name) =>
      new Promise((resolve) => {
        profiled = resolve;
        child.send(`profile:stop:${name}`);
      }),
    stop: () =>
      new Promise((resolve, reject) => {
        stopped = resolve;
        child.once('exit', (code) => reject(new Error(`the local stack exited with ${code} while stopping`)));
        child.send('stop');
      }),
  };
}

/** GET /articles/{id} every 5 ms until 200; the record and when it answered. */
async function firstSuccessfulGet(apiUrl: string, articleId: string): Promise<{ at: number; body: ArticleRecord & { status: string } }> {
  for (let attempt = 0; ; attempt += 1) {
    const response = await fetch(`${apiUrl}/articles/${articleId}`);
    const body = await response.text();
    if (response.status === 200) return { at: performance.now(), body: JSON.parse(body) };
    if (response.status !== 404 || attempt > 2000) throw new Error(`GET /articles/${articleId}: ${response.status} ${body.slice(0, 200)}`);
    await sleep(5);
  }
}

async function ingestPhase(
  stack: Stack,
  phase: IngestPhase['phase'],
  articles: BenchArticle[],
  pacing: { concurrency: number } | { rate: number },
  records: ArticleRecord[],
): Promise<IngestPhase> {
  const s3 = createLocalS3Client(stack.s3Endpoint);
  const latencies: number[] = [];
  const puts: number[] = [];
  const statuses: Record<string, number> = {};
  const cpuBefore = await stack.cpuMs();
  const started = performance.now();
  let last = started;
  let lastPut = started;

  /** Uploads one article; resolves once uploaded, with the wait for it to be queryable. */
  const upload = async (article: BenchArticle): Promise<{ queryable: Promise<void> }> => {
    const key = `incoming/bench/${phase}/${article.name}`;
    const settled = stack.settled(key);
    const t0 = performance.now();
    await s3.send(
      new PutObjectCommand({
        Bucket: stack.bucket,
        Key: key,
        Body: article.bytes,
        ContentType: 'text/plain; charset=utf-8',
        Metadata: article.publishedAt ? { 'published-at': article.publishedAt } : undefined,
      }),
    );
    const uploaded = performance.now();
    puts.push(uploaded - t0);
    lastPut = Math.max(lastPut, uploaded);
    const queryable = (async () => {
      await settled;
      const { at, body } = await firstSuccessfulGet(stack.apiUrl, articleIdFor(stack.bucket, key));
      latencies.push(at - uploaded);
      last = Math.max(last, at);
      statuses[body.status] = (statuses[body.status] ?? 0) + 1;
      records.push(body);
    })();
    queryable.catch(() => undefined); // handled by the Promise.all below, after the uploads
    return { queryable };
  };

  const waits: Promise<void>[] = [];
  if ('concurrency' in pacing) {
    // `concurrency` PutObjects in flight until all are uploaded, whatever the pipeline does meanwhile.
    const queue = [...articles];
    await Promise.all(Array.from({ length: pacing.concurrency }, async () => {
      for (let article = queue.shift(); article; article = queue.shift()) waits.push((await upload(article)).queryable);
    }));
  } else {
    // Open loop: article i is uploaded at i / rate seconds, whatever happened to the others.
    await Promise.all(articles.map(async (article, i) => {
      await sleep(Math.max(0, started + (i * 1000) / pacing.rate - performance.now()));
      waits.push((await upload(article)).queryable);
    }));
  }
  await Promise.all(waits);
  s3.destroy();
  const cpuMs = (await stack.cpuMs()) - cpuBefore;
  const seconds = (last - started) / 1000;
  return {
    phase,
    articles: articles.length,
    offeredPerSecond: round((articles.length * 1000) / Math.max(lastPut - started, 1), 1),
    seconds: round(seconds, 2),
    articlesPerSecond: round(articles.length / seconds, 1),
    uploadToQueryable: summarize(latencies),
    putObject: summarize(puts),
    stackCpuMsPerArticle: round(cpuMs / articles.length, 2),
    statuses,
  };
}

/** Keeps the samples that answer 200 now; a route whose samples all fail is an error of the bench or the API. */
async function checkedSamples(apiUrl: string, paths: string[]): Promise<string[]> {
  const ok: string[] = [];
  for (const path of paths) if ((await fetch(apiUrl + path)).status === 200) ok.push(path);
  if (ok.length === 0) throw new Error(`no sample request answers 200: ${paths.slice(0, 3).join(', ')}`);
  return ok;
}

function load(apiUrl: string, paths: string[], options: { connections: number; amount: number; maxSeconds: number }) {
  return new Promise<{ result: LoadResult; latencies: number[] }>((resolve, reject) => {
    let next = 0;
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: apiUrl,
        connections: options.connections,
        amount: options.amount,
        timeout: 10,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
      },
      (error, result) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve({ result, latencies });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    const timer = setTimeout(() => instance.stop(), options.maxSeconds * 1000);
  });
}

async function queryPattern(stack: Stack, route: string, paths: string[], options: E2eOptions): Promise<QueryPattern> {
  const samples = await checkedSamples(stack.apiUrl, paths);
  const shape = { connections: options.connections, maxSeconds: options.maxSeconds };
  const tenth = Math.max(options.connections, Math.round(options.requests / 10));
  await load(stack.apiUrl, samples, { ...shape, amount: tenth }); // warm-up
  const alone = await load(stack.apiUrl, samples, { connections: 1, maxSeconds: options.maxSeconds, amount: tenth });
  const [stackCpu0, driverCpu0, t0] = [await stack.cpuMs(), process.cpuUsage(), performance.now()];
  const { result, latencies } = await load(stack.apiUrl, samples, { ...shape, amount: options.requests });
  const wallMs = performance.now() - t0;
  const driverCpu = process.cpuUsage(driverCpu0);
  const stackCpuMs = (await stack.cpuMs()) - stackCpu0;
  return {
    route,
    samples: samples.length,
    example: samples[0]!,
    requests: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requestsPerSecond: round((latencies.length * 1000) / wallMs, 1),
    latency: summarize(latencies),
    oneAtATime: summarize(alone.latencies),
    stackCpuMsPerRequest: round(stackCpuMs / latencies.length, 3),
    stackCpuShare: round(stackCpuMs / wallMs, 2),
    loadGeneratorCpuShare: round((driverCpu.user + driverCpu.system) / 1000 / wallMs, 2),
  };
}

export async function benchEndToEnd(options: E2eOptions, log: (line: string) => void): Promise<E2eResult> {
  const articles = await loadPolnear(options.articles);
  if (articles.length < options.articles) log(`e2e: only ${articles.length} PolNeAR articles exist; using them all`);
  log('e2e: starting the local stack…');
  const stack = await startStack();
  try {
    const records: ArticleRecord[] = [];
    const profiles: Record<string, ProfileSummary> = {};
    log(`e2e: burst of ${articles.length} uploads…`);
    if (options.profile) stack.profileStart();
    const burst = await ingestPhase(stack, 'burst', articles, { concurrency: options.uploadConcurrency }, records);
    if (options.profile) profiles.burst = await stack.profileStop('e2e-burst');
    const rate = options.rate ?? Math.max(1, round(burst.articlesPerSecond / 2, 1));
    log(`e2e: ${articles.length} uploads paced at ${rate}/s…`);
    const paced = await ingestPhase(stack, 'paced', articles, { rate }, []);

    const samples = sampleRequests(records);
    const queries: QueryPattern[] = [];
    if (options.profile) stack.profileStart();
    for (const route of ROUTES.map((r) => r.path)) {
      if (!samples[route]) continue;
      log(`e2e: load on ${route}…`);
      queries.push(await queryPattern(stack, route, samples[route], options));
    }
    if (options.profile) profiles.queries = await stack.profileStop('e2e-queries');
    // A load cut short by `maxSeconds` leaves requests in flight in the stack: let them finish before it stops.
    await sleep(1000);
    const { deadLetters, warnings } = await stack.stop();
    return {
      options: { ...options, rate },
      ingest: [burst, paced],
      queries,
      notMeasured: ROUTES.map((r) => r.path).filter((path) => !samples[path]),
      deadLetters,
      stackWarnings: warnings,
      ...(options.profile ? { profiles } : {}),
    };
  } catch (error) {
    if (stack.running()) await stack.stop().catch(() => undefined);
    throw error;
  }
}
