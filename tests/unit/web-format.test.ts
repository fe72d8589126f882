import { describe, expect, it } from 'vitest';
import { countsLine } from '../../shared/web/src/counts.js';

describe('the reader view’s entity counts', () => {
  it('reads as counted when the counts are exact', () => {
    expect(countsLine({ quotes: 1, events: 3, articles: 2 }, ['quotes', 'events', 'articles'])).toBe('1 quote · 3 events · 2 articles');
  });

  it('marks lower bounds with a plus', () => {
    expect(countsLine({ quotes: 9120, events: 402, articles: 5000, atLeast: true }, ['quotes', 'articles'])).toBe('9120+ quotes · 5000+ articles');
  });
});
