import { describe, expect, it } from 'vitest';
import { percentile, round, summarize } from '../../bench/lib/stats.js';
import { top } from '../../bench/lib/samples.js';
import { perMillion } from '../../bench/lib/prices.js';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles: always an observed sample', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile(sorted, 1)).toBe(100);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([1, 2, 3], 0.5)).toBe(2);
  });

  it('refuses an empty sample or a rank outside (0, 1]', () => {
    expect(() => percentile([], 0.5)).toThrow(RangeError);
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });

  it('summarizes unsorted durations without changing them', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(summarize(samples)).toEqual({ count: 5, medianMs: 3, p99Ms: 5, meanMs: 3, minMs: 1, maxMs: 5 });
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });

  it('rounds to µs by default', () => {
    expect(round(1.23456)).toBe(1.235);
    expect(round(1.25, 1)).toBe(1.3);
  });

  it('ranks the most frequent values first, ties by value', () => {
    expect(top(['b', 'a', 'b', 'c', 'a', 'b'], 2)).toEqual(['b', 'a']);
    expect(top(['z', 'y'], 5)).toEqual(['y', 'z']);
  });

  it('prices a million of something from its unit price', () => {
    // 40 write units at $0.625 per million units: $25 per million articles.
    expect(perMillion(40 * (0.625 / 1e6))).toBe(25);
    // 50 ms at 1 GB, arm64: $0.67 per million.
    expect(perMillion(0.05 * 0.0000133334)).toBe(0.6667);
  });
});
