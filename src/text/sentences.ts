import { abbreviationStop } from './abbreviations.js';

/** A sentence as offsets into its text. */
export interface Sentence {
  start: number;
  end: number;
}

/**
 * Sentences of a text: a sentence ends at `.!?` (plus closing quotes and brackets) before a
 * capital or an opening quote, and at every line break, but not at the stop of a title or
 * company abbreviation, an initial or an initialism (`Dr. Sari`, `PT. Maju`, `J. Smith`,
 * `U.S. Army`), which would cut a summary line in two. Good enough for dating sentences,
 * passages and extractive summaries; shared so every stage cuts the text the same way.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]*?(?:[.!?]["”’)]*(?=\s+["“‘(]?\p{Lu})|\n|$)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e <= s) continue;
    const last = out[out.length - 1];
    if (last && continuesAfter(text, last.end, s)) last.end = e;
    else out.push({ start: s, end: e });
  }
  return out;
}

/** Does the sentence ending at `end` go on at `next`: it stops at an abbreviation's dot, with no line break between? */
function continuesAfter(text: string, end: number, next: number): boolean {
  if (text[end - 1] !== '.' || text.slice(end, next).includes('\n')) return false;
  const w = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, end - 24), end))?.[1];
  return !!w && abbreviationStop(w);
}
