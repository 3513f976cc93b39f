import type { Credit, CreditRole } from '../../model/types.js';
import type { Lexicon } from '../lexicon.js';
import { isDomainLike, outletKey, reEscape } from '../text.js';

/** Adds a credit unless the same name with the same role is there already. */
export function addCredit(list: Credit[], name: string, role: CreditRole, outletKeys: ReadonlySet<string>): void {
  const n = name.replace(/^[\s"“'‘]+|[\s.,;:"”'’]+$/g, '').trim();
  if (!n || n.length < 2) return;
  if (outletKeys.has(outletKey(n))) return;
  if (list.some((c) => c.role === role && c.name.toLowerCase() === n.toLowerCase())) return;
  list.push({ name: n, role });
}

/** `Anadolu`, `VoA, Reuters`, `AFP/Reuters` -> names. */
export function splitSources(value: string): string[] {
  return value
    .split(/\s*(?:[,;/|&]|\bdan\b|\band\b)\s*/)
    .map((s) => s.replace(/^[\s(]+|[\s.)]+$/g, '').trim())
    .filter((s) => s.length >= 2);
}

/**
 * A photo credit in brackets, `Artem Geodakyan / POOL / AFP` or `foto: ANTARA/Galih`: the agency
 * and the photographer, without the words that only say "photo" (`POOL`, `FOTO`, `dok.`).
 */
export function photoCredits(inner: string, lex: Lexicon): string[] {
  const body = inner.replace(/^\s*(?:sumber\s+foto|foto|photo|image|gambar|credit|kredit|ilustrasi|dok\.?|dokumentasi)\s*[:.]?\s*/i, '').trim();
  const segs = body.split(/\s*[/|,]\s*/).map((s) => s.replace(/[.\s]+$/, '').trim()).filter(Boolean);
  const out: string[] = [];
  for (const seg of segs) {
    const ws = seg.split(/\s+/);
    const low = seg.toLowerCase();
    // The photographer: a name of two words or more.
    if (ws.length >= 2 && ws.length <= 5 && ws.every((w) => /^\p{Lu}/u.test(w) && !/\d/.test(w)) && /\p{Ll}/u.test(seg) && !ws.some((w) => lex.photoWords.has(w.toLowerCase()))) {
      out.push(seg);
    } else if (lex.agencies.has(low)) {
      // A distributing agency named alone (`POOL / AFP`); `ANTARA FOTO` is the agency's photo desk label.
      out.push(seg);
    }
  }
  // No person and no agency: a PR or outlet credit (`humas/kabarpantai`) is credited as printed.
  if (!out.length && body && !segs.every((s) => lex.photoWords.has(s.toLowerCase()))) out.push(body.replace(/[.\s]+$/, ''));
  return out;
}

const NAME_TOKEN = String.raw`(?:\p{Lu}[\p{L}\p{N}&.'’-]*|\p{N}+\p{L}*)`;
const NAME = String.raw`${NAME_TOKEN}(?:\s+(?:${NAME_TOKEN}|of|de|al|the))*`;

/** A cue as a pattern: its first letter in either case (sentence start), the rest as written. */
function cueRe(cue: string): string {
  const f = cue.charAt(0);
  return `[${reEscape(f.toLowerCase())}${reEscape(f.toUpperCase())}]${reEscape(cue.slice(1)).replace(/ /g, '\\s+')}`;
}

function looksMedia(name: string, lex: Lexicon): boolean {
  const low = name.toLowerCase();
  if (lex.agencies.has(low) || isDomainLike(name)) return true;
  if (/^\p{Lu}{2,6}$/u.test(name) || /\p{Ll}\p{Lu}/u.test(name)) return true;
  return name.split(/\s+/).some((w) => lex.mediaWords.has(w.toLowerCase()));
}

function trimName(raw: string, weekdaysMonths: ReadonlySet<string>): string {
  const ws = raw.split(/\s+/);
  const out: string[] = [];
  for (const w of ws) {
    if (weekdaysMonths.has(w.toLowerCase().replace(/[.,]$/, ''))) break;
    out.push(w);
    if (out.length >= 5) break;
  }
  while (out.length && /^(of|de|al|the)$/.test(out[out.length - 1])) out.pop();
  return out.join(' ').replace(/[.,]$/, '');
}

/**
 * Sources the body cites: `dilansir dari Asia One`, `menurut laporan Reuters`, `kantor berita
 * Sputnik`, `dikutip Korean Central News Agency (KCNA)`, `BBC melaporkan`, `according to Reuters`.
 * A bracketed acronym after a long name is taken as its name.
 */
export function citedSources(text: string, lex: Lexicon, weekdaysMonths: ReadonlySet<string>): string[] {
  const out: string[] = [];
  // Each cue is a scan of the whole body; most cues are absent, and a cue's first word (which
  // `cueRe` matches in either case at its first letter only) must occur for its patterns to match.
  const low = text.toLowerCase();
  const absent = (cue: string) => !low.includes(cue.split(' ')[0].toLowerCase());
  const fillers = lex.citeFillers.map(reEscape).join('|');
  const fill = fillers ? `(?:(?:${fillers})\\s+)?` : '';
  for (const { cue, strict } of lex.citeBefore) {
    if (absent(cue)) continue;
    const c = cueRe(cue);
    const re = new RegExp(`(?<![\\p{L}])${c}\\s+${fill}(${NAME})(?:\\s*\\((\\p{Lu}[\\p{L}]{1,9})\\))?(?:,\\s+(${NAME}),)?`, 'gu');
    for (const m of text.matchAll(re)) {
      let name = m[2] && /^\p{Lu}{2,}/u.test(m[2]) ? m[2] : trimName(m[1], weekdaysMonths);
      // `kantor berita Malaysia, Bernama, …`: the medium is the name in apposition.
      if (m[3] && looksMedia(m[3], lex) && !looksMedia(name, lex)) name = trimName(m[3], weekdaysMonths);
      if (!name || (strict && !looksMedia(name, lex))) continue;
      out.push(name);
    }
    // `Dikutip Outlet dari laman NYTimes`: the name after `dari` is the source.
    const re2 = new RegExp(`(?<![\\p{L}])${c}\\s+${NAME_TOKEN}\\s+(?:dari|from)\\s+${fill}(${NAME})`, 'gu');
    for (const m of text.matchAll(re2)) out.push(trimName(m[1], weekdaysMonths));
  }
  for (const cue of lex.citeAfter) {
    if (absent(cue)) continue;
    const re = new RegExp(`(${NAME})\\s+${reEscape(cue)}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const ws = m[1].split(/\s+/);
      const name = ws.slice(-3).join(' ');
      if (looksMedia(name, lex)) out.push(trimName(name, weekdaysMonths));
    }
  }
  return out.filter((n) => n && !weekdaysMonths.has(n.toLowerCase()));
}
