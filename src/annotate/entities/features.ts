/**
 * Features of the entity tagger, shared by training (scripts/train-ner.ts) and run time, so the
 * two can never drift apart. Lexicon features name a category (`title`, `org`, `loc`, `place`,
 * `gaz`), never a language: the weights learnt on Indonesian transfer to another pack's tables.
 */
import type { NerLexicon } from '../../lang/ner.js';

export type LexCategory = 'title' | 'hon' | 'org' | 'loc' | 'evt' | 'place' | 'acr' | 'gaz' | 'gazd';

/** Lexicon categories: the fixed ones, or `e` + a corpus type for entity names seen in training. */
type Category = LexCategory | `e${string}`;

interface Phrase {
  toks: string[];
  cat: Category;
}

/** Lower-case phrase tables indexed by first word, for matching over a token sequence. */
export class PhraseLexicon {
  private byFirst = new Map<string, Phrase[]>();
  /** Acronyms matched case-sensitively (`AS` yes, `as` no). */
  private acr = new Set<string>();
  /**
   * Word statistics from unlabelled news (lower-case word -> how often it is printed capitalized
   * inside a sentence, bucketed `0`..`4`): tells a proper noun in lower-case text or at the start
   * of a sentence.
   */
  capStats: Map<string, string> = new Map();
  /**
   * Distributional word clusters from unlabelled news: lower-case word -> [coarse, fine] cluster
   * ids, plus a finest id when the model was trained with one.
   */
  clusters: Map<string, string[]> = new Map();
  /** Brown clusters from unlabelled news (scripts/train-word-clusters.ts): lower-case word -> bit string. */
  brown: Map<string, string> = new Map();

  /** A copy that can take more phrases without changing this one. */
  clone(): PhraseLexicon {
    const c = new PhraseLexicon();
    for (const [k, v] of this.byFirst) c.byFirst.set(k, v.slice());
    c.acr = this.acr;
    c.capStats = this.capStats;
    c.clusters = this.clusters;
    c.brown = this.brown;
    c.wideContext = this.wideContext;
    return c;
  }

  /** Entity names from training data (`TYPE<TAB>phrase` lines), as categories `e<TYPE>`. */
  addEntities(lines: string[]): void {
    for (const line of lines) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.add(line.slice(tab + 1), `e${line.slice(0, tab)}`);
    }
  }

  private levels = -1;

  /** How many cluster granularities the word clusters carry (2, or 3 with the finest level). */
  clusterLevels(): number {
    if (this.levels < 0) this.levels = this.clusters.size ? Math.min(...[...this.clusters.values()].slice(0, 1).map((v) => v.length)) : 0;
    return this.levels;
  }

  /** Wider context features (word bigrams and cluster ids at ±2); set per model (`ModelHeader.wideContext`). */
  wideContext = false;

  add(phrase: string, cat: Category): void {
    const toks = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (!toks.length) return;
    const list = this.byFirst.get(toks[0]) ?? [];
    if (!list.some((p) => p.cat === cat && p.toks.join(' ') === toks.join(' '))) list.push({ toks, cat });
    this.byFirst.set(toks[0], list);
  }

  addAcronym(a: string): void {
    this.acr.add(a);
  }

  /** For each token, the lexicon hits covering it as `cat:B` / `cat:I` (longest match per category). */
  match(words: string[], lower: string[]): string[][] {
    const hits: string[][] = words.map(() => []);
    for (let i = 0; i < words.length; i++) {
      if (this.acr.has(words[i])) hits[i].push('acr:B');
      const cands = this.byFirst.get(lower[i]);
      if (!cands) continue;
      const best = new Map<Category, number>();
      for (const p of cands) {
        if (i + p.toks.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < p.toks.length; k++) if (lower[i + k] !== p.toks[k]) { ok = false; break; }
        if (ok && (best.get(p.cat) ?? 0) < p.toks.length) best.set(p.cat, p.toks.length);
      }
      for (const [cat, len] of best) {
        hits[i].push(cat + ':B');
        for (let k = 1; k < len; k++) hits[i + k].push(cat + ':I');
        if (len > 1) hits[i + len - 1].push(cat + ':E');
      }
    }
    return hits;
  }
}

