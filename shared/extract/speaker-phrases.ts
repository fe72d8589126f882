import { cueLemma } from './cues.js';
import { IRREGULAR_PAST } from './inflect.js';
import { WEEKDAYS } from './lexicon.js';
import { withoutContraction } from './names.js';
import { isCapitalised, isQuoteMark, plainApostrophes, type Token } from './tokens.js';

/** Token indices `[first, last]` within a sentence. */
export interface TokenRange {
  first: number;
  last: number;
}

/** A speaker phrase as written, and the name inside it used to find its entity. */
export interface SpeakerPhrase extends TokenRange {
  head: TokenRange;
}

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which']);

/** A pronoun, alone or with its auxiliary: "he", "he’s said", "they’ve argued", "I’d say". */
export const isPronoun = (lower: string): boolean => PRONOUNS.has(withoutContraction(lower));

/** Words allowed between a speaker and the cue: "Trump *also* said", "Clinton *has* argued". */
const BETWEEN = new Set([
  'also', 'has', 'have', 'had', 'later', 'previously', 'recently', 'then', 'once', 'would', 'will', 'did', 'does',
  'do', 'often', 'again', 'first', 'further', 'earlier', 'reportedly', 'just', 'still', 'even', 'only',
  'long', 'never', 'always', 'quickly', 'immediately', 'subsequently', 'is', 'was', 'were', 'are', 'been',
  'could', 'might', 'may', 'can', 'should', 'must', 'not', "didn't", "doesn't", "hasn't", "haven't", "won't", "isn't", "wasn't", "aren't", "weren't",
  "wouldn't", "couldn't", "shouldn't", "can't", 'cannot', "don't",
  'already', 'personally', 'repeatedly', 'simply', 'flatly', 'openly', 'publicly', 'privately', 'initially',
  'finally', 'ultimately', 'now', 'today', 'yesterday', 'tonight', 'last', 'night', 'week', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'separately', 'both', 'each', 'there', 'here',
  'since', 'nevertheless', 'nonetheless', 'however', 'meanwhile', 'instead', 'ever', 'indeed', 'yet', // "have since denounced"
  'be', // "will be challenging"
]);

/** Lowercase heads that name speakers without a determiner: "officials said", "analysts believe". */
const BARE_SPEAKERS = new Set([
  'officials', 'aides', 'advisers', 'advisors', 'analysts', 'experts', 'critics', 'supporters', 'opponents',
  'sources', 'observers', 'economists', 'residents', 'people', 'leaders', 'lawmakers', 'voters', 'democrats',
  'republicans', 'investigators', 'prosecutors', 'authorities', 'police', 'witnesses', 'researchers', 'scientists',
  'activists', 'organizers', 'organisers', 'polls', 'surveys', 'studies', 'data', 'records', 'documents', 'reports',
  'statistics', 'figures', 'numbers', 'results', 'estimates', 'projections', 'filings', 'findings', 'transcripts',
  'protesters', 'delegates', 'donors', 'staffers', 'strategists', 'pollsters', 'historians', 'scholars', 'insiders',
  'diplomats', 'spokesmen', 'spokeswomen', 'representatives', 'senators', 'members', 'others', 'many', 'some',
  'most', 'both', 'few', 'several', 'all', 'everyone', 'nobody', 'someone', 'somebody', 'everybody', 'another',
  'one',
  // Poll results speak through shares of the sample: "32 percent said", "nearly half say", "those surveyed said".
  'percent', 'half', 'third', 'thirds', 'quarter', 'quarters', 'majority', 'majorities', 'minority', 'plurality',
  'surveyed', 'polled', 'questioned', 'interviewed', 'respondents',
]);

/** Lowercase heads of speaker phrases after a determiner: "the campaign", "a new poll", "his spokeswoman". */
const SPEAKER_NOUNS = new Set([
  'campaign', 'committee', 'administration', 'government', 'ministry', 'department', 'agency', 'office', 'company',
  'firm', 'group', 'party', 'council', 'court', 'judge', 'jury', 'panel', 'board', 'commission', 'team', 'source',
  'official', 'aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'attorney',
  'senator', 'president', 'governor', 'mayor', 'candidate', 'nominee', 'chairman', 'chairwoman', 'chair', 'director',
  'secretary', 'minister', 'leader', 'chief', 'head', 'executive', 'founder', 'analyst', 'expert', 'critic', 'poll',
  'survey', 'study', 'report', 'statement', 'release', 'letter', 'memo', 'document', 'filing', 'lawsuit', 'complaint',
  'ruling', 'decision', 'website', 'site', 'ad', 'advertisement', 'video', 'post', 'tweet', 'article', 'editorial',
  'column', 'book', 'paper', 'newspaper', 'network', 'magazine', 'outlet', 'station', 'channel', 'organization',
  'organisation', 'union', 'association', 'coalition', 'movement', 'foundation', 'institute', 'center', 'centre',
  'university', 'school', 'church', 'police', 'military', 'army', 'navy', 'force', 'forces', 'embassy', 'white',
  'house', 'senate', 'congress', 'legislature', 'parliament', 'cabinet', 'state', 'city', 'town', 'village', 'county',
  'country', 'nation',
  'people', 'public', 'crowd', 'audience', 'family', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'friend',
  'colleague', 'neighbor', 'neighbour', 'man', 'woman', 'person', 'voter', 'resident', 'victim', 'witness', 'suspect',
  'author', 'writer', 'reporter', 'journalist', 'host', 'anchor', 'commentator', 'pundit', 'strategist', 'pollster',
  'economist', 'scientist', 'researcher', 'professor', 'historian', 'scholar', 'activist', 'organizer', 'donor',
  'supporter', 'opponent', 'rival', 'challenger', 'incumbent', 'lawmaker', 'legislator', 'congressman',
  'congresswoman', 'representative', 'delegate', 'member', 'staffer', 'insider', 'observer', 'diplomat', 'envoy',
  'ambassador', 'prosecutor', 'investigator', 'inspector', 'auditor', 'regulator', 'watchdog', 'monitor', 'data',
  'figures', 'numbers', 'results', 'research', 'analysis', 'findings', 'evidence', 'records', 'emails', 'transcript',
  'speech', 'interview', 'message', 'announcement', 'presentation', 'model', 'forecast', 'index', 'estimate',
  'headline', 'sign', 'banner', 'caption', 'title', 'publication', 'platform', 'email', 'e-mail',
  'staff', 'airline', 'carrier', 'bank', 'club', 'hospital', 'regime', 'junta',
  'coast', 'guard', 'service', 'bureau', 'utility', 'operator', 'manufacturer', 'retailer', 'insurer',
  'lender', 'automaker', 'startup', 'brand', 'label', 'studio', 'league', 'federation', 'band',
  'tribunal', 'prosecution', 'defense', 'defence', 'plaintiffs', 'relatives',
  // People in political news the suffix rule misses: "the actress", "the justice", "the billionaire", "the pope".
  'actress', 'justice', 'frontrunner', 'front-runner', 'hopeful', 'billionaire', 'mogul', 'magnate', 'tycoon',
  'veteran', 'celebrity', 'star', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'pastor', 'priest', 'sheriff',
  'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'general', 'admiral', 'colonel', 'captain',
  'counsel', 'agent', 'couple', 'republican', 'democrat', 'conservative', 'liberal', 'progressive', 'moderate',
  'evangelical', 'independent', 'nurse', 'clerk', 'tally', 'count', 'polls', 'campaigns',
  // People without an agent suffix: "a young boy shouted", "one student said", "his mom recalled".
  'boy', 'girl', 'child', 'kid', 'teen', 'teenager', 'student', 'fan', 'mom', 'dad', 'grandmother', 'grandfather',
  'sister', 'brother', 'aunt', 'uncle', 'cousin', 'soldier', 'doctor', 'patient', 'guest', 'attendee',
  'spectator', 'demonstrator', 'protester', 'protestor', 'immigrant', 'refugee', 'citizen', 'parent',
  // Documents that state things: "the unsigned opinion said", "the indictment says", "the bill would …".
  'opinion', 'order', 'indictment', 'affidavit', 'motion', 'brief', 'verdict', 'law', 'bill', 'resolution', 'proposal',
  'plan', 'agreement', 'directive', 'guidance', 'policy', 'notice', 'petition', 'warning', 'alert', 'manifesto', 'page',
  'investigation', 'probe', 'inquiry', 'review', 'audit',
  // People who speak for a side: "Clinton allies believe …", "Trump surrogates say …".
  'ally', 'allies', 'surrogate', 'operative', 'associate', 'advocate',
]);

