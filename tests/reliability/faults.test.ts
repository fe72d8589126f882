/**
 * Faults on the real local engines: DynamoDB stopped and started again,
 * S3 reads failing, the ingest function crashing between its writes. Every
 * article must end up stored exactly once and complete.
 */
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { runOps } from '../../shared/ops/commands.js';
import { localTarget } from '../../shared/ops/target.js';
import { generatedArticle } from './articles.js';
import { content, expectExactlyOnce } from './checks.js';
import { isRecordPut, serviceError, startRig, type FaultRule, type Rig } from './rig.js';
import { inParallel, report, sleep, until, upload } from './helpers.js';

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

const keysFor = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `incoming/${prefix}/${i}.txt`);

async function uploadArticles(r: Rig, keys: readonly string[]): Promise<void> {
  await inParallel(keys, 8, (key, n) => upload(r.s3, r.bucket, key, generatedArticle(n).text));
}

const failedReceives = (r: Rig) => r.outcomes.filter((o) => o.result !== 'deleted').length;

describe('DynamoDB down', () => {
  it('retries the messages of a batch it fails, and stores every article exactly once after DynamoDB returns', async () => {
    const r = (rig = await startRig({ retryDelayMs: (n) => 250 * 2 ** (n - 1) }));
    // The outage starts in the middle of an article: as the ingest function sends its 10th batch write.
    let writes = 0;
    let down: Promise<void> | undefined;
    r.faults.dynamo.inject(async ({ command }) => {
      if (command === 'BatchWriteItemCommand' && ++writes === 10) await (down = r.stopDynamo());
      return undefined;
    });
    const keys = keysFor('outage', 40);
    await uploadArticles(r, keys);

    await until(() => down !== undefined, 'the outage');
    await down;
    await sleep(1500);
    await r.startDynamo();
    await r.queue.whenIdle();

    expect(failedReceives(r), 'receives that failed while DynamoDB was down').toBeGreaterThan(0);
    expect(r.queue.stats().deadLetters).toBe(0);
    await expectExactlyOnce(r, keys);
    report('dynamodb-down-mid-batch', { articles: keys.length, failedReceives: failedReceives(r), lost: 0, duplicates: 0 });
  });
});

describe('DynamoDB down past the receive limit', () => {
  it('dead-letters the messages, logs the reason, keeps the objects, and `npm run redrive` brings every article back once', async () => {
    const r = (rig = await startRig({ retryDelayMs: (n) => 20 * 2 ** (n - 1) }));
    await r.stopDynamo();
    const keys = keysFor('dead', 6);
    await uploadArticles(r, keys);
    await until(() => r.queue.stats().deadLetters === keys.length, 'every message dead-lettered');

    const dead = r.queue.deadLetters();
    expect(dead.map((letter) => letter.receiveCount)).toEqual(keys.map(() => r.queue.maxReceiveCount));
    expect(keys.every((key) => dead.some((letter) => letter.body.includes(key)))).toBe(true);
    // The reason is in the ingest log, on the line about each failed receive of each message (SQS keeps none with the message).
    for (const letter of dead) {
      const lines = r.errorLog.filter((line) => line.messageId === letter.messageId);
      expect(lines).toHaveLength(r.queue.maxReceiveCount);
      expect(JSON.stringify(lines.at(-1))).toMatch(/record failed, will be retried.*ECONNREFUSED/);
    }
    for (const key of keys) await r.s3.send(new HeadObjectCommand({ Bucket: r.bucket, Key: key }));

    await r.startDynamo();
    const target = await localTarget({ SQS_PORT: String(r.sqsPort), S3_PORT: String(r.s3Port) });
    try {
      expect(await runOps({ command: 'redrive' }, target)).toEqual([`local: redrive completed, ${keys.length} message(s) moved back to the ingest queue`]);
    } finally {
      target.s3.destroy();
      target.sqs.destroy();
    }
    await r.queue.whenIdle();

    expect(r.queue.stats().deadLetters).toBe(0);
    await expectExactlyOnce(r, keys);
    report('dynamodb-down-past-receive-limit', { articles: keys.length, failedReceives: failedReceives(r), deadLettered: dead.length, redriven: keys.length, lost: 0, duplicates: 0 });
  });
});

