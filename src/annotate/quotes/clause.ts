/**
 * The shape of the words after a verb of saying: whether they open a clause of their own (what
 * was said) or are a noun object, a listener, a time or a place.
 */
import type { LangPack } from '../../lang/pack.js';
import type { SpeechLexicon } from '../../lang/speech.js';
import { opensPredicate, stemWithClitic } from './context.js';
import { speechWord } from './resolve.js';
import { isDefinite, type SpeakerContext } from './speaker.js';
import { isCap, matchPhrase, type Tok, tokenAt } from './text.js';

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
  // `the debt - hit country had …`: a hyphen printed apart joins two words of the subject.
  const inPhrase = (q: number) => toks[q].word || (toks[q].text === '-' && !!toks[q + 1]?.word);
  for (let q = k + 2; q < k + 7 && toks[q] && toks[q].start < se && inPhrase(q); q++) if (lex.clauseMarkers.includes(toks[q].low) || lex.passiveAuxiliaries.includes(toks[q].low)) return true;
  return false;
}

/**
 * Does a clause (rather than a noun object) start at token k after a weak reporting verb? Yes when
 * an auxiliary or modal follows a few content words (`anggaran 2015 akan mengalami defisit`); a
 * function word or a relative pronoun before it says the words are a noun phrase.
 */
export function clauseFollows(ctx: SpeakerContext, k: number, end: number): boolean {
  const { toks, lex } = ctx;
  // `memastikan saat ini belum terpikir …`: a time phrase of several words opens the clause, not its subject.
  const time = matchPhrase(toks, k, lex.adverbs.filter((w) => /\s/.test(w)));
  if (time > 0) k = time;
  // `Grab mengumumkan mendapatkan kucuran dana …`: an active verb opens a subjectless clause
  // (the speaker's own act); `mengumumkan menteri baru` is a noun (no stem long enough after `men-`).
  // A verb of speech there is a verb of its own (`menolak mengatakan …`), read at its own turn.
  const first = toks[k];
  // `tweeted she will be hosting …`: a subject pronoun and an auxiliary open a clause.
  if (first && [...lex.pronouns, ...lex.groupPronouns].includes(first.low) && pronounSubjectClause(lex, toks, k, end)) return true;
  if (first?.word && first.start < end && !isCap(first) && !speechWord(lex, first.low) && lex.activePrefixes.some((p) => first.low.startsWith(p) && first.low.length >= p.length + 6)) return true;
  let span = 6;
  // `siapa pun dapat …`: a question word made indefinite is the clause's subject.
  if (lex.interrogatives.includes(first?.low ?? '') && lex.indefiniteParticles.includes(toks[k + 1]?.low ?? '')) k += 2;
  // `the band has been …`: an article opens the clause's subject (a function word that ends a clause elsewhere).
  if (lex.articles.definite.includes(toks[k]?.low ?? '')) k++;
  for (let q = k; q < k + span && toks[q] && toks[q].start < end; q++) {
    const t = toks[q];
    if (!t.word) return false;
    // `mengisyaratkan persiapan yang dilakukan Chelsea sejauh ini sudah berjalan`: a relative clause
    // opening with a verb qualifies the noun; an auxiliary after it is the clause's own (one right
    // after `yang` would be the relative clause's: `produk yang akan dirilis`).
    if (q > k && lex.relativePronouns.includes(t.low) && span === 6 && toks[q + 1]?.word && !lex.clauseMarkers.includes(toks[q + 1].low) && verbalWord(lex, toks[q + 1].low)) {
      span = q - k + 7;
      q++;
      continue;
    }
    // `berjanji bakal menutup …`, `memastikan telah memiliki …`: an auxiliary opens a clause even
    // with no subject of its own (the speaker's own act or state).
    // Not when a bare stem with a clitic follows: `menyayangkan belum adanya wadah …` is a noun
    // phrase (the clitic nominalizes), not a clause.
    if (lex.clauseMarkers.includes(t.low)) return !nominalized(lex, toks[q + 1]);
    // `menyampaikan kegiatan ini bertujuan …`: a noun phrase closed by a demonstrative, then a verb
    // with no object (or a passive one), is the clause's subject; an active-looking word there may be a
    // preposition (`menjelang`).
    const nx = toks[q + 1];
    if (q > k && lex.demonstratives.includes(t.low) && nx?.word && nx.start < end && !isCap(nx) && !lex.stopAfterName.includes(nx.low) && !ctx.notName.has(nx.low) && verbalWord(lex, nx.low)) return true;
    // Inside such a relative clause, function words (`sejauh ini`) do not end it; a preposition does.
    if ((span === 6 && ctx.notName.has(t.low)) || lex.relativePronouns.includes(t.low) || lex.stopAfterName.includes(t.low)) return false;
  }
  return false;
}

/**
 * The subject pronoun at token k opens a clause: an auxiliary right after it (`tweeted she will …`),
 * or after a few words joined to it (`denied he or any one individual could …`), never past a
 * relative pronoun or a mark.
 */
