/**
 * A small invented store for the server's tests and demos: articles with spans, entities,
 * events, a storyline with a timeline, a copy, and one article full of markup and script that
 * must only ever show as text. Nothing here is real news.
 */
import type { Article, Entity, Event, Storyline } from '../model/types.js';
import type { Store } from '../store/store.js';

/** Markup that would run if any page rendered article data as HTML: each sets `window.__xss`. */
export const XSS = {
  script: '<script>window.__xss = "script"</script>',
  img: '<img src=x onerror="window.__xss = \'onerror\'">',
  svg: '<svg onload="window.__xss = \'svg\'"></svg>',
  link: 'javascript:window.__xss = "link"',
};

function at(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

function article(p: Partial<Article> & Pick<Article, 'id' | 'text'>): Article {
  return {
    hash: `h-${p.id}`,
    origin: `fixture/${p.id}.txt`,
    url: null,
    title: null,
    titleSource: 'printed',
    outlet: null,
    publishedAt: null,
    publishedAtSource: 'printed',
    dateline: null,
    authors: [],
    credits: [],
    language: 'id',
    removed: [],
    entities: [],
    times: [],
    quotes: [],
    claims: [],
    ...p,
  };
}

const T1 =
  'JAKARTA - Gubernur Rahmat Santoso meninjau tanggul Kali Sentiong pada Senin (3/2/2025). ' +
  '"Kami akan memperbaiki tanggul ini dalam dua pekan," kata Rahmat Santoso. ' +
  'Menurut BPBD Jakarta, sekitar 1.200 warga mengungsi sejak Minggu malam.';
const T2 =
  'Gubernur Rahmat Santoso meninjau tanggul Kali Sentiong pada Senin (3/2/2025). ' +
  '"Kami akan memperbaiki tanggul ini dalam dua pekan," kata Rahmat Santoso. ' +
  'BPBD Jakarta mencatat 1.350 warga mengungsi. Banjir surut pada Selasa.';
const T3 =
  'Jakarta governor Rahmat Santoso said on Monday the Kali Sentiong levee would be repaired within two weeks. ' +
  'About 1,200 residents were evacuated, according to the city disaster agency BPBD Jakarta.';
const T4 =
  'Perbaikan tanggul Kali Sentiong selesai pada Senin (17/2/2025). ' +
  'Dinas Sumber Daya Air Jakarta menyebut biaya perbaikan mencapai Rp 4 miliar. ' +
  '"Tanggul sudah lebih tinggi setengah meter," ujar Rahmat Santoso.';
const TX =
  `Berita uji ${XSS.script} dengan gambar ${XSS.img} dan ${XSS.svg}. ` +
  `"${XSS.img} kutipan berbahaya," kata Penyusup ${XSS.script}. ` +
  `Sekitar 99 ${XSS.svg} orang terdampak, menurut ${XSS.img}.`;

export const FIXTURE_IDS = {
  a1: 'a00000000a001',
  a2: 'a00000000a002',
  a3: 'a00000000a003',
  a4: 'a00000000a004',
  ax: 'a00000000ax01',
  rahmat: 'e-rahmat-santoso',
  bpbd: 'e-bpbd-jakarta',
  jakarta: 'e-jakarta',
  intruder: 'e-intruder',
  ev1: 'ev-levee-visit',
  ev2: 'ev-levee-done',
  evx: 'ev-xss',
  story: 'st-sentiong',
  storyx: 'st-xss',
};
const I = FIXTURE_IDS;

export function fixtureArticles(): Article[] {
  const a1 = article({
    id: I.a1,
    text: T1,
    title: 'Gubernur Tinjau Tanggul Kali Sentiong',
    outlet: 'Kabar Kota',
    publishedAt: '2025-02-03T08:00:00+07:00',
    url: 'https://kabarkota.example/tanggul',
    dateline: 'Jakarta',
    authors: ['Dewi Lestari'],
    entities: [
      { ...at(T1, 'Rahmat Santoso'), entity: I.rahmat, type: 'PERSON' },
      { ...at(T1, 'Rahmat Santoso', 60), entity: I.rahmat, type: 'PERSON' },
      { ...at(T1, 'BPBD Jakarta'), entity: I.bpbd, type: 'ORGANIZATION' },
      { ...at(T1, 'JAKARTA'), entity: I.jakarta, type: 'LOCATION' },
    ],
    times: [{ ...at(T1, 'Senin (3/2/2025)'), type: 'DATE', value: '2025-02-03' }],
    quotes: [{ ...at(T1, 'Kami akan memperbaiki tanggul ini dalam dua pekan,'), speaker: I.rahmat, direct: true }],
    claims: [{ ...at(T1, 'sekitar 1.200 warga mengungsi'), quantity: 1200, unit: 'warga', attributedTo: 'BPBD Jakarta' }],
  });
  const a2 = article({
    id: I.a2,
    text: T2,
    title: 'Rahmat Santoso Janjikan Tanggul Diperbaiki Dua Pekan',
    outlet: 'Warta Pagi',
    publishedAt: '2025-02-03T10:30:00+07:00',
    entities: [
      { ...at(T2, 'Rahmat Santoso'), entity: I.rahmat, type: 'PERSON' },
      { ...at(T2, 'BPBD Jakarta'), entity: I.bpbd, type: 'ORGANIZATION' },
    ],
    quotes: [{ ...at(T2, 'Kami akan memperbaiki tanggul ini dalam dua pekan,'), speaker: I.rahmat, direct: true }],
    claims: [{ ...at(T2, '1.350 warga mengungsi'), quantity: 1350, unit: 'warga', attributedTo: 'BPBD Jakarta' }],
  });
  const a3 = article({
    id: I.a3,
    text: T3,
    title: 'Jakarta governor promises levee repair',
    outlet: 'Harbor Times',
    publishedAt: '2025-02-04',
    language: 'en',
    entities: [
      { ...at(T3, 'Rahmat Santoso'), entity: I.rahmat, type: 'PERSON' },
      { ...at(T3, 'BPBD Jakarta'), entity: I.bpbd, type: 'ORGANIZATION' },
      { ...at(T3, 'Jakarta'), entity: I.jakarta, type: 'LOCATION' },
    ],
    quotes: [{ ...at(T3, 'the Kali Sentiong levee would be repaired within two weeks'), speaker: I.rahmat, direct: false }],
    claims: [{ ...at(T3, 'About 1,200 residents were evacuated'), quantity: 1200, unit: 'residents', attributedTo: 'BPBD Jakarta' }],
  });
  const a4 = article({
    id: I.a4,
    text: T4,
    title: 'Perbaikan Tanggul Kali Sentiong Rampung',
    outlet: 'Kabar Kota',
    publishedAt: '2025-02-17T15:00:00+07:00',
    entities: [{ ...at(T4, 'Rahmat Santoso'), entity: I.rahmat, type: 'PERSON' }],
    times: [{ ...at(T4, 'Senin (17/2/2025)'), type: 'DATE', value: '2025-02-17' }],
    quotes: [{ ...at(T4, 'Tanggul sudah lebih tinggi setengah meter,'), speaker: I.rahmat, direct: true }],
    claims: [{ ...at(T4, 'Rp 4 miliar'), quantity: 4_000_000_000, unit: 'Rp', attributedTo: 'Dinas Sumber Daya Air Jakarta' }],
  });
  const ax = article({
    id: I.ax,
    text: TX,
    title: `Judul ${XSS.script}${XSS.img}`,
    outlet: `Outlet ${XSS.svg}`,
    publishedAt: '2025-03-01',
    url: XSS.link,
    dateline: XSS.img,
    authors: [XSS.script],
    credits: [{ name: XSS.img, role: 'wire' }],
    removed: [{ text: XSS.script, reason: 'advertisement' }],
    entities: [{ ...at(TX, `Penyusup ${XSS.script}`), entity: I.intruder, type: 'PERSON' }],
    quotes: [{ ...at(TX, `${XSS.img} kutipan berbahaya,`), speaker: I.intruder, direct: true }],
    claims: [{ ...at(TX, `Sekitar 99 ${XSS.svg} orang`), quantity: 99, unit: XSS.svg, attributedTo: XSS.img }],
  });
  return [a1, a2, a3, a4, ax];
}

export function fixtureEntities(): Entity[] {
  return [
    { id: I.rahmat, name: 'Rahmat Santoso', type: 'PERSON', aliases: ['Rahmat', 'Gubernur Rahmat Santoso', 'Rachmat Santoso'], roles: ['Gubernur Jakarta'], articles: [I.a1, I.a2, I.a3, I.a4] },
    { id: I.bpbd, name: 'BPBD Jakarta', type: 'ORGANIZATION', aliases: ['BPBD DKI'], roles: [], articles: [I.a1, I.a2, I.a3] },
    { id: I.jakarta, name: 'Jakarta', type: 'LOCATION', aliases: ['JAKARTA'], roles: [], articles: [I.a1, I.a3] },
    { id: I.intruder, name: `Penyusup ${XSS.img}`, type: 'PERSON', aliases: [XSS.script, XSS.link], roles: [XSS.svg], articles: [I.ax] },
  ];
}

export function fixtureEvents(): Event[] {
  return [
    {
      id: I.ev1,
      date: '2025-02-03',
      dateEnd: null,
      title: 'Gubernur meninjau tanggul Kali Sentiong',
      summary: `Rahmat Santoso meninjau tanggul yang jebol dan berjanji memperbaikinya dalam dua pekan. [${I.a1}]`,
      articles: [I.a1, I.a2, I.a3],
      entities: [I.rahmat, I.bpbd, I.jakarta],
      place: 'Jakarta',
    },
    {
      id: I.ev2,
      date: '2025-02-17',
      dateEnd: null,
      title: 'Perbaikan tanggul rampung',
      summary: 'Tanggul Kali Sentiong selesai diperbaiki.',
      articles: [I.a4],
      entities: [I.rahmat],
      place: 'Jakarta',
    },
    {
      id: I.evx,
      date: '2025-03-01',
      dateEnd: null,
      title: `Peristiwa ${XSS.script}`,
      summary: `Ringkasan ${XSS.img} ${XSS.svg}`,
      articles: [I.ax],
      entities: [I.intruder],
      place: XSS.img,
    },
  ];
}

export function fixtureStorylines(): Storyline[] {
  return [
    {
      id: I.story,
      title: 'Banjir dan tanggul Kali Sentiong',
      events: [I.ev1, I.ev2],
      timeline: [
        { date: '2025-02-02', dateEnd: null, text: 'Warga mulai mengungsi', event: null, sources: [{ article: I.a1, ...pick(T1, 'warga mengungsi sejak Minggu malam') }] },
        { date: '2025-02-03', dateEnd: null, text: 'Gubernur meninjau tanggul', event: I.ev1, sources: [{ article: I.a1, ...pick(T1, 'Gubernur Rahmat Santoso meninjau tanggul') }, { article: I.a3, ...pick(T3, 'Jakarta governor Rahmat Santoso') }] },
        { date: '2025-02-17', dateEnd: null, text: 'Perbaikan selesai', event: I.ev2, sources: [{ article: I.a4, ...pick(T4, 'Perbaikan tanggul Kali Sentiong selesai') }] },
        { date: '2024-11', dateEnd: null, text: 'Tanggul retak (latar)', event: null, sources: [] },
      ],
    },
    {
      id: I.storyx,
      title: `Alur ${XSS.script}`,
      events: [I.evx],
      timeline: [
        { date: '2025-03-01', dateEnd: null, text: `Entri ${XSS.img}`, event: I.evx, sources: [{ article: I.ax, ...pick(TX, `Berita uji ${XSS.script}`) }] },
        { date: '2025-02-20', dateEnd: null, text: `Latar ${XSS.svg}`, event: null, sources: [] },
      ],
    },
  ];
}

function pick(text: string, needle: string): { start: number; end: number } {
  const { start, end } = at(text, needle);
  return { start, end };
}

/** Writes the whole fixture set into a store (idempotent). */
export function seedFixtures(store: Store): void {
  store.transaction(() => {
    for (const a of fixtureArticles()) store.putArticle(a);
    for (const e of fixtureEntities()) store.putEntity(e);
    for (const e of fixtureEvents()) store.putEvent(e);
    for (const s of fixtureStorylines()) store.putStoryline(s);
    store.putDuplicate({ a: I.a1, b: I.a2, kind: 'near-copy', similarity: 0.82, origin: I.a1 });
  });
}
