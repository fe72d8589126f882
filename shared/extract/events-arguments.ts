/**
 * An event's arguments, read off the words around its trigger: who did it,
 * to whom, where, and how certain it is. The rules work on tokens and the
 * names the entity pass found, without a parser, so each one looks at a
 * small, well-marked neighbourhood (the words just before a verb, the
 * phrase after it, a place preposition and its name).
 */
import type { EntityType, EventPlace, Modality, Participant, Span } from '../contracts.js';
import type { TimeExpression } from './dates.js';
import type { TriggerMatch } from './events-triggers.js';
import { SUBJECT_PRONOUNS } from './lexicon.js';
import { withoutContraction } from './names.js';
import { countryOfDemonym, placeNamed } from './places.js';
import type { Token } from './tokens.js';

/** A name inside a passage, linked to its entity when it has one. */
export interface NameSpan extends Span {
  text: string;
  name: string;
  entityId: string | null;
  type: EntityType;
  /** A nationality adjective ("Russian"): a modifier of the noun after it, not a participant itself. */
  adjective: boolean;
}

/** A sentence of the body, or the headline: the unit events are read from. */
export interface Passage {
  /** The string that offsets point into: the body, or the headline itself. */
  text: string;
  span: Span;
  /** Index in the article's sentences; -1 for the headline. */
  sentence: number;
  headline: boolean;
  /** A headline in Title Case: capitals say nothing about names there. */
  titleCase: boolean;
  tokens: Token[];
  names: NameSpan[];
  times: TimeExpression[];
  /** Resolves "he", "they" to the entity they stand for (body passages only). */
  resolvePronoun?: (span: Span) => Participant | undefined;
}

