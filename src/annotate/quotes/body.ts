/**
 * A body speaking through a group pronoun: `Manajemen klub Arema FC belum berkomentar. Namun mereka
 * memastikan …`. Where the sentence before names an organisation (a club, a band, a company: an
 * organisation noun or `resmi` before the name, a club or company suffix after it, or the tagger's
 * ORGANIZATION mention), `mereka` stands for it. A plural of people nearby (`para pedagang`,
 * `warga`) is who `mereka` is then; that group is no one the text names.
 */
import type { EntityMention } from '../../model/types.js';
import { overlapping } from './overlaps.js';
import { nameResolved, type Resolved } from './resolve.js';
import { cleanRun, nameToken, ref, runForward, sentenceInitial, type SpeakerContext, type SpeakerRef } from './speaker.js';
import { isCap, spanAt, tokenAt } from './text.js';

/** Is the group speaker `r` a pronoun that may stand for a body (`mereka`, not `kami`)? */
export function bodyPronoun(ctx: SpeakerContext, r: SpeakerRef): boolean {
  return r.kind === 'group' && ctx.lex.bodyPronouns.includes(r.text.toLowerCase());
}

/** The organisation the group pronoun `r` stands for, from the sentence before it; null when none or people are near. */
export function bodyBefore(ctx: SpeakerContext, r: SpeakerRef, sents: Array<[number, number]>, entities: EntityMention[]): Resolved | null {
  const { toks, lex } = ctx;
  const si = spanAt(sents, r.start);
  if (si < 1) return null;
  const from = tokenAt(toks, sents[si - 1][0]);
  const ri = tokenAt(toks, r.start);
  // People in the plural (`para pedagang`, `warga`) or any plural (`sejumlah LSM`) in either
  // sentence: `mereka` is more likely them.
  if (toks.slice(from, ri).some((t) => lex.peoplePlurals.includes(t.low))) return null;
  const e0 = sents[si - 1][1];
  for (let k = from; k < toks.length && toks[k].start < e0; k++) {
    if (!nameToken(ctx, k) || (k > from && nameToken(ctx, k - 1) && toks[k - 1].end >= toks[k].start - 1)) continue;
    const e = runForward(ctx, k, e0);
    const c = cleanRun(ctx, k, e);
    if (!c) continue;
    const body = organisation(ctx, c[0], c[1], entities);
    if (body) return body;
    k = e - 1;
  }
  return null;
}

/** The organisation the name at tokens [a, b) is, or null: by the tagger's type, else by the words around it. */
function organisation(ctx: SpeakerContext, a: number, b: number, entities: EntityMention[]): Resolved | null {
  const { toks, lex } = ctx;
  const n = ref(ctx, 'name', a, b);
  const typed = overlapping(entities, n.start, n.end).map((i) => entities[i].type);
  if (typed.length && !typed.includes('ORGANIZATION')) return null;
  // A word opening its sentence is no name by itself (`Namun …`).
  if (b - a === 1 && sentenceInitial(ctx, a) && !typed.length) return null;
  // `pemain Persib`, `Ketua MK`: a member or an office of the body, a person, is what the words name.
  if (lex.personNouns.includes(toks[a - 1]?.low ?? '') || ctx.titles.has(toks[a - 1]?.low ?? '')) return null;
  const noun = toks[a - 1]?.word && !isCap(toks[a - 1]) && lex.bodyNouns.includes(toks[a - 1].low);
  const suffix = lex.bodySuffixes.includes(toks[b - 1].low) && b - a > 1;
  if (!typed.length && !noun && !suffix) return null;
  return nameResolved(ctx, n, entities);
}
