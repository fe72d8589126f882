import { describe, expect, it } from 'vitest';
import { parseBrat, rangesText } from '../../bench/eval/brat.js';
import { goldQuotes } from '../../bench/eval/polnear.js';

//            0         1         2         3         4         5         6
//            0123456789012345678901234567890123456789012345678901234567890123
const raw = 'Taxes, the mayor said, "will rise soon." Nothing else happened.';

const ann = [
  'T1\tContent 0 5;23 40\tTaxes "will rise soon."',
  'T2\tSource 7 16\tthe mayor',
  'T3\tCue 17 21\tsaid',
  'T4\tAttribution 17 21\tsaid',
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  '#1\tAnnotatorNotes T1\tdiscontinuous on purpose',
  'T5\tAttribution-no-source 41 48\tNothing',
  'E2\tAttribution-no-source:T5 ',
  'T6\tContent 41 48;49 53\tNothing else',
  'a continuation line of a span text that held a newline',
  'E3\tAttribution-no-source:T5 Content:T6 Content2:T2',
].join('\n');

describe('parseBrat', () => {
  const doc = parseBrat(ann);

  it('reads a discontinuous span as several ranges', () => {
    expect(doc.spans.get('T1')).toEqual({ id: 'T1', kind: 'Content', ranges: [[0, 5], [23, 40]] });
    expect(rangesText(raw, doc.spans.get('T1')!.ranges)).toBe('Taxes "will rise soon."');
  });

  it('ties the roles of an E line to their spans, tolerating missing roles and notes', () => {
    expect(doc.events.map((e) => [e.id, e.type, [...e.roles.keys()]])).toEqual([
      ['E1', 'Attribution', ['Content', 'Cue', 'Source']],
      ['E2', 'Attribution-no-source', []],
      ['E3', 'Attribution-no-source', ['Content']],
    ]);
  });

  it('adds a numbered role (Content2) to the same role', () => {
    expect(doc.events[2]!.roles.get('Content')).toEqual([[41, 48], [49, 53], [7, 16]]);
  });
});

describe('goldQuotes', () => {
  it('cuts content and source from the raw text, skips E lines without content, flags quotation marks', () => {
    const { gold, skipped } = goldQuotes(raw, ann);
    expect(skipped).toBe(1);
    expect(gold[0]).toMatchObject({ text: 'Taxes "will rise soon."', source: 'the mayor', direct: true });
    expect(gold[1]).toMatchObject({ text: 'Nothing else the mayor', source: null, direct: false });
  });
});
