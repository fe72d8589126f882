import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../shared/extract/event-types.js';
import { verbForms } from '../../shared/extract/inflect.js';
import { findTriggers } from '../../shared/extract/events-triggers.js';
import { tokenize } from '../../shared/extract/tokens.js';

/** The type of the first trigger in a phrase of running text. */
function firstType(phrase: string): string | undefined {
  const tokens = tokenize(phrase, { start: 0, end: phrase.length });
  return findTriggers(tokens, { headline: false, titleCase: false })[0]?.definition.type;
}

describe('the event taxonomy', () => {
  it('triggers each type on every example it documents', () => {
    const wrong = EVENT_TYPES.flatMap((t) => t.examples.filter((example) => firstType(example) !== t.type).map((example) => `${t.type}: ${example} → ${firstType(example)}`));
    expect(wrong).toEqual([]);
  });

  it('gives every type a description and at least one example', () => {
    expect(EVENT_TYPES.filter((t) => !t.description || t.examples.length === 0).map((t) => t.type)).toEqual([]);
  });
});

describe('verb forms', () => {
  it('inflects regular, doubling and irregular verbs', () => {
    expect([verbForms('stop'), verbForms('rally'), verbForms('meet')]).toEqual([
      ['stop', 'stops', 'stopped', 'stopping'],
      ['rally', 'rallies', 'rallied', 'rallying'],
      ['meet', 'meets', 'met', 'meeting'],
    ]);
  });
});
