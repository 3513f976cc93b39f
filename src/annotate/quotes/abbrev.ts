/**
 * Title abbreviations: `kata Menkumham` after `Menteri Hukum dan HAM Yasonna Laoly` is Yasonna
 * Laoly, and `kata Kapuspenkum` after `Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejagung, M Rum`
 * is M Rum. Newsrooms coin such words from syllables of the title's words (`Men`teri hu`kum` `HAM`),
 * so a one-word speaker that spells, piece by piece, the title printed earlier before a name
 * stands for that name.
 */
import { isCap } from './text.js';
import { cleanRun, runForward, type SpeakerContext, type SpeakerRef } from './speaker.js';

/**
 * The name printed after the last earlier title phrase that the one-word name `r` abbreviates:
 * one defined in brackets (`Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejagung, M Rum`), one
 * the language's known title forms expand (`forms`: `menlu` -> `menteri luar negeri`), or one it
 * spells.
 */
export function abbreviatedTitleHolder(ctx: SpeakerContext, r: SpeakerRef, forms: Readonly<Record<string, string>>): SpeakerRef | null {
  const { toks, lex } = ctx;
  const w = r.text.toLowerCase();
  if (/\s/.test(w) || w.length < 5 || !/^\p{L}+$/u.test(w)) return null;
  let found: SpeakerRef | null = null;
  for (let i = 0; i < toks.length && toks[i].end <= r.start; i++) {
    if (!isCap(toks[i]) || !ctx.titles.has(toks[i].low)) continue;
    // The run of capitalized words (joined by `dan`) from the title on.
    let e = i + 1;
    while (toks[e] && toks[e].end <= r.start && toks[e].start - toks[e - 1].end <= 1 && (isCap(toks[e]) || (lex.coordinators.includes(toks[e].low) && isCap(toks[e + 1])))) e++;
    if (toks[e]?.text === '(' && toks[e + 1]?.low === w && toks[e + 2]?.text === ')') {
      const n = namedAfter(ctx, e + 3, r.start);
      if (n) found = n;
      i = e + 2;
      continue;
    }
    for (let p = i + 1; p < e; p++) {
      const name = toks.slice(p, e);
      if (!name.every((t) => isCap(t)) || ctx.titles.has(toks[p].low)) continue;
      const title = toks.slice(i, p).filter((t) => !lex.coordinators.includes(t.low)).map((t) => t.low);
      const known = forms[w] !== undefined && forms[w] === toks.slice(i, p).map((t) => t.low).join(' ');
      if (!known && (title.length < 2 || !spells(w, title))) continue;
      const c = cleanRun(ctx, p, e);
      if (c) found = { kind: 'name', start: toks[c[0]].start, end: toks[c[1] - 1].end, text: ctx.text.slice(toks[c[0]].start, toks[c[1] - 1].end) };
      break;
    }
    i = e - 1;
  }
  return found;
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
  return c ? { kind: 'name', start: toks[c[0]].start, end: toks[c[1] - 1].end, text: ctx.text.slice(toks[c[0]].start, toks[c[1] - 1].end) } : null;
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
