/**
 * Gender agreement between a pronoun at a cue and the person it may stand for: `she said` after
 * Hugh Hefner's words is not Hefner. Only a known gender on both sides rules a reading out; a
 * name whose gender the lists and the text do not tell stays a candidate for either pronoun.
 */
import type { Gender } from '../../lang/speech.js';
import { adjacent, type SpeakerContext } from './speaker.js';
import { isCap } from './text.js';

const GENDERS: Gender[] = ['male', 'female'];

/** The gender a pronoun implies (`she`: female), or null (`ia`, `they`). */
export function pronounGender(ctx: SpeakerContext, word: string): Gender | null {
  const w = word.toLowerCase();
  return GENDERS.find((g) => ctx.lex.gendered[g].pronouns.includes(w)) ?? null;
}

/** The gender an honorific before a name gives (`mrs`: female), or null. */
function honorificGender(ctx: SpeakerContext, word: string): Gender | null {
  return GENDERS.find((g) => ctx.lex.gendered[g].honorifics.includes(word)) ?? null;
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
  const honored = new Set<Gender>();
  const votes: Record<Gender, number> = { male: 0, female: 0 };
  // Given names printed right before the surname anywhere: two of them are two people of one
  // family (`Kimani Gray`, `Mahnefah Gray`), whom the surname alone does not tell apart.
  const givenNames = new Set<string>();
  const occurrences = ctx.wordIndex.get(last) ?? [];
  for (const i of occurrences) {
    const h = honorificGender(ctx, toks[toks[i - 1]?.text === '.' ? i - 2 : i - 1]?.low ?? '');
    if (h) honored.add(h);
    const before = isCap(toks[i - 1]) && adjacent(ctx, i - 1) ? toks[i - 1].text : null;
    if (before && !honorificGender(ctx, before.toLowerCase())) givenNames.add(before);
    // A full name's own occurrences only: the surname alone may be a relative's.
    if (words.length >= 2 && before !== words[words.length - 2]) continue;
    const v = pronounAfter(ctx, i);
    if (v) votes[v]++;
  }
  if (honored.size === 1) return [...honored][0];
  if (words.length === 1 && givenNames.size > 1) return null;
  // The word before the surname is the given name, or the first word (`John F. Kennedy`); not a
  // role capitalized before the name (`Singer Margaret Holloway`).
  const firsts = words.length >= 2 ? [words[words.length - 2], words[0]] : [...givenNames];
  const listed = firsts.map((w) => lex.givenNameGender(w)).find((g) => g) ?? null;
  // The pronouns after the name (`Swift said her label …`) tell little alone (`X told reporters
  // she …` may be about someone else), but two or more all of the other gender overrule the list
  // of names (which has `Taylor` as a man's name), and fill in a name the list lacks.
  const other = (g: Gender): Gender => (g === 'male' ? 'female' : 'male');
  if (listed) return votes[other(listed)] >= 2 && votes[listed] === 0 ? null : listed;
  if (votes.female >= 2 && votes.male === 0) return 'female';
  if (votes.male >= 2 && votes.female === 0) return 'male';
  return null;
}

/**
 * The gender of the first gendered pronoun after the name at token i in its sentence
 * (`Swift said her label …`), when no other name comes between: news refers to the person just
 * named. Null when none does.
 */
function pronounAfter(ctx: SpeakerContext, i: number): Gender | null {
  const { toks, lex } = ctx;
  let k = i + 1;
  while (k < toks.length && isCap(toks[k]) && adjacent(ctx, k - 1)) k++;
  for (let n = 0; k < toks.length && n < 25; k++, n++) {
    const t = toks[k];
    if (t.text === '.' || t.text === '!' || t.text === '?' || /["“”]/.test(t.text)) return null;
    const g = GENDERS.find((x) => lex.gendered[x].pronouns.includes(t.low));
    if (g) return g;
    // Another name between: the pronoun may be that person's.
    if (isCap(t) && t.word) return null;
  }
  return null;
}

/** Do a pronoun's gender and a person's known gender disagree? */
export function genderClash(ctx: SpeakerContext, pronoun: string, name: string): boolean {
  const g = pronounGender(ctx, pronoun);
  if (!g) return false;
  const p = personGender(ctx, name);
  return p !== null && p !== g;
}
