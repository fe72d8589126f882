import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultRetryDelayMs, LocalQueue, type SqsBatchHandler } from '../../shared/local/queue.js';

/** A handler that records every event and answers with what `respond` returns. */
function recordingHandler(respond: (event: SQSEvent) => SQSBatchResponse | void = () => undefined) {
  const events: SQSEvent[] = [];
  const handler: SqsBatchHandler = async (event) => {
    events.push(event);
    return respond(event);
  };
  return { handler, events };
}

describe('LocalQueue', () => {
  let clock: number;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_700_000_000_000;
  });

  it('delivers at most 10 messages per batch as an SQS event with realistic records', async () => {
    const { handler, events } = recordingHandler();
    const queue = new LocalQueue({ handler, now, name: 'ingest-queue' });
    const ids = Array.from({ length: 12 }, (_, i) => queue.send(`body ${i}`));

    await queue.processBatch();
    await queue.processBatch();

    expect(events.map((e) => e.Records.length)).toEqual([10, 2]);
    const record = events[0]!.Records[0]!;
    expect(record).toMatchObject({
      messageId: ids[0],
      body: 'body 0',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest-queue',
      awsRegion: 'us-east-1',
      md5OfBody: createHash('md5').update('body 0').digest('hex'),
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(clock) },
    });
    expect(record.receiptHandle).toBeTruthy();
    expect(events[0]!.Records.map((r) => r.body)).toEqual(Array.from({ length: 10 }, (_, i) => `body ${i}`));
  });

  it('deletes the messages the handler succeeded for', async () => {
    const { handler } = recordingHandler();
    const queue = new LocalQueue({ handler, now });
    queue.send('a');
    queue.send('b');

    const report = await queue.processBatch();

    expect(report?.outcomes.map((o) => o.result)).toEqual(['deleted', 'deleted']);
    expect(queue.stats()).toEqual({ pending: 0, inFlight: 0, deadLetters: 0 });
    expect(await queue.processBatch()).toBeNull();
  });

  it('retries only the reported batch item failures, after the visibility delay', async () => {
    const { handler, events } = recordingHandler((event) => ({
      batchItemFailures: event.Records.filter((r) => r.body === 'bad').map((r) => ({ itemIdentifier: r.messageId })),
    }));
    const queue = new LocalQueue({ handler, now, retryDelayMs: () => 500 });
    queue.send('good');
    const bad = queue.send('bad');

    await queue.processBatch();
    expect(queue.stats().pending).toBe(1);
    clock += 499;
    expect(await queue.processBatch()).toBeNull(); // still invisible
    clock += 1;
    await queue.processBatch();

    expect(events[1]!.Records).toHaveLength(1);
    expect(events[1]!.Records[0]).toMatchObject({ messageId: bad, body: 'bad', attributes: { ApproximateReceiveCount: '2' } });
  });

  it('retries every message of the batch when the handler throws', async () => {
    let calls = 0;
    const queue = new LocalQueue({
      handler: async () => {
        calls++;
        if (calls === 1) throw new Error('table not found');
      },
      now,
      retryDelayMs: () => 0,
    });
    queue.send('a');
    queue.send('b');

    const first = await queue.processBatch();
    const second = await queue.processBatch();

    expect(first?.error).toBe('table not found');
    expect(first?.outcomes.map((o) => [o.result, o.error])).toEqual([
      ['retrying', 'table not found'],
      ['retrying', 'table not found'],
    ]);
    expect(second?.outcomes.map((o) => [o.result, o.receiveCount])).toEqual([
      ['deleted', 2],
      ['deleted', 2],
    ]);
  });

  it('treats an unknown itemIdentifier in the response as a failed batch, as Lambda does', async () => {
    const queue = new LocalQueue({
      handler: async () => ({ batchItemFailures: [{ itemIdentifier: 'not-in-this-batch' }] }),
      now,
    });
    queue.send('a');
    queue.send('b');

    const report = await queue.processBatch();

    expect(report?.outcomes.map((o) => o.result)).toEqual(['retrying', 'retrying']);
    expect(report?.error).toMatch(/invalid batchItemFailures/);
  });

  it('dead-letters a message after 5 failed receives, keeping body, receive count, last error and time', async () => {
    const receives: string[] = [];
    const queue = new LocalQueue({
      handler: async (event) => {
        receives.push(event.Records[0]!.attributes.ApproximateReceiveCount);
        throw new Error(`boom ${receives.length}`);
      },
      now,
      retryDelayMs: (n) => n * 1000,
    });
    const id = queue.send('poison');

    for (let i = 0; i < 10; i++) {
      clock += 10_000;
      await queue.processBatch();
    }

    expect(receives).toEqual(['1', '2', '3', '4', '5']);
    expect(queue.stats()).toEqual({ pending: 0, inFlight: 0, deadLetters: 1 });
    expect(queue.deadLetters()).toEqual([
      {
        messageId: id,
        body: 'poison',
        receiveCount: 5,
        lastError: 'boom 5',
        sentAt: new Date(1_700_000_000_000).toISOString(),
        deadLetteredAt: new Date(clock - 50_000).toISOString(),
      },
    ]);
  });

  it('backs off: each retry waits the delay for the receive count so far', async () => {
    const visibleAfter: number[] = [];
    const queue = new LocalQueue({
      handler: async () => {
        throw new Error('down');
      },
      now,
    });
    queue.onOutcome((o) => {
      if (o.visibleAt !== undefined) visibleAfter.push(o.visibleAt - clock);
    });
    queue.send('x');
    for (let i = 0; i < 4; i++) {
      await queue.processBatch();
      clock += 60_000;
    }

    expect(visibleAfter).toEqual([1000, 2000, 4000, 8000]);
    expect(defaultRetryDelayMs(20)).toBe(30_000);
  });

  describe('with a dead-letter file', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'local-queue-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('persists dead letters so a new queue on the same file still has them', async () => {
      const file = join(dir, 'dlq.json');
      const failing = new LocalQueue({
        handler: async () => {
          throw new Error('parse error');
        },
        now,
        maxReceiveCount: 1,
        deadLetterFile: file,
      });
      failing.send('{"Records":[]}');
      await failing.processBatch();

      const reopened = new LocalQueue({ handler: async () => undefined, now, deadLetterFile: file });

      expect(reopened.deadLetters()).toMatchObject([{ body: '{"Records":[]}', receiveCount: 1, lastError: 'parse error' }]);
      expect(JSON.parse(await readFile(file, 'utf8'))).toHaveLength(1);
    });

    it('redrives dead letters back to the queue with a fresh receive count', async () => {
      const file = join(dir, 'dlq.json');
      let healthy = false;
      const { handler, events } = recordingHandler(() => {
        if (!healthy) throw new Error('down');
      });
      const queue = new LocalQueue({ handler, now, maxReceiveCount: 1, deadLetterFile: file });
      const id = queue.send('article');
      await queue.processBatch();
      expect(queue.stats().deadLetters).toBe(1);

      healthy = true;
      expect(queue.redrive()).toBe(1);
      const report = await queue.processBatch();

      expect(report?.outcomes).toMatchObject([{ messageId: id, result: 'deleted', receiveCount: 1 }]);
      expect(events[1]!.Records[0]!.attributes.ApproximateReceiveCount).toBe('1');
      expect(queue.deadLetters()).toEqual([]);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual([]);
    });
  });

  it('dispatches on its own once started: retries on time, then dead-letters', async () => {
    let calls = 0;
    const queue = new LocalQueue({
      handler: async () => {
        calls++;
        throw new Error('always');
      },
      retryDelayMs: () => 5,
    });
    queue.start();
    queue.send('poison');

    await queue.whenIdle();
    await queue.stop();

    expect(calls).toBe(5);
    expect(queue.deadLetters()).toMatchObject([{ body: 'poison', receiveCount: 5, lastError: 'always' }]);
  });

  it('stop({ drain: true }) delivers what is visible and waits for the batch in flight', async () => {
    const delivered: string[] = [];
    const queue = new LocalQueue({
      handler: async (event) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        delivered.push(...event.Records.map((r) => r.body));
      },
    });
    queue.start();
    queue.send('one');
    await new Promise((resolve) => setTimeout(resolve, 5)); // first batch in flight
    queue.send('two');

    const left = await queue.stop({ drain: true });

    expect(delivered).toEqual(['one', 'two']);
    expect(left).toBe(0);
  });
});
