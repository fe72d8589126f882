import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsFromEnv } from '../../shared/article/limits.js';

describe('limitsFromEnv', () => {
  it('gives the defaults when nothing is set: 10 MB raw, 1 MB of text', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toMatchObject({ maxRawBytes: 10 * 1024 * 1024, maxTextChars: 1024 * 1024 });
  });

  it('takes each limit from its environment variable', () => {
    const limits = limitsFromEnv({ ARTICLE_MAX_BYTES: '2048', ARTICLE_MAX_TEXT_CHARS: '512', ARTICLE_MAX_PER_FILE: '20' });

    expect(limits).toEqual({ ...DEFAULT_LIMITS, maxRawBytes: 2048, maxTextChars: 512, maxArticlesPerFile: 20 });
  });

  it.each(['ten', '-5', '1.5', '0'])('refuses ARTICLE_MAX_BYTES=%s, naming the variable', (value) => {
    expect(() => limitsFromEnv({ ARTICLE_MAX_BYTES: value })).toThrow(`ARTICLE_MAX_BYTES="${value}" is not a positive whole number.`);
  });
});
