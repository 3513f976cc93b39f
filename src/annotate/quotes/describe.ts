/**
 * A speaker described before (or without) being named: `A Pentagon spokesman said …` is the
 * person the text names with that role later (`said spokesman Kenneth Bacon`), `The grandmother of
 * X said …` the one printed as `X's grandmother, Mariela`; an indefinite description no later name
 * fits (`An Iraqi official, speaking on condition of anonymity, said …`) is no one the text names,
 * and so is `The official said …` when the last official described was such a one.
 */
import { isCap, tokenAt } from './text.js';
import { cleanRun, ref, nameToken, runForward, speakerAfter, type SpeakerContext, type SpeakerRef } from './speaker.js';

/** The language's articles (src/lang/speech.ts): indefinite ones introduce someone new. */
const articleSets = new WeakMap<object, { indefinite: Set<string>; definite: Set<string> }>();
function articlesOf(ctx: SpeakerContext): { indefinite: Set<string>; definite: Set<string> } {
  let a = articleSets.get(ctx.lex);
  if (!a) articleSets.set(ctx.lex, (a = { indefinite: new Set(ctx.lex.articles.indefinite), definite: new Set(ctx.lex.articles.definite) }));
  return a;
}
/**
 * How far ahead (characters) a later name for a new, indefinite description is looked for; a
 * relative (`The grandmother of X`) may be named anywhere later.
 */
const AHEAD = 600;

export interface Description {
  /** The role or person noun heading the description (`spokesman`, `grandmother`). */
  noun: string;
  nounTok: number;
  indefinite: boolean;
  /** Described through someone else (`The grandmother of X`): a relative, named later if at all. */
  related: boolean;
  /** Opens a wire story's lead, after its dateline (`O'SMACH, Cambodia (AP)_ The top commander …`). */
  lead?: boolean;
}

/** Is token k a role or person noun (the last word of a role: `foreign minister`)? */
function headNoun(ctx: SpeakerContext, k: number): boolean {
  const w = ctx.toks[k]?.low ?? '';
  return ctx.lex.personNouns.includes(w) || ctx.roles.some((r) => r[r.length - 1] === w);
}

/**
 * The description that is the subject of the verb at token `v` (sentence from `floor`): an article,
 * modifiers, a head noun, and an optional `of <Name>` or `of` and a few words (`of a rebel
 * militia`); a participial aside after it
 * (`, speaking on …,`) is skipped.
 */
export function descriptionBefore(ctx: SpeakerContext, v: number, floor: number): Description | null {
  const { toks } = ctx;
  const { indefinite: INDEFINITE, definite: DEFINITE } = articlesOf(ctx);
  let e = v - 1;
  if (toks[e]?.text === ',') {
    let c = e - 1;
    while (c > floor && toks[c].text !== ',') c--;
    if (c <= floor || !/ing$/.test(toks[c + 1]?.low ?? '')) return null;
    e = c - 1;
  }
  // `of Elian Gonzalez`
  let k = e;
  while (k > floor && isCap(toks[k])) k--;
  let related = k < e && toks[k]?.low === 'of';
  if (related) e = k - 1;
  // `The top commander of a rebel militia`, `a friend of the mayor's attacker`: a few words after `of`.
  for (let o = e - 1; !related && o > floor && o >= e - 5 && toks[o].word; o--) {
    if (toks[o].low !== 'of' || !headNoun(ctx, o - 1)) continue;
    related = true;
    e = o - 1;
  }
  if (!headNoun(ctx, e)) return null;
  let s = e - 1;
  let modifiers = 0;
  while (s >= floor && toks[s].word && !INDEFINITE.has(toks[s].low) && !DEFINITE.has(toks[s].low) && modifiers < 3) {
    s--;
    modifiers++;
  }
  if (!(INDEFINITE.has(toks[s]?.low ?? '') || DEFINITE.has(toks[s]?.low ?? ''))) return null;
  // The article opens the subject: at the sentence start (past a dateline), after a connective (`But
  // an INS spokeswoman said`) or after a fronted participial clause (`Asked to comment …, a … spokesman said`).
  const f = pastDateline(ctx, floor, s);
  const connective = s === f + 1 && ctx.lex.connectives.includes(toks[f].low);
  const fronted = s > f + 1 && toks[s - 1].text === ',' && /(ed|ing)$/.test(toks[f].low) && toks[f + 1].word && !isCap(toks[f + 1]);
  if (s !== f && !connective && !fronted) return null;
  return { noun: toks[e].low, nounTok: e, indefinite: INDEFINITE.has(toks[s].low), related, lead: f > floor };
}

