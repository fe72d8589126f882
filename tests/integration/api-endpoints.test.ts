/**
 * Every endpoint of the query API against dynalite through the real SDK,
 * each response checked against the OpenAPI document.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import openapi from '../../shared/api/openapi.json' with { type: 'json' };
import { handleApiRequest, ROUTES, type ApiResponse } from '../../shared/api/router.js';
import { createLocalDocumentClient } from '../../shared/local/clients.js';
import { startLocalDynamo, type LocalDynamo } from '../../shared/local/dynamo.js';
import { ArticleRepository } from '../../shared/store/repository.js';
import { articleId, dfa, entity, event, lorenzana, quote, record, russia } from '../unit/store-fixtures.js';
import { contractErrors } from './api-contract.js';

const TABLE = 'api';
let dynamo: LocalDynamo;
let db: ReturnType<typeof createLocalDocumentClient>;

const delfin = entity('E7', 'Delfín Lorenzana', 'PERSON', { aliases: ['Lorenzana'] });

beforeAll(async () => {
  dynamo = await startLocalDynamo({ tableName: TABLE });
  db = createLocalDocumentClient(dynamo.endpoint);
  const repository = new ArticleRepository(db, TABLE);
  const at = new Date('2017-05-03T00:00:00Z');
  await repository.saveRecord(record(1, '2017-05-02', {
    title: 'Philippines weighs Russian rifles',
    entities: [lorenzana, dfa, russia],
    quotes: [quote('Q1', 'We are looking at all options', lorenzana), quote('Q2', 'The alliance stays', dfa), quote('Q3', 'Russia offered a good deal', lorenzana)],
    events: [event('V1', 'SIGN_AGREEMENT', [russia], { modality: 'planned' }), event('V2', 'PROTEST', [dfa])],
  }), at);
  await repository.saveRecord(record(2, '2017-04-10', {
    entities: [delfin, russia],
    quotes: [quote('Q1', 'April words', delfin)],
    events: [event('V1', 'SIGN_AGREEMENT', [delfin], { whom: [russia] })],
  }), at);
  await repository.saveRecord(record(3, '2016-12-01', { entities: [russia], events: [event('V1', 'HALT_MILITARY_AID', [russia], { modality: 'negated' })] }), at);
  await repository.saveRecord(record(4, null, { entities: [lorenzana], quotes: [quote('Q1', 'Undated words', lorenzana)] }), at);
  await repository.saveStatus({
    articleId: articleId(5), status: 'REJECTED', source: { bucket: 'news', key: 'incoming/empty.txt', etag: 'e' }, title: null, publishedAt: null,
    ingestedAt: at.toISOString(), counts: { entities: 0, quotes: 0, events: 0 }, error: { code: 'EMPTY', message: 'The article is empty.' },
  });
});

afterAll(async () => {
  db.destroy();
  await dynamo.close();
});

/** Calls the API and checks the response against the OpenAPI document's schema for its route and status. */
async function call(path: string, query: Record<string, string> = {}, method = 'GET', corsOrigin?: string): Promise<{ status: number; body: any; response: ApiResponse }> {
  const response = await handleApiRequest({ method, path, query }, { db, tableName: TABLE, ...(corsOrigin === undefined ? {} : { corsOrigin }) });
  const route = ROUTES.find((r) => r.pattern.test(path));
  if (route && method === 'GET') expect(contractErrors(route.path, response), `${path} ${response.status}: ${response.body}`).toEqual([]);
  return { status: response.status, body: response.body ? JSON.parse(response.body) : undefined, response };
}

/** Every page of a list, following cursors; returns the items and how many pages it took. */
async function allPages(path: string, field: string, query: Record<string, string>): Promise<{ items: any[]; pages: number }> {
  const items: any[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const { status, body } = await call(path, { ...query, ...(cursor ? { cursor } : {}) });
    expect(status).toBe(200);
    items.push(...body[field]);
    cursor = body.cursor;
    pages++;
  } while (cursor && pages < 50);
  return { items, pages };
}

