import { describe, expect, it } from 'vitest';
import { findTimeExpressions, inTense } from '../../shared/extract/dates.js';

/** The expressions of one sentence, resolved against a publication day. */
function times(sentence: string, reference: string | null = '2017-05-02') {
  return findTimeExpressions(sentence, { start: 0, end: sentence.length }, reference).map(({ text, date, precision }) => ({ text, date, precision }));
}

describe('time expressions', () => {
  it('resolves "last April 26" to that day, keeping "last" in the text', () => {
    expect(times('The ministers met last April 26 in the capital.')).toEqual([{ text: 'last April 26', date: '2017-04-26', precision: 'day' }]);
  });

  it('resolves "next month" to the month after publication', () => {
    expect(times('The president visits the capital next month.')).toEqual([{ text: 'next month', date: '2017-06', precision: 'month' }]);
  });

  it('resolves "last week" to the Monday of the week before publication', () => {
    expect(times('Just last week, a frigate docked at the port.')).toEqual([{ text: 'Just last week', date: '2017-04-24', precision: 'week' }]);
  });

  it('resolves "Last year" and "earlier this year" to years', () => {
    expect(times('Last year, the sale was stopped.')).toEqual([{ text: 'Last year', date: '2016', precision: 'year' }]);
    expect(times('The guards trained abroad earlier this year.')).toEqual([{ text: 'earlier this year', date: '2017', precision: 'year' }]);
  });

  it('resolves "last November" to the November before publication', () => {
    expect(times('The leaders met in Lima last November.')).toEqual([{ text: 'last November', date: '2016-11', precision: 'month' }]);
  });

  it('reads a year after "in" on its own', () => {
    expect(times('The club last won the title in 1908.')).toEqual([{ text: '1908', date: '1908', precision: 'year' }]);
  });

  it('takes neither "now" nor a duration for a date', () => {
    expect(times('It is only now that talks can go on for an hour.')).toEqual([]);
  });

  it('resolves only expressions that name their year when the article has no date', () => {
    expect(times('Talks resumed on March 3, 2015 and again last week.', null)).toEqual([{ text: 'March 3, 2015', date: '2015-03-03', precision: 'day' }]);
  });
});

describe('a bare weekday in the tense of its event', () => {
  const [thursday] = findTimeExpressions('They meet on Thursday.', { start: 0, end: 22 }, '2017-05-02');

  it('is the last such day for an event that happened', () => {
    expect(inTense(thursday!, '2017-05-02', 'past').date).toBe('2017-04-27');
  });

  it('is the next such day for a planned event', () => {
    expect(inTense(thursday!, '2017-05-02', 'future').date).toBe('2017-05-04');
  });

  it('is the nearest such day when the tense does not say', () => {
    expect(inTense(thursday!, '2017-05-02', undefined).date).toBe('2017-05-04');
  });
});

describe('a day without a year in the tense of its event', () => {
  it('is in the past year for an event that happened', () => {
    const [since] = findTimeExpressions('There have been shootings since January 1st.', { start: 0, end: 44 }, '2016-10-01');
    expect(inTense(since!, '2016-10-01', 'past')).toMatchObject({ date: '2016-01-01', precision: 'day' });
  });
});
