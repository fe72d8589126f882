/**
 * Several versions of one article saved at once, against dynalite, with the
 * writers' requests interleaved step by step: each writer has a client that
 * holds chosen requests until the test lets them go, so a race that a burst
 * of uploads hits now and then happens here every time.
 */
import { BatchWriteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDocumentClient } from '../../shared/local/clients.js';
import { startLocalDynamo, type LocalDynamo } from '../../shared/local/dynamo.js';
import { LISTING_PK, RECORD_SK } from '../../shared/store/keys.js';
import { ArticleRepository } from '../../shared/store/repository.js';
import { census } from '../reliability/checks.js';
import { articleId, dfa, lorenzana, quote, record, russia } from '../unit/store-fixtures.js';

const TABLE = 'races';
let dynamo: LocalDynamo;
let db: DynamoDBDocumentClient;

beforeAll(async () => {
  dynamo = await startLocalDynamo({ tableName: TABLE });
  db = createLocalDocumentClient(dynamo.endpoint);
});

afterAll(async () => {
  db.destroy();
  await dynamo.close();
});

const at = new Date('2017-05-02T10:00:00Z');
type Command = Parameters<DynamoDBDocumentClient['send']>[0];
const recordPut = (command: Command): boolean => command instanceof PutCommand && command.input.Item?.SK === RECORD_SK;
const batchWrite = (command: Command): boolean => command instanceof BatchWriteCommand;
const listingWrite = (command: Command): boolean =>
  command instanceof BatchWriteCommand && Object.values(command.input.RequestItems ?? {}).flat().some((request) => request.PutRequest?.Item?.PK === LISTING_PK);

/**
 * A writer on the shared table whose requests stop, in turn, at the first
 * request each of `stops` matches (after the previous stop was let go):
 * `reached(i)` resolves when stop i holds a request, `release(i)` sends it.
 */
function heldWriter(...stops: ((command: Command) => boolean)[]) {
  const gates = stops.map(() => {
    let arrive!: () => void;
    let go!: () => void;
    return { arrived: new Promise<void>((r) => (arrive = r)), open: new Promise<void>((r) => (go = r)), arrive, go };
  });
  let next = 0;
  const client = {
    async send(command: Command) {
      const gate = gates[next];
      if (gate && stops[next]!(command)) {
        next++;
        gate.arrive();
        await gate.open;
      }
      return db.send(command as never);
    },
  } as unknown as DynamoDBDocumentClient;
  return {
    repository: new ArticleRepository(client, TABLE),
    reached: (i: number) => gates[i]!.arrived,
    release: (i: number) => gates[i]!.go(),
  };
}

/** Article `n` is listed once, and the table holds exactly the pointer items its stored version calls for. */
async function expectPointersOfStoredVersion(n: number): Promise<void> {
  const table = await census({ db, tableName: TABLE, bucket: 'news' });
  // Pointer sort keys end with the article's id; the other tests' articles share the table.
  const ofArticle = (keys: string[]) => keys.filter((key) => key.endsWith(articleId(n)));
  expect(table.listed.get(articleId(n)), 'listing entries').toBe(1);
  expect(ofArticle(table.stalePointers), 'pointer items missing or outdated').toEqual([]);
  expect(ofArticle(table.strayPointers), 'pointer items of no stored version').toEqual([]);
}

/** A version of article `n` published on `date`, quoting `speaker`: each date and speaker is a pointer key of its own. */
const version = (n: number, date: string, speaker = lorenzana) => record(n, date, { entities: [speaker], quotes: [quote('Q1', `said on ${date}`, speaker)] });

describe('ArticleRepository with versions of one article saved at once', () => {
  it('a writer that lost the record does not restore pointers that a still newer version removed', async () => {
    const loser = heldWriter(recordPut, batchWrite);
    const winner = new ArticleRepository(db, TABLE);
    const newest = new ArticleRepository(db, TABLE);

    const lost = loser.repository.saveRecord(version(1, '2016-02-02', dfa), at, '0002');
    await loser.reached(0); // its pointers written, its record not yet
    await winner.saveRecord(version(1, '2016-03-03', russia), at, '0003');
    loser.release(0);
    await loser.reached(1); // its record refused: next it sets the pointers right for the version that stands
    await newest.saveRecord(version(1, '2016-04-04'), at, '0004');
    loser.release(1);

    expect(await lost).toBe('superseded');
    expect((await newest.getArticle(articleId(1)))?.record?.publishedAt).toBe('2016-04-04');
    await expectPointersOfStoredVersion(1);
  });

  it('a writer that lost the record and shares a pointer key with the winner does not bring that pointer back after a newer version removed it', async () => {
    const loser = heldWriter(recordPut, batchWrite);
    const newest = heldWriter(recordPut);
    const winner = new ArticleRepository(db, TABLE);

    const lost = loser.repository.saveRecord(version(2, '2016-03-03', dfa), at, '0002');
    await loser.reached(0);
    await winner.saveRecord(version(2, '2016-03-03'), at, '0003'); // same date: the same listing entry
    loser.release(0);
    await loser.reached(1);
    const saved = newest.repository.saveRecord(version(2, '2016-04-04'), at, '0004');
    await newest.reached(0); // the winner's pointers removed, the newest record not yet written
    loser.release(1);
    await lost;
    newest.release(0);

    expect(await saved).toBe('saved');
    expect((await winner.getArticle(articleId(2)))?.record?.publishedAt).toBe('2016-04-04');
    await expectPointersOfStoredVersion(2);
  });

  it('a writer that replaced a version it did not read does not bring back pointers a newer version removed', async () => {
    const late = heldWriter(recordPut, batchWrite);
    const older = new ArticleRepository(db, TABLE);
    const newest = new ArticleRepository(db, TABLE);

    const replaced = late.repository.saveRecord(version(3, '2016-03-03', dfa), at, '0003');
    await late.reached(0); // read no version; its pointers written
    await older.saveRecord(version(3, '2016-02-02', russia), at, '0002');
    late.release(0);
    await late.reached(1); // its record written or refused: next it sets the pointers right
    await newest.saveRecord(version(3, '2016-04-04'), at, '0004');
    late.release(1);
    await replaced;

    expect((await newest.getArticle(articleId(3)))?.record?.publishedAt).toBe('2016-04-04');
    await expectPointersOfStoredVersion(3);
  });

  it('a second delivery of the version that stands, refused the record, sets the pointers it wrote back to that version', async () => {
    const second = heldWriter(listingWrite);
    const first = new ArticleRepository(db, TABLE);
    const later = new Date('2017-05-02T10:00:01Z');

    const again = second.repository.saveRecord(version(4, '2016-03-03', dfa), later, '0005');
    await second.reached(0); // read no version; its pointers not yet written
    await first.saveRecord(version(4, '2016-03-03', dfa), at, '0005');
    second.release(0); // its listing entry, with its own ingest time, replaces the first delivery's

    expect(await again).toBe('saved');
    expect((await first.getStatus(articleId(4)))?.ingestedAt).toBe(at.toISOString());
    await expectPointersOfStoredVersion(4);
  });
});
