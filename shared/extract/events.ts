/**
 * Events: who did what to whom, when and where, read from the headline and
 * every sentence of the body, merged where the article mentions one event
 * more than once, with the article's main event first.
 */
import type { Article, Entity, EventPlace, EventTime, NewsEvent, Participant, Quote, Span } from '../contracts.js';
import { findTimeExpressions, inTense, publicationWeek, type TimeExpression } from './dates.js';
import { findNameMentions } from './entities.js';
import {
  dedupe, isAgent, modalityOf, nounArguments, objectAfter, passiveAgent, placeOf, placesIn, subjectBefore, timeOf,
  type NameSpan, type Passage,
} from './events-arguments.js';
import { findTriggers, isPastTense, type TriggerMatch } from './events-triggers.js';
import { nameKey, significantWords } from './names.js';
import { countryOfDemonym, placeNamed } from './places.js';
import { SpeakerResolver } from './speakers.js';
import { tokenize, type Token } from './tokens.js';

/** Sentences of the lede that compete with the headline for the main event. */
const LEDE_SENTENCES = 3;
/** Sentences searched for the main event's place when its own mentions name none. */
const PLACE_SENTENCES = 6;

/** Verbs that report what their subject holds to be the case: "He *attributed* the warmer relations to the meeting …". */
const ATTRIBUTION_VERBS = new Set(['attributed', 'attributes', 'credited', 'credits', 'blamed', 'blames', 'linked', 'links']);

interface EventMention extends Omit<NewsEvent, 'id'> {
  headline: boolean;
  /** The sentence of the latest mention merged into this one. */
  lastSentence: number;
  /** In a subordinate clause: "*While the U.S. talks about the election*, UK outraged over …". */
  subordinate: boolean;
  /** Where its time expression starts in the passage, to tell which times other events own. */
  timeAt?: number;
  /** Its noun is named by its place: "the *Paris* attacks", "the *Ohio* primary on Tuesday". */
  placeNamed: boolean;
}

/**
 * Extract the article's events. `quotes` (extracted first) tell which
 * events sit inside a reported statement and who reported them. Relative
 * times resolve against `reference`: the publication date, or the upload
 * date when the article gives none.
 */
export function extractEvents(article: Article, entities: Entity[], quotes: Quote[], reference: string | null = article.publishedAt): NewsEvent[] {
  const resolver = new SpeakerResolver(article.body, entities);
  const resolvePronoun = (span: Span): Participant | undefined => {
    const speaker = resolver.resolve(span, span);
    return speaker.entityId ? { name: speaker.name, entityId: speaker.entityId } : undefined;
  };
  const allNames = namesOf(entities, article.body);
  let from = 0;
  const passages: Passage[] = article.sentences.map((span, sentence) => {
    while (from < allNames.length && allNames[from]!.start < span.start) from++;
    let to = from;
    while (to < allNames.length && allNames[to]!.end <= span.end) to++;
    const names = allNames.slice(from, to);
    return {
      text: article.body, span, sentence, headline: false, titleCase: false, tokens: tokenize(article.body, span), names,
      times: outsideNames(findTimeExpressions(article.body, span, reference), names),
      resolvePronoun,
    };
  });
  const headline = headlinePassage(article, entities, reference);
  if (headline) passages.unshift(headline);

  const mentions: EventMention[] = [];
  for (const passage of passages) {
    for (const trigger of findTriggers(passage.tokens, passage)) {
      const mention = readEvent(passage, trigger, quotes, reference);
      if (mention) mentions.push(mention);
    }
  }
  inheritTimes(mentions);
  // An event named by its place needs no participant: "the Orlando nightclub attack".
  const events = mergeMentions(mentions, reference).filter((e) => e.who.length > 0 || e.whom.length > 0 || e.placeNamed);
  const main = mainEvent(events);
  if (main) completeFromLede(main, mentions, passages, article.body, reference);
  const ordered = main ? [main, ...events.filter((e) => e !== main)] : events;
  return ordered.map(({ headline: _h, lastSentence: _l, subordinate: _s, timeAt: _t, placeNamed: _p, ...event }, i) => ({ id: `V${i + 1}`, ...event }));
}

