/** A sentence as offsets into its text. */
export interface Sentence {
  start: number;
  end: number;
}

/**
 * Sentences of a text: a sentence ends at `.!?` (plus closing quotes and brackets) before a
 * capital or an opening quote, and at every line break. Good enough for dating sentences,
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
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}
