import { describe, expect, it } from 'vitest';
import { extractText, typedNames } from './extract-helpers.js';

describe('entities in US political news: places', () => {
  it('types US states as GPE', () => {
    const names = typedNames('The governor of Iowa flew to Ohio for the rally.');

    expect(names).toEqual([['GPE', 'Iowa'], ['GPE', 'Ohio']]);
  });

  it('keeps "New" in a place name: New Hampshire', () => {
    const names = typedNames('Rubio campaigned across New Hampshire on the eve of the vote.');

    expect(names).toContainEqual(['GPE', 'New Hampshire']);
    expect(names).not.toContainEqual(['OTHER', 'Hampshire']);
  });

  it('keeps "New" at the start of an organisation named after a place: New York Times', () => {
    const names = typedNames('The New York Times endorsed the senator.');

    expect(names).toEqual([['ORG', 'New York Times']]);
  });

  it('types a city followed by its state as GPE: Burlington, Vermont', () => {
    const names = typedNames('Supporters packed a hall in Burlington, Vermont, on Friday night.');

    expect(names).toEqual([['GPE', 'Burlington'], ['GPE', 'Vermont']]);
  });

  it('types the city of an agency dateline as GPE', () => {
    const names = typedNames('DALLAS (AP) — The campaign is moving staff to Iowa.');

    expect(names).toContainEqual(['GPE', 'DALLAS']);
  });

  it('ends a place name before a day of the week: won New Hampshire Tuesday', () => {
    const names = typedNames('The senator won New Hampshire Tuesday by a wide margin.');

    expect(names).toEqual([['GPE', 'New Hampshire']]);
  });
});

describe('entities in US political news: party words', () => {
  it('makes a party word before a name the person’s title: Republican Donald Trump', () => {
    const { entities } = extractText('Republican Donald Trump won the primary. Trump thanked his supporters.');

    expect(entities.map((e) => [e.type, e.name, e.title, e.mentions.length])).toEqual([['PERSON', 'Donald Trump', 'Republican', 2]]);
  });

  it('does not make a party adjective before a lowercase noun an entity', () => {
    const names = typedNames('The Republican nominee met Democratic party leaders in private.');

    expect(names).toEqual([]);
  });

  it('keeps a party’s members as a group entity: Democrats said', () => {
    const names = typedNames('Democrats said the bill would fail in committee.');

    expect(names).toEqual([['OTHER', 'Democrats']]);
  });

  it('drops a party adjective after a place: the Iowa Republican caucus', () => {
    const names = typedNames('A record crowd turned out for the Iowa Republican caucus.');

    expect(names).toEqual([['GPE', 'Iowa']]);
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
  it('does not take an abbreviated month for a name: Feb. 9', () => {
    const names = typedNames('The vote was moved to Feb. 9 after a long delay.');

    expect(names).toEqual([]);
  });

  it('keeps a given name spelled like a month: Jan Brewer', () => {
    const names = typedNames('The businessman was endorsed by Jan Brewer at the rally.');

    expect(names).toEqual([['PERSON', 'Jan Brewer']]);
  });

  it('does not take a sentence opener the article also writes in lowercase for a name', () => {
    const names = typedNames('State officials declined to comment. A spokesman said the state would appeal.');

    expect(names).toEqual([]);
  });

  it('does not take a one-word opener with a common word’s ending for a name: Critics say', () => {
    const names = typedNames('Critics say the plan is far too costly.');

    expect(names).toEqual([]);
  });

  it('does not take a number word for a name: Twenty-four states', () => {
    const names = typedNames('Twenty-four states joined the lawsuit.');

    expect(names).toEqual([]);
  });
});

describe('entities in US political news: platforms and outlets', () => {
  it('types the big platforms and outlets as organisations', () => {
    const names = typedNames('The clip spread on Twitter before Politico reported it.');

    expect(names).toEqual([['ORG', 'Twitter'], ['ORG', 'Politico']]);
  });

  it('types a brand written with an inner capital as an organisation: BuzzFeed', () => {
    const names = typedNames('The memo was first published by BuzzFeed on Tuesday.');

    expect(names).toEqual([['ORG', 'BuzzFeed']]);
  });

  it('does not take a surname with a prefix for a brand: McConnell', () => {
    const names = typedNames('The vote was blocked by McConnell in the spring.');

    expect(names).toEqual([['OTHER', 'McConnell']]);
  });
});
