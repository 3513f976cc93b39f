/** The link stage's parts on synthetic articles: independent of the other stages' progress. */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { tempDir } from './support.js';
import { SqliteStore } from '../src/store/index.js';
import type { Article } from '../src/model/types.js';
import { linkArticle } from '../src/link/index.js';
import { fingerprint, likelyOrigin } from '../src/link/duplicates.js';
import { sigSimilarity } from '../src/link/hash.js';
import { bcubed, pairwise } from '../src/link/metrics.js';
import { buildTimeline } from '../src/link/timeline.js';
import { articleFeatures, datedSentences, referredDays } from '../src/link/features.js';
import { lexrank, candidates, mmr } from '../src/link/summary.js';
import { EVENT_SPAN_DAYS, asMember, getEventState, refersBack, spanDaysOf, spansFit, withinSpan } from '../src/link/events.js';
import { addToProfile, dateMissing, emptyProfile, loadModel, mergeProfiles, removeFromProfile, setModel } from '../src/link/score.js';
import { twoMeans } from '../src/link/split.js';
import type { ArticleFeatures } from '../src/link/features.js';

function article(id: string, text: string, over: Partial<Article> = {}): Article {
  return {
    id, hash: id, origin: id, url: null, title: null, titleSource: null, outlet: null, publishedAt: null,
    publishedAtSource: null, dateline: null, authors: [], credits: [], language: 'en', text, removed: [],
    entities: [], times: [], quotes: [], claims: [], ...over,
  };
}

/** Mentions of the given names wherever they occur in the text. */
function withEntities(a: Article, names: string[]): Article {
  for (const n of names) {
    let i = -1;
    while ((i = a.text.indexOf(n, i + 1)) >= 0) a.entities.push({ start: i, end: i + n.length, text: n, type: 'PERSON', entity: null });
  }
  return a;
}

const FLOOD = (town: string, river: string) =>
  `Heavy rain flooded the town of ${town} on Monday after the ${river} river burst its banks, forcing hundreds of families to leave their homes.\n` +
  `Rescue teams used boats to reach villagers trapped on rooftops, the regional disaster agency said.\n` +
  `The agency said the water had reached two metres in the lowest parts of ${town} and more rain was expected.`;
const ELECTION = `The parliament of Ruritania elected a new speaker on Monday in a vote that split the ruling coalition.\n` +
  `Opposition members walked out of the chamber before the result was announced by the clerk.\n` +
  `The new speaker promised to reform the budget committee and to open its hearings to the press.`;

