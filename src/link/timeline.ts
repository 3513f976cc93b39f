/**
 * Timelines. Each article contributes dated facts: its sentences that state their own calendar
 * date (the time annotator's sentence dates with source `sentence`), except publication stamps
 * (a clock time), reporting dates (the publication day itself) and lines too short to be prose.
 * A timeline over a set of events holds one entry per event (its date, title and the sentences
 * that state that date) and one per background date, merged across articles when they state the
 * same date; each entry cites its source spans.
 *
 * A dated sentence inside a quotation that spans sentences is cited whole (from the sentence the
 * quote opens in), never from the middle of the quote; an entry is worded by a sentence that
 * names its actors rather than one that points at them only by a pronoun, when both state it.
 */
import type { Article, Event, SourceRef, TimelineEntry } from '../model/types.js';
import type { SentenceSpan } from '../text/dates.js';
import { namesNoActor, wholeQuoteSpan } from './summary.js';
import { dayString, tokens } from './text.js';

export interface Fact {
  date: string;
  dateEnd: string | null;
  start: number;
  end: number;
  text: string;
  /** Points at its actor only by a pronoun, naming none (absent when it names them). */
  vague?: true;
}

export interface ArticleFacts {
  article: string;
  publishedAt: string | null;
  /** The day the article's own event happened (ISO), when known. */
  eventDay: string | null;
  facts: Fact[];
  /** The lead sentence (what to cite when no sentence states the event's date). */
  lead: { start: number; end: number; text: string } | null;
}

const CAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function clip(s: string, n = 200): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= n) return t;
  const cut = t.lastIndexOf(' ', n);
  return t.slice(0, cut > n / 2 ? cut : n) + '…';
}

export function articleFacts(article: Article, dated: SentenceSpan[], eventDay: number | null): ArticleFacts {
  const pubDay = article.publishedAt ? article.publishedAt.slice(0, 10) : null;
  const facts: Fact[] = [];
  let lead: ArticleFacts['lead'] = null;
  for (let i = 0; i < dated.length; i++) {
    const s = wholeQuoteSpan(article.text, dated, i);
    if (!s) continue;
    const words = tokens(article.text, s.start, s.end).length;
    if (words < 6) continue;
    const text = article.text.slice(s.start, s.end);
    if (!lead) lead = { start: s.start, end: s.end, text: clip(text) };
    const d = dated[i].date;
    if (!d || d.source !== 'sentence' || !d.time || /T\d{2}:\d{2}/.test(d.time.value)) continue;
    const [from, to] = d.value.split('/');
    if (!CAL.test(from) || (to !== undefined && !CAL.test(to))) continue;
    if (!to && from === pubDay && from !== (eventDay != null ? dayString(eventDay) : null)) continue;
    // two sentences of one quotation stating one date are one fact
    if (facts.some((f) => f.start === s.start && f.end === s.end && f.date === from && f.dateEnd === (to ?? null))) continue;
    const vague = namesNoActor(article, s.start, s.end);
    facts.push({ date: from, dateEnd: to ?? null, start: s.start, end: s.end, text: clip(text), ...(vague ? { vague: true as const } : {}) });
  }
  return { article: article.id, publishedAt: article.publishedAt, eventDay: eventDay != null ? dayString(eventDay) : null, facts, lead };
}

/**
 * The timeline of some events, from their articles' facts. `facts` maps article id -> its facts;
 * `only` keeps background facts whose sentence passes the filter (timelines per entity/query).
 */
export function buildTimeline(events: Event[], facts: Map<string, ArticleFacts>, only?: (f: Fact, article: string) => boolean): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  // background entries worded by a sentence that names no actor, until one that does comes
  const vagueText = new Set<TimelineEntry>();
  const byEventDate = new Map<string, TimelineEntry>();
  const addSource = (e: TimelineEntry, s: SourceRef) => {
    if (!e.sources.some((x) => x.article === s.article && x.start === s.start && x.end === s.end)) e.sources.push(s);
  };
  for (const ev of events) {
    if (!ev.date) continue;
    const e: TimelineEntry = { date: ev.date, dateEnd: ev.dateEnd, text: ev.title, event: ev.id, sources: [] };
    entries.set('event:' + ev.id, e);
    if (!byEventDate.has(ev.date)) byEventDate.set(ev.date, e);
    for (const id of ev.articles) {
      const af = facts.get(id);
      if (!af) continue;
      const stating = af.facts.filter((f) => f.date === ev.date && !f.dateEnd);
      for (const f of stating) addSource(e, { article: id, start: f.start, end: f.end });
      if (!stating.length && af.lead && af.eventDay === ev.date) addSource(e, { article: id, start: af.lead.start, end: af.lead.end });
    }
  }
  // background facts, oldest publication first so the earliest wording names the entry
  const arts = [...facts.values()].sort((a, b) => (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999'));
  const eventOf = new Map<string, Event>();
  for (const ev of events) for (const id of ev.articles) eventOf.set(id, ev);
  for (const af of arts) {
    const own = eventOf.get(af.article);
    for (const f of af.facts) {
      if (own && f.date === own.date && !f.dateEnd) continue; // already a source of its event
      if (only && !only(f, af.article)) continue;
      const ref = { article: af.article, start: f.start, end: f.end };
      const evEntry = !f.dateEnd ? byEventDate.get(f.date) : undefined;
      if (evEntry) {
        addSource(evEntry, ref);
        continue;
      }
      const key = `fact:${f.date}/${f.dateEnd ?? ''}`;
      let e = entries.get(key);
      if (!e) {
        entries.set(key, (e = { date: f.date, dateEnd: f.dateEnd, text: f.text, event: null, sources: [] }));
        if (f.vague) vagueText.add(e);
      } else if (vagueText.has(e) && !f.vague) {
        e.text = f.text;
        vagueText.delete(e);
      }
      addSource(e, ref);
    }
  }
  return [...entries.values()]
    .filter((e) => e.sources.length || e.event)
    .sort((a, b) => a.date.localeCompare(b.date) || (a.dateEnd ?? '').localeCompare(b.dateEnd ?? '') || (a.event ? 0 : 1) - (b.event ? 0 : 1));
}