const quoteIds = (quotes: { articleId: string; id: string }[]): string[] => quotes.map((q) => `${q.articleId.slice(-1)}/${q.id}`);

describe('GET /health and /openapi.json', () => {
  it('answers that it is alive', async () => {
    expect((await call('/health')).body).toEqual({ status: 'ok' });
  });

  it('serves a valid OpenAPI 3.1 document that documents exactly the routes it serves', async () => {
    const { body } = await call('/openapi.json');

    expect(await new Validator().validate(body)).toMatchObject({ valid: true });
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(ROUTES.map((r) => r.path).sort());
  });

  it('documents exactly the query parameters each route takes', () => {
    type Parameter = { name: string; in: string } | { $ref: string };
    const resolve = (p: Parameter) => ('$ref' in p ? (openapi.components.parameters as Record<string, Parameter>)[p.$ref.split('/').pop()!]! : p) as { name: string; in: string };
    const documented = Object.fromEntries(Object.entries(openapi.paths).map(([path, item]) => [
      path, ((item.get as { parameters?: Parameter[] }).parameters ?? []).map(resolve).filter((p) => p.in === 'query').map((p) => p.name).sort(),
    ]));

    expect(documented).toEqual(Object.fromEntries(ROUTES.map((r) => [r.path, [...r.params].sort()])));
  });
});

describe('GET /articles', () => {
  it('lists articles newest first, undated last, across pages without repeating one', async () => {
    const { items, pages } = await allPages('/articles', 'articles', { limit: '2' });

    expect(pages).toBe(3);
    expect(items.map((a) => a.articleId)).toEqual([1, 2, 3, 5, 4].map(articleId));
  });

  it('lists one ingest status', async () => {
    const rejected = await call('/articles', { status: 'rejected' });
    const processed = await call('/articles', { status: 'PROCESSED' });

    expect(rejected.body.articles.map((a: any) => a.articleId)).toEqual([articleId(5)]);
    expect(processed.body.articles).toHaveLength(4);
  });

  it('lists a publication date range, both ends included', async () => {
    const { body } = await call('/articles', { from: '2016-12-01', to: '2017-04-10' });

    expect(body.articles.map((a: any) => a.publishedAt)).toEqual(['2017-04-10', '2016-12-01']);
  });

  it.each([
    [{ status: 'DONE' }, 'status'], [{ from: '2017-02-30' }, 'from'], [{ from: '2017-05-01', to: '2017-04-01' }, 'from'],
    [{ limit: '0' }, 'limit'], [{ limit: '101' }, 'limit'], [{ sort: 'asc' }, 'sort'],
  ])('answers 400 naming the parameter for %o', async (query, name) => {
    const { status, body } = await call('/articles', query);

    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'INVALID_PARAMETER', message: expect.stringMatching(new RegExp(`^${name}:`)) });
  });
});

describe('GET /articles/{id}', () => {
  it('serves the full record of a processed article with its status', async () => {
    const { status, body } = await call(`/articles/${articleId(1)}`);

    expect(status).toBe(200);
    expect(body).toMatchObject({ articleId: articleId(1), status: 'PROCESSED', title: 'Philippines weighs Russian rifles', quotes: [{ id: 'Q1' }, { id: 'Q2' }, { id: 'Q3' }] });
  });

  it('serves the status and error of an article that was not processed', async () => {
    const { body } = await call(`/articles/${articleId(5)}`);

    expect(body).toMatchObject({ status: 'REJECTED', error: { code: 'EMPTY' } });
  });

  it('answers 404 for an unknown article and 400 for a malformed id', async () => {
    expect((await call(`/articles/${articleId(99)}`)).status).toBe(404);
    expect((await call('/articles/..%2F..%2Fetc')).status).toBe(400);
  });
});

