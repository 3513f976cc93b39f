/**
 * Indirect speech: statements reported without quote marks (`X mengatakan, …`, `Menurut X, …`,
 * `…, kata X.`, `X said (that) …`, `According to X, …`), each with the cue that names its speaker.
 * Each sentence is read token by token, by cue kind: `menurut`/according to (according.ts), a
 * reporting phrase, a participle (participle.ts), `quoted as saying`, a cue verb inside the sentence,
 * a verb of saying after its subject (reporting.ts); then the cues put after the statement
 * (postposed.ts).
 */
import { accordingStatement } from './according.js';
import { roleTail } from './apposition.js';
import { accordingAt, DATELINE, type Event, isCueVerb, isReporting, isWeak, opensPredicate, pronounRef, type QuoteContext, stemWithClitic, withClitic } from './context.js';
import { channelOfStatement, continuationAt, passiveOfReporting } from './cue-phrases.js';
import { directIn, type Findings, opensDirect, type Sentence } from './found.js';
import { openingParticipleStatement, participleStatement } from './participle.js';
import { asReportedOpening, passivePostPosed, postPosedCue } from './postposed.js';
import { reportAt } from './reporting.js';
import { nameToken, runForward, speakerAfter, speakerBefore, type SpeakerRef } from './speaker.js';
import { quotedBody, quotedHolder } from './subjects.js';
import { isCap, matchPhrase, tokenAt, trimSpan, wordCount } from './text.js';

/** Indirect speech, sentence by sentence: each statement found is pushed onto `quotes.events`. */
export function findIndirectSpeech(ctx: QuoteContext, quotes: Findings): void {
  const { text, toks, paras, sents, pairs, inQuote } = ctx;
  for (const [ss, se] of sents) {
    if (inQuote(ss + 1) && inQuote(se - 1)) continue;
    // A wire lead's dateline (`Bandung (ANTARA News) - …, kata X.`) is no part of the statement put
    // before a cue.
    const lead = ss + (paras.some(([p0]) => p0 === ss) ? (DATELINE.exec(text.slice(ss, se))?.[0].length ?? 0) : 0);
    const a = tokenAt(toks, ss);
    let b = a;
    while (toks[b] && toks[b].start < se) b++;
    let found = statementIn(ctx, quotes, { ss, se, lead, a, b });
    // A sentence cut at a `?` inside a quote (`"… gimana? Di usia ini …," kata X`): its start is
    // still the quote's words, which the direct quote holds.
    // A statement opening with a quoted phrase and running past it (`Saying ``…'' about …,`) is
    // still one statement.
    const f = found;
    const runsPast = !!f && pairs.some((p) => p.open + p.openLen === f.start && p.close < f.end);
    if (found && !found.direct && inQuote(found.start) && !runsPast) found = null;
    if (found) quotes.events.push(found);
  }
}

/** The statement a sentence reports, by the first cue that finds one; null when none does. */
function statementIn(ctx: QuoteContext, quotes: Findings, sent: Sentence): Event | null {
  const { toks, lex, inQuote } = ctx;
  const { ss, se, a, b } = sent;
  let found: Event | null = null;
  // Reporting clauses with their own subjects (`…, P mengaku Q, Mardiasmo menuturkan R`).
  const more: Event[] = [];
  for (let v = a; v < b && !found; v++) {
    const t = toks[v];
    if (!t.word || inQuote(t.start)) continue;
    // `Menurut X, …` / `Menurutnya, …`
    const acc = accordingAt(ctx, v);
    if (acc > 0 || (withClitic(lex, t) && lex.accordingTo.includes(t.low.slice(0, -lex.clitics.find((c) => t.low.endsWith(c))!.length)))) {
      // The sentence has a verb of saying with a subject of its own before the source (`more`):
      // its speaker speaks, and a source after it mostly only relays the statement.
      found = accordingStatement(ctx, quotes, sent, v, acc, more.length > 0);
      continue;
    }
    const cued = cueStatementAt(ctx, quotes, sent, v);
    if (cued === 'stop') break;
    if (cued) {
      found = cued;
      break;
    }
    const ev = reportAt(ctx, quotes, sent, v);
    if (!ev) continue;
    const r = ev.ref!;
    // `X said …, and added it will …`, `…, but admitted …`: a second verb of the same subject,
    // after its first content.
    const prevEv = more[more.length - 1];
    if (prevEv && r.start < prevEv.start && (lex.coordinators.includes(toks[v - 1].low) || lex.contrastives.includes(toks[v - 1].low)) && toks[v - 2]?.text === ',') {
      ev.sameAs = prevEv;
      more.push(ev);
      v = tokenAt(toks, ev.start) - 1;
      continue;
    }
    if (r.kind === 'name' || r.kind === 'pronoun') {
      // `X mengatakan, ia memperkirakan …`: a pronoun opening the content is still X's clause.
      // So is a clause of its own there (`Erick menyampaikan, KM mengaku …`): a report within
      // the report, whose speaker is the outer one.
      if (prevEv && r.start <= prevEv.start + 1) continue;
      // `X mengatakan, berdasarkan keterangan saksi Y satpam Z menjelaskan, …`: a witness's account
      // the speaker relays, cited within the speaker's own statement, stays the speaker's.
      if (prevEv && relayedAccount(ctx, prevEv, v)) continue;
      more.push(ev);
      v = tokenAt(toks, ev.start) - 1;
      continue;
    }
    found = ev;
  }
  if (!found && more.length) found = splitReports(ctx, quotes, more);
  // Passive report cue: `…, demikian seperti diumumkan oleh Kremlin.`
  if (!found) found = asReportedOpening(ctx, quotes, sent);
  if (!found) found = passivePostPosed(ctx, quotes, sent);
  if (!found && !directIn(quotes, ss, se)) found = postPosedCue(ctx, quotes, sent);
  return found;
}

