/**
 * File signatures ("magic bytes") of formats people drop by mistake, so a
 * rejection can say what the file is. `null` in a pattern matches any byte.
 */
interface Signature {
  what: string;
  offset?: number;
  bytes: (number | null)[];
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { what: 'a PDF document', bytes: ascii('%PDF-') },
  { what: 'a PNG image', bytes: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a] },
  { what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', bytes: ascii('GIF87a') },
  { what: 'a GIF image', bytes: ascii('GIF89a') },
  { what: 'a WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { what: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { what: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { what: 'a ZIP archive (Word, Excel and EPUB files are ZIP archives too)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'a ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { what: 'a legacy Microsoft Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { what: 'an RTF document', bytes: ascii('{\\rtf') },
  { what: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'a RAR archive', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { what: 'a bzip2 archive', bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { what: 'an xz archive', bytes: [0xfd, ...ascii('7zXZ'), 0x00] },
  { what: 'a Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { what: 'gzip data compressed twice', bytes: [0x1f, 0x8b] },
  { what: 'an ELF executable', bytes: [0x7f, ...ascii('ELF')] },
  { what: 'a Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { what: 'a Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { what: 'a Java class or Mach-O universal binary', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { what: 'a WebAssembly module', bytes: [0x00, ...ascii('asm')] },
  { what: 'an SQLite database', bytes: [...ascii('SQLite format 3'), 0x00] },
  { what: 'an MP4 or QuickTime video', offset: 4, bytes: ascii('ftyp') },
  { what: 'an MP3 audio file', bytes: [...ascii('ID3'), null, 0x00] },
  { what: 'an Ogg media file', bytes: [...ascii('OggS'), 0x00] },
  { what: 'a FLAC audio file', bytes: [...ascii('fLaC'), 0x00] },
];

/** "MZ" starts Windows executables, but also words: only a header with NUL bytes counts. */
function isWindowsExecutable(bytes: Uint8Array): boolean {
  return bytes[0] === 0x4d && bytes[1] === 0x5a && bytes.subarray(2, 64).includes(0);
}

/** What binary format `bytes` is in ("a PNG image"), or null when no signature matches. */
export function binaryFormatOf(bytes: Uint8Array): string | null {
  if (isWindowsExecutable(bytes)) return 'a Windows executable';
  for (const { what, offset = 0, bytes: pattern } of SIGNATURES) {
    if (bytes.length >= offset + pattern.length && pattern.every((b, i) => b === null || bytes[offset + i] === b)) return what;
  }
  return null;
}

export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;
