/**
 * Indirect speech after a verb of saying and its subject (`X mengatakan bahwa …`, `X said …`,
 * `Ia menegaskan, …`): where what it says starts, who the subject is, and whether the words after
 * the verb are a statement at all (not a listener, a topic, a tally or a place).
 */
import { accordingSource, relayAt } from './according.js';
import { bodyBefore, bodyPronoun } from './body.js';
import { clauseAfterListener, clauseFollows, clauseSubjectAt, complementizerAfterMessage, complementizerAfterPhrase, countedObject, dateEndAt, distantPredicate, listenerOnly, refusedAt } from './clause.js';
import { accordingAt, type Event, indefiniteRoleAt, isCueVerb, isReporting, isWeak, qualifiesNoun, type QuoteContext, withClitic } from './context.js';
import { descriptionBefore, descriptionNoun, namedLater, unnamedAgain } from './describe.js';
import { cueOfDirect, directIn, embeddedVia, type Findings, opensDirect, type Sentence } from './found.js';
import { officialOfBody, unnamedRoleOfBody } from './holder.js';
import { leadingSubject, speakerAfter, speakerBefore, type SpeakerRef } from './speaker.js';
import { bareBody, classBeforeName, conjoinedSubject, coordinatedSubject, findingOpens, insideTitle, nameListBefore, partyRef, placeInSubject, pluralDemonym, relativeParty, unnamedPerson } from './subjects.js';
import { isCap, matchPhrase, tokenAt, trimSpan, wordCount } from './text.js';

/**
 * A verb of saying at v with its subject before it and what it says after it (`X mengatakan
 * bahwa …`, `X said …`, `Ia menegaskan, …`): the statement, or null.
 */
export function reportAt(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number): Event | null {
  const { toks, lex } = ctx;
  const { se } = sent;
  const t = toks[v];
  if (qualifiesNoun(ctx, v)) return null;
  const strong = isReporting(lex, t);
  const weak = !strong && isWeak(lex, t);
  // `Desmond meminta Jokowi tidak …` is a request, not a statement.
  if ((!strong && !weak) || lex.directives.includes(t.low)) return null;
  // `Jacksen menolak mengatakan …`: a refusal to speak states nothing.
  if (refusedAt(toks, v, lex)) return null;
  // `…, said a spokesman, who …`: a post-posed cue of an unnamed speaker.
  if (toks[v - 1]?.text === ',' && indefiniteRoleAt(ctx, v + 1)) {
    quotes.anonymous.add(v);
    return null;
  }
  const after = contentAfterVerb(ctx, sent, v);
  if (!after) return null;
  const { commaTail } = after;
  let { k } = after;
  const hasComp = toks[k] && (lex.complementizers.includes(toks[k].low) || /^[,:]$/.test(toks[k].text));
  const hasCompWord = hasComp && lex.complementizers.includes(toks[k].low);
  if (weak && !hasComp && !clauseFollows(ctx, k, se) && !(lex.longClauseVerbs.includes(t.low) && distantPredicate(ctx, k, se))) return null;
  const r = reportingSubject(ctx, quotes, sent, v, k, !!hasComp, strong);
  if (!r) return null;
  return reportedClause(ctx, quotes, sent, v, k, r, !!hasComp, !!hasCompWord, commaTail);
}

/**
 * Where what the verb at v says starts, past its adverb, listener, day or date, and a short phrase
 * before its complementizer; null when nothing after the verb is a statement.
 */
