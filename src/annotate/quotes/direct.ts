/**
 * Direct quotes: the words inside a pair of quote marks and the cue that names who said them.
 * The cue stands after the quote (`“…,” ujar Putin`, `"…," he said`), before it (`Kata Choe,
 * “…”`, `Menurut X, “…”`), earlier in its sentence (`Kim menyebut … sebagai “…”`) or in the next
 * one (`Hal itu dikatakan X`); a quote with none continues the quote before it or the last
 * speaker, or is a term, a title or a scare quote and no quote at all.
 */
import type { QuoteCue } from './index.js';
import { accordingAt, indefiniteRoleAt, isCueVerb, isReporting, isWeak, pronounRef, stemWithClitic, unnamedSourceFrom, withClitic, type Event, type QuoteContext } from './context.js';
import { accordingSource } from './according.js';
import { clauseSubjectAt } from './clause.js';
import { postPosedAt, relayedIssuer } from './cue-phrases.js';
import { officialOfBody } from './holder.js';
import { sentenceSubject } from './participle.js';
import { namedParty } from './party.js';
import type { Pair } from './pairs.js';
import { verbAfterDescription } from './apposition.js';
import { placeInSubject } from './subjects.js';
import { adjacent, cleanRun, firstNameIn, isDefinite, nameToken, ref, roleEndingAt, runForward, speakerAfter, speakerBefore, type SpeakerContext, type SpeakerRef } from './speaker.js';
import { isCap, matchPhrase, spanAt, tokenAt, trimSpan, wordCount, type Tok } from './text.js';

/** A pair of quote marks, the words inside them, and where a cue of theirs may stand. */
interface Quoted {
  p: Pair;
  /** The paragraph the marks stand in. */
  ps: number;
  pe: number;
  /** The words inside the marks, trimmed of edge punctuation. */
  is: number;
  ie: number;
  words: number;
  /** The pair before, and where a cue before this quote may start (after that pair when it shares the paragraph). */
  prev: Pair | undefined;
  beforeStart: number;
  /** Where a cue after the quote must start by: the next pair in the paragraph, or the sentence end. */
  clauseEnd: number;
}

/** How a direct quote's speaker is named, as the cue readers find it. */
interface DirectCue {
  ref: SpeakerRef | null;
  cue: QuoteCue;
  /** Where the cue sits (the quote's opening mark while there is none). */
  at: number;
  /** The cue names an unnamed speaker: the quote stays, spoken by no one named. */
  unnamed: boolean;
}

/** The direct quotes of a text, in the order of their marks. */
export function findDirectQuotes(ctx: QuoteContext): Event[] {
  const directEvents: Event[] = [];
  ctx.pairs.forEach((p, pi) => {
    const ev = directQuote(ctx, p, pi, directEvents);
    if (ev) directEvents.push(ev);
  });
  return directEvents;
}

