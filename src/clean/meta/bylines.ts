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

/** The people a byline names, by role: writers are authors; editors are listed apart. */
export interface People {
  authors: string[];
  editors: string[];
}
export type PersonRole = 'author' | 'editor';

/**
 * `Anna Novita Rachim.`, `Ahmad dan Budi`, `John Smith and Jane Doe` -> separate names, under
 * `role`. A part opening with its own label (`A in Jakarta; Editing by B`) takes that label's
 * role, and the parts after it keep it.
 */
export function splitPeople(value: string, lex: Lexicon, outletKeys: ReadonlySet<string>, role: PersonRole = 'author'): People {
  const out: People = { authors: [], editors: [] };
  const cleaned = value.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  for (let part of cleaned.split(/\s*(?:[|,;&/•]|\s-\s|\bdan\b|\band\b)\s*/)) {
    part = part.replace(/^[@\s]+|[.\s:]+$/g, '');
    const label = lex.labelPrefixRe.exec(part);
    if (label) {
      const own = lex.labelRole(label[0].replace(/[\s:：]+$/, ''));
      if (own === 'author' || own === 'editor') role = own;
      part = part.slice(label[0].length);
    }
    part = part.replace(/\s+(?:in|di|from|dari)\s+\p{Lu}.*$/u, '').trim();
    if (!part) continue;
    if (outletKeys.has(outletKey(part)) || isDomainLike(part)) continue;
    if (INITIALS_RE.test(part) || isPersonName(part, lex)) (role === 'editor' ? out.editors : out.authors).push(part);
  }
  return out;
}

/** Every name of `splitPeople`, whatever its role. */
export function splitNames(value: string, lex: Lexicon, outletKeys: ReadonlySet<string>): string[] {
  const p = splitPeople(value, lex, outletKeys);
  return [...p.authors, ...p.editors];
}

/**
 * The people of a byline line: `Penulis: X`, `Reporter: X | Editor: Y`, `By X and Y`,
 * `Laporan wartawan Outlet.com, X`. Returns null when the line is no byline.
 */
export function bylinePeople(line: string, lex: Lexicon, outletKeys: ReadonlySet<string>): People | null {
  const segs = line
    .replace(/^\((.*)\)$/, '$1')
    .split(/\s+[|•]\s+|\s*\|\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  let found = false;
  const people: People = { authors: [], editors: [] };
  const add = (p: People) => {
    people.authors.push(...p.authors);
    people.editors.push(...p.editors);
  };
  // `Andi Saputra - detikNews`, `Budi Santoso, Kompas.com`: a name beside a site name.
  const pair = /^(.{3,50}?)\s*(?:\s[-–—]\s|,)\s*(\S+)$/.exec(line.trim());
  if (pair && words(line).length <= 6) {
    const site = pair[2];
    const siteLike = isDomainLike(site) || /^\p{Ll}+\p{Lu}\p{L}*$/u.test(site) || outletKeys.has(outletKey(site));
    if (siteLike && isPersonName(pair[1], lex) && pair[1].includes(' ')) return { authors: [pair[1].trim()], editors: [] };
  }
  for (const seg of segs) {
    const m = lex.labelRe.exec(seg);
    if (m) {
      const role = lex.labelRole(m[1]);
      if (role === 'author' || role === 'editor') {
        found = true;
        add(splitPeople(m[2], lex, outletKeys, role));
      }
      continue;
    }
    const b = lex.bylineIntroRe.exec(seg);
    if (b && words(b[1]).length <= 10) {
      found = true;
      add(splitPeople(b[1], lex, outletKeys));
    }
  }
  return found ? people : null;
}

/** Every name of `bylinePeople`, whatever its role; null when the line is no byline. */
export function bylineNames(line: string, lex: Lexicon, outletKeys: ReadonlySet<string>): string[] | null {
  const p = bylinePeople(line, lex, outletKeys);
  return p ? [...p.authors, ...p.editors] : null;
}
