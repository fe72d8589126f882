/**
 * Finding event triggers in a passage's tokens with the taxonomy of
 * event-types.ts: verbs in any inflection (with their object where the type
 * asks for one), nouns with the light verb that carries them, and states.
 */
import { EVENT_TYPES, LIGHT_VERBS, type EventTypeDefinition } from './event-types.js';
import { IRREGULAR_PAST, verbForms } from './inflect.js';
import { SUBJECT_PRONOUNS } from './lexicon.js';
import type { Token } from './tokens.js';

export type TriggerKind = 'verb' | 'noun' | 'state';

export interface TriggerMatch {
  definition: EventTypeDefinition;
  kind: TriggerKind;
  /** Token indexes of the trigger's first and last words: "*held* a *briefing*". */
  first: number;
  last: number;
  /** The event word itself: the verb, or the noun after its light verb. */
  head: number;
}

/** How far a verb's object noun, or a noun's light verb, may be: "finalize a framework agreement". */
const OBJECT_WINDOW = 4;
/** How far an object of another sense may be: "met *with a lot of* skepticism". */
const NOT_OBJECT_WINDOW = 6;
/** Words that end the verb's own phrase before an object of another sense: "meet with Putin *to* discuss the deadline". */
const NOT_OBJECT_STOPS = new Set(['to', 'and', 'about', 'on', 'in', 'at', 'for', 'after', 'before', 'when', 'that', 'who', 'which', 'while', 'as']);
const REQUIRES_WINDOW = 5;
/** Words between a light verb and its noun: determiners, possessives, adjectives, numbers. */
const LIGHT_VERB_WINDOW = 5;

const byVerbForm = new Map<string, EventTypeDefinition[]>();
const byNounStart = new Map<string, { definition: EventTypeDefinition; words: string[] }[]>();
const byState = new Map<string, EventTypeDefinition>();
const lightVerbForms = new Set(LIGHT_VERBS.flatMap(verbForms));

for (const definition of EVENT_TYPES) {
  for (const lemma of definition.verbs ?? []) {
    for (const form of verbForms(lemma)) byVerbForm.set(form, [...(byVerbForm.get(form) ?? []), definition]);
  }
  for (const noun of definition.nouns ?? []) {
    const words = noun.split(' ');
    byNounStart.set(words[0]!, [...(byNounStart.get(words[0]!) ?? []), { definition, words }]);
  }
  for (const state of definition.states ?? []) if (!byState.has(state)) byState.set(state, definition);
}
for (const entries of byNounStart.values()) entries.sort((a, b) => b.words.length - a.words.length);

/** Words that end a noun's phrase when read leftwards: prepositions and conjunctions. */
const PHRASE_ENDS = new Set(['in', 'on', 'at', 'for', 'with', 'by', 'to', 'from', 'of', 'about', 'over', 'under', 'through', 'throughout', 'during', 'after', 'before', 'since', 'until', 'against', 'into', 'and', 'or', 'but', 'that']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'remain', 'remains', 'remained', 'get', 'got', 'gets', 'feel', 'feels', 'felt', 'left']);

/**
 * Triggers in `tokens`, in order, never overlapping. In running text a
 * capitalised word is a name, not a trigger ("March", "Rally"), except at
 * the start of a sentence; a headline in Title Case has no such clue, so
 * `titleCase` lets every word count. Headlines drop their verbs: "UK
 * outraged over Toblerone".
 */
