/**
 * The shape of the words after a verb of saying: whether they open a clause of their own (what
 * was said) or are a noun object, a listener, a time or a place.
 */
import type { SpeakerContext } from './speaker.js';
import { isDefinite } from './speaker.js';

/**
 * Does a clause with its own subject open at token `k`: a subject pronoun, or a definite or
 * possessed noun phrase with an auxiliary a few words on (`saying the account was …`, `said his
 * lander should …`; not `saying the word`)?
 */
export function clauseSubjectAt(ctx: SpeakerContext, k: number, se: number): boolean {
  const { toks, lex } = ctx;
  const w = toks[k]?.low ?? '';
  if ([...lex.pronouns, ...lex.groupPronouns, ...lex.partyPronouns].includes(w)) return true;
  if (!isDefinite(ctx, w) && !lex.possessives.includes(w)) return false;
  for (let q = k + 2; q < k + 7 && toks[q] && toks[q].start < se && toks[q].word; q++) if (lex.clauseMarkers.includes(toks[q].low) || lex.passiveAuxiliaries.includes(toks[q].low)) return true;
  return false;
}