/** Agent nouns not in the list: "the lawmaker", "a strategist", "the consultant", "the politician". */
const AGENT_SUFFIX = /(?:er|or|ist|ian|ant|ent|man|woman|person|ee)s?$/;

/** A listed speaker head, singular or plural: "campaign", "officials", "polls". */
const isListedSpeaker = (word: string): boolean => SPEAKER_NOUNS.has(word) || SPEAKER_NOUNS.has(word.replace(/s$/, '')) || BARE_SPEAKERS.has(word);

const isSpeakerNoun = (word: string): boolean => isListedSpeaker(word) || (AGENT_SUFFIX.test(word) && !NOT_AGENTS.has(word));
/** Past forms and other words the agent suffix would take for people: "Romney went after Trump". */
const NOT_AGENTS = new Set(['went', 'spent', 'sent', 'meant', 'lent', 'bent', 'ever', 'never', 'over', 'after', 'under', 'whether',
  'rather', 'later', 'for', 'or', 'nor', 'recent', 'current', 'different', 'important']);

/** Index of the last token before `end` that is not an adverb or auxiliary between speaker and cue: "Trump *has also* said". */
function skipBetween(tokens: Token[], end: number): number {
  let last = end - 1;
  while (last >= 0 && (isBetween(tokens[last]!) || /^\p{Ll}+ly$/u.test(tokens[last]!.text) || (tokens[last]!.lower === 'on' && timeWords(tokens, last) > 0))) last--;
  return last;
}

/** A word between speaker and cue; capitalised only as a weekday — "“…,” Will wrote" is George Will. */
const isBetween = (t: Token): boolean => BETWEEN.has(plainApostrophes(t.lower)) && (t.text === t.lower || WEEKDAYS.includes(t.lower));

/**
 * Index of the first word of a sentence, past punctuation and a leading
 * conjunction ("And", "but"). A sentence that opens with a quotation ending
 * in a comma has its attribution open after it: in "“…,” California Rep.
 * Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO", the clause
 * opens at "California".
 */
function sentenceOpening(tokens: Token[], last: number): number {
  let first = 0;
  if (isQuoteMark(tokens[0])) {
    const close = tokens.findIndex((t, i) => i > 0 && isQuoteMark(t));
    if (close > 0 && close < last && (/^[,!?]$/.test(tokens[close - 1]!.text) || tokens[close + 1]?.text === ',')) first = close + 1;
  }
  first = Math.max(first, datelineEnd(tokens));
  while (first < last && (!tokens[first]!.word || /^(?:and|but|so|yet|even|also|only|still)$/i.test(tokens[first]!.text))) first++;
  return first;
}

/**
 * Index after a wire-copy dateline opening the sentence, or 0: "WASHINGTON (AP) — A news report said …",
 * "Dec 29 (Reuters) - Hillary Clinton said …", "PHILADELPHIA, July 25 (UPI) — The party …".
 */
export function datelineEnd(tokens: Token[]): number {
  const dash = tokens.findIndex((t, i) => i > 0 && i <= 12 && isDash(tokens, i));
  if (dash < 0) return 0;
  const opening = tokens.slice(0, dash);
  // The agency in parentheses after a place or a date: "WASHINGTON (AP)", "Washington (AFP)", "Dec 29 (Reuters)" — not "Cruz (R-Texas)".
  const agency = opening[dash - 1]?.text === ')' && opening[dash - 3]?.text === '(' && /^\p{Lu}\p{L}+$/u.test(opening[dash - 2]!.text)
    && /^(?:\p{Lu}\p{L}*|\d+)$/u.test(opening[dash - 4]?.text ?? '');
  const capitals = opening.every((t) => !t.word || t.text === t.text.toUpperCase());
  if (!agency && !capitals) return 0;
  return doubledDash(tokens, dash + 1) ? dash + 2 : dash + 1;
}

