import { gunzipSync } from 'node:zlib';
import { ArticleError } from '../contracts.js';
import { binaryFormatOf, isGzip } from './binary-signatures.js';
import { formatBytes, type ArticleLimits } from './limits.js';

/**
 * Raw object bytes → the article's text. Rejects, with a code and a reason:
 * TOO_LARGE, EMPTY, DECOMPRESSED_TOO_LARGE / BAD_COMPRESSION (gzip),
 * UNSUPPORTED_CONTENT (a known binary format, or bytes that decode to
 * control characters) and BAD_ENCODING.
 *
 * gzip is recognised by its magic bytes, whatever Content-Encoding says: a
 * gzip stream always starts with them, and a body a proxy already
 * decompressed must not be decompressed again.
 */
export function decodeArticleBytes(
  bytes: Uint8Array,
  contentType: string | undefined,
  limits: Pick<ArticleLimits, 'maxRawBytes' | 'maxDecompressedBytes'>,
): string {
  if (bytes.byteLength > limits.maxRawBytes) throw tooLarge(bytes.byteLength, limits.maxRawBytes);
  const data = isGzip(bytes) ? gunzip(bytes, limits.maxDecompressedBytes) : bytes;
  if (data.byteLength === 0) throw empty();
  const binary = binaryFormatOf(data);
  if (binary) throw new ArticleError('UNSUPPORTED_CONTENT', `The file is ${binary}, not article text.`);
  const { text, guessed } = decodeText(data, charsetOf(contentType));
  if (looksBinary(text)) {
    throw new ArticleError('UNSUPPORTED_CONTENT', 'The file is binary (it holds NUL or control bytes), not article text.');
  }
  // Nearly every byte sequence decodes as Windows-1252: a guess is kept only when the text is mostly
  // ASCII, as English in Windows-1252 is, and uses none of its five undefined bytes (decoded as C1
  // controls). Otherwise it is an encoding this parser does not read (Shift-JIS, UTF-16 without BOM…).
  if (guessed && (!mostlyAscii(text) || /[\x80-\x9f]/.test(text))) {
    throw new ArticleError('BAD_ENCODING', 'The file is neither UTF-8 (with or without BOM), UTF-16 with BOM nor Windows-1252 text.');
  }
  if (!/\S/.test(text)) throw empty();
  return text;
}

const empty = (): ArticleError => new ArticleError('EMPTY', 'The article is empty.');

/** The rejection of a file above the raw size limit (also for one too large to be downloaded at all). */
export function tooLarge(size: number, limit: number): ArticleError {
  return new ArticleError('TOO_LARGE', `The file is ${formatBytes(size)}; the limit is ${formatBytes(limit)}.`);
}

function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ArticleError(
        'DECOMPRESSED_TOO_LARGE',
        `The gzip file expands beyond ${formatBytes(maxBytes)} (the limit), so it was not decompressed: it may be a decompression bomb.`,
      );
    }
    throw new ArticleError('BAD_COMPRESSION', `The gzip data is corrupt or cut short (${(error as Error).message}).`);
  }
}

function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

/**
 * Which encoding, in order: a byte-order mark (UTF-8, UTF-16 LE/BE); valid
 * UTF-8; a charset declared in Content-Type; else, `guessed`, Windows-1252:
 * the usual encoding of "ANSI" exports, whose curly quotes and dashes sit in
 * bytes 0x80–0x9F. A character cut off at the very end (a truncated upload)
 * is dropped.
 */
function decodeText(bytes: Uint8Array, declared: string | undefined): { text: string; guessed: boolean } {
  const bom = byteOrderMark(bytes);
  if (bom) {
    const text = strictDecode(bom.encoding, bytes.subarray(bom.length), `${bom.encoding.toUpperCase()} (it starts with its byte-order mark)`);
    return { text, guessed: false };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }), guessed: false };
  } catch {
    // not UTF-8: try what the uploader declared, then Windows-1252
  }
  const encoding = declared ? encodingOf(declared) : undefined;
  if (encoding === null) {
    throw new ArticleError('BAD_ENCODING', `The file is not UTF-8, and the charset "${declared}" its Content-Type names is not one this parser reads.`);
  }
  if (encoding && encoding !== 'utf-8' && encoding !== 'windows-1252') {
    return { text: strictDecode(encoding, bytes, `${declared} (its Content-Type charset)`), guessed: false };
  }
  return { text: decodeWindows1252(bytes), guessed: encoding !== 'windows-1252' };
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function strictDecode(encoding: string, bytes: Uint8Array, described: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
  } catch {
    throw new ArticleError('BAD_ENCODING', `The file claims to be ${described} but is not valid in that encoding.`);
  }
}

/** The WHATWG name of a charset label ("latin1" → "windows-1252"), or null for one TextDecoder does not know. */
function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Windows-1252 is Latin-1 with 0x80–0x9F remapped to printable characters.
 * Decoded by hand: Node 20.18.3 and later decode that range as Latin-1's C1
 * controls, losing every curly quote and dash (nodejs/node#60888).
 */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function mostlyAscii(text: string): boolean {
  let other = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) other++;
  return other * 4 <= text.length;
}

/**
 * NUL anywhere, or more than one control character (other than tab, line
 * and page breaks) in a hundred: what binary data looks like once decoded.
 */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const controls = text.match(/[\x01-\x08\x0e-\x1f\x7f]/g)?.length ?? 0;
  return controls > 0 && controls * 100 > text.length;
}
