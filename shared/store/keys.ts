import { createHash } from 'node:crypto';

/**
 * Key builders for the single table (see schema.ts for the layout).
 *
 * Child items carry the article's revision in their sort key
 * (`QUOTE#<rev>#<n>`): a re-upload writes its children beside the old ones,
 * then flips META to the new revision, then deletes the old children. Readers
 * keep only children of META's revision, so without transactions nobody sees
 * half an old and half a new article.
 */
export const articlePk = (articleId: string): string => `ARTICLE#${articleId}`;
export const META_SK = 'META';
export type ChildKind = 'QUOTE' | 'ENTITY' | 'EVENT';
export const childSk = (kind: ChildKind, rev: string, n: number): string => `${kind}#${rev}#${String(n).padStart(5, '0')}`;
export const aliasPk = (aliasKey: string): string => `ALIAS#${aliasKey}`;
export const entitySk = (entityKey: string): string => `ENTITY#${entityKey}`;
export const speakerPk = (entityKey: string): string => `SPEAKER#${entityKey}`;
export const ARTICLES_PK = 'ARTICLES';

/** Undated articles sort after every date in "newest first" listings' reverse, i.e. last. */
export const dateSortKey = (publishedAt: string | null): string => publishedAt ?? '0000-00-00';

/**
 * An article's id derives from where it was dropped, so a re-upload of the
 * same key replaces it instead of adding a duplicate.
 */
export function articleIdFor(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}/${key}`).digest('hex').slice(0, 24);
}

/** Revisions sort by ingest time; the suffix keeps two writes in one millisecond apart. */
export function newRevision(now: Date): string {
  return `${now.getTime().toString(36).padStart(9, '0')}${Math.random().toString(36).slice(2, 6)}`;
}
