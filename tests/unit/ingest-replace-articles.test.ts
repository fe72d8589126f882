import { describe, expect, it } from 'vitest';
import { replaceArticles, replacementPlan } from '../../shared/ingest/replace-articles.js';
import { articleIdFor } from '../../shared/store/keys.js';
import type { ArticleRepository } from '../../shared/store/repository.js';

const OBJECT = { bucket: 'news', key: 'feed.jsonl', sequencer: '0A02' };
const objectId = articleIdFor(OBJECT.bucket, OBJECT.key);
const line = (n: number) => articleIdFor(OBJECT.bucket, `${OBJECT.key}#${n}`);

/** A repository that holds `lines` for the object and records each deletion, in order, into `log`. */
function fakeRepository(lines: string[], log: string[]): ArticleRepository {
  return {
    articlesOfObject: async () => [objectId, ...lines],
    deleteArticle: async (id: string, sequencer?: string) => {
      log.push(`delete ${id}@${sequencer}`);
      return 'saved';
    },
  } as unknown as ArticleRepository;
}

describe('replacementPlan', () => {
  it('removes the lines a shorter version no longer has, then the object id as its marker', () => {
    expect(replacementPlan(objectId, [objectId, line(1), line(2), line(3)], [line(1), line(2)])).toEqual({ beforeSave: [], afterSave: [line(3)], lastly: objectId });
  });

  it('keeps a line the new version rejected: it is stored as that version\'s article', () => {
    expect(replacementPlan(objectId, [objectId, line(1), line(2)], [line(1), line(2)]).afterSave).toEqual([]);
  });

  it('removes every line before a single article takes the object id', () => {
    expect(replacementPlan(objectId, [objectId, line(1), line(2)], [objectId])).toEqual({ beforeSave: [line(1), line(2)], afterSave: [] });
  });

  it('removes a single article by the marker when the object becomes JSON Lines', () => {
    expect(replacementPlan(objectId, [objectId], [line(1), line(2)])).toEqual({ beforeSave: [], afterSave: [], lastly: objectId });
  });
});

describe('replaceArticles', () => {
  it('writes the marker of a JSON Lines version last, so a retry after a crash redoes the removals', async () => {
    const log: string[] = [];

    await replaceArticles(fakeRepository([line(1), line(2), line(3)], log), OBJECT, [line(1), line(2)], async () => log.push('save'));

    expect(log).toEqual(['save', `delete ${line(3)}@0A02`, `delete ${objectId}@0A02`]);
  });

  it('removes the lines before a single article is saved, since the saved article is the marker', async () => {
    const log: string[] = [];

    await replaceArticles(fakeRepository([line(1)], log), OBJECT, [objectId], async () => log.push('save'));

    expect(log).toEqual([`delete ${line(1)}@0A02`, 'save']);
  });
});
