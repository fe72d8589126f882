/**
 * Marks over a text, nested for rendering. Marks may overlap in any way
 * (a speaker phrase containing an entity mention, a quote running across
 * two sentences); a mark that crosses the edge of an outer one is split into
 * pieces, so the result is a proper tree. Lower layers are outer.
 *
 * Pure and DOM-free: the page renders the tree, unit tests check it.
 */

export interface Mark<T> {
  /** Half-open `[start, end)` offsets into the text. */
  start: number;
  end: number;
  /** Nesting order: a lower layer encloses a higher one. */
  layer: number;
  data: T;
}

export type Piece<T> =
  | { kind: 'text'; text: string; start: number }
  | {
      kind: 'mark';
      mark: Mark<T>;
      /** The piece that begins the mark (a mark split by an outer one has several pieces). */
      first: boolean;
      children: Piece<T>[];
    };

type MarkPiece<T> = Extract<Piece<T>, { kind: 'mark' }>;

/** Text and marks as a tree; text outside every mark stays at the top level. */
export function nestMarks<T>(text: string, marks: readonly Mark<T>[]): Piece<T>[] {
  const valid = marks
    .map((mark, index) => ({ mark, index, start: Math.max(0, mark.start), end: Math.min(text.length, mark.end) }))
    .filter((m) => m.start < m.end);
  const outerFirst = (a: (typeof valid)[number], b: (typeof valid)[number]) =>
    a.mark.layer - b.mark.layer || a.start - b.start || b.end - a.end || a.index - b.index;

  const boundaries = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const roots: Piece<T>[] = [];
  const open: { mark: Mark<T>; piece: MarkPiece<T> }[] = [];
  let active: typeof valid = [];
  let next = 0;

  for (let i = 0; i + 1 < boundaries.length; i++) {
    const from = boundaries[i]!;
    const to = boundaries[i + 1]!;
    active = active.filter((m) => m.end > from);
    while (next < byStart.length && byStart[next]!.start === from) active.push(byStart[next++]!);
    const covering = [...active].sort(outerFirst);

    // Keep the open marks this segment shares with the last one, close the rest, open the new ones.
    let shared = 0;
    while (shared < open.length && shared < covering.length && open[shared]!.mark === covering[shared]!.mark) shared++;
    open.length = shared;
    for (const { mark, start } of covering.slice(shared)) {
      const piece: MarkPiece<T> = { kind: 'mark', mark, first: start === from, children: [] };
      (open.at(-1)?.piece.children ?? roots).push(piece);
      open.push({ mark, piece });
    }
    (open.at(-1)?.piece.children ?? roots).push({ kind: 'text', text: text.slice(from, to), start: from });
  }
  return roots;
}

/** The paragraphs of a body: runs of text between blank lines, as offsets. */
export function paragraphSpans(body: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const separator = /\n[^\S\n]*\n\s*/g;
  let start = 0;
  for (const match of body.matchAll(separator)) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (body.length > start && body.slice(start).trim() !== '') spans.push({ start, end: body.length });
  return spans;
}
