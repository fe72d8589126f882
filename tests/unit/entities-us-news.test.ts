import { describe, expect, it } from 'vitest';
import { extractText, typedNames } from './extract-helpers.js';

describe('entities in US political news: places', () => {
  it.each<[string, string, unknown]>([
    ['types US states as GPE', 'The governor of Iowa flew to Ohio for the rally.', [['GPE', 'Iowa'], ['GPE', 'Ohio']]],
    ['keeps "New" at the start of an organisation named after a place: New York Times', 'The New York Times endorsed the senator.', [['ORG', 'New York Times']]],
    ['types a city followed by its state as GPE: Burlington, Vermont', 'Supporters packed a hall in Burlington, Vermont, on Friday night.', [['GPE', 'Burlington'], ['GPE', 'Vermont']]],
    ['ends a place name before a day of the week: won New Hampshire Tuesday', 'The senator won New Hampshire Tuesday by a wide margin.', [['GPE', 'New Hampshire']]],
  ])('%s', (_, sentence, expected) => {
    expect(typedNames(sentence)).toEqual(expected);
  });

  it('keeps "New" in a place name: New Hampshire', () => {
    const names = typedNames('Rubio campaigned across New Hampshire on the eve of the vote.');

    expect(names).toContainEqual(['GPE', 'New Hampshire']);
    expect(names).not.toContainEqual(['OTHER', 'Hampshire']);
  });

  it('types the city of an agency dateline as GPE', () => {
    const names = typedNames('DALLAS (AP) — The campaign is moving staff to Iowa.');

    expect(names).toContainEqual(['GPE', 'DALLAS']);
  });
});

describe('entities in US political news: party words', () => {
  it('makes a party word before a name the person’s title: Republican Donald Trump', () => {
    const { entities } = extractText('Republican Donald Trump won the primary. Trump thanked his supporters.');

    expect(entities.map((e) => [e.type, e.name, e.title, e.mentions.length])).toEqual([['PERSON', 'Donald Trump', 'Republican', 2]]);
  });

  it.each<[string, string, unknown]>([
    ['does not make a party adjective before a lowercase noun an entity', 'The Republican nominee met Democratic party leaders in private.', []],
    ['keeps a party’s members as a group entity: Democrats said', 'Democrats said the bill would fail in committee.', [['OTHER', 'Democrats']]],
    ['drops a party adjective after a place: the Iowa Republican caucus', 'A record crowd turned out for the Iowa Republican caucus.', [['GPE', 'Iowa']]],
  ])('%s', (_, sentence, expected) => {
    expect(typedNames(sentence)).toEqual(expected);
  });
});

describe('entities in US political news: people', () => {
  it('types a name with a middle initial as a person and merges the surname into it', () => {
    const { entities } = extractText('Donald J. Trump signed the order on the tarmac. Trump later left for Florida.');
    const person = entities.find((e) => e.type === 'PERSON');

    expect(person).toMatchObject({ name: 'Donald J. Trump', aliases: ['Trump'] });
    expect(person!.mentions).toHaveLength(2);
  });

  it('merges the name without its middle initial into the name with it', () => {
    const { entities } = extractText('George W. Bush spoke first. George Bush then took questions.');

    expect(entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([['PERSON', 'George W. Bush', 2]]);
  });

  it('splits an occupation opening the sentence off as a title: Activist Cornel West', () => {
    const { entities } = extractText('Activist Cornel West led the march through downtown.');

    expect(entities.map((e) => [e.type, e.name, e.title])).toEqual([['PERSON', 'Cornel West', 'Activist']]);
  });

  it('keeps a surname opening a sentence when the article capitalises it elsewhere', () => {
    const { entities } = extractText('The bill was drafted by Bernie Sanders and two aides. Sanders said it would pass.');

    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['Bernie Sanders', 2]]);
  });
});

describe('entities in US political news: words that are not names', () => {
  it.each<[string, string, unknown]>([
    ['does not take an abbreviated month for a name: Feb. 9', 'The vote was moved to Feb. 9 after a long delay.', []],
    ['keeps a given name spelled like a month: Jan Brewer', 'The businessman was endorsed by Jan Brewer at the rally.', [['PERSON', 'Jan Brewer']]],
    ['does not take a sentence opener the article also writes in lowercase for a name', 'State officials declined to comment. A spokesman said the state would appeal.', []],
    ['does not take a one-word opener with a common word’s ending for a name: Critics say', 'Critics say the plan is far too costly.', []],
    ['does not take a number word for a name: Twenty-four states', 'Twenty-four states joined the lawsuit.', []],
  ])('%s', (_, sentence, expected) => {
    expect(typedNames(sentence)).toEqual(expected);
  });
});

describe('entities in US political news: platforms and outlets', () => {
  it.each<[string, string, unknown]>([
    ['types the big platforms and outlets as organisations', 'The clip spread on Twitter before Politico reported it.', [['ORG', 'Twitter'], ['ORG', 'Politico']]],
    ['types a brand written with an inner capital as an organisation: BuzzFeed', 'The memo was first published by BuzzFeed on Tuesday.', [['ORG', 'BuzzFeed']]],
    ['does not take a surname with a prefix for a brand: McConnell', 'The vote was blocked by McConnell in the spring.', [['OTHER', 'McConnell']]],
  ])('%s', (_, sentence, expected) => {
    expect(typedNames(sentence)).toEqual(expected);
  });
});
