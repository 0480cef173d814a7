import { isAscii, isUtf8 } from 'node:buffer';
import { analyse } from 'chardet';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import iconv from 'iconv-lite';
import { BINARY_SIGNATURES, ICONV_CODECS, IGNORED_ENCODINGS, type Signature } from './charsets.js';

/** A page as text, with the encoding that decoded it and where that encoding came from. */
export interface DecodedPage {
  /** The page's text, without a byte order mark. */
  html: string;
  /** The WHATWG encoding name (`UTF-8`, `windows-1252`, `Shift_JIS`, …); `UTF-8` for strings. */
  encoding: string;
  /**
   * Why that encoding: a byte order mark, the HTTP Content-Type charset, the page's own
   * `<meta>` or XML declaration, statistical detection, the fallback, or a string given as text.
   */
  source: 'bom' | 'transport' | 'meta' | 'detected' | 'default' | 'string';
}

type Source = DecodedPage['source'];

/**
 * How far to look for `<meta charset>`. WHATWG says 1024 bytes; pages that put the tag after a
 * long `<head>` preamble are common enough that we read further, stopping at the first find.
 */
const META_SCAN_BYTES = 8192;
const META_SCAN_CHUNK = 1024;
/**
 * Bytes of text handed to chardet, which costs about 1 µs a byte (more as samples grow; 512 bytes
 * already gave the same guesses on the test pages), and how far into the page
 * (from its first non-ASCII byte) to look for them.
 */
const DETECTION_SAMPLE_BYTES = 4096;
const DETECTION_SCAN_BYTES = 256 * 1024;
/**
 * chardet guesses below this confidence (0–100) fall through to windows-1252. On the test pages right
 * guesses scored 34–100 and wrong runners-up at most 37 (behind a right one), short snippets under 30.
 */
const MIN_DETECTION_CONFIDENCE = 30;
/**
 * A page whose UTF-8 decoding has at least this many good non-ASCII characters per U+FFFD is UTF-8
 * with a few stray bytes, not a legacy encoding. Legacy text forms valid UTF-8 only by accident:
 * on the test paragraphs 0 per U+FFFD for Cyrillic, 0.1–0.4 for CJK (EUC-JP the highest).
 */
const MOSTLY_UTF8_RATIO = 4;
/** How much of the page `looksBinary` reads, and the share of control bytes it tolerates there. */
const BINARY_SAMPLE_BYTES = 8192;
const MAX_NUL_RATIO = 0.005;
const MAX_CONTROL_RATIO = 0.05;

const ESC = 0x1b;
const utf8Decoder = new TextDecoder('utf-8');

/**
 * Turns a page into text. Strings pass through (less a leading U+FEFF). Bytes are decoded by the
 * first of: byte order mark, the charset in `contentType`, a `<meta>` charset in the first 8 KB,
 * UTF-8 when the bytes are valid UTF-8, chardet's confident guess, and windows-1252.
 */
export function decodePage(input: string | Uint8Array, contentType?: string): DecodedPage {
  if (typeof input === 'string') {
    const html = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return { html, encoding: 'UTF-8', source: 'string' };
  }
  const { encoding, source } = declaredEncoding(input, contentType) ?? detectEncoding(input);
  return { html: decodeBytes(input, encoding), encoding, source };
}

/** Decodes bytes with a WHATWG encoding name, routing the ones TextDecoder gets wrong to iconv-lite. */
export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'UTF-8') return utf8Decoder.decode(bytes);
  const codec = ICONV_CODECS.get(encoding);
  if (codec) return iconv.decode(bytes, codec);
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch (error) {
    // A Node built with small ICU lacks the legacy tables; iconv-lite knows most of them by name.
    if (iconv.encodingExists(encoding)) return iconv.decode(bytes, encoding);
    throw error;
  }
}

/**
 * Maps a charset label (`latin1`, `utf8`, `x-sjis`, `cp1251`, …) to its WHATWG encoding name,
 * or `null` for a label the Encoding standard does not know or one we never decode with.
 */
export function encodingForLabel(label: string): string | null {
  // A sniffer given only a transport label and no bytes is the library's label lookup.
  const sniffer = new Sniffer({ transportLayerEncodingLabel: label, maxBytes: 0 });
  if (sniffer.resultType !== ResultType.PASSED) return null;
  return IGNORED_ENCODINGS.has(sniffer.encoding) ? null : sniffer.encoding;
}

