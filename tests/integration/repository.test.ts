import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDocumentClient } from '../../shared/local/clients.js';
import { startLocalDynamo, type LocalDynamo } from '../../shared/local/dynamo.js';
import { entityPk, LISTING_PK } from '../../shared/store/keys.js';
import { AnalystQueries } from '../../shared/store/queries.js';
import { BODY_EXCERPT_CHARS } from '../../shared/store/record-item.js';
import { ArticleRepository } from '../../shared/store/repository.js';
import { articleId, dfa, entity, event, lorenzana, quote, record, russia } from '../unit/store-fixtures.js';

const TABLE = 'articles';
let dynamo: LocalDynamo;
let db: ReturnType<typeof createLocalDocumentClient>;
let repository: ArticleRepository;
let queries: AnalystQueries;

beforeAll(async () => {
  dynamo = await startLocalDynamo({ tableName: TABLE });
  db = createLocalDocumentClient(dynamo.endpoint);
  repository = new ArticleRepository(db, TABLE);
  queries = new AnalystQueries(db, TABLE, repository);
});

afterAll(async () => {
  db.destroy();
  await dynamo.close();
});

const at = new Date('2017-05-02T10:00:00Z');
const quoteTexts = async (speaker: string): Promise<string[]> => (await queries.quotes({ speaker, limit: 100 })).items.map((q) => q.text);
const listed = async (): Promise<string[]> => (await queries.listArticles({ limit: 100 })).items.map((a) => a.articleId);
async function partition(pk: string): Promise<Record<string, unknown>[]> {
  const { Items } = await db.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } }));
  return Items ?? [];
}

