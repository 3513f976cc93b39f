/**
 * Document-level rules for names the general lexicon cannot know: regencies, villages and rivers
 * of one region, local agencies printed by acronym, schools, the outlet's own name, and currency
 * amounts glued to their code. They work on token spans and take what they need from the pack's
 * lexicon (`areaCues`, `numberedOrgCues`, `orgQualifiers`) and the number lexicon (currencies).
 */
import type { EntityType } from '../../model/types.js';
import { isHeadlineAt } from '../../text/lines.js';
import type { Token } from './tokenize.js';

export interface Span {
  ts: number;
  te: number;
  type: EntityType;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
/** Only a space (no line break, no punctuation) between tokens a and a + 1. */
const joined = (text: string, tokens: Token[], a: number): boolean => /^ ?$/.test(text.slice(tokens[a].end, tokens[a + 1].start));
const spanText = (tokens: Token[], ts: number, te: number): string => tokens.slice(ts, te).map((t) => t.text).join(' ');

/**
 * Places the document names after an area or landform cue (`Kabupaten Salu Tanggo`, `Desa
 * Uematopa`, `Sungai Salu Mapane`) or before a lower-case one (`Salu Tanggo regency`): the
 * capitalized words next to the cue, outside headlines. Cues for streets and facilities are left
 * out of these tables, as those are often named after people. A span next to such a cue becomes
 * a place (the tagger reads unknown local names as people).
 */
export function documentPlaces(work: Span[], tokens: Token[], text: string, areaCues: ReadonlySet<string>, areaSuffixes: ReadonlySet<string>): Set<string> {
  const places = new Set<string>();
  const cueAt = (k: number) => k >= 0 && areaCues.has(tokens[k].text.toLowerCase());
  const suffixAt = (k: number) => k < tokens.length && areaSuffixes.has(tokens[k].text) && joined(text, tokens, k - 1);
  for (const s of work) {
    let a = s.ts;
    if (cueAt(s.ts) && s.te - s.ts >= 2) a = s.ts + 1;
    else if ((s.ts > 0 && cueAt(s.ts - 1) && joined(text, tokens, s.ts - 1)) || suffixAt(s.te)) s.type = 'LOCATION';
    else continue;
    if (isHeadlineAt(text, tokens[s.ts].start) || s.te - a > 3) continue;
    if (!tokens.slice(a, s.te).every((t) => isCap(t.text))) continue;
    places.add(norm(spanText(tokens, a, s.te)));
  }
  return places;
}

/**
 * `BPBD Salu Tanggo Yusran Palilu` read as one person: an all-capitals acronym opening a person
 * span is an organisation (with the place it serves, when a place follows: `BPBD Salu Tanggo`),
 * and the words after it are the person.
 */
export function splitAcronymPersons(work: Span[], tokens: Token[], isTitle: (k: number, end: number) => boolean,
  isPlaceAt: (a: number, b: number) => boolean): Span[] {
  return work.flatMap((s) => {
    const a = tokens[s.ts].text;
    if (s.type !== 'PERSON' || s.te - s.ts < 2 || !/^\p{Lu}{2,}[\p{Lu}\p{N}]*$/u.test(a) || isTitle(s.ts, s.te) || isPlaceAt(s.ts, s.ts + 1)) return [s];
    if (!isCap(tokens[s.ts + 1].text)) return [s];
    let orgEnd = s.ts + 1;
    for (let n = Math.min(3, s.te - s.ts - 2); n >= 1; n--) {
      if (isPlaceAt(s.ts + 1, s.ts + 1 + n)) { orgEnd = s.ts + 1 + n; break; }
    }
    return [{ ts: s.ts, te: orgEnd, type: 'ORGANIZATION' as EntityType }, { ts: orgEnd, te: s.te, type: 'PERSON' as EntityType }];
  });
}

/**
 * `SD Negeri 2 Uematopa`, `SMAN 1 Palu`: a school cue, then qualifiers and a number and the
 * capitalized words of its place, is one organisation; the spans inside give way.
 */
export function numberedOrgs(work: Span[], tokens: Token[], text: string, cues: ReadonlySet<string>, qualifiers: ReadonlySet<string>): Span[] {
  if (!cues.size) return work;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!cues.has(tokens[i].text.toLowerCase()) || !isCap(tokens[i].text)) continue;
    let k = i + 1;
    let marked = false;
    while (k < tokens.length && joined(text, tokens, k - 1) && qualifiers.has(tokens[k].text.toLowerCase()) && isCap(tokens[k].text)) { k++; marked = true; }
    if (k < tokens.length && joined(text, tokens, k - 1) && /^\p{N}+$/u.test(tokens[k].text)) { k++; marked = true; }
    if (!marked) continue;
    for (let n = 0; n < 3 && k < tokens.length && joined(text, tokens, k - 1) && /^\p{Lu}\p{Ll}/u.test(tokens[k].text); n++) k++;
    const b = k;
    if (work.some((o) => o.ts < b && o.te > i && (o.ts < i || o.te > b))) continue;
    work = [...work.filter((o) => o.te <= i || o.ts >= b), { ts: i, te: b, type: 'ORGANIZATION' }];
    i = b - 1;
  }
  return work;
}

/**
 * The outlet's own name (`Tuturpedia` of `Tuturpedia.com`, `Dikutip Tuturpedia dari ...`) is an
 * organisation: from the article's outlet field and web addresses printed in the text.
 */
export function outletNames(outlet: string | null | undefined, text: string): Set<string> {
  const names = new Set<string>();
  const add = (s: string) => {
    const n = norm(s.replace(/\.(?:co\.id|com|id|net|org|news|co)$/iu, ''));
    if (n.length >= 3) names.add(n);
  };
  if (outlet) add(outlet);
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.@/])(\p{Lu}[\p{L}\p{N}]{2,})\.(?:co\.id|com|id|net|news)(?![\p{L}\p{N}])/gu)) add(m[1]);
  return names;
}

/** `Rp11` of `Rp11.500`, a lone `Rp`: a currency code with or without its amount is no name. */
export function isCurrency(tokens: Token[], s: Span, currencies: ReadonlySet<string>): boolean {
  const m = /^(\p{L}+)(\p{N}[\p{N}.,]*)?$/u.exec(tokens[s.ts].text);
  if (!m || !currencies.has(m[1].toLowerCase())) return false;
  return tokens.slice(s.ts + 1, s.te).every((t) => /^[\p{N}.,]+$/u.test(t.text));
}
