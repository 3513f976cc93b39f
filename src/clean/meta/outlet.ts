import { DOMAIN_RE, isDomainLike, outletKey } from '../text.js';

/** A site name seen somewhere, with how much the place it was seen in is trusted. */
export interface OutletCandidate {
  name: string;
  priority: number;
}

/** Priorities: a site name printed in the article's own header beats what a container says. */
export const OUTLET_PRIORITY = {
  headerLine: 10,
  logo: 9,
  titleSuffix: 9,
  leadPrefix: 8,
  datelineLine: 7,
  hints: 6,
  siteName: 5,
  agencyCode: 4,
  urlHost: 2,
} as const;

/** `Archipelago Wire - Top News`, `The Ledger — Nation`: a feed or section title after the name. */
export function stripSection(name: string): string {
  const m = /^(.{3,}?)\s+[-–—|:]\s+.{2,40}$/.exec(name.trim());
  return m && !isDomainLike(name.trim()) ? m[1].trim() : name.trim();
}

function display(name: string): string {
  const n = name.trim();
  if (isDomainLike(n) && !/\p{Ll}/u.test(n)) {
    const lower = n.toLowerCase();
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  }
  return n;
}

/**
 * One outlet name from all candidates: the best-placed candidate decides which outlet, and among
 * the spellings of that outlet (`Mistar.id`, `MISTAR.ID`) the mixed-case printing wins.
 */
export function pickOutlet(cands: OutletCandidate[]): string | null {
  const valid = cands.filter((c) => c.name && outletKey(c.name).length >= 2);
  if (!valid.length) return null;
  valid.sort((a, b) => b.priority - a.priority);
  const key = outletKey(valid[0].name);
  const same = valid.filter((c) => outletKey(c.name) === key);
  const mixed = same.find((c) => /\p{Ll}/u.test(c.name) && /\p{Lu}/u.test(c.name));
  return display((mixed ?? same[0]).name);
}

/** `https://www.mistar.id/news/…` -> `Mistar.id`. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^(www|m|amp|mobile)\./, '');
    if (!host || !host.includes('.')) return null;
    return host.charAt(0).toUpperCase() + host.slice(1);
  } catch {
    return null;
  }
}

/** `Medcom •`, `Mistar.id`, `Kompas.com -` before a printed date: the outlet part of the line. */
export function outletBeforeDate(prefix: string, weekdays: ReadonlySet<string>, notOutlets: ReadonlySet<string> = new Set()): string | null {
  const dm = DOMAIN_RE.exec(prefix);
  if (dm) return dm[1];
  const ws = prefix
    .replace(/[,|•·:\-–—/]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (ws.length && weekdays.has(ws[ws.length - 1].toLowerCase().replace(/\.$/, ''))) ws.pop();
  if (ws.length >= 1 && ws.length <= 3 && ws.every((w) => /^\p{Lu}/u.test(w) && !/\d/.test(w)) && !notOutlets.has(ws.join(' ').toLowerCase())) {
    return ws.join(' ');
  }
  return null;
}
