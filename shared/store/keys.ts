import { createHash } from 'node:crypto';
import type { IngestStatus } from '../contracts.js';

/** Key builders for the single table; the layout and its reasons are in schema.ts. */
const articlePk = (articleId: string): string => `ARTICLE#${articleId}`;
export const RECORD_SK = 'RECORD';
export const recordKey = (articleId: string): { PK: string; SK: string } => ({ PK: articlePk(articleId), SK: RECORD_SK });
export const LISTING_PK = 'ARTICLES';
export const statusListingPk = (status: IngestStatus): string => `${LISTING_PK}#${status}`;
export const entityPk = (entityKey: string): string => `ENTITY#${entityKey}`;
export const eventTypePk = (typeKey: string): string => `EVTYPE#${typeKey}`;
export const entityTypePk = (type: string): string => `TYPE#${type}`;
/** The articles of one object when it holds several (JSON Lines), by the id the object alone would have. */
export const objectPk = (bucket: string, key: string): string => `OBJECT#${articleIdFor(bucket, key)}`;

/**
 * Name catalogue partitions hold the names that start with one character, so
 * a prefix lookup is one Query and the catalogue spreads over many partitions.
 */
export const namesPk = (aliasKey: string): string => `NAMES#${[...aliasKey][0] ?? ''}`;
export const nameSk = (aliasKey: string, entityKey: string): string => `${aliasKey}#${entityKey}`;

const UNDATED = '0000-00-00';

/** Sort key of everything listed newest first: the publication day, then the article. */
export function datedSk(publishedAt: string | null, articleId: string): string {
  return `${publishedAt ? publishedAt.slice(0, 10) : UNDATED}#${articleId}`;
}

export const articleIdOfSk = (sk: string): string => sk.slice(sk.indexOf('#') + 1);

/** Inclusive sort-key bounds for a publication date range; undated articles fall before every date. */
export function dateBounds(from?: string, to?: string): { lo: string; hi: string } {
  return { lo: from ?? UNDATED, hi: `${to ?? '9999-12-31'}#\uffff` };
}

/**
 * An article's id derives from where it was dropped, so a re-upload of the
 * same key replaces it instead of adding a duplicate.
 */
export function articleIdFor(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}/${key}`).digest('hex').slice(0, 24);
}

/**
 * An S3 event sequencer as a sortable string. Sequencers are hex strings of
 * varying length that order the events of one object key; S3 documents
 * comparing them padded with leading zeros to equal length.
 */
export function sequencerKey(sequencer: string): string {
  return sequencer.toUpperCase().padStart(32, '0');
}
