import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, Quote } from '../../shared/contracts.js';
import { createLocalDocumentClient } from '../../shared/local/clients.js';
import { startLocalDynamo, type LocalDynamo } from '../../shared/local/dynamo.js';
import { ArticleRepository } from '../../shared/store/repository.js';

let dynamo: LocalDynamo;
let repository: ArticleRepository;
let db: ReturnType<typeof createLocalDocumentClient>;

beforeAll(async () => {
  dynamo = await startLocalDynamo({ tableName: 'articles' });
  db = createLocalDocumentClient(dynamo.endpoint);
  repository = new ArticleRepository(db, 'articles');
});

afterAll(async () => {
  db.destroy();
  await dynamo.close();
});

function quote(n: number, text: string, speakerEntity = 'E1'): Quote {
  return { id: `Q${n}`, kind: 'direct', text, start: 0, end: text.length, cue: 'said', paragraph: 0, speaker: { mention: 'Lorenzana', name: 'Delfin Lorenzana', entityId: speakerEntity, start: 0, end: 9 } };
}

function record(articleId: string, publishedAt: string | null, quotes: Quote[]): ArticleRecord {
  return {
    articleId, title: `Article ${articleId}`, publishedAt, language: 'en', body: 'Body.', relatedLinks: [],
    entities: [{ id: 'E1', type: 'PERSON', name: 'Delfin Lorenzana', title: 'Defense Secretary', aliases: ['Lorenzana'], mentions: [{ start: 0, end: 9 }] }],
    quotes, events: [], extractor: { version: 'test' },
  };
}

const id = (n: number): string => n.toString(16).padStart(24, '0');

describe('ArticleRepository against dynalite', () => {
  it('reads back the record it saved', async () => {
    const saved = record(id(1), '2017-05-02', [quote(1, 'first quote here')]);

    await repository.saveRecord(saved, new Date('2017-05-02T10:00:00Z'));
    const stored = await repository.getArticle(id(1));

    expect(stored?.record).toEqual(saved);
    expect(stored?.status).toMatchObject({ status: 'PROCESSED', counts: { entities: 1, quotes: 1, events: 0 } });
  });

  it('replaces an article on re-save and leaves no item of the old revision', async () => {
    await repository.saveRecord(record(id(2), '2017-05-02', [quote(1, 'old one'), quote(2, 'old two')]), new Date('2017-05-02T10:00:00Z'));

    await repository.saveRecord(record(id(2), '2017-05-02', [quote(1, 'new one')]), new Date('2017-05-02T11:00:00Z'));

    const stored = await repository.getArticle(id(2));
    expect(stored?.record?.quotes.map((q) => q.text)).toEqual(['new one']);
    const items = await db.send(new QueryCommand({ TableName: 'articles', KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `ARTICLE#${id(2)}` } }));
    expect(items.Items).toHaveLength(1 + 1 + 1); // META, one entity, one quote
  });

  it('keeps a rejected article as a status with its reason', async () => {
    await repository.saveStatus({
      articleId: id(3), status: 'REJECTED', source: { bucket: 'b', key: 'incoming/empty.txt', etag: 'e' }, title: null, publishedAt: null,
      ingestedAt: '2017-05-02T10:00:00.000Z', counts: { entities: 0, quotes: 0, events: 0 }, error: { code: 'EMPTY', message: 'The article is empty.' },
    });

    const stored = await repository.getArticle(id(3));

    expect(stored).toEqual({ status: expect.objectContaining({ status: 'REJECTED', error: { code: 'EMPTY', message: 'The article is empty.' } }) });
    const rejected = await repository.listArticles({ status: 'REJECTED', limit: 10 });
    expect(rejected.items.map((a) => a.articleId)).toEqual([id(3)]);
  });

  it('finds quotes by surname, case-insensitively, newest first', async () => {
    await repository.saveRecord(record(id(4), '2016-01-01', [quote(1, 'oldest words')]), new Date());
    await repository.saveRecord(record(id(5), '2018-01-01', [quote(1, 'newest words')]), new Date());

    const page = await repository.quotesBySpeaker('LORENZANA', 100);

    expect(page.items[0]).toMatchObject({ text: 'newest words', articleId: id(5), publishedAt: '2018-01-01' });
    expect(page.items[page.items.length - 1]).toMatchObject({ text: 'oldest words' });
  });

  it('pages through quotes with a cursor, each quote once', async () => {
    const all = await repository.quotesBySpeaker('Delfin Lorenzana', 100);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await repository.quotesBySpeaker('Delfin Lorenzana', 1, cursor);
      seen.push(...page.items.map((q) => `${q.articleId}/${q.id}`));
      cursor = page.cursor;
    } while (cursor);

    expect(seen).toEqual(all.items.map((q) => `${q.articleId}/${q.id}`));
  });

  it('lists articles newest first within a date range, paging with a cursor', async () => {
    const first = await repository.listArticles({ from: '2016-01-01', to: '2018-12-31', limit: 2 });
    const second = await repository.listArticles({ from: '2016-01-01', to: '2018-12-31', limit: 2, cursor: first.cursor });

    const dates = [...first.items, ...second.items].map((a) => a.publishedAt);
    expect(dates).toEqual(['2018-01-01', '2017-05-02', '2017-05-02', '2016-01-01']);
    expect(second.cursor).toBeUndefined();
  });
});