/** "Today" in "USA Today" is part of a name, not a date. */
function outsideNames(times: TimeExpression[], names: NameSpan[]): TimeExpression[] {
  return times.filter((t) => !names.some((n) => n.start < t.end && n.end > t.start && n.type !== 'GPE'));
}

/** A name as written at `span`, standing for `name` (an entity's, when `entityId` is set). */
function nameSpan(span: Span, text: string, name: string, entityId: string | null, type: NameSpan['type']): NameSpan {
  return { start: span.start, end: span.end, text, name, entityId, type, adjective: type === 'GPE' && !!countryOfDemonym(text) };
}

/** Every name the entity pass found, as name spans in body order. */
function namesOf(entities: Entity[], body: string): NameSpan[] {
  const names = entities.flatMap((entity) => entity.mentions.map((m) => nameSpan(m, body.slice(m.start, m.end), entity.name, entity.id, entity.type)));
  return names.sort((a, b) => a.start - b.start);
}

/**
 * The headline as a passage, unless the body starts with it (a plain-text
 * article without a headline line). Its names are the article's entities
 * as the headline writes them (full name, alias, surname, adjective), then
 * any other capitalised name when the headline is not in Title Case.
 */
function headlinePassage(article: Article, entities: Entity[], reference: string | null): Passage | undefined {
  const text = article.title.trim();
  if (text === '' || article.body.startsWith(text)) return undefined;
  const span = { start: 0, end: text.length };
  const names: NameSpan[] = [];
  const free = (start: number, end: number) => !names.some((n) => n.start < end && n.end > start);
  const forms = entities.flatMap((entity) => [entity.name, ...entity.aliases, ...(entity.type === 'PERSON' ? significantWords(entity.name).slice(-1) : [])]
    .map((form) => ({ form, entity })));
  forms.sort((a, b) => b.form.length - a.form.length);
  for (const { form, entity } of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end]) || !free(at, end)) continue;
      names.push(nameSpan({ start: at, end }, form, entity.name, entity.id, entity.type));
    }
  }
  const tokens = tokenize(text, span);
  const titleCase = isTitleCase(tokens);
  if (!titleCase) {
    const pseudo: Article = { ...article, body: text, paragraphs: [span], sentences: [span] };
    for (const m of findNameMentions(pseudo)) {
      if (free(m.start, m.end)) names.push(nameSpan(m, m.text, m.canonical ?? m.text, null, m.type));
    }
  }
  names.sort((a, b) => a.start - b.start);
  const times = outsideNames(findTimeExpressions(text, span, reference), names);
  return { text, span, sentence: -1, headline: true, titleCase, tokens, names, times };
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** "Toblerone Alters Shape of 2 Chocolate Bars": most longer words capitalised. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word && t.text.length > 3);
  return words.length > 0 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.8;
}

/** Verbs of saying tell nothing about when the noun after them happened: "*said* the election …". */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'became', 'becomes']);
const REPORTING_PAST = new Set(['said', 'told', 'asked', 'added', 'noted', 'wrote', 'thought', 'felt', 'knew']);

/**
 * A bare noun of a type that needs an occasion is an event only when its
 * sentence dates something or its clause tells it in the past: "Clinton
 * *eked out* a victory over Sanders", "the primary *on Tuesday*", "are
 * champions"; "the election" as a topic is none. A headline is news.
 */
function hasOccasion(passage: Passage, trigger: TriggerMatch): boolean {
  // A headline is news, and "are World Series champions" states a result.
  if (passage.headline || passage.times.length > 0) return true;
  for (let k = trigger.first - 1; k >= 0; k--) {
    const token = passage.tokens[k]!;
    if (/^[,;:]$/.test(token.text)) break;
    if (COPULAS.has(token.lower)) return true;
    if (!REPORTING_PAST.has(token.lower) && isPastTense(passage.tokens, { ...trigger, kind: 'verb', first: k, head: k, last: k })) return true;
  }
  return false;
}

