import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../shared/contracts.js';
import { parseArticle } from '../../shared/article/parse.js';
import { extractRecord } from '../../shared/extract/extract.js';
import { extractText } from './extract-helpers.js';

const names = (participants: NewsEvent['who']) => participants.map((p) => p.name);

/** The only event of a text, published on Tuesday 2017-05-02. */
function onlyEvent(text: string): NewsEvent {
  const { events } = extractText(text);
  expect(events).toHaveLength(1);
  return events[0]!;
}

/** Events of a JSON article with a headline, as news-please writes them. */
function eventsWithHeadline(title: string, text: string): NewsEvent[] {
  const json = JSON.stringify({ title, text, date_publish: '2016-11-10 09:00:00' });
  const article = parseArticle(new TextEncoder().encode(json), { name: 'article.json' });
  return extractRecord(article, { articleId: 'test' }).events;
}

describe('event types', () => {
  it('types a meeting with its CAMEO code and trigger', () => {
    expect(onlyEvent('Foreign Minister Anna Berg met with Prime Minister Tomas Lind on Monday.')).toMatchObject({ type: 'MEET', cameo: '040', trigger: 'met' });
  });

  it('takes the light verb into a noun trigger: held a briefing', () => {
    expect(onlyEvent('The arms maker held a briefing for the Philippine Embassy in Moscow.')).toMatchObject({ type: 'HOST_BRIEFING', cameo: '043', trigger: 'held a briefing' });
  });

  it('needs the object a type asks for: stopping a sale of rifles halts military aid', () => {
    expect(onlyEvent('The State Department stopped the planned sale of assault rifles to the police.')).toMatchObject({ type: 'HALT_MILITARY_AID', cameo: '1622', trigger: 'stopped the planned sale' });
  });

  it('finds no event where a trigger noun only modifies another noun', () => {
    expect(extractText('The police bought new assault rifles.').events).toEqual([]);
  });
});

describe('participants', () => {
  it('takes the subject as who and the object after "with" as whom', () => {
    const event = onlyEvent('Foreign Minister Anna Berg met with Prime Minister Tomas Lind on Monday.');
    expect([names(event.who), names(event.whom)]).toEqual([['Anna Berg'], ['Tomas Lind']]);
  });

  it('takes both names of a coordinated subject', () => {
    const event = onlyEvent('Anna Berg and Tomas Lind signed a trade agreement in Oslo.');
    expect(names(event.who)).toEqual(['Anna Berg', 'Tomas Lind']);
  });

  it('reads who and whom after a noun trigger: the meeting of X and Y', () => {
    const event = onlyEvent('Analysts credit the meeting of Anna Berg and Tomas Lind for the thaw.');
    expect([names(event.who), names(event.whom)]).toEqual([['Anna Berg'], ['Tomas Lind']]);
  });

  it('takes the possessor of a noun trigger as who and the place after "to" as where', () => {
    const event = onlyEvent('Anna Berg’s visit to Oslo was cut short on Monday.');
    expect([names(event.who), event.whom, event.where?.name]).toEqual([['Anna Berg'], [], 'Oslo']);
  });

  it('takes the doer of a passive verb from "by"', () => {
    const event = onlyEvent('A local councillor was arrested by the Metropolitan Police on Friday.');
    expect(event).toMatchObject({ type: 'ARREST' });
    expect(names(event.who)).toEqual(['Metropolitan Police']);
  });

  it('keeps a possessor with its noun as one participant: Russia’s largest arms maker', () => {
    const event = onlyEvent('Russia’s largest arms maker held a briefing for diplomats.');
    expect(names(event.who)).toEqual(['Russia’s largest arms maker']);
  });
});