/** The quote inside the marks `p` with its cue, or null when they hold a term, a title or a scare quote, not speech. */
function directQuote(ctx: QuoteContext, p: Pair, pi: number, directEvents: Event[]): Event | null {
  const quoted = quotedAt(ctx, p, pi);
  if (!quoted) return null;
  const { text, toks, paras, sents } = ctx;
  const { ps, pe, is, ie, words, prev, beforeStart } = quoted;
  const found: DirectCue = { ref: null, cue: 'none', at: p.open, unnamed: false };

  if (p.closed) cueAfterQuote(ctx, quoted, found);
  if (found.cue === 'after' && outletRelays(ctx, found.at) && text.slice(ps, p.open).trimEnd().endsWith(':')) {
    // `X said: "…," the Daily News reported`: the paper relays X's words; the speaker the colon
    // introduces speaks, as without the paper's credit.
    const before: DirectCue = { ref: null, cue: 'none', at: p.open, unnamed: false };
    if (cueBeforeQuote(ctx, quoted, before) && before.ref?.kind === 'name') Object.assign(found, before);
  }
  if (found.cue === 'none' && !cueBeforeQuote(ctx, quoted, found)) return null;
  if (found.cue === 'none' && p.closed && words >= 3) cueInNextSentence(ctx, quoted, found);

  // Two words or fewer inside a sentence are a term or a scare quote, unless a cue follows.
  // A word or two counts only with a cue after it that names who spoke (`"Belum," tuturnya`), not
  // before a clause about a thing (`skenario "migrasi tinggi", studi ini memproyeksikan …`).
  if (words < 3 && (found.cue !== 'after' || found.ref?.kind === 'definite') && !/[.!?…]$/.test(text.slice(is, ie))) return null;

  // `"Hundreds … interviewed" and investigators …, he said.`: a quote mixed into a clause that a
  // post-posed cue closes is part of that one indirect statement (read with the indirect speech).
  // One clause only: a quote holding a sentence end stays a quote.
  if (found.cue === 'none' && p.closed && sentencesIn(text.slice(is, ie)) === 0 && mixedIntoClause(ctx, p.close + Math.max(1, p.closeLen), sentenceEndAfter(sents, p.close + Math.max(1, p.closeLen), pe))) return null;

  // `Pejabat Saudi mengatakan, "…"`: an unnamed official; the quote stays, spoken by no one named.
  if (found.ref && officialOfBody(ctx, found.ref)) {
    found.ref = null;
    found.unnamed = true;
  }
  // `"…," ujar sumber yang enggan disebut namanya`, `Sumber itu menambahkan, "…"`: a source kept
  // unnamed; no one named nearby speaks for it.
  if ((found.cue === 'after' || found.cue === 'before') && (found.ref ? found.ref.kind !== 'name' : found.cue === 'after')) {
    if (unnamedSourceFrom(ctx, found.ref ? tokenAt(toks, found.ref.start) : tokenAt(toks, found.at) + 1)) {
      found.ref = null;
      found.unnamed = true;
    }
  }

  // `Below is a statement by X, director of Y:` closing the paragraph before: the message's author.
  // (A quote run over several lines is paired in the paragraph where it closes.)
  if (found.cue === 'none' && text.slice(paras[spanAt(paras, p.open, true)][0], p.open).trim() === '') {
    const author = colonAuthor(ctx, spanAt(paras, p.open, true));
    if (author) {
      found.ref = author;
      found.cue = 'before';
      found.at = author.start;
    }
  }

  // (c) continuation: the quote follows a cued quote in its paragraph or opens the paragraph.
  let sameAs: Event | undefined;
  if (found.cue === 'none') {
    // `tick "Ten Things in Tech You Need to Know."`: with no cue, a quote in title case is a title.
    if (titleCased(text.slice(is, ie))) return null;
    const lastDirect = directEvents[directEvents.length - 1];
    const gap = text.slice(beforeStart, p.open).trim();
    const samePara = lastDirect && prev && prev.para === p.para && lastDirect.start > prev.open && lastDirect.start <= prev.close;
    if (samePara && lastDirect.cue !== 'none' && words >= 3 && (gap === '' || sentencesIn(gap) <= 1)) {
      found.cue = 'continued';
      sameAs = lastDirect;
    } else if (text.slice(ps, p.open).trim() === '' && words >= 4 && !titleOpening(ctx, p)) {
      found.cue = 'continued';
      // Continues whoever spoke last, if that was in the previous paragraph or the one before.
      const last = directEvents[directEvents.length - 1];
      // Where it last spoke: its cue, or the end of its words when they ran over paragraphs.
      const lastPara = last ? spanAt(paras, Math.max(last.at, last.end - 1), true) : -1;
      if (last && lastPara >= spanAt(paras, p.open, true) - 2) sameAs = last;
    } else if (words < 4 || !/[.!?…]$/.test(text.slice(is, ie))) {
      return null; // a scare quote, a term or a title, not speech
    }
  }

  const { ref, cue, at } = found;
  return { start: is, end: ie, at, direct: true, cue, ref, sameAs, openEnded: !p.closed, unnamed: found.unnamed || (cue === 'continued' && sameAs?.unnamed) };
}

/** Is the verb at `at` one an outlet reports with (`reported`), not a verb of saying itself? */
function outletRelays(ctx: QuoteContext, at: number): boolean {
  const t = ctx.toks[tokenAt(ctx.toks, at)];
  return !!t && ctx.lex.reportVerbs.includes(t.low) && !ctx.lex.cueVerbs.includes(t.low);
}

/** The marks `p` (the `pi`-th pair) with the words inside them; null when they hold no word. */
function quotedAt(ctx: QuoteContext, p: Pair, pi: number): Quoted | null {
  const { text, paras, pairs, sents } = ctx;
  const [ps, pe] = paras[p.para];
  const [is, ie] = trimSpan(text, p.open + p.openLen, p.close, ',;:');
  if (ie <= is) return null;
  const words = wordCount(text.slice(is, ie));
  if (words === 0) return null;
  const next = pairs[pi + 1];
  const clauseEnd = Math.min(next && next.para === p.para ? next.open : pe, sentenceEndAfter(sents, p.close + Math.max(1, p.closeLen), pe));
  const prev = pairs[pi - 1];
  const beforeStart = prev && prev.para === p.para ? prev.close + Math.max(1, prev.closeLen) : ps;
  return { p, ps, pe, is, ie, words, prev, beforeStart, clauseEnd };
}

/**
 * A cue after the quote: `“…,” ujar Putin`, `“…,” ujarnya`, `"…," he said`, `"…," Smith said`, a
 * post-posed marker (`"…," begitu postingannya`, `demikian keterangan resmi X`), an outlet relaying
 * an issuer, else a subject then its verb.
 */
