import type { ArticleFields } from './assemble.js';

/**
 * Plain text: paragraphs are blank-line blocks, or single lines when the
 * text has no blank line (the common export, one paragraph per line).
 *
 * Within a blank-line block a line that ends a sentence ends its paragraph
 * too: many exports put the headline, a blank line, then one paragraph per
 * line ("…,” he said.\nSexton described …"), and reading that body as one
 * paragraph would let a quote borrow the next paragraph's speaker. A line
 * that stops mid-sentence is hard-wrapped and runs on into the next
 * ("The council met on Monday\nand approved the budget.").
 */
export function readPlainText(text: string): ArticleFields {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (!/\n\s*\n/.test(normalised)) return { paragraphs: normalised.split('\n') };
  return { paragraphs: normalised.split(/\n\s*\n/).flatMap((block) => block.split(SENTENCE_END_LINE)) };
}

/** A line break after the end of a sentence: a full stop, question or exclamation mark or colon, with any closing marks. */
const SENTENCE_END_LINE = /(?<=[.!?:…]["”’')\]]*)[ \t\u00a0]*\n/u;
