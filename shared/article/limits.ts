/**
 * How much the parser accepts. Each bound keeps one hostile or accidental
 * input from costing the ingest Lambda its memory or time; each rejection
 * names the limit it hit.
 */
export interface ArticleLimits {
  /** Largest stored object in bytes, as stored (compressed size for gzip). */
  maxRawBytes: number;
  /** Largest decompressed size of a gzip object: beyond it, decompression stops (a "gzip bomb" guard). */
  maxDecompressedBytes: number;
  /** Longest article body, in characters, that extraction is given. */
  maxTextChars: number;
  /** Deepest nesting of JSON values or HTML elements. */
  maxNestingDepth: number;
  /** Most articles one JSON Lines file may hold (all are stored within one ingest run). */
  maxArticlesPerFile: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ArticleLimits> = Object.freeze({
  maxRawBytes: 10 * MB,
  maxDecompressedBytes: 10 * MB,
  maxTextChars: 1 * MB,
  // Readability's time grows steeply with element depth (1,000 empty nested <div>s take seconds).
  maxNestingDepth: 128,
  maxArticlesPerFile: 500,
});

/** The environment variable that sets each limit. */
const LIMIT_ENV: Readonly<Record<keyof ArticleLimits, string>> = Object.freeze({
  maxRawBytes: 'ARTICLE_MAX_BYTES',
  maxDecompressedBytes: 'ARTICLE_MAX_DECOMPRESSED_BYTES',
  maxTextChars: 'ARTICLE_MAX_TEXT_CHARS',
  maxNestingDepth: 'ARTICLE_MAX_NESTING_DEPTH',
  maxArticlesPerFile: 'ARTICLE_MAX_PER_FILE',
});

/**
 * The limits, each from its environment variable when set, else the default.
 * A value that is not a positive integer throws: a misconfigured limit must
 * show up in the logs, not silently fall back.
 */
export function limitsFromEnv(env: Record<string, string | undefined>): ArticleLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const name of Object.keys(LIMIT_ENV) as (keyof ArticleLimits)[]) {
    const raw = env[LIMIT_ENV[name]];
    if (raw === undefined || raw.trim() === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new Error(`${LIMIT_ENV[name]}="${raw}" is not a positive whole number.`);
    }
    limits[name] = value;
  }
  return limits;
}

/** "10 MB", "512 KB", "900 bytes": a size as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${+(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