/** The first word after a wire dateline opening the sentence at `floor` (`O'SMACH, Cambodia (AP)_ `), or floor. */
function pastDateline(ctx: SpeakerContext, floor: number, limit: number): number {
  const { toks } = ctx;
  for (let q = floor + 1; q < Math.min(limit, floor + 10); q++) {
    if (toks[q].text !== ')' || toks[q - 2]?.text !== '(') continue;
    let w = q + 1;
    while (w < limit && /^[-_—–]+$/.test(toks[w].text)) w++;
    return w > q + 1 && toks[w]?.word ? w : floor;
  }
  return floor;
}

/** The name printed with the description's noun after it (`spokesman Kenneth Bacon`, `grandmother, Mariela`). */
export function namedLater(ctx: SpeakerContext, d: Description): SpeakerRef | null {
  const { toks } = ctx;
  const limit = d.related ? ctx.text.length : toks[d.nounTok].end + AHEAD;
  for (let k = d.nounTok + 1; k < toks.length && toks[k].start < limit; k++) {
    if (toks[k].low !== d.noun) continue;
    // `spokesman Kenneth Bacon` (read from the role), `grandmother, Mariela,` (an apposition).
    const r = speakerAfter(ctx, k, toks[k].end + 60) ?? (toks[k + 1]?.text === ',' && isCap(toks[k + 2]) ? speakerAfter(ctx, k + 2, toks[k].end + 60) : null);
    if (r && r.kind === 'name' && r.start > toks[k].start) return r;
  }
  return d.lead ? nextSentenceName(ctx, d.nounTok) : null;
}

/**
 * `The top commander of a rebel militia said …. Gen. Okello Mutesa, a former …`: a wire lead names
 * whom it described at the start of its next sentence, a full name set off by a comma.
 */
function nextSentenceName(ctx: SpeakerContext, from: number): SpeakerRef | null {
  const { toks, text } = ctx;
  let q = from;
  while (toks[q] && !(toks[q].text === '.' && /^[ \t]+$/.test(text.slice(toks[q].end, toks[q + 1]?.start ?? toks[q].end)) && isCap(toks[q + 1]))) q++;
  if (!toks[q]) return null;
  const e = runForward(ctx, q + 1, text.length);
  const c = cleanRun(ctx, q + 1, e);
  return c && c[1] - c[0] >= 2 && c[1] === e && toks[e]?.text === ',' ? ref(ctx, 'name', c[0], c[1]) : null;
}

/**
 * `The official said …` right after an unnamed `An Iraqi official … said`: the nearest earlier
 * mention of the noun opened an indefinite description no name followed.
 */
export function unnamedAgain(ctx: SpeakerContext, d: Description): boolean {
  const { toks } = ctx;
  if (d.indefinite) return false;
  const INDEFINITE = articlesOf(ctx).indefinite;
  for (let k = d.nounTok - 1; k >= 0; k--) {
    if (toks[k].low !== d.noun) continue;
    let s = k - 1;
    while (s >= 0 && toks[s].word && !INDEFINITE.has(toks[s].low) && k - s <= 3) s--;
    if (!INDEFINITE.has(toks[s]?.low ?? '')) return false;
    const later = namedLater(ctx, { noun: d.noun, nounTok: k, indefinite: true, related: false });
    return !later || later.start > toks[d.nounTok].start;
  }
  return false;
}

/**
 * The head noun of a description printed as a speaker (`eks pelatih akademi Arsenal itu` ->
 * `pelatih`): its first word past a word for what the person once was. Null when it is no person
 * or role noun.
 */
export function descriptionNoun(ctx: SpeakerContext, r: SpeakerRef): string | null {
  const words = r.text.toLowerCase().split(/\s+/);
  if (words.length < 2) return null;
  const head = ctx.lex.formerMarkers.includes(words[0]) ? words[1] : words[0];
  return ctx.lex.personNouns.includes(head) || ctx.roles.some((x) => x.length === 1 && x[0] === head) ? head : null;
}

/**
 * The name printed right after the description's head noun nearest before it (`… dibanggakan
 * pelatih Andries Jonker. "…," ujar eks pelatih akademi Arsenal itu`): the person the text has
 * introduced with that noun. Null when the noun never stood before a name.
 */
export function namedBefore(ctx: SpeakerContext, r: SpeakerRef, noun: string): SpeakerRef | null {
  const { toks } = ctx;
  for (let k = tokenAt(toks, r.start) - 1; k >= 0; k--) {
    if (toks[k].low !== noun || !nameToken(ctx, k + 1)) continue;
    const c = cleanRun(ctx, k + 1, runForward(ctx, k + 1, toks[k + 1].end + 80));
    if (c) return ref(ctx, 'name', c[0], c[1]);
  }
  return null;
}
