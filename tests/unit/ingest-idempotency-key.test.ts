import { describe, expect, it } from 'vitest';
import { idempotencyKeyOf } from '../../functions/ingest/idempotency.js';

const object = { bucket: 'news', key: 'incoming/a.txt', etag: 'e1', versionId: 'v1', sequencer: '0A1' };

describe('ingest idempotency key', () => {
  it('is the same for every delivery of one S3 event', () => {
    expect(idempotencyKeyOf({ ...object })).toEqual(idempotencyKeyOf({ ...object }));
  });

  it('changes with a new version of the same key, so a re-upload is ingested again', () => {
    expect(idempotencyKeyOf({ ...object, versionId: 'v2', sequencer: '0B2' })).not.toEqual(idempotencyKeyOf(object));
  });

  it('uses the ETag as the version in a bucket without versioning', () => {
    const unversioned = { bucket: 'news', key: 'incoming/a.txt', etag: 'e1', sequencer: '0A1' };

    expect(idempotencyKeyOf(unversioned).version).toBe('e1');
  });

  it('tells the removal of a version from its creation by the sequencer', () => {
    expect(idempotencyKeyOf({ ...object, sequencer: '0C3' })).not.toEqual(idempotencyKeyOf(object));
  });

  it('includes the reprocess run, so each run re-extracts an already ingested version once', () => {
    const run1 = idempotencyKeyOf(object, 'run-1');

    expect(run1).not.toEqual(idempotencyKeyOf(object));
    expect(run1).toEqual(idempotencyKeyOf(object, 'run-1'));
    expect(run1).not.toEqual(idempotencyKeyOf(object, 'run-2'));
  });
});