/** Builds the tagger's lexicon from a language's tables plus a gazetteer stored with the model. */
export function buildPhraseLexicon(
  lex: NerLexicon,
  gazetteer: string[] = [],
  districts: string[] = [],
  capStats?: Map<string, string>,
  clusters?: Map<string, string[]>,
  entities: string[] = [],
): PhraseLexicon {
  const pl = new PhraseLexicon();
  pl.addEntities(entities);
  if (capStats) pl.capStats = capStats;
  if (clusters) pl.clusters = clusters;
  for (const t of lex.titles) pl.add(t, 'title');
  for (const t of lex.honorifics) pl.add(t, 'hon');
  for (const t of lex.orgCues) pl.add(t, 'org');
  for (const t of lex.locCues) pl.add(t, 'loc');
  for (const t of lex.eventCues) pl.add(t, 'evt');
  for (const t of lex.places) pl.add(t, 'place');
  for (const t of Object.keys(lex.stateMetonyms)) pl.add(t, 'place');
  for (const a of Object.keys(lex.acronyms)) pl.addAcronym(a);
  for (const g of gazetteer) pl.add(g, 'gaz');
  for (const g of districts) pl.add(g, 'gazd');
  return pl;
}

export function shape(w: string): string {
  let s = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== last) s += c;
    last = c;
  }
  return s.length > 6 ? s.slice(0, 6) : s;
}

/**
 * Brown bit-string prefix lengths used as features for the word itself and for its neighbours
 * (Ratinov & Roth 2009); with 256 clusters paths are at most ~12 bits, so 20 is the whole path.
 */
const BROWN_PREFIXES = [4, 6, 10, 20];
const BROWN_PREFIXES_CTX = [4, 6, 10];

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

function bucket(n: number): string {
  return n >= 4 ? '4' : String(n);
}

/**
 * Static (tag-independent) features for every token of one sentence. `domain`, when given, adds a
 * domain-specific copy of every feature (Daumé's "frustratingly easy" domain adaptation).
 */
