/**
 * Loading the texts the quote gold offsets point into (see the `note` in gold.json):
 * TimeML files -> the TEXT element's content, bytes decoded as windows-1252, then XML entities;
 * `indosum:<id>` -> that IndoSum article's text as scripts/lib/indosum.ts builds it;
 * `tbaq:<path>` -> a TempEval-3 TimeBank/AQUAINT file (path under data/time/tempeval3-tbaq): its
 *   TEXT element read as TimeML above, with the TimeML tags removed (as eval/ner-en/load.ts does);
 * `sh:<id>` -> the gold `articleBody` of ScrapingHub page `<id>` (data/html/scrapinghub-dev/
 *   ground-truth.json): English web news of the 2010s, as the product's HTML reader should deliver it;
 * `ecb:<topic>/<file>` -> an ECB+ document (data/cluster/ecbplus), detokenized by eval/cluster/ecbplus.ts
 *   with its quote marks and split numbers glued as printed (`"We have …, " he said` -> `"We have …," he
 *   said`): English news, one sentence per line, every quote mark a straight `"`;
 * anything else -> the raw file decoded as UTF-8.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { loadIndoSum } from '../../scripts/lib/indosum.js';
import { loadEcbDoc } from '../cluster/ecbplus.js';

const INDOSUM = 'indosum:';
const TBAQ = 'tbaq:';
const TBAQ_DIR = 'data/time/tempeval3-tbaq';
const SH = 'sh:';
const SH_GOLD = 'data/html/scrapinghub-dev/ground-truth.json';
const ECB = 'ecb:';
const ECB_DIR = 'data/cluster/ecbplus';
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

/** The language of a gold file's text: the TempEval-3, ScrapingHub and ECB+ texts are English, the rest Indonesian. */
export function evalLanguage(file: string): 'id' | 'en' {
  return file.startsWith(TBAQ) || file.startsWith(SH) || file.startsWith(ECB) ? 'en' : 'id';
}

/** ScrapingHub article bodies by page id, per shared folder. */
const shCache = new Map<string, Map<string, string>>();

/** Every ScrapingHub page's gold article body, by page id (empty when the corpus is missing). */
export function scrapingHubBodies(sharedDir: string): Map<string, string> {
  let byId = shCache.get(sharedDir);
  if (!byId) {
    const path = join(sharedDir, SH_GOLD);
    const gold = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: string }>) : {};
    byId = new Map(Object.entries(gold).map(([id, v]) => [id, v.articleBody ?? '']));
    shCache.set(sharedDir, byId);
  }
  return byId;
}

/** Is the text behind a gold `file` there to load? */
export function evalTextExists(sharedDir: string, file: string): boolean {
  if (file.startsWith(INDOSUM)) return existsSync(join(sharedDir, 'data', 'corpus', 'indosum'));
  if (file.startsWith(TBAQ)) return existsSync(join(sharedDir, TBAQ_DIR, file.slice(TBAQ.length)));
  if (file.startsWith(SH)) return scrapingHubBodies(sharedDir).has(file.slice(SH.length));
  if (file.startsWith(ECB)) return existsSync(join(sharedDir, ECB_DIR, file.slice(ECB.length)));
  return existsSync(resolve(sharedDir, file));
}

export function loadEvalText(sharedDir: string, file: string): string {
  if (file.startsWith(INDOSUM)) return indosumText(sharedDir, file.slice(INDOSUM.length));
  if (file.startsWith(SH)) {
    const t = scrapingHubBodies(sharedDir).get(file.slice(SH.length));
    if (t === undefined) throw new Error(`no ScrapingHub page ${file.slice(SH.length)}`);
    return t;
  }
  if (file.startsWith(ECB)) {
    const [topic, name] = file.slice(ECB.length).split('/');
    return loadEcbDoc(join(sharedDir, ECB_DIR), Number(topic), name, true).text;
  }
  // The corpus has no `&lt;`, so no decoded `<` can be taken for a tag here.
  if (file.startsWith(TBAQ)) return loadEvalText(sharedDir, `${TBAQ_DIR}/${file.slice(TBAQ.length)}`).replace(/<[^>]*>/g, '');
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