/** Uploads article `n` under `key` (faulted) and under a reference key (not), and checks that both end up stored the same, once. */
async function expectConverges(r: Rig, key: string, n: number): Promise<void> {
  const reference = `incoming/reference/${n}.txt`;
  await upload(r.s3, r.bucket, key, generatedArticle(n).text);
  await upload(r.s3, r.bucket, reference, generatedArticle(n).text);
  await r.queue.whenIdle();
  expect(r.queue.stats().deadLetters).toBe(0);
  await expectExactlyOnce(r, [key, reference]);
  expect(await content(r, key)).toEqual(await content(r, reference));
}

describe('S3 read failure', () => {
  it('retries an object S3 fails to serve twice, and stores it once, complete', async () => {
    const r = (rig = await startRig({ retryDelayMs: () => 20 }));
    const key = 'incoming/s3-fails/article.txt';
    let failures = 0;
    r.faults.s3.inject(({ command, input }) =>
      command === 'GetObjectCommand' && input.Key === key && failures++ < 2 ? serviceError('ServiceUnavailable', 'Please reduce your request rate.') : undefined);

    await expectConverges(r, key, 101);

    expect(r.faults.s3.injected).toBe(2);
    report('s3-read-failure', { articles: 2, faultsInjected: r.faults.s3.injected, lost: 0, duplicates: 0 });
  });
});

/** A rule that fails the `nth` call matching `matches`, once. */
function nthCall(nth: number, matches: (call: Parameters<FaultRule>[0]) => boolean): FaultRule {
  let seen = 0;
  return (call) => (matches(call) && ++seen === nth ? new Error('Runtime.ExitError: the function crashed') : undefined);
}

// An article's writes, in order: idempotency lock, version check, catalogue names, pointer items, record item, idempotency done.
const CRASH_POINTS: [string, () => FaultRule][] = [
  ['writing its pointer items, after the catalogue', () => nthCall(2, ({ command }) => command === 'BatchWriteItemCommand')],
  ['writing its record item, after the pointer items', () => nthCall(1, isRecordPut)],
  ['marking its idempotency record done, after the record item', () => nthCall(1, ({ command }) => command === 'UpdateItemCommand')],
];

describe('ingest function crash between writes', () => {
  it.each(CRASH_POINTS)('redelivers an article whose invocation crashed %s, and stores it once, complete', async (point, rule) => {
    const r = (rig = await startRig({ retryDelayMs: () => 20 }));
    r.faults.dynamo.crashAt(rule());

    await expectConverges(r, 'incoming/crash/article.txt', 202);

    expect(r.outcomes.filter((o) => o.result === 'retrying')).toHaveLength(1);
    report('crash-between-writes', { crash: point, articles: 2, faultsInjected: r.faults.dynamo.injected, lost: 0, duplicates: 0 });
  });

  it('brings a re-upload whose invocation crashed between its pointer items and its record to the new version, without the old pointers', async () => {
    const r = (rig = await startRig({ retryDelayMs: () => 20 }));
    const key = 'incoming/crash/revised.txt';
    await upload(r.s3, r.bucket, key, generatedArticle(303).text);
    await r.queue.whenIdle();
    r.faults.dynamo.crashAt(nthCall(1, isRecordPut));

    await upload(r.s3, r.bucket, key, generatedArticle(303, 1).text);
    await r.queue.whenIdle();

    expect(r.faults.dynamo.injected).toBeGreaterThan(0);
    await expectExactlyOnce(r, [key]);
    expect((await content(r, key)).body).toContain('Revision 1 changes nothing');
    report('crash-between-writes', { crash: 'writing the record item of a re-upload', articles: 1, faultsInjected: r.faults.dynamo.injected, lost: 0, duplicates: 0 });
  });
});
