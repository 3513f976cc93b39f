/**
 * A speaker found at a cue, as the rest of the annotator and the ranker see it: the entity mention
 * that covers the name, else the name widened to its long form in the article; and whether it may
 * be a person.
 */
import type { EntityMention } from '../../model/types.js';
import type { SpeechLexicon } from '../../lang/speech.js';
import { overlapping } from './overlaps.js';
import { inHeadline, isCap } from './text.js';
import { degreeFollows } from './degrees.js';
import { adjacent, cleanRun, commonAtStart, inOtherName, pastFrontedPlace, sentenceInitial, type SpeakerContext, type SpeakerRef } from './speaker.js';

export interface Resolved {
  text: string;
  start: number;
  end: number;
  mention: number | null;
}

/** Is `w` a verb of saying, strong or weak (`kata`, `mengatakan`, `menyampaikan`)? */
export function speechWord(lex: SpeechLexicon, w: string): boolean {
  return lex.cueVerbs.includes(w) || lex.reportingVerbs.includes(w) || lex.weakReportingVerbs.includes(w);
}

/** A name at the cue, mapped to the entity mention that covers it, else widened to its long form. */
export function nameResolved(ctx: SpeakerContext, r: SpeakerRef, entities: EntityMention[]): Resolved {
  let best = -1;
  let bestOverlap = 0;
  for (const i of overlapping(entities, r.start, r.end)) {
    const m = entities[i];
    if (!mentionFits(ctx, m, r)) continue;
    const ov = Math.min(m.end, r.end) - Math.max(m.start, r.start);
    // A person inside the name found at the cue is the speaker, over a place or body beside it
    // (`Duta Besar Korea Selatan Cho Tae-yong`); of two persons, the one ending the name (`GM After
    // Sales & PR X Budi`: the tagger may read a unit's words as a person).
    const score = ov + (m.type === 'PERSON' ? 1000 : 0) + (m.type === 'PERSON' && m.end === r.end ? 500 : 0);
    if (score > bestOverlap) {
      best = i;
      bestOverlap = score;
    }
  }
  if (best >= 0) {
    const m = entities[best];
    return { text: m.text, start: m.start, end: m.end, mention: best };
  }
  return { text: longForm(ctx, r), start: r.start, end: r.end, mention: null };
}

/**
 * Can the tagger's mention stand for the name found at the cue? Not when the two cross
 * (`Saudi Ali` against `Ali al-Naimi`), when a non-person mention swallows a title before the name, or when the mention's extra words are speech words the
 * tagger swallowed (`Sepengetahuan Bambang`): the name found at the cue is then the better span.
 */
function mentionFits(ctx: SpeakerContext, m: EntityMention, r: SpeakerRef): boolean {
  const inside = m.start >= r.start && m.end <= r.end;
  const covers = m.start <= r.start && m.end >= r.end;
  if (!inside && !covers) return false;
  if (inside) return true;
  // `Humas SKK Migas Rudianto Rimbono` tagged as one organisation: a name of two words or more
  // found at the cue, under a wider mention of another type, is a person behind their title.
  // So is one word the rules cut off the end of such a mention (`Kepala Dinas Pemuda dan Olahraga
  // Padang Suardi`: the tagger's organisation swallowed the person).
  if (m.type !== 'PERSON' && m.start < r.start && (/\s/.test(r.text) || m.end === r.end)) return false;
  const { lex } = ctx;
  const extra = (ctx.text.slice(m.start, r.start) + ' ' + ctx.text.slice(r.end, m.end)).toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const speechWords = [lex.cueVerbs, lex.reportingVerbs, lex.pronouns, lex.accordingTo.filter((a) => !/\s/.test(a))];
  return !extra.some((w) => w && speechWords.some((l) => l.includes(w)));
}

/**
 * The long form of a one-word name: the longest earlier capitalized run in the article that holds
 * it, preferring runs that end with it (`Putin` in `Vladimir Putin`) over runs it starts
 * (`Kim` in `Kim Jong Un`); a run of more than three words is cut around the short name.
 */
