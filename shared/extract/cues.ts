import { IRREGULAR_PAST, verbForms } from './inflect.js';
import { isCapitalised, isQuoteMark, stepBack, type Token } from './tokens.js';

/**
 * The reporting-cue lexicon. Verbs are listed by base form and expanded to
 * every inflection by shared/extract/inflect.ts ("warn" → warn, warns,
 * warned, warning; "say" → said).
 *
 * - speech verbs introduce what someone said and may follow the quote with
 *   the speaker after them: "“…,” said Lorenzana".
 * - other cues report a belief, finding or stance: "Analysts believe …",
 *   "A new poll shows …". PolNeAR annotates these as attributions too.
 */
const SPEECH_VERBS = [
  'say', 'tell', 'add', 'note', 'warn', 'argue', 'claim', 'insist', 'deny', 'acknowledge', 'announce', 'explain',
  'state', 'declare', 'write', 'ask', 'reply', 'respond', 'continue', 'tweet', 'stress', 'emphasize', 'emphasise',
  'recall', 'suggest', 'admit', 'confirm', 'report', 'reveal', 'contend', 'assert', 'maintain', 'allege', 'caution',
  'complain', 'concede', 'conclude', 'observe', 'point', 'promise', 'remark', 'repeat', 'reiterate', 'boast',
  'counter', 'joke', 'quip', 'muse', 'recount', 'testify', 'predict', 'vow', 'pledge', 'urge', 'charge',
  'speculate', 'estimate', 'indicate', 'mention', 'retort', 'scoff', 'shout', 'yell', 'whisper', 'tout', 'exclaim',
  'proclaim', 'answer', 'agree', 'disagree', 'comment', 'describe', 'post', 'blog', 'thunder', 'snap', 'lament',
  'concur', 'assure', 'reassure', 'guarantee', 'signal', 'hint', 'imply', 'demand', 'threaten', 'cite',
  'quote', 'inform', 'brag', 'cry', 'grumble', 'sneer', 'fume', 'gush', 'underscore',
  'highlight', 'clarify', 'specify', 'elaborate', 'insinuate', 'propose', 'recommend', 'accuse', 'criticize',
  'criticise', 'praise', 'blast', 'slam', 'question', 'wonder', 'dismiss', 'call', 'blame', 'applaud', 'defend',
  'mock', 'decry', 'bemoan', 'dub', 'label', 'brand', 'term', 'deride', 'hail', 'laud', 'lambaste', 'condemn',
  'denounce', 'ridicule', 'characterize', 'characterise', 'refer', 'chant', 'read', 'pronounce', 'insult',
  'put', // only as "put it": "As one senator put it, “…”"
  // Learned from PolNeAR train: verbs annotated as cues in at least a third of their uses there.
  'opine', 'chide', 'assail', 'rebut', 'echo', 'reaffirm', 'affirm', 'articulate', 'utter', 'disclose', 'retweet', 'contradict',
  'intimate', 'preach', 'scold', 'surmise', 'vent', 'refute', 'herald', 'belittle', 'recite', 'lecture', 'reprimand', 'overstate', 'convey', 'reference',
  // Verbs of saying too rare in PolNeAR to measure, listed by meaning: "groused that CNN …", "sniped that …".
  'grouse', 'snipe', 'gripe', 'carp', 'posit', 'confess', 'gloat', 'extol', 'admonish', 'berate', 'castigate', 'deplore', 'avow', 'commend', 'chastise',
];

const OTHER_CUES = [
  'decide', 'aim', 'wish', 'swear', 'attack', 'discuss', 'express', 'prefer', 'view', 'challenge', 'thank', 'remind', 'see', 'remember', 'learn', 'rule', 'identify', 'determine', 'order', 'name', 'list',
  'believe', 'think', 'feel', 'fear', 'hope', 'expect', 'worry', 'want', 'plan', 'intend', 'show', 'find', 'suspect',
  'doubt', 'know', 'understand', 'recognize', 'recognise', 'reckon', 'assume', 'consider', 'endorse', 'support', 'oppose', 'back', 'reject', 'refuse', 'decline', 'seek', 'favor', 'favour',
  // Learned from PolNeAR train, as above.
  'mull', 'contemplate', 'envision', 'foresee', 'deem', 'portray', 'liken', 'invoke', 'downplay', 'repudiate', 'disavow', 'rebuke', 'rebuff',
  'approve', 'embrace', 'promote', 'congratulate', 'persuade', 'convince', 'encourage', 'realize', 'realise', 'imagine', 'admire', 'bash', 'trash',
  'critique', 'unveil', 'outline', 'forecast', 'trumpet', 'vouch', 'interpret', 'foreshadow', 'relish',
  'revere', 'savage', 'deflect', 'dispute', 'hammer', 'empathize', 'acquiesce',
];

/**
 * Impressions: how something seems, reported with no speaker. PolNeAR
 * attributes the subject with its complement ("the Sanders team … to make a
 * conscious decision" in "the Sanders team appeared to make a conscious
 * decision"). Before a cue verb they hand the cue on: "Cruz seemed to mock
 * his rivals" is Cruz mocking.
 */
const IMPRESSIONS = ['seem', 'appear'];

/**
 * Dialogue tags: verbs that attribute a quotation next to them but never
 * introduce reported speech ("“…,” Hannity pressed", "he demurred: “…”").
 */
const DIALOGUE_TAGS = [
  'press', 'interject', 'demur', 'begin', 'start', 'laugh', 'sigh', 'smile', 'crack', 'offer', 'volunteer',
  'chime', 'shoot', 'fire', 'cut', 'go', 'end', 'open', 'close', 'summarize', 'summarise', 'plead', 'beg',
  'protest', 'object', 'interrupt', 'follow',
  'jeer', 'heckle', 'taunt', 'holler', 'bellow', 'scream', 'mutter', 'murmur', 'chuckle', // "his friends jeered, “…”"
];

