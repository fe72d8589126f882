import { describe, expect, it } from 'vitest';
import { typedNames } from './extract-helpers.js';

describe('entities: where an organisation name ends', () => {
  it('ends a university before "in" and a place', () => {
    const found = typedNames('She teaches at Rice University in Houston.');

    expect(found).toEqual([['ORG', 'Rice University'], ['GPE', 'Houston']]);
  });

  it('ends a university before "on" and a place', () => {
    const found = typedNames('The debate was held at Hofstra University on Long Island.');

    expect(found).toEqual([['ORG', 'Hofstra University'], ['LOC', 'Long Island']]);
  });

  it('types a name after an organisation and "in" as a place', () => {
    const found = typedNames('He studied at Bluefield Technical College in Marlowe Springs.');

    expect(found).toContainEqual(['GPE', 'Marlowe Springs']);
  });

  it('keeps "on" in a body named for its subject: Council on Foreign Relations', () => {
    const found = typedNames('A fellow at the Council on Foreign Relations wrote the report.');

    expect(found).toEqual([['ORG', 'Council on Foreign Relations']]);
  });

  it('keeps "in" in an embassy named by its host city', () => {
    const found = typedNames('The Kenyan Embassy in Paris issued a statement.');

    expect(found).toContainEqual(['ORG', 'Kenyan Embassy in Paris']);
  });
});

describe('entities: laws, groups and nicknames are not people', () => {
  it('types a law as OTHER: Affordable Care Act', () => {
    const found = typedNames('Republicans voted again to repeal the Affordable Care Act.');

    expect(found).toContainEqual(['OTHER', 'Affordable Care Act']);
  });

  it('keeps a person whose surname is a law word: Nathan Deal', () => {
    const found = typedNames('Georgia Gov. Nathan Deal vetoed the measure.');

    expect(found).toContainEqual(['PERSON', 'Nathan Deal']);
  });

  it('types a group of people by origin as OTHER: African Americans', () => {
    const found = typedNames('Support among African Americans has grown.');

    expect(found).toEqual([['OTHER', 'African Americans']]);
  });

  it('types a group of party members as OTHER: Log Cabin Republicans', () => {
    const found = typedNames('The Log Cabin Republicans endorsed no one.');

    expect(found).toEqual([['OTHER', 'Log Cabin Republicans']]);
  });

  it('types a nickname in quotation marks as OTHER: “Big Daddy”', () => {
    const found = typedNames('Fans at the arena chanted for “Big Daddy” all night.');

    expect(found).toContainEqual(['OTHER', 'Big Daddy']);
  });

  it('ends a headline subject before its reporting verb: Dennis Ross Says', () => {
    const found = typedNames('Dennis Ross Says he will not run again.');

    expect(found).toEqual([['PERSON', 'Dennis Ross']]);
  });
});

describe('entities: places and state bodies', () => {
  it('types a dateline city with only a dash as GPE: MIAMI —', () => {
    const found = typedNames('MIAMI — The candidates met for a debate.');

    expect(found).toContainEqual(['GPE', 'MIAMI']);
  });

  it('does not take a label with an attached dash for a dateline: PSA—', () => {
    const found = typedNames('PSA—Museums are free this week.');

    expect(found).not.toContainEqual(['GPE', 'PSA']);
  });

  it('types the Oval Office as a location', () => {
    const found = typedNames('The president spoke from the Oval Office.');

    expect(found).toEqual([['LOC', 'Oval Office']]);
  });

  it('does not make a nationality and a security guard an organisation', () => {
    const found = typedNames('A Chinese security guard stopped the reporter.');

    expect(found).not.toContainEqual(['ORG', 'Chinese security guard']);
  });

  it('keeps a country and its foreign ministry as an organisation', () => {
    const found = typedNames('The Chinese foreign ministry protested.');

    expect(found).toContainEqual(['ORG', 'Chinese foreign ministry']);
  });
});
