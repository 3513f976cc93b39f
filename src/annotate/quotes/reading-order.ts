/**
 * Speakers resolved in reading order: each quote's or statement's cue names someone (a name, a
 * pronoun, a role, a description, a party spoken of again) whom it stands for given who has
 * spoken before; a quote with no cue gets the likeliest speaker around it.
 */
import { abbreviatedTitleHolder } from './abbrev.js';
import { antecedent, definiteAntecedent, type LastSpeaker, objectBefore, ownSubject, type Person, personMentions, roleApposed, roleBeforeComma, sideOf, subjectParty, titledAt } from './antecedent.js';
import { bodyBefore, bodyPronoun } from './body.js';
import { type Candidate, chooseSpeaker } from './candidates.js';
import { type Event, isCueVerb, isReporting, type QuoteContext } from './context.js';
import type { Findings } from './found.js';
import { relatedPerson, titleHolderElsewhere } from './holder.js';
import { firstCompany, leadName, messageAuthor, namedParty, stateOfBody } from './party.js';
import { nameResolved, personLike, type Resolved, sameName, speechWord } from './resolve.js';
import { genderClash, personGender, pronounGender } from './gender.js';
import { firstMention, salientName } from './salience.js';
import { firstNameIn, runForward, sentenceInitial, type SpeakerContext, type SpeakerRef } from './speaker.js';
import { bareBody, partyRef } from './subjects.js';
import { isCap, spanAt, tokenAt, tokenize } from './text.js';

/** Who has spoken so far, in reading order: what pronouns, roles and parties are resolved against. */
interface Reading {
  last: LastSpeaker | null;
  lastPerson: LastSpeaker | null;
  /** The last speaker that may be a party (`it said` stands for a party, never for a person). */
  lastParty: LastSpeaker | null;
  /** Speakers known to be people (reached by a pronoun or a role, or printed with a title or a role). */
  people: string[];
  persons: Person[];
  /** Every speaker resolved so far and where its cue stood, in reading order (a former speaker, not someone only talked about). */
  said: Array<{ r: Resolved; at: number }>;
  /** Where unnamed speakers spoke (`an official said`, `"…," said a spokesman`). */
  unnamedAt: number[];
}

/**
 * Resolves the speaker of every quote and statement found (`ev.resolved`), in reading order: a
 * pronoun, a role or a description stands for whom it can, given who has spoken before it. Then a
 * quote run over paragraphs takes the speaker where it ends, a quote with no cue the likeliest
 * speaker, and a quote an unnamed speaker introduced none.
 */
export function resolveSpeakers(ctx: QuoteContext, quotes: Findings): void {
  const { toks, paras, entities } = ctx;
  const { events, direct: directEvents, anonymous } = quotes;
  const persons = personMentions(ctx, entities);
  const byStart = [...events].sort((x, y) => Math.min(x.at, x.start) - Math.min(y.at, y.start));
  const unnamedAt = [...[...anonymous].map((v) => toks[v].start), ...events.filter((e) => e.unnamed).map((e) => e.at)];
  const reading: Reading = { last: null, lastPerson: null, lastParty: null, people: [], persons, said: [], unnamedAt };
  for (const ev of byStart) {
    const res = speakerOf(ctx, reading, ev);
    ev.resolved = res;
    if (res) remember(ctx, reading, ev, res);
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
    ev.resolved = cuelessSpeaker(ctx, ev, directEvents[k + 1], byStart);
  }

  // Quotes an unnamed speaker cued or introduced keep no speaker: the text does not say who spoke.
  for (const ev of events) {
    if (!ev.unnamed && !unnamedColon(ctx, anonymous, ev)) continue;
    ev.unnamed = true;
    ev.resolved = null;
  }
}

