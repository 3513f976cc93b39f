/**
 * Quotes: direct quotes (inside quote marks) and indirect speech, each with its speaker.
 *
 * Cue forms (the words come from the language's speech lexicon, `src/lang/<code>/speech.ts`):
 * - after the quote: `“…,” ujar Putin`, `"…," kata Lavrov`, `“…,” ujarnya`, `"…," he said`,
 *   `"…," Smith told reporters`;
 * - before it: `Kata Choe, “…”`, `Ali mengatakan, “…”`, `Menurut X, “…”`;
 * - embedded in a reporting sentence: `Kim menyebut … sebagai “…”`;
 * - a quote split around its cue or continued in the next paragraph takes the same speaker;
 * - indirect: `X mengatakan, …`, `Ia menyebut …`, `X menyatakan bahwa …`, `Menurut X, …`,
 *   `…, kata X.`, `X said (that) …`, `X told reporters …`, `According to X, …`.
 *
 * A pronoun (`ia`, `dia`, `ujarnya`, `he`) or a role (`juru bicara Kremlin`) is resolved to the
 * most recent speaker, else to the nearest person mention before the cue.
 *
 * `QuoteSpan.speaker` holds, in this order: the canonical entity id of the entity mention that
 * covers the speaker (when linking has set `entity`), else that mention's text, else — when no
 * mention covers it (e.g. the tagger found none) — the name as printed, widened to the longest
 * form of it earlier in the article (`Ali` -> `Ali Mundakir`). Null when the text does not say.
 */
import type { LangPack } from '../../lang/pack.js';
import type { CleanArticle, EntityMention, QuoteSpan } from '../../model/types.js';
import { type Event, type QuoteContext, quoteContext } from './context.js';
import { findDirectQuotes } from './direct.js';
import type { Findings } from './found.js';
import { pronounGender } from './gender.js';
import { findIndirectSpeech } from './indirect.js';
import { withPosts } from './posts.js';
import { type RankEnv, type SpeakerCandidate, speakerCandidates } from './rank/candidates.js';
import { rankSpeakers } from './rank/index.js';
import { loadSpeakerModel } from './rank/model.js';
import { resolveSpeakers } from './reading-order.js';
import type { SpeakerKind } from './speaker.js';
import { partyRef } from './subjects.js';

/** Whether findQuotes lets the trained ranker choose speakers when the caller does not say. */
const RANK_BY_DEFAULT = true;

export type QuoteCue = 'after' | 'before' | 'embedded' | 'continued' | 'indirect' | 'according' | 'after-indirect' | 'none';

/** A quote with how its speaker was found: the internal result the exported spans are made from. */
export interface QuoteHit {
  start: number;
  end: number;
  text: string;
  direct: boolean;
  cue: QuoteCue;
  /** Where the cue sits (its verb or marker; the quote's start when it has none). */
  cueAt?: number;
  /** The cue names an unnamed speaker (`said a Foreign Office spokesman`): the rules give no one on purpose. */
  unnamedCue?: boolean;
  /** The speaker's name (resolved through pronouns and roles), its offsets, or null. */
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** Index into `entities` of the mention chosen as speaker, when one fits. */
  speakerMention: number | null;
  /** How the speaker was named at the cue. */
  via: SpeakerKind | null;
  /** The ranker's reasons for the speaker (its heaviest features), when the ranker chose it. */
  why?: string[];
  /** The pronoun at the cue (`she said`), when it has a gender: the ranker keeps to people who may bear it. */
  cuePronoun?: string;
}

export interface FindOptions {
  /** Let the trained ranker (rank/) choose each speaker among candidates; false: the rules' speakers. */
  rank?: boolean;
  /** Override the model's margin (how far a candidate must beat the rules' choice); 0: the best always wins. */
  margin?: number;
}

/** Finds quotes in `text` (internal form with speaker offsets). */
export function findQuotes(text: string, pack: LangPack, entities: EntityMention[] = [], opts: FindOptions = {}): QuoteHit[] {
  const { hits, env } = ruleQuotes(text, pack, entities);
  const model = (opts.rank ?? RANK_BY_DEFAULT) ? loadSpeakerModel() : null;
  return model ? rankSpeakers(hits, env, model, opts.margin) : hits;
}

