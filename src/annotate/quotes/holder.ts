/**
 * A speaker named at the cue by a title and a body only (`CEO Creative Media Works memastikan …`)
 * is often named in full elsewhere, before or after (`kata CEO Creative Media Works Matthew
 * Talbot`): the person printed right after the same title and body is the speaker.
 */
import { isCap, tokenAt } from './text.js';
import { adjacent, cleanRun, ref, roleEndingAt, runForward, sameLine, speakerBefore, type SpeakerContext, type SpeakerRef } from './speaker.js';

/**
 * The name printed after another occurrence of the title run that `r` follows at its cue (the
 * nearest one), when `r` is preceded by a capitalized title: `r` is then the title's body, not a
 * person. Null when the cue has no title before it or the title never stands before a name.
 */
export function titleHolderElsewhere(ctx: SpeakerContext, r: SpeakerRef): SpeakerRef | null {
  const { toks } = ctx;
  const rs = tokenAt(toks, r.start);
  const re = tokenAt(toks, r.end);
  let t0 = rs;
  while (t0 > 0 && isCap(toks[t0 - 1]) && ctx.titles.has(toks[t0 - 1].low) && adjacent(ctx, t0 - 1)) t0--;
  if (t0 === rs) return null;
  const seq = toks.slice(t0, re).map((t) => t.low);
  let best: SpeakerRef | null = null;
  let bestDist = Infinity;
  for (const p of ctx.wordIndex.get(toks[t0].text) ?? []) {
    if (p === t0 || !seq.every((w, k) => toks[p + k]?.low === w)) continue;
    let n = p + seq.length;
    // `Menteri Koordinator … (Menko Polhukam) Wiranto`: the title as the long form's acronym; a
    // name of one word is enough after it.
    const acronym = toks[n]?.text === ')' && toks[p - 1]?.text === '(';
    if (toks[n]?.text === ',' || acronym) n++;
    else if (!adjacent(ctx, n - 1)) continue;
    if (!isCap(toks[n])) continue;
    const c = cleanRun(ctx, n, runForward(ctx, n, Infinity));
    if (!c || c[1] - c[0] < (acronym ? 1 : 2)) continue;
    const dist = Math.abs(p - t0);
    if (dist < bestDist) {
      bestDist = dist;
      best = ref(ctx, 'name', c[0], c[1]);
    }
  }
  return best;
}

/**
 * `Juru bicara SDF menyebutkan …`: a role of a body printed by its acronym, with no person the
 * article names in that role (`juru bicara SDF Name`, `Name, juru bicara SDF`), is one unnamed
 * person: no speaker, rather than the body.
 */
export function unnamedRoleOfBody(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const { toks } = ctx;
  const rs = tokenAt(toks, r.start);
  if (tokenAt(toks, r.end) !== rs + 1 || !/^\p{Lu}{2,}$/u.test(toks[rs].text)) return false;
  const s = roleEndingAt(ctx, rs - 1);
  if (s === null) return false;
  const seq = toks.slice(s, rs + 1).map((t) => t.low);
  for (let p = 0; p < toks.length; p++) {
    if (p === s || !seq.every((w, k) => toks[p + k]?.low === w)) continue;
    let n = p + seq.length;
    if (toks[n]?.text === ',') n++;
    const after = isCap(toks[n]) ? cleanRun(ctx, n, runForward(ctx, n, Infinity)) : null;
    if ((after && after[1] - after[0] >= 2) || (toks[p - 1]?.text === ',' && isCap(toks[p - 2]))) return false;
  }
  return true;
}

/**
 * `Pejabat Kremlin mengatakan …`, `kata pejabat Saudi`: a role that names no one (`pejabat`)
 * qualified only by a body or place is one unnamed official, not the body: no speaker. The body
 * speaks only through a word that stands for it (`kata pemerintah Saudi`).
 */
export function officialOfBody(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const { toks, lex } = ctx;
  if (r.kind !== 'name') return false;
  const rs = tokenAt(toks, r.start);
  const opens = lex.unnamedOfficials.includes(toks[rs].low) && tokenAt(toks, r.end) > rs + 1;
  // The role may carry a word of its own before the body (`Petugas keamanan AS`, `Sumber pemerintah AS`).
  const before = (k: number) => k >= 0 && toks[k].word && adjacent(ctx, k) && lex.unnamedOfficials.includes(toks[k].low);
  return opens || before(rs - 1) || (rs > 1 && toks[rs - 1].word && adjacent(ctx, rs - 1) && before(rs - 2));
}

/** The first index of a relation noun (`kuasa hukum`, `istri`) that ends right before token `n`, or null. */
function relationBefore(ctx: SpeakerContext, n: number): number | null {
  const { toks, lex } = ctx;
  // A capitalized word there is part of a name (`Putri Ayu`), not a relation.
  if (n < 1 || !toks[n - 1].word || isCap(toks[n - 1]) || !adjacent(ctx, n - 1)) return null;
  for (const phrase of lex.relationNouns) {
    const w = phrase.split(/\s+/);
    const s = n - w.length;
    if (!(s >= 0 && w.every((x, k) => toks[s + k].low === x && (k === w.length - 1 || adjacent(ctx, s + k))))) continue;
    // `dokter anak Rina`: the noun closes a profession (a children's doctor), no relation.
    if (s >= 1 && toks[s - 1].word && adjacent(ctx, s - 1) && lex.professionCompounds.includes(`${toks[s - 1].low} ${phrase}`)) return null;
    return s;
  }
  return null;
}