function longForm(ctx: SpeakerContext, r: SpeakerRef): string {
  if (/\s/.test(r.text)) return r.text;
  const idx = ctx.wordIndex.get(r.text) ?? [];
  // `King Hussein` beside `Saddam Hussein`: a name the text prints after a title only a person
  // bears, with no first name, may be someone else than the longer run holding it; keep it short.
  if (idx.some((i) => isCap(ctx.toks[i - 1]) && ctx.lex.honorifics.includes(ctx.toks[i - 1]?.low ?? '') && !(ctx.toks[i + 1] && isCap(ctx.toks[i + 1])))) return r.text;
  // The runs holding earlier occurrences of the name; each occurrence is read once per article.
  let lo = 0;
  let hi = idx.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.toks[idx[mid]].start < r.start) lo = mid + 1;
    else hi = mid;
  }
  let byName = longForms.get(ctx);
  if (!byName) longForms.set(ctx, (byName = new Map()));
  let best = byName.get(r.text);
  if (!best) byName.set(r.text, (best = [{ text: r.text, score: 0 }]));
  while (best.length <= lo) {
    const prev = best[best.length - 1];
    const here = longFormAt(ctx, idx[best.length - 1]);
    best.push(here && here.score > prev.score ? here : prev);
  }
  return best[lo].text;
}

/** Per article and name: the best long form among the name's first k occurrences, at k. */
const longForms = new WeakMap<SpeakerContext, Map<string, Array<{ text: string; score: number }>>>();

/** The long form the run around the name's occurrence at token i offers, with its score. */
function longFormAt(ctx: SpeakerContext, i: number): { text: string; score: number } | null {
  // A headline capitalizes every word: the words after a name there are its verb and object
  // (`Microsoft Rushes Emergency Fix`, `Sandi Kalahkan Ahok`), only the one before it may be a
  // first name (`Ini Komentar Jurgen Klopp`), and the body's forms outrank it.
  const head = inHeadline(ctx.toks, ctx.text, i);
  let a = i;
  while (a > 0 && isCap(ctx.toks[a - 1]) && adjacent(ctx, a - 1)) a--;
  let b = i + 1;
  while (b < ctx.toks.length && isCap(ctx.toks[b]) && adjacent(ctx, b - 1)) b++;
  // `dari Universitas Gadjah Mada, Mada Sukmajati`: a run after a preposition of place is a place
  // or a body, no long form of a person's name.
  if (ctx.lex.locativePrepositions.includes(ctx.toks[a - 1]?.low ?? '')) return null;
  const c0 = cleanRun(ctx, a, b);
  // `Di Twitter Kim …` is no long form of `Kim`.
  const c = c0 && pastFrontedPlace(ctx, a, c0);
  if (!c || i < c[0] || i >= c[1]) return null;
  let [x, y] = c;
  if (head) [x, y] = [Math.max(x, i - 1), i + 1];
  else if (y - x > 3) {
    if (i === y - 1) x = y - 2;
    else {
      x = i;
      y = Math.min(y, i + 3);
    }
  }
  // `membacakan BAP Anton`: an acronym of three letters or more before the name is a thing or a
  // body, not the name's first word (two may be initials: `AM Fikri`); nor is a word printed in
  // another name or as a place (`akun Instagram Hanung`: `Instagram`).
  // Nor a sentence's first word the text prints in lower case elsewhere (`Satelit Telkom 1 …`).
  while (x < i && (/^\p{Lu}{3,}$/u.test(ctx.toks[x].text) || inOtherName(ctx, x) || commonAtStart(ctx, x))) x++;
  if (y - x < 2) return null;
  const s = ctx.text.slice(ctx.toks[x].start, ctx.toks[y - 1].end);
  // A run widened only by a sentence's first word (`Sesumbar Anies menutup …`) is the weakest
  // evidence: that capital may be a common word.
  // A company's registered name (`Harwell PLC`) outranks a unit's (`Harwell Chemicals`).
  const suffixed = ctx.lex.nameSuffixes.includes(ctx.toks[y - 1].low) ? 500 : 0;
  if (head) return { text: s, score: s.length };
  return { text: s, score: (x < i && sentenceInitial(ctx, x) ? 0 : 2000) + (i === y - 1 ? 1000 : 0) + suffixed + s.length };
}

/**
 * Could this speaker be a person? The tagger's type when a mention covers it; otherwise not an
 * acronym in capitals (`BBC`, `OPEC`) and not a name the article also prints after a preposition
 * of place (`di Kremlin`, `dari Pertamina`, but not after a comparative: `lebih tua dari Nadine`),
 * which marks places and organisations.
 */