export function findTriggers(tokens: Token[], { headline, titleCase }: { headline: boolean; titleCase: boolean }): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word || i < next) continue;
    if (!titleCase && i > 0 && /^\p{Lu}/u.test(token.text)) continue;
    // A capitalised word opening the sentence before another is a name's first word: "*Win* Htein, a member of …".
    if (!titleCase && i === 0 && /^\p{Lu}/u.test(token.text) && /^\p{Lu}/u.test(tokens[1]?.text ?? '') && tokens[1]!.word && tokens[1]!.text !== 'I') continue;
    const noun = nounTrigger(tokens, i);
    const verb = verbTrigger(tokens, i);
    // A verb form read as a verb stays one even when its sense is ruled out: "win *over* voters" is no "win" noun.
    const nounReading = noun && (isNounReading(tokens, i) || isModifiedNoun(tokens, i) || (!verb && !byVerbForm.has(token.lower)));
    const match = (nounReading ? noun : verb) ?? stateTrigger(tokens, i, headline);
    if (!match) continue;
    if (found.length > 0 && match.first <= found[found.length - 1]!.last) {
      // A noun carried by the previous trigger is its object, not an event of its own: "*won* the primary", "*win* an election".
      if (match.kind === 'noun' && lightVerbForms.has(tokens[match.first]!.lower)) {
        next = match.last + 1;
        continue;
      }
      // A light verb found before the noun may overlap the previous trigger; the earlier one keeps its words.
      match.first = found[found.length - 1]!.last + 1;
    }
    found.push(match);
    next = match.last + 1;
  }
  return found;
}

/** Does the sentence hold a word the type's sense needs, if it names any: "troops *attacked*"? */
function inContext(tokens: Token[], definition: EventTypeDefinition): boolean {
  return !definition.context || tokens.some((t) => definition.context!.includes(t.lower));
}

function nounTrigger(tokens: Token[], i: number): TriggerMatch | undefined {
  for (const { definition, words } of byNounStart.get(tokens[i]!.lower) ?? []) {
    if (!words.every((w, k) => tokens[i + k]?.lower === w) || !inContext(tokens, definition)) continue;
    const last = i + words.length - 1;
    if (isModifier(tokens[last + 1])) continue;
    const light = lightVerbBefore(tokens, i);
    // Without a determiner or light verb, "talks about" is a verb: "Merkel *talks about* a consensus".
    if (light === undefined && tokens[last + 1]?.lower === 'about' && !isNounReading(tokens, i)) continue;
    return { definition, kind: 'noun', first: light ?? i, last, head: i };
  }
  return undefined;
}

/** Words that open a noun phrase: determiners, possessives, numbers and ordinals. */
const NOUN_OPENERS = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|first|second|third|last|next|new|\d[\d-]*\w*)$/;

/**
 * "visits", "meeting", "protests" are nouns after a determiner within the
 * three words before ("his first bilateral *meeting*", "the *protests*"),
 * and an -ing form without an auxiliary is a noun ("White House transition
 * *meeting*"); otherwise they are verbs ("Duterte *visits* Moscow", "Lady
 * Gaga *protests*").
 */
