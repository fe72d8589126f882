/**
 * Local DynamoDB: dynalite on 127.0.0.1, in memory or persisted in LevelDB,
 * with the project's single table created from shared/store/schema.ts.
 *
 * dynalite runs in a worker thread of its own (dynamo-engine.ts): DynamoDB
 * is a service of its own on AWS, and here its work (item encoding, LevelDB,
 * checksums, its HTTP server) would otherwise share one event loop, and one
 * core, with the API and the handlers that call it.
 *
 * dynalite 4 speaks the DynamoDB JSON API (no TransactWrite, TTL or PartiQL)
 * and accepts any credentials.
 */
import { mkdir } from 'node:fs/promises';
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  type AttributeDefinition,
  type DynamoDBClient,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { GSIS, TABLE_KEYS } from '../store/schema.js';
import { createLocalDynamoClient } from './clients.js';
import type { EngineMessage, EngineOptions } from './dynamo-engine.js';
import { moduleWorker } from './workers.js';

export interface LocalDynamoOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** LevelDB directory (created if missing); in memory when absent. */
  path?: string;
  /** The table to create if it does not exist yet. */
  tableName: string;
}

export interface LocalDynamo {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  port: number;
  tableName: string;
  /**
   * Stops the server, ending open connections (as a process that dies
   * would) once the requests it is serving are answered, closes the LevelDB
   * store and ends the engine's thread. Rejects if the engine failed.
   */
  close(): Promise<void>;
}

export async function startLocalDynamo(options: LocalDynamoOptions): Promise<LocalDynamo> {
  if (options.path) await mkdir(options.path, { recursive: true });
  const engine = startEngine({ port: options.port ?? 0, ...(options.path ? { path: options.path } : {}) });
  const port = await engine.listening;
  const endpoint = `http://127.0.0.1:${port}`;

  const client = createLocalDynamoClient(endpoint);
  try {
    await ensureTable(client, options.tableName, options.path);
  } catch (err) {
    await engine.close().catch(() => undefined);
    throw err;
  } finally {
    client.destroy();
  }
  return { endpoint, port, tableName: options.tableName, close: engine.close };
}

/** Starts the engine thread; `listening` resolves with its port or rejects as listen() would (`code`, `port`). */
function startEngine(options: EngineOptions): { listening: Promise<number>; close(): Promise<void> } {
  const worker = moduleWorker('dynamo-engine', options);
  let failure: Error | undefined;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const message = <T extends EngineMessage['type']>(...types: T[]) =>
    new Promise<Extract<EngineMessage, { type: T }>>((resolve, reject) => {
      const onMessage = (m: EngineMessage) => {
        if (!(types as string[]).includes(m.type)) return;
        worker.off('message', onMessage);
        resolve(m as Extract<EngineMessage, { type: T }>);
      };
      worker.on('message', onMessage);
      void exited.then(() => reject(failure ?? new Error('the local DynamoDB engine stopped')));
    });
  // An exception the engine did not catch ends its thread (not this one): close() reports it.
  worker.on('error', (err) => (failure ??= err));
  const listening = message('listening', 'failed').then(async (m) => {
    if (m.type === 'listening') return m.port;
    await worker.terminate();
    throw Object.assign(new Error(m.message), m.code ? { code: m.code } : {}, m.port !== undefined ? { port: m.port } : {});
  });
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      if (failure) throw failure;
      const done = message('closed', 'close-failed');
      worker.postMessage('close');
      const m = await done;
      await exited;
      if (m.type === 'close-failed') throw new Error(m.message);
    })());
  return { listening, close };
}

/**
 * Creates the table (base key + every GSI of the schema, all string
 * attributes, the schema's projection, on-demand) unless it exists, then waits until
 * the table and its indexes are ACTIVE. An existing table that lacks one of
 * the schema's indexes is an error: dynalite cannot add an index later.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string, location?: string): Promise<void> {
  const existing = await describe(client, tableName);
  if (existing) {
    const have = new Set((existing.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
    const missing = GSIS.filter((gsi) => !have.has(gsi.name)).map((gsi) => gsi.name);
    if (missing.length > 0) {
      throw new Error(
        `Local table "${tableName}"${location ? ` in ${location}` : ''} has no index ${missing.join(', ')} ` +
          '(the schema changed since it was created). Delete that directory to recreate the table; ' +
          'the articles stay in the local bucket and can be uploaded again.',
      );
    }
  } else {
    await createTable(client, tableName);
  }
  await waitUntilActive(client, tableName);
}

async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const attributes = new Set<string>([TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]);
  for (const gsi of GSIS) {
    attributes.add(gsi.partitionKey);
    attributes.add(gsi.sortKey);
  }
  const definitions: AttributeDefinition[] = [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' }));
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: definitions,
        KeySchema: [
          { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: GSIS.map((gsi) => ({
          IndexName: gsi.name,
          KeySchema: [
            { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
            { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...gsi.projected] },
        })),
      }),
    );
  } catch (err) {
    if (!(err instanceof ResourceInUseException)) throw err; // created concurrently: fine
  }
}

async function waitUntilActive(client: DynamoDBClient, tableName: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const table = await describe(client, tableName);
    const active =
      table?.TableStatus === 'ACTIVE' &&
      (table.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
    if (active) return;
    if (Date.now() > deadline) throw new Error(`Local table "${tableName}" did not become ACTIVE within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function describe(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (err) {
    if (err instanceof ResourceNotFoundException) return undefined;
    throw err;
  }
}
