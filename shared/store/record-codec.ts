/**
 * The stored form of an extracted record: what the RECORD item compresses.
 *
 * Write units are billed per started KB of the compressed item, and brotli
 * does well on prose but poorly on what JSON makes of the extraction: the
 * same keys in every object, offsets written out as 4-digit numbers, and
 * text that repeats the body. So before compression the record is re-laid:
 *
 * - objects become tuples in a fixed order (layouts below);
 * - offsets are small numbers: a mention is which of the entity's written
 *   forms it is and how many occurrences of that form it skips; a quote
 *   starts from the end of the quote before, a speaker from its quote's
 *   start, an event from the event before;
 * - what can be derived is left out: a quote's text and a speaker's mention
 *   when they are the body at their offsets, a speaker's or participant's
 *   name when it is their entity's name (an index into `entities` then
 *   stands for both), ids when they are the extractor's sequence (E1, Q1,
 *   V1, …);
 * - whatever does not follow those rules (a body cut to an excerpt, an
 *   unresolved speaker, an odd id) is kept in a trailing overrides object,
 *   so the layout is lossless for any record: decode(encode(r)) equals r.
 *
 * On PolNeAR dev this takes the compressed record from 3.35 KB to about
 * 2.5 KB per article (brotli quality 11): 0.7 write units less per article
 * stored, and a third less time compressing.
 */
import type { ArticleRecord, Entity, EntityType, EventPlace, EventTime, Modality, NewsEvent, Participant, Quote, QuoteKind, Span, Speaker } from '../contracts.js';

/** The record as the RECORD item keeps it: the listing fields live in plain attributes beside it. */
export type PackedRecord = Omit<ArticleRecord, 'articleId' | 'source' | 'title' | 'publishedAt'>;

/** Marks the layout; a record without it was stored as plain JSON by an earlier version and is read as such. */
const LAYOUT = 2;

/** An entity of the record by its index, or a name with its entity id when it is not that entity's name. */
type Ref = number | [name: string, entityId: string | null];

interface Overrides {
  id?: string;
  text?: string;
  mention?: string;
}

type EntityTuple = [type: EntityType, name: string, aliases: string[], mentions: number[], title: string | null, overrides?: Overrides];
type SpeakerTuple = [startFromQuote: number, length: number, who: Ref, overrides?: Overrides];
type QuoteTuple = [kind: QuoteKind, startFromPrevious: number, length: number, cue: string, paragraph: number, speaker: SpeakerTuple | null, overrides?: Overrides];
type TimeTuple = [text: string, date: string, precision: EventTime['precision']];
type PlaceTuple = [text: string, where: Ref];
type EventTuple = [
  type: string,
  cameo: string | null,
  trigger: string,
  who: Ref[],
  whom: Ref[],
  when: TimeTuple | null,
  where: PlaceTuple | null,
  modality: Modality,
  reportedBy: string | null,
  sentence: number,
  startFromPrevious: number,
  length: number,
  overrides?: Overrides,
];

export interface EncodedRecord {
  layout: typeof LAYOUT;
  language: string;
  body: string;
  relatedLinks: string[];
  extractor: ArticleRecord['extractor'];
  entities: EntityTuple[];
  quotes: QuoteTuple[];
  events: EventTuple[];
}

/** Fills a tuple's trailing overrides slot, only when there is something to override. */
function withOverrides<T extends unknown[]>(tuple: T, overrides: Overrides): T {
  return (Object.keys(overrides).length > 0 ? [...tuple, overrides] : tuple) as T;
}

/**
 * An entity's mentions, as pairs: most mentions are one of the entity's
 * written forms (its name or an alias), so a mention is [form index, how
 * many occurrences of that form in the body to pass over since the form's
 * last mention] — small numbers where offsets would be four digits. A
 * mention that is none of the forms is [-1 - length, start].
 */
function encodeMentions(body: string, forms: readonly string[], mentions: readonly Span[]): number[] {
  const from = forms.map(() => 0);
  return mentions.flatMap(({ start, end }) => {
    const form = forms.indexOf(body.slice(start, end));
    if (form < 0 || start < from[form]!) return [-1 - (end - start), start];
    let passed = 0;
    for (let at = body.indexOf(forms[form]!, from[form]); at !== start; at = body.indexOf(forms[form]!, at + 1)) passed++;
    from[form] = start + 1;
    return [form, passed];
  });
}

function decodeMentions(body: string, forms: readonly string[], pairs: readonly number[]): Span[] {
  const from = forms.map(() => 0);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const [first, second] = [pairs[i]!, pairs[i + 1]!];
    if (first < 0) {
      spans.push({ start: second, end: second - first - 1 });
      continue;
    }
    const text = forms[first]!;
    let at = body.indexOf(text, from[first]);
    for (let passed = 0; passed < second; passed++) at = body.indexOf(text, at + 1);
    from[first] = at + 1;
    spans.push({ start: at, end: at + text.length });
  }
  return spans;
}

