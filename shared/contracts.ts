/**
 * The contracts of DESIGN.md, in one place. Field names are fixed: tools and
 * API clients read them. Offsets are UTF-16 character offsets into `body`.
 */

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'EVENT_NAME' | 'OTHER';
export type QuoteKind = 'direct' | 'indirect' | 'mixed';
export type Modality = 'asserted' | 'planned' | 'negated' | 'hypothetical';
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A half-open character range `[start, end)` into the article body. */
export interface Span {
  start: number;
  end: number;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical (longest, fullest) name as written in the article. */
  name: string;
  /** Role or title written before the name, e.g. "Defense Secretary". */
  title?: string;
  aliases: string[];
  mentions: Span[];
}

export interface Speaker {
  /** The speaker as written next to the quote: "he", "DFA", "Defense Minister Shoygu". */
  mention: string;
  /** Resolved canonical name, or the mention when there is nothing to resolve to. */
  name: string;
  entityId: string | null;
  start: number;
  end: number;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  text: string;
  start: number;
  end: number;
  /** The reporting cue as written: "said", "was quoted saying". */
  cue: string;
  speaker: Speaker | null;
  /** Index of the paragraph the quote starts in. */
  paragraph: number;
}

export interface Participant {
  name: string;
  entityId: string | null;
}

export interface EventTime {
  /** The expression as written; empty when the date is the main event's publication-week default. */
  text: string;
  /** ISO date at the given precision: 2017-04-26, 2017-06, 2017, or a week's Monday. */
  date: string;
  precision: DatePrecision;
}

export interface EventPlace {
  text: string;
  name: string;
  entityId: string | null;
}

export interface NewsEvent {
  id: string;
  type: string;
  cameo?: string;
  trigger: string;
  who: Participant[];
  whom: Participant[];
  when: EventTime | null;
  where: EventPlace | null;
  modality: Modality;
  reportedBy?: string;
  /** Index of the sentence the event was found in; -1 when only the headline names it (then start = end = 0). */
  sentence: number;
  /** The offsets of that sentence in `body`. */
  start: number;
  end: number;
}

export interface SourceRef {
  bucket: string;
  key: string;
  etag: string;
  /** For an article that is one line of a JSON Lines file: that line's number (1-based). */
  line?: number;
}

/** The article record: what `extract` returns and `GET /articles/{id}` serves. */
export interface ArticleRecord {
  articleId: string;
  source?: SourceRef;
  title: string;
  publishedAt: string | null;
  language: string;
  body: string;
  relatedLinks: string[];
  entities: Entity[];
  quotes: Quote[];
  events: NewsEvent[];
  extractor: { version: string };
}

/**
 * A parsed article: the input of extraction. Paragraph and sentence spans are
 * offsets into `body`, in order, non-overlapping.
 */
export interface Article {
  title: string;
  body: string;
  publishedAt: string | null;
  url: string | null;
  language: string;
  relatedLinks: string[];
  /** The author(s) as the source names them ("Maria Okafor"), when it does. */
  byline?: string;
  paragraphs: Span[];
  sentences: Span[];
}

/** Ingest status kept per article, so a failure is as visible as a success. */
export type IngestStatus = 'PROCESSED' | 'REJECTED' | 'FAILED';

export interface ArticleStatus {
  articleId: string;
  status: IngestStatus;
  source: SourceRef;
  title: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  counts: { entities: number; quotes: number; events: number };
  error?: { code: string; message: string };
}

/**
 * Where articles are dropped in the bucket: the only prefix S3 notifies the
 * queue about and the ingest function may read (infra, local stack, ops tools).
 */
export const INCOMING_PREFIX = 'incoming/';

/** Error codes shared by the parser, the CLI and the status records. */
export class ArticleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ArticleError';
  }
}
