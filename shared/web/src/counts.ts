/** Counts as text: no DOM here, so the unit tests can run it in Node. */

/** An entity's counts as the API gives them (GET /entities, /entities/{key}). */
export interface EntityCounts {
  quotes: number;
  events: number;
  articles: number;
  /** The counts are lower bounds: the entity is in more articles than the API counts. */
  atLeast?: true;
}

export const plural = (count: number, noun: string, nouns = `${noun}s`): string => `${count} ${count === 1 ? noun : nouns}`;

/** "12 quotes · 3 events", with "12+" when the API says its counts are lower bounds. */
export function countsLine(counts: EntityCounts, kinds: readonly ('quotes' | 'events' | 'articles')[]): string {
  const noun = { quotes: 'quote', events: 'event', articles: 'article' } as const;
  return kinds.map((kind) => (counts.atLeast ? `${counts[kind]}+ ${noun[kind]}s` : plural(counts[kind], noun[kind]))).join(' · ');
}
