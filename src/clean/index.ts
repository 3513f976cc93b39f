import type { CleanArticle, Credit, RawDoc, RemovedLine } from '../model/types.js';
import { packFor } from '../lang/index.js';
import { extractHtml, type HtmlExtraction } from './html/extract.js';
import { asLanguage, detectLanguage } from './language.js';
import { lexicon } from './lexicon.js';
import { PROSE_MIN, lineFeatures, photoCreditOf } from './lines/features.js';
import { classifyLines, type LineLabel } from './lines/classify.js';
import { bylinePeople, splitPeople, type People } from './meta/bylines.js';
import { addCredit, citedSources, photoCredits, splitSources } from './meta/credits.js';
import { leadDateline, type Dateline } from './meta/dateline.js';
import { dateFromUrl } from './meta/url-date.js';
import { OUTLET_PRIORITY, outletBeforeDate, outletFromUrl, pickOutlet, stripSection, type OutletCandidate } from './meta/outlet.js';
import { findDates, normalizeMetaDate, toIso } from './meta/published.js';
import { deriveTitle, splitTitleOutlet, stripTitleSuffix } from './meta/title.js';
import { cutTrailing, type TrailingCut } from './meta/trailing.js';
import { DOMAIN_RE, DOMAIN_RE_G, normSpace, outletKey } from './text.js';

export interface CleanOptions {
  /** Keep the text verbatim (metadata is still filled where it needs no change to the text). */
  noClean?: boolean;
  /** Language code that overrides detection (`id`, `en`, `ms`). */
  lang?: string;
}

/**
 * RawDoc -> CleanArticle: HTML is first reduced to text blocks by `extractHtml`; then every line
 * is scored and classified (prose, title, date, byline, caption, chrome …), metadata is read from
 * the lines that carry it, and the body keeps the article's own lines. Every removal is recorded.
 */
