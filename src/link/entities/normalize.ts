/**
 * Name forms used as index keys. Every key is a plain string, so any store (a Map, a SQLite
 * table with an index) can serve candidate look-ups.
 *
 * - `base`:     lower case, no diacritics, hyphens and dots as spaces (`Kim Jong-un` -> `kim jong un`)
 * - `expanded`: `base` after general-knowledge short forms and exonyms (`AS` -> `amerika serikat`,
 *               `Moscow` -> `moskow`, `North Korea` -> `korea utara`)
 * - `skeleton`: a transliteration-tolerant spelling of `expanded`, spaces dropped
 *               (`Choe Son-hui`/`Cho Son-hui` -> `kosonhui`, `Sergey`/`Sergei` -> `sergei`),
 *               which keeps `Kim Jong Il` (`kimjongil`) apart from `Kim Jong Un` (`kimjongun`).
 */
import { allNerLexicons, type NerLexicon } from '../../lang/ner.js';

export function base(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[-‐‑–—_./]/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Transliteration folding of one word. */
export function foldWord(w: string): string {
  return w
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/oe/g, 'o')
    .replace(/ou/g, 'u')
    .replace(/ch/g, 'c')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

export function skeleton(expanded: string): string {
  return expanded.split(' ').filter(Boolean).map(foldWord).join('');
}

const allLex = (): NerLexicon[] => allNerLexicons();
let exonymCache: Map<string, string> | null = null;

/** Exonyms of every language pack, folded to one target (the first pack's spelling). */
function exonyms(): Map<string, string> {
  if (exonymCache) return exonymCache;
  const m = new Map<string, string>();
  for (const lex of allLex()) for (const [k, v] of Object.entries(lex.exonyms)) if (!m.has(base(k))) m.set(base(k), base(v));
  // every pack's acronyms whose expansion is an exonym (`US` -> `United States` -> `amerika serikat`)
  exonymCache = m;
  return m;
}

let placeWordCache: { directions: Map<string, string>; features: Map<string, string>; words: Map<string, string>; joiners: Set<string> } | null = null;

/** Every pack's foreign place words (the first pack's spelling wins, as for exonyms). */
function placeWords(): NonNullable<typeof placeWordCache> {
  if (placeWordCache) return placeWordCache;
  const c = { directions: new Map<string, string>(), features: new Map<string, string>(), words: new Map<string, string>(), joiners: new Set<string>() };
  for (const lex of allLex()) {
    const t = lex.placeWordExonyms;
    if (!t) continue;
    for (const [table, m] of [[t.directions, c.directions], [t.features, c.features], [t.words, c.words]] as const) {
      for (const [k, v] of Object.entries(table)) if (!m.has(base(k))) m.set(base(k), base(v));
    }
    for (const j of t.joiners) c.joiners.add(base(j));
  }
  placeWordCache = c;
  return c;
}

/**
 * A foreign place name built from listed place words, in the first pack's words and order
 * (`central sulawesi` -> `sulawesi tengah`, `strait of malacca` and `malacca strait` -> `selat
 * malaka`, `south china sea` -> `laut china selatan`); the form itself when it is not one.
 */
export function translatePlace(form: string): string {
  const { directions, features, words, joiners } = placeWords();
  let rest = form.split(' ').filter(Boolean);
  let feature: string | undefined;
  let direction: string | undefined;
  if (rest.length >= 3 && features.has(rest[0]) && joiners.has(rest[1])) {
    feature = features.get(rest[0]);
    rest = rest.slice(2);
  } else if (rest.length >= 2 && features.has(rest[rest.length - 1])) {
    feature = features.get(rest[rest.length - 1]);
    rest = rest.slice(0, -1);
  } else if (rest.length >= 2 && features.has(rest[0])) {
    feature = features.get(rest[0]);
    rest = rest.slice(1);
  }
  if (rest.length >= 2 && directions.has(rest[0])) {
    direction = directions.get(rest[0]);
    rest = rest.slice(1);
  }
  // a direction alone only before one name word (`Central Sulawesi`; not `Central Intelligence Agency`)
  if ((!feature && !direction) || rest.length > (feature ? 2 : 1) || rest.some((w) => features.has(w) || directions.has(w))) return form;
  return [feature, ...rest.map((w) => words.get(w) ?? w), direction].filter(Boolean).join(' ');
}

const demonymCache = new WeakMap<NerLexicon, Map<string, string>>();
/** The place a nationality adjective or demonym names (`North Korean`, `Kenyans`), or undefined. */
export function demonymPlace(printed: string, lex: NerLexicon): string | undefined {
  let m = demonymCache.get(lex);
  if (!m) {
    m = new Map(Object.entries(lex.demonyms ?? {}).map(([k, v]) => [base(k), v]));
    demonymCache.set(lex, m);
  }
  const b = base(printed);
  return m.get(b) ?? (b.endsWith('s') ? m.get(b.slice(0, -1)) : undefined);
}

/**
 * The expanded form of a printed name: the language's acronym table first (case-sensitive), then
 * its demonyms (`North Korean` -> `north korea`), then exonyms of every pack (so the adjective
 * meets the place in any language: `korea utara`). Returns the expansion and what made it.
 */
export function expand(printed: string, lex: NerLexicon): { form: string; via: 'acronym' | 'demonym' | 'exonym' | null } {
  const trimmed = printed.trim();
  let via: 'acronym' | 'demonym' | 'exonym' | null = null;
  let form = base(trimmed);
  const acr = lex.acronyms[trimmed] ?? lex.acronyms[trimmed.replace(/\.$/, '')];
  const place = acr === undefined ? demonymPlace(trimmed, lex) : undefined;
  if (acr !== undefined && base(acr) !== form) {
    form = base(acr);
    via = 'acronym';
  } else if (place !== undefined) {
    form = base(place);
    via = 'demonym';
  }
  const translated = translatePlace(form);
  const ex = exonyms().get(form) ?? (translated !== form ? exonyms().get(translated) ?? translated : undefined);
  if (ex && ex !== form) {
    form = ex;
    via = via ?? 'exonym';
  }
  return { form, via };
}

/** Expanded, lower-case role (`Menlu Korut` -> `menteri luar negeri korea utara`). */
export function normalizeRole(role: string, lex: NerLexicon): string {
  const words = role.trim().split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    const clean = w.replace(/[,.;:]+$/, '');
    const lw = clean.toLowerCase();
    if (lex.titleForms[lw]) out.push(lex.titleForms[lw]);
    else if (lex.acronyms[clean]) out.push(lex.acronyms[clean]);
    else out.push(clean);
  }
  const joined = base(out.join(' '));
  return exonyms().get(joined) ?? replaceExonymsInside(joined);
}

