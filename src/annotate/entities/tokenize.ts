/**
 * Word and sentence tokenizer for the entity tagger. Tokens keep UTF-16 offsets into the text,
 * so tagged spans map straight back into `Article.text`.
 *
 * Words keep inner hyphens and apostrophes (`Son-hui`, `Jong-un`, `Jum'at`), numbers keep their
 * separators (`10.000`, `1,5`), dotted abbreviations stay whole (`U.S.`, `Dr.` is `Dr` + `.`).
 */
import { NO_SENTENCE_END } from '../../text/abbreviations.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*(?:-\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;


export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const OPENERS = /^["“'‘(\[]$/;

/** Splits tokens into sentences: at line breaks always, at `. ! ?` before a capital or an opener. */
export function splitSentences(text: string, tokens: Token[]): Token[][] {
  const sents: Token[][] = [];
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (cur.length && /\n/.test(text.slice(cur[cur.length - 1].end, t.start))) {
      sents.push(cur);
      cur = [];
    }
    cur.push(t);
    if (t.text === '.' || t.text === '!' || t.text === '?') {
      const next = tokens[i + 1];
      const prev = cur[cur.length - 2];
      if (!next) continue;
      // a closing quote or bracket right after the stop belongs to this sentence
      if (/^["”’)\]]$/.test(next.text) && next.start === t.end) continue;
      const gap = text.slice(t.end, next.start);
      if (gap.length === 0) continue;
      if (t.text === '.' && prev && prev.end === t.start) {
        const p = prev.text.toLowerCase();
        if (NO_SENTENCE_END.has(p) || /^\p{Lu}$/u.test(prev.text)) continue;
      }
      if (/^[\p{Lu}\p{N}]/u.test(next.text) || OPENERS.test(next.text)) {
        sents.push(cur);
        cur = [];
      }
    } else if ((t.text === '”' || t.text === '"') && cur.length >= 2 && /^[.!?]$/.test(cur[cur.length - 2].text)) {
      const next = tokens[i + 1];
      if (next && /^\p{Lu}/u.test(next.text) && next.start > t.end) {
        sents.push(cur);
        cur = [];
      }
    }
  }
  if (cur.length) sents.push(cur);
  // keep sentences a tagger can handle: split very long runs at semicolons
  return sents.flatMap((s) => (s.length > 200 ? chunk(s, 200) : [s]));
}

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
