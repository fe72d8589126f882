import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../shared/contracts.js';
import { dateMatches, emptyEventCounts, eventFigures, fieldRight, scoreMainEvent } from '../../bench/eval/events.js';

const event: NewsEvent = {
  id: 'E1', type: 'MEET', trigger: 'met', who: [{ name: 'Jane Roe', entityId: null }], whom: [{ name: 'John Doe', entityId: null }],
  when: { text: 'on Thursday', date: '2020-03-05', precision: 'day' },
  where: { text: 'in Springfield', name: 'Springfield', entityId: null },
  modality: 'asserted', sentence: 0, start: 0, end: 3,
};

describe('main-event fields', () => {
  it('who: shares a content word with a coder phrase', () => {
    expect(fieldRight(event, 'who', { phrases: ['Governor Roe'], dates: [] })).toBe(true);
    expect(fieldRight(event, 'who', { phrases: ['the mayor'], dates: [] })).toBe(false);
  });

  it('what: trigger plus whom', () => {
    expect(fieldRight(event, 'what', { phrases: ['meets with Doe'], dates: [] })).toBe(true);
  });

  it('when: a shared word, or the same day', () => {
    expect(fieldRight(event, 'when', { phrases: ['Thursday morning'], dates: [] })).toBe(true);
    expect(fieldRight(event, 'when', { phrases: ['March 5'], dates: ['2020-03-05'] })).toBe(true);
    expect(fieldRight(event, 'when', { phrases: ['March 6'], dates: ['2020-03-06'] })).toBe(false);
  });

  it('a missing event is wrong', () => {
    expect(fieldRight(undefined, 'who', { phrases: ['Roe'], dates: [] })).toBe(false);
  });
});

describe('dateMatches', () => {
  it('compares at the event precision: week contains the day, month and year never equal a day', () => {
    expect(dateMatches({ text: 'last week', date: '2020-03-02', precision: 'week' }, '2020-03-08')).toBe(true);
    expect(dateMatches({ text: 'last week', date: '2020-03-02', precision: 'week' }, '2020-03-09')).toBe(false);
    expect(dateMatches({ text: 'in March', date: '2020-03', precision: 'month' }, '2020-03-05')).toBe(false);
  });
});

describe('scoreMainEvent', () => {
  it('scores only annotated fields and averages their shares', () => {
    const counts = emptyEventCounts();
    scoreMainEvent(event, { who: { phrases: ['Roe'], dates: [] }, what: { phrases: ['resigned'], dates: [] }, where: { phrases: [], dates: [] } }, counts);
    const { fields, mean } = eventFigures(counts);
    expect(fields.who).toMatchObject({ annotated: 1, right: 1, share: 1 });
    expect(fields.what).toMatchObject({ annotated: 1, right: 0, share: 0 });
    expect(fields.where.annotated).toBe(0);
    expect(mean).toBe(0.5);
  });
});
