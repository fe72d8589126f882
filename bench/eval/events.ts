/**
 * Main-event field scoring shared by Giveme5W1H and the seed article: is a
 * predicted event's who / what / when / where right against reference phrases?
 *
 * Field mapping (the README's "its field"):
 * - who   → the names in `who`
 * - what  → `trigger` plus the names in `whom` (a Giveme5W1H "what" is the
 *           action with its object: "meets with Obama", "pledged to work together")
 * - when  → `when.text`; also right when `when.date` equals the reference date
 *           (see `dateMatches`)
 * - where → `where.text` and `where.name`
 * A field is right when any of those strings shares a content word with any
 * reference phrase.
 */
import type { EventTime, NewsEvent } from '../../shared/contracts.js';
import { sharesContentWord } from './tokens.js';

export const FIELDS = ['who', 'what', 'when', 'where'] as const;
export type Field = (typeof FIELDS)[number];

/** What the references say about one field of one event. */
export interface FieldReference {
  phrases: string[];
  /** ISO day dates (`when` only). */
  dates: string[];
}

export function isAnnotated(ref: FieldReference | undefined): ref is FieldReference {
  return !!ref && (ref.phrases.length > 0 || ref.dates.length > 0);
}

/** The strings of a predicted event that stand for a field. */
export function fieldStrings(event: NewsEvent, field: Field): string[] {
  switch (field) {
    case 'who': return event.who.map((p) => p.name);
    case 'what': return [event.trigger, ...event.whom.map((p) => p.name)];
    case 'when': return event.when ? [event.when.text] : [];
    case 'where': return event.where ? [event.where.text, event.where.name] : [];
  }
}

/** Is the event's field right against the reference? A missing event is never right. */
export function fieldRight(event: NewsEvent | undefined, field: Field, ref: FieldReference): boolean {
  if (!event) return false;
  const strings = fieldStrings(event, field);
  if (ref.phrases.some((phrase) => sharesContentWord(phrase, ...strings))) return true;
  return field === 'when' && !!event.when && ref.dates.some((d) => dateMatches(event.when!, d));
}

/**
 * Does a resolved date equal a reference day, compared at the event's
 * precision? `day`: the same date. `week`: the day falls in the week starting
 * on the event's Monday. `month` and `year` never equal a single day, so they
 * are not right by date (a coarser date would otherwise pass for almost any
 * article); they can still be right by a shared word ("November").
 */
export function dateMatches(when: EventTime, referenceDay: string): boolean {
  const day = referenceDay.slice(0, 10);
  const date = when.date.slice(0, 10);
  const precision = when.precision ?? (date.length === 10 ? 'day' : 'month');
  if (precision === 'day') return date === day;
  if (precision === 'week') {
    const start = Date.parse(`${date}T00:00:00Z`);
    const at = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(start) && !Number.isNaN(at) && at >= start && at < start + 7 * 86_400_000;
  }
  return false;
}

export interface FieldCounts {
  annotated: number;
  right: number;
}

export interface FieldFigures extends FieldCounts {
  share: number;
}

export type EventCounts = Record<Field, FieldCounts>;

export function emptyEventCounts(): EventCounts {
  return Object.fromEntries(FIELDS.map((f) => [f, { annotated: 0, right: 0 }])) as EventCounts;
}

/** Score events[0] of one article against its references, adding to `into`. */
export function scoreMainEvent(event: NewsEvent | undefined, refs: Partial<Record<Field, FieldReference>>, into: EventCounts): Partial<Record<Field, boolean>> {
  const outcome: Partial<Record<Field, boolean>> = {};
  for (const field of FIELDS) {
    const ref = refs[field];
    if (!isAnnotated(ref)) continue;
    const right = fieldRight(event, field, ref);
    into[field].annotated++;
    if (right) into[field].right++;
    outcome[field] = right;
  }
  return outcome;
}

/** Share right per field, and the mean of the shares of the fields that were annotated at all. */
export function eventFigures(c: EventCounts): { fields: Record<Field, FieldFigures>; mean: number } {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { ...c[f], share: c[f].annotated === 0 ? 0 : c[f].right / c[f].annotated }])) as Record<Field, FieldFigures>;
  const scored = FIELDS.filter((f) => c[f].annotated > 0);
  const mean = scored.length === 0 ? 0 : scored.reduce((s, f) => s + fields[f].share, 0) / scored.length;
  return { fields, mean };
}
