/**
 * Local DynamoDB: dynalite on 127.0.0.1, in memory or persisted in LevelDB,
 * with the project's single table created from shared/store/schema.ts.
 *
 * dynalite 4 speaks the DynamoDB JSON API (no TransactWrite, TTL or PartiQL)
 * and accepts any credentials.
 */
import { mkdir } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  type AttributeDefinition,
  type DynamoDBClient,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { GSIS, TABLE_KEYS } from '../store/schema.js';
import { createLocalDynamoClient } from './clients.js';
import { listenOnLoopback } from './net.js';

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
  /** Stops the server, ending open connections (as a process that dies would), and closes the LevelDB store. */
  close(): Promise<void>;
}

export async function startLocalDynamo(options: LocalDynamoOptions): Promise<LocalDynamo> {
  if (options.path) await mkdir(options.path, { recursive: true });
  // createTableMs: how long dynalite keeps a new table CREATING; keep startup fast.
  const server = dynalite({ path: options.path, createTableMs: 20 });
  const port = await listenOnLoopback(server, options.port ?? 0);
  const endpoint = `http://127.0.0.1:${port}`;
  const close = stopWhenDrained(server);

  const client = createLocalDynamoClient(endpoint);
  try {
    await ensureTable(client, options.tableName, options.path);
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  } finally {
    client.destroy();
  }
  return { endpoint, port, tableName: options.tableName, close };
}

/** How long close() lets requests already being served finish. */
const DRAIN_TIMEOUT_MS = 5_000;

/**
 * Returns close(): from that moment new requests are dropped (the client sees
 * a reset connection, as from a process that died), requests already being
 * served finish, then the server stops and the store closes.
 *
 * Why not just server.close(): dynalite closes its LevelDB store while a
 * request is between two of its reads, and its request handler rethrows the
 * "Database is closed" error from a callback — an uncaught exception that
 * would take the whole process down with it.
 */
function stopWhenDrained(server: Server): () => Promise<void> {
  const serve = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  let closing = false;
  const inFlight = new Set<ServerResponse>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (closing) return void res.destroy();
    // In flight until dynalite answers: a client that hangs up does not stop dynalite's work on its request.
    inFlight.add(res);
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      inFlight.delete(res);
      return end(...args);
    }) as ServerResponse['end'];
    for (const listener of serve) listener(req, res);
  });
  return async () => {
    closing = true;
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (inFlight.size > 0 && Date.now() < deadline) await sleep(5);
    await new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      // Else a client that keeps its keep-alive connection open makes close() wait for it (up to 30 s).
      server.closeAllConnections();
    });
  };
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