/**
 * Does the statement `outer` open with a basis cue (`berdasarkan keterangan …`) whose clause, with
 * no comma, runs on to the verb of saying at token v? Then that verb reports inside the statement.
 */
function relayedAccount(ctx: QuoteContext, outer: Event, v: number): boolean {
  const { toks, lex } = ctx;
  const o = tokenAt(toks, outer.start);
  if (toks[o]?.start !== outer.start || v <= o || toks[v].start >= outer.end) return false;
  const k = matchPhrase(toks, o, lex.basisCues);
  if (k < 0 || !lex.sourceNouns.includes(toks[k]?.low ?? '')) return false;
  return toks.slice(k, v).every((t) => t.word);
}

/**
 * A cue at token v that is not a plain verb after its subject: a reporting phrase, a participle,
 * `quoted as saying`, a cue verb inside or opening the sentence. 'stop' when nothing else in the
 * sentence reports.
 */
function cueStatementAt(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number): Event | 'stop' | null {
  return (
    reportingPhraseStatement(ctx, quotes, sent, v) ??
    openingParticipleStatement(ctx, sent, v) ??
    participleStatement(ctx, quotes, sent, v) ??
    quotedAsSaying(ctx, quotes, sent, v) ??
    inlineCueStatement(ctx, quotes, sent, v)
  );
}

/**
 * Several reporting clauses with their own subjects in one sentence (`…, P mengaku Q, Mardiasmo
 * menuturkan R`): each keeps its own content; the last is returned, the others pushed.
 */
function splitReports(ctx: QuoteContext, quotes: Findings, more: Event[]): Event | null {
  const { text, toks } = ctx;
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
  const last = kept.pop() ?? null;
  quotes.events.push(...kept);
  return last;
}

/** `Doris Meissner, the INS commissioner, made it clear that …`: a phrase stating a clause. */
function reportingPhraseStatement(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number): Event | null {
  const { text, toks, lex } = ctx;
  const { se, a } = sent;
  const t = toks[v];
  const phraseEnd = matchPhrase(toks, v, lex.reportingPhrases);
  if (phraseEnd > 0 && lex.complementizers.includes(toks[phraseEnd]?.low ?? '') && toks[phraseEnd + 1]?.start < se) {
    // Its subject starts after the last connective (`…, but Doris Meissner, …, made it clear`).
    let floor = a;
    for (let q = v - 1; q > a; q--) if (lex.connectives.includes(toks[q].low)) { floor = q + 1; break; }
    const r = speakerBefore(ctx, v, floor);
    const [cs, ce] = trimSpan(text, toks[phraseEnd + 1].start, se, '.');
    if (r && (r.kind === 'name' || r.kind === 'pronoun') && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(ctx, quotes, cs)) {
      return { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
    }
  }
  return null;
}

/** `The Argus quoted immigration official X as saying …`: the person quoted speaks. */
function quotedAsSaying(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number): Event | null {
  const { text, toks, lex } = ctx;
  const { se, a } = sent;
  const t = toks[v];
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
      const m = quotedHolder(ctx, v + 2, se) ?? quotedBody(ctx, v + 1, se);
      if (m) [r, k] = m;
    }
    if (k > 0 && lex.complementizers.includes(toks[k]?.low ?? '')) k++;
    // `…,'' Yeltsin was quoted as saying by the news agency.`: the quoting agent, no content.
    if (k > 0 && lex.agentMarkers.includes(toks[k]?.low ?? '')) k = -1;
    const [cs, ce] = k > 0 && toks[k] && toks[k].start < se ? trimSpan(text, toks[k].start, se, '.') : [-1, -1];
    if (r && cs >= 0 && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(ctx, quotes, cs)) {
      return { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
    }
  }
  return null;
}

