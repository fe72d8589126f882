import { objectExists } from '../blob/s3-object.js';
import { articleIdFor } from '../store/keys.js';
import { ArticleRepository } from '../store/repository.js';
import type { IngestDeps, IngestOutcome, S3ObjectRef } from './ingest-object.js';

/**
 * Handle an ObjectRemoved notification: remove the object's articles (one,
 * or one per line of a JSON Lines file).
 *
 * Only when the key is really gone: in a versioned bucket, deleting one old
 * version also notifies ObjectRemoved while the current object (and its
 * article) stays; and a re-upload may have followed the delete, whose own
 * notification brings the article back. Each article leaves a tombstone
 * ordered by the event's sequencer, so a late notification of an older
 * upload is ignored rather than resurrecting it.
 */
export async function removeObject(ref: S3ObjectRef, deps: IngestDeps): Promise<IngestOutcome> {
  const articleId = articleIdFor(ref.bucket, ref.key);
  const skipped = (code: string, message: string): IngestOutcome => ({ articleId, key: ref.key, status: 'SKIPPED', error: { code, message } });
  if (await objectExists(deps.s3, ref)) return skipped('OBJECT_EXISTS', 'The object still exists; its articles stay.');
  const repository = new ArticleRepository(deps.db, deps.tableName);
  const outcomes = await Promise.all((await repository.articlesOfObject(ref.bucket, ref.key)).map((id) => repository.deleteArticle(id, ref.sequencer)));
  if (outcomes.every((outcome) => outcome === 'superseded')) return skipped('SUPERSEDED', 'A newer version of the object is already stored.');
  return { articleId, key: ref.key, status: 'DELETED' };
}
