import type { LanguageCode } from '../model/types.js';
import { allPacks, type LangPack } from '../lang/index.js';
import { words } from './text.js';

const KNOWN: ReadonlySet<string> = new Set(['id', 'en', 'ms', 'und']);

/**
 * Language id from the packs: the share of each pack's stopwords in the text picks the language;
 * packs that score alike (Indonesian and Malay share most function words) are told apart by their
 * marker words. Too little text, or no pack above a floor, gives `und`.
 */
export function detectLanguage(text: string, packs: LangPack[] = allPacks()): LanguageCode {
  const toks = words(text.slice(0, 20000).toLowerCase()).filter((w) => !/^\d/.test(w));
  if (toks.length < 4) return 'und';
  const scored = packs.map((p) => {
    let stop = 0;
    let mark = 0;
    const markers = new Set(p.markers);
    for (const t of toks) {
      if (p.stopwords.has(t)) stop++;
      if (markers.has(t)) mark++;
    }
    return { p, share: stop / toks.length, mark };
  });
  scored.sort((a, b) => b.share - a.share);
  const best = scored[0];
  if (!best || best.share < 0.06) return 'und';
  const close = scored.filter((s) => s.share >= best.share * 0.8);
  close.sort((a, b) => b.mark - a.mark || b.share - a.share);
  const code = close[0].p.code;
  return (KNOWN.has(code) ? code : 'und') as LanguageCode;
}

/** `opts.lang` as a language code, when it names one. */
export function asLanguage(code: string | undefined | null): LanguageCode | null {
  if (!code) return null;
  const c = code.toLowerCase().split(/[-_]/)[0];
  if (c === 'in') return 'id';
  if (c === 'may' || c === 'zsm') return 'ms';
  return KNOWN.has(c) ? (c as LanguageCode) : null;
}
