/**
 * Time expressions, resolved with chrono-node against the article's date.
 *
 * chrono finds and resolves the expression ("April 26", "next month", "last
 * week", "Last year"); this module decides how precise it is, widens the
 * text to the words that qualify it ("*last* April 26", "*Just* last week",
 * "*earlier* this year"), and drops what is not a point in time ("now",
 * "for an hour", "the next 10 weeks").
 */
import * as chrono from 'chrono-node/en';
import type { DatePrecision, EventTime, Span } from '../contracts.js';

export interface TimeExpression extends Span, EventTime {
  /**
   * How often the expression comes round when it leaves its anchor
   * implied: a bare weekday ("Thursday") every week, a day or month
   * without a year ("January 1st") every year. Which one is meant depends
   * on the tense around it.
   */
  recurs?: 'week' | 'year';
}

export type Tense = 'past' | 'future';

/** Words that qualify a time expression, kept in its text: "just last week", "earlier this year". */
const QUALIFIERS = /(?:\b(?:just|only|as recently as|earlier|later|early|late|last|next|this|since|until|by|in)\s+)+$/i;

/** chrono also reads durations and bare clock times; neither dates an event. */
const COUNT = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)';
// "108 years after" and "two days before" count from another event, not from publication.
const NOT_A_DATE = new RegExp(`^(?:now|for\\b|within\\b|(?:in )?(?:the )?(?:next|past|last) ${COUNT}\\b|in ${COUNT} years?\\b|${COUNT} \\w+ (?:after|before)\\b)`, 'i');

/** A year on its own after a preposition, which chrono leaves alone: "in 2015" ("since 1908" starts a span, it dates nothing). */
const BARE_YEAR = /\b(?:in|during)\s+((?:19|20)\d{2})\b(?![-–]\d)/g;

/** Words chrono could date: a cheap filter so most sentences never reach the parser. Months are capitalised ("may" is a verb). */
const MAYBE_TIME = /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?:[Mm]on|[Tt]ues?|[Ww]ed(?:nes)?|[Tt]hu(?:rs)?|[Ff]ri|[Ss]at(?:ur)?|[Ss]un)day|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ww]eek(?:s|end)?|[Mm]onths?|[Yy]ears?|ago|morning|afternoon|evening|night|(?:19|20)\d\d)\b/;

/** The reference instant for a `YYYY-MM-DD` day: its noon in UTC, so no time zone moves the day. */
function referenceOf(day: string): chrono.ParsingReference {
  return { instant: new Date(`${day}T12:00:00Z`), timezone: 0 };
}

/**
 * The time expressions in `body[span]`, resolved against `reference`
 * (`YYYY-MM-DD`). Without a reference only expressions that name their year
 * resolve.
 */
export function findTimeExpressions(body: string, span: Span, reference: string | null): TimeExpression[] {
  const text = body.slice(span.start, span.end);
  if (!MAYBE_TIME.test(text)) return [];
  const found: TimeExpression[] = [];
  for (const result of chrono.parse(text, reference ? referenceOf(reference) : undefined)) {
    if (NOT_A_DATE.test(result.text)) continue;
    const precision = precisionOf(result);
    // Without a reference day, chrono would read relative expressions against the clock: only a written year is safe.
    if (!precision || (!reference && !/\b\d{4}\b/.test(result.text))) continue;
    const qualifier = QUALIFIERS.exec(text.slice(0, result.index))?.[0].replace(/^in\s+/i, '') ?? '';
    const start = span.start + result.index - qualifier.length;
    const end = span.start + result.index + result.text.length;
    found.push({
      start, end, text: body.slice(start, end),
      date: formatDate(result.start.date(), precision), precision,
      ...recurrence(result),
    });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const start = span.start + match.index + match[0].length - match[1]!.length;
    if (found.some((t) => t.start <= start && t.end > start)) continue;
    found.push({ start, end: start + 4, text: match[1]!, date: match[1]!, precision: 'year' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * How precise a resolved expression is: "last week" names a week; a day,
 * weekday or part of a day ("this afternoon") a day; "next month" a month;
 * "Last year" a year. A clock time alone dates nothing.
 */
function precisionOf(result: chrono.ParsedResult): DatePrecision | undefined {
  const { start } = result;
  if (/\bweek(?:end)?\b/i.test(result.text) && !start.isCertain('weekday')) return 'week';
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day';
  if (start.isCertain('month')) return 'month';
  if (start.isCertain('year')) return 'year';
  return result.tags().has('casualReference/afternoon') || /\b(?:morning|afternoon|evening|night|tonight)\b/i.test(result.text) ? 'day' : undefined;
}

function recurrence(result: chrono.ParsedResult): Pick<TimeExpression, 'recurs'> {
  const { start } = result;
  if (start.isCertain('weekday') && !start.isCertain('day')) return { recurs: 'week' };
  if (start.isCertain('month') && !start.isCertain('year')) return { recurs: 'year' };
  return {};
}

/**
 * chrono takes the nearest date an expression can mean; the tense of the
 * event says which side of publication it lies on. "Thursday" read on
 * Tuesday 2017-05-02: 2017-04-27 for "met on Thursday", 2017-05-04 for
 * "will meet on Thursday"; "since January 1st" read on 2016-10-01 is
 * 2016-01-01 for "there have been … shootings".
 */
export function inTense(time: TimeExpression, reference: string | null, tense: Tense | undefined): EventTime {
  const { text, date, precision } = time;
  if (!time.recurs || !tense || !reference) return { text, date, precision };
  const ref = reference.slice(0, date.length);
  const wrongSide = tense === 'past' ? date > ref : date < ref;
  if (!wrongSide) return { text, date, precision };
  const step = tense === 'past' ? -1 : 1;
  if (time.recurs === 'year') return { text, date: `${Number(date.slice(0, 4)) + step}${date.slice(4)}`, precision };
  const shifted = Date.parse(`${date}T00:00:00Z`) + step * 7 * 86_400_000;
  return { text, date: new Date(shifted).toISOString().slice(0, 10), precision };
}

/**
 * The week a news report's main event most likely falls in when the
 * headline and lede give no time: the one holding the day before
 * publication, which covers "yesterday" and an article published on
 * Monday about the weekend. Published Tuesday 2016-11-08 → week of
 * 2016-11-07.
 */
export function publicationWeek(reference: string): EventTime {
  const dayBefore = new Date(Date.parse(`${reference}T12:00:00Z`) - 86_400_000);
  return { text: '', date: formatDate(dayBefore, 'week'), precision: 'week' };
}

/** 2017-04-26 (day), the Monday of its week (week), 2017-06 (month), 2016 (year). */
function formatDate(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString();
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month') return iso.slice(0, 7);
  if (precision === 'week') {
    const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
    return monday.toISOString().slice(0, 10);
  }
  return iso.slice(0, 10);
}
