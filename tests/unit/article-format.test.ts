import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../shared/article/format.js';

describe('detectFormat', () => {
  it('lets a Content-Type that names a format decide', () => {
    expect(detectFormat('Plain words.', 'story.txt', 'application/x-ndjson')).toBe('jsonl');
  });

  it('goes by the extension when Content-Type is text/plain or octet-stream, which tools send for anything', () => {
    expect(detectFormat('Plain words.', 'story.md', 'text/plain; charset=utf-8')).toBe('markdown');
    expect(detectFormat('Plain words.', 'story.html', 'application/octet-stream')).toBe('html');
  });

  it('sets a trailing .gz aside', () => {
    expect(detectFormat('{}', 'feed.jsonl.gz', undefined)).toBe('jsonl');
  });

  it.each([
    ['<!DOCTYPE html><p>Words.</p>', 'html'],
    ['<!-- saved page -->\n<html lang="en">', 'html'],
    ['  {"body": "Words."}', 'json'],
    ['---\ntitle: Ferry\n---\nWords.', 'markdown'],
    ['Ferry fares rise\nWords.', 'text'],
  ])('recognises %j by its content when nothing else says', (content, format) => {
    expect(detectFormat(content, 'incoming/upload-17', undefined)).toBe(format);
  });

  it('does not mistake an inherited property name for an extension', () => {
    expect(detectFormat('Words.', 'notes.constructor', undefined)).toBe('text');
  });
});
