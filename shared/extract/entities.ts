import type { Article, Entity, EntityType, Span } from '../contracts.js';
import { EVENT_WORDS, NAME_CONNECTORS, NOT_NAMES, ORG_WORDS, TITLE_NOUNS } from './lexicon.js';
import { acronymOf, nameKey, significantWords } from './names.js';

/** One capitalised name as written, before mentions are merged into entities. */
export interface NameMention extends Span {
  text: string;
  type: EntityType;
  /** Title written before the name: "Defense Secretary" in "Defense Secretary Delfin Lorenzana". */
  title?: string;
}

/**
 * Places known without a gazetteer package: ICU's English country names and
 * the cities of the IANA time-zone database ("Europe/Moscow", "Asia/Manila")
 * that ship with Node, so no bytes are added to the bundle.
 */
const PLACES: ReadonlySet<string> = (() => {
  const names = new Set<string>(['us', 'u.s', 'u.s.', 'usa', 'uk', 'u.k', 'u.k.', 'america', 'britain', 'europe', 'asia', 'africa']);
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = regions.of(code);
      if (name && name !== code && !/unknown/i.test(name)) names.add(name.toLowerCase());
    }
  }
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop()!.replace(/_/g, ' ');
    names.add(city.toLowerCase());
  }
  names.add('russian federation');
  return names;
})();

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
      const mention = mentionFromRun(article.body, run);
      if (mention) mentions.push(mention);
    }
  }
  return mentions;
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

function mentionFromRun(body: string, run: Token[]): NameMention | undefined {
  let tokens = run.map((t) => ({ ...t, text: t.text.replace(/['’]s$/, '') }));
  while (tokens.length > 0 && NOT_NAMES.has(tokens[0]!.text.toLowerCase())) tokens = tokens.slice(1);
  if (tokens.length === 0) return undefined;
  const lastTitle = findLastIndex(tokens, (t) => TITLE_NOUNS.has(t.text.toLowerCase()));
  let title: string | undefined;
  if (lastTitle >= 0 && lastTitle < tokens.length - 1 && !tokens.some((t) => ORG_WORDS.has(t.text.toLowerCase()))) {
    title = body.slice(tokens[0]!.start, tokens[lastTitle]!.end);
    tokens = tokens.slice(lastTitle + 1);
  } else if (lastTitle === tokens.length - 1) {
    return undefined; // a role without a name: "the Defense Secretary"
  }
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const text = body.slice(start, end).replace(/['’]s$/, '');
  if (tokens.length === 1 && NOT_NAMES.has(text.toLowerCase())) return undefined;
  return { start, end: start + text.length, text, title, type: classify(tokens.map((t) => t.text), title) };
}

function classify(words: string[], title: string | undefined): EntityType {
  const lower = words.map((w) => w.toLowerCase());
  const phrase = lower.join(' ');
  if (title) return 'PERSON';
  if (lower.some((w) => EVENT_WORDS.has(w)) && !lower.some((w) => ORG_WORDS.has(w))) return 'EVENT_NAME';
  if (lower.some((w) => ORG_WORDS.has(w))) return 'ORG';
  if (PLACES.has(phrase)) return 'GPE';
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
    const entity = keys.get(nameKey(mention.text)) ?? findParent(entities, mention);
    if (entity) {
      addMention(entity, mention);
      continue;
    }
    const created: Entity = { id: '', type: mention.type, name: mention.text, aliases: [], mentions: [] };
    addMention(created, mention);
    entities.push(created);
    keys.set(nameKey(mention.text), created);
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
  if (mention.text !== entity.name && !entity.aliases.includes(mention.text)) entity.aliases.push(mention.text);
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
