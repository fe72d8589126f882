import type { ArticleFields } from './assemble.js';

/**
 * Plain text: paragraphs are blank-line blocks, or single lines when the
 * text has no blank line (the common export, one paragraph per line).
 */
export function readPlainText(text: string): ArticleFields {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  return { paragraphs: normalised.split(/\n\s*\n/.test(normalised) ? /\n\s*\n/ : '\n') };
}