describe('metrics', () => {
  it('scores BCubed and pairwise like the textbook examples', () => {
    const gold = new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2']]);
    expect(bcubed(gold, gold).f1).toBe(1);
    const one = new Map([['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'x']]);
    const s = bcubed(one, gold);
    expect(s.recall).toBe(1);
    expect(s.precision).toBeCloseTo(0.5);
    expect(pairwise(one, gold).precision).toBeCloseTo(2 / 6);
  });
});

describe('duplicates', () => {
  it('MinHash signatures estimate similarity: identical texts 1, unrelated texts near 0', () => {
    const a = fingerprint(FLOOD('Kalamata', 'Nedon'));
    const b = fingerprint(FLOOD('Kalamata', 'Nedon'));
    const c = fingerprint(ELECTION);
    expect(sigSimilarity(a.doc, b.doc)).toBe(1);
    expect(sigSimilarity(a.doc, c.doc)).toBeLessThan(0.2);
  });

  it('the origin is the earlier article, else the one crediting a wire', () => {
    expect(likelyOrigin('a', '2024-01-02', false, 'b', '2024-01-01', false)).toBe('b');
    expect(likelyOrigin('a', '2024-01-01', true, 'b', '2024-01-01', false)).toBe('a');
    expect(likelyOrigin('a', null, false, 'b', null, false)).toBeNull();
  });

  it('finds a copy and a shared passage through the store index', () => {
    const store = new SqliteStore(join(tempDir(), 'd.db'));
    const put = (a: Article) => store.transaction(() => store.putArticle(linkArticle(a, store)));
    put(article('a1', FLOOD('Kalamata', 'Nedon'), { publishedAt: '2024-03-04' }));
    put(article('a2', FLOOD('Kalamata', 'Nedon') + '\n', { publishedAt: '2024-03-05' }));
    put(article('a3', ELECTION + '\nRescue teams used boats to reach villagers trapped on rooftops, the regional disaster agency said.\nThe agency said the water had reached two metres in the lowest parts of Kalamata and more rain was expected.'));
    const d = store.listDuplicates();
    expect(d.find((x) => [x.a, x.b].sort().join() === 'a1,a2')).toMatchObject({ kind: 'copy', origin: 'a1' });
    expect(d.find((x) => [x.a, x.b].includes('a3'))?.kind).toBe('shares-passages');
    store.close();
  });
});

describe('events', () => {
  it('groups reports of one event, keeps another event apart, and keeps ids stable', () => {
    const store = new SqliteStore(join(tempDir(), 'e.db'));
    const put = (a: Article) => store.transaction(() => store.putArticle(linkArticle(a, store)));
    const day = (d: string) => ({ publishedAt: d, publishedAtSource: 'printed' as const });
    put(withEntities(article('f1', FLOOD('Kalamata', 'Nedon'), day('2024-03-04')), ['Kalamata']));
    const first = store.listEvents()[0].id;
    put(withEntities(article('e1', ELECTION, day('2024-03-04')), ['Ruritania']));
    put(withEntities(article('f2', FLOOD('Kalamata', 'Nedon').replace('Heavy rain', 'Torrential rain'), day('2024-03-05')), ['Kalamata']));
    const events = store.listEvents();
    const of = (id: string) => events.find((e) => e.articles.includes(id))!.id;
    expect(of('f1')).toBe(of('f2'));
    expect(of('e1')).not.toBe(of('f1'));
    expect(of('f1')).toBe(first);
    expect(events.find((e) => e.id === first)!.summary).toMatch(/\[f[12]\]/);
    store.close();
  });

  it("keeps an event's dates within the model's span (14 days when the model does not say; null: any)", () => {
    const p = { ...emptyProfile(), days: { 100: 2, 110: 1 } };
    const q = { ...emptyProfile(), days: { 125: 1 } };
    const m = loadModel();
    expect(spanDaysOf({ ...m, eventSpanDays: undefined })).toBe(EVENT_SPAN_DAYS);
    expect(spanDaysOf({ ...m, eventSpanDays: null })).toBeNull();
    expect(withinSpan(114, p, 14)).toBe(true);
    expect(withinSpan(115, p, 14)).toBe(false); // 100..115 is 15 days
    expect(withinSpan(115, p, 21)).toBe(true);
    expect(withinSpan(400, p, null)).toBe(true);
    expect(withinSpan(null, p, 7)).toBe(true);
    // an event already wider than the span (a copy or a merge brought a later day) still takes
    // reports dated inside its dates, which stretch nothing, but none beyond them
    const wide = { ...emptyProfile(), days: { 100: 2, 130: 1 } };
    expect(withinSpan(120, wide, 14)).toBe(true);
    expect(withinSpan(131, wide, 14)).toBe(false);
    expect(withinSpan(99, wide, 14)).toBe(false);
    expect(spansFit(p, q, 21)).toBe(false);
    expect(spansFit(p, q, 30)).toBe(true);
    expect(spansFit(p, q, null)).toBe(true);
  });

  it('reads the days an article names with a figure, and whether one is the main day of an event', () => {
    const text = 'The singer left the clinic on Tuesday, six weeks after she entered it on May 5. She was treated there in March too, and last month her label cancelled the tour. A hearing is set for July 20.';
    const time = (s: string, value: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, type: 'DATE' as const, value });
    const a = article('r1', text, {
      publishedAt: '2024-06-17', publishedAtSource: 'printed',
      times: [time('Tuesday', '2024-06-16'), time('May 5', '2024-05-05'), time('March', '2024-03'), time('last month', '2024-05'), time('July 20', '2024-07-20')],
    });
    const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;
    // not Tuesday (no figure), not last month (not named), not the coming hearing (after publication)
    expect(referredDays(a, day('2024-06-16'), datedSentences(a))).toEqual([[day('2024-05-05'), day('2024-05-05')], [day('2024-03-01'), day('2024-03-31')]]);
    const f = articleFeatures(a);
    const event = { ...emptyProfile(), days: { [day('2024-05-05')]: 2, [day('2024-05-06')]: 1 } };
    expect(refersBack(f, event)).toBe(true);
    expect(refersBack(f, { ...emptyProfile(), days: { [day('2024-05-12')]: 2 } })).toBe(false);
    expect(refersBack(f, { ...emptyProfile(), days: { [day('2024-03-20')]: 2 } })).toBe(true);
    // a follow-up counts on the day of the event it names, so the event keeps its dates
    expect(asMember(f, event, 14).day).toBe(day('2024-05-05'));
    expect(asMember(f, { ...emptyProfile(), days: { [day('2024-06-10')]: 2 } }, 14)).toBe(f);
  });

  it('counts dated members, so dateMissing says how far an article and an event differ in having a date', () => {
    const f = (id: string, day: number | null): ArticleFeatures => ({
      id, terms: { flood: 1 }, ents: {}, names: {}, day, daySource: day == null ? null : 'dct', place: null, lead: {}, years: [], persons: {}, specs: {},
    });
    const idf = () => 1;
    const p = emptyProfile();
    for (const x of [f('a', 100), f('b', 101), f('c', null), f('d', 100)]) addToProfile(p, x, idf);
    expect(p.dated).toBe(3);
    expect(dateMissing(f('u', null), p)).toBeCloseTo(0.75);
    expect(dateMissing(f('v', 102), p)).toBeCloseTo(0.25);
    expect(dateMissing(f('w', null), emptyProfile())).toBe(0);
    removeFromProfile(p, f('b', 101), idf);
    expect(p.dated).toBe(2);
    const q = addToProfile(emptyProfile(), f('e', null), idf);
    expect(mergeProfiles(p, q, idf).dated).toBe(2);
    expect(dateMissing(f('x', 100), q)).toBe(1);
  });

  it('2-means parts members by their occasion details', () => {
    const f = (id: string, specs: string[]): ArticleFeatures => ({
      id, terms: { flood: 1, river: 1 }, ents: {}, names: {}, day: null, daySource: null, place: null, lead: {}, years: [], persons: {},
      specs: Object.fromEntries(specs.map((k) => [k, 2])),
    });
    const fs = [f('a', ['c:kalamata', 'c:nedon']), f('b', ['c:dorvik', 'c:ostra']), f('c', ['c:kalamata', '#:36']), f('d', ['c:ostra', 'c:dorvik', '#:12'])];
    const side = twoMeans(fs, () => 2);
    expect(side[0]).toBe(side[2]);
    expect(side[1]).toBe(side[3]);
    expect(side[0]).not.toBe(side[1]);
  });

  it('splits an event whose halves are different occasions: the bigger half keeps the id, both log why', () => {
    // a model that joins everything, so only the split check can keep the two floods apart
    setModel({ ...loadModel(), threshold: 0, mergeThreshold: 2, splitThreshold: 0.999 });
    try {
      const store = new SqliteStore(join(tempDir(), 's.db'));
      const put = (a: Article) => store.transaction(() => store.putArticle(linkArticle(a, store)));
      const day = (d: string) => ({ publishedAt: d, publishedAtSource: 'printed' as const });
      put(withEntities(article('k1', FLOOD('Kalamata', 'Nedon'), day('2024-03-04')), ['Kalamata', 'Nedon']));
      const first = store.listEvents()[0].id;
      put(withEntities(article('k2', FLOOD('Kalamata', 'Nedon').replace('Heavy rain', 'Torrential rain'), day('2024-03-04')), ['Kalamata', 'Nedon']));
      put(withEntities(article('k3', FLOOD('Kalamata', 'Nedon').replace('hundreds', 'thousands'), day('2024-03-05')), ['Kalamata', 'Nedon']));
      put(withEntities(article('d1', FLOOD('Dorvik', 'Ostra'), day('2024-03-05')), ['Dorvik', 'Ostra']));
      put(withEntities(article('d2', FLOOD('Dorvik', 'Ostra').replace('Heavy rain', 'Torrential rain'), day('2024-03-05')), ['Dorvik', 'Ostra']));
      const events = store.listEvents();
      const of = (id: string) => events.filter((e) => e.articles.includes(id)).map((e) => e.id);
      for (const id of ['k1', 'k2', 'k3', 'd1', 'd2']) {
        expect(of(id)).toHaveLength(1);
        expect(JSON.parse(store.linkGet('art', id)!).event).toBe(of(id)[0]);
      }
      expect(of('k1')[0]).toBe(first);
      expect(of('k2')).toEqual(of('k1'));
      expect(of('d1')).toEqual(of('d2'));
      expect(of('d1')).not.toEqual(of('k1'));
      expect(getEventState(store, first)!.log.some((l) => l.kind === 'split')).toBe(true);
      expect(getEventState(store, of('d1')[0])!.log.some((l) => l.kind === 'split')).toBe(true);
      store.close();
    } finally {
      setModel(null);
    }
  });

  it('merges the event an article joins with its next-best candidate when their members score above the event merge threshold', () => {
    const run = (eventMergeThreshold: number | undefined) => {
      // the one-article merge rule off, so only the event-to-event check can merge
      setModel({ ...loadModel(), mergeThreshold: 2, eventMergeThreshold });
      try {
        const store = new SqliteStore(join(tempDir(), 'm.db'));
        const put = (a: Article) => store.transaction(() => store.putArticle(linkArticle(a, store)));
        const day = (d: string) => ({ publishedAt: d, publishedAtSource: 'printed' as const });
        put(withEntities(article('f1', FLOOD('Kalamata', 'Nedon'), day('2024-03-04')), ['Kalamata']));
        put(withEntities(article('e1', ELECTION, day('2024-03-04')), ['Ruritania']));
        expect(store.listEvents()).toHaveLength(2);
        // an article about both: it joins one event, the other is its next-best candidate
        put(withEntities(article('m1', FLOOD('Kalamata', 'Nedon') + '\n' + ELECTION, day('2024-03-04')), ['Kalamata', 'Ruritania']));
        const events = store.listEvents();
        const logs = events.flatMap((e) => getEventState(store, e.id)!.log);
        store.close();
        return { n: events.length, merges: logs.filter((l) => l.kind === 'merge').map((l) => l.reason) };
      } finally {
        setModel(null);
      }
    };
    expect(run(undefined)).toEqual({ n: 2, merges: [] });
    const merged = run(0);
    expect(merged.n).toBe(1);
    expect(merged.merges[0]).toMatch(/after m1 joined, the events' members score/);
  });

  it('an undated event that grows takes back a small undated event it now matches; dated ones are left alone', () => {
    const run = (dated: boolean, threshold: number) => {
      // the other merge rules off, so only the re-examination can merge
      setModel({ ...loadModel(), threshold, mergeThreshold: 2, eventMergeThreshold: undefined, splitThreshold: undefined });
      try {
        const store = new SqliteStore(join(tempDir(), 'r.db'));
        const over = dated ? { publishedAt: '2024-03-04', publishedAtSource: 'printed' as const } : {};
        const put = (id: string, text: string) => store.transaction(() => store.putArticle(linkArticle(article(id, text, over), store)));
        const opening = 'Heavy rain flooded the harbour town of Kalamata on Monday after the Nedon river burst its banks.';
        const rescue = 'Rescue teams used boats to reach villagers trapped on rooftops, the regional disaster agency said.\nThe water reached two metres in the lowest streets and more rain was expected.';
        put('a1', opening);
        // the rescue report shares too little with the one-report event: it starts its own
        put('b1', rescue);
        const before = store.listEvents().length;
        put('a2', opening + '\n' + rescue);
        put('a3', opening.replace('Heavy', 'Torrential') + '\n' + rescue.replace('Rescue teams', 'Soldiers'));
        const events = store.listEvents();
        const merges = events.flatMap((e) => getEventState(store, e.id)!.log).filter((l) => l.kind === 'merge').map((l) => l.reason);
        store.close();
        return { before, after: events.length, merges };
      } finally {
        setModel(null);
      }
    };
    const undated = run(false, 0.5);
    expect(undated.before).toBe(2);
    expect(undated.after).toBe(1);
    expect(undated.merges[0]).toMatch(/takes back small event ev\w+: its 1 undated article\(s\) score 0\.\d+ against it, at least 0\.5/);
    // dated, the rescue report scores above this threshold against the grown event, yet stays apart
    expect(run(true, 0.8)).toEqual({ before: 2, after: 2, merges: [] });
  });

  it('reads a bounded number of postings per key, however many events share it', () => {
    const store = new SqliteStore(join(tempDir(), 'p.db'));
    store.transaction(() => {
      for (let i = 0; i < 500; i++) store.linkPost('ev', ['t:common'], `e${i}`, 19000 + (i % 50));
    });
    expect(store.linkLookup('ev', ['t:common'], { limit: 30 }).length).toBe(30);
    expect(store.linkLookup('ev', ['t:common'], { fromDay: 19000, toDay: 19001, limit: 30 }).every((p) => p.day! <= 19001)).toBe(true);
    store.close();
  });
});

describe('timelines and summaries', () => {
  it('merges the same background date across articles and cites each source', () => {
    const facts = new Map([
      ['a', { article: 'a', publishedAt: '2024-01-02', eventDay: '2024-01-01', lead: null, facts: [{ date: '2022', dateEnd: null, start: 0, end: 10, text: 'x' }, { date: '2024-01-01', dateEnd: null, start: 20, end: 30, text: 'ev' }] }],
      ['b', { article: 'b', publishedAt: '2024-01-03', eventDay: '2024-01-01', lead: null, facts: [{ date: '2022', dateEnd: null, start: 5, end: 15, text: 'y' }] }],
    ]);
    const t = buildTimeline([{ id: 'e', date: '2024-01-01', dateEnd: null, title: 'T', summary: '', articles: ['a', 'b'], entities: [], place: null }], facts);
    expect(t.map((e) => [e.date, e.sources.map((s) => s.article).join()])).toEqual([['2022', 'a,b'], ['2024-01-01', 'a']]);
  });

  it('LexRank + MMR picks central sentences without repeating one', () => {
    const a = article('s', FLOOD('Kalamata', 'Nedon') + '\n' + FLOOD('Kalamata', 'Nedon'));
    const c = candidates([a], () => 1);
    const picked = mmr(c, lexrank(c), 3);
    expect(new Set(picked.map((p) => p.text)).size).toBe(picked.length);
  });
});

describe('event display names', () => {
  it("name a place by its name, not its adjective, even where the adjective is printed more", () => {
    const text = 'Malaysian officials met Malaysian fishermen in Malaysia on Monday to discuss the new patrol rules.';
    const a = article('dn1', text);
    for (const n of ['Malaysian', 'Malaysia']) {
      let i = -1;
      while ((i = text.indexOf(n + ' ', i + 1)) >= 0) a.entities.push({ start: i, end: i + n.length, text: n, type: 'LOCATION', entity: 'e-malaysia' });
    }
    expect(articleFeatures(a).names['e-malaysia']).toBe('Malaysia');
  });
});
