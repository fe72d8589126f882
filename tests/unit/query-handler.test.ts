import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandler } from '../../functions/query/handler.js';
import { packRecordItem } from '../../shared/store/record-item.js';
import { articleId, lorenzana, quote, record } from './store-fixtures.js';

const db = mockClient(DynamoDBDocumentClient);
const errors: unknown[] = [];
const handler = createHandler({ db: DynamoDBDocumentClient.from(new DynamoDBClient({})), tableName: 'articles', corsOrigin: 'https://analyst.example', logError: (_m, e) => errors.push(e) });

function get(path: string, query?: Record<string, string>, method = 'GET') {
  return handler({ rawPath: path, queryStringParameters: query, requestContext: { http: { method } } } as unknown as APIGatewayProxyEventV2);
}
const bodyOf = (response: { body?: string }) => JSON.parse(response.body ?? 'null');

beforeEach(() => {
  db.reset();
  errors.length = 0;
});

describe('query handler', () => {
  it('serves a stored article as the full record, with its status, in one GetItem', async () => {
    const saved = record(1, '2017-05-02', { entities: [lorenzana], quotes: [quote('Q1', 'current words', lorenzana)] });
    const status = { articleId: saved.articleId, status: 'PROCESSED' as const, source: saved.source!, title: saved.title, publishedAt: saved.publishedAt, ingestedAt: '2017-05-02T00:00:00.000Z', counts: { entities: 1, quotes: 1, events: 0 } };
    db.on(GetCommand).resolves({ Item: packRecordItem(saved.articleId, { status, record: saved }, { rev: 'r1' }) });

    const response = await get(`/articles/${articleId(1)}`);

    expect(response.statusCode).toBe(200);
    expect(bodyOf(response)).toEqual({ ...saved, status: 'PROCESSED', ingestedAt: '2017-05-02T00:00:00.000Z' });
    expect(db.commandCalls(GetCommand)).toHaveLength(1);
  });

  it('answers 404 with a JSON error for an unknown article', async () => {
    db.on(GetCommand).resolves({});

    const response = await get(`/articles/${articleId(1)}`);

    expect(response.statusCode).toBe(404);
    expect(bodyOf(response)).toEqual({ error: { code: 'NOT_FOUND', message: `No article with id ${articleId(1)}.` } });
  });

  it('answers 400 naming the parameter without touching DynamoDB', async () => {
    const response = await get('/quotes', { speaker: 'lorenzana', limit: 'ten' });

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response).error.message).toMatch(/^limit:/);
    expect(db.calls()).toHaveLength(0);
  });

  it('sends the configured CORS origin with every answer, errors included', async () => {
    const response = await get('/nowhere');

    expect(response.statusCode).toBe(404);
    expect(response.headers).toMatchObject({ 'access-control-allow-origin': 'https://analyst.example', 'content-type': 'application/json; charset=utf-8' });
  });

  it('answers 500 without internals when DynamoDB fails, and logs the cause', async () => {
    db.on(QueryCommand).rejects(new Error('connection reset by peer at 10.0.0.1'));

    const response = await get('/articles');

    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/10\.0\.0\.1|stack/);
    expect(errors).toHaveLength(1);
  });

  it('reads articles from the listing partition, newest first, one Query', async () => {
    db.on(QueryCommand).resolves({ Items: [] });

    await get('/articles', { from: '2017-01-01' });

    expect(db).toHaveReceivedCommandTimes(QueryCommand, 1);
    expect(db).toHaveReceivedCommandWith(QueryCommand, { ScanIndexForward: false, ExpressionAttributeValues: { ':pk': 'ARTICLES', ':lo': '2017-01-01', ':hi': '9999-12-31#\uffff' } });
  });
});