/** Cues written with a particle: "pointed out", "shot back", "chimed in". */
const PARTICLES: Record<string, string[]> = {
  put: ['it'], point: ['out', 'to'], shoot: ['back'], fire: ['back'], cut: ['in'], go: ['on'], chime: ['in'], follow: ['up'],
};

/**
 * Cues whose preposition belongs to them, so that what follows is the
 * content: "Sanders called for a political revolution", "she referred to the
 * emails", "he talked about trade". The verbs in the lists above stay cues
 * on their own too; the others report only with their preposition.
 */
const PREPOSITIONS: Record<string, { with: string[]; kind: CueKind }> = {
  call: { with: ['for', 'on'], kind: 'speech' }, refer: { with: ['to'], kind: 'speech' }, ask: { with: ['about', 'for'], kind: 'speech' },
  warn: { with: ['of', 'against', 'about'], kind: 'speech' }, argue: { with: ['for', 'against'], kind: 'speech' },
  talk: { with: ['about', 'of'], kind: 'speech' }, speak: { with: ['about', 'of', 'out'], kind: 'speech' },
  rail: { with: ['against'], kind: 'speech' }, lash: { with: ['out'], kind: 'speech' }, weigh: { with: ['in'], kind: 'speech' },
  focus: { with: ['on'], kind: 'other' }, push: { with: ['for'], kind: 'other' }, advocate: { with: ['for'], kind: 'other' },
  vote: { with: ['for', 'against'], kind: 'other' }, campaign: { with: ['for', 'against'], kind: 'other' },
  // Gold PolNeAR cues with their preposition (train): "joked about the crowd", "wrote about the race",
  // "said of his rival", "agreed with Sanders", "complained about the rules", "hinted at a run".
  say: { with: ['of', 'about'], kind: 'speech' }, write: { with: ['about', 'of'], kind: 'speech' },
  joke: { with: ['about'], kind: 'speech' }, muse: { with: ['about'], kind: 'speech' }, complain: { with: ['about', 'of'], kind: 'speech' },
  boast: { with: ['of', 'about'], kind: 'speech' }, brag: { with: ['about', 'of'], kind: 'speech' },
  comment: { with: ['on'], kind: 'speech' }, hint: { with: ['at'], kind: 'speech' }, allude: { with: ['to'], kind: 'speech' },
  caution: { with: ['against', 'about'], kind: 'speech' }, touch: { with: ['on'], kind: 'speech' },
  agree: { with: ['with'], kind: 'other' }, worry: { with: ['about'], kind: 'other' },
  apologize: { with: ['for'], kind: 'speech' }, apologise: { with: ['for'], kind: 'speech' },
  // Learned from PolNeAR train, as the verbs above.
  balk: { with: ['at'], kind: 'other' }, spar: { with: ['with', 'over'], kind: 'speech' }, dwell: { with: ['on'], kind: 'speech' },
  bristle: { with: ['at'], kind: 'other' }, marvel: { with: ['at'], kind: 'other' }, react: { with: ['to'], kind: 'speech' },
  respond: { with: ['to'], kind: 'speech' }, reply: { with: ['to'], kind: 'speech' }, look: { with: ['to'], kind: 'other' }, // "looked to stop the bleeding"
  lay: { with: ['out'], kind: 'speech' }, shrug: { with: ['off'], kind: 'other' }, // "laid out his plan", "shrugged off the poll"
  make: { with: ['clear'], kind: 'speech' }, // "Trump made clear that he would not attend"
  // Speech verbs of the lexicon with what they are about: "speculated about the cost", "gushes about being a grandmother".
  speculate: { with: ['about', 'on'], kind: 'speech' }, opine: { with: ['about', 'on'], kind: 'speech' },
  lecture: { with: ['about', 'on'], kind: 'speech' }, preach: { with: ['about', 'on'], kind: 'speech' },
  wonder: { with: ['about'], kind: 'speech' }, gush: { with: ['about', 'over'], kind: 'speech' }, rant: { with: ['about', 'against'], kind: 'speech' },
  grumble: { with: ['about'], kind: 'speech' }, fume: { with: ['about', 'over'], kind: 'speech' }, vent: { with: ['about'], kind: 'speech' },
  lie: { with: ['about'], kind: 'speech' },
};

/**
 * Adjectives that report a stance after a form of "be", with the word that
 * introduces what they report: "Sanders is adamant that the primary was
 * rigged", "Clinton was quick to condemn the attack", "He is critical of the
 * deal". Learned from PolNeAR train like the verbs above.
 */
const ADJECTIVE_CUES: Record<string, string[]> = {
  eager: ['to'], quick: ['to'], critical: ['of'], hopeful: ['that'], adamant: ['that'], convinced: ['that'], confident: ['that'],
  reluctant: ['to'], concerned: ['that', 'about'], worried: ['that', 'about'], optimistic: ['that', 'about'],
  skeptical: ['of', 'about', 'that'], inclined: ['to'], unhappy: ['with', 'about'], proud: ['of'], supportive: ['of'],
  aware: ['that', 'of'], wary: ['of'], glad: ['that', 'to'], disappointed: ['that', 'with', 'in', 'by'], impressed: ['by', 'with'], dismayed: ['by', 'that', 'at'],
};

/** Every form of a cue verb, with its particle when it takes one: "point" → "pointed out", "points to", …. */
function cueForms(base: string): string[] {
  const particles = PARTICLES[base];
  return verbForms(base).flatMap((form) => (particles ? particles.map((p) => `${form} ${p}`) : [form]));
}

export type CueKind = 'speech' | 'other' | 'according' | 'tag' | 'impression' | 'expectation' | 'passive' | 'poll';

/**
 * Passive cues of what is expected or believed of someone, with no one named
 * as expecting it: "Trump *is expected* to deliver a victory speech tonight",
 * "The Fed *is widely believed* to act in December". PolNeAR attributes the
 * subject with its infinitive ("Trump … to deliver a victory speech").
 */