function readEvent(passage: Passage, trigger: TriggerMatch, quotes: Quote[], reference: string | null): EventMention | undefined {
  const { tokens } = passage;
  const { definition } = trigger;
  const placeIsObject = !!definition.placeAsObject;
  let who: Participant[];
  let whom: Participant[];
  const agent = passiveAgent(passage, trigger);
  const nominal = trigger.kind === 'noun' && trigger.first === trigger.head ? nounArguments(passage, trigger, placeIsObject) : undefined;
  const under = underAgent(passage, trigger);
  if (agent) {
    who = agent;
    whom = subjectBefore(passage, trigger.head - 1);
  } else if (under) {
    ({ who, whom } = under);
  } else if (nominal) {
    ({ who, whom } = nominal);
  } else {
    who = subjectBefore(passage, trigger.first);
    whom = objectAfter(passage, trigger, placeIsObject);
  }
  whom = whom.filter((p) => !who.some((w) => sameParticipant(w, p)));
  const bareNoun = trigger.kind === 'noun' && trigger.first === trigger.head;
  if (bareNoun && definition.nounsNeedOccasion && !hasOccasion(passage, trigger)) return undefined;
  // "The plan met the requirements", "South America met …": only agents take part in a meeting.
  if (definition.agents) {
    who = who.filter((p) => isAgent(passage, p));
    if (definition.agents === 'both') whom = whom.filter((p) => isAgent(passage, p));
  }

  let modality = modalityOf(passage, trigger);
  const time = timeOf(passage, trigger);
  const when = time ? inTense(time, reference, modality === 'planned' ? 'future' : isPastTense(passage.tokens, trigger) ? 'past' : undefined) : null;
  if (modality === 'asserted' && when && reference && when.date > reference.slice(0, when.date.length)) modality = 'planned';

  const start = tokens[trigger.first]!.start;
  const reportedBy = passage.headline ? undefined : reporterOf(passage, trigger, quotes);
  return {
    type: definition.type,
    ...(definition.cameo ? { cameo: definition.cameo } : {}),
    trigger: passage.text.slice(start, tokens[trigger.last]!.end),
    who, whom, when,
    where: nominal?.where ?? placeOf(passage, trigger, placeIsObject),
    modality,
    ...(reportedBy ? { reportedBy } : {}),
    sentence: passage.sentence,
    start: passage.headline ? 0 : passage.span.start,
    end: passage.headline ? 0 : passage.span.end,
    headline: passage.headline,
    lastSentence: passage.sentence,
    subordinate: isSubordinate(passage, trigger),
    placeNamed: !!nominal?.where,
    ...(time ? { timeAt: time.start } : {}),
  };
}

/**
 * "Cosby is coming *under attack by* dozens of women", "has come under
 * fire": the subject suffers the event, and "by" names who does it.
 */
function underAgent(passage: Passage, trigger: TriggerMatch): { who: Participant[]; whom: Participant[] } | undefined {
  const { tokens } = passage;
  if (trigger.kind !== 'noun' || (tokens[trigger.head]!.lower !== 'under' && tokens[trigger.head - 1]?.lower !== 'under')) return undefined;
  const by = tokens[trigger.last + 1]?.lower === 'by' ? trigger.last + 1 : -1;
  const who = by < 0 ? [] : objectAfter(passage, { ...trigger, last: by }, false);
  return { who, whom: subjectBefore(passage, trigger.first) };
}

const SUBORDINATORS = new Set(['while', 'as', 'after', 'before', 'when', 'although', 'though', 'if', 'because', 'since', 'until', 'whereas', 'unless', 'once']);

/** Does a subordinator open the trigger's clause (from the last comma, colon or the start)? */
function isSubordinate(passage: Passage, trigger: TriggerMatch): boolean {
  for (let k = trigger.first - 1; k >= 0; k--) {
    const token = passage.tokens[k]!;
    if (/^[,;:]$/.test(token.text)) return false;
    if (SUBORDINATORS.has(token.lower)) return true;
  }
  return false;
}

/**
 * Who reported the event: the speaker of the quote that contains its
 * trigger, or the subject of a verb of attribution before it in the
 * sentence ("*He* attributed the warmer relations to the meeting of …").
 */
