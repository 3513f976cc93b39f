/**
 * What the event clusterer knows about one article: weighted terms (title and body), entities
 * (canonical ids, or a normalized form of the mention before resolution), the date of the event
 * it reports (from the time annotator's sentence dates, else the publication date), and a place.
 */
import type { Article, EntityMention, TimeSpan } from '../model/types.js';
import { eventDates, type SentenceSpan } from '../text/dates.js';
import { base } from './entities/index.js';
import { demonymPlace } from './entities/normalize.js';
import { nerLexiconFor } from '../lang/ner.js';
import { contentTerms, dayNumber, norm, sentences, stopwords, tokens } from './text.js';

export interface ArticleFeatures {
  id: string;
  /** Term -> weight (1 + log tf; title words counted twice). */
  terms: Record<string, number>;
  /** Entity key -> mentions. */
  ents: Record<string, number>;
  /** Entity key -> display name (most frequent printed form). */
  names: Record<string, string>;
  /** Day number of the reported event, or null. */
  day: number | null;
  /** `text` when the day comes from a date stated in the lead, `dct` from the publication date. */
  daySource: 'text' | 'dct' | null;
  place: string | null;
  /** Title and lead terms (weights as in `terms`). */
  lead: Record<string, number>;
  /** Calendar years the article's dates fall in (its event day's year first). */
  years: number[];
  /**
   * The latest year the article states (not after its event day's year): news name the current
   * year of an occasion and older years as background, so two occasions of one kind differ here.
   */
  lastYear?: number | null;
  /** People: canonical id, or the last word of the name before resolution -> mentions. */
  persons: Record<string, number>;
  /**
   * Occasion-specific tokens -> mentions: numbers (`#:36`, not years) and capitalized words
   * inside a sentence (`c:` + normalized word), the details that tell two occasions apart.
   */
  specs: Record<string, number>;
  /**
   * The opening's actors: people and organisations the first sentence names (person keys as in
   * `persons`, organisations as in `ents`), who the report is about.
   */
  leadActors?: string[];
  /** Figures in the title and the opening sentences (not dates, clock times or years): the occasion's numbers. */
  leadNums?: string[];
  /**
   * Other days and months the article names outright, each as its first and last day number
   * (`referredDays`): a follow-up weeks later names when the occasion it follows up happened
   * (`the crash on May 5`, `entered rehab in May`).
   */
  refDays?: [number, number][];
}

const ENTITY_TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT']);

export function entityKey(m: Pick<EntityMention, 'entity' | 'text'>): string {
  return m.entity ? m.entity : 'n:' + base(m.text);
}

/** Sentences with the date each talks about (time annotator), or plain sentences if it fails. */
export function datedSentences(article: Article): SentenceSpan[] {
  try {
    return eventDates(article, article.times ?? []);
  } catch {
    return sentences(article.text).map((s) => ({ ...s, date: null }));
  }
}

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
/** A clock time (`…T16:40`) in a stated date is a publication stamp, not the event. */
const hasClock = (v: string) => /T\d{2}:\d{2}/.test(v);

/**
 * A time expression the annotator could not place on the calendar for want of a publication
 * date: a weekday, a day or month without its year, a clock time (`XXXX-…`), `yesterday`,
 * `last week`, `recently` (`…_REF`).
 */
const unanchored = (t: TimeSpan): boolean => (t.type === 'DATE' || t.type === 'TIME') && !t.comparison && /^(?:XXXX|(?:PAST|PRESENT|FUTURE)_REF)/.test(t.value);

/**
 * The day the article's event happened: the first day-precise date stated (not inferred from
 * context) in one of the first six sentences of six words or more, not later than the
 * publication day; else the publication day; else null. Without a publication day, a relative
 * time stated before that date (`died yesterday`, `on Thursday`) places the event the article
 * reports, on a day we cannot tell; the full date after it is background (`was born on April 22,
 * 1923`, `On Tuesday, Oct. 10, 1972, Washington awoke …`), so the day stays null.
 */
