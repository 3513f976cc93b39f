/**
 * Scores the entity annotator (tagger + document clean-up, as the pipeline runs it for English) on
 * eval/ner-en/gold.json: conlleval-style exact spans, per type, macro over the three types, micro.
 * Spans become per-character BIO tags so the Indonesian scorer (conll.ts `score`) counts them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CleanArticle, EntityMention } from '../../src/model/types.js';
import { annotateEntities } from '../../src/annotate/entities/index.js';
import { score, type Scores } from '../../src/annotate/entities/conll.js';
import { packFor } from '../../src/lang/index.js';
import { loadNerEnText } from './load.js';

export const TYPES = ['LOCATION', 'ORGANIZATION', 'PERSON'];
const GOLD = fileURLToPath(new URL('./gold.json', import.meta.url));

interface Span { start: number; end: number; type: string }
interface GoldFile {
  docs: { file: string; split: string }[];
  items: (Span & { file: string })[];
}

/** A mismatch for `--errors`: a missed gold span or a false alarm, with its context. */
export interface NerError { file: string; kind: 'miss' | 'false'; type: string; text: string; context: string }

function bio(spans: Span[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) {
    if (!TYPES.includes(s.type)) continue;
    tags[s.start] = 'B-' + s.type;
    for (let i = s.start + 1; i < s.end; i++) tags[i] = 'I-' + s.type;
  }
  return tags;
}

/** Scores one split (`dev`, `heldout`) of the English gold set. */
export function scoreEnglish(sharedDir: string, split: string): { s: Scores; docs: number; errors: NerError[] } {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as GoldFile;
  const pack = packFor('en');
  const g: string[][] = [];
  const p: string[][] = [];
  const errors: NerError[] = [];
  const docs = gold.docs.filter((d) => d.split === split);
  for (const d of docs) {
    const text = loadNerEnText(sharedDir, d.file);
    const want = gold.items.filter((i) => i.file === d.file);
    const got: EntityMention[] = annotateEntities({ id: d.file, text, language: 'en' } as unknown as CleanArticle, pack);
    g.push(bio(want, text.length));
    p.push(bio(got, text.length));
    const key = (s: Span) => `${s.type}:${s.start}:${s.end}`;
    const ctx = (s: Span) => `${text.slice(Math.max(0, s.start - 40), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 30)}`.replace(/\s+/g, ' ');
    const gotKeys = new Set(got.map(key));
    const wantKeys = new Set(want.map(key));
    for (const s of want) if (!gotKeys.has(key(s))) errors.push({ file: d.file, kind: 'miss', type: s.type, text: text.slice(s.start, s.end), context: ctx(s) });
    for (const s of got) if (TYPES.includes(s.type) && !wantKeys.has(key(s))) errors.push({ file: d.file, kind: 'false', type: s.type, text: text.slice(s.start, s.end), context: ctx(s) });
  }
  return { s: score(g, p, TYPES), docs: docs.length, errors };
}