/** Words that start a speaker phrase: "the campaign", "a spokeswoman", "his aides", "two officials". */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'some', 'many', 'most',
  'several', 'other', 'another', 'both', 'each', 'one', 'two', 'three', 'four', 'five', 'few', 'no', 'every', 'all',
]);

/** Lowercase words that join capitalised name parts: "Department of State", "Ministry for the Economy". */
const NAME_JOINERS = new Set(['of', 'the', 'for', 'de', 'del', 'da', 'van', 'von', 'al', 'bin', 'and', '&', 'on']);

/** Lowercase words that may not sit inside a speaker phrase: they start clauses. */
const CLAUSE_WORDS = new Set([
  'and', 'but', 'or', 'that', 'which', 'when', 'while', 'if', 'because', 'as', 'after', 'before', 'since', 'although',
  'though', 'so', 'than', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'into', 'over', 'under', 'against',
  'during', 'without', 'where', 'how', 'why', 'what', 'not', 'also', 'is', 'was', 'were', 'are', 'be', 'been', 'has',
  'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'then',
  'who', 'whose', 'whom',
]);

/** Capitalised words that open sentences or clauses and are never speakers on their own. */
const NOT_SPEAKER = new Set([
  'when', 'while', 'after', 'before', 'as', 'if', 'but', 'and', 'so', 'yet', 'then', 'however', 'meanwhile',
  'still', 'also', 'now', 'later', 'earlier', 'asked', 'speaking', 'in', 'on', 'at', 'by', 'for', 'from', 'with',
  'last', 'next', 'this', 'that', 'these', 'those', 'there', 'here', 'because', 'although', 'though', 'since',
  'until', 'unless', 'even', 'instead', 'indeed', 'thus', 'today', 'yesterday', 'tonight', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'read', 'related', 'according',
  // A participle or a month opening the sentence is no speaker ("Having announced …, Judge Berman"); months that are also names stay.
  'having', 'being', 'january', 'february', 'july', 'september', 'october', 'november', 'december',
]);

const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'prof', 'jr', 'sr', 'rev', 'u.s', 'u.n']);

/**
 * The speaker phrase that ends right before token `end` (exclusive), if any:
 * a pronoun ("he"), a name with its descriptors ("Clinton spokesman Brian
 * Fallon", "Sen. Ted Cruz (R-Texas)"), a determiner phrase ("the Trump
 * campaign", "a new poll"), or a bare plural ("officials"). Adverbs and
 * auxiliaries between speaker and cue are skipped ("Trump has also said").
 * An appositive is stepped over to the name it describes: "Seth McKee, a
 * political scientist at Texas Tech, said" → "Seth McKee".
 */
export function speakerBefore(tokens: Token[], end: number): SpeakerPhrase | undefined {
  let last = skipBetween(tokens, end);
  if (last < 0) return undefined;
  // "Gov. John Kasich (R-OH), said": the comma closes the parenthesis, not an appositive.
  if (tokens[last]!.text === ',' && tokens[last - 1]?.text === ')') last--;
  if (tokens[last]!.text === ')') last = skipParenthesis(tokens, last);
  if (last < 0) return undefined;
  // "Joseph R. Biden Jr. said": the period belongs to the suffix of the name.
  if (tokens[last]!.text === '.' && /^(?:jr|sr|inc|corp|co|ltd)$/i.test(tokens[last - 1]?.text ?? '')) {
    const name = withHead(tokens, phraseEndingAt(tokens, last - 1));
    return name && { ...name, last };
  }
  if (tokens[last]!.text === ',') return appositive(tokens, last);
  // An aside between dashes, as an appositive between commas: "insiders in two states — Nevada and Iowa — said".
  if (isDash(tokens, last)) {
    const close = doubledDash(tokens, last) ? last - 1 : last;
    let open = close - 1;
    while (open > 0 && close - open < 25 && !isDash(tokens, open)) open--;
    if (open > 0 && doubledDash(tokens, open)) open--;
    const phrase = open > 0 && isDash(tokens, open) ? withHead(tokens, phraseEndingAt(tokens, open - 1)) : undefined;
    return phrase && { ...phrase, last: close - 1 };
  }
  // A share of a poll written with a sign: "42% say …".
  if (tokens[last]!.text === '%' && /^\d/.test(tokens[last - 1]?.text ?? '')) return withHead(tokens, { first: last - 1, last });
  return withHead(tokens, phraseEndingAt(tokens, last));
}

/**
 * Any noun phrase right before `end` that opens its clause: a determiner or a clause boundary before it, and a
 * noun, not an adverb or a verb, at its end — "old Iowa political hands", "history", "the women". With
 * `afterVerb`, a bare object of the verb before it counts too: "issued warnings saying …".
 */
