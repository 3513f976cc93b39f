/**
 * Acceptance of the link stage on the seed corpus (issue 5, "What it must show"), read from
 * ../shared/seeds at run time: exactly three events (001+003, 004, 000+002), one storyline,
 * 000~002 sharing passages, and a storyline timeline holding at least 13 of the 15 dated
 * entries of EXPECTED.md with the right dates and sources, and nothing dated wrongly.
 *
 * It runs the whole pipeline, so it also depends on the cleaner, the time annotator and the
 * entity tagger/resolver. No seed text is copied here: facts are identified by date and source
 * article, and source spans are checked against the article's own time expressions.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { tempDir, SEEDS, sharedMissing } from './support.js';
import { SqliteStore } from '../src/store/index.js';
import { runIngest } from '../src/pipeline/ingest-run.js';
import type { Article, Event, Storyline, TimelineEntry } from '../src/model/types.js';

/** The timeline EXPECTED.md lists: date, end date, and the seed files that state it. */
const EXPECTED_TIMELINE: { date: string; dateEnd?: string; sources: string[] }[] = [
  { date: '1948', sources: ['003'] },
  { date: '1999-12-31', sources: ['003'] },
  { date: '2000', sources: ['003'] },
  { date: '2022', sources: ['003'] },
  { date: '2023-09', sources: ['001', '003'] },
  { date: '2023-10', sources: ['003'] },
  { date: '2024-01-15', sources: ['001'] },
  { date: '2024-01-16', sources: ['001', '003'] },
  { date: '2024-06-19', sources: ['004'] },
  { date: '2024', sources: ['000', '002'] },
  { date: '2025-04', sources: ['002'] },
  { date: '2025-09', sources: ['000', '002'] },
  { date: '2025-10-26', sources: ['000', '002'] },
  { date: '2025-10-27', sources: ['000', '002'] },
  { date: '2025-10-28', dateEnd: '2025-10-29', sources: ['000', '002'] },
];

describe.skipIf(sharedMissing)('link stage on the seeds', () => {
  let store: SqliteStore;
  const byFile = new Map<string, Article>();
  const fileOf = new Map<string, string>();
  let events: Event[] = [];
  let storylines: Storyline[] = [];

  beforeAll(async () => {
    const dir = tempDir('linimasa-seeds-');
    store = new SqliteStore(join(dir, 'seeds.db'));
    const files = readdirSync(SEEDS).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort().map((f) => join(SEEDS, f));
    const summary = await runIngest(files, store);
    expect(summary.failed).toEqual([]);
    for (const a of store.iterateArticles()) {
      const key = basename(a.origin).slice(0, 3);
      byFile.set(key, a);
      fileOf.set(a.id, key);
    }
    events = store.listEvents();
    storylines = store.listStorylines();
  });
  afterAll(() => store?.close());

  const files = (ids: string[]) => ids.map((id) => fileOf.get(id) ?? id).sort().join('+');

  it('stores the five seed articles', () => {
    expect([...byFile.keys()].sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  it('finds exactly the three events: 001+003, 004, 000+002', () => {
    expect(events.map((e) => files(e.articles)).sort()).toEqual(['000+002', '001+003', '004']);
  });

  it('dates the three events 2024-01-16, 2024-06-19, 2025-10-27', () => {
    const dates = Object.fromEntries(events.map((e) => [files(e.articles), e.date]));
    expect(dates).toEqual({ '001+003': '2024-01-16', '004': '2024-06-19', '000+002': '2025-10-27' });
  });

  it('gives every event a title, a summary citing its articles, and a place', () => {
    for (const e of events) {
      expect(e.title.length, e.id).toBeGreaterThan(10);
      const cited = [...e.summary.matchAll(/\[(a[0-9a-f]+)\]/g)].map((m) => m[1]);
      expect(cited.length, e.summary).toBeGreaterThan(0);
      for (const c of cited) expect(e.articles).toContain(c);
      expect(e.place, e.id).not.toBeNull();
    }
  });

  it('links all three events into one storyline', () => {
    expect(storylines.length).toBe(1);
    expect([...storylines[0].events].sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('finds 000 and 002 sharing passages, and no copy between the others', () => {
    const dups = store.listDuplicates().map((d) => ({ pair: files([d.a, d.b]), kind: d.kind, origin: d.origin && fileOf.get(d.origin) }));
    expect(dups).toContainEqual({ pair: '000+002', kind: 'shares-passages', origin: expect.anything() });
    expect(dups.filter((d) => d.pair !== '000+002')).toEqual([]);
  });

  /** A source span supports a date when one of the article's time expressions inside it has that date. */
  function supports(entry: TimelineEntry, ref: { article: string; start: number; end: number }): boolean {
    const a = store.getArticle(ref.article)!;
    return a.times.some((t) => t.start >= ref.start && t.end <= ref.end && t.value.replace(/T.*$/, '').split('/')[0].startsWith(entry.date));
  }

  it('holds at least 13 of the 15 dated entries with the right dates and sources', () => {
    const timeline = storylines[0]?.timeline ?? [];
    const found: string[] = [];
    const missing: string[] = [];
    for (const x of EXPECTED_TIMELINE) {
      const ok = timeline.some(
        (e) =>
          e.date === x.date &&
          (e.dateEnd ?? undefined) === x.dateEnd &&
          x.sources.every((f) => e.sources.some((s) => fileOf.get(s.article) === f && (e.event || supports(e, s)))),
      );
      (ok ? found : missing).push(`${x.date}${x.dateEnd ? '/' + x.dateEnd : ''} (${x.sources.join(',')})`);
    }
    expect(found.length, `missing: ${missing.join('; ')}`).toBeGreaterThanOrEqual(13);
  });

  it('dates nothing wrongly: every source span states its entry date, or reports the entry event', () => {
    const timeline = storylines[0]?.timeline ?? [];
    const wrong: string[] = [];
    for (const e of timeline) {
      const ev = e.event ? events.find((x) => x.id === e.event) : undefined;
      for (const s of e.sources) {
        if (ev && ev.articles.includes(s.article)) continue;
        if (!supports(e, s)) wrong.push(`${e.date} <- ${fileOf.get(s.article)}@${s.start}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('dates an article without a printed date from its event (000 from 002)', () => {
    const a = byFile.get('000')!;
    expect(a.publishedAt?.slice(0, 4)).toBe('2025');
  });
});
