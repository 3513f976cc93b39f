import { allPacks, type LangPack } from '../../lang/index.js';
import { reEscape } from '../text.js';

/** A date (and maybe a clock time) printed in a line. */
export interface FoundDate {
  start: number;
  end: number;
  y: number;
  m: number;
  d: number;
  hh: number | null;
  mi: number | null;
  ss: number | null;
  /** Offset printed with the time (`+07:00`), else null. */
  offset: string | null;
  weekday: boolean;
}

interface Grammar {
  dmy: RegExp;
  mdy: RegExp;
  num: RegExp;
  iso: RegExp;
  timeAfter: RegExp;
  timeBefore: RegExp;
  months: Map<string, number>;
  zones: Map<string, string>;
}

let grammar: Grammar | null = null;

function alt(keys: Iterable<string>): string {
  return [...new Set(keys)].sort((a, b) => b.length - a.length).map(reEscape).join('|');
}

/** Regexes built once from the month, weekday and zone tables of every pack. */
function build(packs: LangPack[]): Grammar {
  const months = new Map<string, number>();
  const zones = new Map<string, string>();
  const wds: string[] = [];
  for (const p of packs) {
    for (const [k, v] of Object.entries(p.months)) months.set(k, v);
    for (const [k, v] of Object.entries(p.timeZones)) zones.set(k, v);
    wds.push(...Object.keys(p.weekdays));
  }
  const MON = alt(months.keys());
  const WD = alt(wds);
  const ZONE = `(?:(${alt(zones.keys())}|gmt|utc)(?:\\s*([+-]\\d{1,2}(?::?\\d{2})?))?)`;
  const wd = `(?:\\b(${WD})\\b\\.?,?\\s*)?`;
  const time = `(\\d{1,2})[.:](\\d{2})(?:[.:](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*${ZONE})?`;
  return {
    dmy: new RegExp(`${wd}\\b(\\d{1,2})\\s+(${MON})\\.?,?\\s+(\\d{4})\\b`, 'giu'),
    mdy: new RegExp(`${wd}\\b(${MON})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu'),
    num: new RegExp(`${wd}\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b`, 'giu'),
    iso: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/g,
    timeAfter: new RegExp(`^[\\s,|•·/\\-–—]*(?:pukul|pkl\\.?|jam|at|@)?\\s*${time}(?![\\d])`, 'iu'),
    timeBefore: new RegExp(`${time}\\s*[,|•·\\-–—]?\\s*$`, 'iu'),
    months,
    zones,
  };
}

function g(): Grammar {
  return (grammar ??= build(allPacks()));
}

/** The month number of a month name or abbreviation in any language pack (`Feb`, `Agustus`), else null. */
export function monthNumber(name: string): number | null {
  return g().months.get(name.toLowerCase()) ?? null;
}

function offsetOf(zone: string | undefined, shift: string | undefined): string | null {
  if (!zone) return null;
  const z = zone.toLowerCase();
  if ((z === 'gmt' || z === 'utc') && shift) {
    const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(shift);
    if (!m) return null;
    return `${m[1]}${m[2].padStart(2, '0')}:${m[3] ?? '00'}`;
  }
  if (z === 'gmt' || z === 'utc') return '+00:00';
  return g().zones.get(z) ?? null;
}

function clock(m: RegExpExecArray, i: number): { hh: number; mi: number; ss: number | null; offset: string | null } | null {
  let hh = Number(m[i]);
  const mi = Number(m[i + 1]);
  const ss = m[i + 2] ? Number(m[i + 2]) : null;
  const ampm = m[i + 3]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && hh < 12) hh += 12;
  if (ampm === 'am' && hh === 12) hh = 0;
  if (hh > 23 || mi > 59 || (ss !== null && ss > 59)) return null;
  return { hh, mi, ss, offset: offsetOf(m[i + 4], m[i + 5]) };
}

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * Every date printed in a line, with the clock time and zone printed next to it
 * (`Selasa, 28 Oktober 2025 16.40`, `17 Januari 2024 13:54`, `October 28, 2025, 4:40 PM EDT`,
 * `28/10/2025 14:30 WIB`, ISO stamps). `monthFirst` reads `10/28/2025` as month/day.
 */
export function findDates(line: string, monthFirst = false): FoundDate[] {
  const G = g();
  const out: FoundDate[] = [];
  const push = (start: number, end: number, y: number, mo: number, d: number, weekday: boolean) => {
    if (!valid(y, mo, d)) return;
    if (out.some((o) => start < o.end && end > o.start)) return;
    const f: FoundDate = { start, end, y, m: mo, d, hh: null, mi: null, ss: null, offset: null, weekday };
    const after = G.timeAfter.exec(line.slice(end));
    const before = G.timeBefore.exec(line.slice(Math.max(0, start - 40), start));
    const t = after ? clock(after, 1) : before ? clock(before, 1) : null;
    if (t) {
      Object.assign(f, t);
      if (after) f.end = end + after[0].length;
    }
    out.push(f);
  };
  for (const m of line.matchAll(G.iso)) {
    const f: FoundDate = {
      start: m.index!, end: m.index! + m[0].length, y: +m[1], m: +m[2], d: +m[3],
      hh: m[4] ? +m[4] : null, mi: m[5] ? +m[5] : null, ss: m[6] ? +m[6] : null,
      offset: m[7] ? (m[7] === 'Z' ? '+00:00' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : null,
      weekday: false,
    };
    if (valid(f.y, f.m, f.d)) out.push(f);
  }
  for (const m of line.matchAll(G.dmy)) {
    push(m.index!, m.index! + m[0].length, +m[4], G.months.get(m[3].toLowerCase()) ?? 0, +m[2], !!m[1]);
  }
  for (const m of line.matchAll(G.mdy)) {
    push(m.index!, m.index! + m[0].length, +m[4], G.months.get(m[2].toLowerCase()) ?? 0, +m[3], !!m[1]);
  }
  for (const m of line.matchAll(G.num)) {
    let d = +m[2];
    let mo = +m[3];
    if ((monthFirst && d <= 12) || mo > 12) [d, mo] = [mo, d];
    push(m.index!, m.index! + m[0].length, +m[4], mo, d, !!m[1]);
  }
  return out.sort((a, b) => a.start - b.start);
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** ISO 8601: `YYYY-MM-DD`, or with the time and, when known, the offset. */
export function toIso(f: FoundDate, defaultOffset: string | null): string {
  const date = `${f.y}-${p2(f.m)}-${p2(f.d)}`;
  if (f.hh === null || f.mi === null) return date;
  const off = f.offset ?? defaultOffset ?? '';
  return `${date}T${p2(f.hh)}:${p2(f.mi)}:${p2(f.ss ?? 0)}${off}`;
}

/** Metadata dates (`2025-10-28T09:40:00Z`, RFC 822 feed dates) normalized to ISO 8601. */
export function normalizeMetaDate(s: string | undefined | null, defaultOffset: string | null = null): string | null {
  if (!s) return null;
  const t = s.trim();
  const found = findDates(t);
  if (found.length) return toIso(found[0], found[0].hh !== null ? defaultOffset : null);
  const ms = Date.parse(t);
  if (!Number.isNaN(ms)) return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  return null;
}

let dateWordRe: RegExp | null = null;

/** How much of a line a date covers: a line that is only a date (with weekday) is a date line. */
export function isDateLine(line: string): boolean {
  const ds = findDates(line);
  if (!ds.length) return false;
  let rest = line;
  for (const d of [...ds].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  const left = rest.replace(/[\s,|•·:\-–—/()]+/g, ' ').trim();
  if (!left) return true;
  const wdRe = (dateWordRe ??= new RegExp(
    `^(?:${[...new Set(allPacks().flatMap((p) => Object.keys(p.weekdays)))].map(reEscape).join('|')}|updated|published|diperbarui|diterbitkan|dipublikasikan|wib|wita|wit)\\.?$`,
    'i',
  ));
  return left.split(' ').every((w) => wdRe.test(w));
}
