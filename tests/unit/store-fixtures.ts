/** Article records built for store and API tests: entities that speak and take part in events. */
import type { ArticleRecord, Entity, EntityType, Modality, NewsEvent, Quote } from '../../shared/contracts.js';

export const articleId = (n: number): string => n.toString(16).padStart(24, '0');

export function entity(id: string, name: string, type: EntityType = 'PERSON', extra: Partial<Entity> = {}): Entity {
  return { id, type, name, aliases: [], mentions: [{ start: 0, end: name.length }], ...extra };
}

export function quote(id: string, text: string, speaker: Entity | null): Quote {
  return {
    id, kind: 'direct', text, start: 0, end: text.length, cue: 'said', paragraph: 0,
    speaker: speaker ? { mention: speaker.name, name: speaker.name, entityId: speaker.id, start: 0, end: speaker.name.length } : null,
  };
}

export function event(id: string, type: string, who: Entity[], options: { whom?: Entity[]; modality?: Modality; where?: Entity } = {}): NewsEvent {
  const participant = (e: Entity) => ({ name: e.name, entityId: e.id });
  return {
    id, type, trigger: type.toLowerCase(), who: who.map(participant), whom: (options.whom ?? []).map(participant),
    when: null, where: options.where ? { text: options.where.name, name: options.where.name, entityId: options.where.id } : null,
    modality: options.modality ?? 'asserted', sentence: 0, start: 0, end: 10,
  };
}

export function record(n: number, publishedAt: string | null, parts: Partial<Pick<ArticleRecord, 'entities' | 'quotes' | 'events' | 'body' | 'title'>> = {}): ArticleRecord {
  return {
    articleId: articleId(n),
    source: { bucket: 'news', key: `incoming/article-${n}.txt`, etag: `etag-${n}` },
    title: parts.title ?? `Article ${n}`,
    publishedAt,
    language: 'en',
    body: parts.body ?? `Body of article ${n}.`,
    relatedLinks: [],
    entities: parts.entities ?? [],
    quotes: parts.quotes ?? [],
    events: parts.events ?? [],
    extractor: { version: 'test' },
  };
}

export const lorenzana = entity('E1', 'Delfin Lorenzana', 'PERSON', { title: 'Defense Secretary', aliases: ['Lorenzana'] });
export const dfa = entity('E2', 'Department of Foreign Affairs', 'ORG', { aliases: ['DFA'] });
export const russia = entity('E3', 'Russia', 'GPE');
