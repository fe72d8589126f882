import { describe, expect, it } from 'vitest';
import { extractText } from './extract-helpers.js';

/** An article with a headline line, so the text under test is body text. */
const article = (...paragraphs: string[]) => extractText(['Budget talks resume', ...paragraphs].join('\n\n'));
const typedNames = (...paragraphs: string[]) => article(...paragraphs).entities.map((e) => [e.type, e.name]);
const entityNamed = (name: string, ...paragraphs: string[]) => article(...paragraphs).entities.find((e) => e.name === name);

describe('entities: a person after a title that names an organisation', () => {
  it.each([
    ['splits a title holding an organisation word off the person: House Speaker Paul Ryan', 'House Speaker Paul Ryan told reporters the vote would wait.', 'Paul Ryan', 'House Speaker'],
    ['takes a three-word name after a court title: Supreme Court Justice Sonia Maria Sotomayor', 'Supreme Court Justice Sonia Maria Sotomayor dissented on Monday.', 'Sonia Maria Sotomayor', 'Supreme Court Justice'],
    ['takes a surname alone after a title with an organisation word: Senate Minority Leader Schumer', 'Senate Minority Leader Schumer called the plan reckless.', 'Schumer', 'Senate Minority Leader'],
    ['splits a title ending in a staff role: Former White House Senior Adviser David Axelrod', 'He was joined by Former White House Senior Adviser David Axelrod on the panel.', 'David Axelrod', 'Former White House Senior Adviser'],
  ])('%s', (_behaviour, paragraph, name, title) => {
    const entity = entityNamed(name, paragraph);

    expect(entity).toMatchObject({ type: 'PERSON', title });
  });

  it('merges a later surname into the person named after the title', () => {
    const entity = entityNamed('Mitch McConnell', 'Senate Majority Leader Mitch McConnell scheduled the vote. McConnell said it would pass.');

    expect(entity!.mentions).toHaveLength(2);
  });

  it('keeps a committee in the title: House Judiciary Committee Chairman Bob Goodlatte', () => {
    const names = typedNames('House Judiciary Committee Chairman Bob Goodlatte opened the hearing.');

    expect(names).toEqual([['PERSON', 'Bob Goodlatte']]);
  });

  it('takes a title ending in "of" before the name: Secretary of State John Kerry', () => {
    const entity = entityNamed('John Kerry', 'Secretary of State John Kerry landed in Vienna. Kerry met the delegates.');

    expect(entity).toMatchObject({ type: 'PERSON', title: 'Secretary of State' });
    expect(entity!.mentions).toHaveLength(2);
  });

  it('keeps a name whose middle word is a given name whole: William Howard Taft', () => {
    const names = typedNames('The portrait of William Howard Taft hangs in the hall.');

    expect(names).toEqual([['PERSON', 'William Howard Taft']]);
  });
});

describe('entities: title-case headlines and words before names', () => {
  it('keeps only the names in a title-case headline', () => {
    const names = typedNames('More stories from the trail.', 'Governor Says His Budget Will Not Raise Taxes On The Middle Class Chris Christie');

    expect(names).toEqual([['PERSON', 'Chris Christie']]);
  });

  it('splits a headline at a verb the article writes in lowercase: Kasich Wins Ohio', () => {
    const names = typedNames('He wins friends easily.', 'John Kasich Wins Ohio Primary Handily');

    expect(names).toContainEqual(['PERSON', 'John Kasich']);
    expect(names).toContainEqual(['GPE', 'Ohio']);
  });

  it.each([
    ['splits a headline naming two people in full', 'Sarah Palin Backs Donald Trump', [['PERSON', 'Sarah Palin'], ['PERSON', 'Donald Trump']]],
    ['splits a person’s name from the place after it: the Ted Cruz Iowa headquarters', 'Volunteers filled the Ted Cruz Iowa headquarters on Sunday.', [['PERSON', 'Ted Cruz'], ['GPE', 'Iowa']]],
    ['drops a party word before a place: Republican Kansas', 'The governor remains popular in Republican Kansas despite the deficit.', [['GPE', 'Kansas']]],
    ['drops a descriptive compound before a place: Democratic-leaning Virginia', 'Polls tightened in Democratic-leaning Virginia last week.', [['GPE', 'Virginia']]],
    ['keeps the place in a descriptive compound apart from the name after it: Washington-based Brookings Institution', 'A scholar at the Washington-based Brookings Institution disagreed.', [['GPE', 'Washington'], ['ORG', 'Brookings Institution']]],
    ['does not take a preposition before a name for part of it: Between Clinton', 'The gap Between Clinton and her rival narrowed.', [['OTHER', 'Clinton']]],
  ])('%s', (_behaviour, paragraph, expected) => {
    const names = typedNames('More stories from the trail.', paragraph);

    expect(names).toEqual(expected);
  });
});

describe('entities: an organisation named without its place', () => {
  it('merges "Times" into the New York Times', () => {
    const entity = entityNamed('New York Times', 'The New York Times published the memo. The Times said it was authentic.');

    expect(entity!.mentions).toHaveLength(2);
  });

  it('merges "Supreme Court" into the U.S. Supreme Court', () => {
    const entity = entityNamed('U.S. Supreme Court', 'The U.S. Supreme Court heard the case. The Supreme Court will rule in June.');

    expect(entity!.aliases).toContain('Supreme Court');
  });

  it('keeps "Post" apart when two organisations end with it', () => {
    const names = typedNames('The Washington Post and the New York Post both ran it. The Post also ran a correction.');

    expect(names).toContainEqual(['ORG', 'Post']);
  });

  it('does not merge "House" into the White House', () => {
    const names = typedNames('The White House sent the bill to the House on Friday.');

    expect(names).toEqual([['ORG', 'White House'], ['ORG', 'House']]);
  });
});
