/**
 * brat standoff (.ann) parsing, as PolNeAR uses it:
 *
 *   T3<TAB>Content 22 51;60 75<TAB>text        a span; `;` joins the ranges of a discontinuous span
 *   E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1
 *
 * An E line's first argument is its trigger (`Attribution` or
 * `Attribution-no-source`); the others are roles. A role may repeat with a
 * number (`Content2`), which adds ranges to the same role. Roles may be
 * missing. Notes (`#`), other annotation kinds and the continuation lines of
 * a span text that contains a newline are ignored.
 */

/** A half-open character range `[start, end)` into the raw .txt. */
export type Range = [start: number, end: number];

export interface BratSpan {
  id: string;
  kind: string;
  ranges: Range[];
}

export interface BratEvent {
  id: string;
  /** The trigger's type, e.g. `Attribution` or `Attribution-no-source`. */
  type: string;
  /** Role (digits stripped: `Content2` → `Content`) → the ranges of every span in that role, in order. */
  roles: Map<string, Range[]>;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

const SPAN_LINE = /^(T\d+)\t(\S+) ([\d ;]+)\t/;
const EVENT_LINE = /^(E\d+)\t(.*)$/;

export function parseBrat(ann: string): BratDocument {
  const spans = new Map<string, BratSpan>();
  const rawEvents: { id: string; args: [string, string][] }[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const span = SPAN_LINE.exec(line);
    if (span) {
      const ranges = span[3]!.split(';').map((r) => r.trim().split(/\s+/).map(Number)).filter((r) => r.length === 2 && r.every(Number.isInteger)) as Range[];
      spans.set(span[1]!, { id: span[1]!, kind: span[2]!, ranges });
      continue;
    }
    const event = EVENT_LINE.exec(line);
    if (event) {
      const args = event[2]!.trim().split(/\s+/).filter(Boolean).map((a) => {
        const colon = a.lastIndexOf(':');
        return [a.slice(0, colon), a.slice(colon + 1)] as [string, string];
      }).filter(([role, id]) => role !== '' && id !== '');
      rawEvents.push({ id: event[1]!, args });
    }
  }
  // Resolve E arguments once every T line is known (brat allows any order).
  const events: BratEvent[] = [];
  for (const { id, args } of rawEvents) {
    const [trigger, ...rest] = args;
    if (!trigger) continue;
    const roles = new Map<string, Range[]>();
    for (const [role, ref] of rest) {
      const target = spans.get(ref);
      if (!target) continue;
      const base = role.replace(/\d+$/, '');
      roles.set(base, [...(roles.get(base) ?? []), ...target.ranges]);
    }
    events.push({ id, type: trigger[0], roles });
  }
  return { spans, events };
}

/** The text of some ranges of `raw`, fragments joined by a space. */
export function rangesText(raw: string, ranges: Range[] | undefined): string {
  return (ranges ?? []).map(([s, e]) => raw.slice(s, e)).join(' ');
}
