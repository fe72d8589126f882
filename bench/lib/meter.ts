/**
 * Request and capacity meters for the cost part, as AWS SDK middleware on the
 * real clients the handlers use.
 *
 * DynamoDB: every request asks for ReturnConsumedCapacity=TOTAL; dynalite
 * answers with the table's units (1 per started KB written, 1 per started
 * 4 KB read, halved for eventually consistent reads), but it leaves out GSI
 * writes. Those are added here as DynamoDB bills them: for each item a write
 * touches, its image before and after is read on a side client (not metered);
 * when either is in an index, the index entry (the table and index keys and
 * the attributes the index projects) is sized with dynalite's own sizing
 * (`capacityUnits` of dynalite/db): a new or changed entry costs its new
 * size, a removed one its old size, a moved key both, an entry the write did
 * not change (only attributes the index does not project changed) nothing.
 * Failed conditional writes are not counted.
 */
import { GetItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { capacityUnits } from 'dynalite/db/index.js';

type Item = Record<string, AttributeValue>;
type Key = { PK: string; SK: string };

export interface DynamoUsage {
  readUnits: number;
  /** Table writes, as dynalite reports them. */
  writeUnits: number;
  /** Index writes, computed (see above). */
  gsiWriteUnits: number;
  /** Table write units by item kind (the PK before its first `#`). */
  writeUnitsByKind: Record<string, number>;
  requests: Record<string, number>;
}

const emptyUsage = (): DynamoUsage => ({ readUnits: 0, writeUnits: 0, gsiWriteUnits: 0, writeUnitsByKind: {}, requests: {} });

/** A key attribute as the document client (a string) or the base client ({S}) sends it. */
const keyString = (value: unknown): string => (typeof value === 'string' ? value : String((value as { S?: string } | undefined)?.S ?? ''));
const kindOf = (key: Key) => key.PK.split('#')[0]!;

/** What DynamoDB bills to write `item` (dynalite's sizing: attribute names and values, per started KB); 0 when absent. */
export const itemWriteUnits = (item: Item | undefined): number => capacityUnits(item, false);

/** The items a write request touches. */
function writtenKeys(command: string, input: Record<string, any>): Key[] {
  const key = (item: Record<string, unknown>): Key => ({ PK: keyString(item.PK), SK: keyString(item.SK) });
  if (command === 'BatchWriteItemCommand') {
    return Object.values(input.RequestItems as Record<string, Record<string, any>[]>)
      .flat()
      .map((request) => key(request.PutRequest?.Item ?? request.DeleteRequest?.Key));
  }
  if (command === 'PutItemCommand') return [key(input.Item)];
  if (command === 'UpdateItemCommand' || command === 'DeleteItemCommand') return [key(input.Key)];
  return [];
}

export class DynamoMeter {
  usage: DynamoUsage = emptyUsage();

  /** `side` reads the before and after images of written items; it must be another client on the same endpoint. */
  constructor(
    private readonly side: DynamoDBClient,
    private readonly tableName: string,
    /** The table's GSIs: key attributes and projected attributes (shared/store/schema.ts GSIS). */
    private readonly gsis: readonly { partitionKey: string; sortKey: string; projected: readonly string[] }[],
  ) {}

  /** Takes the usage so far and starts again from zero. */
  take(): DynamoUsage {
    const usage = this.usage;
    this.usage = emptyUsage();
    return usage;
  }

  /** Meters `client`: a DynamoDB client, or a document client (which shares its client's middleware stack). */
  attach(client: Pick<DynamoDBClient, 'middlewareStack'>): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = context.commandName ?? 'unknown';
        const input = args.input as Record<string, any>;
        input.ReturnConsumedCapacity = 'TOTAL';
        const keys = writtenKeys(command, input);
        const before = await Promise.all(keys.map((key) => this.image(key)));
        const result = await next(args);
        const usage = this.usage;
        usage.requests[command] = (usage.requests[command] ?? 0) + 1;
        const consumed = [(result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity ?? []].flat() as { CapacityUnits?: number }[];
        const units = consumed.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
        if (keys.length === 0) usage.readUnits += units;
        else {
          usage.writeUnits += units;
          const after = await Promise.all(keys.map((key) => this.image(key)));
          keys.forEach((key, i) => {
            // What dynalite bills an item: its larger image (a batch reports only its total).
            const kind = kindOf(key);
            usage.writeUnitsByKind[kind] = (usage.writeUnitsByKind[kind] ?? 0) + Math.max(itemWriteUnits(before[i]), itemWriteUnits(after[i]));
            usage.gsiWriteUnits += this.indexWrites(before[i], after[i]);
          });
        }
        return result;
      },
      { step: 'initialize', name: 'benchDynamoMeter' },
    );
  }

  private async image(key: Key): Promise<Item | undefined> {
    const { Item } = await this.side.send(new GetItemCommand({ TableName: this.tableName, Key: { PK: { S: key.PK }, SK: { S: key.SK } }, ConsistentRead: true }));
    return Item;
  }

  /** Index write units for one item going from `before` to `after` (either absent). */
  private indexWrites(before: Item | undefined, after: Item | undefined): number {
    let units = 0;
    for (const { partitionKey, sortKey, projected } of this.gsis) {
      const entry = (item?: Item): Item | undefined =>
        item?.[partitionKey] ? Object.fromEntries(['PK', 'SK', partitionKey, sortKey, ...projected].filter((a) => item[a] !== undefined).map((a) => [a, item[a]!])) : undefined;
      const [was, is] = [entry(before), entry(after)];
      if (JSON.stringify(was) === JSON.stringify(is)) continue;
      const keyOf = (e?: Item) => (e ? JSON.stringify([e[partitionKey], e[sortKey]]) : undefined);
      if (is) units += itemWriteUnits(is);
      if (was && keyOf(was) !== keyOf(is)) units += itemWriteUnits(was);
    }
    return units;
  }
}

/** Counts an S3 client's requests by command into `counts`. */
export function countS3Requests(client: S3Client, counts: Record<string, number>): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'unknown';
      counts[command] = (counts[command] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchS3Counter' },
  );
}
