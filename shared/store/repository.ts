/**
 * Writes and reads whole articles, correct under redelivery and without
 * transactions (dynalite has none; see schema.ts for the layout):
 *
 * 1. Read the RECORD item (consistent). A newer version stored (by S3
 *    sequencer) means this one is ignored.
 * 2. Register new names of the article's actors in the catalogue.
 * 3. Bring the pointer items from the stored version's to the new one's:
 *    delete those that went, put those that are new or changed.
 * 4. Put the RECORD item on condition that its `rev` is still the one read
 *    in 1. It is the commit: readers take quotes and events only from it, so
 *    nobody sees half an old and half a new article.
 *
 * A crash before 4 leaves the old record, and the retry redoes 3 from it.
 * The version already stored, delivered again, writes nothing.
 *
 * Versions saved at once. Step 3 writes pointers on the belief that the
 * record read in 1 still stands, and the conditional put in 4 is what checks
 * that belief: every pointer write is followed by a write of the RECORD item
 * conditional on the `rev` the pointer writes were computed from. A writer
 * whose condition fails has touched pointers on a wrong belief, and reads
 * the record again:
 * - it is newer than what stands: it redoes 3 from that and tries 4 again;
 * - what stands is newer (or this same version, saved by another delivery):
 *   it sets every pointer it touched to what the standing version calls for
 *   and then changes that version's `rev` (same content), again on
 *   condition, and again from the top if that fails.
 * Changing `rev` after the repair is what makes it safe. Without it, this
 * interleaving (which a burst of uploads of one key hit now and then) leaves
 * a pointer of a superseded version behind, e.g. the article listed twice:
 *   A (seq 2) writes its pointers; C (seq 3) saves and stands; A's put fails
 *   and A reads C; N (seq 4) reads C and deletes C's listing entry (N has
 *   another date); A, setting its pointers right for C, puts that entry
 *   back; N's put, conditional on C's `rev`, succeeds: C's entry stays.
 * With the change N's put fails, and N redoes 3 from C, deleting it again.
 * The contention costs only when it happens: a failed conditional write and
 * a read per lost round, and the `rev` change (a write of the RECORD item)
 * per repair; an article saved alone writes exactly what it did before.
 * A writer that crashes between a lost round and its repair leaves its
 * pointers behind; a save without a sequencer (a reprocess run) rewrites
 * every pointer, which repairs that.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomBytes } from 'node:crypto';
import type { ArticleRecord, ArticleStatus } from '../contracts.js';
import { actorsOf, indexItems, type Item, type StoredArticle } from './article-index.js';
import { batchGet, batchWrite, keyOf, keyString, queryAll, realSleep, type Sleep } from './requests.js';
import { EntityCatalogue } from './catalogue.js';
import { articleIdFor, objectPk, recordKey, sequencerKey } from './keys.js';
import { RecordTooLargeError, packRecordItem, unpackRecordItem, type RecordVersion } from './record-item.js';

export type { StoredArticle } from './article-index.js';

/** `saved`: the version given is now the article. `superseded`: a newer version was already stored; nothing changed. */
export type SaveOutcome = 'saved' | 'superseded';

type StoredVersion = RecordVersion & { article?: StoredArticle };

/**
 * Rounds of one save against other writers of the same article. Each lost
 * round means another writer finished, so only that many writers at one
 * article at once could exhaust them; then the save throws and is retried.
 */
const MAX_ROUNDS = 100;

const newRev = (): string => randomBytes(9).toString('base64url');
const tooManyRounds = (articleId: string): Error => new Error(`Article ${articleId}: ${MAX_ROUNDS} rounds lost to other writers of it`);