function contentAfterVerb(ctx: QuoteContext, sent: Sentence, v: number): { k: number; commaTail: boolean } | null {
  const { toks, lex } = ctx;
  const { se, b } = sent;
  const t = toks[v];
  // `Newspaper reports have said …`: a plural noun (its `-ed` form is the verb) before an auxiliary.
  // So is one before a place (`Media reports in Nepal have said …`; not `The Times reports in its …`).
  const pluralNoun = t.low.endsWith('s') && isReporting(lex, { ...t, low: `${t.low.slice(0, -1)}ed` });
  if (pluralNoun && [...lex.clauseMarkers, ...lex.adverbs].includes(toks[v + 1]?.low ?? '')) return null;
  if (pluralNoun && lex.locativePrepositions.includes(toks[v + 1]?.low ?? '') && isCap(toks[v + 2])) return null;
  // `Ia menegaskan kembali sikapnya …`: an adverb of the verb is not what was said.
  let k = lex.verbModifiers.includes(toks[v + 1]?.low ?? '') ? v + 2 : v + 1;
  // `Budi menyatakan hal tersebut untuk …`: an object pointing back at what was said before
  // states nothing new (unless it is the subject of a clause: `menyebut hal tersebut akan …`).
  const backRef = matchPhrase(toks, k, lex.backReferences);
  if (backRef > 0 && !clauseFollows(ctx, backRef, se)) return null;
  // `"…," X said, given the decision …`: after a verb cueing a quote, a comma opens an adjunct.
  // `…, Lipper says; the Vanguard fund rose …`: a semicolon closes the cue; what it reports came before.
  if (toks[k]?.text === ';') return null;
  const commaTail = toks[k]?.text === ',';
  // `…, Graham said, offering the example of …`: a participle after the verb's comma opens an
  // adjunct, not a statement (the post-posed reading takes the clause before).
  const afterComma = toks[k + 1];
  if (commaTail && afterComma?.word && !isCap(afterComma) && !lex.participleCues.includes(afterComma.low) && lex.participleEndings.some((x) => afterComma.low.endsWith(x) && afterComma.low.length > x.length + 2)) return null;
  const afterVerb = toks[k];
  if (afterVerb && (afterVerb.low === 'the' || afterVerb.low === 'para') && toks[k + 1] && lex.audience.includes(toks[k + 1].low)) k += 2;
  else if (afterVerb && lex.audience.includes(afterVerb.low)) k++;
  else if (afterVerb && (afterVerb.low === 'kepada' || afterVerb.low === 'to') && toks[k + 1] && lex.audience.includes(toks[k + 1].low)) k += 2;
  // `said Friday that …`: a bare day between the verb and its complementizer is no content.
  // A date too (`announced Nov. 18 that …`, `said March 3 that …`).
  const dayEnd = dateEndAt(ctx, k);
  // So is one before a clause with its own subject (`said Thursday he has sent …`).
  if (dayEnd > 0 && (lex.complementizers.includes(toks[dayEnd]?.low ?? '') || clauseSubjectAt(ctx, dayEnd, se))) k = dayEnd;
  // So is one with a determiner (`announced last Wednesday that …`).
  else if (lex.dayDeterminers.includes(toks[k]?.low ?? '') && ctx.calendar.has(toks[k + 1]?.low ?? '') && lex.complementizers.includes(toks[k + 2]?.low ?? '')) k += 2;
  // So is a time adverb (`announced earlier this month that …`).
  const adv = matchPhrase(toks, k, lex.adverbs);
  if (adv > 0 && lex.complementizers.includes(toks[adv]?.low ?? '')) k = adv;
  k = complementizerAfterPhrase(toks, k, se, lex) ?? complementizerAfterMessage(toks, k, se, lex) ?? k;
  // `…, Fiji said Friday in response to …`: a day, then a prepositional tail, is no statement
  // (the post-posed reading takes the clause before).
  if (ctx.calendar.has(toks[k]?.low ?? '') && lex.stopAfterName.includes(toks[k + 1]?.low ?? '') && !lex.complementizers.includes(toks[k + 1]?.low ?? '')) return null;
  // Nor a day with at most one word more ending the sentence (`…, X said Friday night.`).
  if (ctx.calendar.has(toks[k]?.low ?? '') && toks.slice(k + 1, b).filter((x) => x.word).length <= 1) return null;
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
    // `told reporters a man walked …`: no complementizer, an audience, then the clause.
    const heard = lex.complementizers.includes(toks[k]?.low ?? '') ? -1 : clauseAfterListener(ctx, v, se);
    if (heard > k) k = heard;
  }
  return { k, commaTail };
}

