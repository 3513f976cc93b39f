/** Interface text in Indonesian and English, and dates in the reader's terms. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'id' | 'en';

const id = {
  appName: 'Linimasa',
  skip: 'Lewati ke isi',
  navHome: 'Linimasa',
  navSearch: 'Cari',
  navUpload: 'Unggah',
  switchLang: 'English',
  switchLangLabel: 'Switch the interface to English',
  loading: 'Memuat…',
  error: 'Terjadi kesalahan',
  notFound: 'Tidak ditemukan',
  none: 'Tidak ada',
  storylines: 'Alur cerita',
  storyline: 'Alur cerita',
  allEvents: 'Semua peristiwa',
  noEvents: 'Belum ada peristiwa di basis data. Unggah artikel untuk memulai.',
  timeline: 'Linimasa',
  timelineHelp: 'Gulir atau tekan + dan − untuk memperbesar, ← dan → untuk menggeser, E untuk fokus pada peristiwa, 0 untuk menampilkan semua. Tab memilih entri.',
  focusEvents: 'Fokus peristiwa',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  fit: 'Tampilkan semua',
  panLeft: 'Geser ke kiri',
  panRight: 'Geser ke kanan',
  eventsBand: 'Peristiwa',
  factsBand: 'Latar',
  sources: 'Sumber',
  noSources: 'Tanpa sumber',
  openEvent: 'Buka peristiwa',
  chronology: 'Daftar kronologis',
  event: 'Peristiwa',
  date: 'Tanggal',
  place: 'Tempat',
  summary: 'Ringkasan',
  articles: 'Artikel',
  outlet: 'Media',
  published: 'Terbit',
  title: 'Judul',
  copies: 'Salinan',
  copyOf: 'salinan dari',
  nearCopyOf: 'hampir sama dengan',
  sharesWith: 'berbagi kalimat dengan',
  original: 'asli',
  quotes: 'Kutipan',
  quotesBySpeaker: 'Kutipan menurut pembicara',
  unknownSpeaker: 'Pembicara tidak diketahui',
  indirect: 'tidak langsung',
  entities: 'Entitas',
  claims: 'Klaim angka, berdampingan antar sumber',
  claimWhat: 'Satuan',
  according: 'menurut',
  aliases: 'Nama lain',
  roles: 'Peran',
  events: 'Peristiwa',
  appearsWith: 'Muncul bersama',
  inArticles: 'artikel',
  entity: 'Entitas',
  type: 'Jenis',
  search: 'Cari',
  searchLabel: 'Kata kunci',
  searchPlaceholder: 'mis. Putin, banjir, Korea Utara',
  from: 'Dari tanggal',
  to: 'Sampai tanggal',
  language: 'Bahasa',
  anyLanguage: 'Semua bahasa',
  langId: 'Indonesia',
  langEn: 'Inggris',
  results: 'hasil',
  noResults: 'Tidak ada hasil.',
  upload: 'Unggah artikel',
  uploadHelp: 'Berkas teks, HTML, JSON, JSON Lines, RSS/Atom, juga .gz. Tarik ke sini atau pilih.',
  chooseFiles: 'Pilih berkas',
  token: 'Token tulis',
  send: 'Kirim',
  sending: 'Mengirim…',
  stored: 'tersimpan',
  alreadyStored: 'sudah ada',
  failed: 'gagal',
  documents: 'dokumen',
  article: 'Artikel',
  authors: 'Penulis',
  editors: 'Penyunting',
  credits: 'Kredit',
  dateline: 'Tempat berita',
  removed: 'Baris yang dibuang saat pembersihan',
  times: 'Waktu',
  originalLink: 'Tautan asli',
  derivedTitle: 'judul diturunkan dari teras berita',
  more: 'Berikutnya',
  prev: 'Sebelumnya',
  page: 'Halaman',
  language_id: 'Indonesia',
  language_en: 'Inggris',
  language_ms: 'Melayu',
  language_und: 'tidak diketahui',
  PERSON: 'Orang',
  ORGANIZATION: 'Organisasi',
  LOCATION: 'Tempat',
  EVENT: 'Peristiwa',
  MISC: 'Lain-lain',
};
export type Key = keyof typeof id;

const en: Record<Key, string> = {
  appName: 'Linimasa',
  skip: 'Skip to content',
  navHome: 'Timeline',
  navSearch: 'Search',
  navUpload: 'Upload',
  switchLang: 'Bahasa Indonesia',
  switchLangLabel: 'Ganti bahasa antarmuka ke Bahasa Indonesia',
  loading: 'Loading…',
  error: 'Something went wrong',
  notFound: 'Not found',
  none: 'None',
  storylines: 'Storylines',
  storyline: 'Storyline',
  allEvents: 'All events',
  noEvents: 'No events in the store yet. Upload articles to begin.',
  timeline: 'Timeline',
  timelineHelp: 'Scroll or press + and − to zoom, ← and → to pan, E to frame the events, 0 to fit everything. Tab moves between entries.',
  focusEvents: 'Frame events',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit all',
  panLeft: 'Pan left',
  panRight: 'Pan right',
  eventsBand: 'Events',
  factsBand: 'Background',
  sources: 'Sources',
  noSources: 'No sources',
  openEvent: 'Open event',
  chronology: 'Chronological list',
  event: 'Event',
  date: 'Date',
  place: 'Place',
  summary: 'Summary',
  articles: 'Articles',
  outlet: 'Outlet',
  published: 'Published',
  title: 'Title',
  copies: 'Copies',
  copyOf: 'copy of',
  nearCopyOf: 'near-copy of',
  sharesWith: 'shares passages with',
  original: 'original',
  quotes: 'Quotes',
  quotesBySpeaker: 'Quotes by speaker',
  unknownSpeaker: 'Unknown speaker',
  indirect: 'indirect',
  entities: 'Entities',
  claims: 'Numeric claims, side by side across sources',
  claimWhat: 'Unit',
  according: 'according to',
  aliases: 'Aliases',
  roles: 'Roles',
  events: 'Events',
  appearsWith: 'Appears with',
  inArticles: 'articles',
  entity: 'Entity',
  type: 'Type',
  search: 'Search',
  searchLabel: 'Words',
  searchPlaceholder: 'e.g. Putin, flood, North Korea',
  from: 'From date',
  to: 'To date',
  language: 'Language',
  anyLanguage: 'Any language',
  langId: 'Indonesian',
  langEn: 'English',
  results: 'results',
  noResults: 'No results.',
  upload: 'Upload articles',
  uploadHelp: 'Text, HTML, JSON, JSON Lines, RSS/Atom files, also .gz. Drop them here or choose.',
  chooseFiles: 'Choose files',
  token: 'Write token',
  send: 'Send',
  sending: 'Sending…',
  stored: 'stored',
  alreadyStored: 'already stored',
  failed: 'failed',
  documents: 'documents',
  article: 'Article',
  authors: 'Authors',
  editors: 'Editors',
  credits: 'Credits',
  dateline: 'Dateline',
  removed: 'Lines removed by cleaning',
  times: 'Dates',
  originalLink: 'Original link',
  derivedTitle: 'title derived from the lead',
  more: 'Next',
  prev: 'Previous',
  page: 'Page',
  language_id: 'Indonesian',
  language_en: 'English',
  language_ms: 'Malay',
  language_und: 'unknown',
  PERSON: 'Person',
  ORGANIZATION: 'Organisation',
  LOCATION: 'Place',
  EVENT: 'Event',
  MISC: 'Other',
};

const DICTS: Record<Lang, Record<Key, string>> = { id, en };

export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem('linimasa.lang');
    if (saved === 'id' || saved === 'en') return saved;
  } catch {
    /* storage may be disabled */
  }
  return /^en\b/i.test(navigator.language || '') ? 'en' : 'id';
}