function reporterOf(passage: Passage, trigger: TriggerMatch, quotes: Quote[]): string | undefined {
  const at = passage.tokens[trigger.first]!.start;
  const quote = quotes.find((q) => q.start <= at && at < q.end);
  if (quote) return quote.speaker?.name;
  for (let k = trigger.first - 1; k >= 0; k--) {
    if (ATTRIBUTION_VERBS.has(passage.tokens[k]!.lower)) return subjectBefore(passage, k)[0]?.name;
  }
  return undefined;
}

/**
 * An event without a time of its own, in the sentence right after one with
 * a time and a participant in common, happened then: "Lorenzana had his
 * first bilateral meeting with Shoygu last April 26 … Secretary Lorenzana
 * and Defense Minister Shoygu … agreed to further bolster cooperation."
 */
function inheritTimes(mentions: EventMention[]): void {
  for (const mention of mentions) {
    if (mention.when || mention.headline) continue;
    const previous = mentions.find((m) => !m.headline && m.when && m.sentence === mention.sentence - 1
      && [...m.who, ...m.whom].some((p) => [...mention.who, ...mention.whom].some((q) => sameParticipant(p, q))));
    if (previous) mention.when = previous.when;
  }
}

function sameParticipant(a: Participant, b: Participant): boolean {
  if (a.entityId && b.entityId) return a.entityId === b.entityId;
  return nameKey(a.name) === nameKey(b.name);
}

/** Participants of two mentions overlap when they share an entity, or a surname names a full name: "Trump" and "Donald Trump". */
function shareParticipant(a: EventMention, b: EventMention): boolean {
  const all = (e: EventMention) => [...e.who, ...e.whom];
  const surnameOf = (short: string, full: string) => /^\p{Lu}\S*$/u.test(short) && significantWords(full).includes(short);
  return all(a).some((p) => all(b).some((q) => sameParticipant(p, q) || surnameOf(p.name, q.name) || surnameOf(q.name, p.name)));
}

/** Two dates of one event agree at the coarser precision: "2017-04-26" and "2017-04". */
function datesAgree(a: EventTime | null, b: EventTime | null): boolean {
  if (!a || !b) return true;
  const length = Math.min(a.date.length, b.date.length);
  return a.date.slice(0, length) === b.date.slice(0, length);
}

/**
 * One event mentioned twice is one event: same type, a participant in
 * common, dates that agree ("Lorenzana recently met with his Russian
 * counterpart" + "Lorenzana had his first bilateral meeting with … Shoygu
 * last April 26"). A mention without participants repeats the event of its
 * type just before it ("… the meeting lasted longer than expected"). The
 * headline restates the lede, so it merges only with mentions there. The
 * first mention, in reading order with the headline first, gives the
 * trigger and modality; the others fill what it lacks, a named participant
 * replacing a description ("his Russian counterpart"), a day replacing a
 * vaguer date.
 */
function mergeMentions(mentions: EventMention[], reference: string | null): EventMention[] {
  const events: EventMention[] = [];
  for (const mention of mentions) {
    const anonymous = mention.who.length === 0 && mention.whom.length === 0;
    const same = events.findLast((e) => e.type === mention.type && datesAgree(e.when, mention.when)
      && (!e.headline || (mention.sentence < LEDE_SENTENCES && isRecent(mention.when, reference)))
      && (anonymous ? mention.sentence - e.lastSentence <= 2 : shareParticipant(e, mention)));
    if (!same) {
      events.push({ ...mention, who: [...mention.who], whom: [...mention.whom] });
      continue;
    }
    same.who = named(dedupe([...same.who, ...mention.who.filter((p) => !same.whom.some((q) => sameParticipant(p, q)))]));
    same.whom = named(dedupe([...same.whom, ...mention.whom]).filter((p) => !same.who.some((q) => sameParticipant(p, q))));
    if (!same.when || (mention.when && PRECISION_RANK[mention.when.precision] < PRECISION_RANK[same.when.precision])) same.when = mention.when;
    same.where ??= mention.where;
    same.reportedBy ??= mention.reportedBy;
    if (same.headline && !mention.headline && same.start === same.end) {
      Object.assign(same, { sentence: mention.sentence, start: mention.start, end: mention.end });
    }
    same.lastSentence = mention.sentence;
  }
  return events;
}

