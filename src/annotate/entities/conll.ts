/**
 * CoNLL-style NER data and conlleval-style scoring (exact spans, per type, macro and micro F1),
 * used by scripts/train-ner.ts, scripts/eval-ner.ts and the tests. Reads files it is given; the
 * data itself stays in ../shared/data.
 */
import { readFileSync } from 'node:fs';

export interface Sentence {
  words: string[];
  tags: string[];
}

/** Reads `token<TAB>tag` or `token POS tag` lines, blank line between sentences. */
export function readConll(path: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { words: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const parts = line.includes('\t') ? line.split('\t') : line.split(' ');
    const tag = parts[parts.length - 1].trim();
    const word = parts[0];
    if (!word) continue;
    cur.words.push(word);
    cur.tags.push(tag || 'O');
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/** Maps each tag's type through `map` (types mapped to null become O). */
export function mapTags(tags: string[], map: Record<string, string | null>): string[] {
  return tags.map((t) => {
    if (t === 'O' || t.length < 3) return 'O';
    const type = t.slice(2);
    const m = map[type];
    return m ? t.slice(0, 2) + m : 'O';
  });
}

export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/** Chunks as conlleval reads them (an I-X after O or another type starts a chunk). */
export function chunks(tags: string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : 'O';
    const prefix = t === 'O' ? 'O' : t.slice(0, 1);
    const type = t === 'O' ? '' : t.slice(2);
    const continues = cur !== null && prefix === 'I' && type === cur.type;
    if (cur && !continues) { cur.end = i; out.push(cur); cur = null; }
    if (t !== 'O' && !continues) cur = { type, start: i, end: i + 1 };
  }
  return out;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export interface Scores {
  perType: Record<string, TypeScore>;
  macroF1: number;
  micro: TypeScore;
}

function prf(tp: number, fp: number, fn: number): TypeScore {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Entity-level scores; `types` fixes the type list for the macro average (default: gold types). */
export function score(gold: string[][], pred: string[][], types?: string[]): Scores {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const t of types ?? []) get(t);
  for (let s = 0; s < gold.length; s++) {
    const g = chunks(gold[s]);
    const p = chunks(pred[s]);
    const key = (c: Chunk) => `${c.type}:${c.start}:${c.end}`;
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    for (const c of p) (gs.has(key(c)) ? get(c.type).tp++ : get(c.type).fp++);
    for (const c of g) if (!ps.has(key(c))) get(c.type).fn++;
  }
  const perType: Record<string, TypeScore> = {};
  let tp = 0, fp = 0, fn = 0;
  for (const [t, c] of [...counts].sort()) {
    perType[t] = prf(c.tp, c.fp, c.fn);
    tp += c.tp; fp += c.fp; fn += c.fn;
  }
  const macroTypes = types ?? Object.keys(perType);
  const macroF1 = macroTypes.reduce((a, t) => a + (perType[t]?.f1 ?? 0), 0) / Math.max(1, macroTypes.length);
  return { perType, macroF1, micro: prf(tp, fp, fn) };
}

/** The three corpora: where their splits are and how their tags map onto Linimasa's types. */
export const DATASETS = {
  nergrit: {
    train: 'ner/nergrit/train.txt',
    dev: 'ner/nergrit/valid.txt',
    toCommon: { PERSON: 'PERSON', PLACE: 'LOCATION', ORGANISATION: 'ORGANIZATION' } as Record<string, string | null>,
    types: ['ORGANISATION', 'PERSON', 'PLACE'],
  },
  nerp: {
    train: 'ner/nerp/train.txt',
    dev: 'ner/nerp/valid.txt',
    toCommon: { PPL: 'PERSON', PLC: 'LOCATION', IND: 'ORGANIZATION', EVT: 'EVENT', FNB: 'FNB' } as Record<string, string | null>,
    types: ['EVT', 'FNB', 'IND', 'PLC', 'PPL'],
  },
  idner: {
    train: 'ner/idner-news-2k/train.txt',
    dev: 'ner/idner-news-2k/dev.txt',
    toCommon: { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION' } as Record<string, string | null>,
    types: ['LOC', 'ORG', 'PER'],
  },
} as const;

export type DatasetName = keyof typeof DATASETS;

/** The inverse of a dataset's mapping (common type -> the dataset's own tag). */
export function fromCommon(name: DatasetName): Record<string, string | null> {
  const inv: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(DATASETS[name].toCommon)) if (v) inv[v] = k;
  return inv;
}

export function bioTags(types: string[]): string[] {
  return ['O', ...types.flatMap((t) => ['B-' + t, 'I-' + t])];
}