const EXPECTATIONS = new Set(['expected', 'believed', 'thought', 'rumored', 'rumoured', 'projected', 'predicted']);

/** Words a stance adjective takes before it: degree adverbs and a linking "remain". */
const ADJECTIVE_LEAD = /^(?:well|so|very|too|more|less|most|all|quite|remain|remains|remained|remaining|\p{Ll}+ly)$/u;

/** Uninflected forms ("say", "state"): after a singular name they are nouns ("the US state department"). */
const BASE_FORMS = new Set<string>([...SPEECH_VERBS, ...OTHER_CUES, ...DIALOGUE_TAGS, ...IMPRESSIONS]);
/** Past forms spelled like the base: "“…,” it read" is past, whoever the subject. */
const PAST_AS_BASE = new Set(['read', 'put']);
export const isBaseForm = (word: string): boolean => BASE_FORMS.has(word) && !PAST_AS_BASE.has(word);

/** Every inflected single-word cue, lowercased, with its kind. */
const CUE_WORDS = new Map<string, CueKind>();
/** Every inflected form of a cue verb → its base form: "declined" → "decline". */
const LEMMAS = new Map<string, string>();
/** Two-word cues ("pointed out", "called for"), keyed by their first word. */
const CUE_PHRASES = new Map<string, { second: string; kind: CueKind }[]>();
const addPhrase = (first: string, second: string, kind: CueKind) => CUE_PHRASES.set(first, [...(CUE_PHRASES.get(first) ?? []), { second, kind }]);
for (const [list, kind] of [[DIALOGUE_TAGS, 'tag'], [IMPRESSIONS, 'impression'], [OTHER_CUES, 'other'], [SPEECH_VERBS, 'speech']] as const) {
  for (const base of list) {
    for (const form of cueForms(base)) {
      const [first, second] = form.split(' ');
      LEMMAS.set(first!, base);
      if (second) addPhrase(first!, second, kind);
      else CUE_WORDS.set(form, kind);
    }
  }
}
for (const [base, { with: prepositions, kind }] of Object.entries(PREPOSITIONS)) {
  for (const form of verbForms(base)) {
    LEMMAS.set(form, base);
    for (const preposition of prepositions) addPhrase(form, preposition, kind);
  }
}

for (const [adjective, words] of Object.entries(ADJECTIVE_CUES)) {
  LEMMAS.set(adjective, adjective);
  for (const word of words) addPhrase(adjective, word, 'other');
}

/** The base form of a cue's first word: "pledged to" → "pledge"; undefined when it is not a cue verb. */
export const cueLemma = (cue: string): string | undefined => LEMMAS.get(cue.toLowerCase().split(' ')[0] ?? '');

/**
 * Cues whose content is an infinitive: what someone wants, plans, refuses or
 * promises to do is attributed to them ("The senator declined to comment",
 * "Cruz vowed to repeal the law"), unlike "responded to Trump".
 */
const TAKES_INFINITIVE = new Set([
  'want', 'plan', 'intend', 'hope', 'expect', 'seek', 'refuse', 'decline', 'vow', 'pledge', 'promise', 'threaten',
  'agree', 'offer', 'decide', 'aim', 'prefer', 'volunteer', 'demand', 'propose', 'claim', 'swear', 'wish',
  'eager', 'quick', 'reluctant',
]);
export const takesInfinitive = (cue: string): boolean => TAKES_INFINITIVE.has(cueLemma(cue) ?? '');

export const isPastForm = (word: string): boolean => /ed$/.test(word) || IRREGULAR_PAST.has(word);

/** Words before a verb that make it a noun instead: "the reports", "his claims", "a plan". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'that', 'no', 'any', 'every', 'each', 'such', 'whose', 'of', 'to']);

/** Words before a reporter's question that opens a sentence: "*When* asked whether …". */
export const BEFORE_ASKED: ReadonlySet<string> = new Set(['when', 'if', 'once', 'after', 'before', 'while']);

/** Cues that open a sentence inverted, before their speaker's name: "*Said* Comey, “…”". */
export const INVERTED_OPENERS: ReadonlySet<string> = new Set(['said', 'added']);

/** Passive and second-hand cues spelled out: "was quoted as saying", "said in a statement". */
const PASSIVE_CUE = /^(?:was|were|is|are|has been|had been) quoted (?:as )?saying$/;
const MEDIUM = /^(?:in|on|during) (?:a|an|his|her|their|its|the) (?:\w+ )?(?:statement|interview|speech|email|e-mail|letter|tweet|post|release|memo|op-ed|column|report|video|message|appearance|filing|note|blog post|press conference|conference call|radio interview|television interview|phone interview)\b/;

export interface CueMatch {
  /** Token index range `[first, last]` of the cue in the sentence. */
  first: number;
  last: number;
  kind: CueKind;
}

/**
 * Reporting cues in a sentence's tokens, left to right. A cue must be
 * lowercase (so "United States" is not a cue), except in a headline
 * written in title case (`titleCase`), and not be
 * used as a noun ("the reports show" → only "show"). Tokens inside quotation
 * marks (`inQuote`) are speech, not narration, and are skipped.
 */
