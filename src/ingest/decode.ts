import iconv from 'iconv-lite';
import { InputError } from './errors.js';

export interface Decoded {
  text: string;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes -> text. Order of evidence: a byte-order mark; a charset the document declares (HTML
 * meta, XML prolog); valid UTF-8; UTF-16 without BOM (NULs in every other byte); otherwise
 * Windows-1252 (the superset of Latin-1 that real pages mean when they say ISO-8859-1).
 *
 * Text that is mostly UTF-8 but carries invalid sequences is corrupt, not Latin-1: decoding it
 * as Windows-1252 would turn every accented letter into mojibake, so it is rejected with the
 * offset of the first bad byte.
 */
export function decodeBytes(buf: Buffer, origin: string): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: strictUtf8(buf.subarray(3), origin), encoding: 'utf-8' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const bomless16 = sniffUtf16(buf);
  if (bomless16) return { text: iconv.decode(buf, bomless16), encoding: bomless16 };

  if (looksBinary(buf)) throw new InputError(origin, 'binary file (not text, HTML, JSON or XML)');

  const declared = declaredCharset(buf);
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return { text: iconv.decode(buf, declared), encoding: declared };
  }
  try {
    return { text: utf8.decode(buf), encoding: 'utf-8' };
  } catch {
    const { validMultibyte, firstInvalid } = scanUtf8(buf);
    if (validMultibyte > 0 && firstInvalid >= 0) {
      throw new InputError(origin, `invalid UTF-8 at byte ${firstInvalid} (the file mixes UTF-8 with other bytes)`);
    }
    return { text: iconv.decode(buf, 'windows-1252'), encoding: 'windows-1252' };
  }
}

function strictUtf8(buf: Buffer, origin: string): string {
  try {
    return utf8.decode(buf);
  } catch {
    throw new InputError(origin, `invalid UTF-8 at byte ${scanUtf8(buf).firstInvalid + 3} (after a UTF-8 byte-order mark)`);
  }
}

/** UTF-16 without BOM shows as NUL in every other byte for Latin-script text. */
function sniffUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Binary: NUL bytes or many control characters in the head of the file. */
export function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.02;
}

function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 2048).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)["']/i.exec(head);
  if (!m) return null;
  const cs = m[1].toLowerCase();
  // Pages that say Latin-1 almost always mean Windows-1252 (curly quotes live at 0x80-0x9f).
  if (cs === 'iso-8859-1' || cs === 'latin1' || cs === 'latin-1' || cs === 'us-ascii' || cs === 'ascii') return 'windows-1252';
  return cs;
}

function scanUtf8(buf: Buffer): { validMultibyte: number; firstInvalid: number } {
  let validMultibyte = 0;
  let firstInvalid = -1;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k] & 0xc0) === 0x80;
    if (ok) { validMultibyte++; i += len; }
    else { if (firstInvalid < 0) firstInvalid = i; i++; }
  }
  return { validMultibyte, firstInvalid };
}
