/**
 * Quotes: direct quotes (inside quote marks) and indirect speech, each with its speaker.
 *
 * Cue forms (the words come from the language's speech lexicon, `src/lang/<code>/speech.ts`):
 * - after the quote: `“…,” ujar Putin`, `"…," kata Lavrov`, `“…,” ujarnya`, `"…," he said`,
 *   `"…," Smith told reporters`;
 * - before it: `Kata Choe, “…”`, `Ali mengatakan, “…”`, `Menurut X, “…”`;
 * - embedded in a reporting sentence: `Kim menyebut … sebagai “…”`;
 * - a quote split around its cue or continued in the next paragraph takes the same speaker;
 * - indirect: `X mengatakan, …`, `Ia menyebut …`, `X menyatakan bahwa …`, `Menurut X, …`,
 *   `…, kata X.`, `X said (that) …`, `X told reporters …`, `According to X, …`.
 *
 * A pronoun (`ia`, `dia`, `ujarnya`, `he`) or a role (`juru bicara Kremlin`) is resolved to the
 * most recent speaker, else to the nearest person mention before the cue.
 *
 * `QuoteSpan.speaker` holds, in this order: the canonical entity id of the entity mention that
 * covers the speaker (when linking has set `entity`), else that mention's text, else — when no
 * mention covers it (e.g. the tagger found none) — the name as printed, widened to the longest
 * form of it earlier in the article (`Ali` -> `Ali Mundakir`). Null when the text does not say.
 */
import type { CleanArticle, EntityMention, QuoteSpan } from '../../model/types.js';
import type { LangPack } from '../../lang/pack.js';
import type { SpeechLexicon } from '../../lang/speech.js';
import { insideAny, isCap, matchPhrase, paragraphs, sentences, spanAt, tokenAt, tokenize, trimSpan, wordCount, type Tok } from './text.js';
import { abbreviatedTitleHolder } from './abbrev.js';
import { roleTail, verbAfterDescription } from './apposition.js';
import { withPosts } from './posts.js';
import { officialOfBody, relatedPerson, titleHolderElsewhere, unnamedRoleOfBody, unnamedSourceAt } from './holder.js';
import { chooseSpeaker, type Candidate } from './candidates.js';
import { firstCompany, leadName, messageAuthor, stateOfBody, namedParty } from './party.js';
import { descriptionBefore, descriptionNoun, namedBefore, namedLater, unnamedAgain } from './describe.js';
import { describedBefore, firstMention, salientName } from './salience.js';
import { bodyBefore, bodyPronoun } from './body.js';
import { rankSpeakers } from './rank/index.js';
import { speakerCandidates, type RankEnv, type SpeakerCandidate } from './rank/candidates.js';
import { loadSpeakerModel } from './rank/model.js';
import { nameResolved, personLike, sameName, speechWord, type Resolved } from './resolve.js';
import { adjacent, cleanRun, degreesOnly, ref, isDefinite, issuerOfMessage, issuerOfSource, roleEndingAt, roleStartingAt, firstNameIn, nameToken, sentenceInitial, definiteStartingAt, descriptionHead, leadingSubject, makeContext, runForward, speakerAfter, speakerBefore, titledNames, type SpeakerContext, type SpeakerKind, type SpeakerRef } from './speaker.js';

/** Whether findQuotes lets the trained ranker choose speakers when the caller does not say. */
const RANK_BY_DEFAULT = true;

export type QuoteCue = 'after' | 'before' | 'embedded' | 'continued' | 'indirect' | 'according' | 'after-indirect' | 'none';

/** A quote with how its speaker was found: the internal result the exported spans are made from. */
export interface QuoteHit {
  start: number;
  end: number;
  text: string;
  direct: boolean;
  cue: QuoteCue;
  /** Where the cue sits (its verb or marker; the quote's start when it has none). */
  cueAt?: number;
  /** The cue names an unnamed speaker (`said a Foreign Office spokesman`): the rules give no one on purpose. */
  unnamedCue?: boolean;
  /** The speaker's name (resolved through pronouns and roles), its offsets, or null. */
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** Index into `entities` of the mention chosen as speaker, when one fits. */
  speakerMention: number | null;
  /** How the speaker was named at the cue. */
  via: SpeakerKind | null;
  /** The ranker's reasons for the speaker (its heaviest features), when the ranker chose it. */
  why?: string[];
}

const OPENERS = '“„«';
const CLOSERS = '”»';
const STRAIGHT = '"';
/** Curly quotes whose UTF-8 bytes were read as windows-1252 (`â€œ…â€\x9d`), as in scraped copy. */
const MOJIBAKE: Array<[string, 'open' | 'close']> = [
  ['\u00e2\u20ac\u0153', 'open'],
  ['\u00e2\u20ac\u009d', 'close'],
];

interface Pair {
  open: number; // offset of the opening mark
  close: number; // offset of the closing mark (or paragraph end when unclosed)
  closed: boolean;
  para: number;
  /** Length of the opening and closing marks (2 for the ``…'' of wire copy). */
  openLen: number;
  closeLen: number;
}

/**
 * Pairs quote marks inside each paragraph. Straight quotes and a closing mark used as an opener
 * (`”Kami …,” ujarnya`) open when nothing is open and a word follows. A quote left open at the end
 * of its paragraph counts only when the next paragraph opens with a quote mark (a quote running
 * over several paragraphs), or runs on when the next line's first mark closes it (text broken one
 * sentence per line); otherwise the mark is a stray one and is ignored.
 */