export function nounPhraseBefore(tokens: Token[], end: number, afterVerb = false): SpeakerPhrase | undefined {
  const last = skipBetween(tokens, end);
  const head = tokens[last];
  if (!head?.word || CLAUSE_WORDS.has(head.lower) || NOT_SPEAKER.has(head.lower) || DETERMINERS.has(head.lower) || /ly$|ed$|ing$|['’]|^(?:none|past|final|same|rest|former|latter|first|last|next|\d+)$/.test(head.lower) || cueLemma(head.lower)) return undefined;
  let first = last;
  while (first > 0 && last - first < 5 && tokens[first - 1]!.word && !CLAUSE_WORDS.has(tokens[first - 1]!.lower) && !NOT_SPEAKER.has(tokens[first - 1]!.lower)
    && !DETERMINERS.has(tokens[first]!.lower) && !isPastVerb(tokens[first - 1]!) && cueLemma(tokens[first - 1]!.lower) === undefined) first--;
  const before = tokens[first - 1];
  const opens = !before || /^[,;:—–―(]$/.test(before.text) || isQuoteMark(before) || /^(?:while|although|though|but|and|because|since|as|that|if|when)$/.test(before.lower)
    || (afterVerb && (isPastVerb(before) || /^(?:out|up|off)$/.test(before.lower)));
  return opens || DETERMINERS.has(tokens[first]!.lower) ? withHead(tokens, { first, last }) : undefined;
}

/**
 * A long subject that opens its clause, for when `speakerBefore` finds no
 * speaker phrase: "Audit files from NGP VAN show …", "Surveys of caucus-goers
 * taken as they entered caucus sites showed …". It must name a speaker or a
 * source (records, polls, a report) and hold no clause word; a plural one
 * (`plural`) before a base-form cue ("records show").
 */
export function subjectBefore(tokens: Token[], end: number, plural: boolean): SpeakerPhrase | undefined {
  let last = end - 1;
  while (last >= 0 && isBetween(tokens[last]!)) last--;
  if (last < 0 || !tokens[last]!.word || CLAUSE_WORDS.has(tokens[last]!.lower) || PRONOUNS.has(tokens[last]!.lower)) return undefined;
  let first = last;
  while (first > 0 && last - first < 15 && !/^[,;:—–―()]$/.test(tokens[first - 1]!.text) && !isQuoteMark(tokens[first - 1])) first--;
  if (first > 0 && !/^[,;:—–―(]$/.test(tokens[first - 1]!.text)) return undefined;
  const words = tokens.slice(first, last + 1);
  const names = (t: Token): boolean => t.text === t.lower && isListedSpeaker(t.lower)
    && (!plural || /s$|^(?:data|police|people)$/.test(t.lower));
  if (words.some((t) => SUBJECT_BREAKS.has(t.lower)) || !words.some(names)) return undefined;
  // A subject holds no finite verb: "Three governors appeared on Sunday news shows" is a clause, not the
  // subject of "shows". A participle before "by" still modifies it: "polls conducted by Gallup show".
  if (words.some((t, i) => isPastVerb(t) && words[i + 1]?.lower !== 'by')) return undefined;
  while (first < last && NOT_SPEAKER.has(tokens[first]!.lower)) first++;
  return withHead(tokens, { first, last });
}

const FINITE_AUXILIARIES = new Set(['has', 'have', 'had', 'does', 'do', 'did', 'can', 'could', 'should', 'may', 'might', 'must', 'shall']);

/**
 * The whole subject opening the sentence, for a speech verb whose speaker
 * neither `speakerBefore` nor `subjectBefore` recognises: "Sens. Johnny
 * Isakson of Georgia and John Boozman of Arkansas, both up for reelection,
 * also said …", "Each side said …", "About four in 10 said …", "Mike
 * Shields, president of the Congressional Leadership Fund, a super PAC
 * allied with House leadership, said …". Whatever stands before a speech
 * verb as its subject is its speaker. The head is the name before any
 * appositive comma.
 */
export function openingSubject(tokens: Token[], end: number): SpeakerPhrase | undefined {
  let last = skipBetween(tokens, end);
  if (tokens[last]?.text === ',') last--;
  let first = sentenceOpening(tokens, last);
  // Past a short opening adverbial and its comma: "In addition, the IG review found that …". Stricter than in
  // speakerBeforeAsides, with no period inside: what follows is taken whole as the speaker, and allowing one gave
  // PolNeAR train speakers like "during a presidential campaign appearance at the resort".
  if (ADVERBIAL_OPENERS.has(tokens[first]?.lower ?? '')) {
    // A subordinate clause may run longer than an adverbial: "When her double-digit lead slipped last fall, …".
    const reach = /^(?:when|while|after|before|since|once)$/.test(tokens[first]!.lower) ? 12 : 5;
    const comma = tokens.findIndex((t, i) => i > first && i - first <= reach && t.text === ',');
    if (comma > 0 && comma < last && tokens.slice(first, comma).every((t) => t.word)) first = comma + 1;
  }
  if (last < first || last - first > 40 || !tokens[last]!.word) return undefined;
  // A plural possessive cannot end a subject: "the senders’ | names are …".
  if (/\p{L}['’]$/u.test(tokens[last]!.text)) return undefined;
  const words = tokens.slice(first, last + 1);
  // "More than six in 10 said": a share's "than" opens no clause.
  const share = (i: number): boolean => words[i]!.lower === 'than' && i > 0 && /^(?:more|less|fewer)$/.test(words[i - 1]!.lower);
  if (words.some((t, i) => isQuoteMark(t) || /^[;:()]$/.test(t.text) || (OPENS_CLAUSE.has(t.lower) && !share(i)))) return undefined;
  // After an opening "But" or "And" or an adverbial the subject may start in lowercase: "But protest organizers …".
  const afterConjunction = first > 0 && (tokens[first - 1]!.word || tokens[first - 1]!.text === ',');
  // A demonstrative opens a subject unless it says when: "This initiative called for …", not "This week …".
  const demonstrative = DEMONSTRATIVES.has(words[0]!.lower) && words.length > 1 && words[1]!.word && timeWords(tokens, first) === 0;
  if ((!afterConjunction && !/^[\p{Lu}\p{N}]/u.test(words[0]!.text)) || (NOT_SPEAKER.has(words[0]!.lower) && !demonstrative) || PRONOUNS.has(words[0]!.lower)) return undefined;
  if (words.length === 1 && DETERMINERS.has(words[0]!.lower)) return undefined;
  const comma = words.findIndex((t) => t.text === ',');
  // Before any appositive or relative clause the subject is a noun phrase: a verb there makes it a clause
  // ("The museum opened an exhibit called …"); after "who" it describes it ("An official who spoke anonymously said …").
  const relative = words.findIndex((t, i) => i > 0 && RELATIVES.has(t.lower));
  const nounPhraseEnd = Math.min(...[comma, relative, words.length].filter((i) => i > 0));
  // A participle with its time or agent still describes the noun: "A news report published Wednesday said …".
  // So does a participle describing a group, with its complement: "People briefed on the move said …".
  const participle = (i: number): boolean => /^(?:by|last|this|earlier|yesterday|today)$/.test(tokens[first + i + 1]?.lower ?? '') || WEEKDAYS.includes(tokens[first + i + 1]?.lower ?? '')
    || (i > 0 && GROUP_PARTICIPLES.has(words[i]!.lower) && /^(?:on|in|with|to|about|for|at)$/.test(tokens[first + i + 1]?.lower ?? ''));
  // So does an auxiliary: "Clinton has a strong ground game in the state, said Mindy Romero" is what she said.
  if (words.slice(0, nounPhraseEnd).some((t, i) => (isPastVerb(t) && !(i > 0 && participle(i))) || FINITE_AUXILIARIES.has(t.lower))) return undefined;
  const headRange = { first, last: comma > 0 ? first + comma - 1 : last };
  return { first, last, head: nameHead(tokens, headRange) };
}

/**
 * Words opening an adverbial before the subject: "By the end of the day, Mr. Trump …", "In addition, the
 * IG review found …", "Still, …".
 */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'by', 'after', 'before', 'during', 'since', 'with', 'without',
  'despite', 'amid', 'following', 'from', 'for', 'under', 'over', 'earlier', 'later', 'last', 'when', 'while', 'as', 'once', 'speaking',
  'asked', 'still', 'however', 'meanwhile', 'instead', 'yet', 'now', 'today', 'separately', 'similarly', 'indeed']);

/** A lowercase past form ("appeared", "met", "refused"): a finite verb, or a participle. */
const isPastVerb = (t: Token): boolean => t.text === t.lower && (/ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower));

/**
 * The speaker opening the sentence when asides stand between it and the
 * cue: "Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing
 * state, said …", "Christopher Shelton, president of the union, which
 * endorsed Sanders, said …". The name before the first comma must be a whole
 * speaker phrase starting the sentence; the asides may be anything but
 * quoted words or another clause's punctuation.
 */
export function speakerBeforeAsides(tokens: Token[], end: number): SpeakerPhrase | undefined {
  const cueSide = skipBetween(tokens, end);
  // The aside's comma may sit inside its closing quotation mark: "Mr. Lee, citing “the magic of the brand,” said …".
  const last = isQuoteMark(tokens[cueSide]) && tokens[cueSide - 1]?.text === ',' ? cueSide - 1 : cueSide;
  if (tokens[last]?.text !== ',') return undefined;
  let first = sentenceOpening(tokens, last);
  // "As Akhil Amar, professor …, put it": "as" before a name opens the attribution itself. Other openers are
  // passed with their comma: "Speaking later on the same show, Sen. Claire McCaskill (D-Mo.), who …, said".
  if (tokens[first]?.lower === 'as' && isCapitalised(tokens[first + 1])) first++;
  else if (ADVERBIAL_OPENERS.has(tokens[first]?.lower ?? '')) {
    const opener = tokens.findIndex((t, i) => i > first && i - first <= 10 && t.text === ',');
    if (opener > 0 && opener < last && tokens.slice(first, opener).every((t) => t.word || t.text === '.')) first = opener + 1;
  }
  const comma = tokens.findIndex((t, i) => i > first && t.text === ',');
  if (comma < 0 || comma >= last || last - first > 50) return undefined;
  // Quoted words may stand in the asides ("Mr. Lee, citing “the magic of the brand,” said …") but not in or before
  // the name, where the phrase would be the end of a quotation: the first mark after the name opens a quotation
  // (after punctuation it closes one the name ended), and marks before the name may only be those of a quotation
  // the sentence opens with ("“…,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said").
  const firstMark = tokens.findIndex((t, i) => i >= first && i <= cueSide && isQuoteMark(t));
  const openingQuote = isQuoteMark(tokens[0]) && isQuoteMark(tokens[first - 1]) && tokens[first - 2]?.text === ',' && tokens.slice(1, first - 1).filter(isQuoteMark).length === 0;
  const quotedAside = firstMark > comma && tokens[firstMark - 1]!.word && (!tokens.slice(0, first).some(isQuoteMark) || openingQuote);
  if (tokens.slice(first, last).some((t) => /^[;:]$/.test(t.text)) || (firstMark >= 0 && !quotedAside)) return undefined;
  const nameEnd = tokens[comma - 1]!.text === ')' ? skipParenthesis(tokens, comma - 1) : comma - 1; // "Sen. Dick Durbin (D-Ill.), noting …"
  const name = nameEnd >= first ? phraseEndingAt(tokens, nameEnd) : undefined;
  if (!name || name.first !== first || PRONOUNS.has(tokens[name.last]!.lower)) return undefined;
  // A description before the name: "Duncan Hunter’s chief of staff, Joe Kasper, said" is Joe Kasper.
  const inside = phraseEndingAt(tokens, last - 1);
  const named = !isCapitalised(tokens[name.last]) && inside?.first === comma + 1 && isCapitalised(tokens[inside.last]) ? inside : name;
  // The phrase as written keeps the closing mark of quoted words it ends with.
  return { first, last: cueSide > last ? cueSide : last - 1, head: nameHead(tokens, named) };
}

/**
 * A short noun phrase between a closing quotation and its cue is the
 * speaker, whatever its noun: "''…!'' the note says", "“…,” the suit reads",
 * "“…,” this source told the Post". Only a determiner phrase or a name, and
 * no clause word.
 */
export function speakerAfterQuote(tokens: Token[], end: number): SpeakerPhrase | undefined {
  const last = skipBetween(tokens, end);
  let first = last;
  while (first > 0 && last - first < 4 && tokens[first - 1]!.word) first--;
  const comma = tokens[first - 1]?.text === ',';
  const mark = tokens[first - (comma ? 2 : 1)];
  const closing = tokens[first - (comma ? 3 : 2)];
  // The mark closes a quotation: a comma follows it, or the quote's own punctuation precedes it.
  if (last < first || !isQuoteMark(mark) || (!comma && !/^[,.!?]$/.test(closing?.text ?? ''))) return undefined;
  const words = tokens.slice(first, last + 1);
  if (!DETERMINERS.has(words[0]!.lower) && !isCapitalised(words[0])) return undefined;
  if (words.some((t) => CLAUSE_WORDS.has(t.lower) || PRONOUNS.has(t.lower))) return undefined;
  return withHead(tokens, { first, last });
}

/** Words that make the span before a cue a clause of its own, not a subject: "If elected, …", "Because …". */
const OPENS_CLAUSE = new Set(['because', 'if', 'although', 'though', 'since', 'unless', 'whether', 'when', 'while', 'after', 'before', 'as', 'that', 'than', 'is', 'was', 'were', 'are', 'will', 'would']);

/** Words that make a span before a cue a clause rather than its subject. */
const SUBJECT_BREAKS = new Set(['that', 'which', 'who', 'when', 'while', 'if', 'because', 'but', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'i', 'we', 'he', 'she', 'they', 'it', 'you']);

/** The speaker phrase right after a cue, for inverted attributions: "said Lorenzana", "said the spokeswoman". */
export function speakerAfter(tokens: Token[], start: number): SpeakerPhrase | undefined {
  return withHead(tokens, phraseStartingAt(tokens, start));
}

/**
 * The source named after "according to": everything up to the comma or the
 * sentence end, however it is written — "according to early results of exit
 * polls conducted for the AP", "according to F.A.A. records", "according to him".
 */
export function sourceAfter(tokens: Token[], start: number): SpeakerPhrase | undefined {
  let last = start - 1;
  while (last + 1 < tokens.length && last - start < 30 && (!/^[,;:.!?()—–―]$/.test(tokens[last + 1]!.text) || isNameGlue(tokens, last + 1)) && !isQuoteMark(tokens[last + 1])) last++;
  while (last >= start && !tokens[last]!.word) last--;
  return last >= start ? withHead(tokens, { first: start, last }) : undefined;
}

/**
 * How many tokens from `i` say when something was said or done — "Tuesday", "last week", "on Monday" —
 * or 0: "by the county board *last week*", "told The Star-Ledger *last week* she …".
 */
export function timeWords(tokens: Token[], i: number): number {
  const word = tokens[i]?.lower ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  if (word === 'yesterday' || word === 'today' || word === 'tonight' || WEEKDAYS.includes(word)) return 1;
  if (/^(?:last|this|next|earlier)$/.test(word) && /^(?:week|weekend|month|year|night|morning|afternoon|evening|spring|summer|fall|autumn|winter)$/.test(next)) return 2;
  return word === 'on' && WEEKDAYS.includes(next) ? 2 : 0;
}

const DASH = /^[—–―]$/;

/** Participles that describe the people a source stands for: "People *briefed* on the move", "officials *involved* in the talks". */
const GROUP_PARTICIPLES = new Set(['briefed', 'involved', 'aligned', 'allied', 'associated', 'affiliated', 'linked', 'tied', 'connected',
  'committed', 'interviewed', 'surveyed', 'polled', 'questioned', 'contacted', 'based', 'assigned']);

/** A dash setting off an aside: —, –, or a hyphen with a space beside it ("the justice -- who … -- said", "DFA - which … - said"). */
export function isDash(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (DASH.test(token.text)) return true;
  if (token.text !== '-') return false;
  const spaceBefore = i === 0 || tokens[i - 1]!.end < token.start;
  const spaceAfter = i + 1 >= tokens.length || tokens[i + 1]!.start > token.end;
  return spaceBefore || spaceAfter;
}

/** The second hyphen of "--", written for a dash. */
const doubledDash = (tokens: Token[], i: number): boolean => tokens[i]?.text === '-' && tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === tokens[i]!.start;

function phraseStartingAt(tokens: Token[], start: number): TokenRange | undefined {
  const first = tokens[start];
  if (!first || !first.word) return undefined;
  if (PRONOUNS.has(withoutContraction(first.lower)) && first.lower !== 'who' && first.lower !== 'which') return { first: start, last: start };
  let last = start - 1;
  if (DETERMINERS.has(first.lower) && first.lower !== 'that') {
    last = start;
    // A past form after a speaker noun is its verb: "the justice sounded off", not a longer phrase.
    const verbAfterNoun = (i: number): boolean => isPastVerb(tokens[i]!) && isSpeakerNoun(tokens[i - 1]!.lower);
    // A weekday right after the determiner describes the noun: "a Wednesday editorial in The Des Moines Register".
    while (last + 1 < tokens.length && tokens[last + 1]!.word && !CLAUSE_WORDS.has(tokens[last + 1]!.lower) && (timeWords(tokens, last + 1) === 0 || last === start) && last - start < 6
      && !verbAfterNoun(last + 1)) last++;
    return last > start ? { first: start, last } : undefined;
  }
  // Lowercase descriptors before the name: "said election officer Mark Ocampo".
  let name = start;
  while (name < tokens.length && name - start < 3 && tokens[name]!.word && !isCapitalised(tokens[name]) && !CLAUSE_WORDS.has(tokens[name]!.lower)) name++;
  if (name > start && !isCapitalised(tokens[name])) return undefined;
  last = name - 1;
  while (last + 1 < tokens.length && (isCapitalised(tokens[last + 1]) || isNameGlue(tokens, last + 1))) last++;
  // A capitalised modifier before lowercase descriptors and the name: "said Democratic strategist Mary Anne Marsh".
  let next = last + 1;
  // Not past a verb: "John Bolton told Breitbart News", "Obama met Clinton" are two phrases.
  while (next < tokens.length && next - last <= 3 && tokens[next]!.word && !isCapitalised(tokens[next]) && !CLAUSE_WORDS.has(tokens[next]!.lower) && timeWords(tokens, next) === 0
    && !(isPastVerb(tokens[next]!) && (cueLemma(tokens[next]!.lower) !== undefined || isCapitalised(tokens[next + 1])))) next++;
  if (next > last + 1 && isCapitalised(tokens[next]) && !NOT_SPEAKER.has(tokens[next]!.lower)) {
    last = next;
    while (last + 1 < tokens.length && (isCapitalised(tokens[last + 1]) || isNameGlue(tokens, last + 1))) last++;
  }
  while (last >= start && !isCapitalised(tokens[last])) last--;
  return last >= name && !NOT_SPEAKER.has(tokens[name]!.lower) ? { first: start, last } : undefined;
}

/** A name, determiner phrase, pronoun or bare plural whose last token is `last`. */
function phraseEndingAt(tokens: Token[], last: number): TokenRange | undefined {
  const head = tokens[last]!;
  if (!head.word) return undefined;
  if (isPronoun(head.lower)) return { first: last, last };
  // A share of a poll's sample: "4 in 10", "more than six in 10", "nine out of 10".
  // Its noun may follow: "about 6 in 10 white men".
  let ten = last;
  if (/s$|^(?:men|women|people)$/.test(head.lower) && head.text === head.lower) {
    while (ten > last - 3 && ten > 0 && tokens[ten - 1]!.word && tokens[ten - 1]!.text === tokens[ten - 1]!.lower && !/^(?:10|ten)$/.test(tokens[ten - 1]!.lower)) ten--;
    ten = /^(?:10|ten)$/.test(tokens[ten - 1]?.lower ?? '') ? ten - 1 : last;
  }
  const ratio = /^(?:10|ten)$/.test(tokens[ten]!.lower) && /^(?:in|of)$/.test(tokens[ten - 1]?.lower ?? '') ? (tokens[ten - 2]?.lower === 'out' ? ten - 3 : ten - 2) : -1;
  if (ratio > 0 && /^(?:\d|one|two|three|four|five|six|seven|eight|nine)/.test(tokens[ratio]?.lower ?? '')) {
    const than = /^(?:than)$/.test(tokens[ratio - 1]?.lower ?? '') && /^(?:more|fewer|less)$/.test(tokens[ratio - 2]?.lower ?? '') ? ratio - 2 : /^(?:nearly|about|almost|roughly|some|over)$/.test(tokens[ratio - 1]?.lower ?? '') ? ratio - 1 : ratio;
    return { first: than, last };
  }
  let first = last;
  if (isCapitalised(head)) {
    while (first > 0 && (isCapitalised(tokens[first - 1]) || isNameGlue(tokens, first - 1))) first--;
    while (first < last && !isCapitalised(tokens[first])) first++; // a name never starts with "of"
    // Descriptors written before the name: "Clinton spokesman Brian Fallon", "the campaign's chairman John Podesta".
    first = extendWithDescriptors(tokens, first);
  } else {
    if (!isSpeakerNoun(head.lower)) return withComplement(tokens, last);
    first = extendWithDescriptors(tokens, first);
    // A bare plural of people is a speaker too: "forecasters say", "hacking specialists say".
    if (first === last && !BARE_SPEAKERS.has(head.lower) && !(AGENT_SUFFIX.test(head.lower) && /[^s]s$/.test(head.lower))) return undefined;
  }
  // "This week Trump said": an opening adverbial is not the speaker — but "this source said" is.
  // After a verb "that" opens a clause instead: "said that administration officials knew …".
  const complementizer = tokens[first]!.lower === 'that' && tokens[first - 1]?.word === true && tokens[first - 1]!.text === tokens[first - 1]!.lower;
  const demonstrative = !isCapitalised(head) && first < last && DEMONSTRATIVES.has(tokens[first]!.lower) && !complementizer;
  while (!demonstrative && first < last && NOT_SPEAKER.has(tokens[first]!.lower)) first++;
  if (first === last && NOT_SPEAKER.has(tokens[first]!.lower)) return undefined;
  // Two groups joined by "and" speak together: "teachers and union officials told POLITICO".
  if (!isCapitalised(head)) {
    let and = first - 1;
    while (and > first - 3 && tokens[and]?.word && tokens[and]!.lower !== 'and' && !CLAUSE_WORDS.has(tokens[and]!.lower)) and--;
    const other = tokens[and]?.lower === 'and' && tokens[and - 1]?.word ? phraseEndingAt(tokens, and - 1) : undefined;
    // Not a phrase a quotation modifies: "to curb ''activist'' investors and others focused on …".
    if (other && !isQuoteMark(tokens[other.first - 1]) && !isPronoun(tokens[other.last]!.lower)) first = other.first;
    // Two modifiers of one noun, the phrase opening its clause: "…, campaign and corporate records show."
    else if (!other && and === first - 2 && tokens[and - 1]?.word && !CLAUSE_WORDS.has(tokens[and - 1]!.lower) && !isPronoun(tokens[and - 1]!.lower)
      && (and - 1 === 0 || /^[,;:—–―(]$/.test(tokens[and - 2]!.text))) first = and - 1;
  }
  return ofSpeakerNoun(tokens, { first, last });
}

/**
 * The complement of a speaker noun belongs to it: "a spokesman for the
 * governor", "aides to Mr. Obama", "the head of the agency" — the speaker is
 * the spokesman, not the governor.
 */
function ofSpeakerNoun(tokens: Token[], range: TokenRange): TokenRange {
  const joiner = tokens[range.first - 1]?.lower;
  const noun = tokens[range.first - 2];
  if ((joiner !== 'for' && joiner !== 'of' && joiner !== 'to') || !noun?.word || (noun.text !== noun.lower && range.first > 2) || !isSpeakerNoun(noun.lower)) return range;
  const outer = phraseEndingAt(tokens, range.first - 2);
  return outer ? { first: outer.first, last: range.last } : range;
}

/** A speaker noun with its complement: "a spokesperson for the port", "the head of the agency". */
function withComplement(tokens: Token[], last: number): TokenRange | undefined {
  for (let j = last - 1; j >= 1 && last - j <= 5; j--) {
    const word = tokens[j]!;
    if (!word.word || CLAUSE_WORDS.has(word.lower) && !COMPLEMENT_WORDS.has(word.lower)) return undefined;
    if (!COMPLEMENT_WORDS.has(word.lower)) continue;
    const noun = phraseEndingAt(tokens, j - 1);
    return noun ? { first: noun.first, last } : undefined;
  }
  return undefined;
}

const COMPLEMENT_WORDS = new Set(['for', 'of', 'at', 'from', 'with', 'in']);

/** Extend a phrase leftwards over lowercase modifiers up to a determiner or a clause boundary. */
function extendWithDescriptors(tokens: Token[], first: number): number {
  let at = first;
  for (let steps = 0; at > 0 && steps < 8; steps++) {
    const previous = tokens[at - 1]!;
    // A title's period is part of the name: "California Rep. Duncan Hunter’s chief of staff".
    if (!previous.word && previous.text !== '’' && previous.text !== "'" && !isNameGlue(tokens, at - 1)) break;
    if (previous.text === '’' || previous.text === "'") {
      at--; // possessive mark of "the campaign’s chairman"
      continue;
    }
    if (DETERMINERS.has(previous.lower)) return at - 1;
    // "Club for Growth ad": a joiner inside a name is part of the phrase.
    if (isNameGlue(tokens, at - 1)) {
      at--;
      continue;
    }
    if (CLAUSE_WORDS.has(previous.lower) || NOT_SPEAKER.has(previous.lower) || PRONOUNS.has(previous.lower)) break;
    // A reporting verb ends the phrase: "Clinton said Sanders wants …" is Sanders wanting, not "Clinton said Sanders".
    if (isPastVerb(previous) && cueLemma(previous.text) !== undefined) break;
    at--;
  }
  // Without a determiner, only capitalised or possessive modifiers belong to the phrase ("Clinton spokesman …"),
  // unless the phrase opens the clause: "…, port director Alan Cruz said".
  // So does ", as": "…, as union leaders point out".
  const opensClause = at === 0 || /^[,;:—–―(]$/.test(tokens[at - 1]!.text) || isQuoteMark(tokens[at - 1])
    || (tokens[at - 1]!.lower === 'as' && tokens[at - 2]?.text === ',');
  // A poll share keeps its number: "…, and 74 percent said the country is on the wrong track".
  const share = tokens[first]?.lower === 'percent' && /^\d/.test(tokens[first - 1]?.text ?? '');
  if (!opensClause) while (at < first && !isCapitalised(tokens[at]) && !/['’]s$/.test(tokens[at]!.text) && !(share && at === first - 1)) at++;
  return at;
}

function isNameGlue(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  // Initials and dotted abbreviations: "James B. Comey", "the F.B.I. director".
  if (token.text === '.') return TITLE_ABBREVIATIONS.has(tokens[i - 1]?.lower ?? '') || /^\p{Lu}(?:\.\p{Lu})*$/u.test(tokens[i - 1]?.text ?? '');
  if (token.text === '-') return isCapitalised(tokens[i - 1]) && isCapitalised(tokens[i + 1]);
  return NAME_JOINERS.has(token.lower) && isCapitalised(tokens[i - 1]) && isCapitalised(tokens[i + 1]);
}

function skipParenthesis(tokens: Token[], close: number): number {
  for (let i = close - 1; i >= 0 && close - i < 30; i--) if (tokens[i]!.text === '(') return i - 1;
  return -1;
}

/**
 * A speaker with an appositive, the comma at `comma` closing it:
 * "Seth McKee, a political scientist at Texas Tech, said" (the name comes
 * first) or "Her campaign manager, Robby Mook, said" (the name is inside).
 * The mention is the whole phrase; its head is the name.
 */
function appositive(tokens: Token[], comma: number): SpeakerPhrase | undefined {
  let clauseWord = false;
  let conjunction = -1;
  for (let i = comma - 1; i >= 0 && comma - i <= 20; i--) {
    const token = tokens[i]!;
    if (isQuoteMark(token)) return undefined;
    // "and" may join two titles: "Jill A. Martin, vice president and assistant general counsel, said".
    if (token.lower === 'and' && conjunction < 0) conjunction = i;
    else if (token.word && CLAUSE_WORDS.has(token.lower) && !inAppositive(tokens, i)) clauseWord = true;
    if (token.text !== ',') continue;
    const titles = conjunction > i + 1 && [tokens[i + 1]!, tokens[conjunction + 1]].every((t) => t?.word && t.text === t.lower && !CLAUSE_WORDS.has(t.lower));
    if (conjunction > 0 && !titles) clauseWord = true;
    // Clause words belong to an appositive only as a relative clause: "Paris, who used to work on the Hill, said".
    if (clauseWord && !RELATIVES.has(tokens[i + 1]!.lower)) return undefined;
    const before = phraseEndingAt(tokens, i - 1);
    if (!before) return undefined;
    const inside = phraseEndingAt(tokens, comma - 1);
    const nameInside = inside !== undefined && inside.first === i + 1 && isCapitalised(tokens[inside.last]);
    if (nameInside && !isCapitalised(tokens[before.last])) return { first: before.first, last: comma - 1, head: nameHead(tokens, inside) };
    if (isCapitalised(tokens[before.last]) || PRONOUNS.has(tokens[before.last]!.lower)) return { first: before.first, last: comma - 1, head: nameHead(tokens, before) };
    return undefined;
  }
  return undefined;
}

const RELATIVES = new Set(['who', 'whose', 'which']);

/** Prepositions describe, and "and a …" adds a role: "a committeeman from Virginia", "a fellow at Brookings and a delegate". */
const APPOSITIVE_PREPOSITIONS = new Set(['of', 'at', 'from', 'in', 'for', 'to', 'with', 'on', 'under']);
const inAppositive = (tokens: Token[], i: number): boolean => APPOSITIVE_PREPOSITIONS.has(tokens[i]!.lower)
  || (tokens[i]!.lower === 'and' && /^(?:a|an|the)$/.test(tokens[i + 1]?.lower ?? ''));

function withHead(tokens: Token[], range: TokenRange | undefined): SpeakerPhrase | undefined {
  return range && { ...range, head: nameHead(tokens, range) };
}

/**
 * The name in a speaker phrase, for entity lookup: the last capitalised run
 * before any "of"/"for"/"at"/"in" ("Brian Fallon" in "Clinton spokesman Brian
 * Fallon", "Marco Rubio" in "Sen. Marco Rubio of Florida"), else the words
 * before it, so that "Black voters in Michigan" is not Michigan.
 */
function nameHead(tokens: Token[], range: TokenRange): TokenRange {
  let last = range.first;
  while (last < range.last && !/^(?:of|for|at|from|to|in)$/.test(tokens[last + 1]!.lower)) last++;
  let first = last;
  // Names joined by "and" are one head, so that "Obama and Clinton" resolves to neither alone.
  while (first > range.first && (/^\p{Lu}|^\.$/u.test(tokens[first - 1]!.text) || (tokens[first - 1]!.text === 'and' && isCapitalised(tokens[first - 2])))) first--;
  return isCapitalised(tokens[last]) ? { first, last } : { first: range.first, last };
}
