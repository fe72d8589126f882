/**
 * The gazetteer: countries, their capitals, aliases and demonyms, and the
 * world's major cities, from data packages rather than hand-typed lists.
 *
 * - countries-list (38 KB): each country's English name, former and short
 *   names ("UK", "Britain", "Russian Federation") and capital.
 * - i18n-nationality (its 7 KB English table only): the nationality
 *   adjective of each country ("Russian" → RU).
 * - the IANA time-zone database that ships with Node ("Asia/Manila",
 *   "America/Sao_Paulo"): several hundred major cities at no bundle cost.
 * - the fifty US states (us-states.ts), which US political news names as
 *   often as countries: "campaigning in *New Hampshire* and *Iowa*".
 *
 * world-countries has richer demonyms but bundles to 700 KB and adds ~35 ms
 * to a cold start, for a handful of extra adjectives.
 */
import { countries } from 'countries-list';
import nationalityTable from 'i18n-nationality/langs/en.json' with { type: 'json' };
import { US_STATES } from './us-states.js';

export type PlaceKind = 'country' | 'state' | 'city';

export interface Place {
  /** The name a reader would use: "Russia" for "Russian Federation", "United States" for "U.S.". */
  name: string;
  kind: PlaceKind;
}

/** Lookup keys: lowercase, periods dropped ("U.S." → "us"), spaces collapsed. */
function placeKey(text: string): string {
  return text.toLowerCase().replace(/\./g, '').replace(/[\s_]+/g, ' ').trim();
}

const PLACES = new Map<string, Place>();
const DEMONYMS = new Map<string, string>();

function addPlace(written: string, place: Place): void {
  const key = placeKey(written);
  // A country's own names win over a city of the same name ("Mexico", "Singapore").
  if (key !== '' && (!PLACES.has(key) || place.kind === 'country')) PLACES.set(key, place);
}

for (const zone of Intl.supportedValuesOf('timeZone')) {
  const city = zone.split('/').pop()!.replace(/_/g, ' ');
  if (!/^(?:UTC|GMT|Universal|Zulu)/.test(city)) addPlace(city, { name: city, kind: 'city' });
}
for (const country of Object.values(countries)) {
  const place: Place = { name: country.name, kind: 'country' };
  for (const name of [country.name, ...(country.alias ?? [])]) addPlace(name, place);
  // "Washington D.C." is written "Washington" as often as in full.
  for (const capital of country.capital.split(',').map((c) => c.trim()).filter(Boolean)) {
    addPlace(capital, { name: capital, kind: 'city' });
    addPlace(capital.replace(/\s+D\.?C\.?$/, ''), { name: capital, kind: 'city' });
  }
}
// A city or country of the same name keeps it: "Washington" is the capital, "Georgia" the country.
for (const state of US_STATES) if (!PLACES.has(placeKey(state))) addPlace(state, { name: state, kind: 'state' });
const countryNames: Record<string, string> = Object.fromEntries(Object.entries(countries).map(([code, c]) => [code, c.name]));

/**
 * Adjectives that name one country. Entries with a qualifier in parentheses
 * ("Dominican (Dominica)") are ambiguous and skipped, as is any adjective
 * the table gives to two countries.
 */
const ambiguous = new Set<string>();
for (const [code, adjective] of Object.entries((nationalityTable as { nationalities: Record<string, string> }).nationalities)) {
  const country = countryNames[code];
  if (!country || /[(),]/.test(adjective) || placeKey(adjective) === placeKey(country)) continue;
  const key = placeKey(adjective);
  if (DEMONYMS.has(key) && DEMONYMS.get(key) !== country) ambiguous.add(key);
  DEMONYMS.set(key, country);
}
for (const key of ambiguous) DEMONYMS.delete(key);

/** The place a name stands for: "Moscow", "U.S.", "Russian Federation". */
export function placeNamed(text: string): Place | undefined {
  return PLACES.get(placeKey(text));
}

/** The country a nationality adjective or its plural refers to: "Russian", "Russians" → "Russia". */
export function countryOfDemonym(word: string): string | undefined {
  const key = placeKey(word);
  return DEMONYMS.get(key) ?? (key.endsWith('s') ? DEMONYMS.get(key.slice(0, -1)) : undefined);
}
