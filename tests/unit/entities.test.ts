import { describe, expect, it } from 'vitest';
import { extractText } from './extract-helpers.js';

const entityNamed = (text: string, name: string) => extractText(text).entities.find((e) => e.name === name);

describe('entities', () => {
  it('splits a title from a person and merges later surname mentions', () => {
    const entity = entityNamed('Defense Secretary Delfin Lorenzana flew in. Secretary Lorenzana then met reporters. Lorenzana left.', 'Delfin Lorenzana');
    expect(entity).toMatchObject({ type: 'PERSON', title: 'Defense Secretary' });
    expect(entity!.aliases).toEqual(expect.arrayContaining(['Lorenzana', 'Defense Secretary Delfin Lorenzana']));
    expect(entity!.mentions).toHaveLength(3);
  });

  it('links an acronym to the organisation it abbreviates', () => {
    const entity = entityNamed('The Department of Foreign Affairs issued a statement. DFA said more would follow.', 'Department of Foreign Affairs');
    expect(entity).toMatchObject({ type: 'ORG', aliases: ['DFA'] });
  });

  it('keeps an event name with its connector: Moscow Conference on International Security', () => {
    const entity = entityNamed('They met at the Moscow Conference on International Security last week.', 'Moscow Conference on International Security');
    expect(entity?.type).toBe('EVENT_NAME');
  });

  it('recognises countries and capital cities as GPE', () => {
    const { entities } = extractText('Duterte may go to Russia or China. He later visited Manila.');
    expect(entities.filter((e) => e.type === 'GPE').map((e) => e.name)).toEqual(['Russia', 'China', 'Manila']);
  });

  it('does not take sentence openers for names', () => {
    const { entities } = extractText('However, the talks went on. Last year the sale stopped.');
    expect(entities.map((e) => e.name)).toEqual([]);
  });

  it('ends a name at a possessive: Russia’s largest arms manufacturer', () => {
    const { entities } = extractText('Russia’s largest arms manufacturer held a briefing.');
    expect(entities.map((e) => e.name)).toEqual(['Russia']);
  });

  it('links a nationality adjective to its country without making it a name of the country', () => {
    const { entities, body } = extractText('The minister met his Russian counterpart. Russia welcomed the talks.');
    const russia = entities.find((e) => e.name === 'Russia');

    expect(russia?.type).toBe('GPE');
    expect(russia!.mentions.map((m) => body.slice(m.start, m.end))).toEqual(['Russian', 'Russia']);
    expect(russia!.aliases).toEqual([]);
  });

  it('links the plural of a nationality to its country: Filipinos', () => {
    const { entities } = extractText('Many Filipinos welcomed the ship in Manila.');
    expect(entities.map((e) => [e.type, e.name])).toEqual([['GPE', 'Philippines'], ['GPE', 'Manila']]);
  });

  it('gives a country its common name and keeps the written forms as aliases', () => {
    const { entities } = extractText('The Russian Federation sent a frigate. Russia said the visit was routine.');
    expect(entities.find((e) => e.type === 'GPE')).toMatchObject({ name: 'Russia', aliases: ['Russian Federation'] });
  });

  it('reads "US" in capitals as the United States, not the pronoun', () => {
    const { entities } = extractText('Officials said US troops would stay.');
    expect(entities.map((e) => [e.type, e.name])).toEqual([['GPE', 'United States']]);
  });

  it('makes a country and a lowercase state body one organisation: the US state department', () => {
    const { entities } = extractText('Last year the US state department stopped the sale.');
    expect(entities.map((e) => [e.type, e.name])).toEqual([['ORG', 'US state department']]);
  });

  it('types a named building or venue as a location', () => {
    const { entities } = extractText('A crowd gathered outside Trump Tower on Wednesday.');
    expect(entities.map((e) => [e.type, e.name])).toEqual([['LOC', 'Trump Tower']]);
  });

  it('adds the country of a nationality adjective in a title: Russian President Vladimir Putin', () => {
    const { entities } = extractText('Russian President Vladimir Putin arrived late.');
    expect(entities.map((e) => [e.type, e.name, e.title])).toEqual([['GPE', 'Russia', undefined], ['PERSON', 'Vladimir Putin', 'Russian President']]);
  });
});