/**
 * The subject of the verb of saying at v, whose content starts at k; null when it is no one the text
 * names or the verb does not report there (the verb of an unnamed speaker is marked anonymous).
 */
function reportingSubject(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number, k: number, hasComp: boolean, strong: boolean): SpeakerRef | null {
  const { text, toks, lex, sents, entities } = ctx;
  const { ss, se, a } = sent;
  const t = toks[v];
  // `A Pentagon spokesman said …`, `The grandmother of X said …`: named later, or no one named.
  const desc = descriptionBefore(ctx, v, a);
  const described = desc && (desc.indefinite || desc.related) ? namedLater(ctx, desc) : null;
  if (desc && !described && (desc.indefinite || unnamedAgain(ctx, desc))) {
    quotes.anonymous.add(v);
    return null;
  }
  const r0 = described ?? speakerBefore(ctx, v, a) ?? coordinatedSubject(ctx, v, a) ?? (strong ? leadingSubject(ctx, v, a) ?? conjoinedSubject(ctx, v, a) : null);
  const r = relativeParty(ctx, r0, a, v) ?? r0;
  // `Namun seorang komandan SDF menyebutkan …`, `Juru bicara SDF menyebutkan …` (no one named in
  // that role): one unnamed person, whatever body qualifies the noun.
  if (r?.kind === 'name' && ((!/\s/.test(r.text) && unnamedPerson(toks, tokenAt(toks, r.start), a, lex)) || unnamedRoleOfBody(ctx, r) || officialOfBody(ctx, r))) {
    quotes.anonymous.add(v);
    return null;
  }
  // Without quote marks, a group (`Mereka menganggap …`) is no one the text names.
  // `Pihaknya menjanjikan bahwa …` after a sentence about an organisation: its side, named.
  // `Manajemen Arema FC belum …. Namun mereka memastikan …`: the body the sentence before names.
  if (!r || (r.kind === 'group' && !(withClitic(lex, toks[tokenAt(toks, r.start)]) && tokenAt(toks, r.start) === a) && !(bodyPronoun(ctx, r) && bodyBefore(ctx, r, sents, entities)))) return null;
  // `"…," ujar Rinaldy membenarkan kabar itu`: a verb after the speaker of another cue says how
  // they spoke; only a complementizer makes what follows a statement.
  // Not one closing an adverb (`Lebih lanjut Erick mengatakan …`).
  const before = tokenAt(toks, r.start) - 1;
  const inAdverb = ctx.adverbPhrases.some((w) => w.length > 1 && w.every((x, q) => toks[before - w.length + 1 + q]?.low === x));
  if (!hasComp && isCueVerb(lex, toks[before]) && !inAdverb) return null;
  // `…, Morgan Stanley mengatakan dalam sebuah laporannya.`: a cue after the statement, with
  // only a prepositional tail after the verb; the post-posed reading below takes the clause before.
  const rs = tokenAt(toks, r.start);
  // `saat dia menambahkan sodium …` (an act in a time clause), `Instruksi … tentang Pencegahan …
  // di Lingkungan Sekolah menyebutkan` (a name inside a document's title), `membuat netizen
  // menduga` (the verb's subject is the causative's object).
  if (!hasComp && lex.subordinators.includes(toks[rs - 1]?.low ?? '')) return null;
  if (r.kind === 'name' && insideTitle(toks, rs, a, lex)) return null;
  // `Dias, Taufiq dan Yandi mengaku …`: the last of a list of names speaks for the group, no one named.
  if (r.kind === 'name' && lex.coordinators.includes(toks[rs - 1]?.low ?? '') && nameListBefore(ctx, rs - 2, a)) return null;
  // `officials of the Immigration and Naturalization Service said`, `Elected officials in and around
  // Miami warned`: a class of people qualified by a body or place, no one named.
  // `Dataproducts officials … said`: the name qualifies a class of people, no one named.
  if (r.kind === 'name' && (classBeforeName(toks, rs, a, lex) || lex.genericRoles.includes(toks[tokenAt(toks, r.end)]?.low ?? '') || pluralDemonym(ctx, r))) {
    quotes.anonymous.add(v);
    return null;
  }
  // `Sebuah penelitian yang dilansir dari X menyebutkan bahwa …`: a study found it, no one said it.
  if (r.kind === 'name' && findingOpens(toks, a, rs, lex)) {
    quotes.anonymous.add(v);
    return null;
  }
  // `sejumlah perusahaan … di Eropa melaporkan`: a place after a preposition closes the
  // subject; it does not speak.
  // Not the author of a document (`artikel dari fitnessmagazine.com menjelaskan`).
  // Nor when the verb comes later in that subject's clause (`Media reports in Nepal have said`,
  // `The relatives in Denver have fought …, saying`): no capital between the place and the verb.
  if (placeInSubject(ctx, r) && !toks.slice(tokenAt(toks, r.end), v).some(isCap)) return null;
  if (toks.slice(Math.max(a, v - 2), v).some((x) => lex.causatives.includes(x.low))) return null;
  // `The deal could start a trend, says Ann Lee, an analyst at Acme.`: a verb after a comma with
  // a name ending the sentence or apposed to a role is a cue put after the statement, not its opening.
  if (toks[v - 1]?.text === ',' && r.end <= toks[v - 1].start) {
    const after = speakerAfter(ctx, v + 1, se);
    const nx = after?.kind === 'name' ? toks[tokenAt(toks, after.end)] : undefined;
    if (after?.kind === 'name' && after.start === toks[v + 1].start && (!nx || nx.start >= se || nx.text === ',' || nx.text === '.')) return null;
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
    return null;
  // A common-noun subject reports speech only with a comma or `bahwa` after the verb
  // (`Kartel itu menyatakan, …`), not `pertemuan ini menegaskan hubungan …`.
  // A subject pronoun after the verb opens a clause all the same (`The company said it …`).
  const subjectNext = [...lex.pronouns, ...lex.groupPronouns, ...lex.partyPronouns].includes(toks[k]?.low ?? '');
  // A party spoken of again (`Perusahaan juga mengaku akan …`) states a clause as a name does.
  // After `said`, whatever follows is a clause (`The company said net rose …`).
  const clauseVerb = lex.clauseVerbs.includes(t.low);
  const issuerRef = partyRef(lex, r) || (clauseVerb && (lex.messageNouns.includes(r.text.toLowerCase().split(/\s+/).pop()!) || bareBody(ctx, r)));
  // A person described (`Manajer asal Argentina itu mengatakan timnya …`) states a clause after a
  // strong verb as the person named would; a weak one still needs `bahwa` or a comma.
  const describedSays = strong && !!descriptionNoun(ctx, r) && clauseFollows(ctx, k, se);
  if (r.kind === 'definite' && !hasComp && !subjectNext && !describedSays && !(issuerRef && (clauseVerb || clauseFollows(ctx, k, se)))) return null;
  return r;
}

/** What the verb of saying at v reports, from token k on, said by `r`; null when it is no statement. */
function reportedClause(ctx: QuoteContext, quotes: Findings, sent: Sentence, v: number, k: number, r: SpeakerRef, hasComp: boolean, hasCompWord: boolean, commaTail: boolean): Event | null {
  const { text, toks, lex, paras, sents, pack } = ctx;
  const { ss, se, b } = sent;
  const t = toks[v];
  while (toks[k] && toks[k].start < se && (/^[,:]$/.test(toks[k].text) || lex.complementizers.includes(toks[k].low))) k++;
  if (!toks[k] || toks[k].start >= se) return null;
  // `Rolling Stone membeberkan siapa yang …`: an indirect question, not a statement.
  // Not an indefinite pronoun (`menyebut siapa pun dapat …`).
  const indefinitePronoun = lex.indefiniteParticles.includes(toks[k + 1]?.low ?? '');
  if (!hasComp && lex.interrogatives.includes(toks[k].low) && !indefinitePronoun) return null;
  // `a threat Churchill warned about in his speech`: a topic, not what was said.
  // Unless a clause follows the topic (`menegaskan mengenai kriteria ketua akan ditentukan …`).
  if (!hasComp && lex.topicMarkers.includes(toks[k].low) && !clauseFollows(ctx, k + 1, se)) return null;
  // `memastikan diri akan ikut …`: a reflexive object makes the verb an act.
  if (!hasComp && lex.reflexives.includes(toks[k].low)) return null;
  // `Termasuk memastikan, apakah …` asks even after a comma; `mengingatkan agar …` asks for an act.
  if ((!hasCompWord && lex.questionMarkers.includes(toks[k].low)) || lex.purposeMarkers.includes(toks[k].low)) return null;
  // `Retno menyebut kunjungannya … sebagai '…'`: naming, not a statement.
  if (!hasComp && lex.namingVerbs.includes(t.low) && toks.slice(k, b).some((x) => lex.namingMarkers.includes(x.low))) return null;
  // `more complicated than X suggests, but he appears …`: a clause joined by `but` is the
  // writer's own, not what was said (unlike `said, however, that …`).
  if (lex.contrastives.includes(toks[k].low) && toks[k - 1]?.text === ',' && toks[k + 1]?.word && !lex.complementizers.includes(toks[k + 1].low)) return null;
  let [cs, ce] = trimSpan(text, toks[k].start, se, '.');
  // `Budi menegaskan bahwa … menurut pernyataan X yang dikutip media.`: a source closing the
  // clause relays it; it is no part of what was said (unlike `menurut aturan yang berlaku`).
  const closingSource = relayAt(ctx, k + 2, b, ce, (p) => p.word);
  if (closingSource > 0 && accordingSource(ctx, accordingAt(ctx, closingSource), se)?.kind === 'name') [cs, ce] = trimSpan(text, cs, toks[closingSource - 1].end, '.,');
  // `The Times said in an editorial on Monday:` closing its paragraph: the statement is the
  // next paragraph's first sentence.
  // An unknown entity the copy left after the colon (`…, Jan. 6: &QL;`) is markup, not words.
  const next = /:\s*(&[A-Za-z]+;\s*)?$/.test(text.slice(ss, se)) ? sents.find(([s0]) => s0 >= se) : undefined;
  if (next && paras.some(([p0]) => p0 > ss && p0 <= next[0])) [cs, ce] = trimSpan(text, next[0], next[1], '.');
  // A quote framed by this verb (`Kim menyebut … sebagai “…”`) is the quote itself, unless a
  // complementizer makes the rest a reported clause (`menambahkan bahwa … “…” …`).
  let framed = embeddedVia(quotes, t.start) && !lex.complementizers.some((c) => text.slice(t.end, cs + 1).toLowerCase().includes(c));
  // `He said …, adding: "…"`: the quote belongs to the participle, the clause before it to the verb.
  let part = -1;
  // The comma may close a quoted phrase (`"…," adding "…"`).
  const commaBefore = (q: number) => toks[q - 1].text === ',' || (/^["”’']$/.test(toks[q - 1].text) && toks[q - 2]?.text === ',');
  for (let q = k + 1; q < toks.length && toks[q].start < ce; q++) {
    if (lex.participleCues.includes(toks[q].low) && commaBefore(q)) {
      part = q;
      break;
    }
  }
  // Framed or not (`Noem tweeted that … "…," adding "…"`).
  if (part > 0 && directIn(quotes, toks[part].end, se)) {
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
  const tail = (cueOfDirect(ctx, quotes, t.start) && toks[k] && (lex.stopAfterName.includes(toks[k].low) || listener || commaTail || objectOnly)) || (objectOnly && listenerOnly(ctx, v, se));
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
  if (wordCount(text.slice(cs, ce)) < 2 || framed || tail || topic || shortTail || tally || channelOnly || opensDirect(ctx, quotes, cs)) return null;
  // `X said …, according to Y`: the relay's phrase is no part of the content.
  const relay = relayAt(ctx, tokenAt(toks, cs) + 1, b, ce, (p) => p.text === ',');
  if (relay > 0) ce = trimSpan(text, cs, toks[relay - 1].start, ',')[1];
  return { start: cs, end: ce, at: t.start, direct: false, cue: 'indirect', ref: r };
}
