/**
 * What every part of the quote rules reads about one text (its tokens, paragraphs, sentences,
 * quote marks, the language's lexicons), built once per text by `quoteContext`; the record of a
 * quote or statement found; and the small word-level tests the cue readers share.
 */
import type { LangPack } from '../../lang/pack.js';
import type { SpeechLexicon } from '../../lang/speech.js';
import type { EntityMention } from '../../model/types.js';
import { unnamedSourceAt } from './holder.js';
import type { QuoteCue } from './index.js';
import { type Pair, quotePairs } from './pairs.js';
import type { Resolved } from './resolve.js';
import { makeContext, type SpeakerContext, type SpeakerRef } from './speaker.js';
import { insideAny, isCap, matchPhrase, paragraphs, sentences, spanAt, type Tok, tokenAt, tokenize } from './text.js';

/** The speaker context of a text, with its paragraphs, sentences and quote marks. */
export interface QuoteContext extends SpeakerContext {
  pack: LangPack;
  entities: EntityMention[];
  paras: Array<[number, number]>;
  pairs: Pair[];
  sents: Array<[number, number]>;
  /** The sentence holding an offset (the offset itself, empty, when none does). */
  sentenceOf: (off: number) => [number, number];
  /** Is the offset inside quote marks? */
  inQuote: (off: number) => boolean;
}

export function quoteContext(text: string, pack: LangPack, entities: EntityMention[]): QuoteContext {
  const lex = pack.speech;
  const toks = tokenize(text);
  // Not the seasons: `Ramadhan` is also a common personal name (`Gilang Ramadhan`).
  const calendar = [...Object.keys(pack.weekdays), ...Object.keys(pack.months)];
  const notName = new Set<string>([...calendar, ...pack.stopwords, ...lex.adverbs, ...lex.connectives, ...lex.accordingTo.flatMap((p) => p.split(/\s+/))]);
  const ctx = makeContext(text, toks, lex, notName, calendar, Object.keys(pack.ner.demonyms ?? {}));
  const paras = paragraphs(text);
  const pairs = quotePairs(text, paras, (off) => cueFollows(lex, toks, off), (off) => cuePrecedes(lex, toks, off));
  const sents: Array<[number, number]> = paras.flatMap(([s, e]) => sentences(text, s, e));
  const sentenceOf = (off: number): [number, number] => sents[spanAt(sents, off)] ?? [off, off];
  const inQuote = insideAny(pairs.map((p) => [p.open, p.close]));
  return { ...ctx, pack, entities, paras, pairs, sents, sentenceOf, inQuote };
}

/** A quote or an indirect statement found, with its cue; the speaker is resolved later, in reading order. */
export interface Event {
  start: number;
  end: number;
  /** Where the cue sits, for "most recent speaker". */
  at: number;
  direct: boolean;
  cue: QuoteCue;
  ref: SpeakerRef | null;
  /** Link to an earlier event whose speaker this one shares (split or continued quotes). */
  sameAs?: Event;
  /** A direct quote left open at its paragraph's end (it continues in the next paragraph). */
  openEnded?: boolean;
  resolved?: Resolved | null;
  /** Cued by an unnamed speaker (`"…," said a Foreign Office spokesman`): attributed to no one. */
  unnamed?: boolean;
}

/**
 * Does a verb of saying follow offset `off` within three words, past a comma or a full stop
 * (`," kata Budi`, `," he said`, `," Budi Santoso said`)?
 */
function cueFollows(lex: SpeechLexicon, toks: Tok[], off: number): boolean {
  let i = tokenAt(toks, off);
  while (toks[i] && /^[,.]$/.test(toks[i].text)) i++;
  for (let k = i; k < i + 3 && toks[k]?.word; k++) if (isCueVerb(lex, toks[k])) return true;
  return false;
}

/** Is the word right before offset `off` a verb of saying (the `said` of `said: '…'`, `mengatakan:`)? */
function cuePrecedes(lex: SpeechLexicon, toks: Tok[], off: number): boolean {
  const i = tokenAt(toks, off);
  return isCueVerb(lex, toks[i - 1]) || isReporting(lex, toks[i - 1]);
}

/** Does a predicate open at t (an auxiliary, a negation, an aspect or modal word: `akan`, `mulai`, `mau`)? */
export function opensPredicate(lex: SpeechLexicon, t: Tok | undefined): boolean {
  return !!t && t.word && (lex.clauseMarkers.includes(t.low) || lex.predicateOpeners.includes(t.low));
}

/** Is the word `low` one of `stems` with a pronoun clitic glued on (`katanya`, `pandangannya`)? */
export function stemWithClitic(low: string, lex: SpeechLexicon, stems: string[]): boolean {
  for (const c of lex.clitics) if (low.endsWith(c) && stems.includes(low.slice(0, -c.length))) return true;
  return false;
}

