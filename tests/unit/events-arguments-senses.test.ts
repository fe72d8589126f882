import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../shared/contracts.js';
import { extractText } from './extract-helpers.js';

const types = (text: string): string[] => extractText(text).events.map((e) => e.type);
const eventOf = (text: string, type: string): NewsEvent | undefined => extractText(text).events.find((e) => e.type === type);
const names = (participants: { name: string }[] | undefined): string[] => (participants ?? []).map((p) => p.name);

describe('places and targets around event nouns', () => {
  it('reads a place before an event noun as where, not who', () => {
    // Arrange
    const text = 'Security was tightened after the Paris terror attacks on Friday, Mayor Ann Ruiz said.';
    // Act
    const event = eventOf(text, 'ATTACK');
    // Assert
    expect(event).toMatchObject({ who: [], where: { name: 'Paris' } });
  });

  it('reads the name after "invasion of" as the target', () => {
    // Arrange
    const text = 'Senator Maria Olsen opposed the invasion of Iraq in 2003.';
    // Act
    const event = eventOf(text, 'ATTACK');
    // Assert
    expect([names(event?.who), names(event?.whom)]).toEqual([[], ['Iraq']]);
  });

  it('reads the one coming under attack as the target and the one after "by" as the attacker', () => {
    // Arrange
    const text = 'Governor Dale Hutchins came under attack by Senator Maria Olsen on Monday.';
    // Act
    const event = eventOf(text, 'CRITICIZE');
    // Assert
    expect([names(event?.who), names(event?.whom)]).toEqual([['Maria Olsen'], ['Dale Hutchins']]);
  });
});

describe('subjects that are no agents', () => {
  it('skips a place after "to" when looking for who meets', () => {
    // Arrange
    const text = 'President Dale Hutchins goes to Louisiana to meet Governor Ann Ruiz on Friday.';
    // Act
    const event = eventOf(text, 'MEET');
    // Assert
    expect(names(event?.who)).toEqual(['Dale Hutchins']);
  });

  it('reads the person, not the state, in "Senator X of Texas, who won"', () => {
    // Arrange
    const text = 'Dale Hutchins was beaten in the caucuses by Senator Maria Olsen of Texas, who won on Monday.';
    // Act
    const wins = extractText(text).events.filter((e) => e.type === 'WIN');
    // Assert
    expect(wins.flatMap((e) => names(e.who))).not.toContain('Texas');
  });
});

describe('nouns that look like verbs', () => {
  it('reads "voter anger" as a noun with no clause around it', () => {
    // Arrange
    const text = 'Senator Maria Olsen faces a year of voter anger and rejection on Tuesday.';
    // Act
    const event = eventOf(text, 'CRITICIZE');
    // Assert
    expect(names(event?.who)).not.toContain('a year of voter');
  });

});

describe('senses of force, wins, votes and charges', () => {
  it('reads an attack over gun policy as criticism, not force', () => {
    // Arrange
    const text = 'Senator Maria Olsen attacked Governor Dale Hutchins in 2008 for being too tough on guns.';
    // Act
    const found = types(text);
    // Assert
    expect(found).toEqual(['CRITICIZE']);
  });

  it('reads no win in a name that opens the sentence', () => {
    const event = eventOf('Win Htein, a member of the committee, said the party has won 82 percent of the vote.', 'WIN');
    expect(names(event?.whom)).not.toContain('Win Htein');
  });

  it('reads a council vote on a resolution as a legislative vote', () => {
    // Arrange
    const text = 'The city council voted 6-1 for the resolution on Monday.';
    // Act
    const { events } = extractText(text);
    // Assert
    expect(events.map((e) => [e.type, names(e.who)])).toEqual([['LEGISLATIVE_VOTE', ['The city council']]]);
  });

  it('reads senators voting as a legislative vote', () => {
    expect(types('Senator Maria Olsen was one of a dozen senators to vote for it last year.')).toContain('LEGISLATIVE_VOTE');
  });

  it('still reads a vote for a candidate as an election', () => {
    expect(types('Mayor Ann Ruiz voted for Senator Maria Olsen in the primary on Tuesday.')).toContain('ELECTION');
  });

  it('reads a charge with a crime as legal action', () => {
    // Arrange
    const text = 'A 78-year-old man was charged with assault after the rally in Fayetteville on Friday.';
    // Act
    const found = types(text);
    // Assert
    expect(found).toContain('ARREST');
    expect(found).not.toContain('ACCUSE');
  });

  it('reads "charged that" as an accusation', () => {
    expect(types('Senator Maria Olsen charged that Governor Dale Hutchins had hidden the report.')).toContain('ACCUSE');
  });

});

describe('words in another sense', () => {
  it.each([
    ['ATTACK', 'a hydrogen bomb (a noun after its modifier)', 'North Korea conducted the test of a hydrogen bomb on Wednesday.'],
    ['ACCUSE', '"in charge of" (a noun after a preposition)', 'Critics say Senator Dale Hutchins is in charge of the committee that wrote the report.'],
    ['ACCUSE', 'a politically charged visit (no "that" or "with")', 'Governor Dale Hutchins made a politically charged visit to the border on Wednesday.'],
    ['WIN', '"won him over" (a particle after a pronoun)', 'Tom Emanuel said Senator Maria Olsen had not yet won him over.'],
    ['ELECTION', 'elected officials (a participle before its noun)', 'Party leaders and elected officials met with Governor Ann Ruiz on Monday.'],
    ['ELECTION', 'early voting (a practice)', 'Mayor Ann Ruiz said Ohio already provided more early voting than most states.'],
  ])('reads no %s in %s', (type, _what, text) => {
    // Act
    const found = types(text);
    // Assert
    expect(found).not.toContain(type);
  });
});