function isNounReading(tokens: Token[], i: number): boolean {
  // An -ing verb needs "be" or a comma before it: "were meeting", ", meeting"; "transition meeting" is a noun.
  if (tokens[i]!.lower.endsWith('ing') && !BE_FORMS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.text !== ',') return true;
  let named = false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const token = tokens[k]!;
    // A possessive apostrophe opens the phrase, also before a name: "the Cubs*'* World Series win".
    if (!token.word) return /^['’]s?$/.test(token.text);
    if (/['’]s$/.test(token.lower) || (!named && NOUN_OPENERS.test(token.lower))) return true;
    // After a name only a possessive makes a noun: "Duterte visits", "the Cubs win".
    if (/^\p{Lu}/u.test(token.text)) named = true;
  }
  return false;
}

/** Words before a verb that leave it a verb: auxiliaries, "to", conjunctions, pronouns, relatives, negations. */
const VERB_COMPANIONS = new Set([
  'will', 'would', 'could', 'should', 'shall', 'may', 'might', 'must', 'can', 'do', 'does', 'did', 'to', 'and', 'or', 'but', 'not', 'never',
  'also', 'then', 'now', 'just', 'still', 'who', 'that', 'which', 'they', 'we', 'i', 'you', 'he', 'she', 'it', 'often', 'again', 'even',
  'him', 'her', 'them', 'me', 'us', 'always', 'ever', 'cannot', 'let', 'help', 'helped', 'make', 'made', 'see', 'watch', 'where', 'when',
]);
/** Plural nouns without an "s", which take a verb's bare form: "the police *attack*", "people *vote*". */
const BARE_PLURALS = new Set(['police', 'people', 'men', 'women', 'children', 'staff', 'media', 'public', 'clergy', 'youth', 'military']);
/** Adjectives before an event noun that end in no telling suffix: "*violent* attacks", "*deadly* attack". */
const EVENT_ADJECTIVES = new Set(['violent', 'deadly', 'recent', 'latest', 'similar', 'further', 'more', 'such', 'fresh', 'repeated', 'renewed', 'terror', 'voter']);

/**
 * A verb form after a modifier of a noun is the noun: "terror*ist* attacks",
 * "lone-wolf attacks", "*voter* anger" (a singular noun takes "angers", so
 * "voter anger" is no clause), but "the president attacks", "voters anger".
 */
function isModifiedNoun(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before?.word || !/^\p{Ll}/u.test(before.text) || VERB_COMPANIONS.has(before.lower) || /ly$/.test(before.lower)) return false;
  // After an adjective a present form is a noun; a past form stays a verb: "the terrorist *attacked*".
  const bareForm = !/(?:s|ed|ing)$/.test(tokens[i]!.lower) && !IRREGULAR_PAST.has(tokens[i]!.lower);
  const adjective = EVENT_ADJECTIVES.has(before.lower) || /\p{L}-\p{L}/u.test(before.text) || /(?:al|ous|ive|ic|ist|ism|ful|ar)$/.test(before.lower);
  if (adjective && !/(?:ed|ing)$/.test(tokens[i]!.lower) && !IRREGULAR_PAST.has(tokens[i]!.lower)) return true;
  return bareForm && !/s$/.test(before.lower) && !BARE_PLURALS.has(before.lower);
}

/**
 * Is the trigger's verb in a past tense: "met", "stopped", "has visited",
 * "had a port call"? Present forms, nouns and headlines say nothing.
 */
export function isPastTense(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.kind === 'noun' && trigger.first === trigger.head) return false; // a bare noun has no tense
  const verb = tokens[trigger.first]!.lower;
  const before = tokens[trigger.first - 1]?.lower ?? '';
  return /ed$/.test(verb) || IRREGULAR_PAST.has(verb) || /^(?:has|have|had|was|were)$/.test(before);
}

/** Third-person verbs that end in "s" like a plural noun: "the protest *grows*". */
const S_VERBS = new Set([
  'this', 'was', 'has', 'his', 'its', 'does', 'goes', 'says', 'seems', 'remains', 'continues', 'comes', 'takes', 'makes',
  'follows', 'begins', 'ends', 'starts', 'grows', 'kills', 'leaves', 'lasts', 'happens', 'occurs', 'sparks', 'draws',
  'sees', 'brings', 'gives', 'turns', 'shows', 'looks', 'means', 'hits', 'leads', 'puts', 'sets', 'gets',
]);

/**
 * A noun trigger directly before a plural noun modifies it and names no
 * event: "assault rifles", "protest signs", "attack helicopters".
 */
function isModifier(next: Token | undefined): boolean {
  return !!next && next.word && ((/^\p{Ll}[\p{Ll}-]{2,}[^s]s$/u.test(next.text) && !S_VERBS.has(next.lower)) || MODIFIED_HEADS.has(next.text));
}

/** Singular nouns an event word often modifies: "general election *staff*", "voting *record*", "primary *win*". */
const MODIFIED_HEADS = new Set([
  'staff', 'campaign', 'season', 'cycle', 'year', 'night', 'day', 'race', 'win', 'victory', 'loss', 'defeat', 'system', 'process', 'fraud',
  'official', 'record', 'map', 'calendar', 'debate', 'turnout', 'strategy', 'trail', 'law', 'booth', 'age', 'bloc', 'machine', 'history',
  'streak', 'margin', 'threat', 'plan', 'rhetoric', 'mode', 'speech', 'ad', 'scene', 'site', 'victim', 'suspect', 'survivor',
]);

