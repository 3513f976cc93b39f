import type { Lexicon } from '../lexicon.js';
import { isDomainLike, outletKey, startsUpper, words } from '../text.js';

/** A lone initials line under a title (`JS`, `A.B.`): an author's short byline. */
export const INITIALS_RE = /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){1,3})$/u;

/** `(Atika Pusagawanti)`: 2–4 capitalized words, no digits. */
export function isPersonName(s: string, lex: Lexicon): boolean {
  const t = s.trim();
  const ws = t.split(/\s+/).filter(Boolean);
  if (ws.length < 1 || ws.length > 5) return false;
  if (!ws.every((w) => (startsUpper(w) || /^(bin|binti|van|von|de|al|el|da|di)$/.test(w)) && !/\d/.test(w))) return false;
  if (isDomainLike(t)) return false;
  const low = t.toLowerCase();
  if (lex.notPersons.has(low) || lex.agencies.has(low)) return false;
  if (lex.lineReason(t) || lex.labelRole(t)) return false;
  return true;
}

/** `Anna Novita Rachim.`, `Ahmad dan Budi`, `John Smith and Jane Doe` -> separate names. */
export function splitNames(value: string, lex: Lexicon, outletKeys: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const cleaned = value.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  for (let part of cleaned.split(/\s*(?:[|,;&/•]|\s-\s|\bdan\b|\band\b)\s*/)) {
    part = part
      .replace(/^[@\s]+|[.\s:]+$/g, '')
      .replace(lex.labelPrefixRe, '')
      .replace(/\s+(?:in|di|from|dari)\s+\p{Lu}.*$/u, '')
      .trim();
    if (!part) continue;
    if (outletKeys.has(outletKey(part)) || isDomainLike(part)) continue;
    if (INITIALS_RE.test(part) || isPersonName(part, lex)) out.push(part);
  }
  return out;
}

/**
 * Names from a byline line: `Penulis: X`, `Reporter: X | Editor: Y`, `By X and Y`,
 * `Laporan wartawan Outlet.com, X`. Returns null when the line is no byline.
 */
export function bylineNames(line: string, lex: Lexicon, outletKeys: ReadonlySet<string>): string[] | null {
  const segs = line
    .replace(/^\((.*)\)$/, '$1')
    .split(/\s+[|•]\s+|\s*\|\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  let found = false;
  const names: string[] = [];
  // `Andi Saputra - detikNews`, `Budi Santoso, Kompas.com`: a name beside a site name.
  const pair = /^(.{3,50}?)\s*(?:\s[-–—]\s|,)\s*(\S+)$/.exec(line.trim());
  if (pair && words(line).length <= 6) {
    const site = pair[2];
    const siteLike = isDomainLike(site) || /^\p{Ll}+\p{Lu}\p{L}*$/u.test(site) || outletKeys.has(outletKey(site));
    if (siteLike && isPersonName(pair[1], lex) && pair[1].includes(' ')) return [pair[1].trim()];
  }
  for (const seg of segs) {
    const m = lex.labelRe.exec(seg);
    if (m) {
      const role = lex.labelRole(m[1]);
      if (role === 'author' || role === 'editor') {
        found = true;
        names.push(...splitNames(m[2], lex, outletKeys));
      }
      continue;
    }
    const b = lex.bylineIntroRe.exec(seg);
    if (b && words(b[1]).length <= 10) {
      found = true;
      names.push(...splitNames(b[1], lex, outletKeys));
    }
  }
  return found ? names : null;
}