describe('GET /quotes', () => {
  it('finds a speaker by surname, accent- and case-insensitively, across articles, newest first', async () => {
    const { body } = await call('/quotes', { speaker: 'LORENZANA' });

    expect(quoteIds(body.quotes)).toEqual(['1/Q1', '1/Q3', '2/Q1', '4/Q1']);
    expect(body.quotes[0]).toMatchObject({ articleId: articleId(1), articleTitle: 'Philippines weighs Russian rifles', publishedAt: '2017-05-02' });
  });

  it('finds the same quotes by full name with accents, by the cross-article key, and an organisation by acronym', async () => {
    const byName = await call('/quotes', { speaker: 'Delfín  LORENZANA' });
    const byKey = await call('/quotes', { speaker: 'delfin-lorenzana' });
    const byAcronym = await call('/quotes', { speaker: 'dfa' });

    expect(quoteIds(byName.body.quotes)).toEqual(['1/Q1', '1/Q3', '2/Q1', '4/Q1']);
    expect(byKey.body.quotes).toEqual(byName.body.quotes);
    expect(byAcronym.body.quotes.map((q: any) => q.text)).toEqual(['The alliance stays']);
  });

  it('limits quotes to a publication date range', async () => {
    const { body } = await call('/quotes', { speaker: 'lorenzana', from: '2017-04-01', to: '2017-04-30' });

    expect(body.quotes.map((q: any) => q.text)).toEqual(['April words']);
  });

  it('pages one quote at a time through every quote once, in the same order', async () => {
    const { items, pages } = await allPages('/quotes', 'quotes', { speaker: 'lorenzana', limit: '1' });

    expect(quoteIds(items)).toEqual(['1/Q1', '1/Q3', '2/Q1', '4/Q1']);
    expect(pages).toBe(4);
  });

  it('answers 200 with no quotes for a name nobody has', async () => {
    expect((await call('/quotes', { speaker: 'Nobody Atall' })).body.quotes).toEqual([]);
  });

  it('answers 400 for a forged cursor and for the cursor of another speaker', async () => {
    const first = await call('/quotes', { speaker: 'lorenzana', limit: '1' });
    const [payload, signature] = (first.body.cursor as string).split('.');
    const forged = Buffer.from(JSON.stringify({ p: { sk: '9999', source: 0, skip: 0 }, k: ['department-of-foreign-affairs'] })).toString('base64url');

    const tampered = await call('/quotes', { speaker: 'lorenzana', cursor: `${forged}.${signature}` });
    const otherSpeaker = await call('/quotes', { speaker: 'dfa', cursor: `${payload}.${signature}` });

    expect(tampered.body.error.message).toMatch(/^cursor:/);
    expect(otherSpeaker.status).toBe(400);
  });

  it('answers 400 naming speaker when it is missing or holds no letter', async () => {
    expect((await call('/quotes')).body.error.message).toMatch(/^speaker:/);
    expect((await call('/quotes', { speaker: '--' })).body.error.message).toMatch(/^speaker:/);
  });
});

describe('GET /events', () => {
  it('lists events of a type, newest first, case-insensitively', async () => {
    const { body } = await call('/events', { type: 'sign_agreement' });

    expect(body.events.map((e: any) => `${e.articleId.slice(-1)}/${e.id}`)).toEqual(['1/V1', '2/V1']);
  });

  it('lists the events an entity takes part in, as subject, object or place', async () => {
    const { body } = await call('/events', { entity: 'Russia' });

    expect(body.events.map((e: any) => `${e.type}/${e.modality}`)).toEqual(['SIGN_AGREEMENT/planned', 'SIGN_AGREEMENT/asserted', 'HALT_MILITARY_AID/negated']);
    expect(body.entityKeys).toEqual(['russia']);
  });

  it('combines type, entity, modality and date range', async () => {
    const both = await call('/events', { type: 'SIGN_AGREEMENT', entity: 'russia', modality: 'asserted' });
    const dated = await call('/events', { entity: 'russia', from: '2017-01-01' });

    expect(both.body.events.map((e: any) => e.articleId)).toEqual([articleId(2)]);
    expect(dated.body.events).toHaveLength(2);
  });

  it('pages through an entity\'s events', async () => {
    const { items, pages } = await allPages('/events', 'events', { entity: 'russia', limit: '2' });

    expect(items.map((e: any) => e.type)).toEqual(['SIGN_AGREEMENT', 'SIGN_AGREEMENT', 'HALT_MILITARY_AID']);
    expect(pages).toBe(2);
  });

  it('answers 400 without type or entity, and for an unknown modality', async () => {
    expect((await call('/events')).body.error.message).toMatch(/^type:/);
    expect((await call('/events', { type: 'PROTEST', modality: 'maybe' })).body.error.message).toMatch(/^modality:/);
  });
});