/** A headline is news: a mention dated a year or more before publication is background, not its event. */
function isRecent(when: EventTime | null, reference: string | null): boolean {
  return !when || !reference || Number(when.date.slice(0, 4)) >= Number(reference.slice(0, 4)) - 1;
}

const PRECISION_RANK: Record<EventTime['precision'], number> = { day: 0, week: 1, month: 2, year: 3 };

/** Named participants replace descriptions: "his Russian counterpart" goes once "Sergey Shoygu" is known. */
function named(participants: Participant[]): Participant[] {
  const names = participants.filter((p) => p.entityId);
  return names.length > 0 ? names : participants;
}

/**
 * The main event: the headline's first event in a main clause; without one,
 * the lede's event with the most known (who, whom, when, where), earlier
 * first.
 */
function mainEvent(events: EventMention[]): EventMention | undefined {
  const fromHeadline = events.find((e) => e.headline && !e.subordinate) ?? events.find((e) => e.headline);
  if (fromHeadline) return fromHeadline;
  const lede = events.filter((e) => e.sentence < LEDE_SENTENCES);
  const known = (e: EventMention) => [e.who.length > 0, e.whom.length > 0, !!e.when, !!e.where].filter(Boolean).length;
  return lede.reduce<EventMention | undefined>((best, e) => (!best || known(e) > known(best) ? e : best), undefined) ?? events[0];
}

/**
 * The headline and lede tell the main event's when and where even when the
 * sentence of its trigger does not: "Trump lands in Washington to meet
 * Obama" — "The meeting at the White House *this afternoon* …". A dateline
 * ("SAO PAULO (AP) -- …") says where the report was filed, which comes
 * before a place the lede merely mentions. With no time anywhere in the
 * headline or lede, the news is of the days before publication.
 */
function completeFromLede(main: EventMention, mentions: EventMention[], passages: Passage[], body: string, reference: string | null): void {
  const lede = passages.filter((p) => p.sentence < LEDE_SENTENCES);
  // A time that dates another kind of event is not this one's ("… as he took the title *on Tuesday morning*").
  const owned = new Set(mentions.filter((m) => m.type !== main.type && m.timeAt !== undefined).map((m) => `${m.sentence}:${m.timeAt}`));
  // Only a day or week dates the news; a year in the lede is background ("last crowned champions in 1908").
  const time = lede.flatMap((p) => p.times.filter((t) => !owned.has(`${p.sentence}:${t.start}`)))
    .find((t) => t.precision === 'day' || t.precision === 'week');
  if (!main.when && time) main.when = inTense(time, reference, main.modality === 'planned' ? 'future' : 'past');
  if (!main.when && reference) main.when = publicationWeek(reference);
  const near = passages.filter((p) => p.sentence < PLACE_SENTENCES);
  main.where ??= datelinePlace(body) ?? near.flatMap((p) => placesIn(p))[0]?.place ?? countryNamed(near.slice(0, LEDE_SENTENCES + 1));
}

/** The first country the headline or lede names, when nothing says where: "Toblerone's *UK* range". */
function countryNamed(passages: Passage[]): EventPlace | null {
  const name = passages.flatMap((p) => p.names).find((n) => n.type === 'GPE' && placeNamed(n.text)?.kind === 'country');
  return name ? { text: name.text, name: name.name, entityId: name.entityId } : null;
}

/** A dateline in the first lines: "LONDON -- The peaks …", "SAO PAULO (AP) -- Williams' …". */
const DATELINE = /(?:^|\s)(\p{Lu}[\p{Lu} .'-]{2,}?)(?:,\s*\p{Lu}[\p{L} .]+?)?\s*(?:\([\p{L} .]+\)\s*)?(?:--|—|–)\s/u;

function datelinePlace(body: string): EventPlace | null {
  const match = DATELINE.exec(body.slice(0, 600));
  const place = match ? placeNamed(match[1]!.trim()) : undefined;
  return place ? { text: match![1]!.trim(), name: place.name, entityId: null } : null;
}