export function personLike(ctx: SpeakerContext, r: Resolved, entities: EntityMention[]): boolean {
  // A degree after the name (`Giuseppe Crippa, MD`) marks a person, whatever the tagger read.
  if (degreeFollows(ctx, r.end)) return true;
  if (r.mention !== null) return entities[r.mention].type === 'PERSON';
  const name = ctx.text.slice(r.start, r.end);
  if (/^\p{Lu}{2,}$/u.test(name)) return false;
  const known = ctx.memo.get(name);
  if (known !== undefined) return known;
  // Token-wise: an occurrence of the name right after a preposition of place, not continued by
  // another capitalized word (`di Kremlin`, but not `dengan Kim Jong Un` for `Kim`).
  const words = name.split(/\s+/);
  let person = true;
  // An age printed with the name (`Manuel Gonzalez, 59,`, `Wiwit (30)`) marks a person wherever else it stands.
  const aged = (ctx.wordIndex.get(words[words.length - 1]) ?? []).some((i) => {
    const [a, n, b] = ctx.toks.slice(i + 1, i + 4);
    return !!b && /^\d{1,3}$/.test(n.text) && ((a.text === ',' && b.text === ',') || (a.text === '(' && b.text === ')'));
  });
  if (aged) {
    ctx.memo.set(name, true);
    return true;
  }
  // A name the text also prints with a company suffix (`Hewlett` beside `Hewlett-Packard Co.`) is a company.
  const hyphened = [...ctx.wordIndex.keys()].filter((w) => w.startsWith(`${words[0]}-`)).flatMap((w) => ctx.wordIndex.get(w)!);
  const company = [...(ctx.wordIndex.get(words[0]) ?? []), ...hyphened].some((i) => {
    for (let k = i + 1; k < i + 6 && ctx.toks[k] && (adjacent(ctx, k - 1) || ctx.toks[k].start === ctx.toks[k - 1].end); k++) {
      if (ctx.lex.nameSuffixes.includes(ctx.toks[k].low)) return true;
      if (!isCap(ctx.toks[k]) && !/^[-–.]$/.test(ctx.toks[k].text)) return false;
    }
    return false;
  });
  if (company) {
    ctx.memo.set(name, false);
    return false;
  }
  // `King Hussein`, `Mr. Antolini`: a name printed after a title only a person bears is a person's,
  // wherever else it stands (`his meeting with Hussein`).
  const honored = (ctx.wordIndex.get(words[0]) ?? []).some((i) => {
    const k = ctx.toks[i - 1]?.text === '.' ? i - 2 : i - 1;
    return !!ctx.toks[k] && isCap(ctx.toks[k]) && ctx.lex.honorifics.includes(ctx.toks[k].low);
  });
  if (honored) {
    ctx.memo.set(name, true);
    return true;
  }
  // `the Soviet Union said`, `the Pentagon.`: a name printed whole after the definite article, then
  // a verb of speech, an auxiliary or a mark, is a country or a body (not `the Bush administration`).
  const definite = ctx.lex.articles.definite;
  const bodyLike = (ctx.wordIndex.get(words[0]) ?? []).some((i) => {
    if (!definite.includes(ctx.toks[i - 1]?.low ?? '') || !words.every((w, k) => ctx.toks[i + k]?.text === w)) return false;
    const after = ctx.toks[i + words.length];
    return !!after && (!after.word || speechWord(ctx.lex, after.low) || ctx.lex.clauseMarkers.includes(after.low));
  });
  if (bodyLike) {
    ctx.memo.set(name, false);
    return false;
  }
  for (const i of ctx.wordIndex.get(words[0]) ?? []) {
    const prev = ctx.toks[i - 1];
    // Not a preposition of company (`his meeting with Hussein`, `a news conference with Albright`).
    if (!prev || !ctx.lex.locativePrepositions.includes(prev.low) || ctx.lex.comitatives.includes(prev.low)) continue;
    // `lebih tua setahun dari Nadine`: a comparison, not a place.
    if (ctx.toks.slice(Math.max(0, i - 5), i - 1).some((x) => ctx.lex.comparatives.includes(x.low))) continue;
    if (!words.every((w, k) => ctx.toks[i + k]?.text === w)) continue;
    const after = ctx.toks[i + words.length];
    if (after && isCap(after) && adjacent(ctx, i + words.length - 1)) continue;
    // `moved to Manuel Gonzalez's home`: the place is what the name owns.
    if (after && /^['’]s$/.test(after.text) && after.start === ctx.toks[i + words.length - 1].end) continue;
    // `dari Anies - Sandi`: a pair of names (a ticket, a duo) joined by a dash, not a place.
    if (after && /^[-–]$/.test(after.text) && isCap(ctx.toks[i + words.length + 1])) continue;
    person = false;
    break;
  }
  ctx.memo.set(name, person);
  return person;
}

export function sameName(a: string, b: string): boolean {
  const A = a.toLowerCase().split(/\s+/);
  const B = b.toLowerCase().split(/\s+/);
  return A.some((x) => B.includes(x));
}
