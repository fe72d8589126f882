import { describe, expect, it } from 'vitest';
import { typedNames } from './extract-helpers.js';

describe('entities: where an organisation name ends', () => {
  it.each<[string, string, unknown]>([
    ['ends a university before "in" and a place', 'She teaches at Rice University in Houston.', [['ORG', 'Rice University'], ['GPE', 'Houston']]],
    ['ends a university before "on" and a place', 'The debate was held at Hofstra University on Long Island.', [['ORG', 'Hofstra University'], ['LOC', 'Long Island']]],
    ['keeps "on" in a body named for its subject: Council on Foreign Relations', 'A fellow at the Council on Foreign Relations wrote the report.', [['ORG', 'Council on Foreign Relations']]],
  ])('%s', (_, sentence, expected) => {
    expect(typedNames(sentence)).toEqual(expected);
  });

  it.each<[string, string, unknown]>([
    ['types a name after an organisation and "in" as a place', 'He studied at Bluefield Technical College in Marlowe Springs.', ['GPE', 'Marlowe Springs']],
    ['keeps "in" in an embassy named by its host city', 'The Kenyan Embassy in Paris issued a statement.', ['ORG', 'Kenyan Embassy in Paris']],
  ])('%s', (_, sentence, expected) => {
    expect(typedNames(sentence)).toContainEqual(expected);
  });
});

describe('entities: laws, groups and nicknames are not people', () => {
  it.each<[string, string, unknown]>([
    ['types a law as OTHER: Affordable Care Act', 'Republicans voted again to repeal the Affordable Care Act.', ['OTHER', 'Affordable Care Act']],
    ['keeps a person whose surname is a law word: Nathan Deal', 'Georgia Gov. Nathan Deal vetoed the measure.', ['PERSON', 'Nathan Deal']],
    ['types a nickname in quotation marks as OTHER: “Big Daddy”', 'Fans at the arena chanted for “Big Daddy” all night.', ['OTHER', 'Big Daddy']],
  ])('%s', (_, sentence, expected) => {
    expect(typedNames(sentence)).toContainEqual(expected);
  });

  it.each<[string, string, unknown]>([
    ['types a group of people by origin as OTHER: African Americans', 'Support among African Americans has grown.', [['OTHER', 'African Americans']]],
    ['types a group of party members as OTHER: Log Cabin Republicans', 'The Log Cabin Republicans endorsed no one.', [['OTHER', 'Log Cabin Republicans']]],
    ['ends a headline subject before its reporting verb: Dennis Ross Says', 'Dennis Ross Says he will not run again.', [['PERSON', 'Dennis Ross']]],
  ])('%s', (_, sentence, expected) => {
    expect(typedNames(sentence)).toEqual(expected);
  });
});

describe('entities: places and state bodies', () => {
  it.each<[string, string, unknown]>([
    ['types a dateline city with only a dash as GPE: MIAMI —', 'MIAMI — The candidates met for a debate.', ['GPE', 'MIAMI']],
    ['keeps a country and its foreign ministry as an organisation', 'The Chinese foreign ministry protested.', ['ORG', 'Chinese foreign ministry']],
  ])('%s', (_, sentence, expected) => {
    expect(typedNames(sentence)).toContainEqual(expected);
  });

  it.each<[string, string, unknown]>([
    ['does not take a label with an attached dash for a dateline: PSA—', 'PSA—Museums are free this week.', ['GPE', 'PSA']],
    ['does not make a nationality and a security guard an organisation', 'A Chinese security guard stopped the reporter.', ['ORG', 'Chinese security guard']],
  ])('%s', (_, sentence, expected) => {
    expect(typedNames(sentence)).not.toContainEqual(expected);
  });

  it('types the Oval Office as a location', () => {
    const found = typedNames('The president spoke from the Oval Office.');

    expect(found).toEqual([['LOC', 'Oval Office']]);
  });
});
