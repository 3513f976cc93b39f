/** Small text helpers shared by the clean modules. */

/** NBSP and other odd spaces to a plain space, runs collapsed, ends trimmed. */
export function normSpace(s: string): string {
  return s
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Word tokens (letters, digits, inner hyphens and apostrophes). */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Lower case, punctuation dropped, spaces collapsed: the key two lines are compared by. */
export function lineKey(s: string): string {
  return words(s.toLowerCase()).join(' ');
}

/** `Mistar.id`, `KOMPAS.com`, `TEMPO.CO`, `SwaraWarta.co.id`: a printed site name. */
const TLDS = 'co.id or.id go.id ac.id web.id my.id co.uk com.my com.sg com co id net org tv news my sg info asia io uk au'.split(' ');
const TLD_ALT = [...TLDS, ...TLDS.map((t) => t.toUpperCase())]
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/\./g, '\\.'))
  .join('|');
export const DOMAIN_RE = new RegExp(`\\b([A-Za-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*?\\.(?:${TLD_ALT}))(?![a-z0-9])`);
export const DOMAIN_RE_G = new RegExp(DOMAIN_RE.source, 'g');

export function isDomainLike(s: string): boolean {
  const m = DOMAIN_RE.exec(s.trim());
  return !!m && m.index === 0 && m[1].length === s.trim().length;
}

/** The key sites are grouped by: `MISTAR.ID`, `Mistar.id`, `mistar` -> `mistar`. */
export function outletKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.(co\.id|or\.id|go\.id|web\.id|co\.uk|com\.my|com\.sg|com|co|id|net|org|tv|news|my|sg|info|asia|io)$/, '')
    .replace(/[^a-z0-9]+/g, '');
}

/** Escape a literal for use inside a RegExp. */
export function reEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `JAKARTA` -> `Jakarta`, `NEW YORK` -> `New York`; mixed case stays as printed. */
export function fixCaps(s: string): string {
  if (/\p{Ll}/u.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s\-'(])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

const UPPER = /^\p{Lu}/u;
export function startsUpper(w: string): boolean {
  return UPPER.test(w);
}