describe('GET /entities', () => {
  it('completes a prefix of any name form with the entity and its counts', async () => {
    const { body } = await call('/entities', { prefix: 'Lor' });

    expect(body.entities).toEqual([
      { key: 'delfin-lorenzana', name: 'Delfin Lorenzana', type: 'PERSON', matched: 'Lorenzana', counts: { quotes: 4, events: 1, articles: 3 } },
    ]);
  });

  it('narrows a prefix to one type', async () => {
    const people = await call('/entities', { prefix: 'd', type: 'PERSON' });
    const orgs = await call('/entities', { prefix: 'd', type: 'org' });

    expect(people.body.entities.map((e: any) => e.key)).toEqual(['delfin-lorenzana']);
    expect(orgs.body.entities.map((e: any) => e.key)).toEqual(['department-of-foreign-affairs']);
  });

  it('lists all entities of a type, across pages', async () => {
    const { items } = await allPages('/entities', 'entities', { type: 'GPE', limit: '1' });

    expect(items.map((e) => [e.key, e.counts])).toEqual([['russia', { quotes: 0, events: 3, articles: 3 }]]);
  });

  it('answers 400 without prefix or type', async () => {
    expect((await call('/entities')).body.error.message).toMatch(/^prefix:/);
  });
});

describe('GET /entities/{key}', () => {
  it('serves one entity across articles: aliases, titles, counts, latest quotes and events', async () => {
    const { status, body } = await call('/entities/delfin-lorenzana');

    expect(status).toBe(200);
    expect(body).toMatchObject({
      key: 'delfin-lorenzana', name: 'Delfin Lorenzana', type: 'PERSON', aliases: ['Delfin Lorenzana', 'Lorenzana'], titles: ['Defense Secretary'],
      counts: { quotes: 4, events: 1, articles: 3 },
    });
    expect(body.quotes.map((q: any) => q.text)).toEqual(['We are looking at all options', 'Russia offered a good deal', 'April words', 'Undated words']);
    expect(body.events.map((e: any) => e.articleId)).toEqual([articleId(2)]);
  });

  it('answers 404 for an entity nobody mentioned', async () => {
    expect((await call('/entities/nobody-atall')).status).toBe(404);
  });
});

describe('errors and CORS', () => {
  it('answers 404 for an unknown path and 405 with Allow for another method', async () => {
    const missing = await call('/nowhere');
    const posted = await call('/articles', {}, 'POST');

    expect(missing.body.error.code).toBe('NOT_FOUND');
    expect(posted.status).toBe(405);
    expect(posted.response.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('answers a CORS preflight for the configured origin', async () => {
    const { status, response } = await call('/quotes', {}, 'OPTIONS', 'https://analyst.example');

    expect(status).toBe(204);
    expect(response.headers).toMatchObject({ 'access-control-allow-origin': 'https://analyst.example', 'access-control-allow-methods': 'GET, HEAD, OPTIONS' });
  });

  it('sends no CORS headers when CORS is switched off', async () => {
    const { response } = await call('/health', {}, 'GET', '');

    expect(Object.keys(response.headers).filter((h) => h.startsWith('access-control'))).toEqual([]);
  });
});