function pronounSubjectClause(lex: SpeechLexicon, toks: Tok[], k: number, end: number): boolean {
  const coordinated = lex.coordinators.includes(toks[k + 1]?.low ?? '');
  for (let q = k + 1; q < k + (coordinated ? 6 : 2) && toks[q] && toks[q].start < end && toks[q].word; q++) {
    if (lex.relativePronouns.includes(toks[q].low)) return false;
    if (lex.clauseMarkers.includes(toks[q].low)) return true;
  }
  return false;
}

/**
 * `memastikan pelaku penyerangan di pasar itu adalah …`, `menjanjikan rencana pembangunan jembatan
 * di Desa X, Kabupaten Y, tetap berjalan`: a subject too long for `clauseFollows`, then its
 * predicate (an auxiliary, a copula, an aspect word), within the sentence. Not an auxiliary right
 * after `yang` (a relative clause inside a noun phrase), and nothing past a complementizer, a
 * quote mark or another verb of speech. Read only after verbs whose noun objects the gold never
 * takes for statements of belief (`lex.longClauseVerbs`).
 */
export function distantPredicate(ctx: SpeakerContext, k: number, end: number): boolean {
  const { toks, lex } = ctx;
  let words = 0;
  for (let q = k; q < k + 18 && toks[q] && toks[q].start < end; q++) {
    const t = toks[q];
    if (!t.word) {
      if (!/^[,()]$/.test(t.text)) return false;
      continue;
    }
    if (lex.complementizers.includes(t.low) || speechWord(lex, t.low) || lex.interrogatives.includes(t.low)) return false;
    // `… selama Juni turun 1,86 persen`: a change in a figure is a predicate as well.
    const figure = lex.figureVerbs.includes(t.low) && /^\d/.test(toks[q + 1]?.text ?? '');
    if (opensPredicate(lex, t) || figure) return words >= 2 && !lex.relativePronouns.includes(toks[q - 1]?.low ?? '') && !!toks[q + 1]?.word;
    words++;
  }
  return false;
}

/** `adanya`, `jelasnya`: a stem with no verb prefix and a clitic, used as a noun. */
export function nominalized(lex: SpeechLexicon, t: Tok | undefined): boolean {
  if (!t?.word) return false;
  const c = lex.clitics.find((x) => t.low.endsWith(x) && t.low.length > x.length + 2);
  if (!c) return false;
  return ![...lex.activePrefixes, ...lex.passivePrefixes, ...lex.intransitivePrefixes].some((p) => t.low.startsWith(p));
}

/** A `ber-`/`ter-`/`di-` verb (no object, or a passive one). */
export function verbalWord(lex: SpeechLexicon, w: string): boolean {
  return [...lex.intransitivePrefixes, ...lex.passivePrefixes].some((p) => w.startsWith(p) && w.length >= p.length + 4);
}

/**
 * `menyatakan, dalam laporan bulanan pada Rabu bahwa …`, `said on Monday that …`: a short
 * prepositional phrase between the verb and its complementizer is not part of the content.
 * Returns the complementizer's index, or null when the words after `k` are not such a phrase.
 */
export function complementizerAfterPhrase(toks: Tok[], k: number, end: number, lex: SpeechLexicon): number | null {
  let i = k;
  if (toks[i]?.text === ',') i++;
  if (!toks[i] || !lex.stopAfterName.includes(toks[i].low) || lex.complementizers.includes(toks[i].low)) return null;
  // Prepositional phrases may chain (`in an interview with The Associated Press at his headquarters that`).
  for (let q = i + 1; q < i + 13 && toks[q] && toks[q].start < end; q++) {
    const t = toks[q];
    if (lex.complementizers.includes(t.low)) return q;
    // The dot of an abbreviation (`on Nov. 18 that`) does not end the phrase.
    const abbrevDot = t.text === '.' && toks[q - 1].word && toks[q - 1].end === t.start && !!toks[q + 1] && !isCap(toks[q + 1]);
    if (!t.word && !/^[(),/]$/.test(t.text) && !abbrevDot) return null;
    if (speechWord(lex, t.low)) return null;
  }
  return null;
}

/**
 * `menyampaikan surat resmi ke Bawaslu bahwa …`: a message noun and a few words (no other verb of
 * speech, no sentence punctuation) between a verb and its complementizer. Returns the
 * complementizer's index, or null.
 */
export function complementizerAfterMessage(toks: Tok[], k: number, end: number, lex: SpeechLexicon): number | null {
  // The noun may carry its owner's clitic (`mengulang pandangannya bahwa …`).
  if (!toks[k] || !(lex.messageNouns.includes(toks[k].low) || stemWithClitic(toks[k].low, lex, lex.messageNouns))) return null;
  for (let q = k + 1; q < k + 9 && toks[q] && toks[q].start < end; q++) {
    const t = toks[q];
    if (lex.complementizers.includes(t.low)) return q;
    if (!t.word && !/^[()/]$/.test(t.text)) return null;
    if (speechWord(lex, t.low)) return null;
  }
  return null;
}

