import { describe, expect, it } from 'vitest';
import { nameKey } from '../../shared/extract/names.js';
import { datedSk, dateBounds, namesPk, sequencerKey } from '../../shared/store/keys.js';

describe('store keys', () => {
  it('order S3 sequencers of different lengths as numbers', () => {
    const ordered = ['FF', '0100', '5F1B2C3D4E', '5F1B2C3D4E5F6A7B'].map(sequencerKey);

    expect([...ordered].sort()).toEqual(ordered);
  });

  it('sort articles by publication day, undated ones before every date', () => {
    expect(datedSk('2017-05-02T23:00:00Z', 'a')).toBe('2017-05-02#a');
    expect(datedSk(null, 'a') < dateBounds('0001-01-01').lo).toBe(true);
  });

  it('keep both ends of a date range', () => {
    const { lo, hi } = dateBounds('2017-05-01', '2017-05-31');

    expect([lo <= datedSk('2017-05-01', 'z'), datedSk('2017-05-31', 'fff') <= hi, datedSk('2017-06-01', 'a') <= hi]).toEqual([true, true, false]);
  });

  it('spread the name catalogue by first character, accented or not', () => {
    expect(namesPk(nameKey('École Polytechnique'))).toBe('NAMES#e');
  });
});
