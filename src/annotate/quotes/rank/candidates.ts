/**
 * The people who may have said a found quote, each with explicit features for the speaker ranker
 * (model.ts): the rules' speaker, no one (for a direct quote), the names printed in the quote's paragraph and up to two
 * before it (capitalized runs, and the entity tagger's mentions when given), the earlier and the
 * next quote's speakers, and the person the sentence before is about. Candidates naming the same
 * person (`Ali` beside `Ali Mundakir`) are one candidate, whose features pool those of its names.
 * Features are closed classes only (cue kinds, distances in buckets, lexicon classes), never a word
 * of the text, so a trained model holds no names.
 */
import type { EntityMention } from '../../../model/types.js';
import type { QuoteHit } from '../index.js';
import { nameResolved, personLike, type Resolved } from '../resolve.js';
import type { SpeechLexicon } from '../../../lang/speech.js';
import { salientName } from '../salience.js';
import { ACRONYM, cleanRun, commonAtStart, nameToken, roleEndingAt, roleStartingAt, runForward, sentenceInitial, type SpeakerContext } from '../speaker.js';
import { firstStartingAt, spanAt, tokenAt } from '../text.js';

/** What the ranker reads besides the hits: the article as the rules saw it. */
export interface RankEnv {
  ctx: SpeakerContext;
  paras: Array<[number, number]>;
  sents: Array<[number, number]>;
  entities: EntityMention[];
  language: string;
  /** Is the offset inside quote marks? */
  inQuote: (off: number) => boolean;
}

export interface SpeakerCandidate {
  /** Null: the text does not say who spoke (offered for direct quotes only). */
  who: Resolved | null;
  feats: string[];
}

type Source = 'rule' | 'run' | 'mention' | 'earlier' | 'last' | 'next' | 'salient';

/** One printed occurrence of a candidate (or a position-less source such as an earlier speaker). */
interface Occurrence {
  who: Resolved;
  source: Source;
  /** Offsets of the printed name near the quote; null for sources that carry no position of their own. */
  at: [number, number] | null;
}

/** Where a hit's speaker is printed (its name, or the name a pronoun was resolved to), if anywhere. */
const printedAt = (h: QuoteHit): [number, number] | null => (h.speakerStart !== null && h.speakerEnd !== null && h.speakerEnd > h.speakerStart ? [h.speakerStart, h.speakerEnd] : null);

/** The lexicon's verbs of saying (strong and weak) as a set, once per lexicon. */
const speechSets = new WeakMap<SpeechLexicon, Set<string>>();

function speechSet(lex: SpeechLexicon): Set<string> {
  let s = speechSets.get(lex);
  if (!s) speechSets.set(lex, (s = new Set([...lex.cueVerbs, ...lex.reportingVerbs, ...lex.weakReportingVerbs])));
  return s;
}

/** Each name run resolved (mention or long form), by run index, once per article. */
const resolvedOf = new WeakMap<SpeakerContext, Map<number, Resolved>>();

/** Name runs of the article outside quote marks, once per article. */
const runsOf = new WeakMap<SpeakerContext, Array<[number, number]>>();