export function findCues(tokens: Token[], inQuote: (token: Token) => boolean, titleCase = false): CueMatch[] {
  const cues: CueMatch[] = [];
  /** Index of the first word of the sentence. */
  const firstWord = tokens.findIndex((t) => t.word);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word || inQuote(token)) continue;
    // "In a CNN poll released Monday, Clinton led …": the poll opening the sentence is the source of what it shows;
    // so is one poll closing a clause: "Sanders led Clinton by 20 points in a WMUR poll released Monday". Not
    // "the polls" in general, which news cites as standing more than as a source: "has surged in the polls".
    if (token.lower === 'in' && (i === firstWord ? namesPoll(tokens, i + 1) : /^(?:poll|survey)$/.test(tokens[pollNoun(tokens, i + 1)]?.lower ?? ''))) {
      cues.push({ first: i, last: i, kind: 'poll' });
      continue;
    }
    // "The FBI is reportedly making arrangements …": reported, by no one named.
    if (token.text === 'reportedly' || (i === firstWord && token.lower === 'reportedly')) {
      cues.push({ first: i, last: i, kind: 'expectation' });
      continue;
    }
    // "As reported by The Hill, …", "…, as reported in the Times.": a source named as "according to" names it.
    // An adverb may stand before the participle: "as first reported by the Times".
    const reported = token.lower === 'as' ? (/^(?:first|originally|also|previously)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1) : -1;
    if (reported > 0 && tokens[reported]?.lower === 'reported' && /^(?:by|in)$/.test(tokens[reported + 1]?.lower ?? '')) {
      cues.push({ first: i, last: reported + 1, kind: 'according' });
      i = reported + 1;
      continue;
    }
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push({ first: i, last: i + 1, kind: 'according' });
      i++;
      continue;
    }
    // A headline capitalises its verbs: "Clinton Says Russians Hacked DNC". "Asked whether …" opens a sentence.
    // "Asked whether …" and an inverted "Said Comey, “…”" open a sentence capitalised.
    const opening = i === firstWord;
    const opensAsked = token.lower === 'asked' && (opening || (i - 1 === firstWord && BEFORE_ASKED.has(tokens[i - 1]?.lower ?? '')));
    const opensSaid = opening && INVERTED_OPENERS.has(token.lower) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
    // So does a participle clause: "Noting that …, Tester added".
    const opensParticiple = opening && /^\p{Lu}\p{Ll}+ing$/u.test(token.text);
    if (token.text !== token.lower && !opensAsked && !opensSaid && !opensParticiple && !(titleCase && i > 0 && /^\p{Lu}\p{Ll}+$/u.test(token.text))) continue;
    const be = expectationBe(tokens, i);
    if (be !== undefined) {
      cues.push({ first: be, last: i, kind: 'expectation' });
      continue;
    }
    const several = severalWordCue(tokens, i);
    if (several) {
      cues.push({ first: i, ...several });
      i = several.last;
      continue;
    }
    const phrase = CUE_PHRASES.get(token.lower)?.find((p) => tokens[i + 1]?.lower === p.second);
    // "Obama spoke at the White House on Tuesday about rights …": where and when may part the verb from its "about".
    const about = !phrase && SPEAK_FORMS.has(token.lower) ? aboutAfterCircumstance(tokens, i + 1) : undefined;
    if (about !== undefined) {
      cues.push({ first: i, last: i, kind: 'speech' });
      continue;
    }
    let kind = CUE_WORDS.get(token.lower);
    let last = i;
    // "Cruz seemed to mock his rivals": the cue is the verb after the impression.
    const handedOn = kind === 'impression' && tokens[i + 1]?.lower === 'to' ? CUE_WORDS.get(tokens[i + 2]?.lower ?? '') : undefined;
    if (handedOn && handedOn !== 'impression' && handedOn !== 'tag' && isBaseForm(tokens[i + 2]!.lower)) {
      const inner = CUE_PHRASES.get(tokens[i + 2]!.lower)?.find((p) => tokens[i + 3]?.lower === p.second);
      cues.push({ first: i, last: inner ? i + 3 : i + 2, kind: inner?.kind ?? handedOn });
      i += inner ? 3 : 2;
      continue;
    }
    if (phrase) {
      kind = phrase.kind;
      last = i + 1;
    }
    // "made it clear that …" as "made clear that …".
    const itClear = tokens[i + 1]?.lower === 'it' && tokens[i + 2]?.lower === 'clear' ? CUE_PHRASES.get(token.lower)?.find((p) => p.second === 'clear') : undefined;
    if (itClear) {
      kind = itClear.kind;
      last = i + 2;
    }
    // A tag with an infinitive is another verb: "who went on to work for him", "offered to help".
    if (kind === 'tag' && tokens[last + 1]?.lower === 'to') continue;
    // What someone offered is a view they put forward: "Rubio offered an emotional evaluation of politics".
    if (/^(?:offered|offers)$/.test(token.lower) && kind === 'tag') kind = 'other';
    // "a video that said …": after "that" a past form is a verb, not a noun ("that claim"); so is any form
    // after a relative "that" on a noun: "polls that show him leading".
    // "was prompted to say, “…”": an infinitive introducing a quotation is a verb too.
    const previous = tokens[i - 1]?.lower ?? '';
    const verbAfterMarker = (previous === 'that' && (isPastForm(token.lower) || relativeThat(tokens, i - 1)))
      || (previous === 'to' && kind === 'speech' && (/^[,:]$/.test(tokens[i + 1]?.text ?? '') || isQuoteMark(tokens[i + 1])))
      || purposeInfinitive(tokens, i, kind);
    // "is continuing to insist", "began to see", "went on to name": a cue after a verb of aspect is a verb.
    // So is any cue after "likely to", as polls report: "voters are more likely to say that …".
    // And a gerund after the preposition "to": "In addition to stating that …".
    const nounMarker = NOUN_MARKERS.has(previous) && !verbAfterMarker && !(previous === 'to' && (isAspectual(tokens, i - 2) || /^(?:likely|unlikely)$/.test(tokens[i - 2]?.lower ?? '')
      || token.lower.endsWith('ing')));
    if (!kind || nounMarker) continue;
    // What someone saw is mostly a sight; a view only with "that" or "as": "saw that Obama could win", "saw the
    // DNC as a tool", not "saw him there again in 1999".
    if (/^(?:saw|seen)$/.test(token.lower) && tokens[i + 1]?.lower !== 'that' && !tokens.slice(i + 2, i + 9).some((t) => t.lower === 'as')) continue;
    // A base form after "from" is a noun: "vary from state to state".
    if (previous === 'from' && isBaseForm(token.lower)) continue;
    // An adjective stands after "be" without making it passive: "is adamant that".
    if (!Object.hasOwn(ADJECTIVE_CUES, token.lower) && isPassive(tokens, i, last)) {
      // "Sanders was endorsed by the union": the subject is what the one after "by" backs or said.
      // "Sanders was declared the winner", "The walk-off is considered one of the largest": without an agent,
      // reported by no one named, like an expectation; the subject is part of what is reported.
      const be = last === i && PASSIVE_REPORTS.has(LEMMAS.get(token.lower) ?? '') ? beBefore(tokens, i) : undefined;
      if (isAgentPassive(tokens, i, last)) cues.push({ first: i, last, kind: 'passive' });
      else if (be !== undefined) cues.push({ first: be, last, kind: 'expectation' });
      continue;
    }
    // "states" is mostly the noun ("several states holding contests"); as a verb it introduces a clause or a quote: "The filing states that …".
    // "In three other states, black voters …", "the early nominating states: Iowa, …": counted or qualified, a noun.
    if (token.lower === 'states' && ((!/^(?:that|:|,)$/.test(tokens[i + 1]?.lower ?? '') && !isQuoteMark(tokens[i + 1])) || STATES_QUALIFIER.test(tokens[i - 1]?.lower ?? ''))) continue;
    if (isPluralNoun(tokens, i) || isParticleBack(tokens, i) || isCompoundNoun(tokens, i)) continue;
    if (isNamingParticiple(tokens, i)) continue;
    // "271 pledged delegates", "unpledged delegates": an election's term, not a pledge.
    if (token.lower === 'pledged' && /^(?:delegates?|superdelegates?)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    // "thanks to his survey method, he was …": a preposition, not the verb.
    if (token.lower === 'thanks' && tokens[i + 1]?.lower === 'to') continue;
    // "Kasich was at 25 percent support in the Fox poll": a share's noun — "25 percent support Trump" is the verb.
    if (/^(?:percent|%)$/.test(previous) && (!tokens[i + 1]?.word || /^(?:in|among|from|for|with|of|on|at)$/.test(tokens[i + 1]!.lower))) continue;
    last = extendWithMedium(tokens, last);
    // A stance adjective takes its degree and a linking "remain" along: "are well aware of", "remained skeptical that".
    const first = Object.hasOwn(ADJECTIVE_CUES, token.lower) ? stepBack(tokens, i - 1, ADJECTIVE_LEAD) + 1 : i;
    cues.push({ first, last, kind });
    i = last;
  }
  return cues;
}