export function articleEventDay(article: Article, dated: SentenceSpan[]): { day: number | null; source: 'text' | 'dct' | null } {
  const pub = dayNumber(article.publishedAt);
  // the annotator anchors relative times to any publication day, printed padded or not (`2014-12-3`)
  const relative = /^\d{4}-\d{1,2}-\d{1,2}/.test(article.publishedAt ?? '') ? [] : (article.times ?? []).filter(unanchored);
  let seen = 0;
  for (const s of dated) {
    if (tokens(article.text, s.start, s.end).length < 6) continue;
    if (++seen > 6) break;
    const d = s.date;
    const dayStart = d?.source === 'sentence' && d.time && isDay(d.value.split('/')[0]) ? d.time.start : s.end;
    if (relative.some((t) => t.start >= s.start && t.start < dayStart)) return { day: null, source: null };
    if (!d || d.source !== 'sentence' || !d.time || hasClock(d.time.value)) continue;
    const first = d.value.split('/')[0];
    if (!isDay(first)) continue;
    const day = dayNumber(first);
    if (day == null || (pub != null && day > pub + 1)) continue;
    return { day, source: 'text' };
  }
  return pub != null ? { day: pub, source: 'dct' } : { day: null, source: null };
}

export function articleFeatures(article: Article, dated = datedSentences(article)): ArticleFeatures {
  const lang = article.language;
  const tf = new Map<string, number>();
  const add = (w: string, n: number) => tf.set(w, (tf.get(w) ?? 0) + n);
  if (article.title) for (const w of contentTerms(article.title, lang)) add(w, 2);
  for (const w of contentTerms(article.text, lang)) add(w, 1);
  const terms: Record<string, number> = {};
  for (const [w, n] of tf) terms[w] = 1 + Math.log(n);

  const ents: Record<string, number> = {};
  const printed = new Map<string, Map<string, number>>();
  for (const m of article.entities ?? []) {
    if (!ENTITY_TYPES.has(m.type)) continue;
    const k = entityKey(m);
    if (k === 'n:') continue;
    ents[k] = (ents[k] ?? 0) + 1;
    let p = printed.get(k);
    if (!p) printed.set(k, (p = new Map()));
    p.set(m.text, (p.get(m.text) ?? 0) + 1);
  }
  // the display name: the most printed form, but a place's name before its adjective (`Malaysia`,
  // not `Malaysian`, even where English copy says `Malaysian` more often)
  const lex = nerLexiconFor(lang);
  const adjective = (t: string) => (demonymPlace(t, lex) !== undefined ? 1 : 0);
  const names: Record<string, string> = {};
  for (const [k, p] of printed) names[k] = [...p].sort((a, b) => adjective(a[0]) - adjective(b[0]) || b[1] - a[1] || b[0].length - a[0].length)[0][0];

  const { day, source } = articleEventDay(article, dated);
  let place: string | null = article.dateline ? base(article.dateline) || null : null;
  if (!place) {
    const leadEnd = dated.filter((s) => tokens(article.text, s.start, s.end).length >= 6).slice(0, 2).pop()?.end ?? 0;
    const loc = (article.entities ?? []).find((m) => m.type === 'LOCATION' && m.start < leadEnd);
    if (loc) place = entityKey(loc);
  }
  const leadTf = new Map<string, number>();
  if (article.title) for (const w of contentTerms(article.title, lang)) leadTf.set(w, (leadTf.get(w) ?? 0) + 1);
  let leadN = 0;
  for (const s of dated) {
    if (tokens(article.text, s.start, s.end).length < 6) continue;
    for (const w of contentTerms(article.text, lang, s.start, s.end)) leadTf.set(w, (leadTf.get(w) ?? 0) + 1);
    if (++leadN >= 2) break;
  }
  const lead: Record<string, number> = {};
  for (const [w, n] of leadTf) lead[w] = 1 + Math.log(n);
  const years = new Set<number>();
  const dayYear = day != null ? new Date(day * 86400000).getUTCFullYear() : null;
  if (dayYear != null) years.add(dayYear);
  let lastYear = dayYear;
  for (const t of article.times ?? []) {
    const m = /^(\d{4})/.exec(t.value);
    if (!m || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    years.add(+m[1]);
    if (+m[1] >= 1900 && (dayYear == null || +m[1] <= dayYear) && (lastYear == null || +m[1] > lastYear)) lastYear = +m[1];
  }
  const persons: Record<string, number> = {};
  for (const m of article.entities ?? []) {
    if (m.type !== 'PERSON') continue;
    const k = personKey(m);
    if (k.length > 1) persons[k] = (persons[k] ?? 0) + 1;
  }
  const specs = specificTokens(article, dated, lang);
  const opening = openingSpans(article, dated);
  return {
    id: article.id, terms, ents, names, day, daySource: source, place, lead, years: [...years].slice(0, 6), lastYear, persons, specs,
    // actors of the first sentence only: the next ones bring in sources, officials and background
    leadActors: openingActors(article, opening.slice(0, 1)),
    leadNums: openingNumbers(article, opening),
    refDays: referredDays(article, day, dated),
  };
}

/** Most days or months kept per article by `referredDays`: bounds the look-ups they add. */
const MAX_REF_DAYS = 4;
/**
 * Sentences (of six words or more) `referredDays` reads: a follow-up names the occasion it
 * follows up early; the background further down names other days (a price series' reports cite
 * last month's meeting of the producers).
 */
const REF_SENTENCES = 8;

/**
 * Days and months the opening of the article (title, dateline, its first `REF_SENTENCES`
 * sentences) names: a day stated with a figure (`May 5`, `5 Mei`, `12/5`; not `yesterday` nor
 * `Tuesday`, which only place its own report) other than its event day `day`; a month named
 * (`in May`; not `last month`) before its event day's month. Both before its publication day
 * (that day stamps the report; later ones are plans: `OPEC meets on Thursday (27/11)`), not a
 * comparison baseline. First and last day number of each, first stated first, at most
 * `MAX_REF_DAYS`.
 */
export function referredDays(article: Article, day: number | null, dated: SentenceSpan[]): [number, number][] {
  const pub = dayNumber(article.publishedAt);
  const end = dated.filter((s) => tokens(article.text, s.start, s.end).length >= 6)[REF_SENTENCES - 1]?.end ?? Infinity;
  const ownMonth = day != null ? dayNumber(new Date(day * 86400000).toISOString().slice(0, 8) + '01') : null;
  const out: [number, number][] = [];
  for (const t of article.times ?? []) {
    if (t.end > end || (t.type !== 'DATE' && t.type !== 'TIME') || t.comparison) continue;
    const surface = article.text.slice(t.start, t.end);
    const first = t.value.split('/')[0].replace(/T.*$/, '');
    let ref: [number, number] | null = null;
    if (isDay(first) && /\d/.test(surface)) {
      const d = dayNumber(first)!;
      if (d !== day) ref = [d, d];
    } else if (/^\d{4}-\d{2}$/.test(first) && /\d|\p{Lu}/u.test(surface)) {
      const from = dayNumber(first + '-01')!;
      const next = new Date(from * 86400000);
      next.setUTCMonth(next.getUTCMonth() + 1);
      if (ownMonth == null || from < ownMonth) ref = [from, Math.round(next.getTime() / 86400000) - 1];
    }
    if (!ref || (pub != null && ref[1] >= pub) || out.some((r) => r[0] === ref![0] && r[1] === ref![1])) continue;
    out.push(ref);
    if (out.length >= MAX_REF_DAYS) break;
  }
  return out;
}

/** How many sentences (of six words or more) open a report: its who, what and how many. */
const OPENING_SENTENCES = 2;

function openingSpans(article: Article, dated: SentenceSpan[]): { start: number; end: number }[] {
  return dated.filter((s) => tokens(article.text, s.start, s.end).length >= 6).slice(0, OPENING_SENTENCES);
}

/** A person's key: the canonical id, else the last word of the name (`persons`). */
const personKey = (m: EntityMention) => m.entity ?? base(m.text).replace(/ s$/, '').split(' ').pop() ?? '';

/**
 * A credit line opening the text (`JAKARTA, KOMPAS.com - `, `Bantul (ANTARA News) - `,
 * `Suara.com - `): a short first-line prefix ended by a spaced dash, holding a dateline's comma,
 * a parenthesis or a domain (a title's own dash, `Red Sox - ...`, holds none). Its end, or 0.
 */
export function creditEnd(text: string): number {
  const m = /^[^\n]{1,45}?\s[-–—]{1,2}(?:\s[-–—])?\s/.exec(text);
  return m && /[,(]|\.(?:com|co\.id|id|net|org)\b/i.test(m[0]) ? m[0].length : 0;
}

/**
 * People and organisations named in the given sentences, first named first; not the outlet
 * crediting itself in the opening credit line (every article of that outlet names it).
 */
export function openingActors(article: Article, opening: { start: number; end: number }[]): string[] {
  const out: string[] = [];
  const credit = creditEnd(article.text);
  for (const m of article.entities ?? []) {
    if (!opening.some((s) => m.start >= s.start && m.end <= s.end)) continue;
    if (m.type === 'ORGANIZATION' && m.end <= credit) continue;
    const k = m.type === 'PERSON' ? personKey(m) : m.type === 'ORGANIZATION' ? entityKey(m) : '';
    if (k.length > 1 && k !== 'n:' && !out.includes(k)) out.push(k);
  }
  return out;
}

/**
 * Figures in the title (when it is not the text's own first line) and the opening sentences:
 * numbers outside the time annotator's dates and clock times, not years, not single digits;
 * thousands separators dropped and a decimal comma read as a point (`1,200` and `1.200` are 1200,
 * `6,1` is 6.1), so English and Indonesian copy agree.
 */
export function openingNumbers(article: Article, opening: { start: number; end: number }[]): string[] {
  const times = (article.times ?? []).filter((t) => t.type === 'DATE' || t.type === 'TIME');
  const out = new Set<string>();
  const title = article.title && !article.text.startsWith(article.title.slice(0, 30)) ? article.title : '';
  for (const n of figures(title)) out.add(n.value);
  for (const s of opening) {
    for (const n of figures(article.text.slice(s.start, s.end))) {
      const at = s.start + n.at;
      if (!times.some((t) => at < t.end && at + n.length > t.start)) out.add(n.value);
    }
  }
  return [...out];
}

/** The figures of a text, where they stand (see `openingNumbers`). */
function figures(text: string): { value: string; at: number; length: number }[] {
  const out: { value: string; at: number; length: number }[] = [];
  const re = /\d+(?:[.,]\d+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // a clock time's or a numeric date's piece (`8:41`, `18/11`), or part of a name (`76ers`, `G20`)
    if (/[\p{L}:/]$/u.test(text.slice(0, m.index)) || /^[\p{L}:/]/u.test(text.slice(m.index + m[0].length))) continue;
    const n = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(m[0]) ? m[0].replace(/[.,]/g, '') : m[0].replace(',', '.');
    if (n.length < 2 || /^(1[89]|20)\d\d$/.test(n)) continue;
    out.push({ value: n, at: m.index, length: m[0].length });
  }
  return out;
}

const RAW_WORD = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;
/** Numbers (not years, not single digits) and capitalized words not opening a sentence. */
export function specificTokens(article: Article, dated: SentenceSpan[], lang: string): Record<string, number> {
  const stop = stopwords(lang);
  const out: Record<string, number> = {};
  const add = (k: string) => (out[k] = (out[k] ?? 0) + 1);
  const spans = dated.length ? dated : [{ start: 0, end: article.text.length }];
  for (const s of spans) {
    const text = article.text.slice(s.start, s.end);
    RAW_WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    let first = true;
    while ((m = RAW_WORD.exec(text))) {
      const w = m[0];
      const wasFirst = first;
      first = false;
      if (/^\d/.test(w)) {
        const n = w.replace(/[,]/g, '');
        if (!/^\d+(?:\.\d+)?$/.test(n)) continue;
        if (/^(1[89]|20)\d\d$/.test(n) || (n.length === 1)) continue;
        add('#:' + n);
      } else if (!wasFirst && /^\p{Lu}/u.test(w) && w.length >= 3) {
        const k = norm(w);
        if (stop.has(k) || /^\p{Lu}+$/u.test(w) && w.length > 5) continue;
        add('c:' + k);
      }
    }
  }
  return out;
}

/** The `n` heaviest terms under the given idf. */
export function topTerms(terms: Record<string, number>, idf: (t: string) => number, n: number): string[] {
  return Object.entries(terms)
    .map(([t, w]) => [t, w * idf(t)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([t]) => t);
}

export function topEntities(ents: Record<string, number>, n: number): string[] {
  return Object.entries(ents)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k]) => k);
}
