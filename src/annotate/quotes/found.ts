/**
 * What the readers of indirect speech share while they go through a text: the quotes and
 * statements found so far, and the sentence being read.
 */
import type { Event, QuoteContext } from './context.js';
import { tokenAt } from './text.js';

export interface Findings {
  /** Every quote and statement found so far, the direct quotes first. */
  events: Event[];
  /** The direct quotes. */
  direct: Event[];
  /** Verbs whose subject is a description no name fits (`An official … said`): no speaker, in any reading. */
  anonymous: Set<number>;
}

/** A sentence read for indirect speech. */
export interface Sentence {
  ss: number;
  se: number;
  /** Where a statement put before a cue may start: past a wire lead's dateline. */
  lead: number;
  /** Its tokens, [a, b). */
  a: number;
  b: number;
}

/** Does a direct quote start in [s, e)? */
export function directIn(quotes: Findings, s: number, e: number): boolean {
  return quotes.direct.some((d) => d.start >= s && d.start < e);
}

/** Does a direct quote open at `cs` (its mark at or next to it, whatever the mark's length)? */
export function opensDirect(ctx: QuoteContext, quotes: Findings, cs: number): boolean {
  return ctx.pairs.some((p) => p.open >= cs - 1 && p.open < cs + 2 && directIn(quotes, p.open, p.open + p.openLen + 1));
}

/** Does the verb at offset `at` frame a direct quote (`Kim menyebut … sebagai “…”`)? */
export function embeddedVia(quotes: Findings, at: number): boolean {
  return quotes.direct.some((d) => d.cue === 'embedded' && d.at === at);
}

/**
 * A verb that already names the speaker of a direct quote (`“…,” X said in Washington`), also
 * inside a post-posed cue (`"…," demikian ia menyebut …`).
 */
export function cueOfDirect(ctx: QuoteContext, quotes: Findings, at: number): boolean {
  const { toks, lex } = ctx;
  return quotes.direct.some(
    (d) =>
      (d.cue === 'after' || d.cue === 'before') &&
      (d.at === at || (d.cue === 'after' && d.at < at && lex.postPosedMarkers.includes(toks[tokenAt(toks, d.at)].low) && tokenAt(toks, at) - tokenAt(toks, d.at) <= 3)),
  );
}
