import type { Lexicon } from '../lexicon.js';
import { findDates } from './published.js';
import { fixCaps, isDomainLike, outletKey, startsUpper, words } from '../text.js';

/** A dateline: the place a story was filed from and the outlet or agency code printed with it. */
export interface Dateline {
  place: string | null;
  /** A site name or outlet printed in the dateline (`KOMPAS.com`, `CNN Indonesia`, `Mistar.id`). */
  outlet: string | null;
  /** An agency code in brackets (`(ANTARA)`, `(KABARIN)`, `(Reuters)`). */
  agency: string | null;
  /** The matched text, separator included (`Istanbul (KABARIN) - `). */
  text: string;
}

const ACRONYM = /\b\p{Lu}{2,}\b/u;

function nameLike(s: string, max = 4): boolean {
  const ws = s.split(/\s+/).filter(Boolean);
  return ws.length >= 1 && ws.length <= max && ws.every((w) => startsUpper(w) && !/\d/.test(w)) && !/[.!?;"“”]/.test(s.replace(/\.$/, ''));
}

/**
 * Reads `Place (AGENCY)`, `PLACE, Outlet.com`, `Outlet.com, Place`, `Place, Outlet Name`,
 * `Outlet.com` as the parts of a dateline; null when the text is not one.
 */
export function parseDatelineParts(
  pre: string,
  sep: string,
  lex: Lexicon,
  outletKeys: ReadonlySet<string> = new Set(),
): Omit<Dateline, 'text'> | null {
  if (words(pre).length > 9) return null;
  const parens: string[] = [];
  const rest = pre.replace(/\(([^()]{1,40})\)/g, (_m, a: string) => {
    parens.push(a.trim());
    return ',';
  });
  const parts = rest.split(',').map((s) => s.trim()).filter(Boolean);
  const domains: string[] = [];
  const plains: string[] = [];
  for (const p of parts) {
    if (isDomainLike(p)) domains.push(p);
    else if (findDates(p).length || /^\p{L}{3,9}\.?\s+\d{1,2}$/u.test(p) || /^\d{1,2}\s+\p{L}{3,9}\.?$/u.test(p)) continue;
    else if (nameLike(p)) plains.push(p);
    else return null;
  }
  for (const p of parens) if (!nameLike(p, 3) && !isDomainLike(p)) return null;
  if (plains.some((p) => lex.labelRole(p) || lex.lineReason(p))) return null;
  // `Summary: …`, `UPDATE - …` open a lead with a label, not a place.
  if (plains.some((p) => lex.leadLabels.has(p.toLowerCase().replace(/’/g, "'")))) return null;
  const agency = parens[0] ?? null;
  // A part that spells a site name seen elsewhere on the page (`Lentera Sulteng, Palu —`).
  const known = plains.findIndex((p) => outletKeys.has(outletKey(p)));
  if (known >= 0 && plains.length === 2 && !domains.length) {
    return { place: fixCaps(plains[1 - known]), outlet: plains[known], agency };
  }
  if (sep === ':') {
    if (plains.length !== 1 || domains.length || parens.length || words(plains[0]).length > 3) return null;
    return { place: fixCaps(plains[0]), outlet: null, agency: null };
  }
  const outlet0 = domains[0] ?? null;
  if (plains.length === 0) return outlet0 || agency ? { place: null, outlet: outlet0, agency } : null;
  if (plains.length === 1) {
    const allCaps = !/\p{Ll}/u.test(plains[0]);
    // `Rimanews -`, `detikNews -`: one word that names a medium is an outlet, not a place.
    const one = plains[0].toLowerCase();
    if (!outlet0 && !agency && !plains[0].includes(' ') && [...lex.mediaWords].some((w) => w.length >= 3 && one.endsWith(w) && one !== w)) {
      return { place: null, outlet: plains[0], agency: null };
    }
    // `Jakarta - ` (Detik style): one or two capitalized words before a dash open a lead.
    if (!outlet0 && !agency && !allCaps && !(sep === '-' && words(plains[0]).length <= 2)) return null;
    return { place: fixCaps(plains[0]), outlet: outlet0, agency };
  }
  // `SURABAYA, Indonesia, Nov 9 (Agency) -`: with the outlet in brackets, the parts are the place.
  if (plains.length >= 2 && (outlet0 || agency)) return { place: plains.map(fixCaps).join(', '), outlet: outlet0, agency };
  if (plains.length === 2 && !outlet0) {
    const [a, b] = plains;
    const capsA = !/\p{Ll}/u.test(a);
    const capsB = !/\p{Ll}/u.test(b);
    const acrA = ACRONYM.test(a) && !capsA;
    const acrB = ACRONYM.test(b) && !capsB;
    if (acrB && !acrA) return { place: fixCaps(a), outlet: b, agency };
    if (acrA && !acrB) return { place: fixCaps(b), outlet: a, agency };
    if (capsA) return { place: fixCaps(a), outlet: b, agency };
    return null;
  }
  return null;
}

/** The dateline at the start of a lead paragraph: `Jakarta (ANTARA) - `, `Moskow: `, `Suara.com - `. */
export function leadDateline(lead: string, lex: Lexicon, outletKeys: ReadonlySet<string> = new Set()): Dateline | null {
  const m = /^(.{2,90}?)(\s*(?:--|[-–—]{1,2})\s+|\s+(?:--|[-–—]{1,2})\s*|:\s+)(?=["“'‘\p{Lu}\p{N}])/u.exec(lead);
  if (!m) return null;
  const sep = m[2].trim() === ':' ? ':' : '-';
  const parts = parseDatelineParts(m[1].trim(), sep, lex, outletKeys);
  if (!parts) return null;
  return { ...parts, text: m[0] };
}

/** A line that is only a dateline: `Moskow, MISTAR.ID`, `JAKARTA (Reuters)`. */
export function datelineLine(line: string, lex: Lexicon, outletKeys: ReadonlySet<string> = new Set()): Dateline | null {
  const t = line.replace(/\s*(?:--|[-–—:])\s*$/, '').trim();
  const parts = parseDatelineParts(t, ',', lex, outletKeys);
  if (!parts || !parts.place || !(parts.outlet || parts.agency)) return null;
  return { ...parts, text: line };
}
