/**
 * Academic and medical degrees printed after a name (`Rina Wulandari SpKK`, `Ari Syam, Sp.PD`,
 * `Fathur Rokhman M.Hum.`): they end a name and are never a speaker themselves.
 */
import { adjacent, nameToken, type SpeakerContext } from './speaker-context.js';
import { isCap, tokenAt } from './text.js';

/**
 * The end of a degree of the language's list printed at token j (`SpKK`, `Sp.OG`, `Sp. OT`, `M.Kes`,
 * `S.H.`, `MBA`), with a consultant's `(K)` after it, else -1; `marked` asks for one a name cannot
 * be mistaken for (with a dot, or mixed case like `SpKK`), as all capitals may be an acronym (`MA`).
 */
export function degreeEnd(ctx: SpeakerContext, j: number, marked = false): number {
  const { toks, lex, text } = ctx;
  if (!lex.degrees.length || !isCap(toks[j])) return -1;
  let s = '';
  let end = -1;
  let dotted = false;
  for (let k = j; k < j + 6 && toks[k]; k++) {
    const t = toks[k];
    // Parts are glued, or spaced after a dot (`Sp. OT`).
    const gap = k > j ? text.slice(toks[k - 1].end, t.start) : '';
    if (gap !== '' && !(gap === ' ' && toks[k - 1].text === '.' && t.word)) break;
    if (t.text === '.') {
      dotted = true;
      if (end === k) end = k + 1;
      continue;
    }
    if (!/^\p{L}+\d?$/u.test(t.text)) break;
    s += t.low;
    if (lex.degrees.includes(s)) end = k + 1;
  }
  if (end < 0) return -1;
  if (marked && !dotted && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(toks[j].text)) return -1;
  if (toks[end]?.text === '(' && toks[end + 1]?.text === 'K' && toks[end + 2]?.text === ')') end += 3;
  return end;
}

/** Are the tokens `[a, end)` degrees of the language's list and nothing else (`SpKK, M.Kes`, `S.H., M.H.`)? */
export function degreesOnly(ctx: SpeakerContext, a: number, end: number): boolean {
  let d = a;
  while (d < end) {
    if (d > a && ctx.toks[d].text === ',') d++;
    const e = degreeEnd(ctx, d);
    if (e < 0) return false;
    d = e;
  }
  // A closing period may have been read with the last degree (`M.H.` ending the sentence).
  return d > a && (d === end || (d === end + 1 && ctx.toks[end].text === '.'));
}

/** Is a name ending at offset `end` followed by a degree (`Giuseppe Crippa, MD`, `Rina SpKK`): a person's? */
export function degreeFollows(ctx: SpeakerContext, end: number): boolean {
  const k = tokenAt(ctx.toks, end);
  if (ctx.toks[k]?.text === ',') return degreeEnd(ctx, k + 1) > 0;
  return adjacent(ctx, k - 1) && degreeEnd(ctx, k, true) > 0;
}

/** Does an academic degree (`M.Hum`, `S.Pd`, `Ph.D`: short capitalized parts glued by dots, one in lower case) start at token j? */
export function academicDegreeAt(ctx: SpeakerContext, j: number): boolean {
  const [a, dot, b] = [ctx.toks[j], ctx.toks[j + 1], ctx.toks[j + 2]];
  // A part in lower case tells it from a company's `S.A.` or `N.V.` (all capitals).
  return !!a && !!dot && !!b && /^\p{Lu}\p{Ll}?$/u.test(a.text) && dot.text === '.' && a.end === dot.start && dot.end === b.start && /^\p{Lu}\p{Ll}{0,3}$/u.test(b.text) && /\p{Ll}/u.test(a.text + b.text);
}

/**
 * The comma opening a list of academic or medical degrees that ends at token `j` (`, Sp. Rad (K)
 * OnkRad`, `, Sp.PD`, `, M.Si`): short words opening with a capital (a degree's first part with its
 * dot, not all capitals like `PT.`), dots and brackets, after a name. Null when there is none.
 */
export function degreesFrom(ctx: SpeakerContext, j: number, floor: number): number | null {
  const { toks } = ctx;
  let c = j;
  while (c > floor && j - c < 8 && toks[c].text !== ',') c--;
  if (toks[c]?.text !== ',' || c >= j || !(nameToken(ctx, c - 1) || toks[c - 1]?.text === '.')) return null;
  // `, SpKK`, `, S.H., M.H.`: degrees of the language's list (a comma between two is read by the caller).
  if (degreesOnly(ctx, c + 1, j + 1)) return c;
  const seg = toks.slice(c + 1, j + 1);
  const [first, dot] = seg;
  if (!first || !/^\p{Lu}\p{Ll}{0,2}$/u.test(first.text) || dot?.text !== '.' || dot.start !== first.end) return null;
  return seg.every((t) => /^[.()]$/.test(t.text) || /^\p{Lu}\p{L}{0,6}$/u.test(t.text)) ? c : null;
}

/**
 * Past the degrees after a name that end at token j: the name before them speaks, not a degree.
 * `Soehartati Gondhowiardjo, Sp. Rad (K) OnkRad menyebut`, `Ari Syam, Sp.PD menyebut` after the
 * name's comma; `Rina Wulandari SpA mengatakan` with no comma, when no name is mistaken for the degree.
 */
export function pastDegrees(ctx: SpeakerContext, j: number, floor: number): number {
  for (let g = 0; g < 3 && j >= floor; g++) {
    const c = degreesFrom(ctx, j, floor);
    if (c === null) break;
    j = c - 1;
  }
  for (let q = j; q > floor && q >= j - 4; q--) {
    if (nameToken(ctx, q - 1) && adjacent(ctx, q - 1) && degreeEnd(ctx, q, true) === j + 1) return q - 1;
  }
  return j;
}
