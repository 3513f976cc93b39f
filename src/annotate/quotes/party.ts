/**
 * What `the agency said` / `the company said` stands for when no party has spoken yet, or when the
 * text printed the party's name with that noun as its head: `the agency` after `the official Iraqi
 * News Agency` is that agency, not whichever party spoke last; `The company said` in a filing story
 * whose first company (`MGM Grand Inc. has agreed to …`) has not spoken yet is that company.
 */
import { initialDot, isCap } from './text.js';
import { isDefinite, ref, type SpeakerContext, type SpeakerRef } from './speaker.js';

/** The capitalized run ending at token `k` (the name), or null when `k` stands alone. */
function runEndingAt(ctx: SpeakerContext, k: number, minWords: number): SpeakerRef | null {
  const { toks, text } = ctx;
  let j = k;
  while (j > 0 && toks[j].start - toks[j - 1].end <= 1) {
    if (isCap(toks[j - 1]) && toks[j - 1].low !== 'the') j--;
    // `the U.S. Embassy`: an initial's dot is part of the name.
    else if (initialDot(toks, j - 1)) j -= 2;
    else break;
  }
  if (k - j + 1 < minWords) return null;
  return { kind: 'name', start: toks[j].start, end: toks[k].end, text: text.slice(toks[j].start, toks[k].end) };
}

/**
 * The nearest earlier name whose head is the noun of `the <noun>` (`Iraqi News Agency` for `the
 * agency`), or that the text set in apposition to that noun (`The group, WeWorkers United, formed
 * …` before `the group said`).
 */
export function namedParty(ctx: SpeakerContext, r: SpeakerRef): SpeakerRef | null {
  const noun = r.text.toLowerCase().split(/\s+/).pop()!;
  const { toks } = ctx;
  for (let k = toks.length - 1; k >= 0; k--) {
    if (toks[k].end > r.start || toks[k].low !== noun) continue;
    const n = isCap(toks[k]) ? runEndingAt(ctx, k, 2) : apposedName(ctx, k);
    if (n) return n;
  }
  return null;
}

/** `the group, WeWorkers United,`: the name set off by commas right after the definite noun at token k. */
function apposedName(ctx: SpeakerContext, k: number): SpeakerRef | null {
  const { toks, text } = ctx;
  if (!isDefinite(ctx, toks[k - 1]?.low ?? '') || toks[k + 1]?.text !== ',' || !isCap(toks[k + 2])) return null;
  let e = k + 2;
  while (isCap(toks[e + 1]) && toks[e + 1].start - toks[e].end <= 1) e++;
  if (toks[e + 1]?.text !== ',') return null;
  return ref(ctx, 'name', k + 2, e + 1);
}

/** The first company the text names with a suffix (`MGM Grand Inc.`): the one a business story is about. */
export function firstCompany(ctx: SpeakerContext, before: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  for (let k = 1; k < toks.length && toks[k].end <= before; k++) {
    if (!isCap(toks[k]) || !lex.nameSuffixes.includes(toks[k].low)) continue;
    const n = runEndingAt(ctx, k, 2);
    if (n) return n;
  }
  return null;
}

/**
 * The name opening the text's first sentence, past a dateline (`SYDNEY, Australia (AP)_ Zephyr Air
 * will …`), when an auxiliary follows it: the party the story is about, for `the airline said`
 * when no company is named with a suffix.
 */
export function leadName(ctx: SpeakerContext, before: number): SpeakerRef | null {
  const { toks } = ctx;
  let a = 0;
  for (let k = 0; k < Math.min(toks.length, 15); k++) if (/^[_\-–—]$/.test(toks[k].text)) a = k + 1;
  // `Microsoft Rushes Emergency Fix …` and a date line, with no full stop: a headline above the lead.
  for (let line = 0; line < 3; line++) {
    const r = leadNameAt(ctx, a, before);
    if (r) return r;
    a = headlineEnd(ctx, a);
    if (a < 0) break;
  }
  return null;
}

/** The first token of the line after the one opening at token `a`, when that line ends with no stop; else -1. */
function headlineEnd(ctx: SpeakerContext, a: number): number {
  const { toks, text } = ctx;
  const nl = text.indexOf('\n', toks[a]?.start ?? text.length);
  if (nl < 0 || /[.!?]["”'’]?\s*$/.test(text.slice(toks[a].start, nl))) return -1;
  let k = a;
  while (k < toks.length && toks[k].start < nl) k++;
  return k < toks.length ? k : -1;
}

/** The capitalized run opening at token `a` when an auxiliary follows it (`Zephyr Air will …`). */
function leadNameAt(ctx: SpeakerContext, a: number, before: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  let b = a;
  while (b < toks.length && isCap(toks[b]) && (b === a || toks[b].start - toks[b - 1].end <= 1)) b++;
  if (b === a || toks[b - 1].end > before || !lex.clauseMarkers.includes(toks[b]?.low ?? '')) return null;
  return { kind: 'name', start: toks[a].start, end: toks[b - 1].end, text: ctx.text.slice(toks[a].start, toks[b - 1].end) };
}

/**
 * `A statement by the Foreign Affairs Department …` before `the statement said`: the name after the
 * nearest earlier message noun and its agent marker (`by`, maybe after a participle of issuing:
 * `a letter signed by X` before `continued the letter`), skipping an article.
 */
export function messageAuthor(ctx: SpeakerContext, r: SpeakerRef): SpeakerRef | null {
  const { toks, lex } = ctx;
  const noun = r.text.toLowerCase().split(/\s+/).pop()!;
  for (let k = toks.length - 2; k >= 0; k--) {
    if (toks[k].end > r.start || toks[k].low !== noun) continue;
    // `a letter signed by Gonzalez`: a participle of issuing may stand before the agent.
    const by = lex.releaseVerbs.includes(toks[k + 1].low) ? k + 2 : k + 1;
    if (!lex.agentMarkers.includes(toks[by]?.low ?? '')) continue;
    let a = by + 1;
    if (isDefinite(ctx, toks[a]?.low ?? '')) a++;
    if (!isCap(toks[a])) continue;
    let b = a;
    while (b + 1 < toks.length && isCap(toks[b + 1]) && toks[b + 1].start - toks[b].end <= 1) b++;
    return { kind: 'name', start: toks[a].start, end: toks[b].end, text: ctx.text.slice(toks[a].start, toks[b].end) };
  }
  return null;
}

/**
 * `the government of Turkmenistan` before `The government claims …`: the state named with the
 * nearest earlier body noun of that kind after `of`.
 */
export function stateOfBody(ctx: SpeakerContext, r: SpeakerRef): SpeakerRef | null {
  const noun = r.text.toLowerCase().split(/\s+/).pop()!;
  const { toks, lex } = ctx;
  for (let k = toks.length - 1; k > 0; k--) {
    if (toks[k].end > r.start || toks[k].low !== noun || isCap(toks[k])) continue;
    // Not a possessor (`Berdymukhamedov's government` may be a person's).
    if (!isDefinite(ctx, toks[k - 1].low) || !lex.affiliationMarkers.includes(toks[k + 1]?.low ?? '') || !isCap(toks[k + 2])) continue;
    let e = k + 2;
    while (isCap(toks[e + 1]) && toks[e + 1].start - toks[e].end <= 1) e++;
    return ref(ctx, 'name', k + 2, e + 1);
  }
  return null;
}
