/**
 * Duplicates and order on the real local engines: S3 notifies at least once
 * and in no promised order; an object's article is written once per version
 * and ends as its newest version (S3 sequencers order them; the local S3
 * assigns growing ones, shared/local/s3.ts).
 */
import { createHash } from 'node:crypto';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterEach, describe, expect, it } from 'vitest';
import { objectsFromNotification } from '../../shared/ingest/notification.js';
import { createLocalSqsClient } from '../../shared/local/clients.js';
import { articleIdFor, sequencerKey } from '../../shared/store/keys.js';
import { unpackRecordItem } from '../../shared/store/record-item.js';
import { generatedArticle } from './articles.js';
import { census, content, expectExactlyOnce } from './checks.js';
import { report, upload } from './helpers.js';
import { isRecordPut, startRig, type Rig } from './rig.js';

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

/** A rig that counts the article record writes (PutItem of a RECORD item) the ingest function makes. */
async function countingRig(): Promise<{ r: Rig; recordWrites: () => number }> {
  const r = (rig = await startRig({ retryDelayMs: () => 20 }));
  let writes = 0;
  r.faults.dynamo.inject((call) => {
    if (isRecordPut(call)) writes++;
    return undefined;
  });
  return { r, recordWrites: () => writes };
}

const sequencerOf = (body: string): string => objectsFromNotification(body)[0]!.sequencer!;

describe('duplicate notifications', () => {
  it('ingests a notification delivered three times at once only once', async () => {
    const { r, recordWrites } = await countingRig();
    const key = 'incoming/dup/three-times.txt';
    const held = r.holdNotifications();
    await upload(r.s3, r.bucket, key, generatedArticle(1).text);
    r.release([]);

    const sqs = createLocalSqsClient(r.sqsEndpoint);
    try {
      await Promise.all([1, 2, 3].map(() => sqs.send(new SendMessageCommand({ QueueUrl: r.queueUrl, MessageBody: held[0]! }))));
    } finally {
      sqs.destroy();
    }
    await r.queue.whenIdle();

    expect(held).toHaveLength(1);
    expect(r.outcomes.filter((o) => o.result === 'deleted')).toHaveLength(3);
    expect(recordWrites()).toBe(1);
    await expectExactlyOnce(r, [key]);
    report('duplicate-notification', { deliveries: 3, recordWrites: recordWrites(), lost: 0, duplicates: 0 });
  });
});

describe('order', () => {
  it('keeps the newer of two versions whose notifications arrive newest first, and never writes the older', async () => {
    const { r, recordWrites } = await countingRig();
    const key = 'incoming/order/two-versions.txt';
    const held = r.holdNotifications();
    await upload(r.s3, r.bucket, key, generatedArticle(2).text);
    await upload(r.s3, r.bucket, key, generatedArticle(2, 1).text);
    const [older, newer] = held as [string, string];
    expect(sequencerKey(sequencerOf(newer)) > sequencerKey(sequencerOf(older))).toBe(true);

    r.release([newer]);
    await r.queue.whenIdle();
    r.release([older]);
    await r.queue.whenIdle();

    expect(recordWrites()).toBe(1);
    await expectExactlyOnce(r, [key]);
    expect((await content(r, key)).body).toContain('Revision 1 changes nothing');
    const record = (await census(r)).records.get(articleIdFor(r.bucket, key))!;
    expect(record.seq).toBe(sequencerKey(sequencerOf(newer)));
  });

  it('ends 50 uploads of one key in a burst as one article: the last version uploaded', async () => {
    // Retries back off as SQS's visibility timeout spaces them: a read that s3rver aborts while the key is being
    // overwritten is retried after the burst, not five times within it (which would dead-letter the message).
    // The five receives span 7.5 s, past the burst even when a loaded machine stretches it to several seconds.
    const r = (rig = await startRig({ retryDelayMs: (n) => 500 * 2 ** (n - 1) }));
    const key = 'incoming/order/burst.txt';
    const versions = Array.from({ length: 50 }, (_, i) => generatedArticle(3, i + 1).text);
    for (const text of versions) await upload(r.s3, r.bucket, key, text);
    await r.queue.whenIdle();

    // s3rver may abort a read of a key that is being overwritten: that message is retried.
    expect(r.outcomes.filter((o) => o.result === 'deleted')).toHaveLength(50);
    expect(r.queue.stats().deadLetters).toBe(0);
    await expectExactlyOnce(r, [key]);
    expect((await content(r, key)).body).toContain('Revision 50 changes nothing');
    const { article } = unpackRecordItem((await census(r)).records.get(articleIdFor(r.bucket, key))!);
    expect(article?.status.source.etag).toBe(createHash('md5').update(versions.at(-1)!).digest('hex'));
    report('burst-of-one-key', { uploads: 50, articles: 1, failedReceives: r.outcomes.length - 50, lost: 0, duplicates: 0 });
  });
});
