/** Small calendar arithmetic on plain {y, m, d} dates (proleptic Gregorian, UTC). */
import type { TimeUnit } from '../../lang/time.js';

export interface YMD {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(Math.trunc(n)).padStart(w, '0');

export function toUtc(d: YMD): number {
  return Date.UTC(d.y, d.m - 1, d.d);
}

export function fromUtc(t: number): YMD {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(d: YMD, n: number): YMD {
  return fromUtc(toUtc(d) + n * 86400000);
}

export function addMonths(d: YMD, n: number): YMD {
  const idx = d.y * 12 + (d.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(d.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekday(d: YMD): number {
  return new Date(toUtc(d)).getUTCDay();
}

export function isValid(d: YMD): boolean {
  return d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= daysInMonth(d.y, d.m) && d.y > 0;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(d: YMD): { y: number; w: number } {
  const t = new Date(toUtc(d));
  const day = (t.getUTCDay() + 6) % 7; // Monday 0
  t.setUTCDate(t.getUTCDate() - day + 3); // Thursday of this week
  const y = t.getUTCFullYear();
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const w = 1 + Math.round(((t.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return { y, w };
}

export function fmtDay(d: YMD): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}
export function fmtMonth(d: YMD): string {
  return `${pad(d.y, 4)}-${pad(d.m)}`;
}
export function fmtWeek(d: YMD): string {
  const { y, w } = isoWeek(d);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** Parses the date part of an ISO value (`2025-10-27`, `2025-10-27T16:40+07:00`). */
export function parseIsoDay(v: string | null | undefined): YMD | null {
  if (!v) return null;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(v);
  if (!m) return null;
  return { y: +m[1], m: +m[2], d: +m[3] };
}

/**
 * The value of the period of granularity `unit` containing `d`, shifted by `n` such periods:
 * `shiftValue(2025-10-27, 'M', -1)` = `2025-09`.
 */
export function shiftValue(d: YMD, unit: TimeUnit, n: number): string {
  switch (unit) {
    case 'D':
      return fmtDay(addDays(d, n));
    case 'W':
      return fmtWeek(addDays(d, 7 * n));
    case 'M':
      return fmtMonth(addMonths(d, n));
    case 'Q': {
      const q0 = d.y * 4 + Math.floor((d.m - 1) / 3) + n;
      return `${pad(Math.floor(q0 / 4), 4)}-Q${(q0 % 4) + 1}`;
    }
    case 'Y':
      return pad(d.y + n, 4);
    case 'DE':
      return pad(Math.floor(d.y / 10) + n, 3);
    case 'CE':
      return pad(Math.floor(d.y / 100) + n, 2);
    case 'H':
    case 'MIN':
    case 'S':
      return fmtDay(d);
  }
}

/** TIMEX3 duration value for a quantity of a unit (`3`, `D` -> `P3D`; `2`, `H` -> `PT2H`). */
export function durationValue(q: number | 'X', unit: TimeUnit): string {
  const qs = q === 'X' ? 'X' : String(Math.round(q * 1000) / 1000);
  switch (unit) {
    case 'H':
      return `PT${qs}H`;
    case 'MIN':
      return `PT${qs}M`;
    case 'S':
      return `PT${qs}S`;
    case 'Q':
      return q === 'X' ? 'PXQ' : `P${Math.round(q * 3 * 1000) / 1000}M`;
    case 'DE':
      return q === 'X' ? 'PXDE' : `P${Math.round(q * 10 * 1000) / 1000}Y`;
    case 'CE':
      return q === 'X' ? 'PXCE' : `P${Math.round(q * 100 * 1000) / 1000}Y`;
    default:
      if (q !== 'X' && !Number.isInteger(q)) {
        // fractions: express in the next smaller unit when exact (P0.5Y -> P6M)
        if (unit === 'Y' && Number.isInteger(q * 12)) return `P${q * 12}M`;
        if (unit === 'D' && Number.isInteger(q * 24)) return `PT${q * 24}H`;
      }
      return `P${qs}${unit}`;
  }
}
