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
});