export function sentenceFeatures(words: string[], lexicon: PhraseLexicon, domain?: string): string[][] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const lexHits = lexicon.match(words, lower);
  const wide = lexicon.wideContext;
  const lcSent = !words.some((w) => /\p{Lu}/u.test(w));
  // capitalization runs
  const runLen = new Array<number>(n).fill(0);
  const runPos = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    if (!isCap(words[i])) { i++; continue; }
    let j = i;
    while (j < n && isCap(words[j])) j++;
    for (let k = i; k < j; k++) { runLen[k] = j - i; runPos[k] = k - i; }
    i = j;
  }
  const cs = lexicon.capStats;
  const capr = lower.map((w) => (/\p{L}/u.test(w) ? cs.get(w) ?? 'u' : 'p'));
  const crAt = (k: number): string => (k < 0 || k >= n ? '-' : capr[k]);
  const cl = lexicon.clusters;
  const has3 = lexicon.clusterLevels() >= 3;
  const clAt = (k: number): string[] => (k < 0 || k >= n ? ['-', '-', '-'] : cl.get(lower[k]) ?? ['u', 'u', 'u']);
  const br = lexicon.brown;
  const brAt = (k: number): string => (k < 0 ? '<' : k >= n ? '>' : br.get(lower[k]) ?? 'u');
  const at = (k: number): string => (k < 0 ? '<s>' : k >= n ? '</s>' : lower[k]);
  const shAt = (k: number): string => (k < 0 ? '<s>' : k >= n ? '</s>' : shapes[k]);
  const lxAt = (k: number): string[] => (k < 0 || k >= n ? [] : lexHits[k]);

  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const lw = lower[i];
    const f: string[] = ['b', 'w=' + lw, 'sh=' + shapes[i], 'w-1=' + at(i - 1), 'w+1=' + at(i + 1),
      'w-2=' + at(i - 2), 'w+2=' + at(i + 2), 'sh-1=' + shAt(i - 1), 'sh+1=' + shAt(i + 1),
      'bi-=' + at(i - 1) + '|' + lw, 'bi+=' + lw + '|' + at(i + 1), 'sh3=' + shAt(i - 1) + shapes[i] + shAt(i + 1)];
    if (w !== lw) f.push('W=' + w);
    if (wide) f.push('bi--=' + at(i - 2) + '|' + at(i - 1), 'bi++=' + at(i + 1) + '|' + at(i + 2), 'sh-2=' + shAt(i - 2), 'sh+2=' + shAt(i + 2));
    if (cs.size) {
      f.push('cs=' + capr[i], 'cs|sh=' + capr[i] + shapes[i], 'cs-1=' + crAt(i - 1), 'cs+1=' + crAt(i + 1),
        'cs3=' + crAt(i - 1) + capr[i] + crAt(i + 1));
      if (i === 0) f.push('cs|first=' + capr[i]);
    }
    if (cl.size) {
      const [c1, c2] = clAt(i);
      const p = clAt(i - 1);
      const x = clAt(i + 1);
      f.push('c1=' + c1, 'c2=' + c2, 'c1-1=' + p[0], 'c1+1=' + x[0], 'c2-1=' + p[1], 'c2+1=' + x[1],
        'c2|sh=' + c2 + shapes[i], 'c1-1|c1=' + p[0] + '|' + c1);
      if (wide) {
        f.push('c1|c1+1=' + c1 + '|' + x[0], 'c2-2=' + clAt(i - 2)[1], 'c2+2=' + clAt(i + 2)[1],
          'w-1|c2=' + at(i - 1) + '|' + c2, 'c2|w+1=' + c2 + '|' + at(i + 1));
      }
      const c3 = clAt(i)[2];
      if (has3) f.push('c3=' + c3, 'c3-1=' + (p[2] ?? 'u'), 'c3+1=' + (x[2] ?? 'u'), 'c3|sh=' + c3 + shapes[i]);
    }
    if (br.size) {
      const b = brAt(i);
      for (const k of BROWN_PREFIXES) f.push('bc' + k + '=' + b.slice(0, k));
      f.push('bc6|sh=' + b.slice(0, 6) + shapes[i]);
      for (const o of [-1, 1]) {
        const bo = brAt(i + o);
        for (const k of BROWN_PREFIXES_CTX) f.push('bc' + k + (o < 0 ? '-1=' : '+1=') + bo.slice(0, k));
      }
      f.push('bc6-2=' + brAt(i - 2).slice(0, 6), 'bc6+2=' + brAt(i + 2).slice(0, 6));
    }
    const L = lw.length;
    if (L > 1) f.push('p1=' + lw.slice(0, 1), 's1=' + lw.slice(-1));
    if (L > 2) f.push('p2=' + lw.slice(0, 2), 's2=' + lw.slice(-2));
    if (L > 3) f.push('p3=' + lw.slice(0, 3), 's3=' + lw.slice(-3));
    if (L > 4) f.push('p4=' + lw.slice(0, 4), 's4=' + lw.slice(-4));
    if (L > 12) f.push('long');
    if (i === 0) f.push('first', 'first|sh=' + shapes[i]);
    if (i === 1) f.push('second');
    if (lcSent) f.push('lcsent');
    if (runLen[i]) {
      f.push('cr=' + (runPos[i] === 0 ? 'B' : 'I') + bucket(runLen[i]), 'crend=' + (runPos[i] === runLen[i] - 1 ? 1 : 0));
      if (i === 0 || runPos[i] > 0 || !runLen[i - 1]) f.push('cr|first=' + (i === runPos[i] ? 1 : 0));
    }
    for (const h of lexHits[i]) f.push('lx=' + h, 'lx=' + h + '|sh=' + shapes[i]);
    for (const h of lxAt(i - 1)) f.push('lx-1=' + h);
    for (const h of lxAt(i + 1)) f.push('lx+1=' + h);
    for (const h of lxAt(i - 2)) if (h.endsWith(':B') || h.endsWith(':E')) f.push('lx-2=' + h);
    if (domain) {
      const k = f.length;
      for (let j = 0; j < k; j++) f.push(domain + '|' + f[j]);
    }
    out.push(f);
  }
  return out;
}

/** Tag-history features for position `i` given the two previous predicted tags. */
export function historyFeatures(t1: string, t2: string, lw: string, sh: string, domain?: string): string[] {
  const f = ['t-1=' + t1, 't-2t-1=' + t2 + '|' + t1, 't-1w=' + t1 + '|' + lw, 't-1sh=' + t1 + '|' + sh];
  if (domain) for (let j = 0; j < 4; j++) f.push(domain + '|' + f[j]);
  return f;
}

/**
 * First-order tag-history features (Viterbi models): the previous tag alone and with the word/shape.
 * The order (`t-1=` first of every three) is relied on by the decoder.
 */
export function historyFeatures1(t1: string, lw: string, sh: string, domain?: string): string[] {
  const f = ['t-1=' + t1, 't-1w=' + t1 + '|' + lw, 't-1sh=' + t1 + '|' + sh];
  if (domain) for (let j = 0; j < 3; j++) f.push(domain + '|' + f[j]);
  return f;
}
