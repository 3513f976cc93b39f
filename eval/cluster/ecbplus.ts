/**
 * Reading ECB+ (../shared/data/cluster/ecbplus): one XML file per document, one `<token>` per
 * word with its sentence number. A document's gold event is its topic plus `ecb`/`ecbplus`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { RawDoc } from '../../src/model/types.js';

export interface EcbDoc {
  name: string;
  topic: number;
  gold: string;
  text: string;
  /** The source URL, which ECB+ prints as the first line of most ecbplus documents. */
  url?: string;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|''|’s)$/i;

/**
 * Is token k the point or comma inside a number split into tokens (`6`, `.`, `0`; `1`, `,`, `500`)?
 * A comma only before three digits, as thousands are grouped.
 */
function numberJoint(tokens: string[], k: number): boolean {
  const sep = tokens[k] ?? '';
  const next = tokens[k + 1] ?? '';
  return /^[.,]$/.test(sep) && /\d$/.test(tokens[k - 1] ?? '') && /^\d+$/.test(next) && (sep === '.' || next.length === 3);
}

/**
 * Joins a sentence's tokens as prose. `marks` (the quote gold's reading) also glues quote marks to
 * the words they enclose (a plain `"` token opens or closes by its parity in the sentence) and the
 * parts of split numbers (`6. 0`, `1, 500`), as printed text has them; whether the last plain mark
 * opened is kept over the whole document, since a quote may span sentences. eval:cluster keeps the plain
 * join, which its cached annotations were built on.
 */
function detokenize(tokens: string[], marks?: { quotes: number }): string {
  let out = '';
  let glueNext = true;
  tokens.forEach((tok, i) => {
    const t = tok === '``' || tok === "''" ? '"' : tok;
    // clock times come split (`8`, `:`, `28`): glued again, or the time annotator reads `8: 28`
    const clock = /^\d+$/.test(t) && tokens[i - 1] === ':' && /^\d{1,2}$/.test(tokens[i - 2] ?? '');
    // and so do initialisms (`U`, `.`, `S`, `.`; or `p.`, `m.`)
    const initial = (x: string | undefined) => /^[A-Za-z]\.?$/.test(x ?? '');
    const initials = (initial(t) && tokens[i - 1] === '.' && initial(tokens[i - 2])) || (/\.$/.test(t) && initial(t) && /^[A-Za-z]\.$/.test(tokens[i - 1] ?? ''));
    // A plain `"` closes after a sentence mark or before a comma, opens at the sentence's start or
    // after a colon, and otherwise by the parity of the marks so far.
    const prevTok = tokens[i - 1] ?? '';
    const plainCloses = /^[,.?!;…]$/.test(prevTok) || /^[,.?!;]$/.test(tokens[i + 1] ?? '') ? true : i === 0 || prevTok === ':' ? false : (marks?.quotes ?? 0) % 2 === 1;
    const opens = !!marks && (tok === '``' || tok === '“' || (tok === '"' && !plainCloses));
    const closes = !!marks && (tok === "''" || tok === '”' || (tok === '"' && plainCloses));
    if (marks && t === '"') marks.quotes = closes ? 0 : 1;
    const number = !!marks && numberJoint(tokens, i - 1);
    const glue = glueNext || clock || initials || closes || NO_SPACE_BEFORE.test(t) || number;
    out += (glue ? '' : ' ') + t;
    glueNext = t === '(' || t === '[' || t === '$' || opens || (!!marks && numberJoint(tokens, i));
  });
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function ecbDir(root: string): string {
  return join(root, '..', 'shared', 'data', 'cluster', 'ecbplus');
}

export function loadEcb(dir: string, topics: (t: number) => boolean = () => true): EcbDoc[] {
  if (!existsSync(dir)) throw new Error(`ECB+ not found at ${dir}`);
  const out: EcbDoc[] = [];
  for (const t of readdirSync(dir).filter((d) => /^\d+$/.test(d)).map(Number).sort((a, b) => a - b)) {
    if (!topics(t)) continue;
    for (const f of readdirSync(join(dir, String(t))).filter((n) => n.endsWith('.xml')).sort()) out.push(loadEcbDoc(dir, t, f));
  }
  return out;
}

/** One ECB+ document, `<topic>/<file>` under `dir`; `marks`: quote marks and numbers glued as printed (see detokenize). */
export function loadEcbDoc(dir: string, topic: number, file: string, marks = false): EcbDoc {
  const xml = readFileSync(join(dir, String(topic), file), 'utf8');
  const sents = new Map<number, string[]>();
  const re = /<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const n = +m[1];
    if (!sents.has(n)) sents.set(n, []);
    sents.get(n)!.push(unescapeXml(m[2]));
  }
  const order = [...sents.keys()].sort((a, b) => a - b);
  // A first line that is the page's URL (tokenized like prose) is metadata, as a scraper
  // would deliver it: it goes to the hints, not the body.
  const first = sents.get(order[0]) ?? [];
  const url = /^https?$/i.test(first[0] ?? '') ? first.join('') : undefined;
  const state = marks ? { quotes: 0 } : undefined;
  const text = (url ? order.slice(1) : order).map((n) => detokenize(sents.get(n)!, state)).join('\n');
  return { name: file, topic, gold: `${topic}/${file.includes('ecbplus') ? 'ecbplus' : 'ecb'}`, text, url };
}

export function rawDocOf(d: EcbDoc): RawDoc {
  return {
    hash: createHash('sha256').update(d.text).digest('hex'),
    origin: `ecbplus/${d.topic}/${d.name}`,
    format: 'text',
    container: 'text',
    encoding: 'utf-8',
    body: d.text,
    hints: d.url ? { url: d.url } : {},
  };
}