function articleRuns(env: RankEnv): Array<[number, number]> {
  const { ctx } = env;
  let runs = runsOf.get(ctx);
  if (runs) return runs;
  runs = [];
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!nameToken(ctx, i) || env.inQuote(toks[i].start) || ctx.notName.has(toks[i].low) || commonAtStart(ctx, i)) continue;
    const e = runForward(ctx, i, Infinity);
    // `Kementerian Energi dan Sumber Daya Mineral (ESDM)`: a body's name joined by `dan` is one name,
    // which the rules give by its acronym; its halves would stand as two bodies of their own.
    const whole = coordinatedBodyEnd(ctx, e);
    if (whole > 0) {
      i = whole - 1;
      continue;
    }
    // `Laga itu berakhir imbang.`, `Janji serupa …`, `Police sought …`: one capitalized word opening a
    // sentence, printed nowhere else, is most often a common word; a name said once there is the
    // speaker the rules already offer when it speaks.
    if (e === i + 1 && sentenceInitial(ctx, i) && (ctx.wordIndex.get(toks[i].text)?.length ?? 0) <= 1) continue;
    const c = cleanRun(ctx, i, e);
    // `Carlineo’s`: the possessive ending is no part of the name.
    if (c && c[1] > c[0]) runs.push([toks[c[0]].start, toks[c[1] - 1].end - (/['’]s$/.test(toks[c[1] - 1].text) ? 2 : 0)]);
    i = Math.max(i, e - 1);
  }
  runsOf.set(ctx, runs);
  return runs;
}

/**
 * The token after `X dan Y` when the run ending at token e is the first half of a body named with
 * a coordinator and defined by an acronym in brackets (`… dan Sumber Daya Mineral (ESDM)`), else 0.
 * The acronym itself stays a run of its own.
 */
function coordinatedBodyEnd(ctx: SpeakerContext, e: number): number {
  const { toks, lex } = ctx;
  if (!toks[e]?.word || !lex.coordinators.includes(toks[e].low) || !nameToken(ctx, e + 1)) return 0;
  const f = runForward(ctx, e + 1, Infinity);
  const acronym = toks[f]?.text === '(' && ACRONYM.test(toks[f + 1]?.text ?? '') && toks[f + 2]?.text === ')';
  return acronym ? f : 0;
}

const words = (s: string, titles: ReadonlySet<string>): string[] =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s\-‐–—'’.]+/)
    .filter((w) => w && !titles.has(w));

/** Does one name's word set hold the other's (`Ali` in `Ali Mundakir`)? */
function samePerson(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.every((w) => l.includes(w));
}

const bucket = (x: number, edges: number[]): string => {
  const k = edges.findIndex((e) => x <= e);
  return k < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[k]}`;
};

/** Candidates for hit k of `hits` (the rules' output, in text order). */
export function speakerCandidates(hits: QuoteHit[], k: number, env: RankEnv): SpeakerCandidate[] {
  const { ctx, paras, sents, entities } = env;
  const { toks, lex, text } = ctx;
  const h = hits[k];
  const paraOf = (off: number) => Math.max(0, spanAt(paras, off, true) === -1 ? paras.findIndex(([s]) => s > off) - 1 : spanAt(paras, off, true));
  const pq = paraOf(h.start);
  const from = paras[Math.max(0, pq - 2)]?.[0] ?? 0;
  const endSent = sents[spanAt(sents, Math.max(h.start, h.end - 1))];
  const to = Math.max(h.end, endSent ? endSent[1] : h.end, paras[paraOf(Math.max(h.start, h.end - 1))]?.[1] ?? h.end);
  const outside = (s: number, e: number) => e <= h.start || s >= h.end;

  const occ: Occurrence[] = [];
  if (h.speakerText !== null) {
    const who = { text: h.speakerText, start: h.speakerStart ?? h.start, end: h.speakerEnd ?? h.start, mention: h.speakerMention };
    const at = printedAt(h);
    occ.push({ who, source: 'rule', at: at && at[0] >= from && at[0] < to ? at : null });
  }
  const runs = articleRuns(env);
  let resolvedRuns = resolvedOf.get(ctx);
  if (!resolvedRuns) resolvedOf.set(ctx, (resolvedRuns = new Map()));
  for (let r = spanAt(runs, from) >= 0 ? spanAt(runs, from) : firstStartingAt(runs, from); r < runs.length && runs[r][0] < to; r++) {
    const [s, e] = runs[r];
    if (s < from || e > to || !outside(s, e)) continue;
    let who = resolvedRuns.get(r);
    if (!who) resolvedRuns.set(r, (who = nameResolved(ctx, { kind: 'name', start: s, end: e, text: text.slice(s, e) }, entities)));
    occ.push({ who, source: 'run', at: [s, e] });
  }
  entities.forEach((m, i) => {
    if ((m.type !== 'PERSON' && m.type !== 'ORGANIZATION') || m.start < from || m.end > to || !outside(m.start, m.end) || env.inQuote(m.start)) return;
    occ.push({ who: { text: m.text, start: m.start, end: m.end, mention: i }, source: 'mention', at: [m.start, m.end] });
  });
  const earlier = hits.slice(0, k).filter((x) => x.speakerText !== null);
  earlier.forEach((x, i) => {
    const who = { text: x.speakerText!, start: x.speakerStart ?? x.start, end: x.speakerEnd ?? x.start, mention: x.speakerMention };
    occ.push({ who, source: i === earlier.length - 1 ? 'last' : 'earlier', at: null });
  });
  const nx = hits[k + 1];
  if (nx?.speakerText) occ.push({ who: { text: nx.speakerText, start: nx.speakerStart ?? nx.start, end: nx.speakerEnd ?? nx.start, mention: nx.speakerMention }, source: 'next', at: null });
  const sal = salientName(ctx, sents, h.start);
  if (sal) occ.push({ who: nameResolved(ctx, sal.ref, entities), source: 'salient', at: [sal.ref.start, sal.ref.end] });

  // One candidate per person: longer names first, so a short name joins the full one it is part of.
  const groups: Array<{ words: string[]; occ: Occurrence[] }> = [];
  const keyed = occ.map((o) => ({ o, w: words(o.who.text, ctx.titles) })).filter((x) => x.w.length);
  keyed.sort((a, b) => b.w.length - a.w.length);
  for (const { o, w } of keyed) {
    const g = groups.find((x) => samePerson(x.words, w));
    if (g) g.occ.push(o);
    else groups.push({ words: w, occ: [o] });
  }

  const cue = `cue=${h.cue}`;
  const via = `via=${h.via ?? '-'}`;
  const kind = h.direct ? 'direct' : 'indirect';
  const opensPara = paras[pq] && text.slice(paras[pq][0], h.start).trim().length <= 1;
  const lang = `lang=${env.language}`;
  const nullFeats = ['null', `null&${cue}`, `null&${via}`, `null&${kind}`, `null&${lang}`, ...(h.speakerText === null ? ['rule', `rule&${cue}`, 'rule&null', `rule&null&${cue}`] : [])];
  // `said a Foreign Office spokesman`, `kata seorang warga`: an unnamed speaker at the quote.
  if (unnamedNear(env, h)) nullFeats.push('null&unnamedNear', `null&unnamedNear&${cue}`);
  // An indirect statement is kept only with a speaker: the ranker chooses who, not whether (in
  // cross-validation, dropping statements cost more right ones than false alarms).
  const out: SpeakerCandidate[] = h.direct ? [{ who: null, feats: nullFeats }] : [];
  // A cue that itself says the speaker goes unnamed leaves no one to choose (the gold's convention too),
  // and so does a pronoun the rules left unnamed right after such a quote (`"…," said a spokesman. "…," he said.`):
  // it goes on with the same unnamed speaker.
  if (h.unnamedCue || (h.speakerText === null && h.via === 'pronoun' && unnamedJustBefore(env, hits, k))) return out;
  // The speech verb nearest the quote that has a candidate as its subject or object.
  const saying = speechSet(lex);
  const verbMemo = new Map<number, number | null>();
  const verbNear = (s: number, e: number): number | null => {
    if (!verbMemo.has(s)) verbMemo.set(s, verbAround(s, e));
    return verbMemo.get(s)!;
  };
  const verbAround = (s: number, e: number): number | null => {
    const a = tokenAt(toks, s);
    const b = tokenAt(toks, e);
    for (let q = b; q < Math.min(toks.length, b + 4); q++) {
      if (toks[q].text === '.' || /[\r\n]/.test(text.slice(toks[q - 1]?.end ?? 0, toks[q].start))) break;
      if (toks[q].word && saying.has(toks[q].low)) return toks[q].start;
    }
    for (let q = a - 1; q >= Math.max(0, a - 3); q--) {
      if (!toks[q].word) break;
      if (saying.has(toks[q].low)) return toks[q].start;
    }
    return null;
  };
  const gap = (s: number, e: number) => (s <= h.start ? h.start - e : s - h.end);
  let nearestVerb = Infinity;
  for (const g of groups) for (const o of g.occ) if (o.at) {
    const v = verbNear(o.at[0], o.at[1]);
    if (v !== null && outside(v, v + 1)) nearestVerb = Math.min(nearestVerb, Math.abs(gap(v, v)));
  }
  const sentOf = (off: number) => spanAt(sents, off);
  const quoteSents = new Set([sentOf(h.start), sentOf(Math.max(h.start, h.end - 1))]);
  // Per person, the printed occurrence nearest the cue (in tokens), which carries the positional features.
  const cueTok = tokenAt(toks, h.cueAt ?? h.start);
  // Tokens of the quote itself do not count: a name right before a quote whose cue follows it is near that cue.
  const qa = tokenAt(toks, h.start);
  const qb = tokenAt(toks, h.end);
  const across = (x: number, y: number) => (x <= qa && qb <= y ? qb - qa : 0);
  const cueGap = ([s, e]: [number, number]): { side: string; d: number } => {
    const a = tokenAt(toks, s);
    if (a > cueTok) return { side: 'afterCue', d: a - cueTok - 1 - across(cueTok, a) };
    const b = tokenAt(toks, e);
    return { side: 'beforeCue', d: Math.max(0, cueTok - b - across(b, cueTok)) };
  };
  const nearOf = groups.map((g) => {
    let near: { at: [number, number]; side: string; d: number } | null = null;
    for (const o of g.occ) if (o.at) {
      const c = cueGap(o.at);
      if (!near || c.d < near.d) near = { at: o.at, ...c };
    }
    return near;
  });
  const closest = Math.min(...nearOf.map((n) => n?.d ?? Infinity));
  // `the agency reported`, `said the ministry`: a description at the cue that names a kind of body.
  const descParty = [...cueDescription(env, h)].some((w) => lex.partyNouns.includes(w) || lex.bodies.includes(w));
  // The sentence right before the quote's (cue included): its subject is whom a pronoun at the cue most likely means.
  const prevSent = sentOf(Math.min(h.start, h.cueAt ?? h.start)) - 1;
  const prevNarrative = prevSent >= 0 && !hits.some((x) => x.direct && x.start < sents[prevSent][1] && x.end > sents[prevSent][0]);
  const prevSubject = groups.map((g) => g.occ.some((o) => o.at && sentOf(o.at[0]) === prevSent && subjectAt(env, o.at[0], o.at[1])));
  groups.forEach((g, gi) => {
    const f = new Set<string>();
    const src = new Set(g.occ.map((o) => o.source));
    for (const s of src) f.add(`src=${s}`);
    const fromRule = src.has('rule');
    if (fromRule) ['rule', `rule&${cue}`, `rule&${via}`, `rule&${kind}`, `rule&${lang}`, `rule&${cue}&${kind}`].forEach((x) => f.add(x));
    // The rules' choice printed nowhere near the quote (a pronoun resolved far back) is weaker evidence.
    if (fromRule && !g.occ.some((o) => o.at)) f.add(`rule&far&${via}`);
    for (const s of ['last', 'next', 'salient'] as const) if (src.has(s)) [`${s}&${cue}`, `${s}&${kind}`, ...(opensPara ? [`${s}&paraOpen`] : [])].forEach((x) => f.add(x));
    if (src.has('last') || src.has('earlier')) f.add('spoke');
    if (src.has('last') && !prevSubject[gi] && prevSubject.some(Boolean)) [`last&otherPrevSubject`, `last&otherPrevSubject&${via}`].forEach((x) => f.add(x));
    if (prevSubject[gi]) [`prevSubject`, `prevSubject&${via}`, `prevSubject&${cue}`, ...(prevNarrative ? [`prevSubject&narrative&${via}`] : [])].forEach((x) => f.add(x));
    if (prevSubject[gi] && (src.has('last') || src.has('earlier'))) f.add(`prevSubject&spoke&${via}`);
    // `he said` is no company, `the agency said` no person: how the cue refers against what the name is.
    const org = orgLike(env, g.occ) ? 'org' : 'notOrg';
    f.add(`${via}&${org}`);
    if (descParty) f.add(`descParty&${org}`);
    for (const o of g.occ) {
      if (!o.at) continue;
      const v = verbNear(o.at[0], o.at[1]);
      if (v !== null) {
        f.add('speechVerb');
        if (outside(v, v + 1) && Math.abs(gap(v, v)) === nearestVerb) [`nearestVerb`, `nearestVerb&${cue}`, `nearestVerb&${kind}`].forEach((x) => f.add(x));
      }
      if (subjectAt(env, o.at[0], o.at[1])) f.add('subjectSomewhere');
    }
    const near = nearOf[gi];
    if (near) {
      const [s, e] = near.at;
      const dir = s < h.start ? 'before' : 'after';
      const tb = bucket(near.d, [0, 1, 3, 6, 12]);
      [`cue=${near.side}:${tb}`, `cue=${near.side}:${tb}&${cue}`, `cue=${near.side}&${kind}`].forEach((x) => f.add(x));
      if (near.d === closest) [`cueClosest`, `cueClosest&${near.side}`, `cueClosest&${cue}`].forEach((x) => f.add(x));
      f.add(`para${dir}=${bucket(Math.abs(pq - paraOf(s)), [0, 1, 2])}`);
      if (quoteSents.has(sentOf(s))) [`sameSent`, `sameSent&${dir}`, `sameSent&${cue}`].forEach((x) => f.add(x));
      const sd = dir === 'before' ? sentOf(h.start) - sentOf(s) : sentOf(s) - sentOf(Math.max(h.start, h.end - 1));
      f.add(`sent${dir}=${bucket(sd, [0, 1, 2])}`);
      if (subjectAt(env, s, e)) [`subject`, `subject&${dir}=${bucket(sd, [0, 1, 2])}`, `subject&${cue}&${dir}`].forEach((x) => f.add(x));
      // `Onew pun berbahasa Indonesia: "…"`: the sentence that introduces the quote with a colon.
      if (sd === 1 && dir === 'before' && /:\s*["“”„'`]*\s*$/.test(text.slice(Math.max(0, h.start - 6), h.start))) f.add('colonIntro');
      if (s >= h.end && /^[\s,."”'’]*$/.test(text.slice(h.end, s))) f.add('rightAfter');
      if (e <= h.start && /^[\s,:"“'‘]*$/.test(text.slice(e, h.start))) f.add('rightBefore');
      for (const x of context(env, s, e)) f.add(x);
      f.add(`dist=${bucket(Math.abs(gap(s, e)), [3, 15, 40, 100, 250, 600])}`);
    } else f.add('noPosition');
    const rep = pickRep(g.occ, h);
    const m = g.occ.find((o) => o.who.mention !== null)?.who.mention ?? null;
    if (m !== null) f.add(`type=${entities[m].type}`);
    else f.add(personLike(ctx, rep, entities) ? 'kind=person' : 'kind=party');
    if (/^\p{Lu}{2,}$/u.test(rep.text)) f.add('acronym');
    if (lex.bodies.some((b) => g.words.includes(b))) f.add('bodyWord');
    const last = rep.text.split(/\s+/).pop() ?? '';
    const seen = ctx.wordIndex.get(last) ?? [];
    f.add(`count=${bucket(seen.length, [1, 3, 6])}`);
    if (seen.length && toks[seen[0]].start < text.length * 0.2) f.add('earlyInText');
    f.add(`words=${bucket(g.words.length, [1, 2])}`);
    out.push({ who: rep, feats: [...f] });
  });
  return out;
}

