/**
 * Byte-level data the page decoder relies on: which WHATWG encodings Node's TextDecoder gets
 * wrong, and the signatures that mark a payload as something other than text.
 *
 * Checked on Node 20.20 (full ICU) against iconv-lite 0.7.3, decoding all 256 byte values of
 * every single-byte WHATWG encoding (2026-11-25). The tests re-check each claim below.
 */

/**
 * WHATWG encoding names (as `labelToName` spells them) that are decoded with iconv-lite instead of
 * TextDecoder, mapped to iconv-lite's codec name. Every other WHATWG encoding goes to TextDecoder,
 * which follows the WHATWG indexes (undefined bytes become C1 controls, where iconv-lite gives
 * U+FFFD), so do not add an encoding here unless TextDecoder is measurably wrong for it.
 */
export const ICONV_CODECS: ReadonlyMap<string, string> = new Map([
  // TextDecoder maps 0x80–0x9F to C1 controls, as latin1 would: „ “ – € … vanish.
  ['windows-1252', 'windows-1252'],
  // TextDecoder throws a RangeError: this ICU build lacks the table.
  ['ISO-8859-16', 'iso-8859-16'],
  // TextDecoder swaps the ASCII bytes 0x1A, 0x1C and 0x7F (ICU's IBM control-code mapping).
  ['IBM866', 'cp866'],
]);

/**
 * WHATWG encodings a declaration may name but that we never decode with. `replacement` (the
 * labels iso-2022-kr, hz-gb-2312 and the like) turns a whole page into one U+FFFD; browsers keep
 * it to stop script injection, we would rather guess. `x-user-defined` maps high bytes into the
 * Private Use Area, which is no text either. Such a declaration is ignored, as if absent.
 */
export const IGNORED_ENCODINGS: ReadonlySet<string> = new Set(['replacement', 'x-user-defined']);

/** A byte pattern that opens a known non-text format; `null` matches any byte. */
export interface Signature {
  /** The format, for error messages. */
  id: string;
  /** Where the pattern starts. */
  offset: number;
  bytes: readonly (number | null)[];
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/**
 * Magic numbers of formats a crawler meets in place of a page: documents, images, archives,
 * fonts, media and executables. Only patterns that no HTML or plain-text page can start with;
 * BMP's "BM" is left out for that reason ("BMW said…").
 */
export const BINARY_SIGNATURES: readonly Signature[] = [
  { id: 'pdf', offset: 0, bytes: ascii('%PDF-') },
  { id: 'png', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { id: 'jpeg', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { id: 'gif', offset: 0, bytes: ascii('GIF8') },
  { id: 'webp', offset: 0, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { id: 'tiff-le', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { id: 'tiff-be', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { id: 'ico', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { id: 'zip', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { id: 'zip-empty', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { id: 'gzip', offset: 0, bytes: [0x1f, 0x8b] },
  { id: 'bzip2', offset: 0, bytes: ascii('BZh') },
  { id: 'xz', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { id: '7z', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { id: 'zstd', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { id: 'rar', offset: 0, bytes: ascii('Rar!') },
  { id: 'woff', offset: 0, bytes: ascii('wOFF') },
  { id: 'woff2', offset: 0, bytes: ascii('wOF2') },
  { id: 'ogg', offset: 0, bytes: ascii('OggS') },
  { id: 'mp3-id3', offset: 0, bytes: ascii('ID3') },
  { id: 'mp4', offset: 4, bytes: ascii('ftyp') },
  { id: 'elf', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { id: 'wasm', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { id: 'ole2', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];
