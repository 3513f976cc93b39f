import type { Store } from '../../store/store.js';

type Write = (chunk: string) => void;

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(v: unknown): string {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const COLUMNS = [
  'id', 'origin', 'title', 'outlet', 'publishedAt', 'publishedAtSource', 'dateline', 'authors', 'editors', 'credits',
  'language', 'entities', 'times', 'quotes', 'claims', 'text',
] as const;

/** Articles as a spreadsheet: one row each; lists joined with `; `, span lists as counts. */
export function writeCsv(store: Store, write: Write): void {
  write(COLUMNS.join(',') + '\r\n');
  for (const a of store.iterateArticles()) {
    const row = [
      a.id, a.origin, a.title, a.outlet, a.publishedAt, a.publishedAtSource, a.dateline,
      a.authors.join('; '),
      (a.editors ?? []).join('; '),
      a.credits.map((c) => `${c.name} (${c.role})`).join('; '),
      a.language, a.entities.length, a.times.length, a.quotes.length, a.claims.length, a.text,
    ];
    write(row.map(csvField).join(',') + '\r\n');
  }
}
