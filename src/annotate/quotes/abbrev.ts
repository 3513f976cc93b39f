/**
 * Title abbreviations: `kata Menkumham` after `Menteri Hukum dan HAM Yasonna Laoly` is Yasonna
 * Laoly, and `kata Kapuspenkum` after `Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejagung, M Rum`
 * is M Rum. Newsrooms coin such words from syllables of the title's words (`Men`teri hu`kum` `HAM`),
 * so a one-word speaker that spells, piece by piece, the title printed earlier before a name
 * stands for that name.
 */
import { isCap, type Tok } from './text.js';
import { cleanRun, ref, runForward, type SpeakerContext, type SpeakerRef } from './speaker.js';

/**
 * The name printed after the last earlier title phrase that the one-word name `r` abbreviates:
 * one defined in brackets (`Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejagung, M Rum`), one
 * the language's known title forms expand (`forms`: `menlu` -> `menteri luar negeri`), or one it
 * spells.
 *
 * Reading the article from the start for every speaker would make long texts quadratic, so the
 * title phrases are found once per article (`titleRuns`) and, for each abbreviation, the phrases
 * that can give a name are listed once (`holdersOf`); a lookup then takes the last of them before
 * `r`. Only the phrase right before `r` is read again, since `r` may cut it short.
 */
export function abbreviatedTitleHolder(ctx: SpeakerContext, r: SpeakerRef, forms: Readonly<Record<string, string>>): SpeakerRef | null {
  const { toks } = ctx;
  const w = r.text.toLowerCase();
  if (/\s/.test(w) || w.length < 5 || !/^\p{L}+$/u.test(w)) return null;
  const runs = titleRuns(ctx);
  // Tokens before `cut` end before `r`; phrases starting there are the ones read.
  const cut = firstEndingAfter(toks, r.start);
  const n = lowerBound(runs.starts, cut);
  if (n === 0) return null;
  const last = holderAt(ctx, runs.starts[n - 1], Math.min(runs.ends[n - 1], cut), w, forms, r.start);
  if (last) return last;
  const h = holdersOf(ctx, runs, w, forms);
  // The last spelled or known title phrase before the last one…
  const k = lowerBound(h.named, n - 1) - 1;
  // … unless a bracketed definition comes later (its name is read up to `r`).
  for (let b = lowerBound(h.bracketed, n - 1) - 1; b >= 0 && h.bracketed[b] > (k >= 0 ? h.named[k] : -1); b--) {
    const found = holderAt(ctx, runs.starts[h.bracketed[b]], runs.ends[h.bracketed[b]], w, forms, r.start);
    if (found) return found;
  }
  return k >= 0 ? h.names[k] : null;
}

/** The title phrases an article-wide reading visits: where each starts and where its capitalized run ends. */
interface TitleRuns {
  starts: number[];
  ends: number[];
  /** Per abbreviation: the phrases that give it a name. */
  holders: Map<string, Holders>;
}

interface Holders {
  /** Phrases (indices into the runs) defining the abbreviation in brackets, ascending. */
  bracketed: number[];
  /** Phrases whose title the abbreviation spells or stands for, ascending, with the name after each. */
  named: number[];
  names: SpeakerRef[];
}

const runsOf = new WeakMap<SpeakerContext, TitleRuns>();

function titleRuns(ctx: SpeakerContext): TitleRuns {
  let runs = runsOf.get(ctx);
  if (runs) return runs;
  const { toks } = ctx;
  runs = { starts: [], ends: [], holders: new Map() };
  for (let i = 0; i < toks.length; i++) {
    if (!isCap(toks[i]) || !ctx.titles.has(toks[i].low)) continue;
    const e = runEnd(ctx, i, toks.length);
    runs.starts.push(i);
    runs.ends.push(e);
    i = e - 1;
  }
  runsOf.set(ctx, runs);
  return runs;
}

