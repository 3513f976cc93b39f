/**
 * What every reading of a speaker works on: the text, its tokens and the speech lexicon
 * (SpeakerContext), what a reading returns (SpeakerRef), and the token tests every reading makes.
 */
import type { SpeechLexicon } from '../../lang/speech.js';
import { isCap, type Tok } from './text.js';

/** `definite`: a common noun with a demonstrative (`kartel itu`), standing for a named party. */
export type SpeakerKind = 'name' | 'pronoun' | 'role' | 'group' | 'definite';

export interface SpeakerRef {
  kind: SpeakerKind;
  /** Offsets of the words that name the speaker at the cue (the name, pronoun or role). */
  start: number;
  end: number;
  text: string;
}

export interface SpeakerContext {
  text: string;
  toks: Tok[];
  lex: SpeechLexicon;
  /** Lower-case words that are never part of a name at its edges (weekdays, months, stopwords). */
  notName: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  roles: string[][];
  /** Token texts of the whole article, for telling an organisation prefix from a first name. */
  wordIndex: Map<string, number[]>;
  /** Weekday and month names, lower case (`pada Selasa` between a subject and its verb). */
  calendar: ReadonlySet<string>;
  /** Nationality adjectives as printed (`Dutch`, `Israeli`): a modifier, never a party's name. */
  demonyms: ReadonlySet<string>;
  /** Memo of per-name article lookups. */
  memo: Map<string, boolean>;
  /** The lexicon's adverbs as word lists. */
  adverbPhrases: string[][];
}

export function makeContext(
  text: string,
  toks: Tok[],
  lex: SpeechLexicon,
  notName: Iterable<string>,
  calendar: Iterable<string> = [],
  demonyms: Iterable<string> = [],
): SpeakerContext {
  const wordIndex = new Map<string, number[]>();
  toks.forEach((t, i) => {
    if (!t.word) return;
    const a = wordIndex.get(t.text);
    if (a) a.push(i);
    else wordIndex.set(t.text, [i]);
  });
  const roles = lex.roles.map((r) => r.split(/\s+/)).sort((a, b) => b.length - a.length);
  return {
    text,
    toks,
    lex,
    notName: new Set(notName),
    titles: new Set(lex.titles.map((t) => t.toLowerCase())),
    roles,
    wordIndex,
    calendar: new Set(calendar),
    demonyms: new Set(demonyms),
    memo: new Map(),
    adverbPhrases: lex.adverbs.map((a) => a.split(/\s+/)),
  };
}

/** Is the word (lower case) a definite article of the language (`the`)? */
export function isDefinite(ctx: SpeakerContext, w: string): boolean {
  return ctx.lex.articles.definite.includes(w);
}

/** Is token i a capitalized word, or a particle glued to one (`al-Naimi`, `bin-Salman`)? */
export function nameToken(ctx: SpeakerContext, i: number): boolean {
  const t = ctx.toks[i];
  if (!t) return false;
  if (isCap(t)) return true;
  const m = /^(\p{Ll}+)[-'’]\p{Lu}/u.exec(t.text);
  return !!m && ctx.lex.nameParticles.includes(m[1]);
}

/** Tokens i and i+1 are separated by nothing or by one space (a name never spans a line break). */
export function adjacent(ctx: SpeakerContext, i: number): boolean {
  const a = ctx.toks[i];
  const b = ctx.toks[i + 1];
  if (!a || !b) return false;
  const gap = ctx.text.slice(a.end, b.start);
  return gap === '' || gap === ' ' || gap === '\u00a0';
}

/**
 * Does token q stand on the line of the token before it? A phrase read across a line break
 * (`pernyataan dari` at a line's end, a heading's `Kemenkeu` after it) joins two texts.
 */
export function sameLine(ctx: SpeakerContext, q: number): boolean {
  const { toks } = ctx;
  return !!toks[q] && q > 0 && !/[\r\n]/.test(ctx.text.slice(toks[q - 1].end, toks[q].start));
}
