/**
 * `Menurut X, …`, `according to X`: the source a statement is attributed to.
 */
import { accordingAt, type Event, indefiniteRoleAt, isCueVerb, isReporting, isWeak, pronounRef, type QuoteContext } from './context.js';
import { degreesOnly } from './degrees.js';
import { directIn, type Findings, type Sentence } from './found.js';
import { definiteStartingAt, descriptionHead, isDefinite, ref, runForward, speakerAfter, speakerBefore, type SpeakerContext, type SpeakerRef } from './speaker.js';
import { findingOpens } from './subjects.js';
import { isCap, type Tok, tokenAt, trimSpan, wordCount } from './text.js';

/** The source after `menurut` / `according to`: skips source nouns (`laporan`), takes the name. */
export function accordingSource(ctx: SpeakerContext, i: number, limit: number): SpeakerRef | null {
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
  // `according to her publicist, Jack Ketsoyan`: the name after the possessed role; a possessed
  // thing with no name (`according to her official biography`) is no one named.
  if (lex.possessives.includes(toks[i].low)) {
    const named = speakerAfter(ctx, i + 1, limit);
    return named?.kind === 'name' ? named : null;
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

/**
 * `Menurut X, …`, `Menurutnya, …`, `…, according to Y`: the statement attributed to the source at
 * token v (its source starts at `acc`, or v itself carries a clitic). `ownReportBefore`: the sentence
 * has a verb of saying with a subject of its own before the source; its speaker speaks, and a source
 * after it mostly only relays the statement.
 */
export function accordingStatement(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number, acc: number, ownReportBefore: boolean): Event | null {
  const { text, toks, lex, inQuote } = ctx;
  const { ss, se, lead, a, b } = sent;
  const t = toks[v];
  let r: SpeakerRef | null;
  let k: number;
  if (acc > 0) {
    r = accordingSource(ctx, acc, se);
    k = acc;
  } else {
    r = pronounRef(t);
    k = v + 1;
  }
  // `Budi menegaskan bahwa … menurut pernyataan X`: the sentence's own subject and verb of
  // saying speak; the source, run on with no comma, only relays it.
  if (!r || (ownReportBefore && toks[v - 1].word)) return null;
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
    const saidLast = isCueVerb(lex, toks[w]) && !inQuote(toks[w].start);
    if (acc > 0 && (saidLast ? !ownReportBefore : ownReportBefore)) return null;
    [cs, ce] = trimSpan(text, lead, toks[v - 1].start, '.,');
  } else if (acc > 0 && v > a + 3 && toks[v - 1].word && !ctx.notName.has(toks[v - 1].low) && toks.slice(rEnd, b).every((x) => !x.word) && !ownReportBefore && !toks.slice(a, v).some((x) => isCueVerb(lex, x) || isReporting(lex, x) || isWeak(lex, x))) {
    // `… sebelum Olimpiade di Tokyo menurut warta laman X.`: with no comma, a source closing the
    // sentence still attributes the clause before it (not one mid-sentence, read above; not
    // when the sentence has its own verb of saying, whose speaker the source only relays).
    [cs, ce] = trimSpan(text, lead, toks[v - 1].end, '.,');
  } else if (acc > 0 && partialQuoteBefore(ctx, sent, v)) {
    // `The suspect was "deliberately seeking out …," according to Lt. X`: a quote running to the
    // end of the clause the source closes is part of that one statement, up to its closing mark.
    [cs, ce] = trimSpan(text, lead, toks[v - 1].start, '.,');
  } else if (v === a && !(toks[k] && toks[k].start < se) && toks[rEnd]?.word && !isCap(toks[rEnd]) && toks[rEnd].start < se) {
    // `Menurut pebalap asal Inggris tersebut sasis …`, `Menurutnya ajang ini …`: no comma
    // closes the source; the clause after it, opening with a lower-case word, is the statement.
    [cs, ce] = trimSpan(text, toks[rEnd].start, se, '.');
  } else return null;
  if (wordCount(text.slice(cs, ce)) < 3 || directIn(quotes, cs, ce)) return null;
  // `Menurut pernyataan X, dalam rapat …, Budi menyatakan bahwa …`: so do they after the source.
  if (ownReportIn(ctx, cs, ce)) return null;
  return { start: cs, end: ce, at: t.start, direct: false, cue: 'according', ref: r };
}

/**
 * Does a quote close right before the source at token v, one opened inside the sentence after a
 * word of the clause (`tensions "seemed to be …," according to`), in a sentence with no verb of
 * saying outside quotes?
 */
function partialQuoteBefore(ctx: QuoteContext, sent: Sentence, v: number): boolean {
  const { text, toks, lex, pairs, inQuote } = ctx;
  const mark = toks[v - 1];
  const p = mark ? pairs.find((x) => x.closed && x.close === mark.start) : undefined;
  if (!p || p.open <= sent.lead) return false;
  const before = toks[tokenAt(toks, p.open) - 1];
  if (!before?.word || before.start < sent.lead || /[.!?…:]["”'’]*$/.test(text.slice(p.open, p.close).trim())) return false;
  return !toks.slice(sent.a, v).some((x) => !inQuote(x.start) && (isCueVerb(lex, x) || isReporting(lex, x)));
}

/**
 * Does the clause `[cs, ce)` hold a verb of saying with a named subject of its own, then a
 * complementizer or a comma (`dalam rapat …, Budi menyatakan bahwa …`)?
 */
function ownReportIn(ctx: QuoteContext, cs: number, ce: number): boolean {
  const { toks, lex, inQuote } = ctx;
  const c0 = tokenAt(toks, cs);
  for (let q = c0 + 1; q < toks.length && toks[q].start < ce; q++) {
    if (!isReporting(lex, toks[q]) || inQuote(toks[q].start)) continue;
    const n = lex.verbModifiers.includes(toks[q + 1]?.low ?? '') ? q + 2 : q + 1;
    // What it says follows inside the clause (not `…, X said, according to …`).
    if (!toks[n] || !(lex.complementizers.includes(toks[n].low) || toks[n].text === ',') || !(toks[n + 1]?.start < ce)) continue;
    const r = speakerBefore(ctx, q, c0);
    if (r?.kind === 'name' && r.start >= cs) return true;
  }
  return false;
}

/**
 * The first `according to` outside quotes at tokens [q0, b) before offset ce, right after a token
 * `after` accepts (a comma: `X said …, according to Y`; a word: `Budi menegaskan bahwa … menurut
 * pernyataan X`): where a relay's phrase opens inside a statement, else -1.
 */
export function relayAt(ctx: QuoteContext, q0: number, b: number, ce: number, after: (p: Tok) => boolean): number {
  const { toks, inQuote } = ctx;
  for (let q = q0; q < b && toks[q].start < ce; q++) if (after(toks[q - 1]) && accordingAt(ctx, q) > 0 && !inQuote(toks[q].start)) return q;
  return -1;
}
