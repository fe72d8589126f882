import type { Article, Entity, EntityType, Span } from '../contracts.js';
import {
  EVENT_WORDS, FACILITY_WORDS, MEDIA_NAMES, MONTH_ABBREVIATIONS, NAME_CONNECTORS, NOT_NAMES, NUMBER_WORDS, ORG_WORDS,
  PARTY_WORDS, STATE_BODY_WORDS, TITLE_NOUNS,
} from './lexicon.js';
import { acronymOf, nameKey, significantWords } from './names.js';
import { countryOfDemonym, placeNamed } from './places.js';
import { US_STATE_ABBREVIATIONS, US_STATES } from './us-states.js';

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

/** How one article writes its words, to tell a capitalised common word from a name. */
interface WordUse {
  /** Lowercase word → how often it is written in lowercase. */
  lower: Map<string, number>;
  /** Lowercase word → how often it is capitalised where a sentence or quotation does not start. */
  midCapital: Map<string, number>;
}

/** Where a run of capitalised words stands, and how the article writes its words. */
interface RunContext {
  use: WordUse;
  /** The run opens a sentence or a quotation, where any word is capitalised. */
  initial: boolean;
}

/**
 * Find capitalised names in the article and merge them into entities.
 *
 * A name is a run of capitalised words ("Sergey Shoygu"), which may continue
 * through "of", "on", "in", "the" after an organisation or event head word
 * ("Department of Foreign Affairs", "Moscow Conference on International
 * Security"). Leading sentence openers are dropped ("However, …"), as are
 * common words that happen to open a sentence ("Critics say …"), a title
 * ending in a role noun or a party word is split off ("Russian Defense
 * Minister | Sergey Shoygu", "Republican | Donald Trump"), and a possessive
 * ends the name ("Russia’s largest …"). A city is a place when a state or a
 * dateline says so ("Orlando, Fla.").
 */
export function findNameMentions(article: Article): NameMention[] {
  const { body } = article;
  const sentences = article.sentences.map((sentence) => ({ sentence, tokens: tokenize(body, sentence) }));
  const use = wordUse(body, sentences);
  const mentions: NameMention[] = [];
  for (const { sentence, tokens } of sentences) {
    let i = 0;
    while (i < tokens.length) {
      const run = takeNameRun(body, tokens, i);
      if (run.length === 0) {
        i++;
        continue;
      }
      const context = { use, initial: opensSentence(body, tokens, i) };
      i += run.length;
      for (const mention of mentionsFromRun(body, run, context)) {
        mentions.push(placeByContext(body, extendToStateBody(body, mention, sentence), context.initial));
      }
    }
  }
  return mentions;
}

/** Counts of each word in lowercase and capitalised mid-sentence, over the whole article. */
function wordUse(body: string, sentences: { tokens: Token[] }[]): WordUse {
  const lower = new Map<string, number>();
  const midCapital = new Map<string, number>();
  const add = (map: Map<string, number>, word: string) => map.set(word, (map.get(word) ?? 0) + 1);
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      const word = token.text.toLowerCase().replace(/['’]s$/, '');
      if (token.text === token.text.toLowerCase()) add(lower, word);
      else if (!opensSentence(body, tokens, i)) add(midCapital, word);
    });
  }
  return { lower, midCapital };
}

