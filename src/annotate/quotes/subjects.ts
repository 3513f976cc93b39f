/**
 * Who the subject of a verb of saying is when it is not simply the name before the verb: a body
 * after the article alone, the subject shared by joined verbs, a party pronoun in a relative
 * clause, the person or body quoted `as saying`.
 */
import type { SpeechLexicon } from '../../lang/speech.js';
import { isCueVerb, isReporting, pronounRef, stemWithClitic } from './context.js';
import { speechWord } from './resolve.js';
import { adjacent, cleanRun, firstNameIn, isDefinite, nameToken, ref, runForward, speakerBefore, type SpeakerContext, type SpeakerRef } from './speaker.js';
import { isCap, matchPhrase, type Tok, tokenAt } from './text.js';

/** `the government`: a body noun after the article alone (not `the French foreign ministry`). */
export function bareBody(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const { lex } = ctx;
  const w = r.text.toLowerCase().split(/\s+/);
  return w.length === 2 && isDefinite(ctx, w[0]) && lex.bodies.includes(w[1]);
}

/** `"…," katanya serta menambahkan bahwa …`: the subject of the first of two joined speech verbs at v - 2. */
export function coordinatedSubject(ctx: SpeakerContext, v: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  const w = toks[v - 2];
  if (v - 2 < floor || !lex.coordinators.includes(toks[v - 1].low) || !(isCueVerb(lex, w) || isReporting(lex, w))) return null;
  return stemWithClitic(w.low, lex, lex.cueVerbs) ? pronounRef(w) : speakerBefore(ctx, v - 2, floor);
}

/**
 * `The Taliban, however, claimed …, which it said crashed …`: `it` in a relative clause stands for
 * the party named at the start of the sentence, not the one last spoken of.
 */
export function relativeParty(ctx: SpeakerContext, r: SpeakerRef | null, a: number, v: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (r?.kind !== 'definite' || !lex.partyPronouns.includes(r.text.toLowerCase())) return null;
  if (!lex.relativePronouns.includes(toks[tokenAt(toks, r.start) - 1]?.low ?? '')) return null;
  const n = firstNameIn(ctx, a, Math.min(v, a + 5));
  return n && tokenAt(toks, n.start) <= a + 2 ? n : null;
}

/**
 * `The United States had moved troops … and said it would …`, `The agency, which …, did not …,
 * but said that …`: a verb after `and`/`but` shares the subject that opens the sentence.
 */
export function conjoinedSubject(ctx: SpeakerContext, v: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  // `…, and has said it …`: an auxiliary or adverb may stand between the conjunction and the verb.
  let c = v - 1;
  while (c > floor && lex.adverbs.includes(toks[c].low) && v - c <= 2) c--;
  const w = toks[c]?.low ?? '';
  if (c - floor < 3 || !(lex.coordinators.includes(w) || lex.connectives.includes(w))) return null;
  // `He sold the house … and said he'd …`: a pronoun opening the sentence.
  if (lex.pronouns.includes(toks[floor].low)) return pronounRef(toks[floor]);
  // `It did not reveal … and said it was …`: a party pronoun opening the sentence, a named party.
  if (lex.partyPronouns.includes(toks[floor].low) && !isCap(toks[floor + 1])) return { kind: 'definite', start: toks[floor].start, end: toks[floor].end, text: toks[floor].text };
  // `In the supplement, Dow Jones discloses … but says …`: the subject after a fronted phrase.
  let st = floor;
  // (`In his initial Instagram announcement of the pregnancy, Van Der Beek … and noted`: up to 11 words.)
  for (let q = floor + 1; q < Math.min(c, floor + 12); q++) {
    if (toks[q].text === ',') {
      if (nameToken(ctx, q + 1)) st = q + 1;
      // `In Amherst, residents … and said`: a place in the fronted phrase is not the subject.
      else if (lex.locativePrepositions.includes(toks[floor].low)) return null;
      break;
    }
  }
  // `The showdown took a turn when Iraq's Saddam Hussein called … and said …`: the verb shares the
  // subject of the clause it closes, opening after the subordinator.
  for (let q = c - 1; q > st && toks[q].text !== ','; q--) {
    if (!lex.subordinators.includes(toks[q].low)) continue;
    if (nameToken(ctx, q + 1)) st = q + 1;
    break;
  }
  const n = firstNameIn(ctx, st, Math.min(c, st + 5));
  // `Investigators would not reveal … but said …`: a class of people is no one named.
  if (n && lex.genericRoles.includes(n.text.toLowerCase())) return null;
  return n && (tokenAt(toks, n.start) <= st + 3 || lex.mediaNouns.includes(toks[tokenAt(toks, n.start) - 1].low)) ? n : null;
}

