/**
 * How an article is found: the pointer items that list it (by date, status,
 * entity and event type) and, for the reader, what each pointer stands for
 * in the article. Writer and reader share these functions, so a pointer
 * always means the same quotes and events. Pure: no I/O.
 */
import type { ArticleRecord, ArticleStatus, Entity, EntityType, Modality, NewsEvent, Quote } from '../contracts.js';
import { acronymOf, nameKey, significantWords } from '../extract/names.js';
import { datedSk, entityPk, eventTypePk, LISTING_PK, objectPk, statusListingPk } from './keys.js';

export type Item = Record<string, unknown>;

/** An article as the RECORD item holds it: its status, and the record when it was processed. */
export interface StoredArticle {
  status: ArticleStatus;
  record?: ArticleRecord;
  /** The body is an excerpt: the whole record did not fit in one item; the full text is the object at `source`. */
  bodyTruncated?: boolean;
}

/** An entity that speaks or takes part in an event: the only entities the index and the catalogue know. */
export interface Actor {
  key: string;
  entity: Entity;
  quotes: number;
  events: number;
  eventTypes: Set<string>;
  modalities: Set<Modality>;
}

/** Event types match case- and punctuation-insensitively: "make_statement" finds MAKE_STATEMENT. */
export const eventTypeKey = (type: string): string => nameKey(type);

/** The cross-article key of an entity of `record`, by its id. */
function keyOfEntityId(record: ArticleRecord): (entityId: string | null | undefined) => string | undefined {
  const keys = new Map(record.entities.map((e) => [e.id, nameKey(e.name)]));
  return (entityId) => (entityId ? keys.get(entityId) || undefined : undefined);
}

function participantKeys(event: NewsEvent, keyOf: (id: string | null | undefined) => string | undefined): Set<string> {
  const ids = [...event.who, ...event.whom].map((p) => p.entityId).concat(event.where?.entityId ?? null);
  return new Set(ids.map(keyOf).filter((k): k is string => k !== undefined));
}

/** The article's actors by cross-article key: speakers of quotes and participants of events. */
export function actorsOf(record: ArticleRecord): Map<string, Actor> {
  const keyOf = keyOfEntityId(record);
  const entityByKey = new Map<string, Entity>();
  for (const entity of record.entities) {
    const key = nameKey(entity.name);
    if (key && !entityByKey.has(key)) entityByKey.set(key, entity);
  }
  const actors = new Map<string, Actor>();
  const actor = (key: string): Actor => {
    let found = actors.get(key);
    if (!found) {
      found = { key, entity: entityByKey.get(key)!, quotes: 0, events: 0, eventTypes: new Set(), modalities: new Set() };
      actors.set(key, found);
    }
    return found;
  };
  for (const quote of record.quotes) {
    const key = keyOf(quote.speaker?.entityId);
    if (key !== undefined) actor(key).quotes++;
  }
  for (const event of record.events) {
    for (const key of participantKeys(event, keyOf)) {
      const participant = actor(key);
      participant.events++;
      participant.eventTypes.add(eventTypeKey(event.type));
      participant.modalities.add(event.modality);
    }
  }
  return actors;
}

/** The quotes of `record` spoken by the entity with cross-article key `entityKey`, in article order. */
export function quotesBySpeaker(record: ArticleRecord, entityKey: string): Quote[] {
  const keyOf = keyOfEntityId(record);
  return record.quotes.filter((q) => keyOf(q.speaker?.entityId) === entityKey);
}

export interface EventFilter {
  entityKey?: string;
  typeKey?: string;
  modality?: Modality;
}

/** The events of `record` that match every given criterion, in article order. */
export function matchingEvents(record: ArticleRecord, filter: EventFilter): NewsEvent[] {
  const keyOf = keyOfEntityId(record);
  return record.events.filter((event) =>
    (filter.typeKey === undefined || eventTypeKey(event.type) === filter.typeKey) &&
    (filter.modality === undefined || event.modality === filter.modality) &&
    (filter.entityKey === undefined || participantKeys(event, keyOf).has(filter.entityKey)));
}

/** What a listing answers with: the status record, stored in the listing entries too. */
export function listingFields(status: ArticleStatus): Item {
  const { articleId, status: state, source, title, publishedAt, ingestedAt, counts, error } = status;
  return { articleId, status: state, source, title, publishedAt, ingestedAt, counts, ...(error ? { error } : {}) };
}

/**
 * Every pointer item that makes the article findable. Each is small (one
 * write unit) and rewritten only when it changes.
 */
export function indexItems(article: StoredArticle | undefined): Item[] {
  if (!article) return [];
  const { status, record } = article;
  const sk = datedSk(status.publishedAt, status.articleId);
  const listing = listingFields(status);
  const items: Item[] = [{ PK: LISTING_PK, SK: sk, ...listing }];
  // Processed articles are the great majority: `status=PROCESSED` reads the main listing and skips the rare others.
  if (status.status !== 'PROCESSED') items.push({ PK: statusListingPk(status.status), SK: sk, ...listing });
  // One line of a JSON Lines file: removing the file must find every article it held.
  if (status.source?.line !== undefined) items.push({ PK: objectPk(status.source.bucket, status.source.key), SK: status.articleId });
  if (!record) return items;
  for (const actor of actorsOf(record).values()) {
    items.push({
      PK: entityPk(actor.key), SK: sk, nq: actor.quotes, ne: actor.events,
      ...(actor.events > 0 ? { et: [...actor.eventTypes].sort(), mo: [...actor.modalities].sort() } : {}),
    });
  }
  const byType = new Map<string, NewsEvent[]>();
  for (const event of record.events) {
    const typeKey = eventTypeKey(event.type);
    byType.set(typeKey, [...(byType.get(typeKey) ?? []), event]);
  }
  for (const [typeKey, events] of byType) {
    items.push({ PK: eventTypePk(typeKey), SK: sk, n: events.length, mo: [...new Set(events.map((e) => e.modality))].sort() });
  }
  return items;
}

/** A written form of an entity's name, keyed for lookup. */
export interface NameForm {
  aliasKey: string;
  entityKey: string;
  /** The form as written: "DFA", "Lorenzana". */
  alias: string;
  name: string;
  type: EntityType;
}

/**
 * Every form an analyst may type for an actor: the canonical name, the
 * aliases the article used, a person's surname and an organisation's
 * acronym. Forms that fold to the same key are one.
 */
export function nameForms(actor: Actor): NameForm[] {
  const { entity, key } = actor;
  const words = significantWords(entity.name);
  const written = [entity.name, ...entity.aliases];
  if (entity.type === 'PERSON' && words.length > 1) written.push(words[words.length - 1]!);
  if (entity.type === 'ORG' && words.length > 1) written.push(acronymOf(entity.name));
  const forms = new Map<string, NameForm>();
  for (const alias of written) {
    const aliasKey = nameKey(alias);
    if ((aliasKey === key || aliasKey.length > 1) && !forms.has(aliasKey)) forms.set(aliasKey, { aliasKey, entityKey: key, alias, name: entity.name, type: entity.type });
  }
  return [...forms.values()];
}