/**
 * Cue inside the sentence: `Namun, kata Ali, PT INTI …`, `Artinya, lanjut dia, …`,
 * `Upaya ini, diakui Tikno, …` (a passive verb with its agent).
 * `Dikatakannya, …` opening a sentence: the clitic is the agent, as the pronoun of `Ditegaskan, …` is.
 * `Adapun …, diperkirakan Sis Apik, akan …`: the passive of any reporting verb, between commas
 * with a name as its agent (agentless `Diperkirakan, …` and `diperkirakan 30 juta …` are no cues).
 */
function inlineCueStatement(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number): Event | null {
  const { text, toks, lex } = ctx;
  const { ss, se, lead, a } = sent;
  const t = toks[v];
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
  // Nor after a preposition, where the bare stem is a noun (`dengan nilai mencapai …`, `dengan kata lain`).
  const preposition = [...lex.comitatives, ...lex.channelMarkers, ...lex.locativePrepositions].includes(toks[v - 1]?.low ?? '');
  const bareCue = v > a && toks[v - 1].word && !passive && !preposition && !stemWithClitic(t.low, lex, lex.cueVerbs) && !lex.genericRoles.includes(toks[v - 1].low);
  const barePassive = passive && v > a && toks[v - 1].word;
  // `Dalam keterangan lain disebutkan …`: an agentless passive after a channel that is a
  // statement reports the statement of the person last named, as `Ditegaskan, …` does (not
  // `Di sana disebutkan`, where no statement is named).
  if (passive && channelOfStatement(ctx, a, v) && toks[v + 1]?.word && !isCap(toks[v + 1])) {
    let k = v + 1;
    while (toks[k] && toks[k].start < se && (toks[k].text === ',' || lex.complementizers.includes(toks[k].low))) k++;
    const [cs, ce] = toks[k] && toks[k].start < se ? trimSpan(text, toks[k].start, se, '.') : [-1, -1];
    if (cs >= 0 && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(ctx, quotes, cs)) {
      return { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: pronounRef(t) };
    }
  }
  if ((isCueVerb(lex, t) || passive) && (v === a || toks[v - 1].text === ',' || bareCue || barePassive) && !isReporting(lex, t)) {
    let r: SpeakerRef | null = null;
    let k = v + 1;
    if (!passive && stemWithClitic(t.low, lex, lex.cueVerbs)) r = pronounRef(t);
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
    // Not a verb that also reports after its subject, with a name or pronoun before it (`Jane Porter
    // just tweeted she will …`).
    const before = bareCue && isWeak(lex, t) ? speakerBefore(ctx, v, a) : null;
    const ownSubject = before?.kind === 'name' || before?.kind === 'pronoun';
    const inClause = (bareCue || toks[v - 1]?.text === ',') && !ownSubject && spoken && r!.start === toks[v + 1]?.start && opensPredicate(lex, toks[k]) && !isCueVerb(lex, toks[v - 1]) && !isReporting(lex, toks[v - 1]);
    // A capital opening the sentence on a common word (`Sebetulnya kata X, …`: a function word or
    // one with a pronoun clitic) is no name before the cue.
    const commonOpener = v - 1 === a && (ctx.notName.has(toks[a].low) || withClitic(lex, toks[a]));
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
      const contFrom = v > a && toks[v - 1].text === ',' && !midClitic ? continuationAt(ctx, toks[k]?.text === ',' ? k + 1 : k, se) : -1;
      if (contFrom > 0) {
        [cs, ce] = trimSpan(text, lead, toks[v - 1].start, ',');
        const [c2, e2] = trimSpan(text, toks[contFrom].start, se, '.');
        if (wordCount(text.slice(cs, ce)) >= 3 && wordCount(text.slice(c2, e2)) >= 3 && !directIn(quotes, cs, ce) && !opensDirect(ctx, quotes, c2)) {
          const found: Event = { start: cs, end: ce, at: t.start, direct: false, cue: 'after-indirect', ref: r };
          quotes.events.push({ start: c2, end: e2, at: toks[contFrom - 1].start, direct: false, cue: 'indirect', ref: r, sameAs: found });
          return found;
        }
        cs = -1;
      } else if (midClitic) [cs, ce] = trimSpan(text, ss, se, '.');
      else if (openingClitic) [cs, ce] = trimSpan(text, toks[v + 1].start, se, '.');
      else if (subjectOpener) [cs, ce] = trimSpan(text, ss, se, '.');
      else if (apposedRole) [cs, ce] = trimSpan(text, lead, toks[v - 1].start, ',');
      else if (toks[k]?.text === ',' && toks[k].start < se) [cs, ce] = trimSpan(text, toks[k].end, se, '.');
      else if ((passive && v > a) || inClause || openerCue) [cs, ce] = trimSpan(text, ss, se, '.');
      if (cs >= 0 && wordCount(text.slice(cs, ce)) >= 3 && !opensDirect(ctx, quotes, cs) && !(apposedRole && directIn(quotes, cs, ce))) {
        return { start: cs, end: ce, at: t.start, direct: false, cue: apposedRole ? 'after-indirect' : 'indirect', ref: r };
      }
    }
  }
  return null;
}
