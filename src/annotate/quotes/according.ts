/**
 * `Menurut X, …`, `according to X`: the source a statement is attributed to.
 */
import { indefiniteRoleAt, pronounRef } from './context.js';
import { findingOpens } from './subjects.js';
import { definiteStartingAt, descriptionHead, isDefinite, ref, runForward, speakerAfter, type SpeakerContext, type SpeakerRef } from './speaker.js';
import { isCap, tokenAt } from './text.js';

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
