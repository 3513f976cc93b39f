/**
 * The cleaner on the bundled example corpus: invented outlets with their own layouts, written
 * apart from the cleaner's rules, checked against what a careful reader records for each
 * document (test/fixtures/examples-expected.json).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkPaths, readFileDocs } from '../src/ingest/index.js';
import { cleanDoc } from '../src/clean/index.js';
import type { CleanArticle } from '../src/model/types.js';
import { ROOT } from './support.js';

interface Expected {
  title: string | null;
  outlet: string | null;
  dateline: string | null;
  publishedAt: string | null;
  authors: string[];
  editors?: string[];
  credits: { name: string; role: string }[];
  language: string;
  boilerplate: { text: string; reason: string }[];
}

const expected: Record<string, Expected> = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'examples-expected.json'), 'utf8')).documents;

async function cleanExamples(): Promise<Map<string, CleanArticle>> {
  const out = new Map<string, CleanArticle>();
  const { files } = walkPaths([join(ROOT, 'examples')]);
  for (const f of files) {
    for await (const it of readFileDocs(f.path, f.size)) {
      if (it.kind !== 'doc') throw new Error(`${it.origin}: ${it.reason}`);
      const key = 'examples/' + it.doc.origin.slice(join(ROOT, 'examples').length + 1);
      out.set(key, cleanDoc(it.doc));
    }
  }
  return out;
}

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

describe('clean: example corpus metadata and boilerplate', async () => {
  const got = await cleanExamples();
  const keys = Object.keys(expected);

  it('reads every document the fixture describes', () => {
    expect([...got.keys()].sort()).toEqual(keys.sort());
  });

  it.each(keys)('%s: planted boilerplate is gone, language and printed time are right', (key) => {
    const e = expected[key];
    const a = got.get(key)!;
    const lines = new Set(a.text.split('\n').map((l) => l.trim()));
    for (const b of e.boilerplate) expect(lines.has(b.text.trim()), `still in body: ${b.text}`).toBe(false);
    expect(a.language).toBe(e.language);
    expect(a.publishedAt).toBe(e.publishedAt);
  });

  it('gets titles, outlets, datelines, authors, editors and credits right on most documents', () => {
    const fields = { title: 0, outlet: 0, dateline: 0, authors: 0, editors: 0, credits: 0 };
    const misses: string[] = [];
    for (const key of keys) {
      const e = expected[key];
      const a = got.get(key)!;
      const check = (field: keyof typeof fields, ok: boolean, detail: string) => {
        if (ok) fields[field]++;
        else misses.push(`${key} ${field}: ${detail}`);
      };
      check('title', norm(a.title) === norm(e.title) || (e.title === null && a.titleSource === 'derived'), `${a.title} ≠ ${e.title}`);
      check('outlet', norm(a.outlet).replace(/(com|coid|id|co)$/, '') === norm(e.outlet).replace(/(com|coid|id|co)$/, ''), `${a.outlet} ≠ ${e.outlet}`);
      check('dateline', norm(a.dateline) === norm(e.dateline), `${a.dateline} ≠ ${e.dateline}`);
      const names = (xs: string[] | undefined) => JSON.stringify((xs ?? []).map(norm).sort());
      check('authors', names(a.authors) === names(e.authors), `${a.authors.join('|')} ≠ ${e.authors.join('|')}`);
      check('editors', names(a.editors) === names(e.editors), `${(a.editors ?? []).join('|')} ≠ ${(e.editors ?? []).join('|')}`);
      const credits = (cs: { name: string; role: string }[]) => cs.map((c) => `${norm(c.name)}:${c.role}`).sort().join(',');
      check('credits', credits(a.credits) === credits(e.credits), `${credits(a.credits)} ≠ ${credits(e.credits)}`);
    }
    const n = keys.length;
    const report = Object.entries(fields).map(([k, v]) => `${k} ${v}/${n}`).join(', ');
    console.log(`examples metadata: ${report}\n  ${misses.join('\n  ')}`);
    for (const [k, v] of Object.entries(fields)) expect(v / n, `${k}: ${report}\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.8);
  });
});
