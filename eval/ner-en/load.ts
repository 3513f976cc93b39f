/**
 * The English NER gold set's texts and its document choice (see README.md). A gold `file` is a
 * TempEval-3 TimeML path relative to ../shared; its text is what eval/quotes/load.ts reads (the
 * TEXT element's content, windows-1252, XML entities decoded, CRLF kept) with the TimeML markup
 * (EVENT, TIMEX3, SIGNAL tags) removed, so offsets point into the plain article text.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEvalText } from '../quotes/load.js';

export const CORPUS = 'data/time/tempeval3-tbaq';

export function loadNerEnText(sharedDir: string, file: string): string {
  // The corpus has no `&lt;`, so no decoded `<` can be taken for a tag here.
  return loadEvalText(sharedDir, file).replace(/<[^>]*>/g, '');
}

/**
 * The fixed choice: all TimeBank and AQUAINT files ordered by the SHA-1 of their path, the first
 * `n` whose plain text has 1,000-3,000 characters; alternately dev (1st, 3rd, ...) and heldout.
 */
export function chooseDocs(sharedDir: string, n = 14): { file: string; split: 'dev' | 'heldout' }[] {
  const files = ['TimeBank', 'AQUAINT'].flatMap((part) =>
    readdirSync(join(sharedDir, CORPUS, part)).filter((f) => f.endsWith('.tml')).map((f) => `${CORPUS}/${part}/${f}`));
  const sha = (s: string) => createHash('sha1').update(s).digest('hex');
  const picked = files.sort((a, b) => sha(a).localeCompare(sha(b)))
    .filter((f) => { const len = loadNerEnText(sharedDir, f).length; return len >= 1000 && len <= 3000; })
    .slice(0, n);
  return picked.map((file, i) => ({ file, split: i % 2 === 0 ? 'dev' : 'heldout' }));
}

/**
 * The second blind batch (`heldout2`): files used by neither this set nor eval/quotes/gold.json
 * (its `tbaq:` keys), ordered by SHA-1 of "ner-en-heldout2:" + path, the first `n` whose plain text
 * has 1,500-5,000 characters.
 */
export function chooseHeldout2(sharedDir: string, used: ReadonlySet<string>, quotesGold: string, n = 7): string[] {
  for (const m of quotesGold.matchAll(/"tbaq:([^"]+)"/g)) used = new Set([...used, `${CORPUS}/${m[1]}`]);
  const files = ['TimeBank', 'AQUAINT'].flatMap((part) =>
    readdirSync(join(sharedDir, CORPUS, part)).filter((f) => f.endsWith('.tml')).map((f) => `${CORPUS}/${part}/${f}`));
  const sha = (s: string) => createHash('sha1').update('ner-en-heldout2:' + s).digest('hex');
  return files.filter((f) => !used.has(f)).sort((a, b) => sha(a).localeCompare(sha(b)))
    .filter((f) => { const len = loadNerEnText(sharedDir, f).length; return len >= 1500 && len <= 5000; })
    .slice(0, n);
}