function replaceExonymsInside(s: string): string {
  let out = s;
  for (const [k, v] of exonyms()) if (k.includes(' ') && out.includes(k)) out = out.replace(k, v);
  return out;
}

/** Index keys of one name form. */
export const key = {
  /** Full name, transliteration-folded: the main merge key. */
  name: (expanded: string): string => 'n:' + skeleton(expanded),
  /** One part of a person's name (first or last word), for lone short names across articles. */
  part: (word: string): string => 'p:' + foldWord(base(word).replace(/ /g, '')),
  /** The last two words of a person's name, for a longer or shorter form of it (`Andi Rahmat Lasamba`). */
  tail: (expanded: string): string => 'l:' + skeleton(expanded.split(' ').filter(Boolean).slice(-2).join(' ')),
  /**
   * A seat of government as the institution housed there (`juru bicara Kremlin`): filed apart from
   * the name key, so the office and the building of one name stay two entities.
   */
  seat: (expanded: string): string => 's:' + skeleton(expanded),
  /** An organisation's printed acronym (`BNPB`), case kept: two names printed with it are one body. */
  acronym: (printed: string): string => 'a:' + printed,
};

/** A printed name that is an acronym: two to ten capitals and digits, at least three capitals. */
export const isAcronym = (printed: string): boolean => /^\p{Lu}[\p{Lu}\p{N}]{1,9}$/u.test(printed) && (printed.match(/\p{Lu}/gu) ?? []).length >= 3;
