import type { EntityType, IngestStatus, Modality } from '../contracts.js';
import { nameKey } from '../extract/names.js';
import { ApiError } from './responses.js';

/** Query string parameters as API Gateway passes them (decoded, repeated keys joined with `,`). */
export type Query = Record<string, string | undefined>;

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
export const INGEST_STATUSES = ['PROCESSED', 'REJECTED', 'FAILED'] as const satisfies readonly IngestStatus[];
export const MODALITIES = ['asserted', 'planned', 'negated', 'hypothetical'] as const satisfies readonly Modality[];
export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'EVENT_NAME', 'OTHER'] as const satisfies readonly EntityType[];
const MAX_CURSOR_LENGTH = 4000;

/** A 400 whose message starts with the parameter's name. */
export const invalid = (name: string, message: string): ApiError => new ApiError(400, 'INVALID_PARAMETER', `${name}: ${message}`);

/** Rejects parameters the route does not take, so a misspelt one is not silently ignored. */
export function onlyKnown(query: Query, known: readonly string[]): void {
  const unknown = Object.keys(query).filter((name) => !known.includes(name));
  if (unknown.length > 0) throw invalid(unknown[0]!, `is not a parameter of this route; it takes ${known.join(', ') || 'none'}.`);
}

function optionalString(query: Query, name: string, maxLength: number): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (value.length === 0 || value.length > maxLength) throw invalid(name, `must be 1 to ${maxLength} characters.`);
  return value;
}

/** A name or type as an analyst types it: must keep a letter or digit once case, accents and punctuation are folded. */
export function optionalName(query: Query, name: string, maxLength = 200): string | undefined {
  const value = optionalString(query, name, maxLength);
  if (value !== undefined && nameKey(value) === '') throw invalid(name, 'must contain a letter or a digit.');
  return value;
}

export function requiredName(query: Query, name: string, maxLength = 200): string {
  const value = optionalName(query, name, maxLength);
  if (value === undefined) throw invalid(name, 'is required.');
  return value;
}

export function pageLimit(query: Query): number {
  const value = query.limit;
  if (value === undefined) return DEFAULT_LIMIT;
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT) {
    throw invalid('limit', `must be a whole number from 1 to ${MAX_LIMIT}.`);
  }
  return Number(value);
}

export const cursorParam = (query: Query): string | undefined => optionalString(query, 'cursor', MAX_CURSOR_LENGTH);

export function optionalDate(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw invalid(name, 'must be a calendar date YYYY-MM-DD.');
  }
  return value;
}

/** `from` and `to`, inclusive publication dates; `from` may not come after `to`. */
export function dateRange(query: Query): { from?: string; to?: string } {
  const from = optionalDate(query, 'from');
  const to = optionalDate(query, 'to');
  if (from && to && from > to) throw invalid('from', `must not be after to (${to}).`);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** One of `allowed`, matched case-insensitively, returned as spelt in `allowed`. */
export function optionalEnum<T extends string>(query: Query, name: string, allowed: readonly T[]): T | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!found) throw invalid(name, `must be one of ${allowed.join(', ')}.`);
  return found;
}
