import type { CleanArticle, EntityMention, EntityType } from '../../model/types.js';
import type { LangPack } from '../../lang/pack.js';
import { nerLexiconFor, type NerLexicon } from '../../lang/ner.js';
import { tagText } from './tagger.js';
import type { Token } from './tokenize.js';

export { tagText, loadTagger, lastLoadMs, DEFAULT_MODEL_PATH } from './tagger.js';
export { tokenize, splitSentences } from './tokenize.js';

/**
 * Entity mentions of one article: the trained sequence tagger (Indonesian model; other languages
 * run the same model with their own lexicon features), then light, language-agnostic clean-up
 * driven by the pack's NER lexicon:
 * - leading titles and honorifics are cut from person spans (`Presiden Vladimir Putin` ->
 *   `Vladimir Putin`; the resolver reads the role from the text before the mention);
 * - general-knowledge short forms and listed places the tagger missed are added (`AS`, `PBB`).
 * Mentions carry `entity: null` until the link stage fills it.
 */
export function annotateEntities(article: CleanArticle, pack: LangPack): EntityMention[] {
  const text = article.text;
  if (!text) return [];
  const lex = nerLexiconFor(pack.code);
  const { tokens, spans } = tagText(text, pack.code);
  const out: EntityMention[] = [];
  const covered = new Uint8Array(tokens.length);
  const titleWords = phraseSet([...lex.titles, ...lex.honorifics]);

  for (const s of spans) {
    let ts = s.tokenStart;
    let te = s.tokenEnd;
    if (s.type === 'PERSON') {
      // cut leading titles/honorifics (longest phrase first), and a dot after an honorific
      for (;;) {
        const n = matchPhraseAt(tokens, ts, te, titleWords);
        if (!n) break;
        let k = ts + n;
        if (k < te && tokens[k].text === '.') k++;
        if (k >= te || !/^\p{Lu}/u.test(tokens[k].text)) break;
        ts = k;
      }
    }
    while (te > ts && /^[\p{P}\p{S}]$/u.test(tokens[te - 1].text) && tokens[te - 1].text !== ')') te--;
    while (ts < te && /^[\p{P}\p{S}]$/u.test(tokens[ts].text)) ts++;
    if (te <= ts) continue;
    for (let k = ts; k < te; k++) covered[k] = 1;
    out.push(mention(text, tokens[ts].start, tokens[te - 1].end, s.type));
  }

  // lexicon fallback: acronyms and listed places the tagger left out
  const places = phraseSet(lex.places);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i].text;
    const exp = lex.acronyms[t];
    if (exp !== undefined && /\p{Lu}/u.test(t) && !isShouting(tokens, i)) {
      out.push(mention(text, tokens[i].start, tokens[i].end, placeLike(exp, lex) ? 'LOCATION' : 'ORGANIZATION'));
      continue;
    }
    if (!/^\p{Lu}/u.test(t)) continue;
    const n = matchPhraseAt(tokens, i, tokens.length, places, true);
    if (n && !covered.subarray(i, i + n).some((x) => x)) {
      out.push(mention(text, tokens[i].start, tokens[i + n - 1].end, 'LOCATION'));
      i += n - 1;
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function mention(text: string, start: number, end: number, type: EntityType): EntityMention {
  return { start, end, text: text.slice(start, end), type, entity: null };
}

function placeLike(name: string, lex: NerLexicon): boolean {
  const l = name.toLowerCase();
  return lex.places.some((p) => p.toLowerCase() === l);
}

/** A line in capitals (a banner or headline): acronyms there are not evidence. */
function isShouting(tokens: Token[], i: number): boolean {
  let caps = 0;
  let words = 0;
  for (let k = Math.max(0, i - 3); k < Math.min(tokens.length, i + 4); k++) {
    if (k === i || !/\p{L}/u.test(tokens[k].text)) continue;
    words++;
    if (tokens[k].text === tokens[k].text.toUpperCase()) caps++;
  }
  return words >= 3 && caps === words;
}

type PhraseSet = Map<string, string[][]>;

function phraseSet(phrases: string[]): PhraseSet {
  const m: PhraseSet = new Map();
  for (const p of phrases) {
    const toks = p.toLowerCase().split(/\s+/).filter(Boolean);
    if (!toks.length) continue;
    const l = m.get(toks[0]) ?? [];
    l.push(toks);
    m.set(toks[0], l);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
}

/** Length (in tokens) of the longest phrase starting at token `i` (before `end`), or 0. */
function matchPhraseAt(tokens: Token[], i: number, end: number, set: PhraseSet, capitalizedAll = false): number {
  const cands = set.get(tokens[i]?.text.toLowerCase() ?? '');
  if (!cands) return 0;
  for (const p of cands) {
    if (i + p.length > end) continue;
    let ok = true;
    for (let k = 0; k < p.length; k++) {
      const t = tokens[i + k].text;
      if (t.toLowerCase() !== p[k] || (capitalizedAll && k === 0 && !/^\p{Lu}/u.test(t))) { ok = false; break; }
    }
    if (ok) {
      // a place is only whole if the next token does not continue a capitalized name
      if (capitalizedAll && i + p.length < tokens.length && /^\p{Lu}/u.test(tokens[i + p.length].text) && tokens[i + p.length].start - tokens[i + p.length - 1].end <= 1) continue;
      return p.length;
    }
  }
  return 0;
}
