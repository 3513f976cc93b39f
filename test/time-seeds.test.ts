/**
 * The seeds' timeline (../shared/seeds/EXPECTED.md): every date in it must come out of the
 * articles' text with that value, including 000 and 001 whose year is not printed (DCT inferred).
 * Reads the seeds at run time; skips with a message when ../shared is missing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textDoc } from './support.js';
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../src/clean/index.js';
import { packFor } from '../src/lang/index.js';
import { annotateTimes, eventDates, inferDct } from '../src/annotate/time/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = resolve(root, '../shared/seeds');
const spec = JSON.parse(readFileSync(join(root, 'eval/time/seeds-timeline.json'), 'utf8')) as {
  expect: Record<string, string[]>;
  dct: Record<string, string>;
};
const have = existsSync(seedDir);
if (!have) console.warn(`time-seeds: SKIPPED, ${seedDir} not found (the seeds live outside the repo)`);

const datePart = (v: string): string => v.split('/').map((p) => p.replace(/T.*$/, '')).join('/');

function article(file: string) {
  const body = readFileSync(join(seedDir, file), 'utf8');
  const raw = textDoc(file, body);
  const clean = cleanDoc(raw, { lang: 'id' });
  const pack = packFor(clean.language);
  const dct = clean.publishedAt ?? inferDct(clean, pack);
  const art = { ...clean, publishedAt: dct, publishedAtSource: clean.publishedAtSource ?? (dct ? ('inferred' as const) : null) };
  return { art, pack, times: annotateTimes(art, pack, dct) };
}

describe.skipIf(!have)('seed timeline dates', () => {
  const files = have ? readdirSync(seedDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort() : [];
  for (const f of files) {
    const key = f.slice(0, 3);
    it(`${key}: DCT ${spec.dct[key]} and dates ${(spec.expect[key] ?? []).join(', ')}`, () => {
      const { art, times } = article(f);
      expect(art.publishedAt?.slice(0, 10)).toBe(spec.dct[key]);
      const values = new Set(times.map((t) => datePart(t.value)));
      for (const v of spec.expect[key] ?? []) expect(values, `missing ${v}`).toContain(v);
      // every sentence gets a date for the timeline stage
      for (const s of eventDates(art, times)) expect(s.date).not.toBeNull();
    });
  }

  it('000 and 001: the event sentences are dated 2025-10-27 and 2024-01-16', () => {
    for (const [key, date] of [['000', '2025-10-27'], ['001', '2024-01-16']] as const) {
      const f = files.find((x) => x.startsWith(key))!;
      const { art, times } = article(f);
      const dated = eventDates(art, times).filter((s) => s.date?.source === 'sentence').map((s) => s.date!.value);
      expect(dated).toContain(date);
    }
  });
});
