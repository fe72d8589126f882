/**
 * A new version of an object replaces all of the previous version's
 * articles: the ones it still has are overwritten by their save, and this
 * module removes the ones it no longer has (a JSON Lines file uploaded again
 * with fewer lines, or turned into a single article, or the reverse).
 *
 * Every removal is a tombstone ordered by the new version's S3 sequencer
 * (ArticleRepository.deleteArticle), so it never touches an article that a
 * newer version already stored, and delivering the same notification again
 * writes nothing new.
 *
 * The object's own id (`articleIdFor(bucket, key)`) is its commit marker:
 * `hasVersion` reads it to skip a notification already handled, so it is
 * written last. A single article is saved under it; a JSON Lines version
 * leaves a tombstone there, which also removes a single article of a
 * previous version. A crash before that write leaves the marker at the
 * previous version, so the retry redoes every removal.
 *
 * Cost: finding the previous version's lines is one Query of the object's
 * OBJECT# partition (articlesOfObject), also for a single article, since
 * only it tells a previous JSON Lines version apart (empty for an object
 * that never was JSON Lines: the minimum read, half a read unit). A JSON
 * Lines version writes one tombstone item more (the marker, one write unit
 * per file); a single article writes nothing more unless lines are removed.
 */
import { articleIdFor } from '../store/keys.js';
import type { ArticleRepository } from '../store/repository.js';

/** What to delete around the save of a new version, in that order. */
export interface ReplacementPlan {
  /** Lines a single article replaces: gone before the article (the marker) is saved. */
  beforeSave: string[];
  /** Lines a JSON Lines version no longer has: gone once its lines are saved. */
  afterSave: string[];
  /** The object's own id, when the new version is JSON Lines: deleted last, as its marker. */
  lastly?: string;
}

/**
 * Which articles of the previous version (`previous`: the object's id and
 * its lines' ids) the new version (`current`: the ids its parse produced,
 * rejected and failed lines included, as they are stored too) no longer has.
 * Pure.
 */
export function replacementPlan(objectId: string, previous: readonly string[], current: readonly string[]): ReplacementPlan {
  const kept = new Set(current);
  const stale = [...new Set(previous)].filter((id) => id !== objectId && !kept.has(id));
  const single = current.length === 1 && current[0] === objectId;
  return single ? { beforeSave: stale, afterSave: [] } : { beforeSave: [], afterSave: stale, lastly: objectId };
}

/**
 * Saves a new version of an object (`save`, which stores the articles with
 * ids `current`) and removes the previous version's articles it no longer
 * has, each ordered by `sequencer`. Returns what `save` returns.
 */
export async function replaceArticles<T>(
  repository: ArticleRepository,
  object: { bucket: string; key: string; sequencer?: string },
  current: readonly string[],
  save: () => Promise<T>,
): Promise<T> {
  const objectId = articleIdFor(object.bucket, object.key);
  const plan = replacementPlan(objectId, await repository.articlesOfObject(object.bucket, object.key), current);
  const remove = (ids: readonly string[]) => Promise.all(ids.map((id) => repository.deleteArticle(id, object.sequencer)));
  await remove(plan.beforeSave);
  const saved = await save();
  await remove(plan.afterSave);
  if (plan.lastly) await remove([plan.lastly]);
  return saved;
}