/**
 * Whether the "that" at `at` opens a relative clause on the noun before it, so the cue after it is that
 * clause's verb: "polls that show him leading", "businesses that warn it could harm" — not "said that claims …".
 */
function relativeThat(tokens: Token[], at: number): boolean {
  const noun = tokens[at - 1];
  return noun !== undefined && noun.word && noun.text === noun.lower && LEMMAS.get(noun.lower) === undefined && !/ed$/.test(noun.lower)
    && !NOUN_MARKERS.has(noun.lower) && !/^(?:so|such|now|is|was|are|were|be|been|and|but|or|than|not|all|said|says|one|ones|itself|themselves)$/.test(noun.lower);
}

/**
 * Idioms of saying and of taking a side, learned from PolNeAR train (each a cue in more than half of its uses
 * there): the verb's lemma and the words that must follow it.
 */
const IDIOMS: { verb: string; words: RegExp[]; kind: CueKind }[] = [
  { verb: 'take', words: [/^aim$/, /^at$/], kind: 'speech' },
  { verb: 'take', words: [/^issue$/, /^with$/], kind: 'speech' },
  { verb: 'take', words: [/^(?:a|another)$/, /^(?:shot|swipe|jab|dig)$/, /^at$/], kind: 'speech' },
  { verb: 'lash', words: [/^out$/, /^at$/], kind: 'speech' },
  { verb: 'open', words: [/^up$/, /^about$/], kind: 'speech' },
  { verb: 'single', words: [/^out$/], kind: 'speech' },
  { verb: 'come', words: [/^out$/, /^(?:against|for)$/], kind: 'other' },
  { verb: 'throw', words: [/^(?:his|her|their|its)$/, /^(?:support|weight)$/, /^(?:behind|to)$/], kind: 'other' },
  { verb: 'double', words: [/^down$/, /^on$/], kind: 'speech' }, // "is doubling down on his support for …"
  { verb: 'walk', words: [/^back$/], kind: 'speech' }, // "later walked back the comments"
  { verb: 'vote', words: [/^in$/, /^(?:favor|favour)$/, /^of$/], kind: 'other' }, // "voted in favor of the bill"
  { verb: 'cast', words: [/^(?:his|her|their|a|its)$/, /^(?:votes?|ballots?)$/, /^for$/], kind: 'other' },
  { verb: 'call', words: [/^out$/], kind: 'speech' }, { verb: 'talk', words: [/^up$/], kind: 'speech' }, // "called out the mayor", "talked up his plan"
  { verb: 'zero', words: [/^in$/, /^on$/], kind: 'other' }, { verb: 'play', words: [/^down$/], kind: 'other' }, // "zeroed in on", "played down"
  { verb: 'brush', words: [/^aside$/], kind: 'other' }, { verb: 'wave', words: [/^off$/], kind: 'other' }, { verb: 'laugh', words: [/^off$/], kind: 'other' },
];
const IDIOM_FORMS = new Map(IDIOMS.flatMap((idiom) => verbForms(idiom.verb).map((form) => [form, idiom.verb] as const)));

/**
 * A cue of several words starting at `i`, with its last token: a spelled-out passive ("was quoted as saying"), an
 * idiom ("took aim at …", "threw his support behind …") or a statement made with a light verb ("voiced support
 * for …", "delivered an impassioned defense of …", "expressed concern that …").
 */
