import { describe, expect, it } from 'vitest';
import { datelineDate, dateStamp, normaliseDate, pathDate } from '../../shared/article/dates.js';

describe('normaliseDate', () => {
  it.each([
    ['2019-03-13', '2019-03-13'],
    ['2019-03-13 18:30:00', '2019-03-13'],
    ['2019-03-13T23:30:00-05:00', '2019-03-13'], // the date as written, not UTC's March 14
    ['March 13, 2019', '2019-03-13'],
    ['Mar. 13 2019', '2019-03-13'],
    ['Wednesday, March 13th, 2019', '2019-03-13'],
    ['Sept. 26, 2016', '2016-09-26'],
    ['13 March 2019', '2019-03-13'],
    ['Wed, 13 Mar 2019 18:30:00 +0800', '2019-03-13'],
    ['03/13/2019', '2019-03-13'],
  ])('reads %s as %s', (written, iso) => {
    expect(normaliseDate(written)).toBe(iso);
  });

  it.each(['', 'yesterday', '12', 'February 30, 2019', '2019-13-01', 'Breaking news'])('gives null for "%s", which is no date', (written) => {
    expect(normaliseDate(written)).toBeNull();
  });
});

describe('datelineDate', () => {
  it.each([
    ['MANILA, April 27, 2017 — Defense Secretary Delfin Lorenzana said…', '2017-04-27'],
    ['HEMPSTEAD, N.Y., Sept. 26, 2016 (UPI) — A candidate was escorted out.', '2016-09-26'],
    ['PORT ELLIS, 13 March 2019 - The Senate postponed a vote.', '2019-03-13'],
  ])('reads the date of the dateline in "%s"', (paragraph, iso) => {
    expect(datelineDate(paragraph)).toBe(iso);
  });

  it.each([
    'LOS ANGELES, Sept. 28 (UPI) — A preview clip was released.', // no year
    'WASHINGTON (AP) — The Latest on the race.',
    'On March 13, 2019 — a Wednesday — the Senate met.', // not a capitalised place
  ])('finds no date in "%s"', (paragraph) => {
    expect(datelineDate(paragraph)).toBeNull();
  });
});

describe('dateStamp', () => {
  it('reads a publication stamp', () => {
    expect(dateStamp('Published: March 13, 2019')).toEqual({ date: '2019-03-13', published: true });
  });

  it('tells an update stamp from a publication stamp', () => {
    expect(dateStamp('Last updated on 2019-03-14 09:12')).toEqual({ date: '2019-03-14', published: false });
  });

  it('ignores a sentence that starts like a stamp', () => {
    expect(dateStamp('Published reports say the vote will wait.')).toBeNull();
  });
});

describe('pathDate', () => {
  it.each([
    ['https://news.example.com/world/2017/04/26/lorenzana-meets-shoygu', '2017-04-26'],
    ['incoming/huff-post_2016-09-27_obama-power-plant-rules.txt', '2016-09-27'],
    ['incoming/2019_03_13-senate-vote.md', '2019-03-13'],
  ])('reads the date in %s', (path, iso) => {
    expect(pathDate(path)).toBe(iso);
  });

  it.each([
    'incoming/article-20170426.txt', // no separators: an id as often as a date
    'https://example.com/story/120170426/12/31', // part of a longer number
    'incoming/2019-13-01-notes.txt', // no 13th month
    'incoming/seed-article.txt',
  ])('finds no date in %s', (path) => {
    expect(pathDate(path)).toBeNull();
  });
});
