/**
 * Summaries and timelines never start inside a quotation, prefer sentences that name their actors
 * to ones that point at them by a pronoun, and print their sentences in story order.
 */
import { describe, it, expect } from 'vitest';
import type { Article, EntityMention, TimeSpan } from '../src/model/types.js';
import { sentences } from '../src/text/sentences.js';
import { eventDates } from '../src/text/dates.js';
import { candidates, namesNoActor, openQuoteAt, summarize, wholeQuoteSpan } from '../src/link/summary.js';
import { articleFacts, buildTimeline } from '../src/link/timeline.js';

const idf = () => 1;

function article(id: string, text: string, over: Partial<Article> = {}): Article {
  return {
    id, hash: id, origin: `${id}.txt`, url: null, title: null, titleSource: null, outlet: null, publishedAt: null,
    publishedAtSource: null, dateline: null, authors: [], editors: [], credits: [], language: 'id', text, removed: [],
    entities: [], times: [], quotes: [], claims: [], ...over,
  };
}

/** Mentions of each name wherever it is printed. */
function persons(text: string, ...names: string[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const n of names) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) out.push({ start: i, end: i + n.length, text: n, type: 'PERSON', entity: null });
  return out;
}

const slice = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

const QUOTED =
  'Kepala Dinas Perhubungan Rahmat Sidiq meninjau dermaga penyeberangan pada Kamis (6/11). ' +
  '“Kapal cadangan sudah kami siapkan sejak pagi. Besok pagi pukul 06.00 penyeberangan dibuka lagi untuk semua kendaraan,” ujarnya. ' +
  'Antrean truk di pelabuhan mencapai dua kilometer sejak Rabu malam.';

describe('summary: whole quotations', () => {
  const sents = sentences(QUOTED);
  const idx = (start: string) => sents.findIndex((s) => QUOTED.slice(s.start).startsWith(start));

  it('the splitter does cut inside the quote (what the summary has to repair)', () => {
    expect(openQuoteAt(QUOTED, sents[idx('Besok pagi')].start)).toBe(QUOTED.indexOf('“'));
    expect(openQuoteAt(QUOTED, sents[idx('Antrean')].start)).toBe(-1);
  });

  it('a sentence inside a quote is widened back to the opening mark; one that opens a quote, forward to its close', () => {
    const whole = '“Kapal cadangan sudah kami siapkan sejak pagi. Besok pagi pukul 06.00 penyeberangan dibuka lagi untuk semua kendaraan,” ujarnya.';
    expect(slice(QUOTED, wholeQuoteSpan(QUOTED, sents, idx('Besok pagi')))).toBe(whole);
    expect(slice(QUOTED, wholeQuoteSpan(QUOTED, sents, idx('“Kapal')))).toBe(whole);
    expect(slice(QUOTED, wholeQuoteSpan(QUOTED, sents, idx('Antrean')))).toBe('Antrean truk di pelabuhan mencapai dua kilometer sejak Rabu malam.');
    expect(wholeQuoteSpan(QUOTED, sents, idx('Besok pagi'), 12)).toBeNull(); // too long: skipped
  });

  it('straight quote marks and a quote that runs on into the next paragraph', () => {
    const t = 'Warga berkumpul di balai desa. "Air naik cepat sekali. Kami lari ke bukit," kata Yusuf Lamba.\n' +
      '“Ternak kami hanyut semua. Sawah tertimbun lumpur.\n“Kami butuh bantuan bibit,” tambah Yusuf.';
    const s = sentences(t);
    const at = (start: string) => s.findIndex((x) => t.slice(x.start).startsWith(start));
    expect(slice(t, wholeQuoteSpan(t, s, at('Kami lari')))).toBe('"Air naik cepat sekali. Kami lari ke bukit," kata Yusuf Lamba.');
    expect(slice(t, wholeQuoteSpan(t, s, at('Sawah')))).toBe('“Ternak kami hanyut semua. Sawah tertimbun lumpur.');
  });

  it('no summary candidate starts inside a quotation', () => {
    const a = article('q1', QUOTED);
    const c = candidates([a], idf);
    expect(c.length).toBeGreaterThan(0);
    for (const x of c) expect(openQuoteAt(QUOTED, x.start), x.text).toBe(-1);
    expect(c.map((x) => x.text)).not.toContain('Besok pagi pukul 06.00 penyeberangan dibuka lagi untuk semua kendaraan,” ujarnya.');
  });
});

describe('summary: actors named, not pointed at', () => {
  it('a pronoun or a -nya speech verb with no person named is a vague sentence', () => {
    const t = 'Ia menyebut pelabuhan akan ditutup sementara. Menurutnya, cuaca buruk berlangsung tiga hari. Rahmat Sidiq menyebut pelabuhan ditutup. Gelombang setinggi empat meter menerjang dermaga.';
    const a = article('p1', t, { entities: persons(t, 'Rahmat Sidiq') });
    const of = (start: string) => {
      const s = sentences(t).find((x) => t.slice(x.start).startsWith(start))!;
      return namesNoActor(a, s.start, s.end);
    };
    expect(of('Ia menyebut')).toBe(true);
    expect(of('Menurutnya')).toBe(true);
    expect(of('Rahmat Sidiq')).toBe(false);
    expect(of('Gelombang')).toBe(false);
    const en = article('p2', 'The port will stay closed until Friday, he said.', { language: 'en' });
    expect(namesNoActor(en, 0, en.text.length)).toBe(true);
  });

  it('between two equally central sentences, the one naming its speaker wins', () => {
    const q = '“Semua penumpang yang tertahan di pelabuhan akan diberangkatkan dengan kapal cadangan malam ini,”';
    const vague = article('v1', `${q} ujarnya.`);
    const t2 = `${q} kata Rahmat Sidiq.`;
    const named = article('n1', t2, { entities: persons(t2, 'Rahmat Sidiq') });
    const sum = summarize([vague, named], idf, 1);
    expect(sum.picked.map((p) => p.article)).toEqual(['n1']);
    // without the naming one, the vague sentence is still a summary
    expect(summarize([vague], idf, 1).picked.map((p) => p.article)).toEqual(['v1']);
  });
});

