/** How the page writes dates, types, counts and names. */
import type { EntityType, EventTime, NewsEvent, Participant } from '../../contracts.js';
import { h } from './dom.js';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

const asDate = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** `2017-05-02` → a `<time>` reading "2 May 2017"; "undated" when there is no date. */
export function day(iso: string | null | undefined): HTMLElement {
  if (!iso) return h('span', { class: 'muted' }, 'undated');
  return h('time', { datetime: iso.slice(0, 10) }, DAY.format(asDate(iso)));
}

/** An event's time at its precision: "26 Apr 2017", "week of 24 Apr 2017", "Jun 2017", "2016". */
export function eventTime(when: EventTime | null): string {
  if (!when) return 'undated';
  switch (when.precision) {
    case 'day':
      return DAY.format(asDate(when.date));
    case 'week':
      return `week of ${DAY.format(asDate(when.date))}`;
    case 'month':
      return MONTH.format(asDate(`${when.date.slice(0, 7)}-01`));
    case 'year':
      return when.date.slice(0, 4);
  }
}

/** Events in time order, undated ones last, ties in text order. */
export function chronological<E extends NewsEvent>(events: readonly E[]): E[] {
  const key = (e: NewsEvent) => e.when?.date ?? '9999';
  return [...events].sort((a, b) => key(a).localeCompare(key(b)) || a.start - b.start);
}

/** `EXPRESS_INTENT_TO_COOPERATE` → "Express intent to cooperate". */
export function eventType(type: string): string {
  const words = type.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const TYPE_NAMES: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'organisation',
  GPE: 'country or city',
  LOC: 'place',
  EVENT_NAME: 'named event',
  OTHER: 'other',
};
export const entityTypeName = (type: EntityType): string => TYPE_NAMES[type] ?? type.toLowerCase();

export const names = (participants: readonly Participant[]): string => participants.map((p) => p.name).join(', ');

/** Where the entity page of a name is. */
export const entityHref = (name: string): string => `#/entity/${encodeURIComponent(name)}`;
export const articleHref = (articleId: string, focus?: string): string =>
  `#/article/${encodeURIComponent(articleId)}${focus ? `?focus=${encodeURIComponent(focus)}` : ''}`;

/** An event's who → whom, when and where as a definition list. */
export function eventDetails(event: NewsEvent): HTMLElement {
  const rows: [string, string | Node][] = [];
  if (event.who.length) rows.push(['Who', names(event.who)]);
  if (event.whom.length) rows.push(['Whom', names(event.whom)]);
  rows.push(['When', event.when ? `${eventTime(event.when)} (“${event.when.text}”)` : 'undated']);
  if (event.where) rows.push(['Where', event.where.name]);
  if (event.reportedBy) rows.push(['Reported by', event.reportedBy]);
  return h('dl', { class: 'event-details' }, rows.map(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

/** A small label; its text says what the colour says. */
export const badge = (text: string, variant: string): HTMLElement => h('span', { class: `badge badge-${variant}` }, text);

export function modalityBadge(event: NewsEvent): HTMLElement | null {
  return event.modality === 'asserted' ? null : badge(event.modality, event.modality);
}