/** Practices of voting named by an adjective: "*early* voting", "*absentee* voting". */
const VOTING_PRACTICES = new Set(['early', 'absentee', 'in-person', 'mail', 'mail-in', 'online', 'electronic', 'compulsory', 'mandatory', 'tactical', 'strategic', 'straight-ticket', 'same-day', 'proxy']);

/**
 * A participle before a noun modifies it and names no event: "*elected*
 * officials", "*voting* rights", "early *voting*" (a practice). After a
 * name or pronoun, "-ed" is a past tense: "Trump defeated rivals".
 */
function isParticipleModifier(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.lower;
  if (!/(?:ed|ing)$/.test(word)) return false;
  const before = tokens[i - 1];
  if (BE_FORMS.has(before?.lower ?? '') || /^(?:has|have|had)$/.test(before?.lower ?? '')) return false;
  if (word.endsWith('ing') && VOTING_PRACTICES.has(before?.lower ?? '')) return true;
  const next = tokens[i + 1];
  if (!next?.word || !/^\p{Ll}/u.test(next.text)) return false;
  if (MODIFIED_HEADS.has(next.text) || /^(?:rights|records|laws|officials|officers|leaders|members|representatives|machines|booths|patterns|districts|precincts)$/.test(next.text)) return true;
  const opensPhrase = (before && !before.word) || NOUN_DETERMINERS.has(before?.lower ?? '') || /^(?:and|or|of|for|with|by|newly|democratically|popularly)$/.test(before?.lower ?? '');
  return word.endsWith('ed') && opensPhrase && /^\p{Ll}[\p{Ll}-]{2,}[^s]s$/u.test(next.text) && !S_VERBS.has(next.lower);
}

/** The light verb carrying the noun at `i`, over determiners and adjectives: "*had* his first bilateral meeting". */
function lightVerbBefore(tokens: Token[], i: number): number | undefined {
  for (let k = i - 1; k >= Math.max(0, i - LIGHT_VERB_WINDOW - 1); k--) {
    const token = tokens[k]!;
    if (!token.word) return undefined;
    if (lightVerbForms.has(token.lower)) return k;
    // A preposition ends the noun's phrase: "has *throughout* this election" carries nothing.
    if (PHRASE_ENDS.has(token.lower)) return undefined;
    // Another verb governs the noun: "has *described* his first meeting" ("has" is its auxiliary).
    if (/^\p{Ll}+ed$/u.test(token.text) && !['planned', 'scheduled', 'proposed', 'expected', 'long-awaited'].includes(token.lower)) return undefined;
  }
  return undefined;
}

/** Words after which a verb form is a noun: "a small *edge*", "Trump's *charge*", "the *shell*". */
/** "she’s met", "it's won": a pronoun with "is" or "has", not a possessor. */
const CONTRACTED = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'here', 'where', 'let']);
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those']);

