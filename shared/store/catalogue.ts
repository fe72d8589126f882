/**
 * The name catalogue: every written form of every actor's name, so that
 * "Lorenzana", "delfin lorenzana" and "DFA" find their entities, and a
 * prefix finds candidates for autocomplete. The item of an entity's own key
 * is its profile (canonical name, type, all aliases and titles seen).
 *
 * Written only when something is new: the profiles of an article's actors
 * are read first (reads cost a tenth of writes), then the missing alias
 * items are put, then the profiles updated. Forms and titles only ever grow,
 * so two articles registering at once cannot lose anything, and a retry
 * after a crash between the two steps writes the rest.
 *
 * Because they only grow, what this process has seen registered stays
 * registered: the forms and titles written or read are remembered per
 * client and table (a Lambda container keeps them across invocations), and
 * an actor with nothing new is not read again. Most actors of a steady news
 * stream are known, so this saves most of the profile reads.
 */
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EntityType } from '../contracts.js';
import { nameKey } from '../extract/names.js';
import { nameForms, type Actor, type Item } from './article-index.js';
import { batchGet, batchWrite, queryAll } from './requests.js';
import { entityTypePk, namesPk, nameSk } from './keys.js';
import { GSI } from './schema.js';

export interface EntityProfile {
  key: string;
  name: string;
  type: EntityType;
  /** Every written form seen for it, the canonical name included. */
  aliases: string[];
  titles: string[];
}

/** A catalogue entry that matched a prefix: the entity, and the form that matched. */
export interface NameMatch {
  key: string;
  name: string;
  type: EntityType;
  matched: string;
}

/** What is known to be in the catalogue: per entity key, its form keys and titles. */
type Known = Map<string, { forms: Set<string>; titles: Set<string> }>;

/** Bounds the memory of a long-lived process; past it the memory starts again (a read each, no harm). */
const MAX_KNOWN_ENTITIES = 50_000;
const knownByClient = new WeakMap<DynamoDBDocumentClient, Map<string, Known>>();

function knownFor(db: DynamoDBDocumentClient, tableName: string): Known {
  let tables = knownByClient.get(db);
  if (!tables) knownByClient.set(db, (tables = new Map()));
  let known = tables.get(tableName);
  if (!known || known.size > MAX_KNOWN_ENTITIES) tables.set(tableName, (known = new Map()));
  return known;
}

const profileKey = (entityKey: string): Item => ({ PK: namesPk(entityKey), SK: nameSk(entityKey, entityKey) });
const sorted = (values: unknown): string[] => [...((values as Set<string> | undefined) ?? [])].sort();

function profileOf(item: Item): EntityProfile {
  return { key: item.entityKey as string, name: item.name as string, type: item.type as EntityType, aliases: sorted(item.aliases), titles: sorted(item.titles) };
}

export class EntityCatalogue {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Records the name forms and titles of an article's actors that the catalogue does not have yet. */
  async register(actors: Iterable<Actor>): Promise<void> {
    const known = knownFor(this.db, this.tableName);
    const titleOf = (actor: Actor): string[] => (actor.entity.title ? [actor.entity.title] : []);
    const candidates = [...actors].map((actor) => ({ actor, forms: nameForms(actor) }));
    const list = candidates.filter(({ actor, forms }) => {
      const seen = known.get(actor.key);
      return !(seen && forms.every((f) => seen.forms.has(f.aliasKey)) && titleOf(actor).every((t) => seen.titles.has(t)));
    });
    if (list.length === 0) return;
    const found = await batchGet(this.db, this.tableName, list.map(({ actor }) => profileKey(actor.key)));
    const profiles = new Map(found.map((item) => [item.entityKey as string, profileOf(item)]));
    const aliasItems: Item[] = [];
    const updates: { actor: Actor; forms: string[]; titles: string[] }[] = [];
    for (const { actor, forms } of list) {
      const profile = profiles.get(actor.key);
      const registered = new Set(profile?.aliases.map(nameKey));
      const fresh = forms.filter((form) => !registered.has(form.aliasKey));
      const titles = titleOf(actor).filter((title) => !profile?.titles.includes(title));
      if (profile && fresh.length === 0 && titles.length === 0) continue;
      const name = profile?.name ?? actor.entity.name;
      const type = profile?.type ?? actor.entity.type;
      for (const form of fresh) {
        if (form.aliasKey === actor.key) continue; // the profile itself
        aliasItems.push({ PK: namesPk(form.aliasKey), SK: nameSk(form.aliasKey, actor.key), entityKey: actor.key, name, type, alias: form.alias });
      }
      updates.push({ actor, forms: fresh.map((f) => f.alias), titles });
    }
    await batchWrite(this.db, this.tableName, { puts: aliasItems });
    await Promise.all(updates.map(({ actor, forms, titles }) => this.updateProfile(actor, forms, titles)));
    // Only now, with everything written: a failed write must be retried, not remembered as done.
    for (const { actor, forms } of list) {
      const profile = profiles.get(actor.key);
      const seen = known.get(actor.key) ?? { forms: new Set<string>(), titles: new Set<string>() };
      for (const form of [...(profile?.aliases ?? []).map(nameKey), ...forms.map((f) => f.aliasKey)]) seen.forms.add(form);
      for (const title of [...(profile?.titles ?? []), ...titleOf(actor)]) seen.titles.add(title);
      known.set(actor.key, seen);
    }
  }