export function cleanDoc(raw: RawDoc, opts: CleanOptions = {}): CleanArticle {
  const hints = raw.hints ?? {};
  let html: HtmlExtraction | null = null;
  if (raw.format === 'html') {
    try {
      html = extractHtml(raw.body, { url: hints.url });
    } catch {
      html = { title: null, text: raw.body.replace(/<[^>]*>/g, '\n'), meta: {}, removed: [] };
    }
  }
  const source = html ? html.text : raw.body;
  const lines = source.split(/\r\n?|\n|\u2028|\u2029/).map(normSpace).filter(Boolean);

  const forced = asLanguage(opts.lang);
  let language = forced ?? detectLanguage(lines.join('\n'));
  if (language === 'und') language = asLanguage(html?.meta.lang) ?? 'und';
  const pack = packFor(language === 'und' ? null : language);
  const lex = lexicon();
  const weekdaysMonths = new Set([...Object.keys(pack.weekdays), ...Object.keys(pack.months)]);

  const url = hints.url ?? html?.meta.url ?? null;
  const outletCands: OutletCandidate[] = [];
  if (hints.outlet) outletCands.push({ name: stripSection(hints.outlet), priority: OUTLET_PRIORITY.hints });
  if (html?.meta.siteName) outletCands.push({ name: stripSection(html.meta.siteName), priority: OUTLET_PRIORITY.siteName });
  const host = outletFromUrl(url);
  if (host) outletCands.push({ name: host, priority: OUTLET_PRIORITY.urlHost });

  const feats = lineFeatures(lines, pack, lex);
  // Site names printed anywhere outside prose: never an author, never a cited source.
  const outletKeys = new Set<string>(outletCands.map((c) => outletKey(c.name)));
  for (const f of feats) if (f.prose < PROSE_MIN || f.index < 2) for (const m of f.text.matchAll(DOMAIN_RE_G)) outletKeys.add(outletKey(m[1]));

  const { labels, zones } = classifyLines(feats, lex, outletKeys, pack);
  const leadIdx = zones?.lead ?? labels.findIndex((l) => !l.remove);

  // Metadata printed in the lines that were taken out.
  let printedTitle: string | null = null;
  let dateline: Dateline | null = null;
  const authors: string[] = [];
  const editors: string[] = [];
  const addPeople = (p: People | null) => {
    if (!p) return;
    authors.push(...p.authors);
    editors.push(...p.editors);
  };
  const credits: Credit[] = [];
  const sourceNames: string[] = [];
  const photoNames: string[] = [];
  const dated: { iso: string; rank: number }[] = [];
  const agencies: string[] = [];
  const defaultOffset = language === 'und' ? null : (pack.defaultTimeZone ?? null);
  const addDates = (text: string, rank: number, withTimeRank: number) => {
    for (const d of findDates(text, language === 'en')) dated.push({ iso: toIso(d, defaultOffset), rank: d.hh !== null ? withTimeRank : rank });
  };

  feats.forEach((f, i) => {
    const l: LineLabel = labels[i];
    if (!l.remove) return;
    const head = zones ? i < zones.lead : true;
    // A site logo or banner line in the head (`DETAKNUSA.COM`, `Site.id – Slogan`) names the outlet.
    const logo = head && l.kind !== 'title-outlet' ? DOMAIN_RE.exec(f.text) : null;
    if (logo && logo.index === 0 && f.words <= 8) outletCands.push({ name: logo[1], priority: OUTLET_PRIORITY.logo });
    switch (l.kind) {
      case 'title': {
        const dl = leadDateline(f.text, lex, outletKeys);
        if (dl && dl.outlet && !dl.place) {
          printedTitle ??= f.text.slice(dl.text.length).trim();
          outletCands.push({ name: dl.outlet, priority: OUTLET_PRIORITY.leadPrefix });
        } else printedTitle ??= f.text;
        break;
      }
      case 'title-outlet': {
        const to = splitTitleOutlet(f.text);
        if (to) {
          printedTitle ??= to.title;
          outletCands.push({ name: to.outlet, priority: OUTLET_PRIORITY.titleSuffix });
          for (const m of to.rest.matchAll(/\(([^()]+)\)/g)) {
            const lm = lex.labelRe.exec(m[1].trim());
            if (lm && lex.labelRole(lm[1]) === 'source') sourceNames.push(...splitSources(lm[2]));
          }
        }
        break;
      }
      case 'pubdate': {
        const ds = findDates(f.text, language === 'en');
        if (ds.length && head) {
          const o = outletBeforeDate(f.text.slice(0, ds[0].start), weekdaysMonths, lex.notPersons);
          if (o) outletCands.push({ name: o, priority: OUTLET_PRIORITY.headerLine });
        }
        addDates(f.text, 3, 1);
        addPeople(bylinePeople(f.text, lex, outletKeys));
        break;
      }
      case 'site-date':
        addDates(f.text, 5, 5);
        break;
      case 'dateline':
        if (l.dateline) {
          dateline ??= l.dateline;
          if (l.dateline.outlet) outletCands.push({ name: l.dateline.outlet, priority: OUTLET_PRIORITY.datelineLine });
          if (l.dateline.agency) {
            outletCands.push({ name: l.dateline.agency, priority: OUTLET_PRIORITY.agencyCode });
            agencies.push(l.dateline.agency);
          }
        }
        break;
      case 'initials':
        authors.push(f.text);
        break;
      case 'byline':
      case 'label': {
        addPeople(bylinePeople(f.text, lex, outletKeys));
        if (f.label?.role === 'source') sourceNames.push(...splitSources(f.label.value));
        if (f.label?.role === 'photo') photoNames.push(...photoCredits(f.label.value, lex));
        addDates(f.text, 3, 1);
        break;
      }
      case 'paren-name':
        addPeople(splitPeople(f.text.slice(1, -1), lex, outletKeys));
        break;
      case 'caption': {
        const inner = photoCreditOf(f.text, lex);
        if (inner) photoNames.push(...photoCredits(inner, lex));
        break;
      }
    }
  });

  // What the HTML extractor dropped still carries bylines, sources and photo credits.
  for (const r of html?.removed ?? []) {
    const t = normSpace(r.text);
    if (!t || t.split(/\s+/).length > 60) continue;
    addPeople(bylinePeople(t, lex, outletKeys));
    const lm = lex.labelRe.exec(t);
    const role = lm ? lex.labelRole(lm[1]) : null;
    if (lm && role === 'source') sourceNames.push(...splitSources(lm[2]));
    else if (lm && role === 'photo') photoNames.push(...photoCredits(lm[2], lex));
    else if (r.reason === 'caption' || photoCreditOf(t, lex)) {
      const inner = photoCreditOf(t, lex);
      if (inner) photoNames.push(...photoCredits(inner, lex));
    }
  }

  // Byline labels the extractor dropped without a record (`<p class="x">Editor: …</p>`).
  if (html && raw.body.length < 3_000_000) {
    for (const m of raw.body.matchAll(/>\s*([^<>]{3,120}?)\s*</g)) {
      const t = normSpace(m[1]);
      const lm = lex.labelRe.exec(t);
      const role = lm ? lex.labelRole(lm[1]) : null;
      if ((role === 'author' || role === 'editor') && t.split(/\s+/).length <= 8) addPeople(bylinePeople(t, lex, outletKeys));
    }
  }

  // The body: kept lines, with a lead dateline and end-of-paragraph markers cut out.
  const removed: RemovedLine[] = [...(html?.removed ?? [])];
  const body: string[] = [];
  const cutsAll: TrailingCut[] = [];
  feats.forEach((f, i) => {
    const l = labels[i];
    if (l.remove) {
      removed.push({ text: f.text, reason: l.reason ?? 'boilerplate' });
      return;
    }
    let text = f.text;
    if (i === leadIdx) {
      const dl = leadDateline(text, lex, outletKeys);
      if (dl) {
        removed.push({ text: dl.text.trim(), reason: 'dateline' });
        text = text.slice(dl.text.length).trimStart();
        if (dl.place) dateline = dl;
        else dateline ??= dl;
        if (dl.outlet) outletCands.push({ name: dl.outlet, priority: OUTLET_PRIORITY.leadPrefix });
        if (dl.agency) {
          outletCands.push({ name: dl.agency, priority: OUTLET_PRIORITY.agencyCode });
          agencies.push(dl.agency);
        }
      }
    }
    const { text: rest, cuts } = cutTrailing(text, lex);
    for (const c of cuts) {
      removed.push({ text: c.text, reason: c.reason });
      cutsAll.push(c);
    }
    if (rest) body.push(rest);
  });
  for (const c of cutsAll) {
    if (c.name) addPeople(splitPeople(c.name, lex, outletKeys));
    if (c.editor) addPeople(splitPeople(c.editor, lex, outletKeys, 'editor'));
    if (c.source) sourceNames.push(...c.source.flatMap(splitSources));
  }

  // Outlet: the best-placed site name; its spellings are never authors or sources.
  const outlet = pickOutlet(outletCands);
  if (outlet) outletKeys.add(outletKey(outlet));
  // An agency code in the dateline of another outlet's page (`Bandung (ANTARA) -`) is wire copy.
  for (const ag of agencies) if (!outlet || outletKey(ag) !== outletKey(outlet)) sourceNames.push(ag);

  // Title: printed in the head, else page/feed metadata, else made from the lead.
  let title: string | null = printedTitle;
  let titleSource: CleanArticle['titleSource'] = title ? 'printed' : null;
  const metaTitle = hints.title ?? html?.title ?? html?.meta.title ?? null;
  if (!title && metaTitle) {
    title = stripTitleSuffix(normSpace(metaTitle), outletCands.map((c) => c.name));
    titleSource = 'printed';
  }
  if (!title && body.length) {
    title = deriveTitle(body[0], pack);
    titleSource = title ? 'derived' : null;
  }

  // Publication time: a printed date with its clock time, else metadata, else a printed date, else
  // the site's header date, else the date in the article's URL.
  const metaDate = normalizeMetaDate(hints.publishedAt ?? html?.meta.publishedAt, defaultOffset);
  if (metaDate) dated.push({ iso: metaDate, rank: 2 });
  const urlDate = dateFromUrl(url);
  if (urlDate) dated.push({ iso: urlDate, rank: 9 });
  dated.sort((a, b) => a.rank - b.rank);
  const publishedAt = dated[0]?.iso ?? null;

  // Authors: byline names, metadata authors; editors apart. Deduplicated, never an outlet.
  for (const a of [hints.author, html?.meta.author]) if (a) addPeople(splitPeople(a, lex, outletKeys));
  const people = (names: string[]) => {
    const seen = new Set<string>();
    return names
      .map((a) => a.trim())
      .filter((a) => {
        const k = a.toLowerCase();
        if (!a || seen.has(k) || outletKeys.has(outletKey(a))) return false;
        seen.add(k);
        return true;
      });
  };

  // Credits: wire sources, photo credits, sources the body cites.
  for (const n of sourceNames) addCredit(credits, n, 'wire', outletKeys);
  for (const n of photoNames) addCredit(credits, n, 'photo', outletKeys);
  const text = body.join('\n');
  for (const n of citedSources(text, lex, weekdaysMonths)) {
    if (credits.some((c) => c.name.toLowerCase() === n.toLowerCase() && c.role === 'wire')) continue;
    addCredit(credits, n, 'cited', outletKeys);
  }

  return {
    id: articleIdFromHash(raw.hash),
    hash: raw.hash,
    origin: raw.origin,
    url,
    title,
    titleSource,
    outlet,
    publishedAt,
    publishedAtSource: publishedAt ? 'printed' : null,
    dateline: (dateline as Dateline | null)?.place ?? null,
    authors: people(authors),
    editors: people(editors),
    credits,
    language,
    text: opts.noClean ? source : text,
    removed: opts.noClean ? [...(html?.removed ?? [])] : removed,
  };
}

/** Article ids are short, stable and content-derived, so a rerun assigns the same ids. */
export function articleIdFromHash(hash: string): string {
  return 'a' + hash.slice(0, 12);
}