/** Words that may stand between a subject and its verb: "Lorenzana *recently* met", "the DND *is ready to* finalize". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'will', 'would', 'could', 'should', 'shall', 'may', 'might', 'must', 'can', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'has', 'have', 'had', 'did', 'does', 'do', 'not', 'never', 'to', 'also', 'then', 'now', 'just', 'still',
  'already', 'further', 'ready', 'set', 'expected', 'going', 'about', 'due', 'reportedly', 'allegedly', 'finally',
  'later', 'first', 'even', 'again', 'soon', 'once', 'plans', 'planned', 'plan', 'wants', 'wanted', 'hopes', 'hoped',
  'agreed', 'decided', 'tried', 'failed', 'refused', 'able', 'unable', 'likely', 'both', 'all', 'jointly', 'who', 'want', 'hope', 'need',
  'needs', 'try', 'tries', 'seek', 'seeks',
]);

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
/** Words that cannot open a description of a participant: "*What* kind of genius loses", "*you* get shot". */
const NOT_DESCRIPTIONS = new Set(['what', 'who', 'which', 'how', 'why', 'where', 'when', 'i', 'you', 'me', 'us', 'him', 'them', 'there', 'here', 'so', 'then', 'now']);
/** Last words of a phrase that stops before its noun: "a majority *of*", "*their*", "the *most*". */
const UNFINISHED = new Set(['of', 'the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'this', 'that', 'most', 'some', 'many', 'more', 'few', 'all', 'any', 'such', 'own', 'other', 'another', 'every', 'each']);

/** Head nouns of descriptions that can act: people, groups and institutions ("the Israeli *leader*", "gay rights *groups*"). */
const AGENT_NOUNS = new Set([
  'president', 'presidents', 'leader', 'leaders', 'leadership', 'minister', 'ministers', 'secretary', 'official', 'officials', 'candidate', 'candidates',
  'nominee', 'nominees', 'front-runner', 'frontrunner', 'senator', 'senators', 'governor', 'governors', 'mayor', 'mayors', 'lawmaker', 'lawmakers',
  'congressman', 'congresswoman', 'voter', 'voters', 'electorate', 'supporter', 'supporters', 'backer', 'backers', 'protester', 'protesters',
  'protestor', 'protestors', 'demonstrators', 'police', 'officer', 'officers', 'troops', 'soldiers', 'forces', 'army', 'military', 'navy', 'government',
  'governments', 'administration', 'campaign', 'campaigns', 'party', 'parties', 'committee', 'council', 'court', 'courts', 'justice', 'justices',
  'judge', 'judges', 'jury', 'group', 'groups', 'member', 'members', 'delegate', 'delegates', 'delegation', 'team', 'staff', 'staffer', 'staffers',
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson', 'people', 'person', 'resident',
  'residents', 'citizens', 'worker', 'workers', 'student', 'students', 'critic', 'critics', 'opponent', 'opponents', 'rival', 'rivals',
  'republicans', 'democrats', 'conservatives', 'liberals', 'progressives', 'donor', 'donors', 'family', 'families', 'victims', 'survivors',
  'friend', 'friends', 'man', 'woman', 'men', 'women', 'boy', 'girl', 'child', 'children', 'counterpart', 'counterparts', 'ambassador',
  'envoy', 'diplomat', 'diplomats', 'chief', 'chiefs', 'director', 'executive', 'executives', 'ceo', 'chairman', 'chairwoman', 'company',
  'companies', 'firm', 'union', 'unions', 'agency', 'agencies', 'department', 'ministry', 'gunman', 'gunmen', 'attacker', 'attackers',
  'suspect', 'suspects', 'militants', 'rebels', 'fighters', 'insurgents', 'fans', 'crowd', 'crowds', 'manufacturer', 'organizers', 'organisers',
  'congress', 'senate', 'house', 'legislature', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'prosecutor', 'prosecutors', 'investigators',
  'reporter', 'reporters', 'journalist', 'journalists', 'host', 'hosts', 'speaker', 'pastor', 'bishop', 'pope', 'king', 'queen', 'prince',
  'owner', 'owners', 'founder', 'employer', 'employers', 'employees', 'farmers', 'veterans', 'immigrants', 'refugees', 'americans', 'allies',
  'states', 'country', 'countries', 'nation', 'nations', 'state', 'city', 'network', 'newspaper', 'board', 'panel', 'commission', 'coalition',
  'organization', 'organisation', 'organizations', 'foundation', 'pac', 'caucus', 'winner', 'loser', 'incumbent', 'challenger', 'contender',
  'contenders', 'hopeful', 'hopefuls', 'field', 'establishment', 'base', 'majority', 'minority', 'everyone', 'someone', 'nobody', 'both',
]);
/** People by their trade or creed: "the *activist*", "*politicians*", "the *legislator*", "*residents*", "*participants*". */
const AGENT_SUFFIX = /(?:ists?|ians?|ators?|ants|(?<!m)ents)$/;

/**
 * Can the participant act: a person, organisation or country (or a group
 * named like "Democrats"), or a description whose head noun is one ("the
 * Israeli leader")? Not a thing, a law, a document or a continent ("the
 * plan", "Ryan's ideas", "South America").
 */
export function isAgent(passage: Passage, participant: Participant): boolean {
  const name = passage.names.find((n) => (participant.entityId !== null && n.entityId === participant.entityId) || n.name === participant.name);
  if (name) return name.type === 'PERSON' || name.type === 'ORG' || name.type === 'GPE' || (name.type === 'OTHER' && /s$/.test(name.text));
  if (participant.entityId) return true; // a pronoun resolved to an entity
  const head = withoutContraction(participant.name.toLowerCase().split(/\s+/).at(-1)!).replace(/['’]$/, '');
  return AGENT_NOUNS.has(head) || AGENT_SUFFIX.test(head);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'some', 'many', 'several']);

/** Words that end a noun phrase when read leftwards from a verb. */
const PHRASE_BOUNDARY = new Set([
  'that', 'when', 'after', 'before', 'because', 'while', 'although', 'though', 'if', 'as', 'which', 'whom', 'where',
  'said', 'says', 'say', 'told', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'with', 'by', 'to', 'from', 'since',
  'during', 'until', 'against', 'over', 'into', 'than', 'about', 'under', 'between', 'is', 'are', 'was', 'were',
]);

/** Subordinators and cues that open a new clause: a subject is never looked for beyond them. */
const CLAUSE_OPENERS = new Set(['that', 'when', 'after', 'before', 'because', 'while', 'although', 'though', 'if', 'which', 'where', 'said', 'says', 'told', 'whereas', 'unless', 'once']);

/** Prepositions of place and direction: a name after them is no subject ("goes *to* Louisiana to meet"). */
const PLACE_OR_GOAL = new Set(['to', 'in', 'at', 'from', 'into', 'toward', 'towards', 'across', 'near', 'outside', 'inside', 'through']);

const isPlace = (name: NameSpan): boolean => (name.type === 'GPE' || name.type === 'LOC') && !name.adjective;

/**
 * A name before an event noun that names where it happened: a place, or a
 * single name that is no agent ("the *Benghazi* attack", "the *Nice* attack",
 * typed OTHER when the gazetteer lacks the town); "the *ISIS* attack", "the
 * *Cubs* win" name who.
 */
const isPlaceModifier = (name: NameSpan): boolean => isPlace(name) || (!name.adjective && (!!placeNamed(name.text) || (name.type === 'OTHER' && !/s$/.test(name.text))));

/** Prepositions after which a name is where the event happened. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'outside', 'inside', 'near', 'across', 'throughout', 'around', 'through']);

const NEGATIONS = /^(?:not|never|no|without|n['’]t|\w+n['’]t|cannot)$/;
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'would', 'should', 'if', 'unless', 'whether', 'possible', 'possibly', 'potential', 'perhaps', 'maybe']);
const PLANNED = new Set(['will', "'ll", '’ll', 'shall', 'to', 'plans', 'plan', 'planned', 'planning', 'scheduled', 'upcoming', 'proposed', 'expected', 'set', 'going', 'ready', 'intends', 'intend', 'due', 'next']);
/** Verbs of failure and refusal negate the event they govern: "refused to meet". */
const NEGATING_VERBS = new Set(['refused', 'refuses', 'declined', 'declines', 'failed', 'fails', 'denied', 'denies', 'cancelled', 'canceled', 'ruled']);

/** The participant a name stands for. */
function participantOf(name: NameSpan): Participant {
  return { name: name.name, entityId: name.entityId };
}

/** The name a token starts inside: "Putin’s" is in "Putin" (the possessive stays on the token). */
export function nameAt(passage: Passage, token: Token | undefined): NameSpan | undefined {
  if (!token) return undefined;
  return passage.names.find((n) => n.start <= token.start && n.end > token.start);
}

/** A name that can take part in an event: a named event ("World Series") is a when or where, not an actor. */
function actorAt(passage: Passage, token: Token | undefined): NameSpan | undefined {
  const name = nameAt(passage, token);
  return name && !name.adjective && name.type !== 'EVENT_NAME' ? name : undefined;
}

/** Token index of the first token at or after `offset`. */
function tokenIndexAt(passage: Passage, offset: number): number {
  const index = passage.tokens.findIndex((t) => t.start >= offset);
  return index < 0 ? passage.tokens.length : index;
}

function inTime(passage: Passage, token: Token): boolean {
  return passage.times.some((t) => t.start <= token.start && t.end >= token.end);
}

const isPossessive = (token: Token | undefined): boolean => !!token && /\p{L}['’]s?$/u.test(token.text);

/** Words that join the names of a list: "Lorenzana *and* Shoygu", "X*,* Y and Z". */
const LIST_JOINERS = new Set(['and', ',', '&']);

/**
 * Names joined by "and" or commas, read leftwards from the name ending at
 * token `i`: "Secretary Lorenzana and Defense Minister Shoygu" → both.
 */
function groupEndingAt(passage: Passage, i: number): Participant[] {
  const { tokens } = passage;
  const names: NameSpan[] = [];
  let k = i;
  // "Senator Ted Cruz *of Texas*": a place after "of" tells where the person before it is from; the person is the participant.
  const last = actorAt(passage, tokens[i]);
  if (last && isPlace(last)) {
    const of = tokenIndexAt(passage, last.start) - 1;
    const person = tokens[of]?.lower === 'of' ? actorAt(passage, tokens[of - 1]) : undefined;
    if (person && (person.type === 'PERSON' || person.type === 'ORG')) k = of - 1;
  }
  while (k >= 0) {
    const name = actorAt(passage, tokens[k]);
    if (!name) break;
    names.unshift(name);
    while (k >= 0 && tokens[k]!.start >= name.start) k--;
    // A title before the name belongs to it: "and *Defense Minister* Shoygu".
    while (k >= 0 && isTitleWord(passage, tokens[k]!)) k--;
    if (!LIST_JOINERS.has(tokens[k]?.lower ?? '')) break;
    k--;
    while (k >= 0 && tokens[k]!.text === ')') k = tokens.findLastIndex((t, j) => j < k && t.text === '(') - 1;
  }
  return dedupe(names.map(participantOf));
}

/** A capitalised word outside any name, or a nationality adjective: part of a title ("Russian President"). */
function isTitleWord(passage: Passage, token: Token): boolean {
  const name = nameAt(passage, token);
  return token.word && /^\p{Lu}/u.test(token.text) && (!name || name.adjective);
}

/**
 * Names joined by "and" or commas, read rightwards from token `i`, over the
 * titles before them ("of Duterte and *Russian President* Vladimir Putin").
 * A comma continues the list only when an "and" closes it within the clause:
 * "to the PNP, Duterte said" is one name.
 */
function groupStartingAt(passage: Passage, i: number): { participants: Participant[]; last: number } {
  const { tokens } = passage;
  const names: NameSpan[] = [];
  let last = i;
  let k = i;
  while (k < tokens.length) {
    while (k < tokens.length && isTitleWord(passage, tokens[k]!) && nameAhead(passage, k)) k++;
    const name = actorAt(passage, tokens[k]);
    if (!name) break;
    names.push(name);
    while (k < tokens.length && tokens[k]!.start < name.end) k++;
    last = k - 1;
    if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3; // "Presidential Security Group (PSG)"
    const joiner = tokens[k]?.lower ?? '';
    if (joiner === ',' && !listClosesAhead(tokens, k)) break;
    if (!LIST_JOINERS.has(joiner)) break;
    k++;
  }
  return { participants: dedupe(names.map(participantOf)), last };
}

/** Is a (non-adjective) name reached over capitalised title words from token `k`? */
function nameAhead(passage: Passage, k: number): boolean {
  for (let j = k; j < passage.tokens.length; j++) {
    const token = passage.tokens[j]!;
    const name = nameAt(passage, token);
    if (name && !name.adjective) return true;
    if (!isTitleWord(passage, token)) return false;
  }
  return false;
}

/** After a comma at `k`: does an "and" come before the clause ends? */
function listClosesAhead(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length; j++) {
    if (tokens[j]!.lower === 'and' || tokens[j]!.text === '&') return true;
    if (!tokens[j]!.word && tokens[j]!.text !== ',') return false;
    if (/^\p{Ll}/u.test(tokens[j]!.text)) return false;
  }
  return false;
}

/**
 * A noun phrase without a name of its own, as the participant it describes:
 * "his Russian counterpart", "Russia’s largest arms manufacturer".
 */
function descriptor(passage: Passage, first: number, last: number): Participant[] {
  const written = passage.tokens.slice(first, last + 1).map((t) => t.lower);
  const words = written.map(withoutContraction);
  // A description names a thing: no question word or pronoun first, no auxiliary inside, no verb form at its head.
  if (NOT_DESCRIPTIONS.has(words[0]!) || words.some((w) => BETWEEN_SUBJECT_AND_VERB.has(w) || w === 'do') || /(?:ing|ed)$/.test(words.at(-1)!)) return [];
  // Nor a clause ("she tries", "people I've"), nor a phrase cut before its noun ("a majority of", "their").
  if (words.some((w) => SUBJECT_PRONOUNS.has(w)) || written.some((w) => /['’](?:ve|re|ll|d|m|t)$/.test(w)) || UNFINISHED.has(words.at(-1)!)) return [];
  const text = passage.text.slice(passage.tokens[first]!.start, passage.tokens[last]!.end);
  return [{ name: text, entityId: null }];
}

/**
 * Who did it: the subject before the verb (or before the light verb of a
 * noun trigger). Read leftwards from the trigger over auxiliaries, adverbs
 * and times ("Lorenzana *recently* met", "the DND *is ready to* finalize");
 * then a name group, a pronoun, "(PSG)" after a name, or a noun phrase.
 * A name inside the noun phrase stands for it ("the flagship vessel of the
 * *Russian Navy Pacific Fleet* had a port call"), except a possessor, which
 * only describes it ("*Russia’s largest arms manufacturer* held a briefing").
 */
export function subjectBefore(passage: Passage, index: number): Participant[] {
  const { tokens } = passage;
  let i = index - 1;
  while (i >= 0 && tokens[i]!.word && (BETWEEN_SUBJECT_AND_VERB.has(tokens[i]!.lower) || /ly$/.test(tokens[i]!.lower) || inTime(passage, tokens[i]!))) i--;
  if (i < 0) return [];
  if (tokens[i]!.text === ')') {
    while (i >= 0 && tokens[i]!.text !== '(') i--;
    i--;
  }
  const token = tokens[i];
  if (!token) return [];
  // "Chicago Cubs break the curse, *winning* the World Series": a participle after a comma shares the sentence's subject.
  if (token.text === ',' && /ing$/.test(tokens[index]?.lower ?? '')) return firstGroup(passage, i);
  const actor = actorAt(passage, token);
  // A place after a preposition is where one goes, not who acts: "Trump goes *to Louisiana* to meet …" (the subject is further left).
  if (actor && (isPlace(actor) || (actor.type !== 'PERSON' && !!placeNamed(actor.text)))) {
    const before = tokenIndexAt(passage, actor.start) - 1;
    if (PLACE_OR_GOAL.has(passage.tokens[before]?.lower ?? '')) return nearestGroupBefore(passage, before - 1);
  }
  if (actor) return groupEndingAt(passage, i);
  if (PRONOUNS.has(withoutContraction(token.lower))) {
    const resolved = passage.resolvePronoun?.({ start: token.start, end: token.start + withoutContraction(token.text).length });
    return resolved ? [resolved] : [];
  }
  if (!token.word || PHRASE_BOUNDARY.has(token.lower) || CLAUSE_OPENERS.has(token.lower)) return nearestGroupBefore(passage, i);
  // A noun phrase: back to its determiner, a boundary, or six words.
  let first = i;
  while (first > 0 && i - first < 6) {
    const before = tokens[first - 1]!;
    if (!before.word || PHRASE_BOUNDARY.has(before.lower) || CLAUSE_OPENERS.has(before.lower)) break;
    first--;
    if (DETERMINERS.has(before.lower)) break;
  }
  // A place inside the phrase modifies its noun: "the *Paris* terror attacks" are no Paris.
  const inside = passage.names.filter((n) => n.start >= tokens[first]!.start && n.end <= token.end && !n.adjective && !(isPlaceModifier(n) && n.end < token.start));
  const possessor = inside.find((n) => isPossessive(tokens[tokenIndexAt(passage, n.start)]) || /['’]s$/.test(passage.text.slice(n.start, n.end + 2)));
  if (inside.length > 0 && !possessor) return [participantOf(inside[inside.length - 1]!)];
  return descriptor(passage, first, i);
}

/**
 * The nearest name group before token `i` in the same clause: "Secretary
 * Lorenzana and Defense Minister Shoygu welcomed the developments … and
 * *agreed* to bolster cooperation".
 */
function nearestGroupBefore(passage: Passage, i: number): Participant[] {
  const { tokens } = passage;
  for (let k = i; k >= 0; k--) {
    const token = tokens[k]!;
    if (/^[;:“”"]$/.test(token.text) || CLAUSE_OPENERS.has(token.lower)) return [];
    const actor = actorAt(passage, token);
    // "sent Eggleston *to Capitol Hill* for a meeting with …", "*In New York*, after meeting with …": a place is where, not who.
    if (actor && isPlaceModifier(actor) && actor.type !== 'PERSON' && PLACE_OR_GOAL.has(tokens[tokenIndexAt(passage, actor.start) - 1]?.lower ?? '')) {
      k = tokenIndexAt(passage, actor.start);
      continue;
    }
    if (actor && !isPossessive(tokens[k])) return groupEndingAt(passage, k);
  }
  return [];
}

/** The first name group of the passage before token `i`: the subject of its main clause. */
function firstGroup(passage: Passage, i: number): Participant[] {
  for (let k = 0; k < i; k++) {
    if (actorAt(passage, passage.tokens[k])) return groupStartingAt(passage, k).participants;
  }
  return [];
}

/**
 * To whom: the first name after the trigger in its clause, skipping places
 * the event happens in and named events ("visited Moscow … to attend a VIP
 * Protection Training Program *with the Federal Protective Service*"). A
 * possessor with its noun is one participant ("the *Russian Federation’s
 * Ministry of Defense*"); a nationality adjective describes its noun ("his
 * *Russian counterpart*").
 */
export function objectAfter(passage: Passage, trigger: TriggerMatch, placeIsObject: boolean): Participant[] {
  const { tokens } = passage;
  for (let k = trigger.last + 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (/^[,;:“”"]$/.test(token.text) || CLAUSE_OPENERS.has(token.lower)) return [];
    const name = nameAt(passage, token);
    if (!name) continue;
    if (name.type === 'EVENT_NAME' || inTime(passage, token)) {
      k = tokenIndexAt(passage, name.end) - 1;
      continue;
    }
    const preposition = tokens[k - 1]?.lower === 'the' ? tokens[k - 2]?.lower : tokens[k - 1]?.lower;
    const place = isPlace(name) && (placeIsObject || PLACE_PREPOSITIONS.has(preposition ?? ''));
    const venue = preposition === 'at' && name.type !== 'PERSON';
    if (place || venue) {
      k = tokenIndexAt(passage, name.end) - 1;
      continue;
    }
    if (name.adjective && !nameAhead(passage, k + 1)) return descriptor(passage, determinerBefore(passage, k), nounEndAfter(passage, k));
    const group = groupStartingAt(passage, k);
    const after = tokens[group.last + 1];
    if (group.participants.length === 1 && isPossessive(tokens[group.last]) && after?.word) {
      return descriptor(passage, determinerBefore(passage, k), nounEndAfter(passage, group.last));
    }
    return group.participants;
  }
  return [];
}

/** The determiner or possessive pronoun opening the phrase at token `k`, if it has one. */
function determinerBefore(passage: Passage, k: number): number {
  return DETERMINERS.has(passage.tokens[k - 1]?.lower ?? '') ? k - 1 : k;
}

/** The last word of the noun phrase that starts after token `k`: nouns and names, then "of" and a name. */
function nounEndAfter(passage: Passage, k: number): number {
  const { tokens } = passage;
  let end = k;
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    const token = tokens[j]!;
    if (!token.word || PHRASE_BOUNDARY.has(token.lower) || CLAUSE_OPENERS.has(token.lower)) {
      if (token.lower === 'of' && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) continue;
      break;
    }
    end = j;
  }
  return end;
}

/** Prepositions after an event noun before the other side: "meeting *with* Trump", "a victory *over* the Indians". */
const ENCOUNTER_PREPOSITIONS = new Set(['with', 'over', 'against']);
/** Prepositions after an event noun before its participants: "the meeting *of* X and Y", "a visit *by* Putin", "talks *between* …". */
const PARTICIPANT_PREPOSITIONS = new Set(['of', 'by', 'between']);

/**
 * The participants of a noun trigger without a light verb: its possessor
 * ("*Putin’s* visit to Manila"), the names after it ("the meeting *of
 * Duterte and Russian President Vladimir Putin*": the first is who, the
 * rest whom; "a visit *by* Putin"; talks *between* X and Y), or the
 * clause's subject and the name after "with". Nothing else near a bare
 * noun says who took part.
 */
export function nounArguments(passage: Passage, trigger: TriggerMatch, placeIsObject: boolean): { who: Participant[]; whom: Participant[]; where?: EventPlace } {
  const { tokens } = passage;
  const preposition = tokens[trigger.last + 1]?.lower;
  // "*Putin’s* visit", "dramatic *Kimi Raikkonen Ferrari* crash": names right before a noun are whose event it is.
  const compound: Participant[] = [];
  // A named event between possessor and noun says what was won, not who: "the *Cubs'* World Series win".
  let end = trigger.first - 1;
  const event = nameAt(passage, tokens[end]);
  if (event?.type === 'EVENT_NAME' && !actorAt(passage, tokens[end])) {
    let before = tokenIndexAt(passage, event.start) - 1;
    if (/^['’]s?$/.test(tokens[before]?.text ?? '')) before--;
    if (/^['’]/.test(tokens[before + 1]?.text ?? '') || isPossessive(tokens[before]) || /['’]$/.test(tokens[before]?.text ?? '')) end = before;
  }
  // A place right before the noun says where, not who: "the *Paris* attacks", "the *Oregon* primary", "*Ohio* win".
  // Also over a word or two of the noun's own: "the *Orlando* nightclub attack", "the *Paris* terror attacks".
  let where: EventPlace | undefined;
  let modifier = end;
  while (modifier >= end - 2 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[modifier]?.text ?? '') && !DETERMINERS.has(tokens[modifier]!.lower) && !PHRASE_BOUNDARY.has(tokens[modifier]!.lower)) modifier--;
  const place = actorAt(passage, tokens[modifier]);
  if (place && isPlaceModifier(place) && !isPossessive(tokens[modifier])) {
    where = { text: place.text, name: place.name, entityId: place.entityId };
    if (modifier === end) end = tokenIndexAt(passage, place.start) - 1;
  }
  for (let k = end; k >= 0 && actorAt(passage, tokens[k]); k--) {
    const name = actorAt(passage, tokens[k])!;
    compound.unshift(participantOf(name));
    while (k > 0 && tokens[k - 1]!.start >= name.start) k--;
  }
  const at = where ? { where } : {};
  if (compound.length > 0) return { who: dedupe(compound), whom: objectAfter(passage, trigger, placeIsObject), ...at };

  // "Obama describes first meeting *with Trump*", "… after a victory *over* the Indians": the clause's (or sentence's) subject, and the one after.
  if (ENCOUNTER_PREPOSITIONS.has(preposition ?? '')) {
    const subject = nearestGroupBefore(passage, trigger.first - 1);
    return { who: subject.length > 0 ? subject : firstGroup(passage, trigger.first), whom: objectAfter(passage, trigger, placeIsObject), ...at };
  }
  // "the Cubs *are* World Series champions": the subject of "be".
  const be = copulaBefore(passage, trigger.first);
  if (be !== undefined) return { who: subjectBefore(passage, be), whom: [], ...at };
  if (!PARTICIPANT_PREPOSITIONS.has(preposition ?? '')) return { who: [], whom: [], ...at };
  const start = tokens[trigger.last + 2]?.lower === 'the' ? trigger.last + 3 : trigger.last + 2;
  const { participants } = groupStartingAt(passage, start);
  // "the invasion *of Iraq*", "the murder *of* a journalist": what is done to.
  if (preposition === 'of' && trigger.definition.ofIsWhom) return { who: [], whom: participants, ...at };
  return preposition === 'by' ? { who: participants, whom: [], ...at } : { who: participants.slice(0, 1), whom: participants.slice(1), ...at };
}

/** The "be" before a noun and its modifiers: "are [World Series] champions". */
function copulaBefore(passage: Passage, first: number): number | undefined {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const token = passage.tokens[k]!;
    if (/^(?:is|are|was|were|be|been|became|become|becomes)$/.test(token.lower)) return k;
    // Only determiners and names may stand between: "are *the* *World Series* champions".
    if (!token.word || !(DETERMINERS.has(token.lower) || /^\p{Lu}/u.test(token.text))) return undefined;
  }
  return undefined;
}

/** A passive verb takes its doer from "by": "was arrested *by police*". */
export function passiveAgent(passage: Passage, trigger: TriggerMatch): Participant[] | undefined {
  const { tokens } = passage;
  const before = tokens[trigger.head - 1]?.lower ?? '';
  if (trigger.kind !== 'verb' || !/^(?:was|were|is|are|been|being|be|get|got)$/.test(before) || !/(?:ed|en|wn|t)$/.test(tokens[trigger.head]!.lower)) return undefined;
  const by = tokens.findIndex((t, k) => k > trigger.last && t.lower === 'by');
  return by < 0 ? [] : groupStartingAt(passage, tokens[by + 1]?.lower === 'the' ? by + 2 : by + 1).participants;
}

/**
 * Where: a place after a place preposition ("in Manila", "outside Trump
 * Tower", "in Lima, Peru"), also inside a longer name ("the Philippine
 * Embassy *in Moscow*"); a venue after "at" ("at the White House", "at the
 * sidelines of the *Moscow* Conference"), named by the place it contains;
 * or, for visits, the place visited ("visits Moscow"). The place nearest
 * after the trigger wins, then the nearest before it.
 */
export function placeOf(passage: Passage, trigger: TriggerMatch, placeIsObject: boolean): EventPlace | null {
  const candidates = placesIn(passage, placeIsObject ? trigger.last + 1 : -1);
  const after = candidates.find((c) => c.at >= trigger.first);
  const before = candidates.filter((c) => c.at < trigger.first).pop();
  return (after ?? before)?.place ?? null;
}

/** Every place the passage names after a place preposition (or as the object at token `objectAt`), with its token index. */
export function placesIn(passage: Passage, objectAt = -1): { place: EventPlace; at: number }[] {
  const { tokens } = passage;
  const candidates: { place: EventPlace; at: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    // The place visited: "visits *Moscow*", "a visit *to* Oslo".
    const direct = k === objectAt && !PLACE_PREPOSITIONS.has(token.lower);
    if (!direct && !PLACE_PREPOSITIONS.has(token.lower)) continue;
    let j = direct && token.lower !== 'to' ? k : k + 1;
    // "at the sidelines of the Moscow Conference", "in the city of Aleppo"
    if (tokens[j]?.lower === 'the') j++;
    if (tokens[j + 1]?.lower === 'of' && !/^\p{Lu}/u.test(tokens[j]?.text ?? '')) j += tokens[j + 2]?.lower === 'the' ? 3 : 2;
    const place = placeStartingAt(passage, j, token.lower === 'at' || direct);
    if (place) candidates.push({ place: { text: passage.text.slice(token.start, place.end), name: place.name, entityId: place.entityId }, at: k });
  }
  return candidates;
}

/**
 * The place named from token `j`: a known place or a place entity, or
 * (`venue`) an organisation or named event, named by the place at its start
 * ("Moscow Conference …", "Brazilian Grand Prix" → Brazil) or else by
 * itself ("White House"). "Lima, Peru" takes in the country after the city.
 */
function placeStartingAt(passage: Passage, j: number, venue: boolean): (EventPlace & { end: number }) | undefined {
  const { tokens } = passage;
  const token = tokens[j];
  if (!token || !/^\p{Lu}/u.test(token.text)) return undefined;
  const name = nameAt(passage, token);
  let result: (EventPlace & { end: number }) | undefined;
  if (name && name.start === token.start && isPlace(name)) {
    result = { text: name.text, name: name.name, entityId: name.entityId, end: name.end };
  } else if (name && name.start === token.start && (venue || isPlaceList(passage, name)) && name.type !== 'PERSON') {
    const inner = countryOfDemonym(token.text) ?? placeNamed(token.text)?.name;
    result = { text: name.text, name: inner ?? name.name, entityId: inner ? null : name.entityId, end: name.end };
  } else {
    // A place written inside a longer name: "Embassy in *Moscow*".
    let end = j;
    while (end + 1 < tokens.length && /^\p{Lu}/u.test(tokens[end + 1]!.text) && tokens[end + 1]!.start === tokens[end]!.end + 1) end++;
    for (let e = end; e >= j; e--) {
      const written = passage.text.slice(token.start, tokens[e]!.end);
      const place = placeNamed(written);
      if (place) {
        result = { text: written, name: place.name, entityId: passage.names.find((n) => n.name === place.name)?.entityId ?? null, end: tokens[e]!.end };
        break;
      }
    }
  }
  if (!result) return undefined;
  // "Lima, Peru"
  const k = tokenIndexAt(passage, result.end);
  const region = tokens[k]?.text === ',' ? nameAt(passage, tokens[k + 1]) : undefined;
  if (region && region.type === 'GPE' && !region.adjective && region.start === tokens[k + 1]!.start) {
    const text = passage.text.slice(passage.tokens[j]!.start, region.end);
    return { text, name: text, entityId: result.entityId, end: region.end };
  }
  return result;
}

/** "Cleveland, Ohio", "Loughborough, Britain": a name, a comma and a place is a place, even one the gazetteer lacks. */
function isPlaceList(passage: Passage, name: NameSpan): boolean {
  const k = tokenIndexAt(passage, name.end);
  const next = nameAt(passage, passage.tokens[k + 1]);
  return passage.tokens[k]?.text === ',' && !!next && (next.type === 'GPE' || next.type === 'OTHER') && !next.adjective;
}

/**
 * Modality from the words just before the trigger, in its clause: "did not
 * meet", "refused to meet" (negated); "will visit", "plans to visit", "is
 * ready to finalize", "to meet" (planned); "could go", "would sign", "if …"
 * (hypothetical). Otherwise asserted; a date after publication makes an
 * asserted event planned ("when Duterte visits Moscow next month").
 */
export function modalityOf(passage: Passage, trigger: TriggerMatch): Modality {
  const { tokens } = passage;
  let planned = false;
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 5); k--) {
    const token = tokens[k]!;
    if (!token.word || CLAUSE_OPENERS.has(token.lower) && token.lower !== 'if') break;
    if (NEGATIONS.test(token.lower) || NEGATING_VERBS.has(token.lower)) return 'negated';
    if (HYPOTHETICAL.has(token.lower)) return 'hypothetical';
    // "to" marks a plan only as the infinitive of a verb trigger: "ready *to* finalize", not "attributed … *to* the meeting".
    if (PLANNED.has(token.lower) && (token.lower !== 'to' || (trigger.kind === 'verb' && k >= trigger.first - 2))) planned = true;
  }
  return planned ? 'planned' : 'asserted';
}

/** Punctuation between clauses; the comma of "Lima, Peru" (a name on either side) is not. */
function isClauseBreak(tokens: Token[], i: number): boolean {
  if (!/^[,;:()—–]$/.test(tokens[i]!.text)) return false;
  return !(tokens[i]!.text === ',' && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''));
}

/**
 * The time of a trigger: the nearest time expression in its clause ("won
 * the election *on Wednesday*, said it was an honour to meet Obama … *on
 * Thursday*"; "ready to finalize an agreement when Duterte visits Moscow
 * *next month*" dates both), or one fronted before a comma, which dates
 * the whole sentence ("*Last year*, when the state department stopped the
 * sale, …"). A time behind a comma or parenthesis belongs to another
 * clause ("The Cubs, who were last crowned *in 1908*, had a curse …").
 */
export function timeOf(passage: Passage, trigger: TriggerMatch): TimeExpression | undefined {
  const at = passage.tokens[trigger.head]!.start;
  const first = passage.tokens[0]?.start;
  let best: TimeExpression | undefined;
  for (const time of passage.times) {
    const [from, to] = [Math.min(time.start, at), Math.max(time.start, at)];
    const fronted = time.start === first && passage.text[time.end] === ',';
    if (!fronted && passage.tokens.some((k, i) => k.start > from && k.start < to && isClauseBreak(passage.tokens, i))) continue;
    if (!best || Math.abs(time.start - at) < Math.abs(best.start - at)) best = time;
  }
  return best;
}

export function dedupe(participants: Participant[]): Participant[] {
  const seen = new Set<string>();
  return participants.filter((p) => {
    const key = p.entityId ?? p.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
