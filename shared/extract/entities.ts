import type { Article, Entity, EntityType, Span } from '../contracts.js';
import { EVENT_WORDS, FACILITY_WORDS, NAME_CONNECTORS, NOT_NAMES, ORG_WORDS, STATE_BODY_WORDS, TITLE_NOUNS } from './lexicon.js';
import { acronymOf, nameKey, significantWords } from './names.js';
import { countryOfDemonym, placeNamed } from './places.js';

/** One capitalised name as written, before mentions are merged into entities. */
export interface NameMention extends Span {
  text: string;
  type: EntityType;
  /** Title written before the name: "Defense Secretary" in "Defense Secretary Delfin Lorenzana". */
  title?: string;
  /**
   * The name the mention stands for when it is not written out: "Russia"
   * for "Russian Federation", "U.S." or the adjective "Russian".
   */
  canonical?: string;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;

interface Token extends Span {
  text: string;
}

/**
 * Find capitalised names in the article and merge them into entities.
 *
 * A name is a run of capitalised words ("Sergey Shoygu"), which may continue
 * through "of", "on", "in", "the" after an organisation or event head word
 * ("Department of Foreign Affairs", "Moscow Conference on International
 * Security"). Leading sentence openers are dropped ("However, …"), a title
 * ending in a role noun is split off ("Russian Defense Minister | Sergey
 * Shoygu"), and a possessive ends the name ("Russia’s largest …").
 */
export function findNameMentions(article: Article): NameMention[] {
  const mentions: NameMention[] = [];
  for (const sentence of article.sentences) {
    const tokens = tokenize(article.body, sentence);
    let i = 0;
    while (i < tokens.length) {
      const run = takeNameRun(article.body, tokens, i);
      if (run.length === 0) {
        i++;
        continue;
      }
      i += run.length;
      for (const mention of mentionsFromRun(article.body, run)) mentions.push(extendToStateBody(article.body, mention, sentence));
    }
  }
  return mentions;
}

/**
 * A country followed by a lowercase state body is that body, an
 * organisation: "the *US state department* stopped the sale", "the
 * *Chinese foreign ministry* said".
 */
function extendToStateBody(body: string, mention: NameMention, sentence: Span): NameMention {
  if (mention.type !== 'GPE') return mention;
  const following = /^(?: [a-z]+){1,3}/.exec(body.slice(mention.end, sentence.end))?.[0] ?? '';
  const words = following.split(' ').slice(1);
  const head = words.findIndex((w) => STATE_BODY_WORDS.has(w));
  if (head < 0) return mention;
  const end = mention.end + words.slice(0, head + 1).reduce((n, w) => n + 1 + w.length, 0);
  return { start: mention.start, end, text: body.slice(mention.start, end), type: 'ORG' };
}

function tokenize(body: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const text = body.slice(span.start, span.end);
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    // A final period belongs to the word only for abbreviations ("Sen.", "U.S.").
    if (word.endsWith('.') && !TITLE_NOUNS.has(word.toLowerCase()) && !/^(?:\p{Lu}\.)+$/u.test(word)) {
      word = word.slice(0, -1);
    }
    const start = span.start + match.index;
    tokens.push({ start, end: start + word.length, text: word });
  }
  return tokens;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Consecutive capitalised tokens separated by a single space (or a connector after a head word). */
function takeNameRun(body: string, tokens: Token[], from: number): Token[] {
  const run: Token[] = [];
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = run[run.length - 1];
    if (previous && body.slice(previous.end, token.start) !== ' ') break;
    if (isCapitalised(token.text)) {
      // A day or month after a connector is a date: "the Metropolitan Police *on Friday*".
      if (previous && !isCapitalised(previous.text) && NOT_NAMES.has(token.text.toLowerCase())) break;
      run.push(token);
      if (/['’]s$/.test(token.text)) break; // possessive ends the name
      continue;
    }
    const head = previous?.text.toLowerCase();
    if (previous && head && isConnectorAfter(head, token.text)) {
      run.push(token);
      continue;
    }
    break;
  }
  while (run.length > 0 && !isCapitalised(run[run.length - 1]!.text)) run.pop();
  return run;
}

/** "of" may follow any head word ("Summit of the Americas"); "in" only an organisation's ("Embassy in Moscow"). */
function isConnectorAfter(head: string, word: string): boolean {
  if (!NAME_CONNECTORS.has(word)) return false;
  if (word === 'the') return head === 'of' || head === 'on' || head === 'for';
  if (word === 'in') return ORG_WORDS.has(head);
  return ORG_WORDS.has(head) || EVENT_WORDS.has(head);
}

/**
 * The mentions in one run of capitalised words: the name, and the country
 * behind a nationality adjective in its title ("*Russian* President Vladimir
 * Putin"). An adjective on its own ("his *Russian* counterpart") is a
 * mention of its country.
 */
function mentionsFromRun(body: string, run: Token[]): NameMention[] {
  let tokens = run.map((t) => ({ ...t, text: t.text.replace(/['’]s$/, '') }));
  while (tokens.length > 0 && isNotName(tokens[0]!.text)) tokens = tokens.slice(1);
  if (tokens.length === 0) return [];
  const lastTitle = findLastIndex(tokens, (t) => TITLE_NOUNS.has(t.text.toLowerCase()));
  const found: NameMention[] = [];
  let title: string | undefined;
  if (lastTitle >= 0 && lastTitle < tokens.length - 1 && !tokens.some((t) => ORG_WORDS.has(t.text.toLowerCase()))) {
    title = body.slice(tokens[0]!.start, tokens[lastTitle]!.end);
    found.push(...tokens.slice(0, lastTitle).flatMap((t) => demonymMention(t) ?? []));
    tokens = tokens.slice(lastTitle + 1);
  } else if (lastTitle === tokens.length - 1) {
    return tokens.slice(0, lastTitle).flatMap((t) => demonymMention(t) ?? []); // a role without a name: "the Russian Defense Minister"
  }
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const text = body.slice(start, end).replace(/['’]s$/, '');
  if (tokens.length === 1 && isNotName(text)) return found;
  const demonym = tokens.length === 1 && !title ? demonymMention(tokens[0]!) : undefined;
  if (demonym) return [...found, demonym];
  const type = classify(tokens.map((t) => t.text), title);
  const country = type === 'GPE' ? placeNamed(text) : undefined;
  const canonical = country?.kind === 'country' && country.name !== text ? country.name : undefined;
  return [...found, { start, end: start + text.length, text, title, type, ...(canonical ? { canonical } : {}) }];
}

/** "Russian" → a mention of Russia; any other word → undefined. */
function demonymMention(token: Token): NameMention | undefined {
  const country = countryOfDemonym(token.text);
  return country ? { start: token.start, end: token.end, text: token.text, type: 'GPE', canonical: country } : undefined;
}

/** Sentence openers, function words and pronouns are not names, but "US" in capitals is the country, not "us". */
function isNotName(word: string): boolean {
  // "I’m", "It’s", "They’ve" are pronouns too.
  const bare = word.toLowerCase().replace(/['’](?:s|m|re|ve|ll|d)$/, '');
  return NOT_NAMES.has(bare) && !(/^\p{Lu}{2,}$/u.test(word) && placeNamed(word));
}

function classify(words: string[], title: string | undefined): EntityType {
  const lower = words.map((w) => w.toLowerCase());
  const phrase = words.join(' ');
  if (title) return 'PERSON';
  if (placeNamed(phrase)) return 'GPE';
  if (lower.some((w) => EVENT_WORDS.has(w)) && !lower.some((w) => ORG_WORDS.has(w))) return 'EVENT_NAME';
  if (lower.some((w) => ORG_WORDS.has(w))) return 'ORG';
  if (words.length > 1 && FACILITY_WORDS.has(lower[lower.length - 1]!)) return 'LOC';
  if (words.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(words[0]!)) return 'ORG';
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return 'PERSON';
  return 'OTHER';
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}

/**
 * Merge name mentions into entities. The fullest form is canonical; a
 * shorter mention joins it when it is that entity's surname or given name
 * ("Lorenzana" → "Delfin Lorenzana"), its acronym ("DFA" → "Department of
 * Foreign Affairs"), or the same name after a title ("Secretary Lorenzana").
 */
export function mergeEntities(mentions: NameMention[]): Entity[] {
  const byLength = [...mentions].sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  const entities: Entity[] = [];
  const keys = new Map<string, Entity>();
  for (const mention of byLength) {
    const name = mention.canonical ?? mention.text;
    const entity = keys.get(nameKey(name)) ?? findParent(entities, mention);
    if (entity) {
      addMention(entity, mention);
      continue;
    }
    const created: Entity = { id: '', type: mention.type, name, aliases: [], mentions: [] };
    addMention(created, mention);
    entities.push(created);
    keys.set(nameKey(name), created);
  }
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start);
  // Ids follow first appearance so they read naturally in the output.
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  entities.forEach((e, i) => (e.id = `E${i + 1}`));
  return entities;
}

function findParent(entities: Entity[], mention: NameMention): Entity | undefined {
  const words = significantWords(mention.text);
  return entities.find((entity) => {
    if (entity.name.length <= mention.text.length) return false;
    if (entity.type === 'PERSON' && (mention.type === 'PERSON' || mention.type === 'OTHER') && words.length === 1) {
      return significantWords(entity.name).includes(words[0]!);
    }
    if ((entity.type === 'ORG' || entity.type === 'EVENT_NAME') && words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!)) {
      return acronymOf(entity.name) === words[0];
    }
    return false;
  });
}

function addMention(entity: Entity, mention: NameMention): void {
  entity.mentions.push({ start: mention.start, end: mention.end });
  // An adjective ("Russian") refers to the country but is not one of its names.
  const isName = !countryOfDemonym(mention.text);
  if (isName && mention.text !== entity.name && !entity.aliases.includes(mention.text)) entity.aliases.push(mention.text);
  if (mention.title) {
    const withTitle = `${mention.title} ${mention.text}`;
    if (!entity.aliases.includes(withTitle)) entity.aliases.push(withTitle);
    if (!entity.title || mention.title.length > entity.title.length) entity.title = mention.title;
  }
  if (entity.type === 'OTHER' && mention.type !== 'OTHER') entity.type = mention.type;
}

/** The entity whose mentions include `span`, if any. */
export function entityAt(entities: Entity[], span: Span): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.start <= span.start && m.end >= span.end));
}