export function encodeRecord(record: PackedRecord): EncodedRecord {
  const { body, entities } = record;
  const index = new Map(entities.map((entity, i) => [entity.id, i]));
  const ref = (name: string, entityId: string | null): Ref => {
    const i = entityId === null ? undefined : index.get(entityId);
    return i !== undefined && entities[i]!.name === name ? i : [name, entityId];
  };
  const id = (actual: string, sequence: string): Overrides => (actual === sequence ? {} : { id: actual });

  let quoteEnd = 0;
  const quotes = record.quotes.map((quote, i): QuoteTuple => {
    const { speaker } = quote;
    const speakerTuple: SpeakerTuple | null = speaker
      ? withOverrides<SpeakerTuple>([speaker.start - quote.start, speaker.end - speaker.start, ref(speaker.name, speaker.entityId)], body.slice(speaker.start, speaker.end) === speaker.mention ? {} : { mention: speaker.mention })
      : null;
    const tuple: QuoteTuple = [quote.kind, quote.start - quoteEnd, quote.end - quote.start, quote.cue, quote.paragraph, speakerTuple];
    quoteEnd = quote.end;
    return withOverrides<QuoteTuple>(tuple, { ...id(quote.id, `Q${i + 1}`), ...(body.slice(quote.start, quote.end) === quote.text ? {} : { text: quote.text }) });
  });

  let eventStart = 0;
  const events = record.events.map((event, i): EventTuple => {
    const tuple: EventTuple = [
      event.type,
      event.cameo ?? null,
      event.trigger,
      event.who.map((p) => ref(p.name, p.entityId)),
      event.whom.map((p) => ref(p.name, p.entityId)),
      event.when ? [event.when.text, event.when.date, event.when.precision] : null,
      event.where ? [event.where.text, ref(event.where.name, event.where.entityId)] : null,
      event.modality,
      event.reportedBy ?? null,
      event.sentence,
      event.start - eventStart,
      event.end - event.start,
    ];
    eventStart = event.start;
    return withOverrides<EventTuple>(tuple, id(event.id, `V${i + 1}`));
  });

  return {
    layout: LAYOUT,
    language: record.language,
    body,
    relatedLinks: record.relatedLinks,
    extractor: record.extractor,
    entities: entities.map((e, i) => withOverrides<EntityTuple>([e.type, e.name, e.aliases, encodeMentions(body, [e.name, ...e.aliases], e.mentions), e.title ?? null], id(e.id, `E${i + 1}`))),
    quotes,
    events,
  };
}

/** The record from what encodeRecord made of it, or from the plain JSON that earlier versions stored. */
export function decodeRecord(stored: EncodedRecord | PackedRecord): PackedRecord {
  if (!('layout' in stored)) return stored;
  const { body } = stored;
  const entities = stored.entities.map(([type, name, aliases, mentions, title, overrides], i): Entity => ({
    id: overrides?.id ?? `E${i + 1}`,
    type,
    name,
    aliases,
    mentions: decodeMentions(body, [name, ...aliases], mentions),
    ...(title === null ? {} : { title }),
  }));
  const participant = (ref: Ref): Participant => (typeof ref === 'number' ? { name: entities[ref]!.name, entityId: entities[ref]!.id } : { name: ref[0], entityId: ref[1] });

  let quoteEnd = 0;
  const quotes = stored.quotes.map(([kind, startFromPrevious, length, cue, paragraph, speakerTuple, overrides], i): Quote => {
    const start = quoteEnd + startFromPrevious;
    const end = (quoteEnd = start + length);
    let speaker: Speaker | null = null;
    if (speakerTuple) {
      const [fromQuote, speakerLength, who, speakerOverrides] = speakerTuple;
      const speakerStart = start + fromQuote;
      const speakerEnd = speakerStart + speakerLength;
      speaker = { mention: speakerOverrides?.mention ?? body.slice(speakerStart, speakerEnd), ...participant(who), start: speakerStart, end: speakerEnd };
    }
    return { id: overrides?.id ?? `Q${i + 1}`, kind, text: overrides?.text ?? body.slice(start, end), start, end, cue, speaker, paragraph };
  });

  let eventStart = 0;
  const events = stored.events.map(([type, cameo, trigger, who, whom, when, where, modality, reportedBy, sentence, startFromPrevious, length, overrides], i): NewsEvent => {
    const start = (eventStart += startFromPrevious);
    const place: EventPlace | null = where ? { text: where[0], ...participant(where[1]) } : null;
    return {
      id: overrides?.id ?? `V${i + 1}`,
      type,
      ...(cameo === null ? {} : { cameo }),
      trigger,
      who: who.map(participant),
      whom: whom.map(participant),
      when: when ? { text: when[0], date: when[1], precision: when[2] } : null,
      where: place,
      modality,
      ...(reportedBy === null ? {} : { reportedBy }),
      sentence,
      start,
      end: start + length,
    };
  });

  return { language: stored.language, body, relatedLinks: stored.relatedLinks, entities, quotes, events, extractor: stored.extractor };
}
