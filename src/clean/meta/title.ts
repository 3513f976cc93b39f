import type { LangPack } from '../../lang/index.js';
import { DOMAIN_RE_G, isDomainLike, outletKey, words } from '../text.js';

/** A head line `Title-Outlet.com (Sumber: X) |` split into the title and what follows it. */
export function splitTitleOutlet(line: string, knownOutlets: string[] = []): { title: string; outlet: string; rest: string } | null {
  for (const m of line.matchAll(DOMAIN_RE_G)) {
    // `Korea Utara-SwaraWarta.co.id`: the site name may be glued to the title by a hyphen.
    const starts = [m.index!];
    for (let k = m[1].indexOf('-'); k >= 0; k = m[1].indexOf('-', k + 1)) starts.push(m.index! + k + 1);
    for (const at of starts) {
      if (at < 10) continue;
      const before = line.slice(0, at);
      const sep = /\s*[-–—|:•]\s*$/.exec(before);
      if (!sep) continue;
      const title = before.slice(0, sep.index).trim();
      if (words(title).length < 3) continue;
      return { title, outlet: line.slice(at, m.index! + m[1].length), rest: line.slice(m.index! + m[0].length).trim() };
    }
  }
  for (const o of knownOutlets) {
    const re = new RegExp(`^(.{10,}?)\\s+[-–—|]\\s+(${o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\b(.*)$`, 'i');
    const m = re.exec(line);
    if (m && words(m[1]).length >= 3) return { title: m[1].trim(), outlet: m[2], rest: m[3].trim() };
  }
  return null;
}

/** A page title without its ` - Outlet` / ` | Outlet` suffix. */
export function stripTitleSuffix(title: string, outlets: string[]): string {
  const m = /^(.{10,}?)\s+[-–—|:•]\s+([^-–—|]{2,40})$/.exec(title.trim());
  if (!m) return title.trim();
  const suffix = m[2].trim();
  const k = outletKey(suffix);
  if (isDomainLike(suffix) || outlets.some((o) => outletKey(o) === k || (k.length > 3 && outletKey(o).startsWith(k)))) return m[1].trim();
  return title.trim();
}

/**
 * A title made from the lead when none is printed: the first sentence without brackets and a
 * leading weekday phrase, cut at a phrase boundary to at most `max` words.
 */
export function deriveTitle(lead: string, pack: LangPack, max = 14): string | null {
  let s = lead.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim();
  const sent = /^(.+?[.!?])(?:\s+["“]?\p{Lu}|$)/u.exec(s);
  if (sent) s = sent[1];
  s = s.replace(/[.!?]+$/, '');
  const wd = Object.keys(pack.weekdays).join('|');
  s = s.replace(new RegExp(`^(?:(?:di|pada|on)\\s+)?(?:hari\\s+)?(?:${wd})\\b[\\s,]*`, 'i'), '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  const toks = s.split(/\s+/).filter(Boolean);
  if (toks.length < 2) return null;
  if (toks.length <= max) return s.replace(/[,;:]$/, '');
  const bare = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');
  let cut = max;
  for (let k = max; k >= 6; k--) {
    const w = toks[k - 1];
    const next = toks[k];
    if (pack.stopwords.has(bare(w))) continue;
    if (/[,;:]$/.test(w) || (next && pack.stopwords.has(bare(next)))) {
      cut = k;
      break;
    }
  }
  return toks.slice(0, cut).join(' ').replace(/[,;:]$/, '');
}
