/**
 * Indirect speech cued by a participle (`saying`, `adding that`, `menambahkan bahwa`): it reports
 * for the subject of the sentence, for the issuer of a message, or goes on from the cue of a
 * direct quote before it.
 */
import { clauseSubjectAt } from './clause.js';
import { type Event, isCueVerb, isReporting, isWeak, pronounRef, type QuoteContext } from './context.js';
import { continuationAt } from './cue-phrases.js';
import { cueOfDirect, type Findings, opensDirect, type Sentence } from './found.js';
import { firstNameIn, isDefinite, ref, roleStartingAt, speakerBefore, type SpeakerContext, type SpeakerRef } from './speaker.js';
import { fronted, placeInSubject, pluralDemonym } from './subjects.js';
import { isCap, matchPhrase, tokenAt, trimSpan, wordCount } from './text.js';

/**
 * `Saying "…" about …, Cuba's government urged …`: a participle opening the sentence reports
 * for the main clause's subject after the comma.
 */
export function openingParticipleStatement(ctx: QuoteContext, sent: Sentence, v: number): Event | null {
  const { text, toks, lex, inQuote } = ctx;
  const { a, b } = sent;
  const t = toks[v];
  if (v === a && lex.participleCues.includes(t.low)) {
    let c = v + 2;
    while (c < b && (toks[c].text !== ',' || inQuote(toks[c].start))) c++;
    const r = c < b ? fronted(ctx, c + 1, b) : null;
    let o = v + 1;
    while (o < c && /^[`"“‘']$/.test(toks[o].text)) o++;
    const [cs, ce] = c < b ? trimSpan(text, toks[o].start, toks[c].start, '.') : [0, 0];
    if (r && wordCount(text.slice(cs, ce)) >= 3) {
      return { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
    }
  }
  return null;
}

/**
 * A participle or a bare verb of saying that goes on from a cue (`"…," Smith said, adding that …`,
 * `…, kata X, menambahkan bahwa …`), or a participle reporting for a message (`released a statement
 * saying …`) or for the sentence's subject (`…, saying he can …`). 'stop' when the sentence's
 * subject is no one the text names: nothing else in it reports.
 */
export function participleStatement(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number): Event | 'stop' | null {
  const { toks, lex } = ctx;
  const { se, a } = sent;
  const t = toks[v];
  let pv = Math.max(v + 1, matchPhrase(toks, v + 1, lex.adverbs));
  // `"…," Smith said, adding that …`: a complementizer opens the clause whatever its subject;
  // the speaker of the cue before the comma says it.
  // Where no participle marks it, a bare verb of saying does (`"…," kata X, menambahkan bahwa …`,
  // `…, seraya menegaskan bahwa …`): with no subject of its own it continues the cue.
  const marked = v - 1 > a && lex.continuationMarkers.includes(toks[v - 1].low);
  const comma = marked ? v - 2 : v - 1;
  const continued = (toks[v - 1]?.text === ',' || marked) && continuationAt(ctx, marked ? v - 1 : v, se) > 0;
  const compNext = continued || (lex.participleCues.includes(t.low) && toks[v - 1].text === ',' && lex.complementizers.includes(toks[pv]?.low ?? '') && toks[pv + 1]?.start < se);
  if (continued) pv = continuationAt(ctx, v, se) - 1;
  if (compNext) pv++;
  return addingToDirectCue(ctx, quotes, sent, v, pv, comma, compNext) ?? messageParticiple(ctx, quotes, sent, v, pv) ?? subjectParticiple(ctx, quotes, sent, v, pv, compNext);
}

/**
 * The cue may stand further back, past the speaker's apposed role (`"…," said Pat Hodgkin,
 * director of X, noting that …`), with no other verb of speech between.
 */
function addingToDirectCue(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number, pv: number, comma: number, compNext: boolean): Event | null {
  const { text, toks, lex } = ctx;
  const { ss, se } = sent;
  const t = toks[v];
  const cueBefore = compNext
    ? quotes.direct.find((d) => d.at >= ss && d.at < toks[comma].start && cueOfDirect(ctx, quotes, d.at) && !toks.slice(tokenAt(toks, d.at) + 1, v).some((x) => isCueVerb(lex, x) || isReporting(lex, x) || isWeak(lex, x) || x.text === '.'))
    : undefined;
  if (cueBefore?.ref && (cueBefore.ref.kind === 'name' || cueBefore.ref.kind === 'pronoun')) {
    const [cs, ce] = trimSpan(text, toks[pv].start, se, '.');
    if (wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(ctx, quotes, cs)) {
      return { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: cueBefore.ref };
    }
  }
  return null;
}

/**
 * `His wife released a statement saying they had …`: the message's issuer, the subject of the verb before it.
 */
function messageParticiple(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number, pv: number): Event | null {
  const { text, toks, lex } = ctx;
  const { se, a } = sent;
  const t = toks[v];
  if (lex.participleCues.includes(t.low) && lex.messageNouns.includes(toks[v - 1]?.low ?? '')) {
    const k = lex.complementizers.includes(toks[pv]?.low ?? '') ? pv + 1 : pv;
    let d = v - 2;
    if ([...lex.articles.definite, ...lex.articles.indefinite].includes(toks[d]?.low ?? '')) d--;
    const r = d > a && toks[d].word && !isCap(toks[d]) && (k > pv || clauseSubjectAt(ctx, k, se)) ? speakerBefore(ctx, d, a) : null;
    const [cs, ce] = toks[k] && toks[k].start < se ? trimSpan(text, toks[k].start, se, '.') : [0, 0];
    if (r && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(ctx, quotes, cs)) {
      return { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
    }
  }
  return null;
}

/**
 * `…, is fighting to keep the boy, saying he can …`: a participle reports for the sentence's
 * subject, when a clause with its own subject pronoun follows.
 * A time adverb may come first (`saying at the time he was …`).
 */
function subjectParticiple(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number, pv: number, compNext: boolean): Event | 'stop' | null {
  const { text, toks, lex } = ctx;
  const { se, a } = sent;
  const t = toks[v];
  if (lex.participleCues.includes(t.low) && (toks[v - 1].text === ',' || lex.coordinators.includes(toks[v - 1].low)) && (compNext || clauseSubjectAt(ctx, pv, se))) {
    const r = sentenceSubject(ctx, a, v);
    const [cs, ce] = trimSpan(text, toks[pv].start, se, '.');
    // A quoted phrase inside the clause (`saying they … when "the company is on a roll."`) is
    // part of it; a quote opening it is the participle's direct quote.
    if (r && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(ctx, quotes, cs)) {
      return { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
    }
    // A report by a subject the text does not name: nothing else in the sentence reports.
    if (!r) return 'stop';
  }
  return null;
}

/**
 * The named subject of the sentence opening at token a, for a verb of its at token v (`He declined
 * …, saying …`, `Papandreou condemned the killings, saying: "…"`): a pronoun opening it, or a name
 * among its first words or those after a short fronted phrase; null when the sentence's subject is
 * no one the text names (`Over the weekend, lawyers for X raised …`).
 */
export function sentenceSubject(ctx: SpeakerContext, a: number, v: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  // The subject opens the sentence or the clause after a short fronted phrase (`Over the
  // weekend, lawyers for X raised …, saying …` is said by no one named).
  let st = a;
  for (let q = a + 1; q < Math.min(v, a + 8); q++) {
    if (toks[q].text !== ',') continue;
    st = q + 1;
    break;
  }
  // `He declined …, saying it would …`: a pronoun opening the sentence is its subject.
  let f0 = lex.pronouns.includes(toks[a].low) ? pronounRef(toks[a]) : firstNameIn(ctx, a, v);
  // `Greek prime minister George Papandreou condemned …`: a nationality qualifies the name after it.
  const fe0 = f0 ? tokenAt(toks, f0.end) : -1;
  if (f0?.kind === 'name' && ctx.demonyms.has(f0.text) && (roleStartingAt(ctx, fe0) !== null || ctx.titles.has(toks[fe0]?.low ?? ''))) f0 = firstNameIn(ctx, fe0, v);
  // `Melihat tato tersebut, Wodark langsung menangis …`: a one-word capital opening a fronted
  // phrase is its verb or preposition; the name right after the phrase's comma is the subject.
  const afterFront = st > a && f0 && tokenAt(toks, f0.start) === a && tokenAt(toks, f0.end) === a + 1 ? firstNameIn(ctx, st, Math.min(v, st + 1)) : null;
  if (afterFront) f0 = afterFront;
  // `The Bush administration made …, arguing that …`: the name with the body it qualifies.
  const body = f0 ? tokenAt(toks, f0.end) : -1;
  if (f0?.kind === 'name' && lex.bodies.includes(toks[body]?.low ?? '') && !isCap(toks[body]) && isDefinite(ctx, toks[tokenAt(toks, f0.start) - 1]?.low ?? '')) f0 = ref(ctx, 'name', tokenAt(toks, f0.start), body + 1);
  const first = f0 && (tokenAt(toks, f0.start) <= a + 3 || (tokenAt(toks, f0.start) >= st && tokenAt(toks, f0.start) <= st + 3)) ? f0 : null;
  // `The relatives in Denver have fought …, saying they …`: a place qualifies the subject; so
  // does a name before a class of people (`Elian's Miami relatives are fighting …`).
  // So does one before a body and a class of people (`U.S. government lawyers have moved …`).
  let fe = first ? tokenAt(toks, first.end) : -1;
  if (toks[fe]?.text === '.' && toks[fe].start === first?.end) fe++;
  const classAfter = lex.genericRoles.includes(toks[fe]?.low ?? '') || (lex.bodies.includes(toks[fe]?.low ?? '') && lex.genericRoles.includes(toks[fe + 1]?.low ?? ''));
  const qualifies = first && (placeInSubject(ctx, first) || classAfter || pluralDemonym(ctx, first));
  return qualifies ? null : first;
}
