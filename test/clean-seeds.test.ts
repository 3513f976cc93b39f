/**
 * Acceptance of the clean stage on the seed corpus. Everything expected is read at run time from
 * ../shared/seeds/EXPECTED.md (the table and the list of boilerplate), never copied here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../src/clean/index.js';
import type { CleanArticle } from '../src/model/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = join(root, '..', 'shared', 'seeds');
const haveSeeds = existsSync(join(seedDir, 'EXPECTED.md'));
if (!haveSeeds) console.warn(`clean-seeds: skipped, ${seedDir}/EXPECTED.md not found (../shared is not mounted)`);

interface Row {
  file: string;
  outlet: string;
  published: string;
  dateline: string;
  byline: string;
  title: string;
}

function table(md: string): Row[] {
  const rows: Row[] = [];
  for (const line of md.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 8 || !/^\d{3}$/.test(cells[1])) continue;
    const [, file, outlet, published, dateline, byline, title] = cells;
    rows.push({ file, outlet, published, dateline, byline, title });
  }
  return rows;
}

/** The backticked items of the "Not article text" paragraph. */
function boilerplateItems(md: string): string[] {
  const start = md.indexOf('Not article text');
  const para = md.slice(start, md.indexOf('\n\n', start));
  return [...para.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/…$/, '').trim()).filter(Boolean);
}

interface Expect {
  authors: string[];
  editors: string[];
  codes: string[];
  wire: string[];
  credited: string[];
  cited: string[];
  photo: string[];
}