/** The person printed with the relation at token `p` (its words run to `n`): `X, kuasa hukum Y` or `kuasa hukum Y, X`. */
function relationHolderAt(ctx: SpeakerContext, p: number, n: number): SpeakerRef | null {
  const { toks } = ctx;
  if (toks[n]?.text === ',' && isCap(toks[n + 1])) {
    const c = cleanRun(ctx, n + 1, runForward(ctx, n + 1, Infinity));
    if (c) return ref(ctx, 'name', c[0], c[1]);
  }
  if (toks[p - 1]?.text === ',') {
    const before = speakerBefore(ctx, p - 1, Math.max(0, p - 8));
    if (before?.kind === 'name') return before;
  }
  return null;
}

/**
 * `kuasa hukum Rudi menyebut …`, `Bagus, kuasa hukum Rudi membenarkan …`: a name printed right
 * after a relation noun is not the speaker; the one in that relation is. That is the person printed
 * with the same relation and name, at the cue or, nearest first, elsewhere in the article;
 * 'unnamed' when the article names no one in it. Null when `r` follows no relation noun.
 */
export function relatedPerson(ctx: SpeakerContext, r: SpeakerRef): SpeakerRef | 'unnamed' | null {
  const { toks } = ctx;
  if (r.kind !== 'name') return null;
  const rs = tokenAt(toks, r.start);
  const rel = relationBefore(ctx, rs);
  if (rel === null) return null;
  const seq = toks.slice(rel, tokenAt(toks, r.end)).map((t) => t.low);
  let best: SpeakerRef | null = relationHolderAt(ctx, rel, rel + seq.length);
  let bestDist = best ? 0 : Infinity;
  // Other printings of the same name (the article's word index), each checked for the relation before it.
  for (const at of ctx.wordIndex.get(toks[rs].text) ?? []) {
    const p: number = at - (rs - rel);
    if (bestDist === 0) break;
    if (p === rel || p < 0 || !seq.every((w, k) => toks[p + k]?.low === w)) continue;
    const h = relationHolderAt(ctx, p, p + seq.length);
    if (h && Math.abs(p - rel) < bestDist) {
      best = h;
      bestDist = Math.abs(p - rel);
    }
  }
  return best ?? 'unnamed';
}

/**
 * `kata seorang sumber`, `ujar sumber yang enggan disebut namanya`, `Menurut seorang pejabat, …`:
 * a role that names no one (`sumber`, `pejabat`) at token q, with no name after it, is a speaker the
 * text keeps unnamed; so is the same noun with a demonstrative (`lanjut sumber tersebut`) when its
 * last earlier mention was such an unnamed one. The quote is then no named person's, however near
 * one stands. An indefinite (`seorang`) may stand before q.
 */
export function unnamedSourceAt(ctx: SpeakerContext, q: number, back = true): boolean {
  const { toks, lex } = ctx;
  const t = toks[q];
  if (!t?.word || !lex.unnamedOfficials.includes(t.low)) return false;
  // A capital only where the sentence or line opens (`Sumber itu menambahkan`), not a name (`Sumber Waras`).
  if (isCap(t) && q > 0 && toks[q - 1].word && /^[ \u00a0]*$/.test(ctx.text.slice(toks[q - 1].end, t.start))) return false;
  const next = toks[q + 1];
  const nextOnLine = sameLine(ctx, q + 1);
  // `sumber Kemenkeu`, `pejabat BPBD`: a body after the role is officialOfBody's to judge.
  if (nextOnLine && isCap(next)) return false;
  // `kata pejabat kementerian Budi Santoso`, `kata pejabat kementerian itu, Budi Santoso`: a name
  // a few words on, before any preposition (`kepada Radar Online` names the listener) or clause.
  for (let k = q + 1; k < q + 7 && toks[k]; k++) {
    if (toks[k].word && (lex.stopAfterName.includes(toks[k].low) || lex.relativePronouns.includes(toks[k].low))) break;
    if (toks[k].word && isCap(toks[k])) return false;
    if (!toks[k].word) {
      if (toks[k].text === ',' && isCap(toks[k + 1]) && sameLine(ctx, k + 1)) return false;
      break;
    }
  }
  if (nextOnLine && lex.demonstratives.includes(next.low)) {
    if (!back) return false;
    // The chain back to where it was introduced: `sumber tersebut` may follow `sumber itu` in turn.
    for (let p = q - 1; p >= 0; p--) if (toks[p].low === t.low && !lex.demonstratives.includes(toks[p + 1]?.low ?? '')) return unnamedSourceAt(ctx, p, false);
    return false;
  }
  return true;
}
