/**
 * News articles made up for the reliability tests: a headline, a dateline,
 * attributed quotes and events, different for every number and the same for
 * the same number. No corpus text is copied.
 */
const FIRST = ['Amara', 'Tomas', 'Leila', 'Kenji', 'Rosa', 'Ivan', 'Nadia', 'Pedro', 'Ingrid', 'Samuel', 'Mei', 'Omar'];
const LAST = ['Okafor', 'Lindqvist', 'Haddad', 'Moreno', 'Sato', 'Petrov', 'Castillo', 'Brennan', 'Adeyemi', 'Kowalski'];
const TITLES = ['Finance Minister', 'Mayor', 'Health Secretary', 'Transport Minister', 'Governor', 'Trade Minister'];
const ORGS = ['Harbor Authority', 'National Grid Company', 'Teachers Union', 'Central Bank', 'Water Board', 'Rail Workers Guild'];
const CITIES = ['Lisbon', 'Nairobi', 'Osaka', 'Quito', 'Tallinn', 'Dakar', 'Perth', 'Calgary', 'Porto', 'Hanoi'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['a new ferry line', 'the grid upgrade', 'school repairs', 'the flood barrier', 'bus fares', 'the port expansion'];

/** A small deterministic generator (mulberry32), so article `n` is always the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  title: string;
  text: string;
}

/** Article number `n` (any integer); `revision` changes its headline and one quote, as an edited re-upload would. */
export function generatedArticle(n: number, revision = 0): GeneratedArticle {
  const next = random(n * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const speaker = `${pick(FIRST)} ${pick(LAST)}`;
  const other = `${pick(FIRST)} ${pick(LAST)}`;
  const title = pick(TITLES);
  const org = pick(ORGS);
  const city = pick(CITIES);
  const visited = pick(CITIES.filter((c) => c !== city));
  const topic = pick(TOPICS);
  const month = Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const year = 2015 + Math.floor(next() * 10);
  const amount = 10 + Math.floor(next() * 900);
  const headline = `${city} backs ${topic} in report ${n}${revision ? ` (revision ${revision})` : ''}`;
  const text = [
    headline,
    `${city.toUpperCase()}, ${MONTHS[month]} ${day}, ${year} — ${title} ${speaker} said on Tuesday that the city would spend ${amount} million on ${topic}.`,
    `"We have waited long enough, and the work starts this year," ${speaker} told reporters at the ${org}.`,
    `${other}, a spokesperson for the ${org}, said the plan was too slow.${revision ? ` "Revision ${revision} changes nothing," ${other} added.` : ''}`,
    `${speaker} met ${other} in ${city} last week and will visit ${visited} next month to sign an agreement on ${topic}.`,
    `"This is number ${n}, and it will not be the last," ${speaker} said.`,
  ].join('\n\n');
  return { title: headline, text: `${text}\n` };
}
