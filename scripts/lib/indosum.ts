/**
 * Reading the IndoSum corpus (../shared/data/corpus/indosum): tokenized articles, which the
 * benchmarks and checks turn back into running text the way a scraper would have seen it.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface IndoSumArticle {
  id: string;
  source: string;
  url: string;
  category: string;
  /** Unix time from the id prefix. */
  time: number;
  /** One paragraph per line. */
  text: string;
  summary: string;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '…']);
const NO_SPACE_AFTER = new Set(['(', '[', '{']);

/**
 * Does a word token carrying an invisible format character (a left-to-right mark, a word joiner)
 * and a quote mark open (`‎"Untuk`) or close (`pribadi,"‎`) a quote? It flips which way the next
 * bare `"` goes; tokens without such a character are read as they always were.
 */
function invisiblyMarked(t: string, bare: string, quoteOpen: boolean): boolean {
  if (bare === t || bare.split('"').length !== 2) return false;
  return quoteOpen ? bare.endsWith('"') : bare.startsWith('"');
}

/** Tokens back to text: no space before closing punctuation, quotes hug what they quote. */
export function detokenize(tokens: string[]): string {
  let out = '';
  let quoteOpen = false;
  let glueNext = false;
  for (const t of tokens) {
    let glue = glueNext || out === '' || NO_SPACE_BEFORE.has(t);
    glueNext = NO_SPACE_AFTER.has(t);
    // A mark token may carry an invisible format character (`‎"`): a mark all the same.
    const bare = t.replace(/\p{Cf}/gu, '');
    if (bare === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    } else if (invisiblyMarked(t, bare, quoteOpen)) quoteOpen = !quoteOpen;
    out += (glue ? '' : ' ') + t;
  }
  return out;
}

export function indosumDir(root: string): string {
  return join(root, '..', 'shared', 'data', 'corpus', 'indosum');
}

/** Every unique article of the IndoSum dev folds (the folds overlap), in a stable order. */
export function loadIndoSum(dir: string): IndoSumArticle[] {
  if (!existsSync(dir)) throw new Error(`IndoSum not found at ${dir}`);
  const seen = new Map<string, IndoSumArticle>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      if (seen.has(o.id)) continue;
      const text = (o.paragraphs as string[][][]).map((p) => p.map(detokenize).join(' ')).join('\n');
      seen.set(o.id, {
        id: o.id,
        source: o.source,
        url: o.source_url,
        category: o.category,
        time: Number(String(o.id).split('-')[0]) || 0,
        text,
        summary: (o.summary as string[][]).map(detokenize).join(' '),
      });
    }
  }
  return [...seen.values()].sort((a, b) => a.id.localeCompare(b.id));
}