/** The speaker of `ev`, read after every quote and statement before it. */
function speakerOf(ctx: QuoteContext, reading: Reading, ev: Event): Resolved | null {
  const { paras, sents, entities, inQuote } = ctx;
  const { last } = reading;
  let res: Resolved | null = null;
  // A quote opening a paragraph after one whose last sentence has a new subject of a verb of speech
  // (`X lalu menulis permintaan maaf …` before the letter's paragraphs) is that subject's.
  const writer = ev.cue === 'continued' && ev.sameAs && spanAt(paras, ev.start, true) !== spanAt(paras, ev.sameAs.at, true) ? salientName(ctx, sents, ev.start) : null;
  if (writer?.replies && !inQuote(writer.ref.start) && !sameName(writer.ref.text, ev.sameAs?.resolved?.text ?? '')) res = nameResolved(ctx, writer.ref, entities);
  else if (ev.sameAs) res = ev.sameAs.resolved ?? null;
  else if (ev.ref) res = speakerOfRef(ctx, reading, ev, ev.ref);
  else if (ev.cue === 'continued' && last) {
    // A paragraph opening with a quote continues whoever spoke in the paragraph before.
    const paraOf = (off: number) => spanAt(paras, off, true);
    if (paraOf(ev.start) - paraOf(last.at) <= 1) res = last.r;
  }
  return res;
}

/** The speaker a cue names with `ref` (a name, a pronoun, a role, a description), given who spoke before. */
function speakerOfRef(ctx: QuoteContext, reading: Reading, ev: Event, ref: SpeakerRef): Resolved | null {
  const { lex, pack, sents, entities, inQuote } = ctx;
  const { last, lastPerson, lastParty, persons, people, said } = reading;
  let res: Resolved | null = null;
  // `kata Menkumham`: a title abbreviation stands for the person printed with the full title.
  const holder = ref.kind === 'name' || ref.kind === 'role' ? abbreviatedTitleHolder(ctx, ref, pack.ner.titleForms) : null;
  // `CEO Creative Media Works memastikan` before `kata CEO Creative Media Works Matthew Talbot`.
  const named = ref.kind === 'name' ? titleHolderElsewhere(ctx, ref) : null;
  // `pernyataan resmi itu`, `the filing`: a statement's or document's issuer.
  const message = ref.kind === 'definite' && ref.text.toLowerCase().split(/\s+/).some((w) => lex.messageNouns.includes(w));
  const issuer: SpeakerRef | null = message && !last ? firstCompany(ctx, ref.start) : null;
  // `A statement by the Foreign Affairs Department …` then `the statement said`: its author.
  const author = message ? messageAuthor(ctx, ref) : null;
  // `O'Donnell declined …, but she said that …`: the subject opening the pronoun's own sentence.
  const own = ref.kind === 'pronoun' || (ref.kind === 'definite' && partyRef(lex, ref)) ? ownSubject(ctx, ref, sents, entities) : null;
  // `kuasa hukum Rudi menyebut …`: someone in a relation to the name, named elsewhere or no one.
  const related = relatedPerson(ctx, ref);
  // `nurani Anda berkata bahwa …`: the reader addressed says nothing the text reports.
  if (ref.kind === 'name' && lex.secondPersons.includes(ref.text.toLowerCase())) res = null;
  else if (related === 'unnamed') ev.unnamed = ev.direct;
  else if (related) res = nameResolved(ctx, related, entities);
  else if (own) res = own;
  else if (holder) res = nameResolved(ctx, holder, entities);
  else if (named) res = nameResolved(ctx, named, entities);
  else if (ref.kind === 'name') res = nameResolved(ctx, ref, entities);
  // Pronouns and roles stand for people: resolve them against the last person who spoke.
  // …, unless only an unnamed speaker has spoken (`…, an official said. He added that …`): no one.
  else if (ref.kind === 'pronoun' || ref.kind === 'role') res = unnamedSince(ctx, reading, ev.at, lastPerson) || unnamedJustBefore(ctx, reading, ev) ? null : antecedent(ctx, ev, lastPerson, persons, said.map((x) => x.r.text));
  // `it said`, `the company said`: the party that spoke last, as a pronoun stands for a person.
  // `The government claims …`: only the state named with such a body before.
  else if (ref.kind === 'definite' && bareBody(ctx, ref)) {
    const state = stateOfBody(ctx, ref);
    res = state ? nameResolved(ctx, state, entities) : null;
  } else if (ref.kind === 'definite' && partyRef(lex, ref)) {
    // A name with that noun as its head outranks the last party; a company story's first
    // company speaks when no party has yet.
    // Once a party has spoken, the party the sentence (or the one before) opens with outranks it:
    // a market round-up moves from company to company (`Intel …. Kirschner Medical fell 4. The
    // company said …`).
    const subject = lastParty ? subjectParty(ctx, ref, sents, inQuote, (n) => people.some((x) => sameName(x, n)), ev.start) : null;
    const party = namedParty(ctx, ref) ?? subject ?? (lastParty ? null : firstCompany(ctx, ref.start) ?? leadName(ctx, ref.start) ?? objectBefore(ctx, ref, sents, inQuote));
    res = party ? nameResolved(ctx, party, entities) : (lastParty?.r ?? null);
  }
  // `pernyataan resmi itu juga menyebutkan …`: the statement last quoted, so its speaker.
  // `according to the prospectus` before anyone spoke: the company the story is about.
  else if (ref.kind === 'definite' && message && (author || last || issuer)) res = author ? nameResolved(ctx, author, entities) : last ? last.r : nameResolved(ctx, issuer!, entities);
  else if (ref.kind === 'definite') res = definiteAntecedent(ctx, ref, sents, entities, inQuote);
  else if (bodyPronoun(ctx, ref)) res = bodyBefore(ctx, ref, sents, entities);
  else if (ref.kind === 'group' && !ev.direct) res = sideOf(ctx, ref, sents, entities);
  if (res && ref.kind === 'pronoun' && genderClash(ctx, ref.text, res.text)) res = sameGenderBefore(ctx, reading, ev, ref) ?? res;
  return res;
}

