import { allPacks, type LangPack } from '../lang/index.js';
import { newsAgencies, mediaWords } from '../lang/media.js';
import { lineKey, reEscape } from './text.js';

type LabelRole = 'author' | 'editor' | 'source' | 'photo';

/**
 * The boilerplate cues of all packs merged into matchers. Sites mix languages (an Indonesian
 * page prints `ADVERTISEMENT` and `FOLLOW US`), so cues are matched from every pack; stopwords
 * and prose scoring use the article's own pack.
 */
export interface Lexicon {
  /** Reason for a line that is exactly a cue phrase. */
  lineReason(text: string): string | null;
  /** Reason for a line that starts with a cue; `strong` when the cue holds even for long lines. */
  prefixReason(text: string): { reason: string; strong: boolean } | null;
  /** `Label: value` -> role and value (`Penulis: X`, `Editor : Y`, `Sumber: Z`). */
  labelRe: RegExp;
  labelRole(label: string): LabelRole | null;
  bylineIntroRe: RegExp;
  /** A byline label or intro at the start of a name part, colon optional (`Editing by X`). */
  labelPrefixRe: RegExp;
  notPersons: ReadonlySet<string>;
  citeBefore: { cue: string; strict: boolean }[];
  citeAfter: string[];
  citeFillers: string[];
  photoWords: ReadonlySet<string>;
  bannerTokens: ReadonlySet<string>;
  /** `leadLabels` of every pack, lower case (`summary`, `ringkasan`). */
  leadLabels: ReadonlySet<string>;
  agencies: ReadonlySet<string>;
  mediaWords: ReadonlySet<string>;
}

let cached: Lexicon | null = null;

export function lexicon(packs: LangPack[] = allPacks()): Lexicon {
  if (cached && packs.length === allPacks().length) return cached;
  const lines = new Map<string, string>();
  const prefixes: [string, string, boolean][] = [];
  const labels = new Map<string, LabelRole>();
  const intros = new Set<string>();
  const notPersons = new Set<string>();
  const citeBefore = new Map<string, boolean>();
  const citeAfter = new Set<string>();
  const fillers = new Set<string>();
  const photo = new Set<string>();
  const banner = new Set<string>();
  const leadLabels = new Set<string>();
  for (const p of packs) {
    const b = p.boilerplate;
    if (!b) continue;
    for (const [k, v] of Object.entries(b.lines)) lines.set(lineKey(k), v);
    for (const [k, v] of Object.entries(b.prefixes)) prefixes.push([k.toLowerCase(), v, false]);
    for (const [k, v] of Object.entries(b.strongPrefixes)) prefixes.push([k.toLowerCase(), v, true]);
    for (const [k, v] of Object.entries(b.labels)) labels.set(k.toLowerCase(), v);
    b.bylineIntros.forEach((x) => intros.add(x.toLowerCase()));
    b.notPersons.forEach((x) => notPersons.add(x.toLowerCase()));
    for (const c of b.citeBefore) {
      const strict = c.endsWith('*');
      const cue = c.replace(/\*$/, '').toLowerCase();
      citeBefore.set(cue, (citeBefore.get(cue) ?? true) && strict);
    }
    b.citeAfter.forEach((x) => citeAfter.add(x.toLowerCase()));
    b.citeFillers.forEach((x) => fillers.add(x.toLowerCase()));
    b.photoWords.forEach((x) => photo.add(x.toLowerCase()));
    b.bannerTokens.forEach((x) => banner.add(x.toLowerCase()));
    b.leadLabels.forEach((x) => leadLabels.add(x.toLowerCase()));
  }
  // Longest cue first, so `berita terkait:` wins over `berita`.
  prefixes.sort((a, b) => b[0].length - a[0].length || Number(b[2]) - Number(a[2]));
  const labelAlt = [...labels.keys()].sort((a, b) => b.length - a.length).map(reEscape).join('|');
  const introAlt = [...intros].sort((a, b) => b.length - a.length).map(reEscape).join('|');
  const lex: Lexicon = {
    lineReason(text) {
      return lines.get(lineKey(text)) ?? null;
    },
    prefixReason(text) {
      const t = text.toLowerCase().replace(/^[\s\-–—•*>|:]+/, '');
      for (const [cue, reason, strong] of prefixes) {
        if (!t.startsWith(cue)) continue;
        // A word cue must end at a word boundary (`ikuti ` is written with its space).
        const next = t.charAt(cue.length);
        if (/[\p{L}\p{N}]$/u.test(cue) && next && /[\p{L}\p{N}]/u.test(next)) continue;
        return { reason, strong };
      }
      return null;
    },
    labelRe: new RegExp(`^\\(?\\s*(${labelAlt})\\s*[:：]\\s*(.+?)\\s*\\)?$`, 'i'),
    labelRole(label) {
      return labels.get(label.toLowerCase().trim()) ?? null;
    },
    bylineIntroRe: new RegExp(`^(?:${introAlt})\\s*[:：]?\\s+(.+)$`, 'i'),
    labelPrefixRe: new RegExp(`^(?:${labelAlt}|${introAlt})\\s*[:：]?\\s+`, 'i'),
    notPersons,
    citeBefore: [...citeBefore].map(([cue, strict]) => ({ cue, strict })).sort((a, b) => b.cue.length - a.cue.length),
    citeAfter: [...citeAfter],
    citeFillers: [...fillers].sort((a, b) => b.length - a.length),
    photoWords: photo,
    bannerTokens: banner,
    leadLabels,
    agencies: new Set(newsAgencies.map((a) => a.toLowerCase())),
    mediaWords: new Set(mediaWords),
  };
  if (packs.length === allPacks().length) cached = lex;
  return lex;
}