export interface I18n {
  lang: Lang;
  t: (k: Key) => string;
  setLang: (l: Lang) => void;
}

export const I18nContext = createContext<I18n>({ lang: 'id', t: (k) => id[k], setLang: () => {} });
export const useI18n = () => useContext(I18nContext);
export const translator = (lang: Lang) => (k: Key) => DICTS[lang][k];

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const ZONES: Record<string, string> = { '+07:00': 'WIB', '+08:00': 'WITA', '+09:00': 'WIT', Z: 'UTC', '+00:00': 'UTC' };

/** `2025-10-27` -> `Senin, 27 Oktober 2025`; `2023-09` -> `September 2023`; `1948` -> `1948`. */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const loc = LOCALE[lang];
  if (!mo) return y;
  if (!d) return new Intl.DateTimeFormat(loc, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(+y, +mo - 1, 1));
  return new Intl.DateTimeFormat(loc, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(+y, +mo - 1, +d),
  );
}

/**
 * A publication time in the zone the article printed: `2025-10-28T16:40:00+07:00` ->
 * `Selasa, 28 Oktober 2025 16.40 WIB`.
 */
export function formatDateTime(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (!m) return formatDate(value, lang);
  const [, date, hh, mm, zone] = m;
  const time = lang === 'id' ? `${hh}.${mm}` : `${hh}:${mm}`;
  const z = zone ? (ZONES[zone] ?? `UTC${zone}`) : '';
  return `${formatDate(date, lang)} ${time}${z ? ' ' + z : ''}`;
}

export function formatRange(date: string, dateEnd: string | null, lang: Lang): string {
  return dateEnd && dateEnd !== date ? `${formatDate(date, lang)} – ${formatDate(dateEnd, lang)}` : formatDate(date, lang);
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(n);
}

/** Date string -> epoch ms at the start of the period it names (for placing on a timeline). */
export function dateToMs(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
}