/**
 * What the words around one printed name say of it: a title or role before it (`Ketua … Name`), a
 * preposition of place (`in Irving`), an indefinite article (`a Foreign Office spokesman`), a role
 * noun right after it (the name only qualifies the role), a complementizer before it (the name is
 * inside the reported content), a capital only because it opens a sentence.
 */
function context(env: RankEnv, s: number, e: number): string[] {
  const { ctx } = env;
  const { toks, lex } = ctx;
  const a = tokenAt(toks, s);
  const b = tokenAt(toks, e);
  const prev = toks[a - 1]?.low ?? '';
  const out: string[] = [];
  if (a > 0 && (ctx.titles.has(prev) || roleEndingAt(ctx, a - 1) !== null)) out.push('titled');
  if (lex.locativePrepositions.includes(prev)) out.push('placePrep');
  if (lex.articles.indefinite.includes(prev) || lex.indefinitePersons.includes(prev)) out.push('indefinite');
  if (lex.complementizers.includes(prev)) out.push('inContent');
  const next = toks[b];
  if (next?.word && next.text === next.low && (roleStartingAt(ctx, b) !== null || lex.genericRoles.includes(next.low) || lex.unnamedOfficials.includes(next.low))) out.push('roleAfter');
  if (/^['’]s$/.test(next?.text ?? '') || /['’]s$/.test(toks[b - 1]?.text ?? '')) out.push('possessive');
  // `Anggota ASEAN ini menegaskan`: a name closed by a demonstrative only qualifies a description.
  if (next?.word && next.text === next.low && lex.demonstratives.includes(next.low)) out.push('thenDemonstrative');
  // `kata Direktur … Twitter Asia, Name`: a body or title with the person's name set after a comma;
  // `…, Name` is that person.
  if (next?.text === ',' && nameToken(ctx, b + 1)) out.push('nameAfterComma');
  if (prev === ',' && nameToken(ctx, a - 2)) out.push('afterCommaName');
  // `Dikatakannya, …`: one capitalized word opening a sentence, likely no name.
  if (b - a === 1 && sentenceInitial(ctx, a)) out.push('initialWord');
  return out;
}