/** The token at `i` opens its sentence, or a quotation or clause within it: "He said: “*People* are angry.”" */
function opensSentence(body: string, tokens: Token[], i: number): boolean {
  return i === 0 || /[“"‘:(—–]|--/.test(body.slice(tokens[i - 1]!.end, tokens[i]!.start));
}

/**
 * Endings of common English words that names rarely have: plurals
 * ("Critics", "Aides"), -ing forms ("Polling"), adverbs ("Reportedly") and
 * adjectives ("Presidential", "Western", "Dangerous").
 */
const COMMON_ENDING = /(?:[^sui'’]s|ing|ly|[^e]ed|ial|ical|eral|onal|ern|ous|ive|ful|less|able)$/;

/**
 * A capitalised sentence opener that the article never capitalises
 * elsewhere is a common word, not a name, when the article also writes it
 * in lowercase ("*State* officials said …" beside "the state's voters") or,
 * as a one-word run, it has a common word's ending ("*Critics* say the plan
 * …", "*Polling* shows …"). A name turns up capitalised mid-sentence too:
 * "*Sanders* said …" beside "Bernie Sanders".
 */
function isCommonWord(word: string, use: WordUse, alone: boolean): boolean {
  const key = word.toLowerCase();
  const singular = key.replace(/s$/, '');
  if (/^\p{Lu}{2,}$/u.test(word) || placeNamed(word) || countryOfDemonym(word) || MEDIA_NAMES.has(key) || PARTY_WORDS.has(singular)) return false;
  if ((use.midCapital.get(key) ?? 0) > 0 || (use.midCapital.get(singular) ?? 0) > 0) return false;
  if ((use.lower.get(key) ?? 0) > 0) return true;
  return alone && key.length >= 5 && COMMON_ENDING.test(key) && classify([word], undefined) === 'OTHER';
}

const escape = (text: string) => text.replace(/[.]/g, '\\.');
const STATE = `(?:${[...US_STATES, ...US_STATE_ABBREVIATIONS.map(escape)].join('|')})(?![\\p{L}'’])`;
/**
 * ", <state>" after a name, then punctuation: "in *Orlando*, Florida.",
 * "Burlington, Vt.,". A possessive or a following word is not a state after
 * a city: "Clinton, Iowa’s caucus winner".
 */
const AFTER_CITY = new RegExp(`^,\\s*${STATE}(?=\\s*[,.;:()—–-]|\\s*$)`, 'u');
/** A dateline after an all-capitals opener, with a state or a news agency: "DALLAS (AP) — …", "BEDFORD, N.H. —". */
const AFTER_DATELINE = new RegExp(`^(?:,\\s*${STATE}\\s*(?:\\([\\p{L} .]+\\)\\s*)?|\\s*\\([\\p{L} .]+\\)\\s*)(?:--|—|–)`, 'u');

/**
 * A name the article places as a city, by the state after it or as a
 * dateline, is a place: "a lawyer in *Orlando*, Fla., said …", "*DALLAS*
 * (AP) — …".
 */
function placeByContext(body: string, mention: NameMention, initial: boolean): NameMention {
  if (mention.type === 'GPE' || mention.type === 'PERSON') return mention;
  const after = body.slice(mention.end, mention.end + 40);
  const dateline = initial && /^[\p{Lu} .'-]+$/u.test(mention.text) && AFTER_DATELINE.test(after);
  if (!dateline && (mention.type !== 'OTHER' || !AFTER_CITY.test(after))) return mention;
  return { ...mention, type: 'GPE' };
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
      if (isMonthAbbreviation(body, token)) break;
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

/** "*Feb.* 9", "*Sept* 11": a month, not a name; "Jan Brewer" stays a name. */
function isMonthAbbreviation(body: string, token: Token): boolean {
  return MONTH_ABBREVIATIONS.has(token.text.toLowerCase()) && /^(?:\.|\s+\d)/.test(body.slice(token.end, token.end + 3));
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
function mentionsFromRun(body: string, run: Token[], context: RunContext): NameMention[] {
  let tokens = run.map((t) => ({ ...t, text: t.text.replace(/['’]s$/, '') }));
  // "New" opens sentences ("New polls show …") but also places: "New Hampshire", "New York Times".
  while (tokens.length > 0 && isNotName(tokens[0]!.text) && !startsWithPlace(body, tokens)) tokens = tokens.slice(1);
  if (tokens.length === 0) return [];
  if (context.initial && tokens[0]!.start === run[0]!.start && isCommonWord(tokens[0]!.text, context.use, tokens.length === 1)) {
    // "*Hours* later …"; "*Angry* Bernie Sanders supporters …" keeps the name after the common word.
    const rest = tokens.slice(1);
    if (rest.length === 0) return [];
    if (rest.length >= 2 && classify(rest.map((t) => t.text), undefined) === 'PERSON' && !TITLE_NOUNS.has(tokens[0]!.text.toLowerCase())) tokens = rest;
  }
  // A day or a pronoun after a name belongs to the sentence: "won New Hampshire *Tuesday*", "before the U.S. *He* …".
  // "Super Tuesday" keeps its day: the words before it name nothing.
  while (tokens.length > 1 && TRAILING_NOT_NAMES.has(tokens[tokens.length - 1]!.text.toLowerCase()) && classify(tokens.slice(0, -1).map((t) => t.text), undefined) !== 'OTHER') {
    tokens = tokens.slice(0, -1);
  }
  // A party word last is an adjective for the noun after it: "the New Hampshire *Republican* primary".
  if (tokens.length > 1 && PARTY_WORDS.has(tokens[tokens.length - 1]!.text.toLowerCase())) tokens = tokens.slice(0, -1);
  // The singular party word is an adjective or a member, not a name: "the *Republican* nominee", "a *Democrat*".
  if (tokens.length === 1 && PARTY_WORDS.has(tokens[0]!.text.toLowerCase())) return [];
  const lastTitle = findLastIndex(tokens, (t) => TITLE_NOUNS.has(t.text.toLowerCase()));
  const found: NameMention[] = [];
  let title: string | undefined;
  if (lastTitle >= 0 && lastTitle < tokens.length - 1 && !tokens.some((t) => ORG_WORDS.has(t.text.toLowerCase()))) {
    title = body.slice(tokens[0]!.start, tokens[lastTitle]!.end);
    found.push(...tokens.slice(0, lastTitle).flatMap((t) => demonymMention(t) ?? []));
    tokens = tokens.slice(lastTitle + 1);
  } else if (lastTitle === tokens.length - 1) {
    return tokens.slice(0, lastTitle).flatMap((t) => demonymMention(t) ?? []); // a role without a name: "the Russian Defense Minister"
  } else if (tokens.length >= 3 && PARTY_WORDS.has(tokens[0]!.text.toLowerCase()) && classify(tokens.slice(1).map((t) => t.text), undefined) === 'PERSON') {
    // A party word before a person is the person's title: "*Republican* Donald Trump", "*Democrat* Hillary Clinton".
    title = tokens[0]!.text;
    tokens = tokens.slice(1);
  }
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const text = body.slice(start, end).replace(/['’]s$/, '');
  if (tokens.length === 1 && isNotName(text)) return found;
  const demonym = tokens.length === 1 && !title ? demonymMention(tokens[0]!) : undefined;
  if (demonym) return [...found, demonym];
  let type = classify(tokens.map((t) => t.text), title);
  // A handle or hashtag is not a brand: "@*BernieSanders*", "#*FeelTheBern*".
  if (type === 'ORG' && BRAND.test(text) && /[@#]$/.test(body.slice(start - 1, start))) type = 'OTHER';
  const country = type === 'GPE' ? placeNamed(text) : undefined;
  const canonical = country?.kind === 'country' && country.name !== text ? country.name : undefined;
  return [...found, { start, end: start + text.length, text, title, type, ...(canonical ? { canonical } : {}) }];
}

/** "Russian" → a mention of Russia; any other word → undefined. */
function demonymMention(token: Token): NameMention | undefined {
  const country = countryOfDemonym(token.text);
  return country ? { start: token.start, end: token.end, text: token.text, type: 'GPE', canonical: country } : undefined;
}

/** Sentence openers, function words, pronouns and numbers are not names, but "US" in capitals is the country, not "us". */
function isNotName(word: string): boolean {
  // "I’m", "It’s", "They’ve" are pronouns too.
  const bare = word.toLowerCase().replace(/['’](?:s|m|re|ve|ll|d)$/, '');
  if (bare.split('-').every((part) => NUMBER_WORDS.has(part))) return true; // "Twenty-four states …"
  return NOT_NAMES.has(bare) && !(/^\p{Lu}{2,}$/u.test(word) && placeNamed(word));
}

/** Words that end a run without being part of the name: days of the week and subject pronouns. */
const TRAILING_NOT_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'he', 'she', 'i', 'we', 'they', 'it']);

/** The run's first words name a place: "*New Hampshire*", "*New York* Times". */
function startsWithPlace(body: string, tokens: Token[]): boolean {
  for (let k = tokens.length - 1; k >= 1; k--) if (placeNamed(body.slice(tokens[0]!.start, tokens[k]!.end))) return true;
  return false;
}

/** A word of a person's name: "Hillary", "O’Malley", "McConnell". */
const NAME_WORD = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}/u;
/** A middle initial: the "J." of "Donald J. Trump". */
const INITIAL = /^\p{Lu}\.$/u;
/**
 * A brand written with an inner capital is an organisation: "BuzzFeed",
 * "YouTube", "PolitiFact"; surnames with a prefix are not: "McConnell",
 * "MacArthur", "DeSantis", "LaHood", "O’Rourke".
 */
const BRAND = /^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;

function isPersonName(words: string[]): boolean {
  if (words.length < 2 || words.length > 5) return false;
  const middle = words.slice(1, -1);
  return NAME_WORD.test(words[0]!) && NAME_WORD.test(words[words.length - 1]!) && middle.every((w) => NAME_WORD.test(w) || INITIAL.test(w)) && middle.filter((w) => !INITIAL.test(w)).length <= 2;
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
  // Platforms and outlets: "said on *Twitter*", "*Politico* reported", "*BuzzFeed* News".
  if (words.length === 1 && (MEDIA_NAMES.has(lower[0]!) || BRAND.test(words[0]!))) return 'ORG';
  if (isPersonName(words)) return 'PERSON';
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
    // "Donald Trump" is "Donald J. Trump" without the middle initial.
    const uninitialled = name.replace(/ \p{Lu}\.(?= )/gu, '');
    if (mention.type === 'PERSON' && !keys.has(nameKey(uninitialled))) keys.set(nameKey(uninitialled), created);
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