function quotePairs(text: string, paras: Array<[number, number]>): Pair[] {
  const out: Pair[] = [];
  const isMark = (c: string) => OPENERS.includes(c) || CLOSERS.includes(c) || c === STRAIGHT;
  // A quote carried over a line break (see below): its opening mark and length.
  let carry: { open: number; openLen: number } | null = null;
  paras.forEach(([ps, pe], pi) => {
    let open = carry?.open ?? -1;
    let inner = -1;
    let openLen = carry?.openLen ?? 1;
    carry = null;
    for (let i = ps; i < pe; i++) {
      const c = text[i];
      // Wire copy writes quotes as ``…'' (two characters each).
      if (c === '`' && text[i + 1] === '`') {
        if (open >= 0) out.push({ open, close: i, closed: false, para: pi, openLen, closeLen: 0 });
        open = i;
        openLen = 2;
        i++;
        continue;
      }
      // Some wire copy opens with '' as well (`''It never …,'' he said.`): before a word, after a space.
      if (c === "'" && text[i + 1] === "'" && open < 0 && (i === ps || /[\s(]/.test(text[i - 1])) && /[\p{L}\p{N}]/u.test(text[i + 2] ?? '')) {
        open = i;
        openLen = 2;
        i++;
        continue;
      }
      // `’’` closes like `''` in copy that doubles the single mark (`“…,’’ she said`).
      if ((c === "'" || c === '’') && text[i + 1] === c && open >= 0) {
        out.push({ open, close: i, closed: true, para: pi, openLen, closeLen: 2 });
        open = -1;
        i++;
        continue;
      }
      const moji = c === '\u00e2' ? MOJIBAKE.find(([m]) => text.startsWith(m, i)) : undefined;
      if (moji) {
        const [m, kind] = moji;
        if (kind === 'open') {
          if (open >= 0) out.push({ open, close: i, closed: false, para: pi, openLen, closeLen: 0 });
          open = i;
          openLen = m.length;
        } else if (open >= 0) {
          out.push({ open, close: i, closed: true, para: pi, openLen, closeLen: m.length });
          open = -1;
        }
        i += m.length - 1;
        continue;
      }
      if (!isMark(c)) continue;
      const prev = i > ps ? text[i - 1] : ' ';
      const next = i + 1 < pe ? text[i + 1] : ' ';
      let kind: 'open' | 'close' | null = null;
      // `“ … bisikin "gimana, … orang? ”, ” begitu …`: a straight mark opening a word inside a curly
      // quote that two curly closers still follow opens an inner quote; the first closer ends it.
      if (open >= 0 && inner < 0 && c === STRAIGHT && OPENERS.includes(text[open]) && /\s/.test(prev) && /\p{L}/u.test(next) && [...text.slice(i, pe)].filter((x) => CLOSERS.includes(x)).length >= 2) {
        inner = i;
        continue;
      }
      if (inner >= 0 && CLOSERS.includes(c)) {
        inner = -1;
        continue;
      }
      if (open < 0) {
        if (OPENERS.includes(c)) kind = 'open';
        else if (!/\s/.test(next) && /[\s([\-–—]/.test(prev) && /[\p{L}\p{N}.…(\[]/u.test(next)) kind = 'open';
      } else if (CLOSERS.includes(c) || c === STRAIGHT) kind = 'close';
      else if (OPENERS.includes(c)) {
        // A new opener while one is open: the first ran to here without its closing mark.
        out.push({ open, close: i, closed: false, para: pi, openLen, closeLen: 0 });
        open = i;
        openLen = 1;
        continue;
      }
      if (kind === 'open') {
        open = i;
        openLen = 1;
      } else if (kind === 'close') {
        out.push({ open, close: i, closed: true, para: pi, openLen, closeLen: 1 });
        open = -1;
      }
    }
    if (open >= 0 && pe - open > 1) {
      const np = paras[pi + 1];
      if (np && (isMark(text[np[0]]) || text.startsWith('``', np[0]))) out.push({ open, close: pe, closed: false, para: pi, openLen, closeLen: 0 });
      // Text broken one sentence per line: the next line opens with no mark, and the first mark in it
      // closes (after a word or a sentence mark, before a space or the line's end): one quote runs on.
      else if (closesAhead(text, paras, pi + 1)) carry = { open, openLen };
    }
  });
  return out;
}

/** Lines a quote may run over, one sentence each, before its closing mark. */
const RUN_ON_LINES = 6;

/**
 * Does the first quote mark after paragraph `from` (over a few lines with no mark at all) close a
 * quote: a curly closer, or a straight mark after a non-space and before a space, a mark or the end?
 * So does a mark opening a later line: a quote of several paragraphs, printed one sentence per line,
 * leaves each paragraph but the last unclosed (`“We got … at.\nHe came back …\n“We ’ re …”`).
 */
function closesAhead(text: string, paras: Array<[number, number]>, from: number): boolean {
  for (let k = from; k < Math.min(paras.length, from + RUN_ON_LINES); k++) {
    const [s, e] = paras[k];
    for (let i = s; i < e; i++) {
      const c = text[i];
      // Only in text broken one sentence per line, with no blank line between (not paragraphs of
      // prose), the unclosed line ending a sentence (not `"… that!!! tulis Jennifer pada akun X`).
      const paragraphOpens = i === s && k > from && !/\n[ \t\r]*\n/.test(text.slice(paras[from - 1][1], s)) && /[.!?…]$/.test(text.slice(...paras[from - 1]).trimEnd());
      if (OPENERS.includes(c) || c === '`') return paragraphOpens;
      if (c === STRAIGHT && paragraphOpens) return true;
      if (CLOSERS.includes(c)) return true;
      if (c === STRAIGHT) return i > s && !/\s/.test(text[i - 1]) && (i + 1 >= e || /[\s,.;:!?)]/.test(text[i + 1]));
    }
  }
  return false;
}

interface Event {
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

/** Does a predicate open at t (an auxiliary, a negation, an aspect or modal word: `akan`, `mulai`, `mau`)? */
function opensPredicate(lex: SpeechLexicon, t: Tok | undefined): boolean {
  return !!t && t.word && (lex.clauseMarkers.includes(t.low) || lex.predicateOpeners.includes(t.low));
}

/** Is the word `low` one of `stems` with a pronoun clitic glued on (`katanya`, `pandangannya`)? */
function stemWithClitic(low: string, lex: SpeechLexicon, stems: string[]): boolean {
  for (const c of lex.clitics) if (low.endsWith(c) && stems.includes(low.slice(0, -c.length))) return true;
  return false;
}

export interface FindOptions {
  /** Let the trained ranker (rank/) choose each speaker among candidates; false: the rules' speakers. */
  rank?: boolean;
  /** Override the model's margin (how far a candidate must beat the rules' choice); 0: the best always wins. */
  margin?: number;
}

/** Finds quotes in `text` (internal form with speaker offsets). */
export function findQuotes(text: string, pack: LangPack, entities: EntityMention[] = [], opts: FindOptions = {}): QuoteHit[] {
  const { hits, env } = ruleQuotes(text, pack, entities);
  const model = (opts.rank ?? RANK_BY_DEFAULT) ? loadSpeakerModel() : null;
  return model ? rankSpeakers(hits, env, model, opts.margin) : hits;
}

/** The rules' quotes and, per quote, the speaker candidates the ranker reads (for training it). */
export function quoteCandidates(text: string, pack: LangPack, entities: EntityMention[] = []): { hits: QuoteHit[]; cands: SpeakerCandidate[][] } {
  const { hits, env } = ruleQuotes(text, pack, entities);
  return { hits, cands: hits.map((_, k) => speakerCandidates(hits, k, env)) };
}

/** The quotes and speakers the hand-written rules find. */
function ruleQuotes(text: string, pack: LangPack, entities: EntityMention[]): { hits: QuoteHit[]; env: RankEnv } {
  const lex = pack.speech;
  const toks = tokenize(text);
  // Not the seasons: `Ramadhan` is also a common personal name (`Gilang Ramadhan`).
  const calendar = [...Object.keys(pack.weekdays), ...Object.keys(pack.months)];
  const notName = new Set<string>([...calendar, ...pack.stopwords, ...lex.adverbs, ...lex.connectives, ...lex.accordingTo.flatMap((p) => p.split(/\s+/))]);
  const ctx = makeContext(text, toks, lex, notName, calendar, Object.keys(pack.ner.demonyms ?? {}));
  const paras = paragraphs(text);
  const pairs = quotePairs(text, paras);
  const sents: Array<[number, number]> = paras.flatMap(([s, e]) => sentences(text, s, e));
  const sentenceOf = (off: number): [number, number] => sents[spanAt(sents, off)] ?? [off, off];
  const inQuote = insideAny(pairs.map((p) => [p.open, p.close]));
  const cueVerbs = lex.cueVerbs;
  const isCueVerb = (t: Tok | undefined) => !!t && t.word && (cueVerbs.includes(t.low) || stemWithClitic(t.low, lex, cueVerbs));
  const isReporting = (t: Tok | undefined) => !!t && t.word && lex.reportingVerbs.includes(t.low);
  // `a victim of Epstein's alleged sex ring`: between a possessive and a noun the participle
  // qualifies the noun; it is no verb of speech (`…, Macy's added.`, `McDonald's said net …` are).
  // The noun may stand in quote marks (`X's alleged "abuse network"`).
  const qualifiesNoun = (v: number) => {
    const n = toks[/^["“]$/.test(toks[v + 1]?.text ?? '') ? v + 2 : v + 1];
    return /['’]s$/.test(toks[v - 1]?.text ?? '') && !lex.clauseVerbs.includes(toks[v].low) && !!n?.word && !isCap(n) && !lex.complementizers.includes(n.low);
  };
  const isWeak = (t: Tok | undefined) => !!t && t.word && lex.weakReportingVerbs.includes(t.low);
  const clitic = (t: Tok) => lex.clitics.some((c) => t.low.endsWith(c) && t.low.length > c.length + 2 && !cueVerbs.includes(t.low));
  const pronounRef = (t: Tok): SpeakerRef => ({ kind: 'pronoun', start: t.start, end: t.end, text: t.text });
  const accordingAt = (i: number): number => matchPhrase(toks, i, lex.accordingTo);
  /** An unnamed source (`sumber`, `pejabat`: see unnamedSourceAt) at token k, or after an indefinite there (`seorang sumber`)? */
  const unnamedSourceFrom = (k: number): boolean => {
    const e = matchPhrase(toks, k, lex.indefinitePersons);
    return unnamedSourceAt(ctx, e > 0 ? e : k);
  };

  /** `the government`: a body noun after the article alone (not `the French foreign ministry`). */
  const bareBody = (r: SpeakerRef): boolean => {
    const w = r.text.toLowerCase().split(/\s+/);
    return w.length === 2 && isDefinite(ctx, w[0]) && lex.bodies.includes(w[1]);
  };
  /** `"…," katanya serta menambahkan bahwa …`: the subject of the first of two joined speech verbs at v - 2. */
  const coordinatedSubject = (v: number, floor: number): SpeakerRef | null => {
    const w = toks[v - 2];
    if (v - 2 < floor || !lex.coordinators.includes(toks[v - 1].low) || !(isCueVerb(w) || isReporting(w))) return null;
    return stemWithClitic(w.low, lex, cueVerbs) ? pronounRef(w) : speakerBefore(ctx, v - 2, floor);
  };
  /**
   * `The Taliban, however, claimed …, which it said crashed …`: `it` in a relative clause stands for
   * the party named at the start of the sentence, not the one last spoken of.
   */
  const relativeParty = (r: SpeakerRef | null, a: number, v: number): SpeakerRef | null => {
    if (r?.kind !== 'definite' || !lex.partyPronouns.includes(r.text.toLowerCase())) return null;
    if (!lex.relativePronouns.includes(toks[tokenAt(toks, r.start) - 1]?.low ?? '')) return null;
    const n = firstNameIn(ctx, a, Math.min(v, a + 5));
    return n && tokenAt(toks, n.start) <= a + 2 ? n : null;
  };
  /**
   * `The United States had moved troops … and said it would …`, `The agency, which …, did not …,
   * but said that …`: a verb after `and`/`but` shares the subject that opens the sentence.
   */
  const conjoinedSubject = (v: number, floor: number): SpeakerRef | null => {
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
    for (let q = floor + 1; q < Math.min(c, floor + 8); q++) {
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
  };

  /**
   * The person apposed right before a quoting marker within a few words after token `from` (`the
   * head of the zone, Ali Rezapour, as saying`) and the index after the marker, or null.
   */
  const quotedHolder = (from: number, se: number): [SpeakerRef, number] | null => {
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
  };

  /**
   * `quoted the disaster center in the province of X as saying`: a body described after an article
   * (a lower-case head, a name in its tail), right before the quoting marker. The description and
   * the index after the marker, or null.
   */
  const quotedBody = (from: number, se: number): [SpeakerRef, number] | null => {
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
  };

  const events: Event[] = [];
  /** `seperti dijelaskan (oleh)` at token i: the index after it (where the agent starts), or -1. */
  const asPassiveAt = (i: number): number => {
    if (!toks[i] || !lex.asCues.includes(toks[i].low)) return -1;
    // `seperti yang dikonfirmasi oleh X`: a relative pronoun may stand before the verb.
    const p = lex.relativePronouns.includes(toks[i + 1]?.low ?? '') ? i + 2 : i + 1;
    if (!toks[p] || !lex.passiveCueVerbs.includes(toks[p].low)) return -1;
    return lex.agentMarkers.includes(toks[p + 1]?.low ?? '') ? p + 2 : p + 1;
  };

  /** `demikian dilaporkan (oleh)`, `demikian keterangan` at token i (after a comma): the index after it, or -1. */
  const postPosedAt = (i: number): number => {
    const h = toks[i + 1]?.low ?? '';
    if (!lex.postPosedMarkers.includes(toks[i]?.low ?? '') || !(lex.passiveCueVerbs.includes(h) || lex.releaseVerbs.includes(h) || lex.sourceNouns.includes(h))) return -1;
    // `demikian bunyi keterangan resmi X`: more source nouns may follow the first.
    let k = i + 2;
    while (toks[k] && lex.sourceNouns.includes(toks[k].low)) k++;
    return lex.agentMarkers.includes(toks[k]?.low ?? '') ? k + 1 : k;
  };

  /**
   * `demikian dikutip Reuters dari pernyataan resmi The Fed`, `seperti dilansir AFP dari keterangan
   * Kementerian X` at token i (after a quote): an outlet relays a statement, so the statement's
   * issuer speaks, never the outlet. Only passive citation cues (`dikutip`, `dilansir`), and only
   * when a source noun follows the affiliation (`dikutip dari Reuters` names the outlet alone).
   */
  const relayedIssuer = (i: number, end: number): SpeakerRef | null => {
    let k = i;
    if (lex.postPosedMarkers.includes(toks[k]?.low ?? '') || lex.asCues.includes(toks[k]?.low ?? '')) k++;
    const w = toks[k]?.low ?? '';
    if (!toks[k] || toks[k].start >= end || !lex.citeCues.some((c) => c.split(/\s+/).includes(w)) || !lex.passivePrefixes.some((x) => w.startsWith(x))) return null;
    for (let q = k + 1; q < k + 8 && toks[q] && toks[q].start < end; q++) {
      if (!lex.affiliation.includes(toks[q].low)) continue;
      let n = q + 1;
      if (!lex.sourceNouns.includes(toks[n]?.low ?? '')) return null;
      while (toks[n + 1] && lex.sourceNouns.includes(toks[n + 1].low)) n++;
      const r = issuerOfSource(ctx, n, end);
      if (r) return r;
      // `pernyataan resmi Kementerian Energi`: the capitalized run whole (a body word opens it).
      let m = n + 1;
      while (m < n + 3 && toks[m]?.word && !isCap(toks[m]) && !lex.stopAfterName.includes(toks[m].low) && toks[m].start < end) m++;
      const c = nameToken(ctx, m) && toks[m].start < end ? cleanRun(ctx, m, runForward(ctx, m, end)) : null;
      if (c) return ref(ctx, 'name', c[0], c[1]);
      const s = speakerAfter(ctx, n + 1, end);
      return s?.kind === 'name' ? s : null;
    }
    return null;
  };

  // ---- direct quotes
  const directEvents: Event[] = [];
  /**
   * Do the words after a closing mark (from offset `from` to the sentence end `end`) go on with the
   * clause, in lower case and with no verb of speech, and end in `, <subject> <verb of speech>` with
   * at most a short tail?
   */
  const mixedIntoClause = (from: number, end: number): boolean => {
    const i = tokenAt(toks, from);
    const t = toks[i];
    if (!t?.word || isCap(t) || t.start >= end || isCueVerb(t) || isReporting(t) || isWeak(t)) return false;
    let c = -1;
    for (let q = i; q < toks.length && toks[q].start < end; q++) if (toks[q].text === ',') c = q;
    if (c < 0) return false;
    const after: Tok[] = [];
    for (let q = c + 1; q < toks.length && toks[q].start < end; q++) if (toks[q].word) after.push(toks[q]);
    const v = after.findIndex((x) => isCueVerb(x) || isReporting(x));
    return v > 0 && v <= 6 && after.length - v - 1 <= 3;
  };
  /**
   * `"Kisah Cinta di Ujung Senja" diangkat dari …`: marks holding no end punctuation, then the
   * sentence going on in lower case with no verb of speech next, make a title the subject, not a quote.
   */
  const titleOpening = (p: Pair): boolean => {
    if (!p.closed || /[.!?…,;:]$/.test(text.slice(p.open, p.close).trimEnd())) return false;
    const t = toks[tokenAt(toks, p.close + Math.max(1, p.closeLen))];
    return !!t && t.word && !isCap(t) && !/[\r\n]/.test(text.slice(p.close, t.start)) && !isCueVerb(t) && !isReporting(t);
  };
  /**
   * Does a clause with its own subject open at token `k`: a subject pronoun, or a definite or
   * possessed noun phrase with an auxiliary a few words on (`saying the account was …`, `said his
   * lander should …`; not `saying the word`)?
   */
  const clauseSubjectAt = (k: number, se: number): boolean => {
    const w = toks[k]?.low ?? '';
    if ([...lex.pronouns, ...lex.groupPronouns, ...lex.partyPronouns].includes(w)) return true;
    if (!isDefinite(ctx, w) && !lex.possessives.includes(w)) return false;
    for (let q = k + 2; q < k + 7 && toks[q] && toks[q].start < se && toks[q].word; q++) if (lex.clauseMarkers.includes(toks[q].low) || lex.passiveAuxiliaries.includes(toks[q].low)) return true;
    return false;
  };
  /** The author named in `<message> by X …:` closing paragraph `pi - 1`, or null. */
  const colonAuthor = (pi: number): SpeakerRef | null => {
    const [s0, e0] = paras[pi - 1] ?? [0, 0];
    if (!text.slice(s0, e0).trimEnd().endsWith(':')) return null;
    for (let k = tokenAt(toks, sentenceOf(e0 - 1)[0]); k < toks.length && toks[k].end <= e0; k++) {
      if (!lex.messageNouns.includes(toks[k].low) || !lex.agentMarkers.includes(toks[k + 1]?.low ?? '')) continue;
      const r = speakerAfter(ctx, k + 2, e0);
      return r?.kind === 'name' ? r : null;
    }
    return null;
  };
  pairs.forEach((p, pi) => {
    const [ps, pe] = paras[p.para];
    const [is, ie] = trimSpan(text, p.open + p.openLen, p.close, ',;:');
    if (ie <= is) return;
    const words = wordCount(text.slice(is, ie));
    if (words === 0) return;
    const next = pairs[pi + 1];
    const clauseEnd = Math.min(next && next.para === p.para ? next.open : pe, sentenceEndAfter(sents, p.close + Math.max(1, p.closeLen), pe));
    const prev = pairs[pi - 1];
    const beforeStart = prev && prev.para === p.para ? prev.close + Math.max(1, prev.closeLen) : ps;
    let ref: SpeakerRef | null = null;
    let cue: QuoteCue = 'none';
    let at = p.open;
    let unnamedCue = false;

    // (a) cue after the quote: `“…,” ujar Putin`, `“…,” ujarnya`, `"…," he said`, `"…," Smith said`.
    if (p.closed) {
      let i = tokenAt(toks, p.close + Math.max(1, p.closeLen));
      while (toks[i] && toks[i].start < clauseEnd && /^[,."”]$/.test(toks[i].text)) i++;
      // `"…," demikian kata X`: a post-posed marker before a verb of speech only points back.
      if (toks[i] && lex.postPosedMarkers.includes(toks[i].low) && toks[i + 1] && (isCueVerb(toks[i + 1]) || isReporting(toks[i + 1]))) i++;
      const t = toks[i];
      let relayed: SpeakerRef | null = null;
      if (t && t.start < clauseEnd) {
        if (isCueVerb(t) || isReporting(t)) {
          cue = 'after';
          at = t.start;
          if (stemWithClitic(t.low, lex, cueVerbs) || (clitic(t) && !cueVerbs.includes(t.low))) ref = pronounRef(t);
          else ref = speakerAfter(ctx, i + 1, clauseEnd);
          // `,'' said Egypt had signaled …`: a name followed by an auxiliary is the subject of the
          // clause the verb reports, not a speaker put after the verb.
          if (ref?.kind === 'name' && lex.clauseMarkers.includes(toks[tokenAt(toks, ref.end)]?.low ?? '')) {
            ref = null;
            cue = 'none';
            at = p.open;
          }
          // `"…," said a Foreign Office spokesman`: an indefinite article, then a role, names no one.
          if (indefiniteRoleAt(ctx, i + 1)) {
            unnamedCue = true;
            ref = null;
          }
        } else if (lex.postPosedMarkers.includes(t.low) && toks[i + 1] && stemWithClitic(toks[i + 1].low, lex, lex.sourceNouns)) {
          // `"…," begitu postingannya.`: its writer, resolved like a pronoun.
          cue = 'after';
          at = t.start;
          ref = pronounRef(toks[i + 1]);
        } else if ((relayed = relayedIssuer(i, clauseEnd))) {
          // `"…," demikian dikutip Reuters dari pernyataan resmi The Fed.`: the outlet only relays.
          cue = 'after';
          at = t.start;
          ref = relayed;
        } else if (postPosedAt(i) > 0) {
          // `"…," demikian keterangan resmi X.` / `demikian bunyi pernyataan X`
          cue = 'after';
          at = t.start;
          // A body described in lower case before its name (`agen pengendali zona … Chernobyl`).
          ref = speakerAfter(ctx, postPosedAt(i), clauseEnd) ?? firstNameIn(ctx, postPosedAt(i), Math.min(tokenAt(toks, clauseEnd), postPosedAt(i) + 8, toks.length - 1));
        } else {
          // Subject then verb within a few words: `"…," Smith said`, `“…,” Putin menambahkan`; a
          // weak verb too (`"…," sesederhana itu Kim menuliskan keterangan fotonya`): the quote is
          // what the subject wrote or said, whatever the verb's object.
          // `"…," a detective, speaking on condition of anonymity, said`: an unnamed speaker, an
          // aside between commas, then the verb; or the verb right after the role (`one U.S. crew chief said`).
          if (indefiniteRoleAt(ctx, i)) {
            for (let k = i + 2; k < i + 16 && toks[k] && toks[k].start < clauseEnd; k++) {
              const direct = toks.slice(i + 1, k).every((x) => x.word || x.text === '.');
              if (!((isCueVerb(toks[k]) || isReporting(toks[k])) && (toks[k - 1].text === ',' || direct))) continue;
              cue = 'after';
              at = toks[k].start;
              unnamedCue = true;
              break;
            }
          }
          for (let k = i + 1; cue === 'none' && k < i + 16 && toks[k] && toks[k].start < clauseEnd; k++) {
            // `"…," Yeltsin was quoted as saying by the news agency`: the passive of quoting.
            if (k > i + 1 && lex.quotingVerbs.includes(toks[k].low) && lex.passiveAuxiliaries.includes(toks[k - 1].low) && matchPhrase(toks, k + 1, lex.quotingMarkers) > 0) {
              const r = speakerBefore(ctx, k - 1, i);
              if (r && r.start >= toks[i].start) {
                cue = 'after';
                at = toks[k].start;
                ref = r;
              }
              break;
            }
            if (isCueVerb(toks[k]) || isReporting(toks[k]) || isWeak(toks[k])) {
              const r = speakerBefore(ctx, k, i);
              // `“….” He said his lander …`: after a quote closed by a full stop, a verb with a
              // clause of its own opens the next statement; it does not cue the quote.
              const ownClause = /[.!?…]$/.test(text.slice(is, ie)) && clauseSubjectAt(k + 1, clauseEnd);
              if (r && r.start >= toks[i].start && !ownClause) {
                cue = 'after';
                at = toks[k].start;
                ref = r;
              }
              break;
            }
            // `"…," Joseph Lane, a spokesman for the bank, said`, `"…," Ann Lee, CEO of Acme, in
            // Leeds, England, adds`: a description between commas, then the verb.
            // `"…," the Troy police chief, Charles Craft, said`: a role described, then its holder in apposition.
            if (toks[k].text === ',' && isDefinite(ctx, toks[i].low) && roleEndingAt(ctx, k - 1) !== null && nameToken(ctx, k + 1)) {
              const e = runForward(ctx, k + 1, clauseEnd);
              const c = cleanRun(ctx, k + 1, e);
              if (c && c[1] - c[0] >= 2 && toks[e]?.text === ',' && (isCueVerb(toks[e + 1]) || isReporting(toks[e + 1])) && toks[e + 1].start < clauseEnd) {
                cue = 'after';
                at = toks[e + 1].start;
                ref = { kind: 'name', start: toks[c[0]].start, end: toks[c[1] - 1].end, text: text.slice(toks[c[0]].start, toks[c[1] - 1].end) };
                break;
              }
            }
            // `"…," chairman, CEO and president Bob Dana said`: a list of roles before the name.
            if (toks[k].text === ',' && lex.roles.includes(toks[k - 1].low) && toks[k + 1]?.word) continue;
            if (toks[k].text === ',' && k > i + 1) {
              const v = verbAfterDescription(ctx, k, clauseEnd, (x) => isCueVerb(x) || isReporting(x));
              const r = v > 0 ? speakerBefore(ctx, k, i) : null;
              if (r?.kind === 'name' && r.start >= toks[i].start) {
                cue = 'after';
                at = toks[v].start;
                ref = r;
              }
              break;
            }
            // Only words, hyphens and the dots of initials (`U.S.`, `P.J.`) or titles (`Mr.`) between.
            if (!toks[k].word && toks[k].text !== '-' && !(toks[k].text === '.' && (/^\p{Lu}$/u.test(toks[k - 1].text) || (lex.titles.includes(toks[k - 1].text) && !/[.!?]$/.test(text.slice(is, p.close).trim()))))) break;
          }
          // A word of its own in the cue's slot: `"…," buka Wenger seperti dikutip …` — after a
          // quote closed by a comma, one lower-case content word, then a name ending the clause, is
          // a verb of speech the lexicon lacks.
          if (cue === 'none' && /,\s*$/.test(text.slice(is, p.close)) && t.word && !isCap(t) && !ctx.notName.has(t.low) && nameToken(ctx, i + 1) && adjacent(ctx, i)) {
            const r = speakerAfter(ctx, i + 1, clauseEnd);
            const nx = r ? toks[tokenAt(toks, r.end)] : undefined;
            if (r?.kind === 'name' && r.start === toks[i + 1].start && (!nx || nx.start >= clauseEnd || !nx.word || lex.stopAfterName.includes(nx.low))) {
              cue = 'after';
              at = t.start;
              ref = r;
            }
          }
          // No verb: `"…," ekonom Saudi X kepada AFP.` (a speaker, then whom they told).
          if (cue === 'none') {
            const r = speakerAfter(ctx, i, clauseEnd);
            const nx = r ? toks[tokenAt(toks, r.end)] : undefined;
            if (r && (r.kind === 'name' || r.kind === 'role') && nx && nx.start < clauseEnd && lex.toAudience.includes(nx.low)) {
              cue = 'after';
              at = t.start;
              ref = r;
            }
          }
        }
      }
    }

    // (b) cue before the quote: `Kata Choe, “…”`, `Ali mengatakan, “…”`, `Menurut X, “…”`.
    if (cue === 'none') {
      let j = tokenAt(toks, p.open) - 1;
      const floorTok = tokenAt(toks, beforeStart);
      while (j >= floorTok && /^[,:]$/.test(toks[j].text)) j--;
      if (j >= floorTok && lex.complementizers.includes(toks[j].low)) j--;
      if (j >= floorTok) {
        const sentStart = tokenAt(toks, Math.max(beforeStart, sentenceOf(p.open)[0]));
        // `Kata Choe,` / `Katanya,` / `ujar Menteri X:`; opening the sentence, the verb may stand
        // further back (`Replied State Department deputy spokesman Richard Boucher, "…"`).
        const opening = sentStart >= floorTok && sentStart < j && j - sentStart <= 30 && isCueVerb(toks[sentStart]);
        for (let v = j; v >= Math.max(floorTok, opening ? sentStart : j - 6); v--) {
          if (isCueVerb(toks[v]) && (v === sentStart || !toks[v - 1].word || v === j)) {
            let r: SpeakerRef | null = null;
            if (v === j && stemWithClitic(toks[v].low, lex, cueVerbs)) r = pronounRef(toks[v]);
            else if (v < j) r = speakerAfter(ctx, v + 1, toks[j].end);
            // The speaker must be all there is between the verb and the quote (`Kata Choe, “`), but
            // for a role in apposition after the verb opening the sentence (`Says Michael Hirsch,
            // chief investment officer of …: "…"`).
            const apposed = r?.kind === 'name' && v === sentStart && toks[tokenAt(toks, r.end)]?.text === ',';
            if (r && (r.end === toks[j].end || apposed)) {
              ref = r;
              cue = 'before';
              at = toks[v].start;
            }
            break;
          }
        }
        // `Ali mengatakan, “…”`, `Ia menegaskan: “…”`
        if (cue === 'none' && (isReporting(toks[j]) || isWeak(toks[j]) || isCueVerb(toks[j]))) {
          ref = speakerBefore(ctx, j, sentStart);
          if (ref) {
            cue = 'before';
            at = toks[j].start;
          }
        }
        // `Dilansir Reuters dari pernyataan resmi OPEC, “…”`: the issuer, as after the quote.
        if (cue === 'none' && sentStart >= floorTok) {
          const r = relayedIssuer(sentStart, toks[j].end + 1);
          if (r && r.end === toks[j].end) {
            ref = r;
            cue = 'before';
            at = toks[sentStart].start;
          }
        }
        // `Menurut X, “…”`
        if (cue === 'none') {
          for (let a = sentStart; a <= j; a++) {
            const e = accordingAt(a);
            if (e > 0) {
              const r = accordingSource(ctx, e, toks[j].end + 1, pronounRef);
              if (r) {
                ref = r;
                cue = 'before';
                at = toks[a].start;
              } else if (unnamedSourceFrom(e)) {
                // `Menurut seorang pejabat, “…”`: a source kept unnamed (see below).
                cue = 'before';
                at = toks[a].start;
                unnamedCue = true;
              }
              break;
            }
          }
        }
        // Embedded: a reporting verb earlier in the same sentence (`Kim menyebut … sebagai “…”`).
        if (cue === 'none' && words >= 3) {
          for (let v = j; v >= sentStart; v--) {
            const t = toks[v];
            // `X issued a statement saying “…”`: the message's issuer, the subject of the verb before it.
            if (lex.participleCues.includes(t.low) && lex.messageNouns.includes(toks[v - 1]?.low ?? '')) {
              let d = v - 2;
              if ([...lex.articles.definite, ...lex.articles.indefinite].includes(toks[d]?.low ?? '')) d--;
              const r = d > sentStart && toks[d].word && !isCap(toks[d]) ? speakerBefore(ctx, d, sentStart) : null;
              if (r) {
                ref = r;
                cue = 'embedded';
                at = t.start;
              }
              break;
            }
            if (isReporting(t) || isWeak(t) || isCueVerb(t)) {
              // `meminta semua pihak untuk "melindungi …"`, `urged an "end to …"`, `called it an "…"`: a
              // request's or a name's words in lower case are no quote (a sentence after them is; so is a
              // question after `asked`).
              if (lex.directives.includes(t.low) && !lex.questionVerbs.includes(t.low) && !/^\p{Lu}/u.test(text.slice(is, ie))) return;
              const r = speakerBefore(ctx, v, sentStart);
              // `Seorang menteri menggambarkan … "…"`: a role brought in as someone new names no one.
              const x = matchPhrase(toks, sentStart, lex.indefinitePersons);
              const newRole = r?.kind === 'role' && x > 0 && r.start === toks[x].start && !lex.unnamedOfficials.includes(toks[x].low);
              // `The Iraqi ambassador to Greece said … "…"`: a place qualifying an unnamed subject.
              if (newRole || (r && placeInSubject(ctx, r) && tokenAt(toks, r.end) === v)) {
                unnamedCue = true;
                cue = 'embedded';
                at = t.start;
              } else if (r) {
                ref = r;
                cue = 'embedded';
                at = t.start;
              }
              break;
            }
            // `yang disebutnya sebagai “…”`: a passive verb with a pronoun clitic.
            if (t.word && clitic(t) && /^di/.test(t.low) && cueVerbs.some((c) => t.low.includes(c))) {
              ref = pronounRef(t);
              cue = 'embedded';
              at = t.start;
              break;
            }
          }
        }
      }
    }

    // (b') the next sentence points back at the quote: `“….” Hal itu dikatakan X di Jakarta.`
    if (cue === 'none' && p.closed && words >= 3) {
      let i = tokenAt(toks, p.close + Math.max(1, p.closeLen));
      while (toks[i] && !toks[i].word && toks[i].start < pe) i++;
      const e = toks[i] && toks[i].start < pe ? matchPhrase(toks, i, lex.backReferences) : -1;
      if (e > 0) {
        const v = e + (lex.adverbs.includes(toks[e]?.low ?? '') ? 1 : 0);
        if (toks[v] && lex.passiveCueVerbs.includes(toks[v].low)) {
          const agent = lex.agentMarkers.includes(toks[v + 1]?.low ?? '') ? v + 2 : v + 1;
          const r = speakerAfter(ctx, agent, sentenceEndAfter(sents, toks[v].start, pe));
          if (r && r.kind !== 'group') {
            ref = r;
            cue = 'after';
            at = toks[v].start;
          }
        }
      }
    }

    // Two words or fewer inside a sentence are a term or a scare quote, unless a cue follows.
    // A word or two counts only with a cue after it that names who spoke (`"Belum," tuturnya`), not
    // before a clause about a thing (`skenario "migrasi tinggi", studi ini memproyeksikan …`).
    if (words < 3 && (cue !== 'after' || ref?.kind === 'definite') && !/[.!?…]$/.test(text.slice(is, ie))) return;

    // `"Hundreds … interviewed" and investigators …, he said.`: a quote mixed into a clause that a
    // post-posed cue closes is part of that one indirect statement (read with the indirect speech).
    // One clause only: a quote holding a sentence end stays a quote.
    if (cue === 'none' && p.closed && sentencesIn(text.slice(is, ie)) === 0 && mixedIntoClause(p.close + Math.max(1, p.closeLen), sentenceEndAfter(sents, p.close + Math.max(1, p.closeLen), pe))) return;

    // `Pejabat Saudi mengatakan, "…"`: an unnamed official; the quote stays, spoken by no one named.
    if (ref && officialOfBody(ctx, ref)) {
      ref = null;
      unnamedCue = true;
    }
    // `"…," ujar sumber yang enggan disebut namanya`, `Sumber itu menambahkan, "…"`: a source kept
    // unnamed; no one named nearby speaks for it.
    if ((cue === 'after' || cue === 'before') && (ref ? ref.kind !== 'name' : cue === 'after')) {
      if (unnamedSourceFrom(ref ? tokenAt(toks, ref.start) : tokenAt(toks, at) + 1)) {
        ref = null;
        unnamedCue = true;
      }
    }

    // `Below is a statement by X, director of Y:` closing the paragraph before: the message's author.
    // (A quote run over several lines is paired in the paragraph where it closes.)
    if (cue === 'none' && text.slice(paras[spanAt(paras, p.open, true)][0], p.open).trim() === '') {
      const author = colonAuthor(spanAt(paras, p.open, true));
      if (author) {
        ref = author;
        cue = 'before';
        at = author.start;
      }
    }

    // (c) continuation: the quote follows a cued quote in its paragraph or opens the paragraph.
    let sameAs: Event | undefined;
    if (cue === 'none') {
      // `tick "Ten Things in Tech You Need to Know."`: with no cue, a quote in title case is a title.
      if (titleCased(text.slice(is, ie))) return;
      const lastDirect = directEvents[directEvents.length - 1];
      const gap = text.slice(beforeStart, p.open).trim();
      const samePara = lastDirect && prev && prev.para === p.para && lastDirect.start > prev.open && lastDirect.start <= prev.close;
      if (samePara && lastDirect.cue !== 'none' && words >= 3 && (gap === '' || sentencesIn(gap) <= 1)) {
        cue = 'continued';
        sameAs = lastDirect;
      } else if (text.slice(ps, p.open).trim() === '' && words >= 4 && !titleOpening(p)) {
        cue = 'continued';
        // Continues whoever spoke last, if that was in the previous paragraph or the one before.
        const last = events[events.length - 1] ?? directEvents[directEvents.length - 1];
        // Where it last spoke: its cue, or the end of its words when they ran over paragraphs.
        const lastPara = last ? spanAt(paras, Math.max(last.at, last.end - 1), true) : -1;
        if (last && lastPara >= spanAt(paras, p.open, true) - 2) sameAs = last;
      } else if (words < 4 || !/[.!?…]$/.test(text.slice(is, ie))) {
        return; // a scare quote, a term or a title, not speech
      }
    }

    const ev: Event = { start: is, end: ie, at, direct: true, cue, ref, sameAs, openEnded: !p.closed, unnamed: unnamedCue || (cue === 'continued' && sameAs?.unnamed) };
    directEvents.push(ev);
    events.push(ev);
  });

  // ---- indirect speech
  const directIn = (s: number, e: number) => directEvents.some((d) => d.start >= s && d.start < e);
  /** Does a direct quote open at `cs` (its mark at or next to it, whatever the mark's length)? */
  const opensDirect = (cs: number) => pairs.some((p) => p.open >= cs - 1 && p.open < cs + 2 && directIn(p.open, p.open + p.openLen + 1));
  const embeddedVia = (at: number) => directEvents.some((d) => d.cue === 'embedded' && d.at === at);
  // A verb that already names the speaker of a direct quote (`“…,” X said in Washington`), also
  // inside a post-posed cue (`"…," demikian ia menyebut …`).
  const cueOfDirect = (at: number) =>
    directEvents.some(
      (d) =>
        (d.cue === 'after' || d.cue === 'before') &&
        (d.at === at || (d.cue === 'after' && d.at < at && lex.postPosedMarkers.includes(toks[tokenAt(toks, d.at)].low) && tokenAt(toks, at) - tokenAt(toks, d.at) <= 3)),
    );
  /**
   * The subject opening the main clause at token k, its verb right after it: a name, or the
   * possessor of a party or body noun (`Cuba's government urged` stands for Cuba).
   */
  const fronted = (k: number, b: number): SpeakerRef | null => {
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
  };
  /**
   * Where the words from token q on continue a cue with no subject of their own (`…, kata X,
   * menambahkan bahwa …`, `… seraya menegaskan bahwa …`): the first token after the complementizer,
   * else -1.
   */
  const continuationAt = (q: number, se: number): number => {
    if (lex.continuationMarkers.includes(toks[q]?.low ?? '')) q++;
    if (!lex.continuationVerbs.includes(toks[q]?.low ?? '')) return -1;
    const c = Math.max(q + 1, matchPhrase(toks, q + 1, lex.adverbs));
    return lex.complementizers.includes(toks[c]?.low ?? '') && toks[c + 1] && toks[c + 1].start < se ? c + 1 : -1;
  };
  /**
   * The first `according to` outside quotes at tokens [q0, b) before offset ce, right after a token
   * `after` accepts (a comma: `X said …, according to Y`; a word: `Budi menegaskan bahwa … menurut
   * pernyataan X`): where a relay's phrase opens inside a statement, else -1.
   */
  const relayAt = (q0: number, b: number, ce: number, after: (p: Tok) => boolean): number => {
    for (let q = q0; q < b && toks[q].start < ce; q++) if (after(toks[q - 1]) && accordingAt(q) > 0 && !inQuote(toks[q].start)) return q;
    return -1;
  };
  /**
   * Does the clause `[cs, ce)` hold a verb of saying with a named subject of its own, then a
   * complementizer or a comma (`dalam rapat …, Budi menyatakan bahwa …`)?
   */
  const ownReportIn = (cs: number, ce: number): boolean => {
    const c0 = tokenAt(toks, cs);
    for (let q = c0 + 1; q < toks.length && toks[q].start < ce; q++) {
      if (!isReporting(toks[q]) || inQuote(toks[q].start)) continue;
      const n = lex.verbModifiers.includes(toks[q + 1]?.low ?? '') ? q + 2 : q + 1;
      // What it says follows inside the clause (not `…, X said, according to …`).
      if (!toks[n] || !(lex.complementizers.includes(toks[n].low) || toks[n].text === ',') || !(toks[n + 1]?.start < ce)) continue;
      const r = speakerBefore(ctx, q, c0);
      if (r?.kind === 'name' && r.start >= cs) return true;
    }
    return false;
  };
  /** Verbs whose subject is a description no name fits (`An official … said`): no speaker, in any reading. */
  const anonymous = new Set<number>();
  for (const [ss, se] of sents) {
    if (inQuote(ss + 1) && inQuote(se - 1)) continue;
    // A wire lead's dateline (`Bandung (ANTARA News) - …, kata X.`) is no part of the statement put
    // before a cue.
    const lead = ss + (paras.some(([p0]) => p0 === ss) ? (DATELINE.exec(text.slice(ss, se))?.[0].length ?? 0) : 0);
    const a = tokenAt(toks, ss);
    let b = a;
    while (toks[b] && toks[b].start < se) b++;
    let found: Event | null = null;
    // Reporting clauses with their own subjects (`…, P mengaku Q, Mardiasmo menuturkan R`).
    const more: Event[] = [];
    for (let v = a; v < b && !found; v++) {
      const t = toks[v];
      if (!t.word || inQuote(t.start)) continue;
      // `Menurut X, …` / `Menurutnya, …`
      const acc = accordingAt(v);
      if (acc > 0 || (clitic(t) && lex.accordingTo.includes(t.low.slice(0, -lex.clitics.find((c) => t.low.endsWith(c))!.length)))) {
        let r: SpeakerRef | null;
        let k: number;
        // The sentence has a verb of saying with a subject of its own before the source (`more`):
        // its speaker speaks, and a source after it mostly only relays the statement.
        const ownReportBefore = more.length > 0;
        if (acc > 0) {
          r = accordingSource(ctx, acc, se, pronounRef);
          k = acc;
        } else {
          r = pronounRef(t);
          k = v + 1;
        }
        // `Budi menegaskan bahwa … menurut pernyataan X`: the sentence's own subject and verb of
        // saying speak; the source, run on with no comma, only relays it.
        if (!r || (ownReportBefore && toks[v - 1].word)) continue;
        // The content: after the comma that closes `Menurut X,` (past the source, which may hold
        // commas of its own: `Menurut dokter …, Ratna,`) or, when `menurut X` comes last, the
        // clause before it.
        k = Math.max(k, tokenAt(toks, r.end));
        while (toks[k] && toks[k].start < se && toks[k].text !== ',') k++;
        let cs: number;
        let ce: number;
        const rEnd = tokenAt(toks, r.end);
        if (v > a && lex.relativePronouns.includes(toks[v - 1].low) && toks[rEnd] && toks[rEnd].start < se) {
          // `konversi, yang menurutnya berarti …`: the relative clause is the statement.
          [cs, ce] = trimSpan(text, toks[rEnd].start, se, '.,');
        } else if (acc > 0 && v > a && toks[v - 1].word && toks[rEnd] && toks[rEnd].word && toks[rEnd].start < se) {
          // `Hal ini menurut Bambang tidak seharusnya terjadi …`: the sentence is the statement.
          [cs, ce] = trimSpan(text, ss, se, '.');
        } else if (toks[k] && toks[k].start < se && toks[k].text === ',' && v <= a + 2) {
          // `Menurut Andy Lipow, kepala konsultasi Houston, Lipow Oil Associates, …`: skip the role.
          for (let seg = 0; seg < 3; seg++) {
            const n = k + 1;
            let m = n;
            while (toks[m] && toks[m].start < se && toks[m].text !== ',') m++;
            if (!toks[m] || toks[m].start >= se || m - n > 6) break;
            // A person noun opens such an apposition too (`Menurut X, pemerhati sneaker di Indonesia, …`).
            const roleLike = ctx.roles.some((r) => r.every((w, q) => toks[n + q]?.low === w)) || (toks[n]?.word && !isCap(toks[n]) && lex.personNouns.includes(toks[n].low));
            const nameLike = toks.slice(n, m).every((x) => isCap(x) || !x.word);
            // So does a day (`Menurut X di Malang, Senin, …`) and the rest of a place (`di Malang, Jawa Timur,`).
            const dated = ctx.calendar.has(toks[n].low);
            let p = k - 1;
            while (p > 0 && isCap(toks[p])) p--;
            const placeGoesOn = nameLike && lex.locativePrepositions.includes(toks[p]?.low ?? '') && p < k - 1;
            // So do degrees after the name (`Menurut X, MD, direktur …, …`).
            if (!roleLike && !(nameLike && (seg > 0 || placeGoesOn)) && !dated && !degreesOnly(ctx, n, m)) break;
            k = m;
          }
          [cs, ce] = trimSpan(text, toks[k].end, se, '.');
        } else if (v > a + 2 && toks[v - 1].word && ctx.notName.has(toks[v - 1].low) && toks[k] && toks[k].start < se && toks[k].text === ',') {
          // `… karena menurut negara adidaya itu, hubungan …`: after a conjunction, the clause
          // after the source's comma.
          [cs, ce] = trimSpan(text, toks[k].end, se, '.');
        } else if (v > a + 2 && toks[v - 1]?.text === ',' && ctx.notName.has(toks[a].low) && (lex.stopAfterName.includes(toks[a].low) || wordCount(text.slice(ss, toks[v - 1].start)) <= 6) && toks[k]?.text === ',' && toks[k].start < se && wordCount(text.slice(toks[k].end, se)) >= 3 && !lex.stopAfterName.includes(toks[k + 1]?.low ?? '')) {
          // `Pada tahun depan, menurut dia, …`: the clause before is a fronted adverbial (opening with
          // a preposition, or short and opening with a function word; not `Earlier, an affiliate of X
          // disclosed …`); the statement is the clause after the source.
          [cs, ce] = trimSpan(text, toks[k].end, se, '.');
        } else if (v > a && toks[v - 1]?.text === ',' && wordCount(text.slice(ss, toks[v - 1].start)) < 3 && toks[k]?.text === ',' && toks[k].start < se && wordCount(text.slice(toks[k].end, se)) >= 3) {
          // `Peristiwa itu, menurut laporan X, bermula …`: the source splits a short subject from
          // its predicate; the sentence is the statement.
          [cs, ce] = trimSpan(text, ss, se, '.');
        } else if (v > a + 2 && toks[v - 1]?.text === ',') {
          // `…, the commission said, according to Reuters.`, `X said …, according to Y`: the clause
          // before has a speaker of its own with a verb of saying; Y only relays it. (Not when a
          // reported clause holds the verb ending it: `X assured Y that …, Z said, according to W`
          // stays as it was.)
          let w = v - 2;
          while (w > a && (ctx.calendar.has(toks[w].low) || lex.adverbs.includes(toks[w].low))) w--;
          const saidLast = isCueVerb(toks[w]) && !inQuote(toks[w].start);
          if (acc > 0 && (saidLast ? !ownReportBefore : ownReportBefore)) continue;
          [cs, ce] = trimSpan(text, lead, toks[v - 1].start, '.,');
        } else if (acc > 0 && v > a + 3 && toks[v - 1].word && !ctx.notName.has(toks[v - 1].low) && toks.slice(rEnd, b).every((x) => !x.word) && !ownReportBefore && !toks.slice(a, v).some((x) => isCueVerb(x) || isReporting(x) || isWeak(x))) {
          // `… sebelum Olimpiade di Tokyo menurut warta laman X.`: with no comma, a source closing the
          // sentence still attributes the clause before it (not one mid-sentence, read above; not
          // when the sentence has its own verb of saying, whose speaker the source only relays).
          [cs, ce] = trimSpan(text, lead, toks[v - 1].end, '.,');
        } else if (v === a && !(toks[k] && toks[k].start < se) && toks[rEnd]?.word && !isCap(toks[rEnd]) && toks[rEnd].start < se) {
          // `Menurut pebalap asal Inggris tersebut sasis …`, `Menurutnya ajang ini …`: no comma
          // closes the source; the clause after it, opening with a lower-case word, is the statement.
          [cs, ce] = trimSpan(text, toks[rEnd].start, se, '.');
        } else continue;
        if (wordCount(text.slice(cs, ce)) < 3 || directIn(cs, ce)) continue;
        // `Menurut pernyataan X, dalam rapat …, Budi menyatakan bahwa …`: so do they after the source.
        if (ownReportIn(cs, ce)) continue;
        found = { start: cs, end: ce, at: t.start, direct: false, cue: 'according', ref: r };
        break;
      }
      // `Doris Meissner, the INS commissioner, made it clear that …`: a phrase stating a clause.
      const phraseEnd = matchPhrase(toks, v, lex.reportingPhrases);
      if (phraseEnd > 0 && lex.complementizers.includes(toks[phraseEnd]?.low ?? '') && toks[phraseEnd + 1]?.start < se) {
        // Its subject starts after the last connective (`…, but Doris Meissner, …, made it clear`).
        let floor = a;
        for (let q = v - 1; q > a; q--) if (lex.connectives.includes(toks[q].low)) { floor = q + 1; break; }
        const r = speakerBefore(ctx, v, floor);
        const [cs, ce] = trimSpan(text, toks[phraseEnd + 1].start, se, '.');
        if (r && (r.kind === 'name' || r.kind === 'pronoun') && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(cs)) {
          found = { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
          break;
        }
      }
      // `…, is fighting to keep the boy, saying he can …`: a participle reports for the sentence's
      // subject, when a clause with its own subject pronoun follows.
      // A time adverb may come first (`saying at the time he was …`).
      // `Saying "…" about …, Cuba's government urged …`: a participle opening the sentence reports
      // for the main clause's subject after the comma.
      if (v === a && lex.participleCues.includes(t.low)) {
        let c = v + 2;
        while (c < b && (toks[c].text !== ',' || inQuote(toks[c].start))) c++;
        const r = c < b ? fronted(c + 1, b) : null;
        let o = v + 1;
        while (o < c && /^[`"“‘']$/.test(toks[o].text)) o++;
        const [cs, ce] = c < b ? trimSpan(text, toks[o].start, toks[c].start, '.') : [0, 0];
        if (r && wordCount(text.slice(cs, ce)) >= 3) {
          found = { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
          break;
        }
      }
      let pv = Math.max(v + 1, matchPhrase(toks, v + 1, lex.adverbs));
      // `"…," Smith said, adding that …`: a complementizer opens the clause whatever its subject;
      // the speaker of the cue before the comma says it.
      // Where no participle marks it, a bare verb of saying does (`"…," kata X, menambahkan bahwa …`,
      // `…, seraya menegaskan bahwa …`): with no subject of its own it continues the cue.
      const marked = v - 1 > a && lex.continuationMarkers.includes(toks[v - 1].low);
      const comma = marked ? v - 2 : v - 1;
      const continued = (toks[v - 1]?.text === ',' || marked) && continuationAt(marked ? v - 1 : v, se) > 0;
      const compNext = continued || (lex.participleCues.includes(t.low) && toks[v - 1].text === ',' && lex.complementizers.includes(toks[pv]?.low ?? '') && toks[pv + 1]?.start < se);
      if (continued) pv = continuationAt(v, se) - 1;
      if (compNext) pv++;
      // The cue may stand further back, past the speaker's apposed role (`"…," said Pat Hodgkin,
      // director of X, noting that …`), with no other verb of speech between.
      const cueBefore = compNext
        ? directEvents.find((d) => d.at >= ss && d.at < toks[comma].start && cueOfDirect(d.at) && !toks.slice(tokenAt(toks, d.at) + 1, v).some((x) => isCueVerb(x) || isReporting(x) || isWeak(x) || x.text === '.'))
        : undefined;
      if (cueBefore?.ref && (cueBefore.ref.kind === 'name' || cueBefore.ref.kind === 'pronoun')) {
        const [cs, ce] = trimSpan(text, toks[pv].start, se, '.');
        if (wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(cs)) {
          found = { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: cueBefore.ref };
          break;
        }
      }
      // `His wife released a statement saying they had …`: the message's issuer, the subject of the verb before it.
      if (lex.participleCues.includes(t.low) && lex.messageNouns.includes(toks[v - 1]?.low ?? '')) {
        const k = lex.complementizers.includes(toks[pv]?.low ?? '') ? pv + 1 : pv;
        let d = v - 2;
        if ([...lex.articles.definite, ...lex.articles.indefinite].includes(toks[d]?.low ?? '')) d--;
        const r = d > a && toks[d].word && !isCap(toks[d]) && (k > pv || clauseSubjectAt(k, se)) ? speakerBefore(ctx, d, a) : null;
        const [cs, ce] = toks[k] && toks[k].start < se ? trimSpan(text, toks[k].start, se, '.') : [0, 0];
        if (r && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(cs)) {
          found = { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
          break;
        }
      }
      if (lex.participleCues.includes(t.low) && (toks[v - 1].text === ',' || lex.coordinators.includes(toks[v - 1].low)) && (compNext || clauseSubjectAt(pv, se))) {
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
        const r = qualifies ? null : first;
        const [cs, ce] = trimSpan(text, toks[pv].start, se, '.');
        // A quoted phrase inside the clause (`saying they … when "the company is on a roll."`) is
        // part of it; a quote opening it is the participle's direct quote.
        if (r && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(cs)) {
          found = { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
          break;
        }
        // A report by a subject the text does not name: nothing else in the sentence reports.
        if (!r) break;
      }
      // `The Argus quoted immigration official X as saying …`: the person quoted speaks.
      if (lex.quotingVerbs.includes(t.low)) {
        // `Kuchma was quoted as saying that …`: the passive; the subject before the auxiliary speaks.
        const passiveQuote = v > a && lex.passiveAuxiliaries.includes(toks[v - 1].low);
        let r = passiveQuote ? speakerBefore(ctx, v - 1, a) : speakerAfter(ctx, v + 1, se);
        // `X was quoted by IRNA as saying`: the quoting agent may stand before the marker.
        let after = v + 1;
        if (passiveQuote && lex.agentMarkers.includes(toks[after]?.low ?? '') && nameToken(ctx, after + 1)) after = runForward(ctx, after + 1, se);
        let k = r?.kind === 'name' ? matchPhrase(toks, passiveQuote ? after : tokenAt(toks, r.end), lex.quotingMarkers) : -1;
        // `IRNA quoted the head of X, Ali Rezapour, as saying`: a role described, then its holder apposed before the marker.
        if (k < 0 && !passiveQuote) {
          const m = quotedHolder(v + 2, se) ?? quotedBody(v + 1, se);
          if (m) [r, k] = m;
        }
        if (k > 0 && lex.complementizers.includes(toks[k]?.low ?? '')) k++;
        // `…,'' Yeltsin was quoted as saying by the news agency.`: the quoting agent, no content.
        if (k > 0 && lex.agentMarkers.includes(toks[k]?.low ?? '')) k = -1;
        const [cs, ce] = k > 0 && toks[k] && toks[k].start < se ? trimSpan(text, toks[k].start, se, '.') : [-1, -1];
        if (r && cs >= 0 && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(cs)) {
          found = { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
          break;
        }
      }
      // Cue inside the sentence: `Namun, kata Ali, PT INTI …`, `Artinya, lanjut dia, …`,
      // `Upaya ini, diakui Tikno, …` (a passive verb with its agent).
      // `Dikatakannya, …` opening a sentence: the clitic is the agent, as the pronoun of `Ditegaskan, …` is.
      // `Adapun …, diperkirakan Sis Apik, akan …`: the passive of any reporting verb, between commas
      // with a name as its agent (agentless `Diperkirakan, …` and `diperkirakan 30 juta …` are no cues).
      const inlinePassive =
        v > a && toks[v - 1].text === ',' && passiveOfReporting(lex, t.low) && nameToken(ctx, v + 1) && toks[runForward(ctx, v + 1, se)]?.text === ',';
      // `Pengaduan yang masuk, dikatakannya, lebih banyak …`: the clitic is the agent inside the sentence too.
      const midClitic = v > a && toks[v - 1].text === ',' && toks[v + 1]?.text === ',' && stemWithClitic(t.low, lex, lex.passiveCueVerbs);
      // `Dikatakannya hal yang menarik …`: some copy leaves out the comma after the opening clitic.
      const openingClitic = v === a && stemWithClitic(t.low, lex, lex.passiveCueVerbs) && !!toks[v + 1]?.word && toks[v + 1].start < se;
      const passive = inlinePassive || midClitic || openingClitic || lex.passiveCueVerbs.includes(t.low) || (v === a && toks[v + 1]?.text === ',' && stemWithClitic(t.low, lex, lex.passiveCueVerbs));
      // Some writers leave out the comma before the cue (`Dengan itu kata dia, …`): then the
      // speaker must be a pronoun or a name and a comma must follow it.
      // Not after a class of people, which is the verb's own subject (`senior officials say X can …`).
      const bareCue = v > a && toks[v - 1].word && !passive && !stemWithClitic(t.low, lex, cueVerbs) && !lex.genericRoles.includes(toks[v - 1].low);
      const barePassive = passive && v > a && toks[v - 1].word;
      // `Dalam keterangan lain disebutkan …`: an agentless passive after a channel that is a
      // statement reports the statement of the person last named, as `Ditegaskan, …` does (not
      // `Di sana disebutkan`, where no statement is named).
      if (passive && channelOfStatement(ctx, a, v) && toks[v + 1]?.word && !isCap(toks[v + 1])) {
        let k = v + 1;
        while (toks[k] && toks[k].start < se && (toks[k].text === ',' || lex.complementizers.includes(toks[k].low))) k++;
        const [cs, ce] = toks[k] && toks[k].start < se ? trimSpan(text, toks[k].start, se, '.') : [-1, -1];
        if (cs >= 0 && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(cs)) {
          found = { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: pronounRef(t) };
          break;
        }
      }
      if ((isCueVerb(t) || passive) && (v === a || toks[v - 1].text === ',' || bareCue || barePassive) && !isReporting(t)) {
        let r: SpeakerRef | null = null;
        let k = v + 1;
        if (!passive && stemWithClitic(t.low, lex, cueVerbs)) r = pronounRef(t);
        else if ((passive && v === a && toks[v + 1]?.text === ',') || midClitic || openingClitic) {
          // `Ditegaskan, …`: no agent; the speaker is the person last named (like a pronoun).
          r = pronounRef(t);
        } else {
          r = speakerAfter(ctx, v + 1, se);
          if (r) k = tokenAt(toks, r.end);
        }
        // With no comma at all (`Pihak perusahaan lanjut Rohidin telah menyetujui …`), an auxiliary
        // after the speaker shows the cue sits inside one clause, which is the statement.
        const spoken = r && (r.kind === 'pronoun' || r.kind === 'name');
        // The speaker stands right after the cue (not `would not say directly whether X has …`).
        // So does a cue after a comma with none after its speaker (`Korban, lanjut Hendra baru mau …`).
        const inClause = (bareCue || toks[v - 1]?.text === ',') && spoken && r!.start === toks[v + 1]?.start && opensPredicate(lex, toks[k]) && !isCueVerb(toks[v - 1]) && !isReporting(toks[v - 1]);
        // A capital opening the sentence on a common word (`Sebetulnya kata X, …`: a function word or
        // one with a pronoun clitic) is no name before the cue.
        const commonOpener = v - 1 === a && (ctx.notName.has(toks[a].low) || clitic(toks[a]));
        // `Perubahan kata dia, tidak perlu …`: one word opening the sentence before a pronoun's cue is
        // the statement's subject (a pronoun cannot run on from a name); the sentence is the statement.
        const subjectOpener = bareCue && v - 1 === a && !commonOpener && r?.kind === 'pronoun' && toks[k]?.text === ',';
        // `Bahkan kata dia melalui …`: after an opening function word, a pronoun's cue with no comma
        // at all; the sentence is the statement.
        const openerCue = bareCue && commonOpener && r?.kind === 'pronoun' && !!toks[k]?.word && !isCap(toks[k]) && toks[k].start < se;
        if (bareCue && !(spoken && ((toks[k]?.text === ',' && (!isCap(toks[v - 1]) || commonOpener || subjectOpener)) || inClause || openerCue))) r = null;
        // `Fitur itu disebut Talbot bisa memangkas …`: a passive cue without commas needs a name
        // and then the rest of a clause (an auxiliary or modal).
        if (barePassive && toks[v - 1].text !== ',' && !(r?.kind === 'name' && opensPredicate(lex, toks[k]))) r = null;
        if (r && r.kind !== 'group') {
          let cs = -1;
          let ce = -1;
          // `…, kata Pudji Hartanto, Dirjen Perhubungan Darat.`: after the speaker's comma only a role
          // apposed to them; the statement is what stands before the cue.
          const apposedRole = v > a && toks[v - 1].text === ',' && toks[k]?.text === ',' && roleTail(ctx, k + 1, se);
          // `…, kata X, menambahkan bahwa …`: the clause before the cue, and the continued one after.
          const contFrom = v > a && toks[v - 1].text === ',' && !midClitic ? continuationAt(toks[k]?.text === ',' ? k + 1 : k, se) : -1;
          if (contFrom > 0) {
            [cs, ce] = trimSpan(text, lead, toks[v - 1].start, ',');
            const [c2, e2] = trimSpan(text, toks[contFrom].start, se, '.');
            if (wordCount(text.slice(cs, ce)) >= 3 && wordCount(text.slice(c2, e2)) >= 3 && !directIn(cs, ce) && !opensDirect(c2)) {
              found = { start: cs, end: ce, at: t.start, direct: false, cue: 'after-indirect', ref: r };
              events.push({ start: c2, end: e2, at: toks[contFrom - 1].start, direct: false, cue: 'indirect', ref: r, sameAs: found });
              break;
            }
            cs = -1;
          } else if (midClitic) [cs, ce] = trimSpan(text, ss, se, '.');
          else if (openingClitic) [cs, ce] = trimSpan(text, toks[v + 1].start, se, '.');
          else if (subjectOpener) [cs, ce] = trimSpan(text, ss, se, '.');
          else if (apposedRole) [cs, ce] = trimSpan(text, lead, toks[v - 1].start, ',');
          else if (toks[k]?.text === ',' && toks[k].start < se) [cs, ce] = trimSpan(text, toks[k].end, se, '.');
          else if ((passive && v > a) || inClause || openerCue) [cs, ce] = trimSpan(text, ss, se, '.');
          if (cs >= 0 && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(cs) && !(apposedRole && directIn(cs, ce))) {
            found = { start: cs, end: ce, at: t.start, direct: false, cue: apposedRole ? 'after-indirect' : 'indirect', ref: r };
            break;
          }
        }
      }
      if (qualifiesNoun(v)) continue;
      const strong = isReporting(t);
      const weak = !strong && isWeak(t);
      // `Desmond meminta Jokowi tidak …` is a request, not a statement.
      if ((!strong && !weak) || lex.directives.includes(t.low)) continue;
      // `Jacksen menolak mengatakan …`: a refusal to speak states nothing.
      if (refusedAt(toks, v, lex)) continue;
      // `…, said a spokesman, who …`: a post-posed cue of an unnamed speaker.
      if (toks[v - 1]?.text === ',' && indefiniteRoleAt(ctx, v + 1)) {
        anonymous.add(v);
        continue;
      }
      // `Newspaper reports have said …`: a plural noun (its `-ed` form is the verb) before an auxiliary.
      // So is one before a place (`Media reports in Nepal have said …`; not `The Times reports in its …`).
      const pluralNoun = t.low.endsWith('s') && isReporting({ ...t, low: `${t.low.slice(0, -1)}ed` });
      if (pluralNoun && [...lex.clauseMarkers, ...lex.adverbs].includes(toks[v + 1]?.low ?? '')) continue;
      if (pluralNoun && lex.locativePrepositions.includes(toks[v + 1]?.low ?? '') && isCap(toks[v + 2])) continue;
      // `Ia menegaskan kembali sikapnya …`: an adverb of the verb is not what was said.
      let k = lex.verbModifiers.includes(toks[v + 1]?.low ?? '') ? v + 2 : v + 1;
      // `Budi menyatakan hal tersebut untuk …`: an object pointing back at what was said before
      // states nothing new (unless it is the subject of a clause: `menyebut hal tersebut akan …`).
      const backRef = matchPhrase(toks, k, lex.backReferences);
      if (backRef > 0 && !clauseFollows(ctx, backRef, se)) continue;
      // `"…," X said, given the decision …`: after a verb cueing a quote, a comma opens an adjunct.
      // `…, Lipper says; the Vanguard fund rose …`: a semicolon closes the cue; what it reports came before.
      if (toks[k]?.text === ';') continue;
      const commaTail = toks[k]?.text === ',';
      // `…, Graham said, offering the example of …`: a participle after the verb's comma opens an
      // adjunct, not a statement (the post-posed reading takes the clause before).
      const afterComma = toks[k + 1];
      if (commaTail && afterComma?.word && !isCap(afterComma) && !lex.participleCues.includes(afterComma.low) && lex.participleEndings.some((x) => afterComma.low.endsWith(x) && afterComma.low.length > x.length + 2)) continue;
      const afterVerb = toks[k];
      if (afterVerb && (afterVerb.low === 'the' || afterVerb.low === 'para') && toks[k + 1] && lex.audience.includes(toks[k + 1].low)) k += 2;
      else if (afterVerb && lex.audience.includes(afterVerb.low)) k++;
      else if (afterVerb && (afterVerb.low === 'kepada' || afterVerb.low === 'to') && toks[k + 1] && lex.audience.includes(toks[k + 1].low)) k += 2;
      // `said Friday that …`: a bare day between the verb and its complementizer is no content.
      // A date too (`announced Nov. 18 that …`, `said March 3 that …`).
      const dayEnd = dateEndAt(ctx, k);
      // So is one before a clause with its own subject (`said Thursday he has sent …`).
      if (dayEnd > 0 && (lex.complementizers.includes(toks[dayEnd]?.low ?? '') || clauseSubjectAt(dayEnd, se))) k = dayEnd;
      // So is one with a determiner (`announced last Wednesday that …`).
      else if (lex.dayDeterminers.includes(toks[k]?.low ?? '') && ctx.calendar.has(toks[k + 1]?.low ?? '') && lex.complementizers.includes(toks[k + 2]?.low ?? '')) k += 2;
      // So is a time adverb (`announced earlier this month that …`).
      const adv = matchPhrase(toks, k, lex.adverbs);
      if (adv > 0 && lex.complementizers.includes(toks[adv]?.low ?? '')) k = adv;
      k = complementizerAfterPhrase(toks, k, se, lex) ?? complementizerAfterMessage(toks, k, se, lex) ?? k;
      // `…, Fiji said Friday in response to …`: a day, then a prepositional tail, is no statement
      // (the post-posed reading takes the clause before).
      if (ctx.calendar.has(toks[k]?.low ?? '') && lex.stopAfterName.includes(toks[k + 1]?.low ?? '') && !lex.complementizers.includes(toks[k + 1]?.low ?? '')) continue;
      // Nor a day with at most one word more ending the sentence (`…, X said Friday night.`).
      if (ctx.calendar.has(toks[k]?.low ?? '') && toks.slice(k + 1, b).filter((x) => x.word).length <= 1) continue;
      // `told the council on Monday that …`: whom and when, then what was said.
      if (lex.addresseeVerbs.includes(t.low) && !lex.complementizers.includes(toks[k]?.low ?? '')) {
        for (let q = k + 1; q < k + 8 && toks[q] && toks[q].start < se && toks[q].word; q++) {
          if (lex.complementizers.includes(toks[q].low)) {
            k = q;
            break;
          }
          // `told staff he wants …`: with no complementizer, a subject pronoun and its verb open
          // what was said.
          if ([...lex.pronouns, ...lex.groupPronouns].includes(toks[q].low) && toks[q + 1]?.word && !isCap(toks[q + 1]) && toks[q + 1].start < se) {
            k = q;
            break;
          }
          // `told Billboard the band has been …`: a named listener, then a clause of its own.
          if (q === k + 1 && isCap(toks[k]) && !isCap(toks[q]) && clauseFollows(ctx, q, se)) {
            k = q;
            break;
          }
        }
      }
      const hasComp = toks[k] && (lex.complementizers.includes(toks[k].low) || /^[,:]$/.test(toks[k].text));
      const hasCompWord = hasComp && lex.complementizers.includes(toks[k].low);
      if (weak && !hasComp && !clauseFollows(ctx, k, se) && !(lex.longClauseVerbs.includes(t.low) && distantPredicate(ctx, k, se))) continue;
      // `A Pentagon spokesman said …`, `The grandmother of X said …`: named later, or no one named.
      const desc = descriptionBefore(ctx, v, a);
      const described = desc && (desc.indefinite || desc.related) ? namedLater(ctx, desc) : null;
      if (desc && !described && (desc.indefinite || unnamedAgain(ctx, desc))) {
        anonymous.add(v);
        continue;
      }
      const r0 = described ?? speakerBefore(ctx, v, a) ?? coordinatedSubject(v, a) ?? (strong ? leadingSubject(ctx, v, a) ?? conjoinedSubject(v, a) : null);
      const r = relativeParty(r0, a, v) ?? r0;
      // `Namun seorang komandan SDF menyebutkan …`, `Juru bicara SDF menyebutkan …` (no one named in
      // that role): one unnamed person, whatever body qualifies the noun.
      if (r?.kind === 'name' && ((!/\s/.test(r.text) && unnamedPerson(toks, tokenAt(toks, r.start), a, lex)) || unnamedRoleOfBody(ctx, r) || officialOfBody(ctx, r))) {
        anonymous.add(v);
        continue;
      }
      // Without quote marks, a group (`Mereka menganggap …`) is no one the text names.
      // `Pihaknya menjanjikan bahwa …` after a sentence about an organisation: its side, named.
      // `Manajemen Arema FC belum …. Namun mereka memastikan …`: the body the sentence before names.
      if (!r || (r.kind === 'group' && !(clitic(toks[tokenAt(toks, r.start)]) && tokenAt(toks, r.start) === a) && !(bodyPronoun(ctx, r) && bodyBefore(ctx, r, sents, entities)))) continue;
      // `"…," ujar Rinaldy membenarkan kabar itu`: a verb after the speaker of another cue says how
      // they spoke; only a complementizer makes what follows a statement.
      // Not one closing an adverb (`Lebih lanjut Erick mengatakan …`).
      const before = tokenAt(toks, r.start) - 1;
      const inAdverb = ctx.adverbPhrases.some((w) => w.length > 1 && w.every((x, q) => toks[before - w.length + 1 + q]?.low === x));
      if (!hasComp && isCueVerb(toks[before]) && !inAdverb) continue;
      // `…, Morgan Stanley mengatakan dalam sebuah laporannya.`: a cue after the statement, with
      // only a prepositional tail after the verb; the post-posed reading below takes the clause before.
      const rs = tokenAt(toks, r.start);
      // `saat dia menambahkan sodium …` (an act in a time clause), `Instruksi … tentang Pencegahan …
      // di Lingkungan Sekolah menyebutkan` (a name inside a document's title), `membuat netizen
      // menduga` (the verb's subject is the causative's object).
      if (!hasComp && lex.subordinators.includes(toks[rs - 1]?.low ?? '')) continue;
      if (r.kind === 'name' && insideTitle(toks, rs, a, lex)) continue;
      // `Dias, Taufiq dan Yandi mengaku …`: the last of a list of names speaks for the group, no one named.
      if (r.kind === 'name' && lex.coordinators.includes(toks[rs - 1]?.low ?? '') && nameListBefore(ctx, rs - 2, a)) continue;
      // `officials of the Immigration and Naturalization Service said`, `Elected officials in and around
      // Miami warned`: a class of people qualified by a body or place, no one named.
      // `Dataproducts officials … said`: the name qualifies a class of people, no one named.
      if (r.kind === 'name' && (classBeforeName(toks, rs, a, lex) || lex.genericRoles.includes(toks[tokenAt(toks, r.end)]?.low ?? '') || pluralDemonym(ctx, r))) {
        anonymous.add(v);
        continue;
      }
      // `Sebuah penelitian yang dilansir dari X menyebutkan bahwa …`: a study found it, no one said it.
      if (r.kind === 'name' && findingOpens(toks, a, rs, lex)) {
        anonymous.add(v);
        continue;
      }
      // `sejumlah perusahaan … di Eropa melaporkan`: a place after a preposition closes the
      // subject; it does not speak.
      // Not the author of a document (`artikel dari fitnessmagazine.com menjelaskan`).
      // Nor when the verb comes later in that subject's clause (`Media reports in Nepal have said`,
      // `The relatives in Denver have fought …, saying`): no capital between the place and the verb.
      if (placeInSubject(ctx, r) && !toks.slice(tokenAt(toks, r.end), v).some(isCap)) continue;
      if (toks.slice(Math.max(a, v - 2), v).some((x) => lex.causatives.includes(x.low))) continue;
      // `The deal could start a trend, says Ann Lee, an analyst at Acme.`: a verb after a comma with
      // a name ending the sentence or apposed to a role is a cue put after the statement, not its opening.
      if (toks[v - 1]?.text === ',' && r.end <= toks[v - 1].start) {
        const after = speakerAfter(ctx, v + 1, se);
        const nx = after?.kind === 'name' ? toks[tokenAt(toks, after.end)] : undefined;
        if (after?.kind === 'name' && after.start === toks[v + 1].start && (!nx || nx.start >= se || nx.text === ',' || nx.text === '.')) continue;
      }
      // The subject may start before the cleaned name, at an article or title (`…, the Justice
      // Department said in a news release.`, `…, Hungarian Prime Minister X said here Friday.`); a
      // tail of time words only is as short as a prepositional one.
      let sb = rs;
      while (sb - 1 > a && (isCap(toks[sb - 1]) || lex.articles.definite.includes(toks[sb - 1].low)) && toks[sb - 1].word) sb--;
      let timeTail = true;
      for (let q = tokenAt(toks, toks[k]?.start ?? se); q < toks.length && toks[q].start < se; q++) {
        if (toks[q].word && !lex.adverbs.includes(toks[q].low) && !ctx.calendar.has(toks[q].low)) timeTail = false;
      }
      if (
        !hasComp &&
        toks[k] &&
        (lex.stopAfterName.includes(toks[k].low) || timeTail) &&
        wordCount(text.slice(toks[k].start, se)) <= 6 &&
        toks[sb - 1]?.text === ',' &&
        wordCount(text.slice(ss, toks[sb - 1].start)) >= 3
      )
        continue;
      // A common-noun subject reports speech only with a comma or `bahwa` after the verb
      // (`Kartel itu menyatakan, …`), not `pertemuan ini menegaskan hubungan …`.
      // A subject pronoun after the verb opens a clause all the same (`The company said it …`).
      const subjectNext = [...lex.pronouns, ...lex.groupPronouns, ...lex.partyPronouns].includes(toks[k]?.low ?? '');
      // A party spoken of again (`Perusahaan juga mengaku akan …`) states a clause as a name does.
      // After `said`, whatever follows is a clause (`The company said net rose …`).
      const clauseVerb = lex.clauseVerbs.includes(t.low);
      const issuerRef = partyRef(lex, r) || (clauseVerb && (lex.messageNouns.includes(r.text.toLowerCase().split(/\s+/).pop()!) || bareBody(r)));
      // A person described (`Manajer asal Argentina itu mengatakan timnya …`) states a clause after a
      // strong verb as the person named would; a weak one still needs `bahwa` or a comma.
      const describedSays = strong && !!descriptionNoun(ctx, r) && clauseFollows(ctx, k, se);
      if (r.kind === 'definite' && !hasComp && !subjectNext && !describedSays && !(issuerRef && (clauseVerb || clauseFollows(ctx, k, se)))) continue;
      while (toks[k] && toks[k].start < se && (/^[,:]$/.test(toks[k].text) || lex.complementizers.includes(toks[k].low))) k++;
      if (!toks[k] || toks[k].start >= se) continue;
      // `Rolling Stone membeberkan siapa yang …`: an indirect question, not a statement.
      // Not an indefinite pronoun (`menyebut siapa pun dapat …`).
      const indefinitePronoun = lex.indefiniteParticles.includes(toks[k + 1]?.low ?? '');
      if (!hasComp && lex.interrogatives.includes(toks[k].low) && !indefinitePronoun) continue;
      // `a threat Churchill warned about in his speech`: a topic, not what was said.
      // Unless a clause follows the topic (`menegaskan mengenai kriteria ketua akan ditentukan …`).
      if (!hasComp && lex.topicMarkers.includes(toks[k].low) && !clauseFollows(ctx, k + 1, se)) continue;
      // `memastikan diri akan ikut …`: a reflexive object makes the verb an act.
      if (!hasComp && lex.reflexives.includes(toks[k].low)) continue;
      // `Termasuk memastikan, apakah …` asks even after a comma; `mengingatkan agar …` asks for an act.
      if ((!hasCompWord && lex.questionMarkers.includes(toks[k].low)) || lex.purposeMarkers.includes(toks[k].low)) continue;
      // `Retno menyebut kunjungannya … sebagai '…'`: naming, not a statement.
      if (!hasComp && lex.namingVerbs.includes(t.low) && toks.slice(k, b).some((x) => lex.namingMarkers.includes(x.low))) continue;
      // `more complicated than X suggests, but he appears …`: a clause joined by `but` is the
      // writer's own, not what was said (unlike `said, however, that …`).
      if (lex.contrastives.includes(toks[k].low) && toks[k - 1]?.text === ',' && toks[k + 1]?.word && !lex.complementizers.includes(toks[k + 1].low)) continue;
      let [cs, ce] = trimSpan(text, toks[k].start, se, '.');
      // `Budi menegaskan bahwa … menurut pernyataan X yang dikutip media.`: a source closing the
      // clause relays it; it is no part of what was said (unlike `menurut aturan yang berlaku`).
      const closingSource = relayAt(k + 2, b, ce, (p) => p.word);
      if (closingSource > 0 && accordingSource(ctx, accordingAt(closingSource), se, pronounRef)?.kind === 'name') [cs, ce] = trimSpan(text, cs, toks[closingSource - 1].end, '.,');
      // `The Times said in an editorial on Monday:` closing its paragraph: the statement is the
      // next paragraph's first sentence.
      // An unknown entity the copy left after the colon (`…, Jan. 6: &QL;`) is markup, not words.
      const next = /:\s*(&[A-Za-z]+;\s*)?$/.test(text.slice(ss, se)) ? sents.find(([s0]) => s0 >= se) : undefined;
      if (next && paras.some(([p0]) => p0 > ss && p0 <= next[0])) [cs, ce] = trimSpan(text, next[0], next[1], '.');
      // A quote framed by this verb (`Kim menyebut … sebagai “…”`) is the quote itself, unless a
      // complementizer makes the rest a reported clause (`menambahkan bahwa … “…” …`).
      let framed = embeddedVia(t.start) && !lex.complementizers.some((c) => text.slice(t.end, cs + 1).toLowerCase().includes(c));
      // `He said …, adding: "…"`: the quote belongs to the participle, the clause before it to the verb.
      let part = -1;
      for (let q = k + 1; q < toks.length && toks[q].start < ce; q++) {
        if (lex.participleCues.includes(toks[q].low) && toks[q - 1].text === ',') {
          part = q;
          break;
        }
      }
      if (framed && part > 0 && directIn(toks[part].end, se)) {
        [cs, ce] = trimSpan(text, cs, toks[part - 1].start, ',');
        framed = false;
      }
      // After a verb that cues a direct quote, a tail like `in Washington` is not reported speech.
      // So is a short noun phrase ending the sentence (`"…," X told a Spanish-language television station.`).
      const articles = [...lex.articles.definite, ...lex.articles.indefinite];
      const listener = articles.includes(toks[k]?.low ?? '') && wordCount(text.slice(cs, ce)) <= 5;
      // So is a noun object with no clause (`"…," demikian ia menyebut nama-nama pelaku …`): the
      // verb names the quote's speaker, and what it is said of.
      const pronounNext = [...lex.pronouns, ...lex.groupPronouns, ...lex.partyPronouns].includes(toks[k]?.low ?? '');
      const objectOnly = !hasComp && !pronounNext && !clauseFollows(ctx, k, se);
      // `…, Hanley told dozens of residents gathered outside.`: the object of `told` is whom the
      // speaker told; with no clause after it, nothing is reported after the verb.
      const tail = (cueOfDirect(t.start) && toks[k] && (lex.stopAfterName.includes(toks[k].low) || listener || commaTail || objectOnly)) || (objectOnly && listenerOnly(ctx, v, se));
      // `told him about the plan`: a topic, not a statement.
      const topic = !hasComp && lex.objectPronouns.includes(toks[k]?.low ?? '') && lex.topicMarkers.includes(toks[k + 1]?.low ?? '');
      // `…, an official said on Wednesday.`: a short prepositional tail is no statement.
      const shortTail = !hasComp && lex.stopAfterName.includes(toks[k].low) && wordCount(text.slice(cs, ce)) <= 3;
      // `Brad Kell added three assists`: a tally, not a statement.
      const tally = !hasComp && lex.countingVerbs.includes(t.low) && countedObject(pack, toks[k]) && !clauseFollows(ctx, k, se);
      // `Bensel said in a statement released by the team.`: only where it was said (a message), no
      // clause after it; what was said stands elsewhere.
      const channelOnly =
        !hasComp &&
        lex.locativePrepositions.includes(toks[k].low) &&
        toks.slice(k + 1, k + 4).some((x) => lex.messageNouns.includes(x.low)) &&
        !toks.slice(k, b).some((x) => [...lex.clauseMarkers, ...lex.passiveAuxiliaries, ...lex.pronouns, ...lex.groupPronouns, ...lex.partyPronouns, ...lex.complementizers].includes(x.low));
      if (wordCount(text.slice(cs, ce)) < 2 || framed || tail || topic || shortTail || tally || channelOnly || opensDirect(cs)) continue;
      // `X said …, according to Y`: the relay's phrase is no part of the content.
      const relay = relayAt(tokenAt(toks, cs) + 1, b, ce, (p) => p.text === ',');
      if (relay > 0) ce = trimSpan(text, cs, toks[relay - 1].start, ',')[1];
      const ev: Event = { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
      // `X said …, and added it will …`: a second verb of the same subject, after its first content.
      const prevEv = more[more.length - 1];
      if (prevEv && r.start < prevEv.start && lex.coordinators.includes(toks[v - 1].low) && toks[v - 2]?.text === ',') {
        ev.sameAs = prevEv;
        more.push(ev);
        v = tokenAt(toks, cs) - 1;
        continue;
      }
      if (r.kind === 'name' || r.kind === 'pronoun') {
        // `X mengatakan, ia memperkirakan …`: a pronoun opening the content is still X's clause.
        // So is a clause of its own there (`Erick menyampaikan, KM mengaku …`): a report within
        // the report, whose speaker is the outer one.
        if (prevEv && r.start <= prevEv.start + 1) continue;
        more.push(ev);
        v = tokenAt(toks, cs) - 1;
        continue;
      }
      found = ev;
    }
    if (!found && more.length) {
      // Each clause's content ends where the next reporting clause's subject begins.
      for (let q = 0; q + 1 < more.length; q++) {
        const nx = more[q + 1];
        // A conjoined verb's clause starts at its comma (`…, and added …`), else at its subject.
        const nextSubject = nx.sameAs ? toks[tokenAt(toks, nx.at) - 2].start : nx.ref!.start;
        if (more[q].end > nextSubject) {
          const [cs, ce] = trimSpan(text, more[q].start, nextSubject, ',;');
          more[q].end = ce;
          more[q].start = cs;
        }
      }
      const kept = more.filter((e) => wordCount(text.slice(e.start, e.end)) >= 2);
      found = kept.pop() ?? null;
      events.push(...kept);
    }
    // Passive report cue: `…, demikian seperti diumumkan oleh Kremlin.`
    if (!found) {
      // `Seperti dikatakan X, …` / `Seperti disampaikan dalam pidato …, …` opening the sentence.
      const opening = asPassiveAt(a);
      if (opening > 0) {
        let r = speakerAfter(ctx, opening, se);
        let k = r ? tokenAt(toks, r.end) : opening;
        // No agent: the speaker is the person last named (resolved like a pronoun).
        if (!r || r.kind === 'group' || toks[k]?.text !== ',') {
          r = { kind: 'pronoun', start: toks[a + 1].start, end: toks[a + 1].end, text: toks[a + 1].text };
          k = opening;
          while (toks[k] && toks[k].start < se && toks[k].text !== ',') k++;
        }
        if (toks[k] && toks[k].start < se) {
          const [cs, ce] = trimSpan(text, toks[k].end, se, '.');
          if (wordCount(text.slice(cs, ce)) >= 3 && !directIn(cs, ce)) found = { start: cs, end: ce, at: toks[a].start, direct: false, cue: 'according', ref: r };
        }
      }
    }
    if (!found) {
      for (let v = a + 3; v < b; v++) {
        // `… yang ditetapkan demikian dikatakan X, …`: a post-posed `demikian <passive verb>` needs no comma.
        const bare = toks[v - 1].text !== ',';
        if (bare && !(toks[v - 1].word && lex.passiveCueVerbs.includes(toks[v + 1]?.low ?? '') && postPosedAt(v) > 0)) continue;
        // `…, seperti dijelaskan X, kepada …`
        const e = Math.max(matchPhrase(toks, v, lex.passiveReportCues), asPassiveAt(v), postPosedAt(v));
        if (e < 0) continue;
        const r = speakerAfter(ctx, e, se);
        const [cs, ce] = trimSpan(text, ss, bare ? toks[v - 1].end : toks[v - 1].start, ',');
        // `"…," said one expert, as reported by the Times`: a quote with its own verb before the
        // cue; the outlet only carried it.
        if (directEvents.some((d) => d.cue === 'after' && d.at >= cs && d.at < ce)) break;
        if (r && wordCount(text.slice(cs, ce)) >= 3) found = { start: cs, end: ce, at: toks[v].start, direct: false, cue: 'after-indirect', ref: r };
        break;
      }
    }
    // Post-posed cue without quote marks: `…, kata X.`, `…, katanya.`, `…, the minister said.`
    if (!found && !directIn(ss, se)) {
      for (let v = b - 1; v > a + 2; v--) {
        const t = toks[v];
        if (!t.word) continue;
        // A weaker verb ending the sentence cues it too (`…, Sgt. Barry White testified.`), not a request.
        const closing = isWeak(t) && !lex.directives.includes(t.low) && toks.slice(v + 1, b).every((x) => !x.word);
        if (!(isCueVerb(t) || isReporting(t) || closing) || qualifiesNoun(v)) continue;
        if (anonymous.has(v)) break;
        // `… attacks on alleged terrorist sites`: after an article or a preposition the word qualifies
        // a noun; the cue may stand before it.
        const prevWord = toks[v - 1].low;
        const qualifier = isDefinite(ctx, prevWord) || lex.articles.indefinite.includes(prevWord) || lex.stopAfterName.includes(prevWord);
        if (qualifier && ![...cueVerbs, ...lex.reportingVerbs, ...lex.coordinators, ...lex.relativePronouns, ...lex.subordinators].includes(prevWord)) continue;
        let r: SpeakerRef | null = null;
        let commaTok = v - 1;
        // `Acme, a provider of …, announced a new system …`: an indefinite article after the verb
        // opens its object; a speaker put after the verb is named, not introduced.
        if (toks[v - 1].text === ',' && lex.articles.indefinite.includes(toks[v + 1]?.low ?? '')) break;
        if (toks[v - 1].text === ',') r = stemWithClitic(t.low, lex, cueVerbs) ? pronounRef(t) : speakerAfter(ctx, v + 1, se);
        else {
          // `…, the minister said.` / `…, Smith said.`
          let c = v - 1;
          while (c > a && toks[c].text !== ',') c--;
          // A name of many words counts once (`the South African Foreign Affairs Department said`).
          const units = toks.slice(c + 1, v).filter((x, q, xs) => x.word && !(q > 0 && isCap(x) && isCap(xs[q - 1]))).length;
          // `…, an official from the organization said.`: an indefinite subject names no one.
          // Not a message a named body issued (`…, a Defence Ministry statement said.`).
          if (c > a && lex.articles.indefinite.includes(toks[c + 1]?.low ?? '') && !issuerOfMessage(ctx, v - 1, c + 1)) {
            anonymous.add(v);
            break;
          }
          // `…, saying he had told …`: a participle's own clause, not a cue put after the statement.
          if (c > a && lex.participleCues.includes(toks[c + 1]?.low ?? '')) break;
          if (c > a && units <= 5) {
            r = speakerBefore(ctx, v, c + 1);
            commaTok = c;
          }
        }
        if (!r || toks[commaTok].text !== ',') break;
        // A common-noun subject there is a clause of its own (`…, pertemuan ini menegaskan …`); not a
        // message, whose issuer speaks (`…, the filing said.`).
        const message = lex.messageNouns.includes(r.text.toLowerCase().split(/\s+/).pop()!);
        if (r.kind === 'definite' && !partyRef(lex, r) && !message) break;
        // After `…, X verb` only a short tail may follow (`kepada wartawan`, `di Jakarta`), not a
        // clause of the verb's own (`…, akhirnya X membeberkan siapa yang …`).
        const tailHead = toks[v + 1];
        const tailWords = toks.slice(v + 1, b).filter((x) => x.word).length;
        // `…, McCaw continued to call for …`: the verb goes on with an infinitive, no listener (`to
        // reporters`, `to the court`, `to him`): it is no verb of speech here.
        const inf = toks[v + 2];
        if (lex.infinitiveMarkers.includes(tailHead?.low ?? '') && inf?.word && !isCap(inf) && !lex.audience.includes(inf.low) && !lex.objectPronouns.includes(inf.low) && !isDefinite(ctx, inf.low) && !lex.articles.indefinite.includes(inf.low) && !lex.groupPronouns.includes(inf.low)) break;
        // `…, Hanley told a local radio station.`: the listener, not a clause.
        const listenerTail = !clauseFollows(ctx, v + 1, se) && listenerOnly(ctx, v, se);
        if (r.end <= t.start && tailWords >= 3 && tailHead?.word && !listenerTail && !lex.stopAfterName.includes(tailHead.low) && !lex.audience.includes(tailHead.low) && !ctx.calendar.has(tailHead.low)) break;
        // Nor after a subject with an aside (`His lawyer, however, insists he will …`, `The minister,
        // X, who …, said he had …`): the pronoun opens the verb's own clause, what stands before is its subject.
        const afterRef = tokenAt(toks, r.end) + 1;
        const refTail = toks.slice(afterRef, b).filter((x) => x.word).length;
        const aside = lex.connectives.includes(toks[commaTok - 1]?.low ?? '') || toks.slice(a, commaTok).some((x, q, xs) => q > 0 && xs[q - 1].text === ',' && lex.relativePronouns.includes(x.low));
        if (r.kind === 'pronoun' && r.start > t.start && aside && refTail >= 3 && toks[afterRef]?.word && !lex.stopAfterName.includes(toks[afterRef].low)) break;
        // Nor a quoted object (`X, Name, menyebutnya "Mr. X".`): the verb names something; what
        // stands before the comma is its subject.
        if (tailHead && /^["“'‘`]/.test(tailHead.text)) break;
        const [cs, ce] = trimSpan(text, lead, toks[commaTok].start, ',');
        // A short fronted phrase (`Dalam momen itu, X menyatakan mendukung`) is no statement; nor a
        // fronted time (`Earlier this year, X told …`) or subordinate clause (`Because …, he told …`)
        // before a verb with words of its own (not `Once he realized …, he said, but …`).
        const adjunct = !!toks[v + 1]?.word && toks[v + 1].start < se && frontedAdjunct(ctx, cs, ce);
        const phrase = (lex.stopAfterName.includes(toks[a]?.low ?? '') && wordCount(text.slice(cs, ce)) <= 4) || adjunct;
        if (wordCount(text.slice(cs, ce)) >= 3 && !phrase) found = { start: cs, end: ce, at: t.start, direct: false, cue: 'after-indirect', ref: r };
        break;
      }
    }
    // A sentence cut at a `?` inside a quote (`"… gimana? Di usia ini …," kata X`): its start is
    // still the quote's words, which the direct quote holds.
    // A statement opening with a quoted phrase and running past it (`Saying ``…'' about …,`) is
    // still one statement.
    const f = found;
    const runsPast = !!f && pairs.some((p) => p.open + p.openLen === f.start && p.close < f.end);
    if (found && !found.direct && inQuote(found.start) && !runsPast) found = null;
    if (found) events.push(found);
  }

  events.sort((x, y) => x.start - y.start);
  // ---- resolve speakers in reading order
  const persons = personMentions(ctx, entities);
  let last: LastSpeaker | null = null;
  let lastPerson: LastSpeaker | null = null;
  /** The last speaker that may be a party (`it said` stands for a party, never for a person). */
  let lastParty = null as LastSpeaker | null;
  /** Names resolved so far, for telling a former speaker from someone only talked about. */
  const spoken: string[] = [];
  /** Speakers known to be people (reached by a pronoun or a role, or printed with a title or a role). */
  const people: string[] = [];
  const byStart = [...events].sort((x, y) => Math.min(x.at, x.start) - Math.min(y.at, y.start));
  /** Where unnamed speakers spoke (`an official said`, `"…," said a spokesman`). */
  const unnamedAt = [...[...anonymous].map((v) => toks[v].start), ...events.filter((e) => e.unnamed).map((e) => e.at)];
  /** With no person spoken yet, did an unnamed speaker speak before offset `at` (within three sentences)? */
  const unnamedSince = (at: number, lp: LastSpeaker | null) => {
    if (lp) return false;
    const si = spanAt(sents, at);
    const floor = sents[Math.max(0, si - 3)]?.[0] ?? 0;
    return unnamedAt.some((x) => x < at && x >= floor);
  };
  /**
   * `"…," said a Sun spokesman. "…," he said.`: a bare pronoun in the paragraph of an unnamed
   * speaker who spoke after the last named one, with no person printed since, is that unnamed one.
   */
  const unnamedJustBefore = (ev: Event): boolean => {
    if (ev.ref?.kind !== 'pronoun' || /\s/.test(ev.ref.text)) return false;
    const cueAt = Math.min(ev.at, ev.start);
    const u = Math.max(-1, ...unnamedAt.filter((x) => x < cueAt));
    if (u < 0 || (last && last.at > u) || spanAt(paras, u, true) !== spanAt(paras, cueAt, true)) return false;
    if (spanAt(sents, cueAt) - spanAt(sents, u) > 1 || persons.some((x) => x.start > u && x.end <= cueAt)) return false;
    // Nor a name of two words or more printed since (`Gen. Nhek Bunchhay, a loyalist …`).
    for (let k = tokenAt(toks, u) + 1; k < toks.length && toks[k].end <= cueAt; k++) {
      if (isCap(toks[k]) && !inQuote(toks[k].start) && !sentenceInitial(ctx, k) && runForward(ctx, k, cueAt) - k >= 2) return false;
    }
    return true;
  };
  for (const ev of byStart) {
    let res: Resolved | null = null;
    // A quote opening a paragraph after one whose last sentence has a new subject of a verb of speech
    // (`X lalu menulis permintaan maaf …` before the letter's paragraphs) is that subject's.
    const writer = ev.cue === 'continued' && ev.sameAs && spanAt(paras, ev.start, true) !== spanAt(paras, ev.sameAs.at, true) ? salientName(ctx, sents, ev.start) : null;
    if (writer?.replies && !inQuote(writer.ref.start) && !sameName(writer.ref.text, ev.sameAs?.resolved?.text ?? '')) res = nameResolved(ctx, writer.ref, entities);
    else if (ev.sameAs) res = ev.sameAs.resolved ?? null;
    else if (ev.ref) {
      // `kata Menkumham`: a title abbreviation stands for the person printed with the full title.
      const holder = ev.ref.kind === 'name' || ev.ref.kind === 'role' ? abbreviatedTitleHolder(ctx, ev.ref, pack.ner.titleForms) : null;
      // `CEO Creative Media Works memastikan` before `kata CEO Creative Media Works Matthew Talbot`.
      const named = ev.ref.kind === 'name' ? titleHolderElsewhere(ctx, ev.ref) : null;
      // `pernyataan resmi itu`, `the filing`: a statement's or document's issuer.
      const message = ev.ref.kind === 'definite' && ev.ref.text.toLowerCase().split(/\s+/).some((w) => lex.messageNouns.includes(w));
      const issuer: SpeakerRef | null = message && !last ? firstCompany(ctx, ev.ref.start) : null;
      // `A statement by the Foreign Affairs Department …` then `the statement said`: its author.
      const author = message ? messageAuthor(ctx, ev.ref) : null;
      // `O'Donnell declined …, but she said that …`: the subject opening the pronoun's own sentence.
      const own = ev.ref.kind === 'pronoun' || (ev.ref.kind === 'definite' && partyRef(lex, ev.ref)) ? ownSubject(ctx, ev.ref, sents, entities) : null;
      // `kuasa hukum Rudi menyebut …`: someone in a relation to the name, named elsewhere or no one.
      const related = relatedPerson(ctx, ev.ref);
      // `nurani Anda berkata bahwa …`: the reader addressed says nothing the text reports.
      if (ev.ref.kind === 'name' && lex.secondPersons.includes(ev.ref.text.toLowerCase())) res = null;
      else if (related === 'unnamed') ev.unnamed = ev.direct;
      else if (related) res = nameResolved(ctx, related, entities);
      else if (own) res = own;
      else if (holder) res = nameResolved(ctx, holder, entities);
      else if (named) res = nameResolved(ctx, named, entities);
      else if (ev.ref.kind === 'name') res = nameResolved(ctx, ev.ref, entities);
      // Pronouns and roles stand for people: resolve them against the last person who spoke.
      // …, unless only an unnamed speaker has spoken (`…, an official said. He added that …`): no one.
      else if (ev.ref.kind === 'pronoun' || ev.ref.kind === 'role') res = unnamedSince(ev.at, lastPerson) || unnamedJustBefore(ev) ? null : antecedent(ctx, ev, lastPerson, persons, paras, sents, spoken, entities);
      // `it said`, `the company said`: the party that spoke last, as a pronoun stands for a person.
      // `The government claims …`: only the state named with such a body before.
      else if (ev.ref.kind === 'definite' && bareBody(ev.ref)) {
        const state = stateOfBody(ctx, ev.ref);
        res = state ? nameResolved(ctx, state, entities) : null;
      } else if (ev.ref.kind === 'definite' && partyRef(lex, ev.ref)) {
        // A name with that noun as its head outranks the last party; a company story's first
        // company speaks when no party has yet.
        // Once a party has spoken, the party the sentence (or the one before) opens with outranks it:
        // a market round-up moves from company to company (`Intel …. Kirschner Medical fell 4. The
        // company said …`).
        const subject = lastParty ? subjectParty(ctx, ev.ref, sents, inQuote, (n) => people.some((x) => sameName(x, n)), ev.start) : null;
        const party = namedParty(ctx, ev.ref) ?? subject ?? (lastParty ? null : firstCompany(ctx, ev.ref.start) ?? leadName(ctx, ev.ref.start) ?? objectBefore(ctx, ev.ref, sents, inQuote));
        res = party ? nameResolved(ctx, party, entities) : (lastParty?.r ?? null);
      }
      // `pernyataan resmi itu juga menyebutkan …`: the statement last quoted, so its speaker.
      // `according to the prospectus` before anyone spoke: the company the story is about.
      else if (ev.ref.kind === 'definite' && message && (author || last || issuer)) res = author ? nameResolved(ctx, author, entities) : last ? last.r : nameResolved(ctx, issuer!, entities);
      else if (ev.ref.kind === 'definite') res = definiteAntecedent(ctx, ev.ref, sents, entities, inQuote);
      else if (bodyPronoun(ctx, ev.ref)) res = bodyBefore(ctx, ev.ref, sents, entities);
      else if (ev.ref.kind === 'group' && !ev.direct) res = sideOf(ctx, ev.ref, sents, entities);
    } else if (ev.cue === 'continued' && last) {
      // A paragraph opening with a quote continues whoever spoke in the paragraph before.
      const paraOf = (off: number) => spanAt(paras, off, true);
      if (paraOf(ev.start) - paraOf(last.at) <= 1) res = last.r;
    }
    ev.resolved = res;
    if (res) {
      spoken.push(res.text);
      last = { r: res, at: ev.at, end: Math.max(ev.at, ev.end) };
      // Whoever a personal pronoun stands for is a person, whatever else the text suggests.
      const personal = ev.ref?.kind === 'pronoun' && lex.pronouns.includes(ev.ref.text.toLowerCase());
      // So is a name set after a person's role and its comma, which the tagger may have missed.
      if (personLike(ctx, res, entities) || personal || (ev.ref?.kind === 'name' && roleBeforeComma(ctx, ev.ref))) lastPerson = last;
      if (ev.ref && (ev.ref.kind === 'pronoun' || ev.ref.kind === 'role' || roleApposed(ctx, ev.ref) || titledAt(ctx, ev.ref))) people.push(res.text);
      // Without the tagger's types, any speaker not reached through a personal pronoun may be a party.
      // Nor one named with a person's role after it (`said Julia Marsh, an analyst at …`).
      if (res.mention !== null ? entities[res.mention].type !== 'PERSON' : ev.ref?.kind !== 'pronoun' && !(ev.ref && roleApposed(ctx, ev.ref))) lastParty = last;
    }
  }

  // A quote running over paragraphs takes the speaker named where it ends (`… ,” ujarnya`).
  for (let k = directEvents.length - 2; k >= 0; k--) {
    const ev = directEvents[k];
    const nx = directEvents[k + 1];
    if (ev.openEnded && nx.resolved && (ev.cue === 'continued' || ev.cue === 'none')) {
      const pEv = spanAt(paras, ev.start, true);
      const pNx = spanAt(paras, nx.start, true);
      if (pNx === pEv + 1) ev.resolved = nx.resolved;
    }
  }

  // A quote with no cue of its own and no speaker yet: rank who may have said it (candidates.ts).
  for (let k = directEvents.length - 1; k >= 0; k--) {
    const ev = directEvents[k];
    if (ev.resolved || (ev.cue !== 'continued' && ev.cue !== 'none')) continue;
    ev.resolved = cuelessSpeaker(ctx, ev, directEvents[k + 1], byStart, paras, sents, entities);
  }

  // An `it` no party that spoke stands behind is a thing (`It strongly condemns …` of a resolution);
  // a `pihaknya` with no party behind it is no one named.
  // An indirect statement whose speaker resolves to no one (`He added that …`, `…, the official
  // added.` after an unnamed official) attributes nothing.
  const unnamed = (ev: Event) => (ev.ref?.kind === 'definite' && partyRef(lex, ev.ref)) || !ev.direct;
  // `…, a Justice Department spokesman said:` closing a paragraph, then a quote with no cue: the
  // unnamed speaker's words, whoever spoke before. Such direct quotes, like those cued by an
  // unnamed speaker, are kept with no speaker: the text does not say who spoke.
  const unnamedColon = (ev: Event) => {
    if (!ev.direct || (ev.cue !== 'continued' && ev.cue !== 'none')) return false;
    const p = spanAt(paras, ev.start, true);
    if (p < 1 || !text.slice(paras[p - 1][0], paras[p - 1][1]).trimEnd().endsWith(':')) return false;
    if ([...anonymous].some((v) => toks[v].start >= paras[p - 1][0] && toks[v].start < paras[p - 1][1])) return true;
    // `…, a website which carries this statement:`: a text a relative clause ascribes to a thing,
    // with no verb of speech in that sentence, is the document's, not the last speaker's.
    const colon = tokenAt(toks, paras[p - 1][1] - 1);
    const k = toks[colon]?.text === ':' ? colon : colon - 1;
    if (!lex.messageNouns.includes(toks[k - 1]?.low ?? '')) return false;
    const lead = toks.slice(tokenAt(toks, sents[spanAt(sents, toks[k - 1].start)][0]), k);
    const rel = lead.findIndex((x, q) => q > 0 && lead[q - 1].text === ',' && lex.relativePronouns.includes(x.low));
    return rel > 0 && !lead.some((x) => isCueVerb(x) || isReporting(x));
  };
  // A phrase quoted inside reported speech (`Y said the rivalry "broadens …"`) is part of that statement.
  const inside = (ev: Event) => lex.quotedPhrasesInReports && ev.direct && events.some((x) => !x.direct && x.start < ev.start && ev.end <= x.end + 2);
  for (const ev of events) {
    if (!ev.unnamed && !unnamedColon(ev)) continue;
    ev.unnamed = true;
    ev.resolved = null;
  }
  const hits = events.filter((ev) => (ev.resolved || ev.unnamed || !unnamed(ev)) && !inside(ev)).map((ev) => ({
    start: ev.start,
    end: ev.end,
    text: text.slice(ev.start, ev.end),
    direct: ev.direct,
    cue: ev.cue,
    speakerText: ev.resolved?.text ?? null,
    speakerStart: ev.resolved?.start ?? null,
    speakerEnd: ev.resolved?.end ?? null,
    speakerMention: ev.resolved?.mention ?? null,
    via: ev.ref?.kind ?? (ev.sameAs?.ref?.kind ?? null),
    cueAt: ev.at,
    unnamedCue: ev.unnamed,
  }));
  return { hits: withPosts(text, hits, Object.keys(pack.months), lex.titles), env: { ctx, paras, sents, entities, language: lex.code, inQuote } };
}

/**
 * The speaker of a cueless quote, chosen among the last speaker, the speaker of the quote right
 * after it and the person the sentence before is about (see candidates.ts for the scoring).
 */
function cuelessSpeaker(
  ctx: SpeakerContext,
  ev: Event,
  next: Event | undefined,
  byStart: Event[],
  paras: Array<[number, number]>,
  sents: Array<[number, number]>,
  entities: EntityMention[],
): Resolved | null {
  const paraOf = (off: number) => spanAt(paras, off, true);
  const here = paraOf(ev.start);
  const before = byStart.filter((x) => x !== ev && x.resolved && Math.min(x.at, x.start) < ev.start);
  const cands: Array<Candidate<Resolved>> = [];
  const add = (who: Resolved, c: Omit<Candidate<Resolved>, 'who' | 'key'>) => {
    const same = cands.find((x) => sameName(x.who.text, who.text));
    cands.push({ who, key: same ? same.key : who.text.toLowerCase(), ...c });
  };
  const last = before[before.length - 1];
  if (last?.resolved) add(last.resolved, { source: 'last', distance: ev.start - last.at, paragraphs: here - paraOf(last.at) });
  if (next?.resolved && next.direct) {
    const gap = ctx.text.slice(ev.end, next.start);
    add(next.resolved, { source: 'next', distance: next.start - ev.end, paragraphs: paraOf(next.start) - here, adjacent: /^[\s"“”„«»'.,?!…]*$/.test(gap) });
  }
  const sal = salientName(ctx, sents, ev.start);
  if (sal) {
    const r = nameResolved(ctx, sal.ref, entities);
    if (personLike(ctx, r, entities)) {
      const spoke = before.some((x) => sameName(x.resolved!.text, r.text));
      const said = reportsAt(ctx, sents, sal.ref.start);
      const fresh = sal.replies || firstMention(ctx, sal.ref) || spoke;
      add(r, { source: 'salient', distance: ev.start - sal.ref.end, paragraphs: here - paraOf(sal.ref.start), fresh, reports: said });
    }
  }
  return chooseSpeaker(cands)?.who ?? null;
}

/** Is the name `r` the subject of a verb of saying (`Minho, juga mengiyakan …`: within three words after it)? */
function saysNext(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const { toks, lex } = ctx;
  const k = tokenAt(toks, r.end);
  return toks.slice(k, k + 3).some((t) => speechWord(lex, t.low));
}

/** Does the sentence holding offset `at` have a verb of saying (strong or weak)? */
function reportsAt(ctx: SpeakerContext, sents: Array<[number, number]>, at: number): boolean {
  const si = spanAt(sents, at);
  const { lex } = ctx;
  return si >= 0 && tokenize(ctx.text.slice(sents[si][0], sents[si][1])).some((t) => speechWord(lex, t.low));
}

/** Does the name at token `rs` close a document's title (`… tentang Pencegahan Tindak Kekerasan di Lingkungan Sekolah`)? */
function insideTitle(toks: Tok[], rs: number, floor: number, lex: SpeechLexicon): boolean {
  for (let q = rs - 1; q >= floor; q--) {
    const x = toks[q];
    if (lex.topicMarkers.includes(x.low)) return true;
    if (!isCap(x) && !(x.word && lex.stopAfterName.includes(x.low))) return false;
  }
  return false;
}

/**
 * Does a class of people (`officials`, `analysts`) stand before the name at `rs`, joined by a
 * preposition and at most two more lower-case words (`officials of the …`, `officials in and around …`)?
 */
function classBeforeName(toks: Tok[], rs: number, floor: number, lex: SpeechLexicon): boolean {
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

/** Does the name end in a nationality's plural (`Cuban Americans`, `Iraqis`): a group, no one named? */
function pluralDemonym(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const w = ctx.toks[tokenAt(ctx.toks, r.end) - 1]?.text ?? '';
  return /s$/.test(w) && ctx.demonyms.has(w.slice(0, -1));
}

/** Does the clause at `a` open with a study (`Sebuah penelitian …`, `A study by …`) before `rs`? */
function findingOpens(toks: Tok[], a: number, rs: number, lex: SpeechLexicon): boolean {
  for (let q = a; q < rs && q < a + 2; q++) if (lex.findingNouns.includes(toks[q].low)) return true;
  return false;
}

/** Does a role follow the name `r` after a comma (`Julia Marsh, an analyst at …`, `X, juru bicara …`)? */
function roleApposed(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const { toks, lex } = ctx;
  let k = tokenAt(toks, r.end);
  if (toks[k]?.text !== ',') return false;
  k++;
  if ([...lex.articles.definite, ...lex.articles.indefinite].includes(toks[k]?.low ?? '')) k++;
  for (let q = k; q < k + 3 && toks[q]?.word; q++) if (ctx.roles.some((x) => x[x.length - 1] === toks[q].low)) return true;
  return false;
}

/** Is the name set after a person's role and its comma (`kata Pimpinan grup tari X, Dahanan`)? */
function roleBeforeComma(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const { toks } = ctx;
  const c = tokenAt(toks, r.start) - 1;
  if (toks[c]?.text !== ',') return false;
  for (let q = c - 1; q >= Math.max(0, c - 8) && toks[q].word; q--) if (roleStartingAt(ctx, q) !== null) return true;
  return false;
}

/** Is a title printed right before the name (`Mr. Antolini`, `Chairman Walter Williams`)? */
function titledAt(ctx: SpeakerContext, r: SpeakerRef): boolean {
  let k = tokenAt(ctx.toks, r.start) - 1;
  if (ctx.toks[k]?.text === '.') k--;
  return k >= 0 && ctx.titles.has(ctx.toks[k].low) && isCap(ctx.toks[k]);
}

/**
 * `Intel eased 1/8. The semiconductor concern said …`, `Weisfield's rocketed after the jewelry store
 * operator said …`: a described party is the name the sentence opens with, or else the one the
 * sentence before opens with; not a name inside quote marks, nor a person (`isPerson`, a title or a
 * role printed with it).
 */
/**
 * `The attorney general is investigating WeWork …. The company confirmed that …`: with no party
 * spoken of yet, the name right after the verb of the sentence before (its object).
 */
function objectBefore(ctx: SpeakerContext, r: SpeakerRef, sents: Array<[number, number]>, inQuote: (off: number) => boolean): SpeakerRef | null {
  const { toks, lex } = ctx;
  const si = spanAt(sents, r.start);
  if (si < 1) return null;
  const [s0, e0] = sents[si - 1];
  for (let k = tokenAt(toks, s0) + 1; k < toks.length && toks[k].start < e0; k++) {
    const v = toks[k - 1];
    if (!isCap(toks[k]) || inQuote(toks[k].start) || !v.word || isCap(v) || lex.stopAfterName.includes(v.low) || ctx.notName.has(v.low)) continue;
    const c = cleanRun(ctx, k, runForward(ctx, k, e0));
    return c ? ref(ctx, 'name', c[0], c[1]) : null;
  }
  return null;
}

function subjectParty(
  ctx: SpeakerContext,
  r: SpeakerRef,
  sents: Array<[number, number]>,
  inQuote: (off: number) => boolean,
  isPerson: (name: string) => boolean,
  contentStart: number,
): SpeakerRef | null {
  const { toks } = ctx;
  const si = spanAt(sents, r.start);
  if (si < 0) return null;
  const opening = (from: number, to: number): SpeakerRef | null => {
    const a = tokenAt(toks, from);
    // The subject: the sentence's first word, or its first after a fronted adverb or phrase and a comma.
    let k = a;
    if (!isCap(toks[k]) || ctx.notName.has(toks[k].low)) {
      const comma = toks.findIndex((t, i) => i > a && i < a + 8 && t.text === ',');
      if (comma < 0 || !isCap(toks[comma + 1])) return null;
      k = comma + 1;
    }
    if (toks[k].start >= to || inQuote(toks[k].start)) return null;
    const e = runForward(ctx, k, to);
    const c = cleanRun(ctx, k, e);
    if (!c || c[0] > k || (e < toks.length && toks[e].text === ',' && isCap(toks[e + 1]))) return null;
    const last = toks[c[1] - 1];
    const possessive = /['’]s$/.test(last.text);
    // A one-word run opening the sentence may be a common word (`Proceeds of the offering …`): only
    // a possessive or a word the text prints again with its capital is a name.
    const again = (ctx.wordIndex.get(toks[c[0]].text) ?? []).some((x) => x !== c[0]);
    if (c[1] - c[0] === 1 && sentenceInitial(ctx, c[0]) && !possessive && !again) return null;
    const end = possessive ? last.end - 2 : last.end;
    const n: SpeakerRef = { kind: 'name', start: toks[c[0]].start, end, text: ctx.text.slice(toks[c[0]].start, end) };
    return roleApposed(ctx, n) || isPerson(n.text) ? null : n;
  };
  // Not when the words reported open the sentence (`Ticketron's … business is not for sale, the company said`).
  if (tokenAt(toks, r.start) > tokenAt(toks, sents[si][0]) && !(contentStart < r.start)) {
    const here = opening(sents[si][0], r.start);
    if (here) return here;
  }
  return si > 0 ? opening(sents[si - 1][0], sents[si - 1][1]) : null;
}

/** Is the speaker `it`, `the company`, `Perusahaan (itu)`: a party spoken of again? */
function partyRef(lex: SpeechLexicon, r: SpeakerRef): boolean {
  const w = r.text.toLowerCase().split(/\s+/);
  if (w.length === 1) return lex.partyPronouns.includes(w[0]) || (r.kind === 'definite' && lex.partyNouns.includes(w[0]));
  if (w.length === 2) return lex.partyNouns.includes(w[1]) || (lex.partyNouns.includes(w[0]) && lex.demonstratives.includes(w[1]));
  // `The Dutch chemical group`: a described party.
  // `Canada's largest … operator`: a possessive name in the article's place.
  return r.kind === 'definite' && (lex.articles.definite.includes(w[0]) || /['’]s$/.test(w[0])) && lex.partyNouns.includes(w[w.length - 1]);
}

/**
 * `menyatakan, dalam laporan bulanan pada Rabu bahwa …`, `said on Monday that …`: a short
 * prepositional phrase between the verb and its complementizer is not part of the content.
 * Returns the complementizer's index, or null when the words after `k` are not such a phrase.
 */
function complementizerAfterPhrase(toks: Tok[], k: number, end: number, lex: SpeechLexicon): number | null {
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

/** Is every word of four letters or more capitalized, and are there at least three (`Ten Things in Tech You Need`)? */
function titleCased(s: string): boolean {
  const long = s.match(/\p{L}{4,}/gu) ?? [];
  // Two long words will do when every other word is short (`Takin’ It to the Streets.`).
  const words = s.match(/\p{L}+/gu) ?? [];
  return (long.length >= 3 || (long.length === 2 && words.length >= 4)) && long.every((w) => /^\p{Lu}/u.test(w));
}

/** The index after a date at token k (`Friday`, `Nov. 18`, `18 November`), or -1. */
function dateEndAt(ctx: SpeakerContext, k: number): number {
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
 * `menyampaikan surat resmi ke Bawaslu bahwa …`: a message noun and a few words (no other verb of
 * speech, no sentence punctuation) between a verb and its complementizer. Returns the
 * complementizer's index, or null.
 */
function complementizerAfterMessage(toks: Tok[], k: number, end: number, lex: SpeechLexicon): number | null {
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

/**
 * Do the tokens `[a, v)` opening a sentence name a statement as where the words were said: a
 * channel marker, then a message noun and at most two more lower-case words (`Dalam keterangan
 * lain`, `Melalui siaran pers itu`)?
 */
function channelOfStatement(ctx: SpeakerContext, a: number, v: number): boolean {
  const { toks, lex } = ctx;
  if (v - a < 2 || v - a > 4 || !lex.channelMarkers.includes(toks[a].low) || !lex.messageNouns.includes(toks[a + 1].low)) return false;
  return toks.slice(a + 2, v).every((x) => x.word && !isCap(x));
}

/**
 * Does a clause (rather than a noun object) start at token k after a weak reporting verb? Yes when
 * an auxiliary or modal follows a few content words (`anggaran 2015 akan mengalami defisit`); a
 * function word or a relative pronoun before it says the words are a noun phrase.
 */
/**
 * Is the name `r` a place after a locative preposition (`perusahaan … di Eropa`, `reports in
 * Nepal`), qualifying a subject rather than being one? Not a document's author (`artikel dari X`).
 */
function placeInSubject(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const { toks, lex } = ctx;
  const rs = tokenAt(toks, r.start);
  const prep = toks[rs - 1]?.low ?? '';
  return r.kind === 'name' && lex.locativePrepositions.includes(prep) && !(lex.affiliation.includes(prep) && lex.sourceNouns.includes(toks[rs - 2]?.low ?? ''));
}

/**
 * Is the verb at `v` one whose object is its listener (`told`), with no complementizer after it
 * before `end` (`told his Cabinet on Sunday that …` reports; `told a local radio station.` does not)?
 */
function listenerOnly(ctx: SpeakerContext, v: number, end: number): boolean {
  const { toks, lex } = ctx;
  if (!lex.addresseeVerbs.includes(toks[v].low)) return false;
  for (let q = v + 1; toks[q] && toks[q].start < end; q++) if (lex.complementizers.includes(toks[q].low)) return false;
  return true;
}

function clauseFollows(ctx: SpeakerContext, k: number, end: number): boolean {
  const { toks, lex } = ctx;
  // `memastikan saat ini belum terpikir …`: a time phrase of several words opens the clause, not its subject.
  const time = matchPhrase(toks, k, lex.adverbs.filter((w) => /\s/.test(w)));
  if (time > 0) k = time;
  // `Grab mengumumkan mendapatkan kucuran dana …`: an active verb opens a subjectless clause
  // (the speaker's own act); `mengumumkan menteri baru` is a noun (no stem long enough after `men-`).
  // A verb of speech there is a verb of its own (`menolak mengatakan …`), read at its own turn.
  const first = toks[k];
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
 * `memastikan pelaku penyerangan di pasar itu adalah …`, `menjanjikan rencana pembangunan jembatan
 * di Desa X, Kabupaten Y, tetap berjalan`: a subject too long for `clauseFollows`, then its
 * predicate (an auxiliary, a copula, an aspect word), within the sentence. Not an auxiliary right
 * after `yang` (a relative clause inside a noun phrase), and nothing past a complementizer, a
 * quote mark or another verb of speech. Read only after verbs whose noun objects the gold never
 * takes for statements of belief (`lex.longClauseVerbs`).
 */
function distantPredicate(ctx: SpeakerContext, k: number, end: number): boolean {
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
function nominalized(lex: SpeechLexicon, t: Tok | undefined): boolean {
  if (!t?.word) return false;
  const c = lex.clitics.find((x) => t.low.endsWith(x) && t.low.length > x.length + 2);
  if (!c) return false;
  return ![...lex.activePrefixes, ...lex.passivePrefixes, ...lex.intransitivePrefixes].some((p) => t.low.startsWith(p));
}

/** `diperkirakan` for `memperkirakan`: a passive prefix on the stem of a reporting verb. */
function passiveOfReporting(lex: SpeechLexicon, w: string): boolean {
  const p = lex.passivePrefixes.find((x) => w.startsWith(x));
  if (!p) return false;
  const stem = w.slice(p.length);
  return stem.length >= 4 && lex.reportingVerbs.some((r) => lex.activePrefixes.some((x) => r === x + stem));
}

/** Does a list of names (`Dias, Taufiq`) end at token e: a name run, a comma, and a name before it? */
function nameListBefore(ctx: SpeakerContext, e: number, floor: number): boolean {
  let b = e;
  while (b > floor && nameToken(ctx, b)) b--;
  return b < e && ctx.toks[b].text === ',' && nameToken(ctx, b - 1);
}

/** A `ber-`/`ter-`/`di-` verb (no object, or a passive one). */
function verbalWord(lex: SpeechLexicon, w: string): boolean {
  return [...lex.intransitivePrefixes, ...lex.passivePrefixes].some((p) => w.startsWith(p) && w.length >= p.length + 4);
}

function sentencesIn(s: string): number {
  return (s.match(/[.!?](\s|$)/g) ?? []).length;
}

function sentenceEndAfter(sents: Array<[number, number]>, off: number, fallback: number): number {
  for (const [s, e] of sents) if (off >= s && off < e) return e;
  return fallback;
}

/**
 * Does an indefinite person (`seorang`, `salah satu`) and a lower-case noun or two stand right before
 * the name at token n (`seorang komandan SDF`)? Then a one-word name qualifies an unnamed person
 * (a longer run may end in the person: `Salah satu legenda Arsenal Ian Wright`).
 */
function unnamedPerson(toks: Tok[], n: number, floor: number, lex: SpeechLexicon): boolean {
  for (let k = n - 1; k >= Math.max(floor, n - 3) && toks[k].word && !isCap(toks[k]); k--) {
    if (lex.indefinitePersons.some((p) => p.split(/\s+/).every((x, i, w) => toks[k - w.length + i]?.low === x))) return true;
  }
  return false;
}

/** Does one of the language's refusals (`menolak`, `tidak mau`, `declined to`) end right before token v? */
function refusedAt(toks: Tok[], v: number, lex: SpeechLexicon): boolean {
  return lex.refusals.some((p) => {
    const w = p.split(/\s+/);
    return w.every((x, i) => toks[v - w.length + i]?.low === x);
  });
}

/** Is token t a counted object's first word: a number, a number word, an indefinite article or a possessive? */
function countedObject(pack: LangPack, t: Tok | undefined): boolean {
  if (!t?.word) return false;
  const lex = pack.speech;
  return /^\d/.test(t.text) || t.low in pack.numbers.units || lex.articles.indefinite.includes(t.low) || lex.possessives.includes(t.low);
}

/**
 * Is the text `[cs, ce)` before `, X verb` only an adjunct of the verb's clause: time words and
 * adverbs (`Earlier this year`, `Then, last week`), or one subordinate clause with no comma of its
 * own (`Because Dorsey suspected the pillows`)?
 */
function frontedAdjunct(ctx: SpeakerContext, cs: number, ce: number): boolean {
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

/**
 * An indefinite article or person word at token k (`a`, `one`), then a few words (initials with
 * their dots among them: `a U.S. official`) ending in a role or person noun that no name follows:
 * one unnamed person (`a Foreign Office spokesman`, `one U.S. crew chief`).
 */
function indefiniteRoleAt(ctx: SpeakerContext, k: number): boolean {
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

/** The source after `menurut` / `according to`: skips source nouns (`laporan`), takes the name. */
/** A description of a person opening at token i and closed by a demonstrative before a comma (`pelatih asal Argentina tersebut,`), as a pronoun-like reference; else null. */
function describedPersonAt(ctx: SpeakerContext, i: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  let c = i + 1;
  while (toks[c] && toks[c].start < limit && toks[c].word && c < i + 9) c++;
  if (toks[c]?.text !== ',' || !lex.demonstratives.includes(toks[c - 1].low) || descriptionHead(ctx, i, c - 1) !== i) return null;
  // `…, Budi Santoso di Malang, Senin, …`: a name in apposition after the comma is the one described.
  const after = isCap(toks[c + 1]) ? runForward(ctx, c + 1, limit) : -1;
  if (after > c + 1 && (toks[after]?.text === ',' || lex.locativePrepositions.includes(toks[after]?.low ?? ''))) return null;
  return { kind: 'pronoun', start: toks[i].start, end: toks[c - 1].end, text: ctx.text.slice(toks[i].start, toks[c - 1].end) };
}

function accordingSource(ctx: SpeakerContext, i: number, limit: number, pronounRef: (t: Tok) => SpeakerRef): SpeakerRef | null {
  const { toks, lex } = ctx;
  // `according to a U.S. official who …`: no one named.
  if (indefiniteRoleAt(ctx, i)) return null;
  // `Menurut pelatih asal Argentina tersebut, …`: a person described (a person noun, then a
  // demonstrative before the comma) is the one it describes, not a name after the comma: read as
  // a definite phrase where it is one, else like a pronoun.
  const described = describedPersonAt(ctx, i, limit);
  if (described) {
    const d0 = definiteStartingAt(ctx, i, limit);
    return d0 !== null ? { kind: 'definite', start: toks[i].start, end: toks[d0 - 1].end, text: ctx.text.slice(toks[i].start, toks[d0 - 1].end) } : described;
  }
  let k = i;
  const indefinite = lex.articles.indefinite;
  while (toks[k] && toks[k].start < limit && (lex.sourceNouns.includes(toks[k].low) || toks[k].low === 'dari' || toks[k].low === 'the' || (k === i && indefinite.includes(toks[k].low)))) k++;
  const t = toks[k];
  if (!t || t.start >= limit) return null;
  // `Menurut penelitian yang dilakukan tim X, …`: a study's finding, whoever did it.
  if (findingOpens(toks, i, k, lex)) return null;
  if (lex.pronouns.includes(t.low)) return pronounRef(t);
  // `menurut kami`: a group (the writers, a crowd) is no one the text names; `menurut pihaknya`
  // (its side, with a clitic) is the party spoken of.
  if (lex.groupPronouns.includes(t.low) && !lex.clitics.some((c) => t.low.endsWith(c) && t.low.length > c.length + 2)) return null;
  const r = speakerAfter(ctx, k, limit);
  // `Menurut Indeks Keamanan Pangan yang disusun oleh The Economist, …`: a document's name, then
  // who released it.
  const rel = r ? tokenAt(toks, r.end) : -1;
  if (r && lex.relativePronouns.includes(toks[rel]?.low ?? '') && lex.releaseVerbs.includes(toks[rel + 1]?.low ?? '')) {
    const agent = rel + 2 + (lex.agentMarkers.includes(toks[rel + 2]?.low ?? '') ? 1 : 0);
    const a = speakerAfter(ctx, agent, limit);
    if (a?.kind === 'name') return a;
  }
  // A definite description there (`menurut negara adidaya itu`) is read as one below: it may be a
  // party, not a person.
  if (r && r.kind !== 'pronoun') return r;
  // `menurut estimasi akhir yang dirilis oleh X`, `menurut data terbaru dari X`: a source noun,
  // a few modifiers, then its author.
  if (k > i) {
    for (let q = k; q < k + 4 && toks[q] && toks[q].start < limit && toks[q].word && !isCap(toks[q]); q++) {
      let agent = -1;
      if (lex.affiliation.includes(toks[q].low)) agent = q + 1;
      else if (lex.relativePronouns.includes(toks[q].low) && lex.releaseVerbs.includes(toks[q + 1]?.low ?? '')) agent = q + 2;
      // `according to a memorandum distributed by X`: a participle with no relative pronoun.
      else if (lex.releaseVerbs.includes(toks[q].low) && lex.agentMarkers.includes(toks[q + 1]?.low ?? '')) agent = q + 1;
      // `according to a statement today by X`: the agent marker itself, after the source noun and a
      // time at most.
      else if (lex.agentMarkers.includes(toks[q].low) && toks.slice(k, q).every((x) => ctx.calendar.has(x.low) || lex.adverbs.includes(x.low))) agent = q;
      if (agent < 0) continue;
      if (lex.agentMarkers.includes(toks[agent]?.low ?? '')) agent++;
      // `a statement from the Indian government`: a nationality and a body noun name the state's body.
      const d = isDefinite(ctx, toks[agent]?.low ?? '') ? agent + 1 : agent;
      if (ctx.demonyms.has(toks[d]?.text ?? '') && lex.bodies.includes(toks[d + 1]?.low ?? '') && toks[d + 1].end <= limit) return ref(ctx, 'name', d, d + 2);
      const a = speakerAfter(ctx, agent, limit);
      // `by RJR's owner, Kohlberg Kravis Roberts amp Co.,`: the name in apposition to a possessed role.
      const e = a ? tokenAt(toks, a.end) : -1;
      if (a && /['’]s$/.test(a.text) && toks[e]?.word && !isCap(toks[e]) && toks[e + 1]?.text === ',' && isCap(toks[e + 2])) {
        const named = speakerAfter(ctx, e + 2, limit);
        if (named?.kind === 'name') return named;
      }
      if (a && a.kind === 'name') return a;
      break;
    }
  }
  // `according to the filing`: a document of a party the text names (resolved like a statement).
  if (toks[i]?.low === 'the' && lex.messageNouns.includes(toks[i + 1]?.low ?? '') && toks[i + 1].start < limit) {
    return { kind: 'definite', start: toks[i].start, end: toks[i + 1].end, text: ctx.text.slice(toks[i].start, toks[i + 1].end) };
  }
  // `menurut negara adidaya itu` (also `menurut laporan tersebut`, where the source noun is the head).
  // A longer description (`menurut peraih medali emas Olimpiade Tokyo 2020 itu`) is a person's.
  const d = definiteStartingAt(ctx, i, limit);
  return d !== null ? { kind: 'definite', start: toks[i].start, end: toks[d - 1].end, text: ctx.text.slice(toks[i].start, toks[d - 1].end) } : r;
}

/** The last speaker found in reading order: where its cue stood and where its words end. */
interface LastSpeaker {
  r: Resolved;
  at: number;
  end: number;
}

interface Person {
  start: number;
  end: number;
  text: string;
  mention: number | null;
}

/** Person mentions to resolve pronouns against: tagger mentions when there are any, else titled names. */
function personMentions(ctx: SpeakerContext, entities: EntityMention[]): Person[] {
  if (entities.length) {
    return entities
      .map((m, i) => ({ m, i }))
      // A degree the tagger took for a name (`Giuseppe Crippa, MD`) stands for no one.
      .filter(({ m }) => m.type === 'PERSON' && !degreesOnly(ctx, tokenAt(ctx.toks, m.start), tokenAt(ctx.toks, m.end)))
      .map(({ m, i }) => ({ start: m.start, end: m.end, text: m.text, mention: i }));
  }
  return titledNames(ctx).map((r) => ({ start: r.start, end: r.end, text: r.text, mention: null }));
}

/**
 * The person a pronoun or role at a cue stands for: the most recent speaker when it spoke within
 * the two paragraphs before, else the nearest person mention before the cue, else the most recent
 * speaker at any distance. A role first looks for the same role printed next to a name earlier.
 */
function antecedent(
  ctx: SpeakerContext,
  ev: Event,
  last: LastSpeaker | null,
  persons: Person[],
  paras: Array<[number, number]>,
  sents: Array<[number, number]>,
  spoken: string[],
  entities: EntityMention[],
): Resolved | null {
  const ref = ev.ref!;
  const cueAt = Math.min(ev.at, ev.start);
  // `Reese's spokeswoman said`, `the minister's spokesman said`: someone's unnamed spokesperson,
  // not the possessor, and no holder of the role printed elsewhere.
  if (ref.kind === 'role' && /['’]s$/.test(ctx.toks[tokenAt(ctx.toks, ref.start) - 1]?.text ?? '')) return null;
  const longName = ref.kind === 'role' ? nameEndingInTitle(ctx, ref) : null;
  if (longName) return nameResolved(ctx, longName, entities);
  if (ref.kind === 'role') {
    // `juru bicara itu` looks for `juru bicara` printed with a name.
    const role = ref.text
      .toLowerCase()
      .replace(/^(the|sang)\s+/, '')
      .split(/\s+/)
      .filter((w, k, all) => !(k === all.length - 1 && k > 0 && ctx.lex.demonstratives.includes(w)))
      .join(' ');
    const found = roleHolderBefore(ctx, role, ref.start, entities);
    if (found) return found;
  }
  // The person the sentence before is about, named after the last speaker's words, takes a
  // pronoun over the last speaker (`Ilal membela diri. Dirinya memastikan …`) when that person
  // has spoken before or is new to the text; not someone only talked about (`Sedianya Mary Jane
  // masuk …. Ia mengaku …` is still the spokesman). Before anyone has spoken, there is no one
  // else to prefer (`Griezmann sendiri tidak menutup kemungkinan …. "…," tuturnya`).
  // `jelas artikel ini`: a document speaks for the author printed with it before (`artikel dari X`).
  const head = ref.text.split(/\s+/)[0].toLowerCase();
  if (ref.kind === 'pronoun' && /\s/.test(ref.text) && ctx.lex.sourceNouns.includes(head)) {
    const author = documentAuthor(ctx, head, ref.start, entities);
    if (author) return author;
  }
  if (ref.kind === 'pronoun') {
    // A description (`Pemain 26 tahun ini`, `petenis 27 tahun ini`) names whom it named before.
    const description = /\s/.test(ref.text) && ctx.lex.personNouns.includes(ref.text.split(/\s+/)[0].toLowerCase());
    const before = description ? describedBefore(ctx, sents, ref) : null;
    if (before) {
      const r = nameResolved(ctx, before.ref, entities);
      if (personLike(ctx, r, entities)) return r;
    }
    const sal = salientName(ctx, sents, cueAt);
    const s = sal?.ref;
    // A description as the subject before its verb (`Hazard sendiri masih …. Pemain 26 tahun ini
    // malah mengaku …`) is about the person just put in focus, as much as a new name would be.
    const subject = description && ref.start < ev.at;
    // A person whose own sentence has a verb of saying (`Minho juga mengiyakan …. Dia
    // mengungkapkan …`) is in focus as a speaker even when printed before.
    const fresh = s && (!last || subject || sal.replies || firstMention(ctx, s) || spoken.some((x) => sameName(x, s.text)) || saysNext(ctx, s));
    if (s && fresh && (!last || (s.start >= last.end && !sameName(s.text, last.r.text)))) {
      const r = nameResolved(ctx, s, entities);
      // A personal pronoun takes a subject who has spoken already, even one the text also prints
      // after a preposition (`harm to Lee`), which alone reads as a place.
      const spokeBefore = ctx.lex.pronouns.includes(ref.text.toLowerCase()) && spoken.some((x) => sameName(x, r.text));
      if (personLike(ctx, r, entities) || spokeBefore) return r;
    }
    // Before anyone has spoken, a description (`ujar eks pelatih akademi Arsenal itu`) is the person
    // last printed with its head noun (`… dibanggakan pelatih Andries Jonker.`).
    const noun = last ? null : descriptionNoun(ctx, ref);
    const withNoun = noun ? namedBefore(ctx, ref, noun) : null;
    if (withNoun) {
      const r = nameResolved(ctx, withNoun, entities);
      if (personLike(ctx, r, entities)) return r;
    }
  }
  const paraOf = (off: number) => spanAt(paras, off, true);
  const cuePara = paraOf(cueAt);
  if (last && cuePara - paraOf(last.at) <= 2) {
    // A person named after the last speaker's words, in the same paragraph as the cue, takes
    // over a bare pronoun, unless the last speaker is named there again (`Indra … Novanto …, kata
    // dia`). A description (`tambah pemain asal Papua itu`) keeps to the speaker it describes.
    // Not a name inside the quote itself (`"… semisal Pekan Olahraga Provinsi," tambahnya`).
    // Nor one inside a phrase (`Terkait poster Sunny, ia mengakui …`): after a lower-case word, a
    // person is an object or a topic, not the one the next clause is about.
    const clauseOpener = (x: Person) => {
      const prev = ctx.toks[tokenAt(ctx.toks, x.start) - 1];
      return !prev?.word || isCap(prev) || ctx.lex.coordinators.includes(prev.low) || ctx.lex.connectives.includes(prev.low);
    };
    const between = persons.filter((x) => x.end <= cueAt && x.start > last.end && paraOf(x.start) === cuePara && !(x.start >= ev.start && x.end <= ev.end) && clauseOpener(x));
    const p = between[between.length - 1];
    const again = between.some((x) => sameName(x.text, last.r.text));
    const bare = ref.kind === 'pronoun' && !/\s/.test(ref.text);
    if (p && !again && entities.length && bare && !sameName(p.text, last.r.text)) return { text: p.text, start: p.start, end: p.end, mention: p.mention };
    return last.r;
  }
  // Past that, the last speaker still outranks someone only talked about since (`… seperti Gus
  // Dur dan Yesus. "…," kata dia`); the nearest person mention serves when no one has spoken.
  if (last) return last.r;
  const p = [...persons].reverse().find((x) => x.end <= cueAt && !(x.start >= ev.start && x.end <= ev.end));
  if (p && cuePara - paraOf(p.start) <= 3) return { text: p.text, start: p.start, end: p.end, mention: p.mention };
  // `…, Hungarian astronaut Bertalan Farkas is leaving …, he said.` opening the text: a pronoun
  // after the statement, with no one before it, is the person the statement is about.
  // Not in a direct quote's own words: a speaker rarely names themself there.
  if (ref.kind === 'pronoun' && ev.at > ev.end && !ev.direct) {
    const inside = persons.find((x) => x.start >= ev.start && x.end <= ev.end);
    if (inside) return { text: inside.text, start: inside.start, end: inside.end, mention: inside.mention };
    // Without the tagger, a full name (two words or more: not `Tired` opening the sentence).
    const end = tokenAt(ctx.toks, ev.end);
    for (let k = tokenAt(ctx.toks, ev.start); k < end; ) {
      const n = firstNameIn(ctx, k, end);
      if (!n) break;
      const r = nameResolved(ctx, n, entities);
      if (/\s/.test(n.text) && personLike(ctx, r, entities)) return r;
      k = tokenAt(ctx.toks, n.end);
    }
  }
  return null;
}

/**
 * `"…," King said.` after `team president Billy King`: a title word printed bare (capitalized, no
 * article) that the text printed before as the last word of a longer name, after a word that is no
 * title, is that name's short form (also `Burger King said`), not a role to look up. Not `Ratu` of
 * `Sekretaris Jenderal Ratu Tisha Destria`, which a title precedes and a name follows.
 */
function nameEndingInTitle(ctx: SpeakerContext, r: SpeakerRef): SpeakerRef | null {
  const { toks } = ctx;
  const k = tokenAt(toks, r.start);
  if (/\s/.test(r.text) || !isCap(toks[k]) || isDefinite(ctx, toks[k - 1]?.low ?? '')) return null;
  const x = (ctx.wordIndex.get(r.text) ?? []).findLast(
    (x) => x < k && x > 0 && isCap(toks[x - 1]) && adjacent(ctx, x - 1) && !ctx.titles.has(toks[x - 1].low) && !(toks[x + 1] && isCap(toks[x + 1]) && adjacent(ctx, x)),
  );
  if (x === undefined) return null;
  let a = x - 1;
  while (a > 0 && isCap(toks[a - 1]) && adjacent(ctx, a - 1) && !ctx.titles.has(toks[a - 1].low) && !sentenceInitial(ctx, a)) a--;
  return ref(ctx, 'name', a, x + 1);
}

/**
 * Per article and role: where the role is printed (in the lower-cased text) and, for the first k
 * of those, the last name printed with it, at k (filled as far as a lookup needs).
 */
const roleHolders = new WeakMap<SpeakerContext, { low: string; byRole: Map<string, { at: number[]; last: Array<Resolved | null> }> }>();

/** The name printed with `role` last before offset `before` (`Kapolsek Cipondoh, Kompol Bayu Suseno`, `X, juru bicara`). */
function roleHolderBefore(ctx: SpeakerContext, role: string, before: number, entities: EntityMention[]): Resolved | null {
  let memo = roleHolders.get(ctx);
  if (!memo) roleHolders.set(ctx, (memo = { low: ctx.text.toLowerCase(), byRole: new Map() }));
  let held = memo.byRole.get(role);
  if (!held) {
    const at: number[] = [];
    for (let i = memo.low.indexOf(role); i >= 0; i = memo.low.indexOf(role, i + 1)) at.push(i);
    memo.byRole.set(role, (held = { at, last: [null] }));
  }
  let count = 0;
  for (let hi = held.at.length; count < hi; ) {
    const mid = (count + hi) >> 1;
    if (held.at[mid] < before) count = mid + 1;
    else hi = mid;
  }
  while (held.last.length <= count) {
    const i = held.at[held.last.length - 1];
    held.last.push(roleHolderAt(ctx, role, i, entities) ?? held.last[held.last.length - 1]);
  }
  return held.last[count];
}

function roleHolderAt(ctx: SpeakerContext, role: string, i: number, entities: EntityMention[]): Resolved | null {
  // The name right after the role (read from the role itself, so that `Kapolsek Cipondoh,
  // Kompol Bayu Suseno` gives the person, not the place), or the one before `, role`.
  const after = speakerAfter(ctx, tokenAt(ctx.toks, i), i + role.length + 60);
  if (after && after.kind === 'name') return nameResolved(ctx, after, entities);
  const tb = tokenAt(ctx.toks, i) - 1;
  if (ctx.toks[tb]?.text === ',') {
    const bb = speakerBefore(ctx, tb + 1, Math.max(0, tb - 6));
    if (bb && bb.kind === 'name') return nameResolved(ctx, bb, entities);
  }
  return null;
}

/**
 * The subject opening the sentence of a pronoun that follows a conjunction there (`X declined …,
 * but she said …`, `The department retreated … when it argued …`): a person's name for a personal
 * pronoun, a party named with the noun for `it`. Null when the pronoun opens its sentence.
 */
function ownSubject(ctx: SpeakerContext, r: SpeakerRef, sents: Array<[number, number]>, entities: EntityMention[]): Resolved | null {
  const { toks, lex } = ctx;
  const sent = sents[spanAt(sents, r.start)];
  if (!sent) return null;
  const a = tokenAt(toks, sent[0]);
  const ri = tokenAt(toks, r.start);
  const joint = toks[ri - 1]?.low ?? '';
  // `When President X first announced …, he said …`: the subject of the fronted clause.
  if (joint === ',' && lex.subordinators.includes(toks[a]?.low ?? '') && !lex.partyPronouns.includes(r.text.toLowerCase())) {
    const n = firstNameIn(ctx, a + 1, Math.min(ri - 1, a + 6));
    const res = n && tokenAt(toks, n.start) <= a + 3 ? nameResolved(ctx, n, entities) : null;
    return res && personLike(ctx, res, entities) ? res : null;
  }
  if (ri <= a + 2 || !(lex.coordinators.includes(joint) || lex.connectives.includes(joint) || lex.subordinators.includes(joint))) return null;
  if (lex.partyPronouns.includes(r.text.toLowerCase())) {
    // `The department …`: the name printed with that noun as its head.
    if (toks[a]?.low !== 'the' || !lex.partyNouns.includes(toks[a + 1]?.low ?? '')) return null;
    const named = namedParty(ctx, { kind: 'definite', start: toks[a].start, end: toks[a + 1].end, text: `${toks[a].text} ${toks[a + 1].text}` });
    return named ? nameResolved(ctx, named, entities) : null;
  }
  // The name must open the sentence: a title cut off before it leaves a run that is no name.
  const n = firstNameIn(ctx, a, Math.min(ri - 1, a + 5));
  if (!n || tokenAt(toks, n.start) !== a) return null;
  const res = nameResolved(ctx, n, entities);
  return personLike(ctx, res, entities) ? res : null;
}

/**
 * The party a group pronoun with a clitic (`Pihaknya`: its side) opening a sentence stands for: the
 * one the sentence before is about (`Pertamina mengklaim …. Pihaknya menjanjikan …`); none when
 * that sentence is about no name (`Sejumlah warga datang …. Pihaknya …`).
 */
function sideOf(ctx: SpeakerContext, r: SpeakerRef, sents: Array<[number, number]>, entities: EntityMention[]): Resolved | null {
  const sal = salientName(ctx, sents, r.start);
  return sal ? nameResolved(ctx, sal.ref, entities) : null;
}

/** The name after the nearest earlier `<noun> (dari|oleh) X` (`artikel dari fitnessmagazine.com`), or null. */
function documentAuthor(ctx: SpeakerContext, noun: string, before: number, entities: EntityMention[]): Resolved | null {
  const { toks, lex } = ctx;
  for (let k = tokenAt(toks, before) - 1; k >= 0; k--) {
    if (toks[k].low !== noun) continue;
    let n = k + 1;
    if (lex.affiliation.includes(toks[n]?.low ?? '') || lex.agentMarkers.includes(toks[n]?.low ?? '')) n++;
    const r = speakerAfter(ctx, n, toks[n + 6]?.end ?? before);
    if (r?.kind === 'name') return nameResolved(ctx, r, entities);
  }
  return null;
}

/**
 * The named party a definite noun phrase stands for (`Kartel itu menyatakan` after a sentence
 * about OPEC, `menurut negara adidaya itu` after `Amerika`): the nearest name before it in its
 * sentence, else the first name of the sentence before (its usual subject).
 */
function definiteAntecedent(
  ctx: SpeakerContext,
  ref: SpeakerRef,
  sents: Array<[number, number]>,
  entities: EntityMention[],
  quoted: (off: number) => boolean,
): Resolved | null {
  const si = spanAt(sents, ref.start);
  if (si < 0) return null;
  // Names inside quote marks are a speaker's words, not the text naming a party (`"… akan OK."`);
  // an outlet cited (`Dikutip dari CNN, pernyataan itu …`) is where the text was read, not a party.
  const cited = (m: Resolved): boolean => {
    const i = tokenAt(ctx.toks, m.start);
    return ctx.lex.citeCues.some((c) => {
      const w = c.split(/\s+/);
      return w[0] === m.text.toLowerCase() || w.every((x, k) => ctx.toks[i - w.length + k]?.low === x);
    });
  };
  const names = (from: number, to: number): Resolved[] => (entities.length ? mentionsIn(from, to) : runsIn(from, to)).filter((m) => !quoted(m.start) && !cited(m));
  // `pebalap asal Inggris tersebut`: a description of a person stands for a person.
  const person = ctx.lex.personNouns.includes(ref.text.split(/\s+/)[0].toLowerCase());
  const mentionsIn = (from: number, to: number): Resolved[] =>
    entities
      .map((m, i) => ({ text: m.text, start: m.start, end: m.end, mention: i as number | null, type: m.type }))
      .filter((m) => m.start >= from && m.end <= to && (!person || m.type === 'PERSON'))
      .map(({ type: _type, ...m }) => m);
  const runsIn = (from: number, to: number): Resolved[] => {
    const out: Resolved[] = [];
    const { toks } = ctx;
    for (let i = tokenAt(toks, from); i < toks.length && toks[i].end <= to; i++) {
      if (!isCap(toks[i])) continue;
      const e = runForward(ctx, i, to);
      const c = cleanRun(ctx, i, e);
      // `Negara ini …` at a sentence start is a definite phrase, not a name.
      const definite = c && c[1] - c[0] === 1 && ctx.lex.demonstratives.includes(toks[c[1]]?.low ?? '');
      // `Pebalap LCR Honda, Cal Crutchlow …`: a role and its team before the comma; the name follows.
      const role = toks[e]?.text === ',' && isCap(toks[e + 1]) && (ctx.lex.personNouns.includes(toks[i].low) || ctx.titles.has(toks[i].low));
      if (c && !definite && !role) out.push({ text: ctx.text.slice(toks[c[0]].start, toks[c[1] - 1].end), start: toks[c[0]].start, end: toks[c[1] - 1].end, mention: null });
      i = Math.max(i, e - 1);
    }
    return out;
  };
  const here = names(sents[si][0], ref.start);
  if (here.length) return here[here.length - 1];
  // Else the first name of the nearest sentence before that has one (up to three back), past a
  // dateline (`RIYADH, KOMPAS.com - `), which names a place and an outlet, not a party.
  for (let k = si - 1; k >= Math.max(0, si - 3); k--) {
    const [s0, e0] = sents[k];
    const dl = DATELINE.exec(ctx.text.slice(s0, e0));
    const first = names(s0 + (dl ? dl[0].length : 0), e0)[0];
    if (first) return first;
  }
  return null;
}

/**
 * A dateline opening a sentence: capitals, commas and an outlet's `.com`, then a dash; or in mixed
 * case, a place and an outlet of up to three words after a comma or in brackets, then a spaced
 * dash (`Jakarta, CNN Indonesia - - `, `London (ANTARA News) - `).
 */
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\s,.()/]*(?:\.com|\.co\.id)?\s*[-–—]+\s*|\p{Lu}\p{L}+(?:,\s*(?:[\p{L}.]+\s){0,2}[\p{L}.]+|\s*\([^)]{1,30}\))\s+[-–—](?:\s*[-–—])*\s+)/u;

/**
 * Direct and indirect quotes of one article. See the module comment for what `speaker` holds.
 */
export function annotateQuotes(article: CleanArticle, pack: LangPack, entities: EntityMention[], hits = findQuotes(article.text, pack, entities)): QuoteSpan[] {
  return hits.map((h) => {
    const m = h.speakerMention !== null ? entities[h.speakerMention] : null;
    const speaker = m ? (m.entity ?? m.text) : h.speakerText;
    return { start: h.start, end: h.end, text: h.text, speaker, direct: h.direct };
  });
}
