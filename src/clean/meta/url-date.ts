/**
 * The publication date many news sites put in their article URLs (`/2013/11/28/…`,
 * `/2009/Feb/02/…`, `/2009/POLITICS/03/03/…`, `/read/20131128/…`), for articles that print no date of their own. It is the
 * weakest date evidence the clean stage uses (a republished page keeps its old path), so it only
 * counts when nothing in the page or its container dates the article.
 */
import { monthNumber } from './published.js';

function monthOf(s: string): number | null {
  return /^\d{1,2}$/.test(s) ? +s : monthNumber(s);
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY-MM-DD` from a URL's path, or null when it holds no whole date (a year and month are not enough). */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const forms = [
    /(?:^|\/)((?:19|20)\d{2})[/-]([A-Za-z]{3,9}|\d{1,2})[/-](\d{1,2})(?=$|[/_.-])/,
    // a section between the year and the month (`/2009/POLITICS/03/03/`)
    /(?:^|\/)((?:19|20)\d{2})\/[A-Za-z-]+\/(\d{1,2})\/(\d{1,2})(?=\/)/,
    /(?:^|\/)((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/,
  ];
  for (const re of forms) {
    const m = re.exec(path);
    if (!m) continue;
    const [y, mo, d] = [+m[1], monthOf(m[2]), +m[3]];
    if (mo != null && validDay(y, mo, d)) return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}
