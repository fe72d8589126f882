/**
 * Stopping the local DynamoDB while clients are busy, as the reliability
 * tests do to simulate an outage: the clients see failed calls, the process
 * itself keeps running.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchWriteItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalDynamoClient } from '../../shared/local/clients.js';
import { startLocalDynamo } from '../../shared/local/dynamo.js';
import { TABLE_KEYS } from '../../shared/store/schema.js';

const TABLE = 'stop-test';
const uncaught: unknown[] = [];
const record = (err: unknown) => void uncaught.push(err);
afterEach(() => {
  process.off('uncaughtException', record);
  uncaught.length = 0;
});

/** Items in the table and in its index, so that each write is several LevelDB operations. */
const item = (i: number) => ({
  [TABLE_KEYS.partitionKey]: { S: `P#${i % 7}` },
  [TABLE_KEYS.sortKey]: { S: `S#${i}` },
  TypePK: { S: `T#${i % 3}` },
  TypeSK: { S: `N#${i}` },
  body: { S: 'x'.repeat(1_000) },
});

const writeOrQuery = (client: DynamoDBClient, i: number) =>
  i % 2
    ? client.send(new BatchWriteItemCommand({ RequestItems: { [TABLE]: Array.from({ length: 25 }, (_, j) => ({ PutRequest: { Item: item(i * 25 + j) } })) } }))
    : client.send(
        new QueryCommand({
          TableName: TABLE,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey },
          ExpressionAttributeValues: { ':pk': { S: `P#${i % 7}` } },
        }),
      );

/** Starts a persisted store, sends 200 calls, stops the store once 20 are answered; resolves with each call's outcome. */
async function stopUnderLoad(): Promise<('ok' | 'failed')[]> {
  const dir = await mkdtemp(join(tmpdir(), 'dynamo-stop-'));
  const dynamo = await startLocalDynamo({ tableName: TABLE, path: join(dir, 'db') });
  const client = createLocalDynamoClient(dynamo.endpoint);
  try {
    let settled = 0;
    const calls = Array.from({ length: 200 }, (_, i) =>
      writeOrQuery(client, i)
        .then(() => 'ok' as const, () => 'failed' as const)
        .finally(() => void settled++),
    );
    while (settled < 20) await new Promise((resolve) => setTimeout(resolve, 1));
    await dynamo.close();
    const outcomes = await Promise.all(calls);
    await new Promise((resolve) => setImmediate(resolve));
    return outcomes;
  } finally {
    client.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

describe('local DynamoDB stop', () => {
  it('lets requests in flight finish and raises no uncaught error when stopped under load', async () => {
    // Arrange: the race is between dynalite's reads inside one request and the store closing, so try it several times.
    process.on('uncaughtException', record);

    // Act
    const rounds: ('ok' | 'failed')[][] = [];
    for (let round = 0; round < 5; round++) rounds.push(await stopUnderLoad());

    // Assert
    expect(uncaught).toEqual([]);
    for (const outcomes of rounds) expect(new Set(outcomes)).toEqual(new Set(['ok', 'failed']));
  });
});