/**
 * `"…," she said.` where the reading above gave a man (Hugh Hefner, who spoke last): the most
 * recent speaker known to be of the pronoun's gender, else the nearest person printed before the
 * cue who is (a tagger's mention, else a full name outside quotes), else null (the reading above
 * then stands: the lists of names err too, `Lorin` is a man's name there). A person whose gender
 * nothing tells is not taken.
 */
function sameGenderBefore(ctx: QuoteContext, reading: Reading, ev: Event, ref: SpeakerRef): Resolved | null {
  const { toks, entities, inQuote } = ctx;
  const g = pronounGender(ctx, ref.text);
  const cueAt = Math.min(ev.at, ev.start);
  const fits = (r: Resolved) => personGender(ctx, r.text) === g && personLike(ctx, r, entities);
  const spoke = [...reading.said].reverse().find((x) => x.at < cueAt && fits(x.r));
  if (spoke) return spoke.r;
  const printed = [...reading.persons].reverse().find((x) => x.end <= cueAt && !(x.start >= ev.start && x.end <= ev.end) && fits(x));
  if (printed) return { text: printed.text, start: printed.start, end: printed.end, mention: printed.mention };
  if (entities.length) return null;
  const end = tokenAt(toks, cueAt);
  let found: Resolved | null = null;
  for (let k = 0; k < end; ) {
    const n = firstNameIn(ctx, k, end);
    if (!n) break;
    const r = nameResolved(ctx, n, entities);
    if (/\s/.test(n.text) && !inQuote(n.start) && fits(r)) found = r;
    k = Math.max(k + 1, tokenAt(toks, n.end));
  }
  return found;
}

