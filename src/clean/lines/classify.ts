import type { Lexicon } from '../lexicon.js';
import { datelineLine, leadDateline, type Dateline } from '../meta/dateline.js';
import { INITIALS_RE, bylineNames, isPersonName, splitNames } from '../meta/bylines.js';
import { isCode } from '../meta/trailing.js';
import { splitTitleOutlet } from '../meta/title.js';
import { PROSE_MIN, proseScore, type LineFeatures } from './features.js';
import { findDates } from '../meta/published.js';
import type { LangPack } from '../../lang/index.js';

/** What a line is: kept body, or removed with a reason and, for metadata lines, a kind. */
export interface LineLabel {
  remove: boolean;
  reason?: string;
  /**
   * What metadata the line carries: `title`, `title-outlet` (`Title-Outlet.com (Sumber: X) |`),
   * `pubdate` (a byline/date line), `site-date`, `dateline`, `initials`, `byline`, `label`,
   * `caption`, `paren-name`, `paren-code`.
   */
  kind?: string;
  dateline?: Dateline;
}

/** Where the article's own prose starts and ends. */
export interface Zones {
  lead: number;
  last: number;
}

const PAREN_ONLY = /^\(([^()]{1,120})\)$/;
const MARKER_ONLY = /^[*#~=_•.\-–—]{3,}$/u;
const NAV = /\s(?:>|»|›|\/)\s/;

/** A lead that opens with a dateline and goes on as prose (`JAKARTA (Pos Kota) – Hakim …`). */
function opensWithDateline(text: string, lex: Lexicon, outletKeys: ReadonlySet<string>, pack: LangPack): boolean {
  const dl = leadDateline(text, lex, outletKeys);
  if (!dl) return false;
  const rest = text.slice(dl.text.length);
  const sc = proseScore(rest, pack, lex);
  return sc.ws.length >= 8 && sc.prose >= PROSE_MIN - 1 && !findDates(rest.slice(0, 40)).length;
}

/** A line that reads as a sentence even though it is short (`Semoga bermanfaat.`). */
function sentenceLike(f: LineFeatures): boolean {
  return f.terminal && f.words >= 3 && f.lowerShare >= 0.4 && !f.allCaps;
}

/**
 * Evidence that holds wherever the line stands: cue phrases, slugs, banners, labels, captions,
 * duplicates, bracket-only codes. Prose is protected: a line that reads as prose is only removed
 * on evidence that cannot be prose (a duplicate, a caption credit, a strong cue such as
 * `Baca juga:`).
 */
function anywhere(f: LineFeatures, lex: Lexicon, outletKeys: ReadonlySet<string>): LineLabel | null {
  const prose = f.prose >= PROSE_MIN;
  // Breadcrumbs: `Beranda › Ekonomi › Kelautan`.
  if (!f.terminal && f.words <= 10 && (f.text.match(/\s(?:>|»|›)\s/g)?.length ?? 0) >= 2) return { remove: true, reason: 'navigation' };
  if (f.slug) return { remove: true, reason: f.lexReason ?? (f.banner ? 'banner' : 'url-slug') };
  if (MARKER_ONLY.test(f.text)) return { remove: true, reason: 'trailing-marker' };
  if (f.dupOf >= 0) return { remove: true, reason: 'duplicate', kind: f.photoCredit ? 'caption' : undefined };
  if (f.photoCredit) return { remove: true, reason: 'caption', kind: 'caption' };
  if (f.label && (!prose || f.words <= 10)) {
    const role = f.label.role;
    // `Reporter: Apa rencana Anda berikutnya?` in an interview is a question, not a byline.
    const person = role === 'author' || role === 'editor';
    if (person && sentenceLike(f) && !splitNames(f.label.value, lex, new Set()).length) return null;
    return { remove: true, reason: role === 'author' || role === 'editor' ? 'byline' : 'credit', kind: 'label' };
  }
  const paren = PAREN_ONLY.exec(f.text);
  if (paren) {
    const inner = paren[1].trim();
    if (isCode(inner)) return { remove: true, reason: 'trailing-marker', kind: 'paren-code' };
    if (isPersonName(inner, lex) && inner.includes(' ')) return { remove: true, reason: 'byline', kind: 'paren-name' };
    // `(Reporting by A in Jakarta; Editing by B)`
    if (bylineNames(inner, lex, outletKeys)?.length) return { remove: true, reason: 'byline', kind: 'byline' };
  }
  if (f.lexReason && (f.lexStrong ? f.prose < PROSE_MIN + 3 : !prose)) return { remove: true, reason: f.lexReason };
  return null;
}

/** Labels every line. `lines` are the non-empty lines, `feats` their features. */
export function classifyLines(
  feats: LineFeatures[],
  lex: Lexicon,
  outletKeys: ReadonlySet<string>,
  pack: LangPack,
): { labels: LineLabel[]; zones: Zones | null } {
  const labels: LineLabel[] = feats.map((f) => anywhere(f, lex, outletKeys) ?? { remove: false });
  // Under a related-links heading (`Berita Terkait:`, `Related:`), the headline list that follows.
  for (let i = 0; i < feats.length; i++) {
    if (labels[i].reason !== 'related' || feats[i].words > 3) continue;
    for (let j = i + 1; j < feats.length; j++) {
      const g = feats[j];
      if (labels[j].remove) continue;
      if (g.prose >= PROSE_MIN || g.terminal || g.words > 20 || g.words < 2) break;
      labels[j] = { remove: true, reason: 'related' };
    }
  }
  let lead = -1;
  let last = -1;
  for (let i = 0; i < feats.length; i++) {
    if (labels[i].remove) continue;
    // A line opening with a dateline (`JAKARTA (Pos Kota) – …`) is a lead even when full of names.
    const datelined = lead < 0 && feats[i].words >= 8 && opensWithDateline(feats[i].text, lex, outletKeys, pack);
    if (feats[i].prose < PROSE_MIN && !datelined) continue;
    if (lead < 0) lead = i;
    last = i;
  }
  if (lead < 0) return { labels, zones: null };

  // Head: everything before the lead is title, date, byline, section or chrome.
  const titleCands: number[] = [];
  for (let i = 0; i < lead; i++) {
    if (labels[i].remove) continue;
    const f = feats[i];
    const t = f.text;
    // A long line, or one holding two sentences, is text whatever its shape: never chrome here.
    if (f.words > 25 || /[.?!]["”’]?\s+["“]?\p{Lu}/u.test(t)) continue;
    const dl = datelineLine(t, lex, outletKeys);
    const to = splitTitleOutlet(t);
    if (to) labels[i] = { remove: true, reason: 'title', kind: 'title-outlet' };
    else if (f.dateLine && (i === 0 || feats.slice(0, i).every((g, j) => labels[j].remove && !g.hasDate)) && !/\d[.:]\d\d/.test(t))
      labels[i] = { remove: true, reason: 'site-date', kind: 'site-date' };
    else if (f.hasDate && f.words <= 14 && !sentenceLike(f)) labels[i] = { remove: true, reason: 'byline', kind: 'pubdate' };
    else if (dl) labels[i] = { remove: true, reason: 'dateline', kind: 'dateline', dateline: dl };
    else if (INITIALS_RE.test(t)) labels[i] = { remove: true, reason: 'byline', kind: 'initials' };
    else if (f.words <= 10 && bylineNames(t, lex, outletKeys)?.length) labels[i] = { remove: true, reason: 'byline', kind: 'byline' };
    else if (NAV.test(t) && f.words <= 12 && !f.terminal) labels[i] = { remove: true, reason: 'navigation' };
    else if (f.url && f.words <= 6) labels[i] = { remove: true, reason: 'url-slug' };
    else if (f.allCaps && f.words <= 4 && f.digitShare === 0) labels[i] = { remove: true, reason: 'section' };
    else if (f.words <= 2 && !f.terminal) labels[i] = { remove: true, reason: 'section' };
    else if (sentenceLike(f)) continue;
    else if (f.words >= 3 && f.words <= 25 && !/[.;,]$/.test(t) && !/[.?!]\s/.test(t) && (f.titleShare >= 0.5 || f.words <= 12)) titleCands.push(i);
    else if (f.words <= 12 || (!f.terminal && f.lowerShare < 0.5)) labels[i] = { remove: true, reason: 'boilerplate' };
  }
  if (titleCands.length) {
    // The longest headline-shaped line is the title; the others are kickers or leftovers.
    const best = titleCands.reduce((a, b) => (feats[b].words > feats[a].words ? b : a));
    for (const i of titleCands) labels[i] = i === best ? { remove: true, reason: 'title', kind: 'title' } : { remove: true, reason: 'boilerplate' };
  }

  // Tail: after the last prose line, keep only what reads as a sentence.
  let inRelated = false;
  for (let i = last + 1; i < feats.length; i++) {
    const f = feats[i];
    if (labels[i].remove) {
      if (labels[i].reason === 'related') inRelated = true;
      continue;
    }
    if (sentenceLike(f)) continue;
    if (f.dateLine && f.words <= 8) labels[i] = { remove: true, reason: 'byline', kind: 'pubdate' };
    else if (f.words <= 10 && bylineNames(f.text, lex, outletKeys)?.length) labels[i] = { remove: true, reason: 'byline', kind: 'byline' };
    else if (inRelated && f.words <= 20 && !f.terminal) labels[i] = { remove: true, reason: 'related' };
    // Anything else after the prose (lists, tables, results) is the article's own data: kept.
  }
  // A capitals heading at the very end heads nothing of the article (`BERITA PILIHAN`); one that
  // heads kept lines (`SUSUNAN PEMAIN` over a line-up) is a subheading and stays.
  for (let i = feats.length - 1; i > last; i--) {
    const f = feats[i];
    if (!labels[i].remove && f.allCaps && f.words <= 4 && f.digitShare === 0) labels[i] = { remove: true, reason: 'section' };
    else if (!labels[i].remove) break;
  }
  return { labels, zones: { lead, last } };
}
