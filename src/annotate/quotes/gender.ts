/**
 * Gender agreement between a pronoun at a cue and the person it may stand for: `she said` after
 * Hugh Hefner's words is not Hefner. Only a known gender on both sides rules a reading out; a
 * name whose gender the lists and the text do not tell stays a candidate for either pronoun.
 */
import type { Gender } from '../../lang/speech.js';
import type { SpeakerContext } from './speaker.js';
import { isCap } from './text.js';

const GENDERS: Gender[] = ['male', 'female'];

/** The gender a pronoun implies (`she`: female), or null (`ia`, `they`). */
export function pronounGender(ctx: SpeakerContext, word: string): Gender | null {
  const w = word.toLowerCase();
  return GENDERS.find((g) => ctx.lex.gendered[g].pronouns.includes(w)) ?? null;
}

/** Memo per article and name. */
const memo = new WeakMap<SpeakerContext, Map<string, Gender | null>>();

/**
 * The gender of the person named `name` in this article: from an honorific printed right before
 * the name's last word anywhere in the text (`Mrs. Page`, `Mr. Hefner`), else from the given name
 * (`Tara Reid`; for a surname alone, the given name printed before it elsewhere). Null when
 * unknown or when the evidence disagrees.
 */
export function personGender(ctx: SpeakerContext, name: string): Gender | null {
  let byName = memo.get(ctx);
  if (!byName) memo.set(ctx, (byName = new Map()));
  if (byName.has(name)) return byName.get(name)!;
  const g = genderOf(ctx, name);
  byName.set(name, g);
  return g;
}

function genderOf(ctx: SpeakerContext, name: string): Gender | null {
  const { toks, lex } = ctx;
  const words = name.split(/\s+/).filter((w) => w && !ctx.titles.has(w.toLowerCase().replace(/\.$/, '')));
  const last = words[words.length - 1];
  if (!last) return null;
  const seen = new Set<Gender>();
  for (const i of ctx.wordIndex.get(last) ?? []) {
    const p = toks[i - 1]?.text === '.' ? i - 2 : i - 1;
    const h = toks[p]?.low ?? '';
    for (const g of GENDERS) if (lex.gendered[g].honorifics.includes(h)) seen.add(g);
    // The given name printed before the surname (`Tara Reid` for a later `Reid`).
    if (words.length === 1 && isCap(toks[i - 1]) && toks[i - 1].end < toks[i].start) {
      const given = lex.givenNameGender(toks[i - 1].text);
      if (given) seen.add(given);
    }
  }
  if (words.length >= 2) {
    const given = lex.givenNameGender(words[0]);
    if (given) seen.add(given);
  }
  return seen.size === 1 ? [...seen][0] : null;
}

/** Do a pronoun's gender and a person's known gender disagree? */
export function genderClash(ctx: SpeakerContext, pronoun: string, name: string): boolean {
  const g = pronounGender(ctx, pronoun);
  if (!g) return false;
  const p = personGender(ctx, name);
  return p !== null && p !== g;
}
