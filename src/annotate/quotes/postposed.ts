/**
 * Cues after the statement they attribute (`…, kata X.`, `…, the minister said.`, `…, seperti
 * dijelaskan X`) and the passive `Seperti dikatakan X, …` opening it.
 */
import { clauseFollows, frontedAdjunct, listenerOnly } from './clause.js';
import { type Event, isCueVerb, isReporting, isWeak, pronounRef, qualifiesNoun, type QuoteContext, stemWithClitic } from './context.js';
import { asPassiveAt, postPosedAt } from './cue-phrases.js';
import { directIn, type Findings, type Sentence } from './found.js';
import { isDefinite, issuerOfMessage, speakerAfter, speakerBefore, type SpeakerRef } from './speaker.js';
import { partyRef } from './subjects.js';
import { isCap, matchPhrase, tokenAt, trimSpan, wordCount } from './text.js';

/** `Seperti dikatakan X, …` / `Seperti disampaikan dalam pidato …, …` opening the sentence. */
export function asReportedOpening(ctx: QuoteContext, quotes: Findings, sent: Sentence): Event | null {
  const { text, toks } = ctx;
  const { se, a } = sent;
  const opening = asPassiveAt(ctx, a);
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
      if (wordCount(text.slice(cs, ce)) >= 3 && !directIn(quotes, cs, ce)) return { start: cs, end: ce, at: toks[a].start, direct: false, cue: 'according', ref: r };
    }
  }
  return null;
}

/**
 * `…, seperti dijelaskan X, …`, `… demikian dikatakan X, …`: a passive cue after the statement, with
 * its agent; before it, the statement.
 */
export function passivePostPosed(ctx: QuoteContext, quotes: Findings, sent: Sentence): Event | null {
  const { text, toks, lex } = ctx;
  const { ss, se, a, b } = sent;
  for (let v = a + 3; v < b; v++) {
    // `… yang ditetapkan demikian dikatakan X, …`: a post-posed `demikian <passive verb>` needs no comma.
    const bare = toks[v - 1].text !== ',';
    if (bare && !(toks[v - 1].word && lex.passiveCueVerbs.includes(toks[v + 1]?.low ?? '') && postPosedAt(ctx, v) > 0)) continue;
    // `…, seperti dijelaskan X, kepada …`
    const e = Math.max(matchPhrase(toks, v, lex.passiveReportCues), asPassiveAt(ctx, v), postPosedAt(ctx, v));
    if (e < 0) continue;
    const r = speakerAfter(ctx, e, se);
    const [cs, ce] = trimSpan(text, ss, bare ? toks[v - 1].end : toks[v - 1].start, ',');
    // `"…," said one expert, as reported by the Times`: a quote with its own verb before the
    // cue; the outlet only carried it.
    if (quotes.direct.some((d) => d.cue === 'after' && d.at >= cs && d.at < ce)) return null;
    if (r && wordCount(text.slice(cs, ce)) >= 3) return { start: cs, end: ce, at: toks[v].start, direct: false, cue: 'after-indirect', ref: r };
    return null;
  }
  return null;
}