/**
 * The lower-case words of a description at the cue (`the agency reported`, `said the ministry`,
 * `ujar pemain asal Papua itu`): after a definite article or before a demonstrative, within a few
 * tokens of the cue verb, in its sentence and outside the quote.
 */
function cueDescription(env: RankEnv, h: QuoteHit): Set<string> {
  const { toks, lex } = env.ctx;
  const out = new Set<string>();
  if (h.cueAt === undefined) return out;
  const definite = lex.articles.definite;
  const c = tokenAt(toks, h.cueAt);
  const si = spanAt(env.sents, h.cueAt);
  const lo = Math.max(0, c - 5);
  const hi = Math.min(toks.length, c + 6);
  const usable = (j: number) => j >= lo && j < hi && toks[j].word && toks[j].text === toks[j].low && !env.inQuote(toks[j].start) && spanAt(env.sents, toks[j].start) === si && (toks[j].start < h.start || toks[j].start >= h.end);
  for (let i = lo; i < hi; i++) {
    if (!usable(i)) continue;
    if (definite.includes(toks[i].low)) for (let j = i + 1; j <= i + 3 && usable(j) && j !== c; j++) out.add(toks[j].low);
    if (lex.demonstratives.includes(toks[i].low)) for (let j = i - 1; j >= i - 3 && usable(j) && j !== c; j--) out.add(toks[j].low);
  }
  return out;
}

