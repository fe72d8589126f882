/**
 * Writes and reads whole articles, correct under redelivery and without
 * transactions (dynalite has none; see schema.ts for the layout):
 *
 * 1. Read the RECORD item (consistent). A newer version stored (by S3
 *    sequencer) means this one is ignored.
 * 2. Register new names of the article's actors in the catalogue.
 * 3. Bring the pointer items from the stored version's to the new one's:
 *    delete those that went, put those that are new or changed.
 * 4. Put the RECORD item, on condition that no newer version got there
 *    first. It is the commit: readers take quotes and events only from it, so
 *    nobody sees half an old and half a new article.
 *
 * A crash before 4 leaves the old record, and the retry redoes 3 from it.
 * The version already stored, delivered again, writes nothing. Two versions
 * processed at once: whoever loses the conditional put, and whoever finds
 * that the record it replaced is not the one it read, rewrites the pointers
 * of the version that stands. A save without a sequencer (a reprocess run)
 * rewrites every pointer, which also repairs anything a crash in that race
 * left behind.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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
    const base = await this.readVersion(articleId, true);
    if (seq && base?.seq && base.seq > seq) return 'superseded';
    if (seq && base?.seq === seq) return 'saved';
    // Without a sequencer (a reprocess run) the stored order stays.
    const version: RecordVersion = { rev: randomBytes(9).toString('base64url'), seq: seq ?? base?.seq };
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
    await this.syncPointers(next, base?.article, seq === undefined);
    let replaced: StoredVersion | undefined;
    try {
      const { Attributes } = await this.db.send(new PutCommand({
        TableName: this.tableName,
        Item: item,
        ...(seq ? { ConditionExpression: 'attribute_not_exists(seq) OR seq <= :seq', ExpressionAttributeValues: { ':seq': seq } } : {}),
        ReturnValues: 'ALL_OLD',
      }));
      replaced = Attributes ? unpackRecordItem(Attributes) : undefined;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      await this.syncPointers((await this.readVersion(articleId, true))?.article, next, true);
      return 'superseded';
    }
    if (replaced?.rev !== base?.rev) await this.syncPointers(next, replaced?.article, true);
    return 'saved';
  }

  /**
   * Makes the pointer items those of `target`, given that those of `previous`
   * were written: deletes the ones `target` has not, puts the ones it has
   * (all of them when `rewrite`, else only the new and changed).
   */
  private async syncPointers(target: StoredArticle | undefined, previous: StoredArticle | undefined, rewrite: boolean): Promise<void> {
    const wanted = indexItems(target);
    const written = indexItems(previous);
    const had = new Map(written.map((item) => [keyString(item), JSON.stringify(item)]));
    const wantedKeys = new Set(wanted.map(keyString));
    await batchWrite(this.db, this.tableName, {
      deletes: written.filter((item) => !wantedKeys.has(keyString(item))).map(keyOf),
      puts: rewrite ? wanted : wanted.filter((item) => had.get(keyString(item)) !== JSON.stringify(item)),
    }, this.sleep);
  }
}
