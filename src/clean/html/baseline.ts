/** Plain Readability on a linkedom DOM, with no improvements: the benchmark's reference system. */
import { Readability } from '@mozilla/readability';
import { parseDocument } from './dom.js';

export function readabilityPlain(html: string): string {
  const doc = parseDocument(html);
  if (!doc) return '';
  try {
    const r = new Readability(doc as never).parse();
    return r?.textContent ?? '';
  } catch {
    return '';
  }
}
