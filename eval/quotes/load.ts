/**
 * Loading the texts the quote gold offsets point into (see the `note` in gold.json):
 * TimeML files -> the TEXT element's content, bytes decoded as windows-1252, then XML entities;
 * anything else -> the raw file decoded as UTF-8.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';

export function loadEvalText(sharedDir: string, file: string): string {
  const path = resolve(sharedDir, file);
  if (file.endsWith('.tml')) {
    // Node's TextDecoder treats windows-1252 as latin1 (0x93 -> U+0093); iconv-lite maps it properly.
    const raw = iconv.decode(readFileSync(path), 'win1252');
    const m = raw.match(/<TEXT>([\s\S]*?)<\/TEXT>/);
    if (!m) throw new Error(`no TEXT element in ${file}`);
    return decodeXmlEntities(m[1]);
  }
  return readFileSync(path, 'utf8');
}

export function decodeXmlEntities(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    if (e === 'amp') return '&';
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}
