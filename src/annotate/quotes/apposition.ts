/**
 * A speaker's description set off by commas between the name and the verb, after a quote:
 * `"…," Jane Roe, chief engineer at the port authority in Leeds, England, said.` The description
 * may hold commas of its own (a place and its country, a second role joined by `and`).
 */
import { isCap, type Tok } from './text.js';
import { roleStartingAt, type SpeakerContext } from './speaker.js';

/** How many tokens a description may run before the verb is no longer this speaker's. */
const MAX_DESCRIPTION = 40;

/**
 * The index of the verb closing a description that opens at the comma `k`, or -1. The description
 * opens with an article, a lower-case word, a title, a role or an acronym (`CEO`): a capitalized
 * name there is a list of people (`Smith, Jones and Lee said`), not a description.
 */
export function verbAfterDescription(ctx: SpeakerContext, k: number, end: number, isVerb: (t: Tok) => boolean): number {
  const { toks } = ctx;
  const first = toks[k + 1];
  if (toks[k]?.text !== ',' || !first?.word || first.start >= end) return -1;
  const opens = !isCap(first) || ctx.titles.has(first.low) || roleStartingAt(ctx, k + 1) !== null || /^\p{Lu}{2,}$/u.test(first.text);
  if (!opens) return -1;
  for (let q = k + 2; q < k + MAX_DESCRIPTION && toks[q] && toks[q].start < end; q++) {
    if (/^["“”«»]$/.test(toks[q].text)) return -1;
    if (toks[q].text === ',' && toks[q + 1] && toks[q + 1].start < end && isVerb(toks[q + 1])) return q + 1;
  }
  return -1;
}

/** How many words a role apposed at the end of a sentence may run (`Direktur Jenderal … Kemenhub`). */
const MAX_ROLE_TAIL = 12;

/**
 * Is everything from token `k` to the sentence's end (offset `end`) a role apposed to the speaker
 * just named (`…, kata Pudji Hartanto, Dirjen Perhubungan Darat Kemenhub.`)? It opens with a title
 * or a role and holds no word that opens a clause (an auxiliary, a complementizer, a pronoun, an
 * active verb), so it is a description, not what was said.
 */
export function roleTail(ctx: SpeakerContext, k: number, end: number): boolean {
  const { toks, lex } = ctx;
  const first = toks[k];
  if (!first?.word || first.start >= end) return false;
  if (roleStartingAt(ctx, k) === null && !(isCap(first) && ctx.titles.has(first.low))) return false;
  const words: Tok[] = [];
  for (let q = k; toks[q] && toks[q].start < end; q++) if (toks[q].word) words.push(toks[q]);
  if (words.length > MAX_ROLE_TAIL) return false;
  const opensClause = (w: Tok) =>
    [...lex.clauseMarkers, ...lex.complementizers, ...lex.pronouns, ...lex.groupPronouns].includes(w.low) ||
    lex.activePrefixes.some((p) => w.low.startsWith(p) && w.low.length > p.length + 3);
  return !words.some((w) => !isCap(w) && opensClause(w));
}