/** Who `ev` was resolved to (`res`): now the last speaker, and maybe the last person or party. */
function remember(ctx: QuoteContext, reading: Reading, ev: Event, res: Resolved): void {
  const { lex, entities } = ctx;
  reading.said.push({ r: res, at: ev.at });
  reading.last = { r: res, at: ev.at, end: Math.max(ev.at, ev.end) };
  // Whoever a personal pronoun stands for is a person, whatever else the text suggests.
  const personal = ev.ref?.kind === 'pronoun' && lex.pronouns.includes(ev.ref.text.toLowerCase());
  // So is a name set after a person's role and its comma, which the tagger may have missed.
  if (personLike(ctx, res, entities) || personal || (ev.ref?.kind === 'name' && roleBeforeComma(ctx, ev.ref))) reading.lastPerson = reading.last;
  if (ev.ref && (ev.ref.kind === 'pronoun' || ev.ref.kind === 'role' || roleApposed(ctx, ev.ref) || titledAt(ctx, ev.ref))) reading.people.push(res.text);
  // Without the tagger's types, any speaker not reached through a personal pronoun may be a party.
  // Nor one named with a person's role after it (`said Julia Marsh, an analyst at …`).
  if (res.mention !== null ? entities[res.mention].type !== 'PERSON' : ev.ref?.kind !== 'pronoun' && !(ev.ref && roleApposed(ctx, ev.ref))) reading.lastParty = reading.last;
}

/** With no person spoken yet, did an unnamed speaker speak before offset `at` (within three sentences)? */
function unnamedSince(ctx: QuoteContext, reading: Reading, at: number, lp: LastSpeaker | null): boolean {
  const { sents } = ctx;
  if (lp) return false;
  const si = spanAt(sents, at);
  const floor = sents[Math.max(0, si - 3)]?.[0] ?? 0;
  return reading.unnamedAt.some((x) => x < at && x >= floor);
}

/**
 * `"…," said a Sun spokesman. "…," he said.`: a bare pronoun in the paragraph of an unnamed
 * speaker who spoke after the last named one, with no person printed since, is that unnamed one.
 */
function unnamedJustBefore(ctx: QuoteContext, reading: Reading, ev: Event): boolean {
  const { toks, paras, sents, inQuote } = ctx;
  if (ev.ref?.kind !== 'pronoun' || /\s/.test(ev.ref.text)) return false;
  const cueAt = Math.min(ev.at, ev.start);
  const u = Math.max(-1, ...reading.unnamedAt.filter((x) => x < cueAt));
  if (u < 0 || (reading.last && reading.last.at > u) || spanAt(paras, u, true) !== spanAt(paras, cueAt, true)) return false;
  if (spanAt(sents, cueAt) - spanAt(sents, u) > 1 || reading.persons.some((x) => x.start > u && x.end <= cueAt)) return false;
  // Nor a name of two words or more printed since (`Gen. Nhek Bunchhay, a loyalist …`).
  for (let k = tokenAt(toks, u) + 1; k < toks.length && toks[k].end <= cueAt; k++) {
    if (isCap(toks[k]) && !inQuote(toks[k].start) && !sentenceInitial(ctx, k) && runForward(ctx, k, cueAt) - k >= 2) return false;
  }
  return true;
}

/**
 * `…, a Justice Department spokesman said:` closing a paragraph, then a quote with no cue: the
 * unnamed speaker's words, whoever spoke before. Such direct quotes, like those cued by an
 * unnamed speaker, are kept with no speaker: the text does not say who spoke.
 */
function unnamedColon(ctx: QuoteContext, anonymous: Set<number>, ev: Event): boolean {
  const { text, toks, lex, paras, sents } = ctx;
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
  return rel > 0 && !lead.some((x) => isCueVerb(lex, x) || isReporting(lex, x));
}

/**
 * The speaker of a cueless quote, chosen among the last speaker, the speaker of the quote right
 * after it and the person the sentence before is about (see candidates.ts for the scoring).
 */
function cuelessSpeaker(ctx: QuoteContext, ev: Event, next: Event | undefined, byStart: Event[]): Resolved | null {
  const { paras, sents, entities } = ctx;
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

/** Does the sentence holding offset `at` have a verb of saying (strong or weak)? */
function reportsAt(ctx: SpeakerContext, sents: Array<[number, number]>, at: number): boolean {
  const si = spanAt(sents, at);
  const { lex } = ctx;
  return si >= 0 && tokenize(ctx.text.slice(sents[si][0], sents[si][1])).some((t) => speechWord(lex, t.low));
}