describe('time and place', () => {
  it('dates an event with the time expression of its sentence', () => {
    const event = onlyEvent('Anna Berg visited Oslo last April 26.');
    expect(event.when).toEqual({ text: 'last April 26', date: '2017-04-26', precision: 'day' });
  });

  it('places an event after "in", with the country after a city', () => {
    expect(onlyEvent('Anna Berg met Tomas Lind in Lima, Peru last November.').where).toMatchObject({ text: 'in Lima, Peru', name: 'Lima, Peru' });
  });

  it('takes the place visited as where, not as whom', () => {
    const event = onlyEvent('Anna Berg visits Moscow next month.');
    expect(event.where).toMatchObject({ name: 'Moscow' });
    expect(event.whom).toEqual([]);
  });

  it('names a venue by the place inside its name: at the Moscow Conference', () => {
    expect(onlyEvent('Anna Berg met Tomas Lind at the Moscow Conference on Security.').where).toMatchObject({ name: 'Moscow' });
  });
});

describe('modality', () => {
  it('reads "will" as planned', () => {
    expect(onlyEvent('Anna Berg will visit Oslo in the spring.').modality).toBe('planned');
  });

  it('reads a date after publication as planned even in the present tense', () => {
    expect(onlyEvent('Anna Berg visits Oslo next month.').modality).toBe('planned');
  });

  it('reads "did not" as negated', () => {
    expect(onlyEvent('Anna Berg did not meet Tomas Lind on Monday.').modality).toBe('negated');
  });

  it('reads "could" as hypothetical', () => {
    expect(onlyEvent('Anna Berg could visit Oslo after the vote.').modality).toBe('hypothetical');
  });

  it('reads a past event as asserted', () => {
    expect(onlyEvent('Anna Berg visited Oslo last week.').modality).toBe('asserted');
  });
});

describe('events in reported speech', () => {
  it('gives the speaker of the quote around the trigger as reportedBy', () => {
    const { events } = extractText('Tomas Lind said that Anna Berg will visit Oslo next month.');
    expect(events.find((e) => e.type === 'VISIT')?.reportedBy).toBe('Tomas Lind');
  });

  it('gives the subject of "attributed" as reportedBy', () => {
    const { events } = extractText('Tomas Lind spoke last. He attributed the thaw to the meeting of Anna Berg and Ivan Petrov in Lima.');
    expect(events.find((e) => e.type === 'MEET')?.reportedBy).toBe('Tomas Lind');
  });
});

describe('one event mentioned twice', () => {
  it('merges the mentions and keeps the named participant over a description', () => {
    const { events } = extractText('Anna Berg recently met with her Swedish counterpart, the ministry said. Berg had a first meeting with Minister Karl Holm last April 26 in Stockholm.');
    const meetings = events.filter((e) => e.type === 'MEET');

    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ trigger: 'met', sentence: 0, when: { date: '2017-04-26' }, where: { name: 'Stockholm' } });
    expect(names(meetings[0]!.whom)).toEqual(['Karl Holm']);
  });

  it('dates an event by the sentence before when they share a participant', () => {
    const { events } = extractText('Anna Berg met Karl Holm last April 26. Berg and Holm agreed to deepen cooperation.');
    expect(events.find((e) => e.type === 'EXPRESS_INTENT_TO_COOPERATE')?.when?.date).toBe('2017-04-26');
  });
});

describe('the main event', () => {
  it('is the headline’s event, merged with its mention in the body', () => {
    const events = eventsWithHeadline('Berg meets Holm at the White House', 'Minister Anna Berg met Karl Holm on Thursday at the White House. Reporters waited outside.');

    expect(events[0]).toMatchObject({ type: 'MEET', trigger: 'meets', sentence: 0, when: { date: '2016-11-10' }, where: { name: 'White House' } });
    expect([names(events[0]!.who), names(events[0]!.whom)]).toEqual([['Anna Berg'], ['Karl Holm']]);
  });

  it('is the lede’s best-known event when the headline has none', () => {
    const events = eventsWithHeadline('A long night in the capital', 'Protesters marched through Oslo on Wednesday. Police arrested two men later.');
    expect(events[0]).toMatchObject({ type: 'PROTEST', where: { name: 'Oslo' } });
  });
});