describe('ArticleRepository against dynalite', () => {
  it('reads back the record it saved, with its status', async () => {
    const saved = record(1, '2017-05-02', { entities: [lorenzana], quotes: [quote('Q1', 'first quote here', lorenzana)] });

    await repository.saveRecord(saved, at, '0001');
    const stored = await repository.getArticle(articleId(1));

    expect(stored?.record).toEqual(saved);
    expect(stored?.status).toMatchObject({ status: 'PROCESSED', ingestedAt: at.toISOString(), counts: { entities: 1, quotes: 1, events: 0 } });
  });

  it('replaces an article re-uploaded with a newer version: old quotes and entities are gone', async () => {
    const speakers = [lorenzana, dfa];
    await repository.saveRecord(record(2, '2016-03-01', { entities: speakers, quotes: [quote('Q1', 'old words', lorenzana), quote('Q2', 'dfa words', dfa)] }), at, '0001');

    await repository.saveRecord(record(2, '2016-03-01', { entities: [lorenzana], quotes: [quote('Q1', 'new words', lorenzana)] }), at, '0002');

    expect((await repository.getArticle(articleId(2)))?.record?.quotes.map((q) => q.text)).toEqual(['new words']);
    expect(await quoteTexts('DFA')).toEqual([]);
    expect(await partition(entityPk('department-of-foreign-affairs'))).toEqual([]);
  });

  it('keeps one article when the same version is delivered three times', async () => {
    const saved = record(3, '2016-04-01', { entities: [russia], events: [event('V1', 'SIGN_AGREEMENT', [russia])] });

    for (let i = 0; i < 3; i++) await repository.saveRecord(saved, at, '00A0');

    expect((await listed()).filter((id) => id === articleId(3))).toHaveLength(1);
    expect(await queries.countsOf('russia')).toEqual({ quotes: 0, events: 1, articles: 1 });
  });

  it('ignores a version older than the one stored, whatever order they arrive in', async () => {
    await repository.saveRecord(record(4, '2016-05-01', { title: 'Newer' }), at, '0000000000000002AB');

    const outcome = await repository.saveRecord(record(4, '2016-05-01', { title: 'Older' }), at, '1AA');

    expect(outcome).toBe('superseded');
    expect((await repository.getArticle(articleId(4)))?.record?.title).toBe('Newer');
  });

  it('leaves the newer version standing when two versions are written at once', async () => {
    const older = record(5, '2016-06-01', { entities: [dfa], quotes: [quote('Q1', 'older version', dfa)] });
    const newer = record(5, '2016-06-01', { entities: [russia], events: [event('V1', 'PROTEST', [russia])] });

    await Promise.all([repository.saveRecord(older, at, '0010'), repository.saveRecord(newer, at, '0011')]);

    expect((await repository.getArticle(articleId(5)))?.record?.events.map((e) => e.type)).toEqual(['PROTEST']);
    expect((await partition(entityPk('department-of-foreign-affairs'))).map((p) => p.SK)).not.toContain(`2016-06-01#${articleId(5)}`);
  });

  it('removes a deleted article from every listing, and a late older upload does not bring it back', async () => {
    await repository.saveRecord(record(6, '2016-07-01', { entities: [lorenzana], quotes: [quote('Q1', 'soon deleted', lorenzana)] }), at, '0020');

    await repository.deleteArticle(articleId(6), '0021');
    const late = await repository.saveRecord(record(6, '2016-07-01'), at, '0020');

    expect(late).toBe('superseded');
    expect(await repository.getArticle(articleId(6))).toBeUndefined();
    expect(await listed()).not.toContain(articleId(6));
    expect(await quoteTexts('lorenzana')).not.toContain('soon deleted');
  });

  it('keeps a rejected article as a status with its reason, listed by status', async () => {
    await repository.saveStatus({
      articleId: articleId(7), status: 'REJECTED', source: { bucket: 'news', key: 'incoming/empty.txt', etag: 'e' }, title: null, publishedAt: null,
      ingestedAt: at.toISOString(), counts: { entities: 0, quotes: 0, events: 0 }, error: { code: 'EMPTY', message: 'The article is empty.' },
    });

    const stored = await repository.getArticle(articleId(7));
    const rejected = await queries.listArticles({ status: 'REJECTED', limit: 10 });

    expect(stored).toEqual({ status: expect.objectContaining({ status: 'REJECTED', error: { code: 'EMPTY', message: 'The article is empty.' } }) });
    expect(rejected.items.map((a) => a.articleId)).toEqual([articleId(7)]);
  });

  it('keeps only an excerpt of a body too large for one item, and says so', async () => {
    let seed = 7;
    const noise = Array.from({ length: 600_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');

    await repository.saveRecord(record(8, '2016-08-01', { body: noise }), at);
    const stored = await repository.getArticle(articleId(8));

    expect(stored?.bodyTruncated).toBe(true);
    expect(stored?.record?.body).toBe(noise.slice(0, BODY_EXCERPT_CHARS));
  });

  it('writes one listing entry per article, under its publication date', async () => {
    const entries = await partition(LISTING_PK);

    expect(entries.map((e) => e.articleId).sort()).toEqual([...new Set(entries.map((e) => e.articleId))].sort());
  });

  it('merges the quotes of every entity a name denotes, newest first, the same page by page', async () => {
    await repository.saveRecord(record(10, '2016-10-01', { entities: [entity('E1', 'Lorenzana')], quotes: [quote('Q1', 'surname only', entity('E1', 'Lorenzana')), quote('Q2', 'surname again', entity('E1', 'Lorenzana'))] }), at);
    const all = await queries.quotes({ speaker: 'lorenzana', limit: 100 });
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await queries.quotes({ speaker: 'lorenzana', limit: 1, cursor });
      paged.push(...page.items.map((q) => `${q.articleId}/${q.id}`));
      cursor = page.cursor;
    } while (cursor);

    expect(all.entityKeys).toEqual(['delfin-lorenzana', 'lorenzana']);
    expect(all.items.map((q) => q.publishedAt)).toEqual([...all.items.map((q) => q.publishedAt)].sort().reverse());
    expect(all.items.map((q) => q.text)).toEqual(expect.arrayContaining(['surname only', 'surname again', 'first quote here']));
    expect(paged).toEqual(all.items.map((q) => `${q.articleId}/${q.id}`));
  });

  it('counts an entity in more articles than it reads as "at least", over its newest articles', async () => {
    const bounded = new AnalystQueries(db, TABLE, repository, 1);
    const exact = await queries.countsOf('delfin-lorenzana');

    const counts = await bounded.countsOf('delfin-lorenzana');

    expect(exact.articles).toBeGreaterThan(1);
    expect(exact.atLeast).toBeUndefined();
    expect(counts).toMatchObject({ articles: 1, atLeast: true });
  });

  it('registers every written form of a speaker once, and their titles in the profile', async () => {
    await repository.saveRecord(record(9, '2016-09-01', { entities: [entity('E9', 'Delfin Lorenzana', 'PERSON', { title: 'Secretary' })], quotes: [quote('Q1', 'again', entity('E9', 'Delfin Lorenzana'))] }), at);

    const profile = await repository.catalogue.profile('delfin-lorenzana');

    expect(profile).toMatchObject({ name: 'Delfin Lorenzana', type: 'PERSON', aliases: ['Delfin Lorenzana', 'Lorenzana'], titles: ['Defense Secretary', 'Secretary'] });
    expect(await repository.catalogue.resolve('LORENZANA')).toContain('delfin-lorenzana');
  });
});
