/**
 * The cost benchmarks' DynamoDB meter on the real local engine: GSI writes
 * are billed as DynamoDB bills them, by what the index projects.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoMeter } from '../../bench/lib/meter.js';
import { createLocalDocumentClient, createLocalDynamoClient } from '../../shared/local/clients.js';
import { startLocalDynamo, type LocalDynamo } from '../../shared/local/dynamo.js';
import { GSI, GSIS } from '../../shared/store/schema.js';

const TABLE = 'meter-test';
const { partitionKey, sortKey } = GSI.entitiesByType;
let dynamo: LocalDynamo;
let db: ReturnType<typeof createLocalDocumentClient>;
let side: ReturnType<typeof createLocalDynamoClient>;
let meter: DynamoMeter;

beforeAll(async () => {
  dynamo = await startLocalDynamo({ tableName: TABLE });
  db = createLocalDocumentClient(dynamo.endpoint);
  side = createLocalDynamoClient(dynamo.endpoint);
  meter = new DynamoMeter(side, TABLE, GSIS);
  meter.attach(db);
});

afterAll(async () => {
  db.destroy();
  side.destroy();
  await dynamo.close();
});

const profile = { PK: 'NAMES#d', SK: 'delfin-lorenzana#delfin-lorenzana', entityKey: 'delfin-lorenzana', name: 'Delfin Lorenzana', type: 'PERSON', alias: 'Delfin Lorenzana', [partitionKey]: 'TYPE#PERSON', [sortKey]: 'delfin-lorenzana' };
const addTitle = (title: string) =>
  db.send(new UpdateCommand({ TableName: TABLE, Key: { PK: profile.PK, SK: profile.SK }, UpdateExpression: 'ADD titles :t', ExpressionAttributeValues: { ':t': new Set([title]) } }));

describe('the DynamoDB meter', () => {
  it('bills an index write for an item that enters the index', async () => {
    meter.take();

    await db.send(new PutCommand({ TableName: TABLE, Item: profile }));

    expect(meter.take()).toMatchObject({ writeUnits: 1, gsiWriteUnits: 1, writeUnitsByKind: { NAMES: 1 } });
  });

  it('bills no index write for an update of attributes the index does not project', async () => {
    meter.take();

    await addTitle('Defense Secretary');

    expect(meter.take()).toMatchObject({ writeUnits: 1, gsiWriteUnits: 0 });
  });

  it('bills an index write when a projected attribute changes', async () => {
    meter.take();

    await db.send(new UpdateCommand({ TableName: TABLE, Key: { PK: profile.PK, SK: profile.SK }, UpdateExpression: 'SET #n = :n', ExpressionAttributeNames: { '#n': 'name' }, ExpressionAttributeValues: { ':n': 'Delfin N. Lorenzana' } }));

    expect(meter.take()).toMatchObject({ writeUnits: 1, gsiWriteUnits: 1 });
  });

  it('counts reads apart from writes', async () => {
    meter.take();

    await db.send(new PutCommand({ TableName: TABLE, Item: { PK: 'ARTICLES', SK: '2017-05-02#a1' } }));
    const { readUnits, writeUnits, gsiWriteUnits } = meter.take();

    expect({ readUnits, writeUnits, gsiWriteUnits }).toEqual({ readUnits: 0, writeUnits: 1, gsiWriteUnits: 0 });
  });
});