function severalWordCue(tokens: Token[], i: number): { last: number; kind: CueKind } | undefined {
  const passive = matchPassive(tokens, i);
  if (passive !== undefined) return { last: passive, kind: 'speech' };
  const idiom = idiomCue(tokens, i);
  if (idiom) return idiom;
  const statement = statementNoun(tokens, i);
  return statement === undefined ? undefined : { last: statement, kind: 'speech' };
}

/** The idiom starting at `i`, with its last token. */
function idiomCue(tokens: Token[], i: number): { last: number; kind: CueKind } | undefined {
  const verb = IDIOM_FORMS.get(tokens[i]!.lower);
  if (!verb) return undefined;
  const idiom = IDIOMS.find((candidate) => candidate.verb === verb && candidate.words.every((word, n) => word.test(tokens[i + 1 + n]?.lower ?? '')));
  return idiom && { last: i + idiom.words.length, kind: idiom.kind };
}

/**
 * Cue verbs whose passive without an agent still reports a judgement or an announcement ("was declared the
 * winner", "is considered an asset"): those of the lexicon that did so in more than half of their uses in
 * PolNeAR train. Not "known as", which names rather than reports ("has long been known as an ally").
 */
const PASSIVE_REPORTS = new Set(['declare', 'announce', 'say', 'consider', 'call', 'describe', 'view', 'criticize', 'accuse', 'charge',
  'report', 'dub', 'portray', 'blame']);

/** Verbs that make a statement of the noun after them: "voiced support", "raised questions", "made the case". */
const LIGHT_VERBS = new Set(['make', 'offer', 'voice', 'express', 'issue', 'deliver', 'give', 'level', 'launch', 'raise',
  // … or repeats, sharpens or softens one: "renewed its calls for", "stepped up his attacks on", "toned down his criticism of".
  'renew', 'repeat', 'step', 'escalate', 'intensify', 'sharpen', 'continue', 'share', 'air', 'lodge', 'file', 'post', 'tone', 'soften', 'ramp',
].flatMap(verbForms));
/** Nouns that a light verb makes into a statement about what follows their preposition. */
const STATEMENT_NOUNS = /^(?:comments?|remarks?|criticisms?|defen[cs]e|praise|support|concerns?|warnings?|statements?|critiques?|attacks?|case|arguments?|plea|calls?|apology|apologies|complaints?|accusations?|allegations?|assurances?|promises?|pledges?|predictions?|questions?|doubts?|objections?|endorsement|condolences|thoughts|views?|opinions?|assessment|explanation|rebuttal|mention)$/;
const STATEMENT_PREPOSITIONS = /^(?:about|of|for|on|that|against|over)$/;

/**
 * The last token of a statement made with a light verb at `i`: the verb, up to three modifiers, a statement noun
 * and its preposition ("voiced support for", "delivered an impassioned defense of"), or the noun before "that"
 * ("expressed concern that"). PolNeAR attributes what follows to the verb's subject.
 */
function statementNoun(tokens: Token[], i: number): number | undefined {
  if (!LIGHT_VERBS.has(tokens[i]!.lower)) return undefined;
  for (let at = i + 1; at <= i + 4 && at < tokens.length; at++) {
    const word = tokens[at]!;
    if (!word.word) return undefined;
    // "made the case to …", "made the point that …", "made the observation that …".
    const next = tokens[at + 1]?.lower ?? '';
    const states = STATEMENT_NOUNS.test(word.lower) ? STATEMENT_PREPOSITIONS.test(next) || (word.lower === 'case' && next === 'to')
      : /^(?:point|observation)$/.test(word.lower) && next === 'that';
    if (states) return next === 'that' ? at : at + 1;
  }
  return undefined;
}

const SPEAK_FORMS = new Set(['speak', 'talk'].flatMap(verbForms));

/** The "about" that a few words of where, when or to whom lead to from `from` ("at the White House on Tuesday about"), or undefined. */
export function aboutAfterCircumstance(tokens: Token[], from: number): number | undefined {
  if (!/^(?:at|on|in|to|with|during|before|after|\p{Ll}+ly)$/u.test(tokens[from]?.lower ?? '')) return undefined;
  for (let at = from + 1; at < tokens.length && at - from <= 10; at++) {
    const word = tokens[at]!;
    if (!word.word || /^(?:that|and|but|or|who|which|he|she|they|it|is|was|are|were|has|had|will|would)$/.test(word.lower)) return undefined;
    if (word.lower === 'about') return at;
  }
  return undefined;
}

/**
 * Verbs of aspect that pass their subject to the infinitive after them: "began to", "is continuing to", "went on
 * to" — and a habit or something still to come: "used to support", "has yet to endorse".
 */
const ASPECTUAL = /^(?:begin|begins|began|beginning|start|starts|started|starting|continue|continues|continued|continuing|try|tries|tried|trying|on|used|yet)$/;
export const isAspectual = (tokens: Token[], i: number): boolean => ASPECTUAL.test(tokens[i]?.lower ?? '')
  && (tokens[i]!.lower !== 'on' || /^(?:went|goes|go|going|gone)$/.test(tokens[i - 1]?.lower ?? ''));

/** Cue forms in -s that are as often plural nouns: "the terrorist attacks", "his recent remarks". */
const PLURAL_NOUNS = new Set(['attacks', 'remarks', 'plans', 'rules', 'answers', 'fears', 'worries', 'references']);
/** Words that make "states" the noun: numbers, quantifiers and the usual qualifiers ("both states", "swing states"). */
const STATES_QUALIFIER = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both|other|many|some|several|all|most|few|more|key|swing|battleground|early|red|blue|border|member|home|southern|northern|western|eastern|\p{Ll}+ing)$/u;

/** Lowercase words a verb in -s follows: its subject pronoun, or an adverb ("he often attacks", "Trump also remarks"). */
const BEFORE_VERB = new Set(['he', 'she', 'it', 'who', 'which', 'one', 'also', 'often', 'still', 'now', 'then', 'always', 'never', 'again', 'even', 'just', 'only', 'rarely', 'routinely']);