/** `author JS; code (hm16); cites Sputnik, KCNA` … -> what the article must carry. */
function bylineExpect(cell: string): Expect {
  const e: Expect = { authors: [], editors: [], codes: [], wire: [], credited: [], cited: [], photo: [] };
  for (const part0 of cell.split(';')) {
    const part = part0.trim();
    let m: RegExpExecArray | null;
    if ((m = /^author\s+`?([^`]+?)`?$/i.exec(part))) e.authors.push(m[1].trim());
    else if ((m = /^(?:penulis|reporter):\s*(.+)$/i.exec(part))) e.authors.push(m[1].trim());
    else if ((m = /^editor:\s*(.+)$/i.exec(part))) e.editors.push(m[1].trim());
    else if ((m = /code\s+`\(([^)]+)\)`/i.exec(part))) e.codes.push(`(${m[1]})`);
    else if ((m = /^cites\s+(.+)$/i.exec(part))) e.cited.push(...m[1].split(/\s*,\s*/));
    else if ((m = /^wire source:\s*(\S+)/i.exec(part))) e.wire.push(m[1]);
    else if ((m = /^credited source:\s*(\S+)/i.exec(part))) e.credited.push(m[1]);
    else if ((m = /^photo credit\s+(.+)$/i.exec(part))) e.photo.push(...m[1].split(/\s*\/\s*/).filter((x) => x !== 'POOL'));
  }
  return e;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const norm = (s: string) => words(s).join(' ');

function clean(file: string): { raw: string; a: CleanArticle } {
  const raw = readFileSync(join(seedDir, file), 'utf8');
  const a = cleanDoc({
    hash: createHash('sha256').update(raw).digest('hex'),
    origin: file,
    format: 'text',
    container: 'text',
    encoding: 'utf-8',
    body: raw,
    hints: {},
  });
  return { raw, a };
}

describe.skipIf(!haveSeeds)('clean stage on the seed articles (EXPECTED.md)', () => {
  const md = haveSeeds ? readFileSync(join(seedDir, 'EXPECTED.md'), 'utf8') : '';
  const rows = table(md);
  const files = haveSeeds ? readdirSync(seedDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)) : [];
  const items = boilerplateItems(md);

  it('reads the table and the boilerplate list', () => {
    expect(rows.length).toBe(5);
    expect(files.length).toBe(5);
    expect(items.length).toBeGreaterThan(10);
  });

  for (const row of rows) {
    describe(`seed ${row.file}`, () => {
      const file = files.find((f) => f.startsWith(row.file + '_'))!;
      const { raw, a } = haveSeeds ? clean(file) : ({ raw: '', a: null } as unknown as { raw: string; a: CleanArticle });

      it('is Indonesian', () => expect(a.language).toBe('id'));

      it('title', () => {
        if (/none printed/i.test(row.title)) {
          expect(a.titleSource).toBe('derived');
          expect(a.title).toBeTruthy();
          const t = words(a.title!);
          expect(t.length).toBeGreaterThanOrEqual(4);
          expect(t.length).toBeLessThanOrEqual(16);
          // Made from the lead: every word of it is in the first paragraph.
          const lead = new Set(words(a.text.split('\n')[0]));
          for (const w of t) expect(lead.has(w)).toBe(true);
        } else {
          expect(a.titleSource).toBe('printed');
          expect(a.title).toBe(row.title);
        }
      });

      it('outlet', () => {
        const want = row.outlet.replace(/\s*\(.*$/, '').trim();
        expect(a.outlet).toBe(want);
      });

      it('dateline', () => {
        const want = /^[—–-]$/.test(row.dateline) ? null : row.dateline;
        expect(a.dateline).toBe(want);
      });

      it('publication time as printed, with the zone', () => {
        const m = /^(\d{4}-\d{2}-\d{2})(?:\s+(\d{2}):(\d{2}))?/.exec(row.published);
        if (!m) {
          expect(a.publishedAt).toBeNull();
          return;
        }
        const want = m[2] ? `${m[1]}T${m[2]}:${m[3]}:00+07:00` : m[1];
        expect(a.publishedAt).toBe(want);
        expect(a.publishedAtSource).toBe('printed');
      });

      const e = bylineExpect(row.byline);
      it('authors and editors, never an outlet or a desk code', () => {
        expect([...a.authors].sort()).toEqual([...e.authors].sort());
        expect([...(a.editors ?? [])].sort()).toEqual([...e.editors].sort());
        for (const c of e.codes) {
          expect(a.authors).not.toContain(c);
          expect(a.editors).not.toContain(c);
          expect(a.text).not.toContain(c);
          expect(a.removed.some((r) => r.text === c && r.reason === 'trailing-marker')).toBe(true);
        }
      });

      it('credits', () => {
        const has = (name: string, roles: string[]) =>
          a.credits.some((c) => c.name.toLowerCase() === name.toLowerCase() && roles.includes(c.role));
        for (const n of e.wire) expect(has(n, ['wire'])).toBe(true);
        for (const n of e.credited) expect(has(n, ['wire', 'cited'])).toBe(true);
        for (const n of e.cited) expect(has(n, ['cited', 'wire'])).toBe(true);
        for (const n of e.photo) expect(has(n, ['photo'])).toBe(true);
        const names = a.credits.map((c) => `${c.role}:${c.name.toLowerCase()}`);
        expect(new Set(names).size).toBe(names.length);
        if (a.outlet) expect(a.credits.some((c) => c.name.toLowerCase() === a.outlet!.toLowerCase())).toBe(false);
      });

      it('removes every boilerplate item of EXPECTED.md that the file prints', () => {
        const rawLines = raw.split(/\r?\n/).map((l) => l.replace(/\u00a0/g, ' ').trim());
        for (const item of items) {
          if (!raw.includes(item)) continue;
          const lineItem = rawLines.some((l) => l.startsWith(item));
          if (lineItem) {
            for (const l of a.text.split('\n')) expect(l.startsWith(item), `${item} left in ${row.file}`).toBe(false);
          } else {
            expect(a.text.includes(item), `${item} left in ${row.file}`).toBe(false);
          }
          expect(a.removed.some((r) => r.text.includes(item)), `${item} not recorded`).toBe(true);
        }
      });

      it('records captions, duplicate captions and the site header date', () => {
        const reasons = new Set(a.removed.map((r) => r.reason));
        // A line ending in a bracketed photo credit is a caption wherever the seed has one.
        const captions = raw.split('\n').filter((l) => /\((?:foto:|[^()]*\/[^()]*)[^()]*\)\s*$/i.test(l.trim()) && !/\(\d/.test(l));
        if (captions.length) expect(reasons.has('caption')).toBe(true);
        if (captions.length > 1 && new Set(captions.map(norm)).size < captions.length) expect(reasons.has('duplicate')).toBe(true);
        const first = raw.split('\n')[0].trim();
        if (/^\p{L}+,\s+\p{L}+\s+\d{1,2},\s+\d{4}$/u.test(first)) {
          expect(a.removed.some((r) => r.text === first && r.reason === 'site-date')).toBe(true);
        }
        for (const r of a.removed) expect(r.reason).toMatch(/^[a-z-]+$/);
      });

      it('keeps subheadings and loses no article sentence', () => {
        const body = norm(a.text);
        const kept = new Set(a.text.split('\n').map(norm));
        // Short capitalized lines between prose paragraphs are subheadings: they stay in the body.
        const rawLines = raw.split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim());
        const isProse = (l: string) => words(l).length >= 12 && /[.!?]["”’]?$/.test(l);
        rawLines.forEach((l, i) => {
          const w = words(l).length;
          if (w < 2 || w > 8 || /[.!?:]$/.test(l)) return;
          if (!/^\p{Lu}/u.test(l) || !/\p{Ll}/u.test(l)) return;
          const prev = rawLines.slice(0, i).filter(Boolean).pop() ?? '';
          const next = rawLines.slice(i + 1).find(Boolean) ?? '';
          if (isProse(prev) && isProse(next)) expect(kept.has(norm(l)), `subheading lost: ${l}`).toBe(true);
        });
        const removedAsChrome = new Set(
          a.removed.filter((r) => ['caption', 'duplicate', 'related', 'title'].includes(r.reason)).map((r) => norm(r.text)),
        );
        for (const r of a.removed) {
          const n = words(r.text).length;
          // Every removal is short, or a caption/duplicate/related line of caption size.
          const ok = n <= 15 || (removedAsChrome.has(norm(r.text)) && n <= 45) || r.reason === 'title';
          expect(ok, `over-long removal [${r.reason}] ${r.text.slice(0, 60)}`).toBe(true);
        }
        for (const line of raw.split('\n')) {
          const l = line.replace(/\u00a0/g, ' ').trim();
          if (!l || removedAsChrome.has(norm(l))) continue;
          for (const sent of l.split(/(?<=[.!?]["”’]?)\s+(?=["“\p{Lu}])/u)) {
            // A sentence: six words or more, ending like one once end markers are set aside.
            const bare = sent.replace(/(?:\s*(?:\*{3,}|\([^()]*\)))+\s*$/, '');
            const w = words(bare);
            if (w.length < 6 || !/[.!?]["”’]?$/.test(bare)) continue;
            // The middle of the sentence (datelines and end markers may be cut at its edges).
            const mid = w.slice(3, -1).join(' ');
            expect(body.includes(mid), `lost: ${sent.slice(0, 60)}`).toBe(true);
          }
        }
      });
    });
  }
});
