/**
 * The seed claims of ../shared/seeds/EXPECTED.md: about 10,000 North Korean soldiers sent and
 * about 600 killed, according to Reuters (from estimates by Seoul and Kyiv), in 002; and no date,
 * year, ordinal or duration of the five seeds taken for a claim. Reads the seeds at run time.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textDoc } from './support.js';
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../src/clean/index.js';
import { packFor } from '../src/lang/index.js';
import { annotateClaims } from '../src/annotate/claims/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = resolve(root, '../shared/seeds');
const have = existsSync(seedDir);
if (!have) console.warn(`claims-seeds: SKIPPED, ${seedDir} not found (the seeds live outside the repo)`);

function clean(prefix: string) {
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix))!;
  const body = readFileSync(join(seedDir, file), 'utf8');
  const raw = textDoc(file, body);
  return cleanDoc(raw, { lang: 'id' });
}

describe.skipIf(!have)('seed claims', () => {
  it('002: 10,000 and 600 soldiers, attributed to Reuters, based on estimates by Seoul and Kyiv', () => {
    const a = clean('002');
    const claims = annotateClaims(a, packFor('id'), []);
    const sent = claims.find((c) => c.quantity === 10000);
    const killed = claims.find((c) => c.quantity === 600);
    expect(sent).toMatchObject({ unit: 'tentara', attributedTo: 'Reuters', bound: 'about' });
    expect(killed).toMatchObject({ unit: 'tentara', attributedTo: 'Reuters', bound: 'about' });
    for (const c of [sent!, killed!]) {
      expect(a.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.basis).toEqual(['Seoul', 'Kyiv']);
    }
  });

  it('no other numbers of the seeds are claims (dates, years, ke-3, tiga hari are not)', () => {
    const all = ['000', '001', '002', '003', '004'].flatMap((p) => annotateClaims(clean(p), packFor('id'), []));
    expect(all.map((c) => c.quantity).sort((x, y) => x - y)).toEqual([600, 10000]);
  });
});