/** The index after a date at token k (`Friday`, `Nov. 18`, `18 November`), or -1. */
export function dateEndAt(ctx: SpeakerContext, k: number): number {
  const { toks } = ctx;
  const day = (q: number) => /^\d{1,2}$/.test(toks[q]?.text ?? '');
  const dayFirst = day(k) && ctx.calendar.has(toks[k + 1]?.low ?? '');
  let q = dayFirst ? k + 1 : k;
  if (!ctx.calendar.has(toks[q]?.low ?? '')) return -1;
  q++;
  if (toks[q]?.text === '.' && toks[q].start === toks[q - 1].end) q++;
  if (!dayFirst && day(q)) q++;
  return q;
}

/**
 * Is the verb at `v` one whose object is its listener (`told`), with no complementizer after it
 * before `end` (`told his Cabinet on Sunday that …` reports; `told a local radio station.` does not)?
 */
export function listenerOnly(ctx: SpeakerContext, v: number, end: number): boolean {
  const { toks, lex } = ctx;
  if (!lex.addresseeVerbs.includes(toks[v].low)) return false;
  for (let q = v + 1; toks[q] && toks[q].start < end; q++) if (lex.complementizers.includes(toks[q].low)) return false;
  return clauseAfterListener(ctx, v, end) < 0;
}

/**
 * `told reporters a man walked …`, `told a news conference today the plan …`: after a verb of
 * telling with no complementizer, an audience (`reporters`, `a news conference`), maybe time words,
 * then a clause opening with a noun phrase or pronoun and running on for three words or more. The
 * index where the clause starts, or -1.
 */
export function clauseAfterListener(ctx: SpeakerContext, v: number, end: number): number {
  const { toks, lex } = ctx;
  const articles = [...lex.articles.definite, ...lex.articles.indefinite];
  if (!lex.addresseeVerbs.includes(toks[v]?.low ?? '')) return -1;
  let q = v + 1;
  if (articles.includes(toks[q]?.low ?? '') || toks[q]?.low === 'para') q++;
  let n = q;
  while (n < q + 3 && toks[n]?.word && !isCap(toks[n]) && !lex.audience.includes(toks[n].low) && !lex.messageNouns.includes(toks[n].low)) n++;
  const heard = toks[n] && (lex.audience.includes(toks[n].low) || (n > v + 1 && articles.includes(toks[v + 1].low) && lex.messageNouns.includes(toks[n].low)));
  if (!heard) return -1;
  q = n + 1;
  for (let g = 0; g < 3 && toks[q]; g++) {
    const adv = matchPhrase(toks, q, lex.adverbs);
    if (adv > q) q = adv;
    else if (ctx.calendar.has(toks[q].low) || lex.dayDeterminers.includes(toks[q].low)) q++;
    else break;
  }
  const t = toks[q];
  if (!t || t.start >= end || !t.word) return -1;
  const opens = isCap(t) || articles.includes(t.low) || lex.possessives.includes(t.low) || [...lex.pronouns, ...lex.groupPronouns, ...lex.partyPronouns].includes(t.low);
  let words = 0;
  for (let r = q; toks[r] && toks[r].start < end; r++) if (toks[r].word) words++;
  return opens && words >= 4 ? q : -1;
}

/**
 * Is the text `[cs, ce)` before `, X verb` only an adjunct of the verb's clause: time words and
 * adverbs (`Earlier this year`, `Then, last week`), or one subordinate clause with no comma of its
 * own (`Because Dorsey suspected the pillows`)?
 */
export function frontedAdjunct(ctx: SpeakerContext, cs: number, ce: number): boolean {
  const { toks, lex } = ctx;
  const a = tokenAt(toks, cs);
  let b = a;
  while (toks[b] && toks[b].start < ce) b++;
  if (lex.clauseOpeners.includes(toks[a]?.low ?? '') && !toks.slice(a, b).some((t) => t.text === ',')) return true;
  for (let q = a; q < b; ) {
    if (!toks[q].word) {
      q++;
      continue;
    }
    const adv = matchPhrase(toks, q, lex.adverbs);
    if (adv > q) q = adv;
    else if (ctx.calendar.has(toks[q].low) || lex.dayDeterminers.includes(toks[q].low) || lex.connectives.includes(toks[q].low)) q++;
    else return false;
  }
  return true;
}

/** Is token t a counted object's first word: a number, a number word, an indefinite article or a possessive? */
export function countedObject(pack: LangPack, t: Tok | undefined): boolean {
  if (!t?.word) return false;
  const lex = pack.speech;
  return /^\d/.test(t.text) || t.low in pack.numbers.units || lex.articles.indefinite.includes(t.low) || lex.possessives.includes(t.low);
}

/** Does one of the language's refusals (`menolak`, `tidak mau`, `declined to`) end right before token v? */
export function refusedAt(toks: Tok[], v: number, lex: SpeechLexicon): boolean {
  return lex.refusals.some((p) => {
    const w = p.split(/\s+/);
    return w.every((x, i) => toks[v - w.length + i]?.low === x);
  });
}