/** The rules' quotes and, per quote, the speaker candidates the ranker reads (for training it). */
export function quoteCandidates(text: string, pack: LangPack, entities: EntityMention[] = []): { hits: QuoteHit[]; cands: SpeakerCandidate[][] } {
  const { hits, env } = ruleQuotes(text, pack, entities);
  return { hits, cands: hits.map((_, k) => speakerCandidates(hits, k, env)) };
}

/** The quotes and speakers the hand-written rules find. */
function ruleQuotes(text: string, pack: LangPack, entities: EntityMention[]): { hits: QuoteHit[]; env: RankEnv } {
  const ctx = quoteContext(text, pack, entities);
  const { lex, paras, sents, inQuote } = ctx;

  const directEvents = findDirectQuotes(ctx);
  const quotes: Findings = { events: [...directEvents], direct: directEvents, anonymous: new Set() };
  findIndirectSpeech(ctx, quotes);
  const { events } = quotes;

  events.sort((x, y) => x.start - y.start);
  resolveSpeakers(ctx, quotes);

  // An `it` no party that spoke stands behind is a thing (`It strongly condemns …` of a resolution);
  // a `pihaknya` with no party behind it is no one named.
  // An indirect statement whose speaker resolves to no one (`He added that …`, `…, the official
  // added.` after an unnamed official) attributes nothing.
  // A direct quote cued by a party noun no name stands behind (`"…," the union said`) is still a
  // quote: it stays, spoken by no one named.
  const partyNoun = (ev: Event) => ev.direct && !lex.partyPronouns.includes(ev.ref?.text.toLowerCase() ?? '');
  const unnamed = (ev: Event) => (ev.ref?.kind === 'definite' && partyRef(lex, ev.ref) && !partyNoun(ev)) || !ev.direct;
  // A phrase quoted inside reported speech (`Y said the rivalry "broadens …"`) is part of that statement.
  const inside = (ev: Event) => lex.quotedPhrasesInReports && ev.direct && events.some((x) => !x.direct && x.start < ev.start && ev.end <= x.end + 2);
  const hits = events.filter((ev) => (ev.resolved || ev.unnamed || !unnamed(ev)) && !inside(ev)).map((ev) => ({
    start: ev.start,
    end: ev.end,
    text: text.slice(ev.start, ev.end),
    direct: ev.direct,
    cue: ev.cue,
    speakerText: ev.resolved?.text ?? null,
    speakerStart: ev.resolved?.start ?? null,
    speakerEnd: ev.resolved?.end ?? null,
    speakerMention: ev.resolved?.mention ?? null,
    via: ev.ref?.kind ?? (ev.sameAs?.ref?.kind ?? null),
    cueAt: ev.at,
    unnamedCue: ev.unnamed,
    cuePronoun: genderedPronoun(ctx, ev),
  }));
  return { hits: withPosts(text, hits, Object.keys(pack.months), lex.titles), env: { ctx, paras, sents, entities, language: lex.code, inQuote } };
}

/** The gendered pronoun that cues `ev` (`he`, `she`), or that cued the quote it continues. */
function genderedPronoun(ctx: QuoteContext, ev: Event): string | undefined {
  const ref = ev.ref ?? ev.sameAs?.ref;
  return ref?.kind === 'pronoun' && pronounGender(ctx, ref.text) ? ref.text : undefined;
}

/**
 * Direct and indirect quotes of one article. See the module comment for what `speaker` holds.
 */
export function annotateQuotes(article: CleanArticle, pack: LangPack, entities: EntityMention[], hits = findQuotes(article.text, pack, entities)): QuoteSpan[] {
  return hits.map((h) => {
    const m = h.speakerMention !== null ? entities[h.speakerMention] : null;
    const speaker = m ? (m.entity ?? m.text) : h.speakerText;
    return { start: h.start, end: h.end, text: h.text, speaker, direct: h.direct };
  });
}