/** Whether a conditional write was made: false when its condition failed. */
async function made(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export class ArticleRepository {
  readonly catalogue: EntityCatalogue;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.catalogue = new EntityCatalogue(db, tableName);
  }

  /** Stores a processed article as version `sequencer` (the S3 event's) of its object. */
  async saveRecord(record: ArticleRecord, ingestedAt: Date, sequencer?: string): Promise<SaveOutcome> {
    const status: ArticleStatus = {
      articleId: record.articleId,
      status: 'PROCESSED',
      source: record.source!,
      title: record.title,
      publishedAt: record.publishedAt,
      ingestedAt: ingestedAt.toISOString(),
      counts: { entities: record.entities.length, quotes: record.quotes.length, events: record.events.length },
    };
    return this.store(record.articleId, { status, record }, sequencer);
  }

  /** Records why an article could not be processed; any earlier extraction of it is removed. */
  async saveStatus(status: ArticleStatus, sequencer?: string): Promise<SaveOutcome> {
    return this.store(status.articleId, { status }, sequencer);
  }

  /** Removes an article (its object was deleted), leaving a tombstone that orders later notifications. */
  async deleteArticle(articleId: string, sequencer?: string): Promise<SaveOutcome> {
    return this.store(articleId, undefined, sequencer);
  }

  /** The ids of the articles an object holds: itself, or each of its lines (JSON Lines). */
  async articlesOfObject(bucket: string, key: string): Promise<string[]> {
    const lines = await queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': objectPk(bucket, key) } });
    return [articleIdFor(bucket, key), ...lines.map((item) => item.SK as string)];
  }

  /** Whether version `sequencer` of the object, or a newer one, is already stored, so it need not be processed. */
  async hasVersion(articleId: string, sequencer?: string): Promise<boolean> {
    if (!sequencer) return false;
    const { Item } = await this.db.send(new GetCommand({
      TableName: this.tableName, Key: recordKey(articleId), ConsistentRead: true, ProjectionExpression: 'seq',
    }));
    return typeof Item?.seq === 'string' && Item.seq >= sequencerKey(sequencer);
  }

  /** The ingest status alone: what happened to an article, without its content. */
  async getStatus(articleId: string): Promise<ArticleStatus | undefined> {
    return (await this.getArticle(articleId))?.status;
  }

  async getArticle(articleId: string): Promise<StoredArticle | undefined> {
    return (await this.readVersion(articleId, false))?.article;
  }

  /** Several articles at once (BatchGetItem), by id; deleted and unknown ones are absent. */
  async getArticles(articleIds: Iterable<string>): Promise<Map<string, StoredArticle>> {
    const keys = [...new Set(articleIds)].map(recordKey);
    const items = await batchGet(this.db, this.tableName, keys, this.sleep);
    const articles = new Map<string, StoredArticle>();
    for (const item of items) {
      const { article } = unpackRecordItem(item);
      if (article) articles.set(article.status.articleId, article);
    }
    return articles;
  }

  private async readVersion(articleId: string, consistent: boolean): Promise<StoredVersion | undefined> {
    const { Item } = await this.db.send(new GetCommand({
      TableName: this.tableName, Key: recordKey(articleId), ConsistentRead: consistent,
    }));
    return Item ? unpackRecordItem(Item) : undefined;
  }

  private async store(articleId: string, next: StoredArticle | undefined, sequencer?: string): Promise<SaveOutcome> {
    const seq = sequencer ? sequencerKey(sequencer) : undefined;
    let base = await this.readVersion(articleId, true);
    if (seq && base?.seq && base.seq > seq) return 'superseded';
    if (seq && base?.seq === seq) return 'saved';
    // Without a sequencer (a reprocess run) the stored order stays.
    const version: RecordVersion = { rev: newRev(), seq: seq ?? base?.seq };
    let item: Item;
    try {
      item = packRecordItem(articleId, next, version);
    } catch (error) {
      if (!(error instanceof RecordTooLargeError) || !next) throw error;
      const zero = { entities: 0, quotes: 0, events: 0 };
      next = { status: { ...next.status, status: 'REJECTED', counts: zero, error: { code: 'RECORD_TOO_LARGE', message: error.message } } };
      item = packRecordItem(articleId, next, version);
    }
    if (next?.record) await this.catalogue.register(actorsOf(next.record).values());
    // Every pointer key this save wrote or deleted, for the repair when another version stands.
    const touched = new Map<string, Item>();
    let rewrite = seq === undefined;
    for (let round = 1; ; round++) {
      await this.syncPointers(next, base?.article, rewrite, touched);
      if (await this.putIfRev(item, base?.rev)) return 'saved';
      // The condition failed, so a record is there (records are never removed, only tombstoned).
      const current = (await this.readVersion(articleId, true))!;
      // It stands if newer by sequencer, or this very version saved by another delivery; else this one replaces it.
      const stands = current.seq !== undefined && (version.seq === undefined || current.seq > version.seq || current.seq === seq);
      if (stands) {
        await this.repair(articleId, current, touched);
        return current.seq === seq ? 'saved' : 'superseded';
      }
      if (round === MAX_ROUNDS) {
        await this.repair(articleId, current, touched);
        throw tooManyRounds(articleId);
      }
      base = current;
      rewrite = false;
    }
  }

  /** Puts the RECORD item if the stored one is at revision `rev` (absent when undefined); false if it is not. */
  private async putIfRev(item: Item, rev: string | undefined): Promise<boolean> {
    return made(this.db.send(new PutCommand({
      TableName: this.tableName,
      Item: item,
      ...(rev === undefined ? { ConditionExpression: 'attribute_not_exists(PK)' } : { ConditionExpression: 'rev = :rev', ExpressionAttributeValues: { ':rev': rev } }),
    })));
  }

  /**
   * Sets the pointer items in `touched` to what the standing version calls
   * for, then changes its `rev` so that a writer who computed pointer writes
   * from it before this repair fails its commit and redoes them (the block
   * comment above). Starts again from whatever stands if that changed first.
   */
  private async repair(articleId: string, current: StoredVersion, touched: Map<string, Item>): Promise<void> {
    for (let round = 1; ; round++) {
      const wanted = new Map(indexItems(current.article).map((item) => [keyString(item), item]));
      await batchWrite(this.db, this.tableName, {
        deletes: [...touched].filter(([key]) => !wanted.has(key)).map(([, item]) => item),
        puts: [...wanted].filter(([key]) => touched.has(key)).map(([, item]) => item),
      }, this.sleep);
      if (await made(this.db.send(new UpdateCommand({
        TableName: this.tableName,
        Key: recordKey(articleId),
        UpdateExpression: 'SET rev = :new',
        ConditionExpression: 'rev = :rev',
        ExpressionAttributeValues: { ':rev': current.rev, ':new': newRev() },
      })))) return;
      if (round === MAX_ROUNDS) throw tooManyRounds(articleId);
      current = (await this.readVersion(articleId, true))!;
    }
  }

  /**
   * Makes the pointer items those of `target`, given that those of `previous`
   * were written: deletes the ones `target` has not, puts the ones it has
   * (all of them when `rewrite`, else only the new and changed). Adds the
   * keys it writes to `touched`.
   */
  private async syncPointers(target: StoredArticle | undefined, previous: StoredArticle | undefined, rewrite: boolean, touched: Map<string, Item>): Promise<void> {
    const wanted = indexItems(target);
    const written = indexItems(previous);
    const had = new Map(written.map((item) => [keyString(item), JSON.stringify(item)]));
    const wantedKeys = new Set(wanted.map(keyString));
    const deletes = written.filter((item) => !wantedKeys.has(keyString(item))).map(keyOf);
    const puts = rewrite ? wanted : wanted.filter((item) => had.get(keyString(item)) !== JSON.stringify(item));
    for (const item of [...deletes, ...puts]) touched.set(keyString(item), keyOf(item));
    await batchWrite(this.db, this.tableName, { deletes, puts }, this.sleep);
  }
}
