import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandler } from '../../functions/query/handler.js';

const db = mockClient(DynamoDBDocumentClient);
const errors: unknown[] = [];
const handler = createHandler({ db: DynamoDBDocumentClient.from(new DynamoDBClient({})), tableName: 'articles', logError: (_m, e) => errors.push(e) });

function get(path: string, query?: Record<string, string>, method = 'GET'): Promise<{ statusCode?: number; body?: string }> {
  return handler({ rawPath: path, queryStringParameters: query, requestContext: { http: { method } } } as unknown as APIGatewayProxyEventV2);
}
const bodyOf = (response: { body?: string }) => JSON.parse(response.body ?? 'null');

beforeEach(() => {
  db.reset();
  errors.length = 0;
});

describe('query handler', () => {
  it('serves a processed article as the full record', async () => {
    db.on(QueryCommand).resolves({
      Items: [
        { PK: 'ARTICLE#a', SK: 'META', rev: 'r2', articleId: '0123456789abcdef01234567', status: 'PROCESSED', title: 'T', body: 'B', language: 'en', relatedLinks: [], extractor: { version: '1' }, ingestedAt: '2017-05-02T00:00:00Z' },
        { PK: 'ARTICLE#a', SK: 'QUOTE#r2#00000', rev: 'r2', quote: { id: 'Q1', text: 'current' } },
        { PK: 'ARTICLE#a', SK: 'QUOTE#r1#00000', rev: 'r1', quote: { id: 'Q1', text: 'previous revision' } },
      ],
    });

    const response = await get('/articles/0123456789abcdef01234567');

    expect(response.statusCode).toBe(200);
    expect(bodyOf(response)).toMatchObject({ title: 'T', body: 'B', quotes: [{ text: 'current' }], entities: [], events: [], status: 'PROCESSED' });
  });

  it('answers 404 with a JSON error for an unknown article', async () => {
    db.on(QueryCommand).resolves({ Items: [] });

    const response = await get('/articles/0123456789abcdef01234567');

    expect(response.statusCode).toBe(404);
    expect(bodyOf(response)).toEqual({ error: { code: 'NOT_FOUND', message: 'No article with id 0123456789abcdef01234567.' } });
  });

  it('answers 400 naming the parameter when speaker is missing', async () => {
    const response = await get('/quotes');

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response).error.message).toMatch(/^speaker:/);
  });

  it.each([['0'], ['101'], ['1e9'], ['ten']])('answers 400 for limit=%s', async (limit) => {
    const response = await get('/articles', { limit });

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response).error.message).toMatch(/^limit:/);
  });

  it('answers 400 for a forged cursor', async () => {
    const response = await get('/articles', { cursor: 'eyJrIjoiYXJ0aWNsZXMiLCJ2Ijp7Imxhc3QiOiJ4In19.forged' });

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response).error.code).toBe('INVALID_PARAMETER');
  });

  it('answers 400 for a path id that is not an article id', async () => {
    const response = await get('/articles/..%2F..%2Fetc');

    expect(response.statusCode).toBe(400);
  });

  it('answers 405 for a method other than GET', async () => {
    const response = await get('/articles', undefined, 'DELETE');

    expect(response.statusCode).toBe(405);
  });

  it('answers 500 without internals when DynamoDB fails, and logs the cause', async () => {
    db.on(QueryCommand).rejects(new Error('connection reset by peer at 10.0.0.1'));

    const response = await get('/articles');

    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/10\.0\.0\.1|stack/);
    expect(errors).toHaveLength(1);
  });

  it('reads quotes by speaker through the alias items and GSI1, newest first', async () => {
    db.on(QueryCommand, { KeyConditionExpression: 'PK = :pk' }).resolves({ Items: [{ entityKey: 'delfin-lorenzana' }] });
    db.on(QueryCommand, { IndexName: 'GSI1' }).resolves({
      Items: [{ GSI1SK: '2017-05-02#a#00001', quote: { id: 'Q4', text: 'it is only now' }, articleId: 'a', articleTitle: 'T', publishedAt: '2017-05-02' }],
    });

    const response = await get('/quotes', { speaker: 'LORENZANA' });

    expect(bodyOf(response).quotes).toEqual([{ id: 'Q4', text: 'it is only now', articleId: 'a', articleTitle: 'T', publishedAt: '2017-05-02' }]);
    expect(db).toHaveReceivedCommandWith(QueryCommand, { ExpressionAttributeValues: { ':pk': 'ALIAS#lorenzana' } });
    expect(db).toHaveReceivedCommandWith(QueryCommand, { IndexName: 'GSI1', ScanIndexForward: false });
  });
});