  private async updateProfile(actor: Actor, forms: string[], titles: string[]): Promise<void> {
    const { entity, key } = actor;
    const adds = [forms.length > 0 ? 'aliases :forms' : '', titles.length > 0 ? 'titles :titles' : ''].filter(Boolean);
    await this.db.send(new UpdateCommand({
      TableName: this.tableName,
      Key: profileKey(key),
      UpdateExpression:
        'SET entityKey = :key, #name = if_not_exists(#name, :name), #type = if_not_exists(#type, :type), ' +
        'alias = if_not_exists(alias, :name), #tpk = if_not_exists(#tpk, :tpk), #tsk = :key' +
        (adds.length > 0 ? ` ADD ${adds.join(', ')}` : ''),
      ExpressionAttributeNames: { '#name': 'name', '#type': 'type', '#tpk': GSI.entitiesByType.partitionKey, '#tsk': GSI.entitiesByType.sortKey },
      ExpressionAttributeValues: {
        ':key': key, ':name': entity.name, ':type': entity.type, ':tpk': entityTypePk(entity.type),
        ...(forms.length > 0 ? { ':forms': new Set(forms) } : {}),
        ...(titles.length > 0 ? { ':titles': new Set(titles) } : {}),
      },
    }));
  }

  async profile(entityKey: string): Promise<EntityProfile | undefined> {
    if (entityKey === '') return undefined;
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: profileKey(entityKey) }));
    return Item ? profileOf(Item) : undefined;
  }

  /** The entity keys a written name denotes: its canonical name, an alias, a surname, an acronym or the key itself. */
  async resolve(name: string): Promise<string[]> {
    const aliasKey = nameKey(name);
    if (aliasKey === '') return [];
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :form)',
      ExpressionAttributeValues: { ':pk': namesPk(aliasKey), ':form': `${aliasKey}#` },
      ProjectionExpression: 'entityKey',
    });
    const keys = items.map((i) => i.entityKey as string);
    return [...new Set(keys)].sort();
  }

  /**
   * Entities with a name form starting with `prefix`, in the forms'
   * alphabetical order; `after` is the last sort key a previous page read.
   * An entity with several such forms ("donald trump", "donald j trump") is
   * listed once, at the first of them: a form is skipped when the entity's
   * profile has a matching form that sorts before it, so no later page
   * repeats an entity an earlier page listed.
   */
  async search(prefix: string, options: { type?: EntityType; limit: number; after?: string }): Promise<{ matches: NameMatch[]; last?: string }> {
    const prefixKey = nameKey(prefix);
    const matches = new Map<string, NameMatch>();
    let last: string | undefined;
    let start: Item | undefined = options.after ? { PK: namesPk(prefixKey), SK: options.after } : undefined;
    do {
      const page = await this.db.send(new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ...(options.type ? { FilterExpression: '#type = :type' } : {}),
        ExpressionAttributeNames: options.type ? { '#type': 'type' } : undefined,
        ExpressionAttributeValues: { ':pk': namesPk(prefixKey), ':prefix': prefixKey, ...(options.type ? { ':type': options.type } : {}) },
        ExclusiveStartKey: start,
        Limit: options.limit + 1,
      }));
      const items = page.Items ?? [];
      const firstForms = await this.firstFormsStartingWith(prefixKey, items.map((item) => item.entityKey as string));
      for (const item of items) {
        if (matches.size === options.limit) return { matches: [...matches.values()], last };
        last = item.SK as string;
        const key = item.entityKey as string;
        const form = last.slice(0, last.length - key.length - 1);
        const first = firstForms.get(key);
        if (first !== undefined && first < form) continue;
        if (!matches.has(key)) matches.set(key, { key, name: item.name as string, type: item.type as EntityType, matched: item.alias as string });
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return { matches: [...matches.values()] };
  }

  /** Per entity, the first (in sort order) of its profile's name forms that starts with `prefixKey`. */
  private async firstFormsStartingWith(prefixKey: string, entityKeys: string[]): Promise<Map<string, string>> {
    const profiles = await batchGet(this.db, this.tableName, [...new Set(entityKeys)].map(profileKey));
    const first = new Map<string, string>();
    for (const profile of profiles.map(profileOf)) {
      const forms = profile.aliases.map(nameKey).filter((form) => form.startsWith(prefixKey)).sort();
      if (forms.length > 0) first.set(profile.key, forms[0]!);
    }
    return first;
  }

  /** Entities of one type in key order, from the sparse EntitiesByType index. */
  async ofType(type: EntityType, options: { limit: number; after?: string }): Promise<{ matches: NameMatch[]; last?: string }> {
    const { name: indexName, partitionKey, sortKey } = GSI.entitiesByType;
    const page = await this.db.send(new QueryCommand({
      TableName: this.tableName,
      IndexName: indexName,
      KeyConditionExpression: `#pk = :pk${options.after ? ' AND #sk > :after' : ''}`,
      ExpressionAttributeNames: { '#pk': partitionKey, ...(options.after ? { '#sk': sortKey } : {}) },
      ExpressionAttributeValues: { ':pk': entityTypePk(type), ...(options.after ? { ':after': options.after } : {}) },
      Limit: options.limit,
    }));
    const items = page.Items ?? [];
    return {
      matches: items.map((i) => ({ key: i.entityKey as string, name: i.name as string, type: i.type as EntityType, matched: i.alias as string })),
      ...(page.LastEvaluatedKey ? { last: items[items.length - 1]![sortKey] as string } : {}),
    };
  }
}
