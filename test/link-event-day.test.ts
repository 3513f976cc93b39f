import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/types.js';
import { annotateTimesDetailed } from '../src/annotate/time/index.js';
import { articleEventDay, datedSentences } from '../src/link/features.js';

function article(text: string, publishedAt: string | null): Article {
  const a: Article = {
    id: 'a', hash: 'a', origin: 'a', url: null, title: null, titleSource: null, outlet: null, publishedAt,
    publishedAtSource: publishedAt ? 'printed' : null, dateline: null, authors: [], credits: [], language: 'en', text, removed: [],
    entities: [], times: [], quotes: [], claims: [],
  };
  a.times = annotateTimesDetailed(a, { code: 'en' }, publishedAt).map(({ start, end, text, type, value }) => ({ start, end, text, type, value }));
  return a;
}
const iso = (r: { day: number | null }) => (r.day == null ? null : new Date(r.day * 86400000).toISOString().slice(0, 10));
const eventDay = (a: Article) => iso(articleEventDay(a, datedSentences(a)));

describe('articleEventDay', () => {
  const OBIT =
    'The retired lighthouse keeper who guided ships along the northern cape for four decades died yesterday at his cottage.\n' +
    'He was born on March 3, 1931, in a fishing village two miles up the coast.';
  const STORM =
    'A late spring storm flattened the orchards of the valley on Thursday, the growers said.\n' +
    'The last storm of that strength struck the valley on Aug. 14, 1987, and took the old bridge.';

  it('without a publication date, a full date after a relative one in the lead is background', () => {
    expect(eventDay(article(OBIT, null))).toBeNull();
    expect(eventDay(article(STORM, null))).toBeNull();
  });

  it('with a publication date, the relative time is anchored and gives the day', () => {
    expect(eventDay(article(OBIT, '2009-02-11'))).toBe('2009-02-10');
    expect(eventDay(article(STORM, '2009-05-16'))).toBe('2009-05-14');
  });

  it('without a publication date, a full date stated first is the event day', () => {
    const text =
      'On Aug. 14, 1987, a summer storm flattened the orchards of the valley, the growers said.\n' +
      'The growers counted their losses on Thursday and asked for help.';
    expect(eventDay(article(text, null))).toBe('1987-08-14');
  });
});

describe('a DCT given to the pipeline', () => {
  it('as TimeML prints it (`2014-12-3`) becomes a padded day the link stage reads', async () => {
    const { processDoc } = await import('../src/pipeline/process.js');
    const { textDoc } = await import('./support.js');
    const a = processDoc(textDoc('t', 'Harga minyak dunia turun pada Rabu, menurut para analis di Jakarta.'), { noClean: true, lang: 'id', dct: '2014-12-3' });
    expect(a.publishedAt).toBe('2014-12-03');
    expect(articleEventDay(a, datedSentences(a)).day).toBe(Date.UTC(2014, 11, 3) / 86400000);
  });
});
