import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../shared/contracts.js';
import { extractText } from './extract-helpers.js';

const types = (text: string): string[] => extractText(text).events.map((e) => e.type);
const eventOf = (text: string, type: string): NewsEvent | undefined => extractText(text).events.find((e) => e.type === type);

describe('senses of trigger words in political news', () => {
  it('reads no meeting where a proposal meets resistance', () => {
    // Arrange
    const text = 'Senator Maria Olsen said the new budget proposal has met with a lot of resistance from moderates.';
    // Act
    const found = types(text);
    // Assert
    expect(found).not.toContain('MEET');
  });

  it('reads no meeting where a plan meets the requirements', () => {
    const text = 'Governor Dale Hutchins insisted the revised plan met the federal requirements in full.';
    expect(types(text)).not.toContain('MEET');
  });

  it('still reads a meeting when a deadline comes after the person met', () => {
    const event = eventOf('Governor Dale Hutchins met with Mayor Ann Ruiz on Monday to discuss the budget deadline.', 'MEET');
    expect(event?.whom.map((p) => p.name)).toEqual(['Ann Ruiz']);
  });

  it('drops a thing as the one who meets: a reclamation plan is no participant', () => {
    const event = eventOf('The reclamation plan met the desert road near the border town on Monday.', 'MEET');
    expect(event).toBeUndefined();
  });

  it('reads an attack in words as criticism', () => {
    const event = eventOf('Senator Maria Olsen attacked Governor Dale Hutchins over his tax record on Tuesday.', 'CRITICIZE');
    expect(event).toMatchObject({ cameo: '111', trigger: 'attacked' });
  });

  it('reads an attack with force words around it as the use of force', () => {
    expect(types('Gunmen attacked a police checkpoint on Tuesday, and two officers were killed.')).toContain('ATTACK');
  });

  it('reads no win where a candidate wins over voters', () => {
    expect(types('Senator Maria Olsen is trying to win over suburban voters in the state.')).not.toContain('WIN');
  });

  it('reads no win where a campaign wins praise', () => {
    expect(types('Senator Maria Olsen won praise from both parties for her speech.')).not.toContain('WIN');
  });

  it('reads a won primary as one win, not also an election', () => {
    expect(types('Senator Maria Olsen won the Iowa primary on Tuesday.')).toEqual(['WIN']);
  });

  it('reads no election where the election is only a topic', () => {
    expect(types('Voters in the suburbs care most about the economy in the election.')).not.toContain('ELECTION');
  });

  it('reads an election noun with a date as an event', () => {
    expect(types('Voters go to the polls in the Ohio primary on Tuesday.')).toContain('ELECTION');
  });

  it('reads a verb form after a determiner as a noun: a small edge is no win', () => {
    expect(types('Among younger voters, Senator Maria Olsen has a small edge.')).not.toContain('WIN');
  });

  it('drops a fragment as who: "a majority of" is no participant', () => {
    const event = eventOf('Candidates need a majority of votes in the electoral college on Tuesday.', 'ELECTION');
    expect(event?.who.map((p) => p.name) ?? []).not.toContain('a majority of');
  });
});