/** Does the candidate read as an organisation: a tagged one, or a name holding a party noun, a body or a company suffix? */
function orgLike(env: RankEnv, occ: Occurrence[]): boolean {
  const { lex } = env.ctx;
  return occ.some((o) => {
    if (o.who.mention !== null && env.entities[o.who.mention]?.type === 'ORGANIZATION') return true;
    return o.who.text
      .toLowerCase()
      .split(/[\s.,]+/)
      .some((w) => lex.partyNouns.includes(w) || lex.bodies.includes(w) || lex.nameSuffixes.includes(w));
  });
}

/** Is the quote before hit k an unnamed speaker's, in the sentence before or the same one? */
function unnamedJustBefore(env: RankEnv, hits: QuoteHit[], k: number): boolean {
  const p = hits[k - 1];
  if (!p?.unnamedCue) return false;
  const h = hits[k];
  const sp = spanAt(env.sents, Math.max(p.end, p.cueAt ?? p.end));
  const sh = spanAt(env.sents, Math.min(h.start, h.cueAt ?? h.start));
  return sp >= 0 && sh >= 0 && sh - sp <= 1;
}

/** Is an indefinite person (`a … spokesman`, `seorang …`, `one official`) printed in the quote's sentences, outside it? */
function unnamedNear(env: RankEnv, h: QuoteHit): boolean {
  const { toks, lex } = env.ctx;
  const a = env.sents[Math.max(0, spanAt(env.sents, h.start) - 1)]?.[0] ?? h.start;
  const b = env.sents[spanAt(env.sents, Math.max(h.start, h.end - 1))]?.[1] ?? h.end;
  const words = new Set([...lex.articles.indefinite, ...lex.indefinitePersons, ...lex.unnamedOfficials]);
  for (let k = tokenAt(toks, a); k < toks.length && toks[k].start < b; k++) {
    if (toks[k].start >= h.start && toks[k].start < h.end) continue;
    if (words.has(toks[k].low) && !env.inQuote(toks[k].start)) return true;
  }
  return false;
}