/**
 * The person apposed right before a quoting marker within a few words after token `from` (`the
 * head of the zone, Ali Rezapour, as saying`) and the index after the marker, or null.
 */
export function quotedHolder(ctx: SpeakerContext, from: number, se: number): [SpeakerRef, number] | null {
  const { toks, lex } = ctx;
  for (let q = from; q < from + 16 && toks[q] && toks[q].start < se; q++) {
    const k = matchPhrase(toks, q, lex.quotingMarkers);
    if (k < 0) continue;
    // Set off by commas on both sides (not `an officer in the Amherst, N.Y., Police Department as saying`).
    if (toks[q - 1]?.text !== ',') return null;
    const j = q - 2;
    let s0 = j;
    while (s0 - 1 > from && nameToken(ctx, s0 - 1) && adjacent(ctx, s0 - 1)) s0--;
    const c = toks[s0 - 1]?.text === ',' ? cleanRun(ctx, s0, j + 1) : null;
    return c && c[1] - c[0] >= 2 ? [ref(ctx, 'name', c[0], c[1]), k] : null;
  }
  return null;
}

/**
 * `quoted the disaster center in the province of X as saying`: a body described after an article
 * (a lower-case head, a name in its tail), right before the quoting marker. The description and
 * the index after the marker, or null.
 */
export function quotedBody(ctx: SpeakerContext, from: number, se: number): [SpeakerRef, number] | null {
  const { text, toks, lex } = ctx;
  if (!isDefinite(ctx, toks[from]?.low ?? '') || !toks[from + 1]?.word || isCap(toks[from + 1])) return null;
  for (let q = from + 2; q < from + 12 && toks[q] && toks[q].start < se; q++) {
    const k = matchPhrase(toks, q, lex.quotingMarkers);
    if (k > 0) {
      const named = toks.slice(from + 2, q).some((x) => isCap(x));
      // Its head phrase (up to the first preposition) no document or class of people.
      let h = from + 1;
      while (h < q && !lex.stopAfterName.includes(toks[h].low)) h++;
      const heads = toks.slice(from + 1, h).map((x) => x.low);
      if (!named || heads.some((w) => lex.sourceNouns.includes(w) || lex.messageNouns.includes(w) || lex.genericRoles.includes(w))) return null;
      return [{ kind: 'name', start: toks[from + 1].start, end: toks[q - 1].end, text: text.slice(toks[from + 1].start, toks[q - 1].end) }, k];
    }
    if (!toks[q].word || speechWord(lex, toks[q].low)) return null;
  }
  return null;
}

/** Does the clause at `a` open with a study (`Sebuah penelitian …`, `A study by …`) before `rs`? */
export function findingOpens(toks: Tok[], a: number, rs: number, lex: SpeechLexicon): boolean {
  for (let q = a; q < rs && q < a + 2; q++) if (lex.findingNouns.includes(toks[q].low)) return true;
  return false;
}

/**
 * Is the name `r` a place after a locative preposition (`perusahaan … di Eropa`, `reports in
 * Nepal`), qualifying a subject rather than being one? Not a document's author (`artikel dari X`).
 */
export function placeInSubject(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const { toks, lex } = ctx;
  const rs = tokenAt(toks, r.start);
  const prep = toks[rs - 1]?.low ?? '';
  return r.kind === 'name' && lex.locativePrepositions.includes(prep) && !(lex.affiliation.includes(prep) && lex.sourceNouns.includes(toks[rs - 2]?.low ?? ''));
}

/**
 * The subject opening the main clause at token k, its verb right after it: a name, or the
 * possessor of a party or body noun (`Cuba's government urged` stands for Cuba).
 */
