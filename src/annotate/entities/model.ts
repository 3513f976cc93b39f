/**
 * The tagger's model file: gzip of a small binary layout, so it loads in milliseconds with no
 * dependency and stays a few MB.
 *
 *   "LNER1\n" | u32 n + header JSON | u32 n + feature names joined by "\n" |
 *   u32 nFeat | u16 tag mask per feature | i16 quantized weights (one per set mask bit)
 *
 * The header carries the tag list, the weight scale, the default domain and the gazetteer of
 * Indonesian place names (built from `idn-area-data` at training time, so run time needs no
 * package and no async read).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { WeightSource } from './perceptron.js';
import type { NerLexicon } from '../../lang/ner.js';
import { buildPhraseLexicon, type PhraseLexicon } from './features.js';

/** `word<TAB>value` lines -> map (capitalization statistics, Brown bit strings). */
export function parseWordTable(s: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  if (!s) return m;
  for (const line of s.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) m.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return m;
}

export function parseClusters(s: string | undefined): Map<string, string[]> {
  const m = new Map<string, string[]>();
  if (!s) return m;
  for (const line of s.split('\n')) {
    const [w, ...ids] = line.split('\t');
    if (w && ids.length >= 2) m.set(w, ids);
  }
  return m;
}

/** The tagger lexicon for a model: a language's tables plus the gazetteer and word statistics stored with the model. */
export function lexiconForModel(header: ModelHeader, lex: NerLexicon): PhraseLexicon {
  const entities = header.entities ? header.entities.split('\n') : [];
  const pl = buildPhraseLexicon(lex, header.gazetteer, header.districts, parseWordTable(header.capStats), parseClusters(header.clusters), entities);
  pl.wideContext = header.wideContext === true;
  if (header.brown) pl.brown = parseWordTable(header.brown);
  return pl;
}

export interface ModelHeader {
  version: number;
  tags: string[];
  scale: number;
  /** `viterbi`: first-order Viterbi decoding; absent: greedy (second-order history). */
  decoder?: 'viterbi' | 'greedy';
  /** Domain whose feature copies are used at run time (joint models trained with domain copies). */
  domain?: string;
  /** Provinces and regencies/cities (lower case). */
  gazetteer: string[];
  /** Districts (kecamatan), a weaker cue. */
  districts: string[];
  /** Capitalization statistics from unlabelled news: `word<TAB>bucket` lines (see features.ts). */
  capStats?: string;
  /** Wider context features (see PhraseLexicon.wideContext). */
  wideContext?: boolean;
  /**
   * Entity names seen in the training data: `TYPE<TAB>lower-case phrase` lines (lexicon categories
   * `e<TYPE>`); names from other corpora are typed `x<COMMON TYPE>`.
   */
  entities?: string;
  /** Brown clusters from unlabelled news: `word<TAB>bit string` lines (models/word-clusters-id.tsv.gz). */
  brown?: string;
  /** Word clusters from unlabelled news: `word<TAB>coarse<TAB>fine[<TAB>finest]` lines. */
  clusters?: string;
  info: Record<string, unknown>;
}

const MAGIC = 'LNER1\n';

export class TaggerModel implements WeightSource {
  readonly tags: string[];
  readonly header: ModelHeader;
  readonly viterbi: boolean;
  private index: Map<string, number>;
  readonly weights: Float32Array;

  constructor(header: ModelHeader, features: string[], weights: Float32Array) {
    this.header = header;
    this.tags = header.tags;
    this.viterbi = header.decoder === 'viterbi';
    this.index = new Map();
    for (let i = 0; i < features.length; i++) this.index.set(features[i], i * this.tags.length);
    this.weights = weights;
  }

  row(f: string): Float32Array | undefined {
    return this.index.has(f) ? this.weights : undefined;
  }

  offset(f: string): number {
    return this.index.get(f) ?? 0;
  }

  featureNames(): Iterable<string> {
    return this.index.keys();
  }

  find(f: string): number {
    return this.index.get(f) ?? -1;
  }

  get size(): number {
    return this.index.size;
  }
}

export function encodeModel(header: Omit<ModelHeader, 'scale'>, rows: Map<string, Float32Array>): Buffer {
  const T = header.tags.length;
  if (T > 16) throw new Error('model format holds at most 16 tags');
  let max = 0;
  for (const r of rows.values()) for (const v of r) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const feats: string[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  for (const [f, r] of rows) {
    let mask = 0;
    const vals: number[] = [];
    for (let t = 0; t < T; t++) {
      const q = Math.round(r[t] / scale);
      if (q !== 0) { mask |= 1 << t; vals.push(q); }
    }
    if (!mask) continue;
    if (f.includes('\n')) continue;
    feats.push(f);
    masks.push(mask);
    values.push(...vals);
  }
  const head = Buffer.from(JSON.stringify({ ...header, scale }), 'utf8');
  const names = Buffer.from(feats.join('\n'), 'utf8');
  const u32 = (n: number): Buffer => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  const maskBuf = Buffer.alloc(masks.length * 2);
  masks.forEach((m, i) => maskBuf.writeUInt16LE(m, i * 2));
  const valBuf = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => valBuf.writeInt16LE(v, i * 2));
  const raw = Buffer.concat([Buffer.from(MAGIC), u32(head.length), head, u32(names.length), names, u32(feats.length), maskBuf, valBuf]);
  return gzipSync(raw, { level: 9 });
}

export function decodeModel(gz: Buffer): TaggerModel {
  const raw = gunzipSync(gz);
  if (raw.toString('utf8', 0, MAGIC.length) !== MAGIC) throw new Error('not a Linimasa NER model');
  let p = MAGIC.length;
  const hl = raw.readUInt32LE(p); p += 4;
  const header = JSON.parse(raw.toString('utf8', p, p + hl)) as ModelHeader; p += hl;
  const nl = raw.readUInt32LE(p); p += 4;
  const features = raw.toString('utf8', p, p + nl).split('\n'); p += nl;
  const nf = raw.readUInt32LE(p); p += 4;
  const T = header.tags.length;
  const weights = new Float32Array(nf * T);
  let vp = p + nf * 2;
  for (let i = 0; i < nf; i++) {
    const mask = raw.readUInt16LE(p + i * 2);
    for (let t = 0; t < T; t++) {
      if (mask & (1 << t)) { weights[i * T + t] = raw.readInt16LE(vp) * header.scale; vp += 2; }
    }
  }
  return new TaggerModel(header, features.slice(0, nf), weights);
}