/**
 * Does the name at [s, e) open its sentence's main clause (the subject): near the sentence start or
 * after a fronted phrase's comma, with a lower-case word (its verb) or a comma right after it?
 */
function subjectAt(env: RankEnv, s: number, e: number): boolean {
  const { toks } = env.ctx;
  const si = spanAt(env.sents, s);
  if (si < 0) return false;
  const a = tokenAt(toks, s);
  const first = tokenAt(toks, env.sents[si][0]);
  const next = toks[tokenAt(toks, e)];
  if (!next || !((next.word && next.text === next.low) || next.text === ',')) return false;
  const lead = toks.slice(first, a);
  if (lead.every((t) => !t.word || /^\p{Lu}/u.test(t.text) || env.ctx.titles.has(t.low)) && lead.length <= 4) return true;
  return toks[a - 1]?.text === ',' && a - first <= 14;
}

/** The printed form a group stands for: the rules' own when they chose this person, else the nearest with a mention, else the longest. */
function pickRep(occ: Occurrence[], h: QuoteHit): Resolved {
  const rule = occ.find((o) => o.source === 'rule');
  if (rule) return rule.who;
  const near = (o: Occurrence) => (o.at ? Math.min(Math.abs(o.at[0] - h.start), Math.abs(o.at[0] - h.end)) : Infinity);
  const sorted = [...occ].sort((a, b) => Number(b.who.mention !== null) - Number(a.who.mention !== null) || near(a) - near(b) || b.who.text.length - a.who.text.length);
  return sorted[0].who;
}