describe('summary: story order', () => {
  it('picks are printed by article time, then by position, whatever their scores', () => {
    const lead = 'Banjir merendam empat desa di Kecamatan Lembah Hijau pada Senin dini hari setelah sungai meluap.';
    const detail = 'Petugas gabungan mengevakuasi warga desa yang terendam banjir dengan perahu karet hingga Senin sore.';
    const later = 'Sehari kemudian banjir di desa-desa itu surut dan warga desa mulai membersihkan rumah dari lumpur.';
    const a1 = article('a1', `${lead} ${detail}`, { publishedAt: '2025-11-03T10:00:00+08:00' });
    const a2 = article('a2', later, { publishedAt: '2025-11-04T08:00:00+07:00' });
    // the later article is given first, as an event may hold its members
    const sum = summarize([a2, a1], idf, 3);
    expect(sum.picked).toHaveLength(3);
    expect(sum.text).toBe(`${lead} [a1] ${detail} [a1] ${later} [a2]`);
  });
});

describe('timeline: dated sentences inside quotations', () => {
  const t =
    'Kepala Dinas Perhubungan Rahmat Sidiq meninjau dermaga penyeberangan pada Kamis (6/11).\n' +
    '“Kapal cadangan sudah kami siapkan sejak pagi. Pada Jumat (7/11) penyeberangan dibuka lagi untuk semua kendaraan,” ujarnya.';
  const time = (text: string, value: string): TimeSpan => ({ start: t.indexOf(text), end: t.indexOf(text) + text.length, text, type: 'DATE', value });
  const times = [time('Kamis (6/11)', '2025-11-06'), time('Jumat (7/11)', '2025-11-07')];
  const a = article('t1', t, { publishedAt: '2025-11-06T12:00:00+07:00', times, entities: persons(t, 'Rahmat Sidiq') });

  it('a fact stated inside a quote is cited from the opening mark', () => {
    const f = articleFacts(a, eventDates(a, times), null).facts.find((x) => x.date === '2025-11-07')!;
    expect(f.text).toBe('“Kapal cadangan sudah kami siapkan sejak pagi. Pada Jumat (7/11) penyeberangan dibuka lagi untuk semua kendaraan,” ujarnya.');
    expect(t.slice(f.start, f.end)).toBe(f.text);
    expect(f.vague).toBe(true);
  });

  it('an entry is worded by a sentence that names its actors when another article states the same date', () => {
    const t2 = 'Rahmat Sidiq memastikan penyeberangan dibuka lagi untuk semua kendaraan pada Jumat (7/11).';
    const times2: TimeSpan[] = [{ start: t2.indexOf('Jumat'), end: t2.indexOf('Jumat') + 12, text: 'Jumat (7/11)', type: 'DATE', value: '2025-11-07' }];
    const b = article('t2', t2, { publishedAt: '2025-11-06T15:00:00+07:00', times: times2, entities: persons(t2, 'Rahmat Sidiq') });
    const facts = new Map([
      ['t1', articleFacts(a, eventDates(a, times), null)],
      ['t2', articleFacts(b, eventDates(b, times2), null)],
    ]);
    const entry = buildTimeline([], facts).find((e) => e.date === '2025-11-07')!;
    expect(entry.text).toBe(t2);
    expect(entry.sources.map((s) => s.article).sort()).toEqual(['t1', 't2']);
  });
});

describe('summary: every article that states a sentence is cited', () => {
  it('a sentence a wire copy repeats cites both articles; one only its own article states cites it alone', () => {
    const shared = 'Badan Penanggulangan Bencana mencatat tiga ratus rumah terendam banjir di tepi Sungai Lembah Hijau sejak Senin.';
    const own = 'Warga desa di hulu sungai mengungsi ke balai desa dengan perahu karet milik nelayan setempat.';
    const other = 'Sekolah dasar di kecamatan itu diliburkan selama dua hari karena ruang kelasnya tergenang lumpur.';
    const a1 = article('w1', `${shared} ${own}`, { publishedAt: '2025-11-03T10:00:00+07:00' });
    const a2 = article('w2', `${shared} ${other}`, { publishedAt: '2025-11-03T12:00:00+07:00' });
    const sum = summarize([a1, a2], idf, 3);
    expect(sum.text).toContain(`${shared} [w1] [w2]`);
    expect(sum.text).toContain(`${own} [w1]`);
    expect(sum.text).not.toContain(`${own} [w1] [w2]`);
  });
});