function cueAfterQuote(ctx: QuoteContext, quoted: Quoted, found: DirectCue): void {
  const { toks, lex } = ctx;
  const { p, clauseEnd } = quoted;
  let i = tokenAt(toks, p.close + Math.max(1, p.closeLen));
  while (toks[i] && toks[i].start < clauseEnd && /^[,."”]$/.test(toks[i].text)) i++;
  // `"…," demikian kata X`: a post-posed marker before a verb of speech only points back.
  if (toks[i] && lex.postPosedMarkers.includes(toks[i].low) && toks[i + 1] && (isCueVerb(lex, toks[i + 1]) || isReporting(lex, toks[i + 1]))) i++;
  const t = toks[i];
  let relayed: SpeakerRef | null = null;
  if (t && t.start < clauseEnd) {
    if (isCueVerb(lex, t) || isReporting(lex, t)) {
      found.cue = 'after';
      found.at = t.start;
      if (stemWithClitic(t.low, lex, lex.cueVerbs) || (withClitic(lex, t) && !lex.cueVerbs.includes(t.low))) found.ref = pronounRef(t);
      else found.ref = speakerAfter(ctx, i + 1, clauseEnd);
      // `,'' said Egypt had signaled …`: a name followed by an auxiliary is the subject of the
      // clause the verb reports, not a speaker put after the verb.
      if (found.ref?.kind === 'name' && lex.clauseMarkers.includes(toks[tokenAt(toks, found.ref.end)]?.low ?? '')) {
        found.ref = null;
        found.cue = 'none';
        found.at = p.open;
      }
      // `"…," said a Foreign Office spokesman`: an indefinite article, then a role, names no one.
      if (indefiniteRoleAt(ctx, i + 1)) {
        found.unnamed = true;
        found.ref = null;
      }
    } else if (lex.postPosedMarkers.includes(t.low) && toks[i + 1] && stemWithClitic(toks[i + 1].low, lex, lex.sourceNouns)) {
      // `"…," begitu postingannya.`: its writer, resolved like a pronoun.
      found.cue = 'after';
      found.at = t.start;
      found.ref = pronounRef(toks[i + 1]);
    } else if ((relayed = relayedIssuer(ctx, i, clauseEnd))) {
      // `"…," demikian dikutip Reuters dari pernyataan resmi The Fed.`: the outlet only relays.
      found.cue = 'after';
      found.at = t.start;
      found.ref = relayed;
    } else if (postPosedAt(ctx, i) > 0) {
      // `"…," demikian keterangan resmi X.` / `demikian bunyi pernyataan X`
      found.cue = 'after';
      found.at = t.start;
      // A body described in lower case before its name (`agen pengendali zona … Chernobyl`).
      found.ref = speakerAfter(ctx, postPosedAt(ctx, i), clauseEnd) ?? firstNameIn(ctx, postPosedAt(ctx, i), Math.min(tokenAt(toks, clauseEnd), postPosedAt(ctx, i) + 8, toks.length - 1));
    } else {
      subjectThenVerb(ctx, quoted, i, found);
    }
  }
}

/**
 * Subject then verb within a few words: `"…," Smith said`, `“…,” Putin menambahkan`; a
 * weak verb too (`"…," sesederhana itu Kim menuliskan keterangan fotonya`): the quote is
 * what the subject wrote or said, whatever the verb's object.
 * The words after the quote start at token i.
 */
function subjectThenVerb(ctx: QuoteContext, quoted: Quoted, i: number, found: DirectCue): void {
  unnamedRoleThenVerb(ctx, quoted, i, found);
  subjectBeforeVerb(ctx, quoted, i, found);
  describedThenVerb(ctx, quoted, i, found);
  unlistedCueVerb(ctx, quoted, i, found);
  speakerToAudience(ctx, quoted, i, found);
}

/**
 * `"…," a detective, speaking on condition of anonymity, said`: an unnamed speaker, an
 * aside between commas, then the verb; or the verb right after the role (`one U.S. crew chief said`).
 */
function unnamedRoleThenVerb(ctx: QuoteContext, quoted: Quoted, i: number, found: DirectCue): void {
  const { toks, lex } = ctx;
  const { clauseEnd } = quoted;
  if (indefiniteRoleAt(ctx, i)) {
    for (let k = i + 2; k < i + 16 && toks[k] && toks[k].start < clauseEnd; k++) {
      const direct = toks.slice(i + 1, k).every((x) => x.word || x.text === '.');
      if (!((isCueVerb(lex, toks[k]) || isReporting(lex, toks[k])) && (toks[k - 1].text === ',' || direct))) continue;
      found.cue = 'after';
      found.at = toks[k].start;
      found.unnamed = true;
      break;
    }
  }
}

/** A subject, then its verb of speech, within a few words after the quote (`"…," Smith said`). */
function subjectBeforeVerb(ctx: QuoteContext, quoted: Quoted, i: number, found: DirectCue): void {
  const { text, toks, lex } = ctx;
  const { p, is, ie, clauseEnd } = quoted;
  for (let k = i + 1; found.cue === 'none' && k < i + 16 && toks[k] && toks[k].start < clauseEnd; k++) {
    // `"…," Yeltsin was quoted as saying by the news agency`: the passive of quoting.
    if (k > i + 1 && lex.quotingVerbs.includes(toks[k].low) && lex.passiveAuxiliaries.includes(toks[k - 1].low) && matchPhrase(toks, k + 1, lex.quotingMarkers) > 0) {
      const r = speakerBefore(ctx, k - 1, i);
      if (r && r.start >= toks[i].start) {
        found.cue = 'after';
        found.at = toks[k].start;
        found.ref = r;
      }
      break;
    }
    if (isCueVerb(lex, toks[k]) || isReporting(lex, toks[k]) || isWeak(lex, toks[k])) {
      const r = speakerBefore(ctx, k, i);
      // `“….” He said his lander …`: after a quote closed by a full stop, a verb with a
      // clause of its own opens the next statement; it does not cue the quote.
      const ownClause = /[.!?…]$/.test(text.slice(is, ie)) && clauseSubjectAt(ctx, k + 1, clauseEnd);
      if (r && r.start >= toks[i].start && !ownClause) {
        found.cue = 'after';
        found.at = toks[k].start;
        found.ref = r;
      } else if (!r && /,\s*$/.test(text.slice(is, p.close)) && unnamedNounPhrase(ctx, i, k)) {
        // `"…," her rep told UsWeekly.com`, `"…," a source said`: someone the text does not name.
        found.cue = 'after';
        found.at = toks[k].start;
        found.unnamed = true;
      }
      break;
    }
    // `"…," Joseph Lane, a spokesman for the bank, said`, `"…," Ann Lee, CEO of Acme, in
    // Leeds, England, adds`: a description between commas, then the verb.
    // `"…," the Troy police chief, Charles Craft, said`: a role described, then its holder in apposition.
    if (toks[k].text === ',' && isDefinite(ctx, toks[i].low) && roleEndingAt(ctx, k - 1) !== null && nameToken(ctx, k + 1)) {
      const e = runForward(ctx, k + 1, clauseEnd);
      const c = cleanRun(ctx, k + 1, e);
      if (c && c[1] - c[0] >= 2 && toks[e]?.text === ',' && (isCueVerb(lex, toks[e + 1]) || isReporting(lex, toks[e + 1])) && toks[e + 1].start < clauseEnd) {
        found.cue = 'after';
        found.at = toks[e + 1].start;
        found.ref = { kind: 'name', start: toks[c[0]].start, end: toks[c[1] - 1].end, text: text.slice(toks[c[0]].start, toks[c[1] - 1].end) };
        break;
      }
    }
    // `"…," chairman, CEO and president Bob Dana said`: a list of roles before the name.
    if (toks[k].text === ',' && lex.roles.includes(toks[k - 1].low) && toks[k + 1]?.word) continue;
    if (toks[k].text === ',' && k > i + 1) {
      const v = verbAfterDescription(ctx, k, clauseEnd, (x) => isCueVerb(lex, x) || isReporting(lex, x));
      const r = v > 0 ? speakerBefore(ctx, k, i) : null;
      if (r?.kind === 'name' && r.start >= toks[i].start) {
        found.cue = 'after';
        found.at = toks[v].start;
        found.ref = r;
      }
      break;
    }
    // Only words, hyphens and the dots of initials (`U.S.`, `P.J.`) or titles (`Mr.`) between.
    if (!toks[k].word && toks[k].text !== '-' && !(toks[k].text === '.' && (/^\p{Lu}$/u.test(toks[k - 1].text) || (lex.titles.includes(toks[k - 1].text) && !/[.!?]$/.test(text.slice(is, p.close).trim()))))) break;
  }
}

/** How many tokens a description between a quote and its verb may run (`a message from the Central Commission of …`). */
const MAX_DESCRIPTION = 12;

/**
 * `"…," the station reported`, `"…," a message from the Central Commission said`, `"…," his son,
 * Ike LaRue III, said`: an article or a possessive, a description, maybe a name set off by commas,
 * then the verb, right after a quote closed by a comma. The apposed name speaks, or the one a
 * message is from; else the description names no one and the quote stays, spoken by no one named.
 */
function describedThenVerb(ctx: QuoteContext, quoted: Quoted, i: number, found: DirectCue): void {
  const { text, toks, lex } = ctx;
  const { p, is, clauseEnd } = quoted;
  const det = toks[i]?.low ?? '';
  const opens = isDefinite(ctx, det) || lex.articles.indefinite.includes(det) || lex.possessives.includes(det) || lex.indefinitePersons.includes(det);
  if (found.cue !== 'none' || !opens || !/[,?!]\s*$/.test(text.slice(is, p.close))) return;
  // The quote opens its sentence: one inside a clause (`After hitting "Takin' It To the Streets,"
  // the singer told …`) is a title or a phrase.
  if (!/(^|[.!?…:"”'’]|\n)\s*$/.test(text.slice(ctx.sentenceOf(p.open)[0], p.open))) return;
  const speaks = (t: Tok | undefined) => !!t && t.start < clauseEnd && (isCueVerb(lex, t) || isReporting(lex, t));
  let tied = false;
  for (let k = i + 1; k < i + MAX_DESCRIPTION && toks[k] && toks[k].start < clauseEnd; k++) {
    const t = toks[k];
    if (speaks(t) && k > i + 1) {
      const r = describedSpeaker(ctx, i, k);
      // `"…," a statement said` with no sender: the message rules read it (the issuer who spoke last).
      if (!r && lex.messageNouns.includes(toks[k - 1].low)) return;
      found.cue = 'after';
      found.at = t.start;
      found.ref = r;
      found.unnamed = !r;
      return;
    }
    if (t.text === ',' && k > i + 1) {
      const e = runForward(ctx, k + 1, clauseEnd);
      const c = cleanRun(ctx, k + 1, e);
      if (!c || toks[e]?.text !== ',' || !speaks(toks[e + 1])) return;
      found.cue = 'after';
      found.at = toks[e + 1].start;
      found.ref = ref(ctx, 'name', c[0], c[1]);
      return;
    }
    // A clause of its own, not a description (`the man who …`, `the report that he …`); a name
    // before any `of`/`from` may be the speaker, whom the rules above did not take.
    if (!t.word || lex.relativePronouns.includes(t.low) || lex.pronouns.includes(t.low) || lex.clauseMarkers.includes(t.low) || isWeak(lex, t)) return;
    if (lex.affiliationMarkers.includes(t.low) || lex.agentMarkers.includes(t.low)) tied = true;
    else if (isCap(t) && !tied) return;
  }
}

/**
 * Whom the description in [a, b) (its article at a, its verb at b) names: the sender of a message
 * (`a message from the Central Commission`); the name the text printed right after the same head
 * noun before (`the judge` after `Superior Court Judge James Bodiford`); `the station` after
 * `Radio Rebelde station`, the party named with that noun; else no one.
 */
function describedSpeaker(ctx: QuoteContext, a: number, b: number): SpeakerRef | null {
  const { toks, text } = ctx;
  const sender = messageSender(ctx, a + 1, b);
  if (sender) return sender;
  if (!isDefinite(ctx, toks[a].low)) return null;
  const head = toks[b - 1].low;
  // `the paper` after `daily Eleftherotypia`: any word for a newspaper names it.
  const media = ctx.lex.mediaNouns.includes(head);
  const same = (t: Tok) => t.low === head || (media && ctx.lex.mediaNouns.includes(t.low));
  for (let k = a - 1; k >= 0; k--) {
    if (!same(toks[k]) || !nameToken(ctx, k + 1) || !adjacent(ctx, k)) continue;
    const r = speakerAfter(ctx, k + 1, toks[Math.min(toks.length - 1, k + 6)].end);
    if (r?.kind === 'name' && r.start === toks[k + 1].start) return r;
  }
  if (b !== a + 2 || ctx.titles.has(head)) return null;
  const party = namedParty(ctx, ref(ctx, 'definite', a, b));
  return party && !/\n/.test(text.slice(party.start, party.end)) ? party : null;
}

/** `a message from the Central Commission`: the name a message noun in [a, b) is from or by, or null. */
function messageSender(ctx: QuoteContext, a: number, b: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  for (let k = a; k + 1 < b; k++) {
    if (!lex.messageNouns.includes(toks[k].low) || !(lex.affiliationMarkers.includes(toks[k + 1].low) || lex.agentMarkers.includes(toks[k + 1].low))) continue;
    const n = isDefinite(ctx, toks[k + 2]?.low ?? '') ? k + 3 : k + 2;
    if (!nameToken(ctx, n) || n >= b) return null;
    const c = cleanRun(ctx, n, Math.min(b, runForward(ctx, n, toks[b].start)));
    return c ? ref(ctx, 'name', c[0], c[1]) : null;
  }
  return null;
}

/**
 * Are the tokens `[i, k)` a short noun phrase that names no one: a possessive or an indefinite
 * article, then one or two lower-case words (`her rep`, `a source`, `his longtime friend`)? Not a
 * message (`a statement said`), whose issuer speaks.
 */
function unnamedNounPhrase(ctx: SpeakerContext, i: number, k: number): boolean {
  const { toks, lex } = ctx;
  const w = toks[i]?.low ?? '';
  if (k - i < 2 || k - i > 3 || !(lex.possessives.includes(w) || lex.articles.indefinite.includes(w))) return false;
  if ([...lex.messageNouns, ...lex.sourceNouns].includes(toks[k - 1].low)) return false;
  return toks.slice(i + 1, k).every((x) => x.word && !isCap(x) && !ctx.notName.has(x.low));
}

/**
 * A word of its own in the cue's slot: `"…," buka Wenger seperti dikutip …` — after a
 * quote closed by a comma, one lower-case content word, then a name ending the clause, is
 * a verb of speech the lexicon lacks.
 */
function unlistedCueVerb(ctx: QuoteContext, quoted: Quoted, i: number, found: DirectCue): void {
  const { text, toks, lex } = ctx;
  const { p, is, clauseEnd } = quoted;
  const t = toks[i];
  if (found.cue === 'none' && /,\s*$/.test(text.slice(is, p.close)) && t.word && !isCap(t) && !ctx.notName.has(t.low) && nameToken(ctx, i + 1) && adjacent(ctx, i)) {
    const r = speakerAfter(ctx, i + 1, clauseEnd);
    const nx = r ? toks[tokenAt(toks, r.end)] : undefined;
    if (r?.kind === 'name' && r.start === toks[i + 1].start && (!nx || nx.start >= clauseEnd || !nx.word || lex.stopAfterName.includes(nx.low))) {
      found.cue = 'after';
      found.at = t.start;
      found.ref = r;
    }
  }
}

/** No verb: `"…," ekonom Saudi X kepada AFP.` (a speaker, then whom they told). */
function speakerToAudience(ctx: QuoteContext, quoted: Quoted, i: number, found: DirectCue): void {
  const { toks, lex } = ctx;
  const { clauseEnd } = quoted;
  const t = toks[i];
  if (found.cue === 'none') {
    const r = speakerAfter(ctx, i, clauseEnd);
    const nx = r ? toks[tokenAt(toks, r.end)] : undefined;
    if (r && (r.kind === 'name' || r.kind === 'role') && nx && nx.start < clauseEnd && lex.toAudience.includes(nx.low)) {
      found.cue = 'after';
      found.at = t.start;
      found.ref = r;
    }
  }
}

/**
 * A cue before the quote: `Kata Choe, “…”`, `Ali mengatakan, “…”`, `Menurut X, “…”`, or a reporting
 * verb earlier in its sentence. False when the marks hold no quote (a request's words).
 */
function cueBeforeQuote(ctx: QuoteContext, quoted: Quoted, found: DirectCue): boolean {
  const { toks, lex, sentenceOf } = ctx;
  const { p, beforeStart } = quoted;
  let j = tokenAt(toks, p.open) - 1;
  const floorTok = tokenAt(toks, beforeStart);
  while (j >= floorTok && /^[,:]$/.test(toks[j].text)) j--;
  if (j >= floorTok && lex.complementizers.includes(toks[j].low)) j--;
  // `her daughter cried out "…"`: a word modifying the verb after it.
  if (j - 1 >= floorTok && lex.verbModifiers.includes(toks[j].low) && isCueVerb(lex, toks[j - 1])) j--;
  if (j >= floorTok) {
    const sentStart = tokenAt(toks, Math.max(beforeStart, sentenceOf(p.open)[0]));
    // `Kata Choe,` / `Katanya,` / `ujar Menteri X:`; opening the sentence, the verb may stand
    // further back (`Replied State Department deputy spokesman Richard Boucher, "…"`).
    const opening = sentStart >= floorTok && sentStart < j && j - sentStart <= 30 && isCueVerb(lex, toks[sentStart]);
    for (let v = j; v >= Math.max(floorTok, opening ? sentStart : j - 6); v--) {
      if (isCueVerb(lex, toks[v]) && (v === sentStart || !toks[v - 1].word || v === j)) {
        let r: SpeakerRef | null = null;
        if (v === j && stemWithClitic(toks[v].low, lex, lex.cueVerbs)) r = pronounRef(toks[v]);
        else if (v < j) r = speakerAfter(ctx, v + 1, toks[j].end);
        // The speaker must be all there is between the verb and the quote (`Kata Choe, “`), but
        // for a role in apposition after the verb opening the sentence (`Says Michael Hirsch,
        // chief investment officer of …: "…"`).
        const apposed = r?.kind === 'name' && v === sentStart && toks[tokenAt(toks, r.end)]?.text === ',';
        if (r && (r.end === toks[j].end || apposed)) {
          found.ref = r;
          found.cue = 'before';
          found.at = toks[v].start;
        }
        break;
      }
    }
    if (found.cue === 'none') joinedVerbCue(ctx, j, sentStart, found);
    // `Ali mengatakan, “…”`, `Ia menegaskan: “…”`
    if (found.cue === 'none' && (isReporting(lex, toks[j]) || isWeak(lex, toks[j]) || isCueVerb(lex, toks[j]))) {
      // `Watson turut menyampaikan, "…"`: a word joining the subject to others, before its verb.
      found.ref = speakerBefore(ctx, j, sentStart) ?? (j - 1 > sentStart && lex.joiningMarkers.includes(toks[j - 1].low) ? joinedSpeaker(ctx, j - 1, sentStart) : null);
      if (found.ref) {
        found.cue = 'before';
        found.at = toks[j].start;
      } else if (isCueVerb(lex, toks[j]) && unnamedSubject(ctx, sentStart, j)) {
        // `A man standing next to her screamed, "…"`: someone the text does not name.
        found.cue = 'before';
        found.at = toks[j].start;
        found.unnamed = true;
      }
    }
    // `Dilansir Reuters dari pernyataan resmi OPEC, “…”`: the issuer, as after the quote.
    if (found.cue === 'none' && sentStart >= floorTok) {
      const r = relayedIssuer(ctx, sentStart, toks[j].end + 1);
      if (r && r.end === toks[j].end) {
        found.ref = r;
        found.cue = 'before';
        found.at = toks[sentStart].start;
      }
    }
    // `Menurut X, “…”`
    if (found.cue === 'none') {
      for (let a = sentStart; a <= j; a++) {
        const e = accordingAt(ctx, a);
        if (e > 0) {
          const r = accordingSource(ctx, e, toks[j].end + 1);
          if (r) {
            found.ref = r;
            found.cue = 'before';
            found.at = toks[a].start;
          } else if (unnamedSourceFrom(ctx, e) || (a === sentStart && describedOnly(ctx, e, j))) {
            // `Menurut seorang pejabat, “…”`: a source kept unnamed (see below); so is one only
            // described (`According to the church's minister, "…"`).
            found.cue = 'before';
            found.at = toks[a].start;
            found.unnamed = true;
          }
          break;
        }
      }
    }
    if (!embeddedCue(ctx, quoted, j, sentStart, found)) return false;
  }
  return true;
}

/**
 * `Papandreou condemned the killings, saying: "…"`, `X memberi komentar dan berkata, "…"`, `Rose
 * membentangkan tangan sambil berseru, "…"`: a verb of saying joined to the sentence's main verb
 * (a participle after its comma, a verb after `and` or a word for an accompanying act), right
 * before the quote, speaks for the sentence's named subject.
 */
function joinedVerbCue(ctx: QuoteContext, j: number, sentStart: number, found: DirectCue): void {
  const { toks, lex } = ctx;
  const t = toks[j];
  const before = toks[j - 1];
  if (j - 1 <= sentStart || !before) return;
  const participle = lex.participleCues.includes(t.low) && before.text === ',';
  const joined = (isCueVerb(lex, t) || isReporting(lex, t) || isWeak(lex, t)) && (lex.coordinators.includes(before.low) || lex.continuationMarkers.includes(before.low));
  // `He said …, adding: "…"`: a verb of saying before frames the quote (embeddedCue reads it).
  // `… a woman, who wept and cried "…"`: the verbs of a relative clause are not the subject's.
  const framed = toks.slice(sentStart, j - 1).some((x) => isCueVerb(lex, x) || isReporting(lex, x) || lex.relativePronouns.includes(x.low));
  const r = (participle || joined) && !framed ? sentenceSubject(ctx, sentStart, j) : null;
  if (!r) return;
  found.ref = r;
  found.cue = 'before';
  found.at = t.start;
}

/**
 * The subject before the joining word at token m (`Watson turut menyampaikan`); not a word with a
 * pronoun clitic alone at the sentence start (`Lainnya ikut menambahkan`: another one, no name).
 */
function joinedSpeaker(ctx: QuoteContext, m: number, sentStart: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  const r = speakerBefore(ctx, m, sentStart);
  const one = r && tokenAt(toks, r.start) === sentStart && tokenAt(toks, r.end) === sentStart + 1;
  return one && lex.clitics.some((c) => toks[sentStart].low.endsWith(c)) ? null : r;
}

/**
 * Is the subject of the verb at j someone the text does not name: lower-case words after an
 * indefinite article, `one` or a possessive that opens the sentence (from token a) or a clause
 * (`A man standing next to her screamed`, `… before her daughter cried out`), or a class of people
 * heading words that open the sentence (`Some of the protesters shouted`)?
 */
function unnamedSubject(ctx: QuoteContext, a: number, j: number): boolean {
  const { toks, lex } = ctx;
  // `A resident, who asked not to be named, said: "…"`: the subject before its relative clause.
  const aside = relativeAsideBefore(ctx, a, j);
  if (aside >= 0) return unnamedSubject(ctx, a, aside);
  const opensNoun = (t: Tok) => lex.articles.indefinite.includes(t.low) || lex.indefinitePersons.includes(t.low) || lex.possessives.includes(t.low);
  const opensClause = (k: number) => k === a || toks[k - 1].text === ',' || [...lex.subordinators, ...lex.clauseOpeners, ...lex.coordinators].includes(toks[k - 1].low);
  for (let k = j - 1; k >= a && j - k <= 8; k--) {
    const t = toks[k];
    if (!t.word || (isCap(t) && k !== a)) return false;
    if (k < j - 1 && opensNoun(t) && opensClause(k)) return true;
  }
  return j - a >= 2 && toks.slice(a + 1, j).every((t) => t.word && !isCap(t)) && lex.genericRoles.includes(toks[j - 1].low);
}

/** The comma opening a relative clause set off by commas right before token `j` (`, who asked not to be named,`), or -1. */
function relativeAsideBefore(ctx: QuoteContext, a: number, j: number): number {
  const { toks, lex } = ctx;
  if (toks[j - 1]?.text !== ',') return -1;
  for (let m = j - 2; m > a && j - m <= 15; m--) {
    if (toks[m].text !== ',') continue;
    return lex.relativePronouns.includes(toks[m + 1]?.low ?? '') ? m : -1;
  }
  return -1;
}

/** Do tokens [e, j] hold a description alone: an article or a possessive, then words, no name and no verb? */
function describedOnly(ctx: QuoteContext, e: number, j: number): boolean {
  const { toks, lex } = ctx;
  const det = toks[e]?.low ?? '';
  if (!(isDefinite(ctx, det) || lex.possessives.includes(det)) || j - e > 6) return false;
  return toks.slice(e + 1, j + 1).every((t) => t.word && !isCap(t) && !isCueVerb(lex, t) && !isReporting(lex, t) && !lex.clauseMarkers.includes(t.low));
}

/**
 * Embedded: a reporting verb earlier in the same sentence (`Kim menyebut … sebagai “…”`), whose
 * subject speaks; j is the last token before the quote. False when the marks hold no quote.
 */
function embeddedCue(ctx: QuoteContext, quoted: Quoted, j: number, sentStart: number, found: DirectCue): boolean {
  const { text, toks, lex } = ctx;
  const { is, ie, words } = quoted;
  if (found.cue === 'none' && words >= 3) {
    for (let v = j; v >= sentStart; v--) {
      const t = toks[v];
      // `X issued a statement saying “…”`: the message's issuer, the subject of the verb before it.
      if (lex.participleCues.includes(t.low) && lex.messageNouns.includes(toks[v - 1]?.low ?? '')) {
        let d = v - 2;
        if ([...lex.articles.definite, ...lex.articles.indefinite].includes(toks[d]?.low ?? '')) d--;
        const r = d > sentStart && toks[d].word && !isCap(toks[d]) ? speakerBefore(ctx, d, sentStart) : null;
        if (r) {
          found.ref = r;
          found.cue = 'embedded';
          found.at = t.start;
        }
        break;
      }
      if (isReporting(lex, t) || isWeak(lex, t) || isCueVerb(lex, t)) {
        // `meminta semua pihak untuk "melindungi …"`, `urged an "end to …"`, `called it an "…"`: a
        // request's or a name's words in lower case are no quote (a sentence after them is; so is a
        // question after `asked`).
        if (lex.directives.includes(t.low) && !lex.questionVerbs.includes(t.low) && !/^\p{Lu}/u.test(text.slice(is, ie))) return false;
        const r = speakerBefore(ctx, v, sentStart);
        // `Seorang menteri menggambarkan … "…"`: a role brought in as someone new names no one.
        const x = matchPhrase(toks, sentStart, lex.indefinitePersons);
        const newRole = r?.kind === 'role' && x > 0 && r.start === toks[x].start && !lex.unnamedOfficials.includes(toks[x].low);
        // `The Iraqi ambassador to Greece said … "…"`: a place qualifying an unnamed subject.
        if (newRole || (r && placeInSubject(ctx, r) && tokenAt(toks, r.end) === v)) {
          found.unnamed = true;
          found.cue = 'embedded';
          found.at = t.start;
        } else if (r) {
          found.ref = r;
          found.cue = 'embedded';
          found.at = t.start;
        }
        break;
      }
      // `yang disebutnya sebagai “…”`: a passive verb with a pronoun clitic.
      // The stem must open with the cue verb: `diberlakukannya` only holds `aku` inside it.
      if (t.word && withClitic(lex, t) && lex.passivePrefixes.some((x) => t.low.startsWith(x) && lex.cueVerbs.some((c) => t.low.startsWith(c, x.length)))) {
        found.ref = pronounRef(t);
        found.cue = 'embedded';
        found.at = t.start;
        break;
      }
    }
  }
  return true;
}

/** The next sentence points back at the quote: `“….” Hal itu dikatakan X di Jakarta.` */
function cueInNextSentence(ctx: QuoteContext, quoted: Quoted, found: DirectCue): void {
  const { toks, lex, sents } = ctx;
  const { p, pe } = quoted;
  let i = tokenAt(toks, p.close + Math.max(1, p.closeLen));
  while (toks[i] && !toks[i].word && toks[i].start < pe) i++;
  const e = toks[i] && toks[i].start < pe ? matchPhrase(toks, i, lex.backReferences) : -1;
  if (e > 0) {
    const v = e + (lex.adverbs.includes(toks[e]?.low ?? '') ? 1 : 0);
    if (toks[v] && lex.passiveCueVerbs.includes(toks[v].low)) {
      const agent = lex.agentMarkers.includes(toks[v + 1]?.low ?? '') ? v + 2 : v + 1;
      const r = speakerAfter(ctx, agent, sentenceEndAfter(sents, toks[v].start, pe));
      if (r && r.kind !== 'group') {
        found.ref = r;
        found.cue = 'after';
        found.at = toks[v].start;
      }
    }
  }
}

/**
 * Do the words after a closing mark (from offset `from` to the sentence end `end`) go on with the
 * clause, in lower case and with no verb of speech, and end in `, <subject> <verb of speech>` with
 * at most a short tail?
 */
function mixedIntoClause(ctx: SpeakerContext, from: number, end: number): boolean {
  const { toks, lex } = ctx;
  const i = tokenAt(toks, from);
  const t = toks[i];
  if (!t?.word || isCap(t) || t.start >= end || isCueVerb(lex, t) || isReporting(lex, t) || isWeak(lex, t)) return false;
  let c = -1;
  for (let q = i; q < toks.length && toks[q].start < end; q++) if (toks[q].text === ',') c = q;
  if (c < 0) return false;
  const after: Tok[] = [];
  for (let q = c + 1; q < toks.length && toks[q].start < end; q++) if (toks[q].word) after.push(toks[q]);
  const v = after.findIndex((x) => isCueVerb(lex, x) || isReporting(lex, x));
  return v > 0 && v <= 6 && after.length - v - 1 <= 3;
}

/**
 * `"Kisah Cinta di Ujung Senja" diangkat dari …`: marks holding no end punctuation, then the
 * sentence going on in lower case with no verb of speech next, make a title the subject, not a quote.
 */
function titleOpening(ctx: SpeakerContext, p: Pair): boolean {
  const { text, toks, lex } = ctx;
  if (!p.closed || /[.!?…,;:]$/.test(text.slice(p.open, p.close).trimEnd())) return false;
  const t = toks[tokenAt(toks, p.close + Math.max(1, p.closeLen))];
  return !!t && t.word && !isCap(t) && !/[\r\n]/.test(text.slice(p.close, t.start)) && !isCueVerb(lex, t) && !isReporting(lex, t);
}

/** The author named in `<message> by X …:` closing paragraph `pi - 1`, or null. */
function colonAuthor(ctx: QuoteContext, pi: number): SpeakerRef | null {
  const { text, toks, lex, paras, sentenceOf } = ctx;
  const [s0, e0] = paras[pi - 1] ?? [0, 0];
  if (!text.slice(s0, e0).trimEnd().endsWith(':')) return null;
  for (let k = tokenAt(toks, sentenceOf(e0 - 1)[0]); k < toks.length && toks[k].end <= e0; k++) {
    if (!lex.messageNouns.includes(toks[k].low) || !lex.agentMarkers.includes(toks[k + 1]?.low ?? '')) continue;
    const r = speakerAfter(ctx, k + 2, e0);
    return r?.kind === 'name' ? r : null;
  }
  return null;
}

/** Is every word of four letters or more capitalized, and are there at least three (`Ten Things in Tech You Need`)? */
function titleCased(s: string): boolean {
  const long = s.match(/\p{L}{4,}/gu) ?? [];
  // Two long words will do when every other word is short (`Takin’ It to the Streets.`).
  const words = s.match(/\p{L}+/gu) ?? [];
  return (long.length >= 3 || (long.length === 2 && words.length >= 4)) && long.every((w) => /^\p{Lu}/u.test(w));
}

function sentencesIn(s: string): number {
  return (s.match(/[.!?](\s|$)/g) ?? []).length;
}

function sentenceEndAfter(sents: Array<[number, number]>, off: number, fallback: number): number {
  for (const [s, e] of sents) if (off >= s && off < e) return e;
  return fallback;
}
