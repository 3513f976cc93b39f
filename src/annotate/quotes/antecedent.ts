/**
 * Whom a pronoun, a role or a description at a cue stands for: the last speaker, a person named
 * nearby, the holder of the role printed elsewhere, the party a sentence opens with.
 */
import type { EntityMention } from '../../model/types.js';
import { DATELINE, type Event, type QuoteContext } from './context.js';
import { degreesOnly } from './degrees.js';
import { descriptionNoun, namedBefore } from './describe.js';
import { namedParty } from './party.js';
import { nameResolved, personLike, type Resolved, sameName, speechWord } from './resolve.js';
import { describedBefore, firstMention, salientName } from './salience.js';
import { adjacent, cleanRun, firstNameIn, isDefinite, ref, roleStartingAt, runForward, sentenceInitial, speakerAfter, speakerBefore, type SpeakerContext, type SpeakerRef, titledNames } from './speaker.js';
import { isCap, spanAt, tokenAt } from './text.js';

/** The last speaker found in reading order: where its cue stood and where its words end. */
export interface LastSpeaker {
  r: Resolved;
  at: number;
  end: number;
}

export interface Person {
  start: number;
  end: number;
  text: string;
  mention: number | null;
}

/** Person mentions to resolve pronouns against: tagger mentions when there are any, else titled names. */
export function personMentions(ctx: SpeakerContext, entities: EntityMention[]): Person[] {
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
export function antecedent(ctx: QuoteContext, ev: Event, last: LastSpeaker | null, persons: Person[], spoken: string[]): Resolved | null {
  const { paras, sents, entities } = ctx;
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

/** Is the name `r` the subject of a verb of saying (`Minho, juga mengiyakan …`: within three words after it)? */
function saysNext(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const { toks, lex } = ctx;
  const k = tokenAt(toks, r.end);
  return toks.slice(k, k + 3).some((t) => speechWord(lex, t.low));
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
export function ownSubject(ctx: SpeakerContext, r: SpeakerRef, sents: Array<[number, number]>, entities: EntityMention[]): Resolved | null {
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
export function sideOf(ctx: SpeakerContext, r: SpeakerRef, sents: Array<[number, number]>, entities: EntityMention[]): Resolved | null {
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
export function definiteAntecedent(
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
 * `Intel eased 1/8. The semiconductor concern said …`, `Weisfield's rocketed after the jewelry store
 * operator said …`: a described party is the name the sentence opens with, or else the one the
 * sentence before opens with; not a name inside quote marks, nor a person (`isPerson`, a title or a
 * role printed with it).
 */
export function subjectParty(
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

/**
 * `The attorney general is investigating WeWork …. The company confirmed that …`: with no party
 * spoken of yet, the name right after the verb of the sentence before (its object).
 */
export function objectBefore(ctx: SpeakerContext, r: SpeakerRef, sents: Array<[number, number]>, inQuote: (off: number) => boolean): SpeakerRef | null {
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

/** Does a role follow the name `r` after a comma (`Julia Marsh, an analyst at …`, `X, juru bicara …`)? */
export function roleApposed(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const { toks, lex } = ctx;
  let k = tokenAt(toks, r.end);
  if (toks[k]?.text !== ',') return false;
  k++;
  if ([...lex.articles.definite, ...lex.articles.indefinite].includes(toks[k]?.low ?? '')) k++;
  for (let q = k; q < k + 3 && toks[q]?.word; q++) if (ctx.roles.some((x) => x[x.length - 1] === toks[q].low)) return true;
  return false;
}

/** Is the name set after a person's role and its comma (`kata Pimpinan grup tari X, Dahanan`)? */
export function roleBeforeComma(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const { toks } = ctx;
  const c = tokenAt(toks, r.start) - 1;
  if (toks[c]?.text !== ',') return false;
  for (let q = c - 1; q >= Math.max(0, c - 8) && toks[q].word; q--) if (roleStartingAt(ctx, q) !== null) return true;
  return false;
}

/** Is a title printed right before the name (`Mr. Antolini`, `Chairman Walter Williams`)? */
export function titledAt(ctx: SpeakerContext, r: SpeakerRef): boolean {
  let k = tokenAt(ctx.toks, r.start) - 1;
  if (ctx.toks[k]?.text === '.') k--;
  return k >= 0 && ctx.titles.has(ctx.toks[k].low) && isCap(ctx.toks[k]);
}
