/**
 * Publication dates as newsrooms write them, to ISO `YYYY-MM-DD`. The date is
 * taken as written, in the writer's own time zone: "2017-04-27T23:30-04:00"
 * is April 27, never converted to UTC's April 28.
 */

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';

/** "April 27, 2017", "Apr. 27 2017", "Thursday, April 27th, 2017". */
const MONTH_DAY_YEAR = `${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`;
/** "27 April 2017", "Thu, 27 Apr 2017 10:00:00 +0800". */
const DAY_MONTH_YEAR = `(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})`;

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const WRITTEN_DATE = new RegExp(`^\\s*${WEEKDAY}(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})\\b`, 'i');

/** A date string in any common form → "YYYY-MM-DD", or null when it is not a real date. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = ISO_DATE.exec(value);
  if (iso) return isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
  const written = WRITTEN_DATE.exec(value);
  if (written) return fromWritten(written, 1);
  // Anything else, e.g. "04/27/2017", as JavaScript reads it, if it names a year: Date.parse
  // accepts almost any string ("12" is a date to it). Read in local time, as written.
  if (value.length > 100 || !/\b\d{4}\b/.test(value)) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : isoDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}

/** Groups from `start`: month, day, year (MONTH_DAY_YEAR) then day, month, year (DAY_MONTH_YEAR). */
function fromWritten(match: RegExpExecArray, start: number): string | null {
  const [m1, d1, y1, d2, m2, y2] = match.slice(start, start + 6);
  return m1 ? isoDate(+y1!, monthNumber(m1), +d1!) : isoDate(+y2!, monthNumber(m2!), +d2!);
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date in a URL or file name, as crawlers and CMS exports write them:
 * "https://example.com/2017/04/26/defense-talks", "2017-04-26_moscow.txt".
 * Year, month and day in that order with one separator (-, /, _ or .),
 * not part of a longer number.
 */
const PATH_DATE = /(?<!\d)((?:19|20)\d{2})([-/_.])(\d{1,2})\2(\d{1,2})(?!\d)/;

export function pathDate(path: string | null | undefined): string | null {
  const match = path ? PATH_DATE.exec(path) : null;
  return match ? isoDate(+match[1]!, +match[3]!, +match[4]!) : null;
}

/**
 * A dateline that opens the article: "MANILA, April 27, 2017 —",
 * "WASHINGTON, Nov. 8, 2016 (AP) –". Only a full date counts ("Sept. 26
 * (UPI)" has no year); the place must be written in capitals.
 */
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\p{M} .'’-]+(?:,[^,—–\\n]{1,30})?,\\s+${WEEKDAY}(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})[^—–\\n]{0,20}?\\s(?:—|–|--?)`,
  'iu',
);

export function datelineDate(paragraph: string): string | null {
  const match = DATELINE.exec(paragraph.slice(0, 160));
  return match && /^\p{Lu}{2}/u.test(paragraph) ? fromWritten(match, 1) : null;
}

/** A line that only stamps the date: "Published: April 27, 2017", "Posted on 2017-04-27 08:00". */
const DATE_STAMP = /^(?:first\s+)?(?:published|posted|updated|last\s+updated)(?:\s+on)?\s*:?\s+(.{6,60})$/i;

/** The stamp's date and whether it is a publication (not an update) date, or null when the line is no date stamp. */
export function dateStamp(line: string): { date: string; published: boolean } | null {
  const match = DATE_STAMP.exec(line);
  const date = match ? normaliseDate(match[1]) : null;
  return date ? { date, published: !/updated/i.test(line.slice(0, 20)) } : null;
}