/** The run of capitalized words (joined by `dan`) from the title at token i on, before token `cut`. */
function runEnd(ctx: SpeakerContext, i: number, cut: number): number {
  const { toks, lex } = ctx;
  let e = i + 1;
  while (e < cut && toks[e] && toks[e].start - toks[e - 1].end <= 1 && (isCap(toks[e]) || (lex.coordinators.includes(toks[e].low) && isCap(toks[e + 1])))) e++;
  return e;
}

function holdersOf(ctx: SpeakerContext, runs: TitleRuns, w: string, forms: Readonly<Record<string, string>>): Holders {
  let h = runs.holders.get(w);
  if (h) return h;
  const { toks } = ctx;
  h = { bracketed: [], named: [], names: [] };
  // Only a phrase whose first word starts like the abbreviation can be spelled by it, and only one
  // opening with the known form's first word can be that form.
  const known = forms[w]?.split(' ')[0];
  for (let k = 0; k < runs.starts.length; k++) {
    const e = runs.ends[k];
    if (toks[e]?.text === '(' && toks[e + 1]?.low === w && toks[e + 2]?.text === ')') {
      h.bracketed.push(k);
      continue;
    }
    const first = toks[runs.starts[k]].low;
    if (!first.startsWith(w.slice(0, 2)) && first !== known) continue;
    const found = holderAt(ctx, runs.starts[k], e, w, forms, Infinity);
    if (found) {
      h.named.push(k);
      h.names.push(found);
    }
  }
  runs.holders.set(w, h);
  return h;
}

/** The name the title phrase `[i, e)` gives the abbreviation `w`, if any; a bracketed name is read up to `limit`. */
function holderAt(ctx: SpeakerContext, i: number, e: number, w: string, forms: Readonly<Record<string, string>>, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (toks[e]?.text === '(' && toks[e + 1]?.low === w && toks[e + 2]?.text === ')') return namedAfter(ctx, e + 3, limit);
  for (let p = i + 1; p < e; p++) {
    const name = toks.slice(p, e);
    if (!name.every((t) => isCap(t)) || ctx.titles.has(toks[p].low)) continue;
    const title = toks.slice(i, p).filter((t) => !lex.coordinators.includes(t.low)).map((t) => t.low);
    const known = forms[w] !== undefined && forms[w] === toks.slice(i, p).map((t) => t.low).join(' ');
    if (!known && (title.length < 2 || !spells(w, title))) continue;
    const c = cleanRun(ctx, p, e);
    return c ? ref(ctx, 'name', c[0], c[1]) : null;
  }
  return null;
}

/** Index of the first token ending after `offset`. */
function firstEndingAfter(toks: Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending `xs` are below `x`. */
function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The name after a bracketed abbreviation: `(X) Arief Yahya`, or `(X) Kejagung, M Rum` past an organisation. */
function namedAfter(ctx: SpeakerContext, k: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  if (!isCap(toks[k]) || toks[k].end > limit) return null;
  let a = k;
  let e = runForward(ctx, k, limit);
  if (toks[e]?.text === ',' && isCap(toks[e + 1]) && toks[e + 1].end <= limit) {
    a = e + 1;
    e = runForward(ctx, a, limit);
  }
  const c = cleanRun(ctx, a, e);
  return c ? ref(ctx, 'name', c[0], c[1]) : null;
}

/**
 * Can `w` be cut into one piece per word, in order, each piece the start of its word, its end
 * (`kum` of `hukum`), or its first letter and more letters of it in order (`ka` of `kepala`)?
 * The first piece must be the start of the first word, two letters or more.
 */
function spells(w: string, words: string[]): boolean {
  const go = (pos: number, wi: number): boolean => {
    if (wi === words.length) return pos === w.length;
    const word = words[wi];
    for (let len = 1; len <= Math.min(5, w.length - pos); len++) {
      const piece = w.slice(pos, pos + len);
      const ok = wi === 0 ? len >= 2 && word.startsWith(piece) : word.startsWith(piece) || (len >= 2 && word.endsWith(piece)) || (piece[0] === word[0] && subsequence(piece, word));
      if (ok && go(pos + len, wi + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

function subsequence(a: string, b: string): boolean {
  let k = 0;
  for (const c of b) if (c === a[k]) k++;
  return k === a.length;
}