function verbTrigger(tokens: Token[], i: number): TriggerMatch | undefined {
  // Most words are no verb form of any event type: look that up before anything else.
  const definitions = byVerbForm.get(tokens[i]!.lower);
  if (!definitions) return undefined;
  const before = tokens[i - 1];
  if (before && (NOUN_DETERMINERS.has(before.lower) || (/\p{L}['’]s$/u.test(before.text) && !CONTRACTED.has(before.lower.slice(0, -2))))) return undefined;
  // After a modifier, the word is a noun: "a hydrogen *bomb*", "voter *anger*".
  if (isModifiedNoun(tokens, i)) return undefined;
  // After a preposition, a verb's plain form is its noun: "in *charge* of", "under *attack*".
  if (AFTER_PREPOSITION.has(before?.lower ?? '') && !tokens[i]!.lower.endsWith('ing')) return undefined;
  if (isParticipleModifier(tokens, i)) return undefined;
  // "won *him over*": the particle may follow a pronoun object.
  const particle = OBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '') ? tokens[i + 2] : tokens[i + 1];
  for (const definition of definitions) {
    const window = clauseWords(tokens, i + 1, OBJECT_WINDOW);
    if (definition.notParticles?.includes(particle?.lower ?? '') || !inContext(tokens, definition)) continue;
    if (definition.subjects && !subjectWordBefore(tokens, i, definition.subjects)) continue;
    if (definition.notObjects && otherSenseFollows(tokens, i + 1, definition.notObjects)) continue;
    let last = i;
    if (definition.objects) {
      const object = window.find((k) => definition.objects!.includes(tokens[k]!.lower));
      if (object === undefined) continue;
      last = object;
    }
    if (definition.requires) {
      const around = [i, ...clauseWords(tokens, i + 1, last - i + REQUIRES_WINDOW)];
      if (!around.some((k) => definition.requires!.includes(tokens[k]!.lower))) continue;
    }
    if (definition.needsPlace && !placeFollows(tokens, i + 1)) continue;
    return { definition, kind: 'verb', first: i, last, head: i };
  }
  return undefined;
}

function stateTrigger(tokens: Token[], i: number, headline: boolean): TriggerMatch | undefined {
  const definition = byState.get(tokens[i]!.lower);
  if (!definition) return undefined;
  const previous = tokens[i - 1]?.lower ?? '';
  const first = BE_FORMS.has(previous) ? i - 1 : i;
  // "fans are outraged", "left fans furious"; in a headline the verb is often dropped: "UK outraged over …".
  if (first === i && !headline && !/^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && !tokens[i - 1]?.lower.endsWith('s')) return undefined;
  return { definition, kind: 'state', first, last: i, head: i };
}

const AFTER_PREPOSITION = new Set(['in', 'of', 'on', 'under', 'for', 'with', 'without', 'from', 'into', 'at', 'by', 'about', 'against']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it']);
/** Words between a subject and its verb: "the council *has* voted", "senators *to* vote", "police *had last month* charged". */
const SUBJECT_WINDOW = 4;

/** Is one of `subjects` the head of the verb's subject, within a few words before it in its clause: "the *council* voted 6-1"? */
function subjectWordBefore(tokens: Token[], i: number, subjects: string[]): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SUBJECT_WINDOW); k--) {
    const token = tokens[k]!;
    // A pronoun is the subject itself; punctuation and clause words end the search: "voters told the council *they* would vote".
    if (!token.word || SUBJECT_PRONOUNS.has(token.lower) || /^(?:that|and|or|but|if|when|because)$/.test(token.lower)) return false;
    if (subjects.includes(token.lower)) return true;
  }
  return false;
}

/** An object of another sense within the verb's phrase: "met *with a lot of skepticism*", not "meet with Putin *to* discuss the deadline". */
function otherSenseFollows(tokens: Token[], from: number, notObjects: string[]): boolean {
  for (const k of clauseWords(tokens, from, NOT_OBJECT_WINDOW)) {
    if (NOT_OBJECT_STOPS.has(tokens[k]!.lower)) return false;
    if (notObjects.includes(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Indexes of up to `count` word tokens from `from`, stopping at punctuation other than a hyphen. */
function clauseWords(tokens: Token[], from: number, count: number): number[] {
  const words: number[] = [];
  for (let k = from; k < tokens.length && words.length < count; k++) {
    if (!tokens[k]!.word) {
      if (tokens[k]!.text === '-') continue;
      break;
    }
    words.push(k);
  }
  return words;
}

/** "in Washington", "at the White House", "to Moscow": a place preposition and a capitalised word. */
function placeFollows(tokens: Token[], i: number): boolean {
  if (!['in', 'at', 'to', 'into', 'on'].includes(tokens[i]?.lower ?? '')) return false;
  const next = tokens[i + 1]?.lower === 'the' ? tokens[i + 2] : tokens[i + 1];
  return !!next && /^\p{Lu}/u.test(next.text);
}
