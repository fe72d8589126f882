import type { Article, Entity, EntityType, Span } from '../contracts.js';
import { isFirstName } from './first-names.js';
import {
  EVENT_WORDS, FACILITY_NAMES, FACILITY_WORDS, GROUP_NOUNS, HEADLINE_REPORTING_VERBS, HEADLINE_WORDS, LAW_WORDS, MEDIA_NAMES,
  MONTH_ABBREVIATIONS, NAME_CONNECTORS, NOT_NAMES, NUMBER_WORDS, ORG_WORDS, PARTY_WORDS, STATE_BODY_MODIFIERS, STATE_BODY_WORDS,
  SUBJECT_HEADS, TITLE_NOUNS, WEEKDAYS,
} from './lexicon.js';
import { COMMON_WORDS } from './common-words.js';
import { INVERTED_OPENERS } from './cues.js';
import { acronymOf, nameKey, significantWords, withoutContraction, withoutPossessive } from './names.js';
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
 * Minister | Sergey Shoygu", "Republican | Donald Trump"), also when it
 * names an organisation ("House Speaker | Paul Ryan"), and a possessive
 * ends the name ("Russia’s largest …"). A title-case headline gives only the
 * names inside it. A city is a place when a state or a dateline says so
 * ("Orlando, Fla.").
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
      for (const mention of mentionsFromParts(body, run, context)) {
        mentions.push(placeAfterOrg(body, mentions[mentions.length - 1], placeByContext(body, extendToStateBody(body, mention, sentence), context.initial)));
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
      const word = withoutPossessive(token.text.toLowerCase());
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
 * ("Critics", "Aides"), -ing forms ("Polling"), adverbs ("Reportedly"),
 * adjectives ("Presidential", "Western", "Dangerous") and abstract nouns
 * ("Unemployment", "Immigration", "Business", "Leadership").
 */
const COMMON_ENDING = /(?:[^sui'’]s|ing|ly|[^e]ed|ial|ical|eral|onal|ern|ous|ive|ful|less|able|ness|ment|tion|sion|ship)$/;

/**
 * A capitalised sentence opener that the article never capitalises
 * elsewhere is a common word, not a name, when the article also writes it
 * in lowercase ("*State* officials said …" beside "the state's voters") or,
 * as a one-word run or before a person's name, it is an English word
 * (isEnglishWord): "*Critics* say the plan …", "“*Overall*, we did well”",
 * "*Angry* Bernie Sanders supporters …". A name turns up capitalised
 * mid-sentence too: "*Sanders* said …" beside "Bernie Sanders".
 */
function isCommonWord(word: string, use: WordUse, alone: boolean): boolean {
  const key = word.toLowerCase();
  const singular = key.replace(/s$/, '');
  if (/^\p{Lu}{2,}$/u.test(word) || placeNamed(word) || countryOfDemonym(word) || MEDIA_NAMES.has(key) || PARTY_WORDS.has(singular)) return false;
  if ((use.midCapital.get(key) ?? 0) > 0 || (use.midCapital.get(singular) ?? 0) > 0) return false;
  if ((use.lower.get(key) ?? 0) > 0) return true;
  return alone && isEnglishWord(word) && classify([word], undefined) === 'OTHER';
}

/**
 * A word of the English lexicon rather than a name: a word of the common
 * word list ("Angry", "Small", "Overall", "Look"), or a word with a common
 * word's ending ("Victims", "Business"). A given name is a name: "Frank",
 * "Will".
 */
function isEnglishWord(word: string): boolean {
  const key = word.toLowerCase();
  if (isFirstName(key)) return false;
  return COMMON_WORDS.has(key) || (key.length >= 5 && COMMON_ENDING.test(key));
}

const escape = (text: string) => text.replace(/[.]/g, '\\.');
const STATE = `(?:${[...US_STATES, ...US_STATE_ABBREVIATIONS.map(escape)].join('|')})(?![\\p{L}'’])`;
/**
 * ", <state>" after a name, then punctuation: "in *Orlando*, Florida.",
 * "Burlington, Vt.,". A possessive or a following word is not a state after
 * a city: "Clinton, Iowa’s caucus winner".
 */
const AFTER_CITY = new RegExp(`^,\\s*${STATE}(?=\\s*[,.;:()—–-]|\\s*$)`, 'u');
/**
 * A dateline after an all-capitals opener, with or without a state or a
 * news agency, up to its dash: "DALLAS (AP) — …", "BEDFORD, N.H. —",
 * "MIAMI - …". A label takes its dash with no space: "PSA—…".
 */
const AFTER_DATELINE = new RegExp(`^(?:,\\s*${STATE}\\s*(?:\\([\\p{L} .]+\\)\\s*)?|\\s*\\([\\p{L} .]+\\)\\s*|\\s+)(?:--|—|–|-(?=\\s))`, 'u');

/**
 * A name the article places as a city, by the state after it or as a
 * dateline, is a place: "a lawyer in *Orlando*, Fla., said …", "*DALLAS*
 * (AP) — …".
 */
function placeByContext(body: string, mention: NameMention, initial: boolean): NameMention {
  if (mention.type === 'GPE' || mention.type === 'PERSON') return mention;
  const after = body.slice(mention.end, mention.end + 40);
  // "UPDATE — …" is a label, not a city.
  const dateline = initial && /^[\p{Lu} .'-]+$/u.test(mention.text) && AFTER_DATELINE.test(after) && !COMMON_WORDS.has(mention.text.toLowerCase());
  if (!dateline && (mention.type !== 'OTHER' || !AFTER_CITY.test(after))) return mention;
  return { ...mention, type: 'GPE' };
}

/**
 * A name right after an organisation and "in" is where the organisation
 * is: "Nova Southeastern University in *Fort Lauderdale*", "the U.S.
 * Embassy in *Tripoli*".
 */
function placeAfterOrg(body: string, previous: NameMention | undefined, mention: NameMention): NameMention {
  if (!previous || previous.type !== 'ORG' || (mention.type !== 'PERSON' && mention.type !== 'OTHER') || mention.title) return mention;
  if (isEnglishWord(mention.text.split(' ')[0]!)) return mention; // "Leaders Unite in *Support* of Ted Cruz"
  return body.slice(previous.end, mention.start) === ' in ' ? { ...mention, type: 'GPE' } : mention;
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
  // Only modifiers stand before the head ("the Chinese *foreign* ministry"); "a Chinese security guard" is a person.
  if (head < 0 || !words.slice(0, head).every((w) => STATE_BODY_MODIFIERS.has(w))) return mention;
  if (words[head] === 'guard' && head > 0 && words[head - 1] === 'security') return mention;
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

/**
 * "of", "for" and "de" may follow an organisation's or an event's head word
 * ("Department of Foreign Affairs", "Summit of the Americas"); "on" only the
 * head of a body or event named for its subject ("Council on Foreign
 * Relations", "Conference on Disarmament"), and "in" only a diplomatic
 * mission's, which is named by its host city ("Philippine Embassy in
 * Moscow"). After other heads they place the name and end it: "Hofstra
 * University | on Long Island", "Rice University | in Houston".
 */
function isConnectorAfter(head: string, word: string): boolean {
  if (!NAME_CONNECTORS.has(word)) return false;
  if (word === 'in') return head === 'embassy' || head === 'consulate' || head === 'mission';
  if (word === 'the') return head === 'of' || head === 'on' || head === 'for';
  if (word === 'on') return SUBJECT_HEADS.has(head) || EVENT_WORDS.has(head);
  return ORG_WORDS.has(head) || EVENT_WORDS.has(head);
}

/**
 * The mentions in one run of capitalised words, after cutting the run where
 * it is not one name: a title-case headline is cut at its function words
 * and only the names in it are kept ("Senator Says He Will Back *Jeb Bush*
 * In *Iowa*"), and a descriptive compound ends what comes before it
 * ("Washington-based *Brookings Institution*": the place before the hyphen
 * stays a place, "*Ohio*-born").
 */
function mentionsFromParts(body: string, run: Token[], context: RunContext): NameMention[] {
  if (isHeadline(run, context.use)) {
    const parts: Token[][] = [[]];
    for (const token of run) {
      if (isHeadlineWord(token) || isHeadlineVerb(token, context.use)) parts.push([]);
      else parts[parts.length - 1]!.push(token);
    }
    return parts.flatMap((part) => namesInHeadline(body, part, context.use));
  }
  const compound = findLastIndex(run, (t) => DESCRIPTIVE_COMPOUND.test(t.text));
  if (compound < 0) return mentionsFromRun(body, run, context);
  const head = run[compound]!;
  const before = body.slice(run[0]!.start, head.start + head.text.indexOf('-'));
  const rest = run.slice(compound + 1);
  return [
    ...(placeNamed(before) ? [{ start: run[0]!.start, end: run[0]!.start + before.length, text: before, type: 'GPE' as const, ...countryCanonical(before) }] : []),
    ...(rest.length > 0 ? mentionsFromRun(body, rest, { ...context, initial: false }) : []),
  ];
}

/**
 * An adjective or noun compounded with a lowercase participle or agent
 * noun describes what follows it and is no name: "*Democratic-leaning*
 * suburbs", "*Oscar-winner* Meryl Streep", "*Texas-based*". Names with a
 * lowercase part after a hyphen are short syllables ("Kim Jong-un",
 * "Moon Jae-in"), which these endings leave alone.
 */
const DESCRIPTIVE_COMPOUND = /^\p{Lu}[\p{L}.]*-(?:\p{Ll}{2,}(?:ing|ed|er|ers)|based|born|led|run|style|owned|funded|backed|made)$/u;

/**
 * A run of three or more capitalised words with a function word inside it
 * is a title-case headline: "Trump Says He *Will* Not Sign *The* Deal".
 * Names keep their function words lowercase ("Department of State").
 */
function isHeadline(run: Token[], use: WordUse): boolean {
  return run.length >= 3 && (run.slice(1, -1).some((t) => isHeadlineWord(t) || isHeadlineVerb(t, use)) || holdsTwoPeople(run));
}

/**
 * Two people named in full with a word between them, and no title that
 * would join them, make a headline too: "Carly Fiorina Backs Ted Cruz".
 * Given names side by side are one name: "Billy Bob Thornton".
 */
function holdsTwoPeople(run: Token[]): boolean {
  const starts = run.flatMap((t, i) => (isFirstName(t.text) && NAME_WORD.test(run[i + 1]?.text ?? '') && !isNameStop(run[i + 1]!.text) ? [i] : []));
  const first = starts[0];
  const second = starts.find((i) => first !== undefined && i >= first + 3);
  if (first === undefined || second === undefined) return false;
  return !run.slice(first, second).some((t) => isNameStop(t.text));
}

/**
 * A verb in a title-case headline: a word ending like a verb in the third
 * person or the past ("Sanders *Wins* Michigan", "Panel *Dismissed* …")
 * that the article writes in lowercase, in this or another form ("*Endorses*"
 * beside "endorsed"), and no more often capitalised mid-sentence.
 */
function isHeadlineVerb(token: Token, use: WordUse): boolean {
  const key = token.text.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+(?:s|ed)$/u.test(token.text) || isNameStop(token.text)) return false;
  const stems = key.endsWith('ies') ? [`${key.slice(0, -3)}y`] : key.endsWith('ed') ? [key.slice(0, -2), key.slice(0, -1)] : [key.slice(0, -1), key.slice(0, -2)];
  const forms = stems.flatMap((stem) => [stem, `${stem}s`, `${stem}es`, `${stem}d`, `${stem}ed`, `${stem.replace(/e$/, '')}ing`]);
  const lower = Math.max(...forms.map((form) => use.lower.get(form) ?? 0));
  return lower > 0 && lower >= (use.midCapital.get(key) ?? 0);
}

/** A function word written capitalised: the "*Of*" of "Ruling *Of* The Court", not the "of" of "Court of Appeals". */
function isHeadlineWord(token: Token): boolean {
  return isCapitalised(token.text) && HEADLINE_WORDS.has(token.text.toLowerCase());
}

/**
 * The names a piece of a title-case headline holds, and only those: places,
 * people named with a known given name, acronyms and outlets. The other
 * capitalised words are common words written in title case: "Rubio
 * *Rallies* Supporters | In | *New Hampshire*".
 */
function namesInHeadline(body: string, tokens: Token[], use: WordUse): NameMention[] {
  const found: NameMention[] = [];
  const allCapitals = tokens.every((t) => !/\p{Ll}/u.test(t.text));
  const mention = (from: number, to: number, type: EntityType): NameMention => {
    const text = withoutPossessive(body.slice(tokens[from]!.start, tokens[to - 1]!.end));
    return { start: tokens[from]!.start, end: tokens[from]!.start + text.length, text, type, ...(type === 'GPE' ? countryCanonical(text) : {}) };
  };
  let i = 0;
  while (i < tokens.length) {
    const place = placeEndingAt(body, tokens, i);
    if (place > i) {
      found.push(mention(i, place, 'GPE'));
      i = place;
      continue;
    }
    const word = tokens[i]!.text;
    const next = tokens[i + 1]?.text ?? '';
    // A surname is no common word: "*Bill Revoking* …" is no name.
    if (isFirstName(word) && NAME_WORD.test(next) && !isNameStop(next) && !/(?:ing|ed)$/.test(next) && !use.lower.has(next.toLowerCase())) {
      found.push(mention(i, i + 2, 'PERSON'));
      i += 2;
      continue;
    }
    if (!allCapitals && (/^\p{Lu}{2,6}$/u.test(word) || MEDIA_NAMES.has(word.toLowerCase()) || BRAND.test(word)) && !isNotName(word)) {
      found.push(mention(i, i + 1, 'ORG'));
    }
    i++;
  }
  return found;
}

/** The end of the longest place name that starts at token `i` (at most four words), or `i`. */
function placeEndingAt(body: string, tokens: Token[], i: number): number {
  for (let j = Math.min(tokens.length, i + 4); j > i; j--) {
    if (placeNamed(withoutPossessive(body.slice(tokens[i]!.start, tokens[j - 1]!.end)))) return j;
  }
  return i;
}

/** A word that does not go in a person's name: a head word, role, party or place. */
function isNameStop(word: string): boolean {
  const key = withoutPossessive(word.toLowerCase());
  return ORG_WORDS.has(key) || EVENT_WORDS.has(key) || FACILITY_WORDS.has(key) || TITLE_NOUNS.has(key)
    || PARTY_WORDS.has(key) || NOT_NAMES.has(key) || !!placeNamed(word) || !!countryOfDemonym(word);
}

/** Words that may make up a person's name written after a title: "Paul Ryan", "Harry M. Reid", "McConnell". */
function isPersonAfterTitle(words: string[]): boolean {
  if (words.some(isNameStop) || placeNamed(words.join(' '))) return false;
  return isPersonName(words) || (words.length === 1 && NAME_WORD.test(words[0]!) && !BRAND.test(words[0]!));
}

/** "Secretary of State" before "John Kerry": a title noun and "of" (and "the") just before the run. */
const TITLE_OF = /(\p{Lu}[\p{L}.-]*) of (?:the )?$/u;

/**
 * The title written before a person's name when it starts the run with a
 * role noun and "of" before it: "*Secretary of State* John Kerry",
 * "*Speaker of the House* Paul Ryan".
 */
function titleOfBefore(body: string, start: number, end: number): string | undefined {
  const match = TITLE_OF.exec(body.slice(Math.max(0, start - 40), start));
  if (!match || !TITLE_NOUNS.has(match[1]!.toLowerCase())) return undefined;
  return body.slice(start - match[0].length, end);
}

/**
 * The mentions in one run of capitalised words: the name, and the country
 * behind a nationality adjective in its title ("*Russian* President Vladimir
 * Putin"). An adjective on its own ("his *Russian* counterpart") is a
 * mention of its country.
 */
function mentionsFromRun(body: string, run: Token[], context: RunContext): NameMention[] {
  let tokens = run.map((t) => ({ ...t, text: withoutPossessive(t.text) }));
  // "New" opens sentences ("New polls show …") but also places: "New Hampshire", "New York Times".
  while (tokens.length > 0 && isNotName(tokens[0]!.text) && !startsWithPlace(body, tokens)) tokens = tokens.slice(1);
  if (tokens.length === 0) return [];
  const opener = context.initial && tokens[0]!.start === run[0]!.start;
  // An inverted attribution opens the sentence: "*Said* Comey, “…”".
  if (opener && tokens.length > 1 && INVERTED_OPENERS.has(tokens[0]!.text.toLowerCase())) tokens = tokens.slice(1);
  if (opener) {
    // "*Hours* later …"; "*Angry* Bernie Sanders supporters …" keeps the name after the common word.
    const rest = tokens.slice(1);
    const beforePerson = rest.length >= 2 && classify(rest.map((t) => t.text), undefined) === 'PERSON' && !TITLE_NOUNS.has(tokens[0]!.text.toLowerCase());
    if (isCommonWord(tokens[0]!.text, context.use, rest.length === 0 || beforePerson)) {
      if (rest.length === 0) return [];
      if (beforePerson) tokens = rest;
    }
  }
  // A day or a pronoun after a name belongs to the sentence: "won New Hampshire *Tuesday*", "before the U.S. *He* …".
  // "Super Tuesday" keeps its day: the words before it name nothing.
  while (tokens.length > 1 && TRAILING_NOT_NAMES.has(tokens[tokens.length - 1]!.text.toLowerCase()) && classify(tokens.slice(0, -1).map((t) => t.text), undefined) !== 'OTHER') {
    tokens = tokens.slice(0, -1);
  }
  // A reporting verb ends a headline's subject: "Former Press Secretary *Says* …".
  while (tokens.length > 1 && HEADLINE_REPORTING_VERBS.has(tokens[tokens.length - 1]!.text.toLowerCase())) tokens = tokens.slice(0, -1);
  // A party word last is an adjective for the noun after it: "the New Hampshire *Republican* primary".
  if (tokens.length > 1 && PARTY_WORDS.has(tokens[tokens.length - 1]!.text.toLowerCase())) tokens = tokens.slice(0, -1);
  // The singular party word is an adjective or a member, not a name: "the *Republican* nominee", "a *Democrat*".
  if (tokens.length === 1 && PARTY_WORDS.has(tokens[0]!.text.toLowerCase())) return [];
  // A party word before a place is an adjective: "*Republican* Iowa", "*Democratic* Maryland".
  if (tokens.length > 1 && PARTY_WORDS.has(tokens[0]!.text.toLowerCase()) && placeNamed(body.slice(tokens[1]!.start, tokens[tokens.length - 1]!.end))) {
    tokens = tokens.slice(1);
  }
  // A name followed by a place is two names: "the *Ted Cruz* | *South Carolina* victory party".
  const place = personThenPlace(body, tokens);
  if (place > 0) return [...mentionsFromRun(body, tokens.slice(0, place), context), ...mentionsFromRun(body, tokens.slice(place), { ...context, initial: false })];
  const lastTitle = findLastIndex(tokens, (t) => TITLE_NOUNS.has(t.text.toLowerCase()));
  if (lastTitle === tokens.length - 1) {
    return tokens.slice(0, lastTitle).flatMap((t) => demonymMention(t) ?? []); // a role without a name: "the Russian Defense Minister"
  }
  const split = splitPerson(body, tokens, context.use) ?? splitTitle(body, tokens, lastTitle);
  const found = split?.found ?? [];
  const title = split?.title;
  if (split) tokens = tokens.slice(split.at);
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const text = withoutPossessive(body.slice(start, end));
  // A lone letter is an initial or a label: "*Q*: Why now?", "a party of one (*D*)".
  if (tokens.length === 1 && (isNotName(text) || /^\p{Lu}$/u.test(text))) return found;
  // What is left of an opener after its party word is a common word too: "*Presumptive* | Republican nominee …".
  if (tokens.length === 1 && opener && tokens[0]!.start === run[0]!.start && isCommonWord(text, context.use, true)) return found;
  const demonym = tokens.length === 1 && !title ? demonymMention(tokens[0]!) : undefined;
  if (demonym) return [...found, demonym];
  let type = classify(tokens.map((t) => t.text), title);
  // A common word in quotation marks is a nickname, not a person's name: "a rally for “*Big Daddy*”".
  if (type === 'PERSON' && !title && /[“"‘]$/u.test(body.slice(start - 1, start)) && /^[”"’]/u.test(body.slice(end, end + 1)) && isEnglishWord(tokens[0]!.text)) type = 'OTHER';
  // A handle or hashtag is not a brand: "@*BernieSanders*", "#*FeelTheBern*".
  if (type === 'ORG' && BRAND.test(text) && /[@#]$/.test(body.slice(start - 1, start))) type = 'OTHER';
  return [...found, { start, end: start + text.length, text, title, type, ...(type === 'GPE' ? countryCanonical(text) : {}) }];
}

/** The country's own name when a place mention writes it otherwise: "Russian Federation" → "Russia", "U.S.". */
function countryCanonical(text: string): { canonical?: string } {
  const place = placeNamed(text);
  return place?.kind === 'country' && place.name !== text ? { canonical: place.name } : {};
}

/** What goes before a name in a run: it starts at `at`, with that title and the mentions the title holds. */
interface NameSplit {
  at: number;
  title?: string;
  found: NameMention[];
}

/**
 * A title before a name that is not written like a person's: up to a role
 * noun, with no organisation word ("Russian Defense Minister | Sergey
 * Shoygu", "Pope | Francis", "King | Abdullah II"), or a party word before
 * a person ("*Republican* Donald Trump", "*Democrat* Hillary Clinton").
 */
function splitTitle(body: string, tokens: Token[], lastTitle: number): NameSplit | undefined {
  if (lastTitle >= 0 && !tokens.some((t) => ORG_WORDS.has(t.text.toLowerCase()))) {
    const title = body.slice(tokens[0]!.start, tokens[lastTitle]!.end);
    return { at: lastTitle + 1, title, found: tokens.slice(0, lastTitle).flatMap((t) => demonymMention(t) ?? []) };
  }
  if (tokens.length >= 3 && PARTY_WORDS.has(tokens[0]!.text.toLowerCase()) && classify(tokens.slice(1).map((t) => t.text), undefined) === 'PERSON') {
    return { at: 1, title: tokens[0]!.text, found: [] };
  }
  return undefined;
}

/**
 * Where a place starts after a person's name in one run ("Ted Cruz South
 * Carolina"), or -1. Only a state or country after a full name with a known
 * given name: "Michael Jordan" and "Lanny Davis" stay people.
 */
function personThenPlace(body: string, tokens: Token[]): number {
  if (tokens.length < 3 || !isFirstName(tokens[0]!.text)) return -1;
  for (let k = 2; k < tokens.length; k++) {
    const place = placeNamed(body.slice(tokens[k]!.start, tokens[tokens.length - 1]!.end));
    if (place && place.kind !== 'city' && isPersonName(tokens.slice(0, k).map((t) => t.text))) return k;
  }
  return -1;
}

/**
 * A person's name at the end of a run, with what comes before it: a title
 * ending in a role noun, even one naming an organisation ("House Judiciary
 * Committee Chairman | Bob Goodlatte"), a title ending in "of" before the
 * run ("Secretary of State | John Kerry"), a place or an organisation
 * written before the person ("Fox News | Sean Hannity"), or common words
 * the article writes in lowercase ("Follow | Pam Key"). Undefined when the
 * run is not a person after something else.
 */
function splitPerson(body: string, tokens: Token[], use: WordUse): NameSplit | undefined {
  const at = personStart(tokens, use);
  if (at <= 0) return undefined;
  const prefix = tokens.slice(0, at);
  const first = prefix[0]!;
  const last = prefix[prefix.length - 1]!;
  const role = last.text.toLowerCase();
  if (TITLE_NOUNS.has(role) || PARTY_WORDS.has(role)) {
    return { at, title: body.slice(first.start, last.end), found: prefix.slice(0, -1).flatMap((t) => demonymMention(t) ?? []) };
  }
  const titleOf = titleOfBefore(body, first.start, last.end);
  if (titleOf) return { at, title: titleOf, found: [] };
  const type = classify(prefix.map((t) => t.text), undefined);
  if (type === 'GPE' || (type === 'ORG' && ORG_WORDS.has(role))) {
    return { at, found: mentionsFromRun(body, prefix, { use, initial: false }) };
  }
  if (prefix.every((t) => isNotName(t.text) || (use.lower.get(t.text.toLowerCase()) ?? 0) > 0)) return { at, found: [] };
  return undefined;
}

/**
 * Where a person's name starts at the end of a run, when something else
 * comes before it: after a role noun ("Senate Majority *Leader* | Mitch
 * McConnell", "Supreme Court *Justice* | Scalia") or a party word
 * ("*Republican* | Donald Trump"), or at a known given name ("State |
 * *John* Kerry"). -1 when the run is one name, as "William Howard Taft" is.
 */
function personStart(tokens: Token[], use: WordUse): number {
  const words = tokens.map((t) => t.text);
  if (isFirstName(words[0]!) && isPersonName(words)) return -1;
  for (let k = 1; k < words.length; k++) {
    const rest = words.slice(k);
    const before = words[k - 1]!.toLowerCase();
    if (!isPersonAfterTitle(rest)) continue;
    // One word after a title is a surname, unless the article writes it in lowercase: "Senate Majority Leader *McConnell*".
    const surname = rest.length === 1 && TITLE_NOUNS.has(before) && (use.lower.get(rest[0]!.toLowerCase()) ?? 0) === 0;
    if (rest.length >= 2 && (TITLE_NOUNS.has(before) || PARTY_WORDS.has(before) || isFirstName(rest[0]!))) return k;
    if (surname) return k;
  }
  return -1;
}

/** "Russian" → a mention of Russia; any other word → undefined. */
function demonymMention(token: Token): NameMention | undefined {
  const country = countryOfDemonym(token.text);
  return country ? { start: token.start, end: token.end, text: token.text, type: 'GPE', canonical: country } : undefined;
}

/** Sentence openers, function words, pronouns and numbers are not names, but "US" in capitals is the country, not "us". */
function isNotName(word: string): boolean {
  // A negative contraction is a verb: "*Don't* …", "“*Wouldn’t* it be nice”".
  if (/n['’]t$/iu.test(word)) return true;
  // A party and state tag is a member's affiliation: "Sen. Tim Kaine (*D-Va.*)".
  if (isPartyTag(word)) return true;
  // "I’m", "It’s", "They’ve" are pronouns too.
  const bare = withoutContraction(word.toLowerCase());
  if (bare.split('-').every((part) => NUMBER_WORDS.has(part))) return true; // "Twenty-four states …"
  return NOT_NAMES.has(bare) && !(/^\p{Lu}{2,}$/u.test(word) && placeNamed(word));
}

const STATE_KEYS = new Set([...US_STATES, ...US_STATE_ABBREVIATIONS].map((s) => s.toLowerCase().replace(/[.\s]/g, '')));
/** "R-Fla", "D-N.Y", "I-Vt", "R-TX", "D-Ohio": a party letter and a state. */
function isPartyTag(word: string): boolean {
  const match = /^[RDI]-(\p{Lu}[\p{L}.-]*)$/u.exec(word);
  return !!match && (STATE_KEYS.has(match[1]!.toLowerCase().replace(/[.-]/g, '')) || /^\p{Lu}{2}$/u.test(match[1]!));
}

/** Words that end a run without being part of the name: days of the week and subject pronouns. */
const TRAILING_NOT_NAMES = new Set([...WEEKDAYS, 'he', 'she', 'i', 'we', 'they', 'it']);

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
  if (FACILITY_NAMES.has(lower.join(' '))) return 'LOC';
  if (lower.some((w) => EVENT_WORDS.has(w)) && !lower.some((w) => ORG_WORDS.has(w))) return 'EVENT_NAME';
  if (lower.some((w) => ORG_WORDS.has(w))) return 'ORG';
  if (words.length > 1 && FACILITY_WORDS.has(lower[lower.length - 1]!)) return 'LOC';
  if (words.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(words[0]!)) return 'ORG';
  // Platforms and outlets: "said on *Twitter*", "*Politico* reported", "*BuzzFeed* News".
  if (words.length === 1 && (MEDIA_NAMES.has(lower[0]!) || BRAND.test(words[0]!))) return 'ORG';
  if (isPersonName(words) && !isLawOrGroup(words)) return 'PERSON';
  return 'OTHER';
}

/**
 * A law or programme ("the Affordable Care *Act*", "the Clean Power
 * *Plan*") or a group of people ("African *Americans*", "Reagan
 * *Democrats*", "*American* Idol" is no one either) written like a
 * person's name. A given name and a surname stay a person: "Nathan Deal",
 * "Steven Law".
 */
function isLawOrGroup(words: string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length === 2 && isFirstName(words[0]!)) return false;
  return LAW_WORDS.has(last) || GROUP_NOUNS.has(last) || !!countryOfDemonym(last) || (!!countryOfDemonym(words[0]!) && !isFirstName(words[0]!));
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
    const entity = keys.get(nameKey(name)) ?? findParent(entities, mention) ?? qualifiedOrg(entities, mention);
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

/**
 * The one organisation whose name is the mention after a place: "the
 * *Times*" is the "New York Times", "the *Supreme Court*" the "U.S. Supreme
 * Court", "the state *GOP*" the "Ohio GOP" — when the article names no other
 * organisation that way ("Post" beside both "Washington Post" and "New York
 * Post" stays apart). "House" is not the "White House": "White" is no place.
 */
function qualifiedOrg(entities: Entity[], mention: NameMention): Entity | undefined {
  if (mention.type !== 'ORG') return undefined;
  const parents = entities.filter((entity) => {
    if (entity.type !== 'ORG' || !entity.name.endsWith(` ${mention.text}`)) return false;
    const qualifier = entity.name.slice(0, -mention.text.length - 1);
    return !!placeNamed(qualifier) || !!countryOfDemonym(qualifier);
  });
  return parents.length === 1 ? parents[0] : undefined;
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