export function fronted(ctx: SpeakerContext, k: number, b: number): SpeakerRef | null {
  const { text, toks, lex } = ctx;
  if (isDefinite(ctx, toks[k]?.low ?? '')) k++;
  if (!isCap(toks[k]) || k >= b) return null;
  const e = runForward(ctx, k, toks[b - 1].end);
  const verb = (q: number) => !!toks[q]?.word && !isCap(toks[q]) && !lex.stopAfterName.includes(toks[q].low) && q < b;
  if (/['’]s$/.test(toks[e - 1].text) && [...lex.partyNouns, ...lex.bodies].includes(toks[e]?.low ?? '') && verb(e + 1)) {
    const end = toks[e - 1].end - 2;
    return { kind: 'name', start: toks[k].start, end, text: text.slice(toks[k].start, end) };
  }
  const c = cleanRun(ctx, k, e);
  return c && c[1] === e && verb(e) ? ref(ctx, 'name', c[0], c[1]) : null;
}

/** Is the speaker `it`, `the company`, `Perusahaan (itu)`: a party spoken of again? */
export function partyRef(lex: SpeechLexicon, r: SpeakerRef): boolean {
  const w = r.text.toLowerCase().split(/\s+/);
  if (w.length === 1) return lex.partyPronouns.includes(w[0]) || (r.kind === 'definite' && lex.partyNouns.includes(w[0]));
  if (w.length === 2) return lex.partyNouns.includes(w[1]) || (lex.partyNouns.includes(w[0]) && lex.demonstratives.includes(w[1]));
  // `The Dutch chemical group`: a described party.
  // `Canada's largest … operator`: a possessive name in the article's place.
  return r.kind === 'definite' && (lex.articles.definite.includes(w[0]) || /['’]s$/.test(w[0])) && lex.partyNouns.includes(w[w.length - 1]);
}

/** Does the name end in a nationality's plural (`Cuban Americans`, `Iraqis`): a group, no one named? */
export function pluralDemonym(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const w = ctx.toks[tokenAt(ctx.toks, r.end) - 1]?.text ?? '';
  return /s$/.test(w) && ctx.demonyms.has(w.slice(0, -1));
}

/**
 * Does an indefinite person (`seorang`, `salah satu`) and a lower-case noun or two stand right before
 * the name at token n (`seorang komandan SDF`)? Then a one-word name qualifies an unnamed person
 * (a longer run may end in the person: `Salah satu legenda Arsenal Ian Wright`).
 */
export function unnamedPerson(toks: Tok[], n: number, floor: number, lex: SpeechLexicon): boolean {
  for (let k = n - 1; k >= Math.max(floor, n - 3) && toks[k].word && !isCap(toks[k]); k--) {
    if (lex.indefinitePersons.some((p) => p.split(/\s+/).every((x, i, w) => toks[k - w.length + i]?.low === x))) return true;
  }
  return false;
}

/** Does a list of names (`Dias, Taufiq`) end at token e: a name run, a comma, and a name before it? */
export function nameListBefore(ctx: SpeakerContext, e: number, floor: number): boolean {
  let b = e;
  while (b > floor && nameToken(ctx, b)) b--;
  return b < e && ctx.toks[b].text === ',' && nameToken(ctx, b - 1);
}

/**
 * Does a class of people (`officials`, `analysts`) stand before the name at `rs`, joined by a
 * preposition and at most two more lower-case words (`officials of the …`, `officials in and around …`)?
 */
export function classBeforeName(toks: Tok[], rs: number, floor: number, lex: SpeechLexicon): boolean {
  let sawPreposition = false;
  // The name's own earlier words (`Immigration and` before `Naturalization Service`).
  while (rs - 1 > floor && (isCap(toks[rs - 1]) || (lex.coordinators.includes(toks[rs - 1].low) && isCap(toks[rs - 2])))) rs--;
  for (let q = rs - 1; q >= floor && q >= rs - 4; q--) {
    const x = toks[q];
    if (lex.genericRoles.includes(x.low)) return sawPreposition;
    if (!x.word || isCap(x)) return false;
    if (lex.affiliation.includes(x.low) || lex.locativePrepositions.includes(x.low)) sawPreposition = true;
  }
  return false;
}

/** Does the name at token `rs` close a document's title (`… tentang Pencegahan Tindak Kekerasan di Lingkungan Sekolah`)? */
export function insideTitle(toks: Tok[], rs: number, floor: number, lex: SpeechLexicon): boolean {
  for (let q = rs - 1; q >= floor; q--) {
    const x = toks[q];
    if (lex.topicMarkers.includes(x.low)) return true;
    if (!isCap(x) && !(x.word && lex.stopAfterName.includes(x.low))) return false;
  }
  return false;
}
