/**
 * Loading the texts the quote gold offsets point into (see the `note` in gold.json):
 * TimeML files -> the TEXT element's content, bytes decoded as windows-1252, then XML entities;
 * `indosum:<id>` -> that IndoSum article's text as scripts/lib/indosum.ts builds it;
 * anything else -> the raw file decoded as UTF-8.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { loadIndoSum } from '../../scripts/lib/indosum.js';

const INDOSUM = 'indosum:';
/** IndoSum texts by id, per shared folder (the corpus is read once). */
const indosumCache = new Map<string, Map<string, string>>();

function indosumText(sharedDir: string, id: string): string {
  let byId = indosumCache.get(sharedDir);
  if (!byId) {
    byId = new Map(loadIndoSum(join(sharedDir, 'data', 'corpus', 'indosum')).map((a) => [a.id, a.text]));
    indosumCache.set(sharedDir, byId);
  }
  const t = byId.get(id);
  if (t === undefined) throw new Error(`no IndoSum article ${id}`);
  return t;
}

/** Is the text behind a gold `file` there to load? */
export function evalTextExists(sharedDir: string, file: string): boolean {
  if (file.startsWith(INDOSUM)) return existsSync(join(sharedDir, 'data', 'corpus', 'indosum'));
  return existsSync(resolve(sharedDir, file));
}

export function loadEvalText(sharedDir: string, file: string): string {
  if (file.startsWith(INDOSUM)) return indosumText(sharedDir, file.slice(INDOSUM.length));
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