/** The `charset` parameter of a Content-Type header value, if it has one. */
export function charsetFromContentType(contentType: string): string | null {
  const match = /(?:^|;)\s*charset\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

interface Choice {
  encoding: string;
  source: Source;
}

/** The encoding the page or its transport declares: BOM, then Content-Type, then `<meta>`. */
function declaredEncoding(bytes: Uint8Array, contentType: string | undefined): Choice | null {
  const label = contentType ? charsetFromContentType(contentType) : null;
  const transport = label ? encodingForLabel(label) : null;
  const sniffer = new Sniffer({
    maxBytes: META_SCAN_BYTES,
    ...(transport ? { transportLayerEncodingLabel: transport } : {}),
  });
  // With a transport charset only a BOM can overrule it, so three bytes are enough to read.
  sniffer.write(bytes.subarray(0, 3));
  for (let at = 3; at < bytes.length && sniffer.resultType === ResultType.DEFAULT; at += META_SCAN_CHUNK) {
    sniffer.write(bytes.subarray(at, at + META_SCAN_CHUNK));
  }
  const source = sourceOf(sniffer.resultType);
  if (!source || IGNORED_ENCODINGS.has(sniffer.encoding)) return null;
  return { encoding: sniffer.encoding, source };
}

function sourceOf(result: ResultType): Source | null {
  switch (result) {
    case ResultType.BOM:
      return 'bom';
    case ResultType.PASSED:
      return 'transport';
    case ResultType.DEFAULT:
      return null;
    default:
      // <meta charset>, <meta http-equiv>, and the XML declaration (or its UTF-16 prefix).
      return 'meta';
  }
}

/** No declaration: valid UTF-8 wins, then mostly-UTF-8, then chardet, then windows-1252. */
function detectEncoding(bytes: Uint8Array): Choice {
  // Pure ASCII reads the same in every candidate, except ISO-2022-JP: 7-bit text with ESC
  // sequences. Legacy 8-bit text is almost never valid UTF-8.
  const sevenBit = isAscii(bytes);
  if (sevenBit && !bytes.includes(ESC)) return { encoding: 'UTF-8', source: 'default' };
  if (!sevenBit && isUtf8(bytes)) return { encoding: 'UTF-8', source: 'detected' };
  const sample = detectionSample(bytes, !sevenBit);
  if (isMostlyUtf8(sample)) return { encoding: 'UTF-8', source: 'detected' };
  const guess = chardetGuess(sample);
  return guess ? { encoding: guess, source: 'detected' } : { encoding: 'windows-1252', source: 'default' };
}

/**
 * The text chardet should judge: from the first non-ASCII (or ESC) byte on, with markup left out (tag
 * names and attributes are ASCII and dilute its statistics), up to DETECTION_SAMPLE_BYTES.
 * `<` and `>` are never trail bytes in Shift_JIS, EUC-*, GB18030 or Big5, so cutting at them is
 * safe there; in 7-bit ISO-2022-JP they are, so its sample keeps the markup.
 */
function detectionSample(bytes: Uint8Array, stripTags: boolean): Uint8Array {
  let at = 0;
  while (at < bytes.length && bytes[at]! < 0x80 && bytes[at] !== ESC) at++;
  const end = Math.min(bytes.length, at + DETECTION_SCAN_BYTES);
  const sample = new Uint8Array(Math.min(end - at, DETECTION_SAMPLE_BYTES));
  let size = 0;
  let inTag = false;
  for (; at < end && size < sample.length; at++) {
    const byte = bytes[at]!;
    if (!stripTags) sample[size++] = byte;
    else if (byte === 0x3c) inTag = true;
    else if (byte === 0x3e && inTag) inTag = false;
    else if (!inTag) sample[size++] = byte;
  }
  return sample.subarray(0, size);
}

/** UTF-8 with a few stray bytes (a pasted windows-1252 quote), which chardet scores too low. */
function isMostlyUtf8(sample: Uint8Array): boolean {
  // The sample may end inside a character; streaming mode holds that tail back instead of failing it.
  const text = new TextDecoder('utf-8').decode(sample, { stream: true });
  let good = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) bad++;
    else if (code >= 0x80) good++;
  }
  return good >= MOSTLY_UTF8_RATIO * Math.max(bad, 1);
}

/** chardet's most confident guess that names a WHATWG encoding we decode, if confident enough. */
function chardetGuess(sample: Uint8Array): string | null {
  for (const match of analyse(sample)) {
    if (match.confidence < MIN_DETECTION_CONFIDENCE) return null;
    // chardet also names encodings WHATWG lacks (UTF-32, ISO-2022-CN): try the next guess.
    const encoding = encodingForLabel(match.name);
    if (encoding && encoding !== 'UTF-8') return encoding;
  }
  return null;
}

/**
 * True when the bytes are not a text page: a known magic number at the start, or, in the first
 * 8 KB, more NUL or other control bytes than text carries. UTF-16 with a BOM is judged on its
 * characters, since every other byte of its ASCII is NUL.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) return true;
  const head = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  const utf16 = utf16BomEncoding(head);
  const codes = utf16 ? charCodes(new TextDecoder(utf16).decode(head)) : head;
  let nul = 0;
  let control = 0;
  for (const code of codes) {
    if (code === 0) nul++;
    if (isControl(code)) control++;
  }
  const total = Math.max(codes.length, 1);
  return nul / total > MAX_NUL_RATIO || control / total > MAX_CONTROL_RATIO;
}

function startsWith(bytes: Uint8Array, { offset, bytes: pattern }: Signature): boolean {
  if (bytes.length < offset + pattern.length) return false;
  return pattern.every((byte, i) => byte === null || bytes[offset + i] === byte);
}

function utf16BomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function charCodes(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/** C0 controls text never carries (tab, line feed, form feed, carriage return and ESC it does: ISO-2022-JP uses ESC), and DEL. */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== ESC) ||
    code === 0x7f
  );
}
