/**
 * Run-time entity tagger: loads the committed model once (models/ner-id.bin.gz), tokenizes text
 * with offsets and decodes each sentence. Pure apart from the one lazy model read.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../model/types.js';
import { nerLexiconFor } from '../../lang/ner.js';
import type { PhraseLexicon } from './features.js';
import { decodeModel, lexiconForModel, type TaggerModel } from './model.js';
import { decode } from './perceptron.js';
import { splitSentences, tokenize, type Token } from './tokenize.js';
import { chunks } from './conll.js';

/** src/annotate/entities -> repo root (also holds for dist/annotate/entities). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/ner-id.bin.gz', import.meta.url));

let model: TaggerModel | null = null;
let loadMs = 0;
const lexicons = new WeakMap<TaggerModel, Map<string, PhraseLexicon>>();

export function loadTagger(path = DEFAULT_MODEL_PATH): TaggerModel {
  if (model && path === DEFAULT_MODEL_PATH) return model;
  const t0 = performance.now();
  const m = decodeModel(readFileSync(path));
  loadMs = performance.now() - t0;
  if (path === DEFAULT_MODEL_PATH) model = m;
  return m;
}

/** Milliseconds the last model load took (for reports). */
export function lastLoadMs(): number {
  return loadMs;
}

function lexiconFor(m: TaggerModel, code: string): PhraseLexicon {
  let byCode = lexicons.get(m);
  if (!byCode) lexicons.set(m, (byCode = new Map()));
  let l = byCode.get(code);
  if (!l) {
    l = lexiconForModel(m.header, nerLexiconFor(code));
    byCode.set(code, l);
  }
  return l;
}

export interface TaggedSpan {
  start: number;
  end: number;
  type: EntityType;
  /** Index of the first and one past the last token of the span in `tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

/** Model tag types (the common set, or a single corpus's own) -> Linimasa's entity types. */
const TYPE_MAP: Record<string, EntityType> = {
  PERSON: 'PERSON', PER: 'PERSON', PPL: 'PERSON',
  ORGANIZATION: 'ORGANIZATION', ORGANISATION: 'ORGANIZATION', ORG: 'ORGANIZATION', IND: 'ORGANIZATION',
  LOCATION: 'LOCATION', LOC: 'LOCATION', PLACE: 'LOCATION', PLC: 'LOCATION',
  EVENT: 'EVENT', EVT: 'EVENT',
  FNB: 'MISC',
};

let loadFailed = false;

/** The default model, or null (once warned) when the model file cannot be read. */
function defaultModel(): TaggerModel | null {
  if (model) return model;
  if (loadFailed) return null;
  try {
    return loadTagger();
  } catch (e) {
    loadFailed = true;
    console.warn(`entity tagger: model ${DEFAULT_MODEL_PATH} not loaded (${(e as Error).message}); only lexicon matches will be tagged`);
    return null;
  }
}

/** Tags `text`; returns the tokens and the entity spans over them. */
export function tagText(text: string, langCode: string, given?: TaggerModel): { tokens: Token[]; spans: TaggedSpan[] } {
  const tokens = tokenize(text);
  const m = given ?? defaultModel();
  if (!m) return { tokens, spans: [] };
  const lex = lexiconFor(m, langCode);
  const spans: TaggedSpan[] = [];
  let base = 0;
  for (const sent of splitSentences(text, tokens)) {
    const words = sent.map((t) => t.text);
    const tags = decode(m, words, lex, m.header.domain);
    for (const c of chunks(tags)) {
      const type = TYPE_MAP[c.type];
      if (!type) continue;
      spans.push({ start: sent[c.start].start, end: sent[c.end - 1].end, type, tokenStart: base + c.start, tokenEnd: base + c.end });
    }
    base += sent.length;
  }
  return { tokens, spans };
}

/**
 * How often a word is printed capitalized inside a sentence in news, as stored with the model:
 * `0` (under 5%) .. `4` (95% and more), or `u` when unknown.
 */
export function capBucket(word: string, given?: TaggerModel): string {
  const m = given ?? defaultModel();
  return (m && lexiconFor(m, 'id').capStats.get(word.toLowerCase())) ?? 'u';
}
