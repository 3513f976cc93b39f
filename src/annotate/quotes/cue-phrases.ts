/**
 * Cue phrases around a statement other than a verb and its subject: `seperti dijelaskan (oleh)
 * X`, `demikian dilaporkan X`, and an outlet relaying a statement (`demikian dikutip Reuters dari
 * pernyataan resmi X`), whose issuer speaks.
 */
import type { SpeechLexicon } from '../../lang/speech.js';
import { cleanRun, issuerOfSource, nameToken, ref, runForward, speakerAfter, type SpeakerContext, type SpeakerRef } from './speaker.js';
import { isCap, matchPhrase } from './text.js';

/** `seperti dijelaskan (oleh)` at token i: the index after it (where the agent starts), or -1. */
export function asPassiveAt(ctx: SpeakerContext, i: number): number {
  const { toks, lex } = ctx;
  if (!toks[i] || !lex.asCues.includes(toks[i].low)) return -1;
  // `seperti yang dikonfirmasi oleh X`: a relative pronoun may stand before the verb.
  const p = lex.relativePronouns.includes(toks[i + 1]?.low ?? '') ? i + 2 : i + 1;
  if (!toks[p] || !lex.passiveCueVerbs.includes(toks[p].low)) return -1;
  return lex.agentMarkers.includes(toks[p + 1]?.low ?? '') ? p + 2 : p + 1;
}

/** `demikian dilaporkan (oleh)`, `demikian keterangan` at token i (after a comma): the index after it, or -1. */
export function postPosedAt(ctx: SpeakerContext, i: number): number {
  const { toks, lex } = ctx;
  const h = toks[i + 1]?.low ?? '';
  if (!lex.postPosedMarkers.includes(toks[i]?.low ?? '') || !(lex.passiveCueVerbs.includes(h) || lex.releaseVerbs.includes(h) || lex.sourceNouns.includes(h))) return -1;
  // `demikian bunyi keterangan resmi X`: more source nouns may follow the first.
  let k = i + 2;
  while (toks[k] && lex.sourceNouns.includes(toks[k].low)) k++;
  return lex.agentMarkers.includes(toks[k]?.low ?? '') ? k + 1 : k;
}

/**
 * `demikian dikutip Reuters dari pernyataan resmi The Fed`, `seperti dilansir AFP dari keterangan
 * Kementerian X` at token i (after a quote): an outlet relays a statement, so the statement's
 * issuer speaks, never the outlet. Only passive citation cues (`dikutip`, `dilansir`), and only
 * when a source noun follows the affiliation (`dikutip dari Reuters` names the outlet alone).
 */
export function relayedIssuer(ctx: SpeakerContext, i: number, end: number): SpeakerRef | null {
  const { toks, lex } = ctx;
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
}

/**
 * Where the words from token q on continue a cue with no subject of their own (`…, kata X,
 * menambahkan bahwa …`, `… seraya menegaskan bahwa …`): the first token after the complementizer,
 * else -1.
 */
export function continuationAt(ctx: SpeakerContext, q: number, se: number): number {
  const { toks, lex } = ctx;
  if (lex.continuationMarkers.includes(toks[q]?.low ?? '')) q++;
  if (!lex.continuationVerbs.includes(toks[q]?.low ?? '')) return -1;
  const c = Math.max(q + 1, matchPhrase(toks, q + 1, lex.adverbs));
  return lex.complementizers.includes(toks[c]?.low ?? '') && toks[c + 1] && toks[c + 1].start < se ? c + 1 : -1;
}

/** `diperkirakan` for `memperkirakan`: a passive prefix on the stem of a reporting verb. */
export function passiveOfReporting(lex: SpeechLexicon, w: string): boolean {
  const p = lex.passivePrefixes.find((x) => w.startsWith(x));
  if (!p) return false;
  const stem = w.slice(p.length);
  return stem.length >= 4 && lex.reportingVerbs.some((r) => lex.activePrefixes.some((x) => r === x + stem));
}

/**
 * Do the tokens `[a, v)` opening a sentence name a statement as where the words were said: a
 * channel marker, then a message noun and at most two more lower-case words (`Dalam keterangan
 * lain`, `Melalui siaran pers itu`)?
 */
export function channelOfStatement(ctx: SpeakerContext, a: number, v: number): boolean {
  const { toks, lex } = ctx;
  if (v - a < 2 || v - a > 4 || !lex.channelMarkers.includes(toks[a].low) || !lex.messageNouns.includes(toks[a + 1].low)) return false;
  return toks.slice(a + 2, v).every((x) => x.word && !isCap(x));
}