/**
 * A plural noun, not a verb: after a lowercase modifier ("the terrorist
 * attacks", "his recent remarks", "both states") — "he attacks", "Trump
 * often attacks" stay cues.
 */
function isPluralNoun(tokens: Token[], i: number): boolean {
  if (!PLURAL_NOUNS.has(tokens[i]!.lower)) return false;
  // A name right after a quotation makes it a dialogue tag: "“…,” Bozell answers."
  let name = i - 1;
  while (name > 0 && isCapitalised(tokens[name])) name--;
  if (name < i - 1 && (isQuoteMark(tokens[name]) || (tokens[name]!.text === ',' && isQuoteMark(tokens[name - 1])))) return false;
  // No object after it: "the Paris attacks in November", "Islamic State-linked attacks and mass shootings".
  const next = tokens[i + 1];
  if (!next?.word || NOUN_FOLLOWERS.has(next.lower)) return true;
  const previous = tokens[i - 1];
  if (!previous?.word || previous.text !== previous.lower) return false;
  return !BEFORE_VERB.has(previous.lower) && !/ly$/.test(previous.lower);
}

/**
 * A base form after a determiner and a singular noun, followed by a past form, is the head of a compound
 * noun: "A news *report* published Wednesday said …" — "the officials say", "records from the state show
 * that" stay verbs.
 */
function isCompoundNoun(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1];
  if (!isBaseForm(tokens[i]!.lower) || !noun?.word || noun.text !== noun.lower || !COMPOUND_DETERMINERS.has(tokens[i - 2]?.lower ?? '')) return false;
  // The sentence's verb follows: "A news report published …" — not "records from the state show that …".
  const next = tokens[i + 1];
  if (!next?.word || next.text !== next.lower || !isPastForm(next.lower)) return false;
  return (noun.lower === 'news' || !/s$/.test(noun.lower)) && !/ly$/.test(noun.lower) && !BEFORE_VERB.has(noun.lower);
}
const COMPOUND_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Words after a plural noun that a verb in -s would not take as its object. */
const NOUN_FOLLOWERS = new Set(['in', 'on', 'and', 'or', 'of', 'by', 'at', 'that', 'which', 'who', 'were', 'was', 'are', 'have', 'had', 'will', 'would', 'during', 'since', 'after', 'before']);

/** "back" as a particle, not the verb: "came back from", "won them back in", "back away from", "backing down". */
const isParticleBack = (tokens: Token[], i: number): boolean => (tokens[i]!.lower === 'back'
  && (!tokens[i + 1]?.word || /^(?:away|down|off|up|out|in|into|from|to|then|home|on|at|when|and)$/.test(tokens[i + 1]!.lower)
    || PHRASAL_BACK.has(tokens[i - 1]?.lower ?? '')))
  || (LEMMAS.get(tokens[i]!.lower) === 'back' && /^(?:away|down|off)$/.test(tokens[i + 1]?.lower ?? ''));

/** Verbs that take "back" as their particle: "dial back the mandate", "roll back the rules", "win back voters". */
const PHRASAL_BACK = new Set(['roll', 'scale', 'pull', 'cut', 'push', 'fight', 'hit', 'bring', 'dial', 'win', 'come', 'step', 'hold', 'give',
  'pay', 'turn', 'look', 'get', 'go', 'send', 'set', 'take', 'talk', 'call', 'write', 'put', 'move', 'draw', 'ramp', 'claw', 'strike', 'bounce',
  'fall', 'kick', 'sit', 'stand', 'trace', 'date', 'scroll', 'snap', 'shoot', 'fire', 'hand', 'walk'].flatMap(verbForms));

/**
 * A participle naming the indefinite noun before it, not a statement: "a program called Sandy Hook Promise" (26%
 * gold in PolNeAR train). A definite noun may be the subject: "The campaign called AP’s report …"; so may a
 * pronoun, an auxiliary or an adverb: "he called", "has named", "publicly dubbed".
 */
function isNamingParticiple(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1];
  if (!/^(?:called|dubbed|named|titled)$/.test(tokens[i]!.lower) || !noun?.word || noun.text !== noun.lower) return false;
  const indefinite = /^(?:a|an)$/.test(tokens[i - 2]?.lower ?? '') || /^(?:a|an)$/.test(tokens[i - 3]?.lower ?? '');
  return indefinite && !BEFORE_NAMING_VERB.test(noun.lower) && (isCapitalised(tokens[i + 1]) || isQuoteMark(tokens[i + 1]));
}
const BEFORE_NAMING_VERB = /^(?:he|she|they|we|i|it|who|which|that|also|has|have|had|was|were|is|are|be|been|never|not|once|later|then|\p{Ll}+ly)$/u;

/** Forms of "be": before a participle they make it passive. */
export const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);

/** What a question asks, after "asked": "whether …", "if …", "about …", "to …". */
export const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'which', 'who', 'when', 'where', 'about', 'to']);

/** "was declared the winner", "a ban maintained by …": a passive verb reports nothing of its subject. */
function isPassive(tokens: Token[], first: number, last: number): boolean {
  // "Clinton was asked whether …": the question is reported, by nobody named (quotes.ts). So is what someone "was
  // asked about", and a question after who asked it: "When asked by a reporter whether …".
  const next = tokens[last + 1]?.lower ?? '';
  if (LEMMAS.get(tokens[first]!.lower) === 'ask' && (QUESTION_WORDS.has(next) || tokens[last]!.lower === 'about' || (next === 'by' && askedByWhom(tokens, last + 2)))) return false;
  // "was endorsed by the union" — but "continued by saying", "began by thanking", "said by telephone" are active.
  if (next === 'by') return !/ing$/.test(tokens[last + 2]?.lower ?? '') && !BY_MEDIUM.test(tokens[last + 2]?.lower ?? '');
  // The verb, not its preposition, shows a progressive: "is calling for" is active.
  return BE.has(tokens[first - 1]?.lower ?? '') && !tokens[first]!.lower.endsWith('ing');
}