/** Post-posed cue without quote marks: `…, kata X.`, `…, katanya.`, `…, the minister said.` */
export function postPosedCue(ctx: QuoteContext, quotes: Findings, sent: Sentence): Event | null {
  const { text, toks, lex } = ctx;
  const { se, lead, a, b } = sent;
  for (let v = b - 1; v > a + 2; v--) {
    const t = toks[v];
    if (!t.word) continue;
    // A weaker verb ending the sentence cues it too (`…, Sgt. Barry White testified.`), not a request.
    const closing = isWeak(lex, t) && !lex.directives.includes(t.low) && toks.slice(v + 1, b).every((x) => !x.word);
    if (!(isCueVerb(lex, t) || isReporting(lex, t) || closing) || qualifiesNoun(ctx, v)) continue;
    if (quotes.anonymous.has(v)) return null;
    // `… attacks on alleged terrorist sites`: after an article or a preposition the word qualifies
    // a noun; the cue may stand before it.
    const prevWord = toks[v - 1].low;
    const qualifier = isDefinite(ctx, prevWord) || lex.articles.indefinite.includes(prevWord) || lex.stopAfterName.includes(prevWord);
    if (qualifier && ![...lex.cueVerbs, ...lex.reportingVerbs, ...lex.coordinators, ...lex.relativePronouns, ...lex.subordinators].includes(prevWord)) continue;
    let r: SpeakerRef | null = null;
    let commaTok = v - 1;
    // `Acme, a provider of …, announced a new system …`: an indefinite article after the verb
    // opens its object; a speaker put after the verb is named, not introduced.
    if (toks[v - 1].text === ',' && lex.articles.indefinite.includes(toks[v + 1]?.low ?? '')) return null;
    if (toks[v - 1].text === ',') r = stemWithClitic(t.low, lex, lex.cueVerbs) ? pronounRef(t) : speakerAfter(ctx, v + 1, se);
    else {
      // `…, the minister said.` / `…, Smith said.`
      let c = v - 1;
      while (c > a && toks[c].text !== ',') c--;
      // A name of many words counts once (`the South African Foreign Affairs Department said`).
      const units = toks.slice(c + 1, v).filter((x, q, xs) => x.word && !(q > 0 && isCap(x) && isCap(xs[q - 1]))).length;
      // `…, an official from the organization said.`: an indefinite subject names no one.
      // Not a message a named body issued (`…, a Defence Ministry statement said.`).
      if (c > a && lex.articles.indefinite.includes(toks[c + 1]?.low ?? '') && !issuerOfMessage(ctx, v - 1, c + 1)) {
        quotes.anonymous.add(v);
        return null;
      }
      // `…, saying he had told …`: a participle's own clause, not a cue put after the statement.
      if (c > a && lex.participleCues.includes(toks[c + 1]?.low ?? '')) return null;
      if (c > a && units <= 5) {
        r = speakerBefore(ctx, v, c + 1);
        commaTok = c;
      }
    }
    if (!r || toks[commaTok].text !== ',') return null;
    // A common-noun subject there is a clause of its own (`…, pertemuan ini menegaskan …`); not a
    // message, whose issuer speaks (`…, the filing said.`).
    const message = lex.messageNouns.includes(r.text.toLowerCase().split(/\s+/).pop()!);
    if (r.kind === 'definite' && !partyRef(lex, r) && !message) return null;
    // After `…, X verb` only a short tail may follow (`kepada wartawan`, `di Jakarta`), not a
    // clause of the verb's own (`…, akhirnya X membeberkan siapa yang …`).
    const tailHead = toks[v + 1];
    const tailWords = toks.slice(v + 1, b).filter((x) => x.word).length;
    // `…, McCaw continued to call for …`: the verb goes on with an infinitive, no listener (`to
    // reporters`, `to the court`, `to him`): it is no verb of speech here.
    const inf = toks[v + 2];
    if (lex.infinitiveMarkers.includes(tailHead?.low ?? '') && inf?.word && !isCap(inf) && !lex.audience.includes(inf.low) && !lex.objectPronouns.includes(inf.low) && !isDefinite(ctx, inf.low) && !lex.articles.indefinite.includes(inf.low) && !lex.groupPronouns.includes(inf.low)) return null;
    // `…, Hanley told a local radio station.`: the listener, not a clause.
    const listenerTail = !clauseFollows(ctx, v + 1, se) && listenerOnly(ctx, v, se);
    if (r.end <= t.start && tailWords >= 3 && tailHead?.word && !listenerTail && !lex.stopAfterName.includes(tailHead.low) && !lex.audience.includes(tailHead.low) && !ctx.calendar.has(tailHead.low)) return null;
    // Nor after a subject with an aside (`His lawyer, however, insists he will …`, `The minister,
    // X, who …, said he had …`): the pronoun opens the verb's own clause, what stands before is its subject.
    const afterRef = tokenAt(toks, r.end) + 1;
    const refTail = toks.slice(afterRef, b).filter((x) => x.word).length;
    const aside = lex.connectives.includes(toks[commaTok - 1]?.low ?? '') || toks.slice(a, commaTok).some((x, q, xs) => q > 0 && xs[q - 1].text === ',' && lex.relativePronouns.includes(x.low));
    if (r.kind === 'pronoun' && r.start > t.start && aside && refTail >= 3 && toks[afterRef]?.word && !lex.stopAfterName.includes(toks[afterRef].low)) return null;
    // Nor a quoted object (`X, Name, menyebutnya "Mr. X".`): the verb names something; what
    // stands before the comma is its subject.
    if (tailHead && /^["“'‘`]/.test(tailHead.text)) return null;
    const [cs, ce] = trimSpan(text, lead, toks[commaTok].start, ',');
    // A short fronted phrase (`Dalam momen itu, X menyatakan mendukung`) is no statement; nor a
    // fronted time (`Earlier this year, X told …`) or subordinate clause (`Because …, he told …`)
    // before a verb with words of its own (not `Once he realized …, he said, but …`).
    const adjunct = !!toks[v + 1]?.word && toks[v + 1].start < se && frontedAdjunct(ctx, cs, ce);
    const phrase = (lex.stopAfterName.includes(toks[a]?.low ?? '') && wordCount(text.slice(cs, ce)) <= 4) || adjunct;
    if (wordCount(text.slice(cs, ce)) >= 3 && !phrase) return { start: cs, end: ce, at: t.start, direct: false, cue: 'after-indirect', ref: r };
    return null;
  }
  return null;
}
