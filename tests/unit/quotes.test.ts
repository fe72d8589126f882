import { describe, expect, it } from 'vitest';
import { extractText } from './extract-helpers.js';

const only = (text: string) => {
  const { quotes } = extractText(text);
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
};

describe('direct quotes', () => {
  it('attributes quote–speaker–cue: “…,” DFA said', () => {
    const quote = only('The Department of Foreign Affairs issued a statement.\n“The Philippines looks forward to enhanced security and defense engagement,” DFA said.');
    expect(quote).toMatchObject({
      kind: 'direct',
      text: 'The Philippines looks forward to enhanced security and defense engagement',
      cue: 'said',
      speaker: { mention: 'DFA', name: 'Department of Foreign Affairs' },
    });
  });

  it('attributes quote–cue–speaker: “…,” said Lorenzana', () => {
    const quote = only('Delfin Lorenzana spoke in Moscow.\n“We are ready to sign the agreement now,” said Lorenzana.');
    expect(quote.speaker).toMatchObject({ mention: 'Lorenzana', name: 'Delfin Lorenzana' });
  });

  it('resolves “he said” to the nearest person mentioned before', () => {
    const quote = only('Sergey Shoygu arrived on Monday. “Our relations have never been better,” he said.');
    expect(quote.speaker).toMatchObject({ mention: 'he', name: 'Sergey Shoygu' });
  });

  it('keeps offsets that locate the quote text in the body', () => {
    const record = extractText('“We will finish the framework agreement soon,” Lorenzana said.');
    const quote = record.quotes[0]!;
    expect(record.body.slice(quote.start, quote.end)).toBe(quote.text);
    expect(record.body.slice(quote.speaker!.start, quote.speaker!.end)).toBe('Lorenzana');
  });

  it('ignores scare quotes of fewer than four words', () => {
    expect(extractText('The so-called “strategic partnership” was announced in Manila.').quotes).toEqual([]);
  });

  it('survives an unbalanced quotation mark without swallowing later paragraphs', () => {
    const record = extractText('He said “this never closes and goes on\n\nA new paragraph starts here. It has no quotes.');
    expect(record.quotes.every((q) => q.paragraph === 0)).toBe(true);
  });
});

describe('mixed quotes', () => {
  it('takes the reported clause and the quoted words: X was quoted saying that … “…”', () => {
    const quote = only('Lorenzana was quoted saying that while the Philippines and Russia have had good relations, “it is only now that we are set to substantiate our relations.”');
    expect(quote).toMatchObject({ kind: 'mixed', cue: 'was quoted saying', speaker: { mention: 'Lorenzana' } });
    expect(quote.text).toMatch(/^while the Philippines .* relations\.”$/);
  });
});

describe('indirect quotes', () => {
  it('finds SPEAKER said that CLAUSE', () => {
    const quote = only('Lorenzana said that the Department of National Defense is ready to finalize a framework agreement.');
    expect(quote).toMatchObject({
      kind: 'indirect',
      cue: 'said',
      text: 'the Department of National Defense is ready to finalize a framework agreement',
      speaker: { mention: 'Lorenzana' },
    });
  });

  it('finds CLAUSE, SPEAKER said', () => {
    const quote = only('Defense Secretary Delfin Lorenzana recently met with his Russian counterpart, the Department of Foreign Affairs said.');
    expect(quote).toMatchObject({
      kind: 'indirect',
      text: 'Defense Secretary Delfin Lorenzana recently met with his Russian counterpart',
      speaker: { mention: 'the Department of Foreign Affairs', name: 'Department of Foreign Affairs' },
    });
  });

  it('finds according to SPEAKER, CLAUSE', () => {
    const quote = only('According to the ministry, the talks will resume in Manila next month.');
    expect(quote).toMatchObject({ kind: 'indirect', cue: 'According to', speaker: { mention: 'the ministry' } });
  });

  it('does not take a time phrase for a speaker', () => {
    expect(extractText('Last year said nothing about the planned sale of rifles to the police.').quotes).toEqual([]);
  });
});