/** A verb that cues a quote (`kata`, `ujar`, `said`), also with a clitic for its speaker (`katanya`). */
export function isCueVerb(lex: SpeechLexicon, t: Tok | undefined): boolean {
  return !!t && t.word && (lex.cueVerbs.includes(t.low) || stemWithClitic(t.low, lex, lex.cueVerbs));
}

/** A verb that reports speech after its subject (`X mengatakan bahwa …`, `X said that …`). */
export function isReporting(lex: SpeechLexicon, t: Tok | undefined): boolean {
  return !!t && t.word && lex.reportingVerbs.includes(t.low);
}

/** A verb that reports speech only sometimes (`menyampaikan`, `urged`): with a complementizer, a comma or a quote after it. */
export function isWeak(lex: SpeechLexicon, t: Tok | undefined): boolean {
  return !!t && t.word && lex.weakReportingVerbs.includes(t.low);
}

/** A word with a pronoun clitic glued on (`menurutnya`, `disebutnya`), not itself a cue verb. */
export function withClitic(lex: SpeechLexicon, t: Tok): boolean {
  return lex.clitics.some((c) => t.low.endsWith(c) && t.low.length > c.length + 2 && !lex.cueVerbs.includes(t.low));
}

/**
 * `a victim of Epstein's alleged sex ring`: between a possessive and a noun the participle at v
 * qualifies the noun; it is no verb of speech (`…, Macy's added.`, `McDonald's said net …` are).
 * The noun may stand in quote marks (`X's alleged "abuse network"`).
 */
export function qualifiesNoun(ctx: SpeakerContext, v: number): boolean {
  const { toks, lex } = ctx;
  const n = toks[/^["“]$/.test(toks[v + 1]?.text ?? '') ? v + 2 : v + 1];
  return /['’]s$/.test(toks[v - 1]?.text ?? '') && !lex.clauseVerbs.includes(toks[v].low) && !!n?.word && !isCap(n) && !lex.complementizers.includes(n.low);
}

/** The token as a pronoun speaker (`ia`, `he`, the clitic of `ujarnya`), resolved later like one. */
export function pronounRef(t: Tok): SpeakerRef {
  return { kind: 'pronoun', start: t.start, end: t.end, text: t.text };
}

/** `menurut`, `according to` at token i: the index after it, or -1. */
export function accordingAt(ctx: SpeakerContext, i: number): number {
  return matchPhrase(ctx.toks, i, ctx.lex.accordingTo);
}

/** An unnamed source (`sumber`, `pejabat`: see unnamedSourceAt) at token k, or after an indefinite there (`seorang sumber`)? */
export function unnamedSourceFrom(ctx: SpeakerContext, k: number): boolean {
  const e = matchPhrase(ctx.toks, k, ctx.lex.indefinitePersons);
  return unnamedSourceAt(ctx, e > 0 ? e : k);
}

/**
 * An indefinite article or person word at token k (`a`, `one`), then a few words (initials with
 * their dots among them: `a U.S. official`) ending in a role or person noun that no name follows:
 * one unnamed person (`a Foreign Office spokesman`, `one U.S. crew chief`).
 */
export function indefiniteRoleAt(ctx: SpeakerContext, k: number): boolean {
  const { toks, lex } = ctx;
  const w = toks[k]?.low ?? '';
  if (!(lex.articles.indefinite.includes(w) || lex.indefinitePersons.includes(w))) return false;
  for (let q = k + 1, words = 0; words < 4 && toks[q] && (toks[q].word || (toks[q].text === '.' && /^\p{Lu}$/u.test(toks[q - 1].text))); q++) {
    if (!toks[q].word) continue;
    words++;
    if (lex.personNouns.includes(toks[q].low) || ctx.roles.some((r) => r[r.length - 1] === toks[q].low)) return !isCap(toks[q + 1]);
  }
  return false;
}

/**
 * A dateline opening a sentence: capitals, commas and an outlet's `.com`, then a dash; or in mixed
 * case, a place and an outlet of up to three words after a comma or in brackets, then a spaced
 * dash (`Jakarta, CNN Indonesia - - `, `London (ANTARA News) - `).
 */
export const DATELINE = /^(?:[\p{Lu}][\p{Lu}\s,.()/]*(?:\.com|\.co\.id)?\s*[-–—]+\s*|\p{Lu}\p{L}+(?:,\s*(?:[\p{L}.]+\s){0,2}[\p{L}.]+|\s*\([^)]{1,30}\))\s+[-–—](?:\s*[-–—])*\s+)/u;
