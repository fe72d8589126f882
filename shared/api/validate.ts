import { ApiError } from './responses.js';

type Query = Record<string, string | undefined>;

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

const invalid = (name: string, message: string): ApiError => new ApiError(400, 'INVALID_PARAMETER', `${name}: ${message}`);

export function optionalString(query: Query, name: string, maxLength: number): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (value.length === 0 || value.length > maxLength) throw invalid(name, `must be 1 to ${maxLength} characters.`);
  return value;
}

export function requiredString(query: Query, name: string, maxLength: number): string {
  const value = optionalString(query, name, maxLength);
  if (value === undefined || value.trim() === '') throw invalid(name, 'is required.');
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

export function optionalDate(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw invalid(name, 'must be a date YYYY-MM-DD.');
  return value;
}

export function optionalEnum<T extends string>(query: Query, name: string, allowed: readonly T[]): T | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  const upper = value.toUpperCase() as T;
  if (!allowed.includes(upper)) throw invalid(name, `must be one of ${allowed.join(', ')}.`);
  return upper;
}