/** A question after who asked it, before any comma: "asked by a host *if* …", "asked by Ingraham on Thursday *about* …". */
function askedByWhom(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from < 7 && tokens[i]!.text !== ','; i++) {
    if (/^(?:whether|if|about|why|how|what|when|where)$/.test(tokens[i]!.lower)) return true;
  }
  return false;
}

const BY_MEDIUM = /^(?:telephone|phone|email|e-mail|text|video|videoconference|satellite|letter|fax|mail|radio|skype|twitter)$/;

/**
 * An infinitive of speech with a clause after it, not governed by a cue of its own: "stood at a Bush event to
 * say he was leaning toward Trump", "pushed Democrats to say they support …" (not "declined to say", which
 * reports the infinitive). "claim", "declare", "announce" and "tell" take a clause only with its subject or
 * "that": "to claim the nomination" is no statement.
 */
function purposeInfinitive(tokens: Token[], i: number, kind: CueKind | undefined): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  if (tokens[i - 1]?.lower !== 'to' || kind !== 'speech' || CUE_WORDS.get(tokens[i - 2]?.lower ?? '')) return false;
  const lemma = LEMMAS.get(tokens[i]!.lower) ?? '';
  return /^(?:that|he|she|they|it|we|i)$/.test(next) ? CLAUSE_INFINITIVES.has(lemma) || /^(?:claim|declare|announce|tell)$/.test(lemma) : next === 'the' && CLAUSE_INFINITIVES.has(lemma);
}
const CLAUSE_INFINITIVES = new Set(['say', 'argue', 'insist', 'suggest', 'note']);

/** A noun phrase from `from` that names a poll within a few words, before any comma: "a CNN/ORC poll released Monday". */
function namesPoll(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from < 8; i++) {
    const token = tokens[i]!;
    if (POLL_NOUNS.has(token.lower)) return true;
    if (!token.word && token.text !== '/' && token.text !== '-' && token.text !== '.' && !/^['’]s?$/.test(token.text)) return false;
    if (BE.has(token.lower) || /^(?:that|which|in|behind|of|for|with|on|at|by|and|among)$/.test(token.lower)) return false;
  }
  return false;
}
/**
 * The poll noun ending a noun phrase from `from` that names polls as where a finding stands: "in the latest
 * CNN/ORC poll", "in national polls", "in most surveys" — not polls as where people vote ("went to the polls
 * in six states", "after the polls closed"). Its index, or -1.
 */
export function pollNoun(tokens: Token[], from: number): number {
  for (let i = from; i < tokens.length && i - from < 7; i++) {
    const token = tokens[i]!;
    if (POLL_NOUNS.has(token.lower)) {
      const next = tokens[i + 1];
      return !next || !next.word || POLL_FOLLOWERS.has(next.lower) ? i : -1;
    }
    if (!token.word && token.text !== '/' && token.text !== '-' && !/^['’]s?$/.test(token.text)) return -1;
    if (token.word && (BE.has(token.lower) || /^(?:that|which|who|and|or|but|to|in|of|for|with|on|at|by|as|from|after|before|since|than)$/.test(token.lower) || (token.text === token.lower && /(?:ed|ing)$/.test(token.lower) && !/^(?:leading|sliding|rolling)$/.test(token.lower)))) return -1;
  }
  return -1;
}
const POLL_FOLLOWERS = new Set(['released', 'conducted', 'taken', 'published', 'from', 'by', 'of', 'last', 'this', 'earlier', 'in', 'on', 'among', 'out', 'since', 'here', 'there', 'nationally', 'so', 'yet', 'too', 'now']);
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);

/** The form of "be" after a subject and before the participle at `i`, past one adverb ("is widely expected"): its index. */
function beBefore(tokens: Token[], i: number): number | undefined {
  const at = /ly$|^(?:also|not|never|first|later|since)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  // Negated too: "isn’t expected to attend".
  return at > 0 && (BE.has(tokens[at]!.lower) || /^(?:isn|wasn|aren|weren)['’]t$/.test(tokens[at]!.lower)) ? at : undefined;
}

/** The "is"/"are" of an expectation ("is expected to", "are widely believed to"): its token index. */
function expectationBe(tokens: Token[], i: number): number | undefined {
  return EXPECTATIONS.has(tokens[i]!.lower) && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.word ? beBefore(tokens, i) : undefined;
}

/** A passive cue after "be" with its agent: "was endorsed by the union", "were claimed by the Islamic State". */
function isAgentPassive(tokens: Token[], first: number, last: number): boolean {
  return beBefore(tokens, first) !== undefined && tokens[last + 1]?.lower === 'by' && isPastForm(tokens[last]!.lower) && tokens[last + 2]?.word === true;
}

/** The words a spelled-out passive cue opens with. */
const PASSIVE_OPENERS = new Set(['was', 'were', 'is', 'are', 'has', 'had']);

function matchPassive(tokens: Token[], i: number): number | undefined {
  if (!PASSIVE_OPENERS.has(tokens[i]!.lower) || (tokens[i + 1]?.lower !== 'quoted' && tokens[i + 2]?.lower !== 'quoted')) return undefined;
  for (const length of [5, 4, 3]) {
    const words = tokens.slice(i, i + length);
    if (words.length === length && PASSIVE_CUE.test(words.map((t) => t.lower).join(' '))) return i + length - 1;
  }
  return undefined;
}

/** "said in a statement" is one cue as written. */
function extendWithMedium(tokens: Token[], last: number): number {
  const following = tokens.slice(last + 1, last + 7).map((t) => t.lower).join(' ');
  const medium = MEDIUM.exec(following);
  return medium ? last + medium[0].split(' ').length : last;
}
