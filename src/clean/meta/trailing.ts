import type { Lexicon } from '../lexicon.js';
import { bylinePeople, isPersonName } from './bylines.js';

/** What was cut from the end of a paragraph. */
export interface TrailingCut {
  text: string;
  reason: 'trailing-marker' | 'byline' | 'credit';
  /** An author name (`(Atika Pusagawanti)`) or a source (`(Sumber: VoA)`, `(AFP)`). */
  name?: string;
  /** An editor's name (`(Editor: Rina Kusuma)`, `(… ; Editing by X)`). */
  editor?: string;
  source?: string[];
}

/** Editor and desk codes: `WIL`, `hm16`, `ant`, `dhf/dhf`, `nor/jpnn`. */
export const CODE_RE = /^(?:\p{L}{1,6}\d{0,4})(?:\s*\/\s*\p{L}{1,8}\d{0,4}){0,2}$/u;

/** Classifies the inside of a closing bracket group; null keeps it in the text. */
export function classifyBracket(inner: string, lex: Lexicon): Omit<TrailingCut, 'text'> | null {
  const t = inner.trim();
  const lm = lex.labelRe.exec(t);
  if (lm) {
    const role = lex.labelRole(lm[1]);
    if (role === 'source' || role === 'photo') return { reason: 'credit', source: [lm[2].trim()] };
    if (role === 'author') return { reason: 'byline', name: lm[2].trim() };
    if (role === 'editor') return { reason: 'byline', editor: lm[2].trim() };
  }
  const segs = t.split(/\s*\/\s*/);
  if (segs.every((s) => lex.agencies.has(s.toLowerCase()))) return { reason: 'credit', source: segs };
  if (isCode(t)) return { reason: 'trailing-marker' };
  // `(Antara / Sidney Morning Herald / The Guardian)`: the sources a story was compiled from.
  if (segs.length >= 2 && segs.every((s) => /^\p{Lu}/u.test(s) && s.split(/\s+/).length <= 4) && segs.some((s) => lex.agencies.has(s.toLowerCase()))) {
    return { reason: 'credit', source: segs };
  }
  if (t.split(/\s+/).length >= 2 && isPersonName(t, lex)) return { reason: 'byline', name: t };
  // `(Reporting by A in Jakarta; Editing by B)`
  const people = bylinePeople(t, lex, new Set());
  if (people && (people.authors.length || people.editors.length)) {
    return {
      reason: 'byline',
      ...(people.authors.length ? { name: people.authors.join(', ') } : {}),
      ...(people.editors.length ? { editor: people.editors.join(', ') } : {}),
    };
  }
  // `(Awita Ekasari Larasati / ard)`: a reporter's name with a desk code.
  if (segs.length >= 2 && isPersonName(segs[0], lex) && segs[0].includes(' ') && segs.slice(1).every(isCode)) {
    return { reason: 'byline', name: segs[0] };
  }
  return null;
}

/**
 * A desk or editor code: `WIL`, `hm16`, `ant`, `dhf/dhf`, `U.B018/T013`, `T.KR - NJI / M019`: a few
 * short tokens, each in one case or carrying digits; no lower-case word of prose.
 */
export function isCode(inner: string): boolean {
  const t = inner.trim();
  if (CODE_RE.test(t) && (t === t.toLowerCase() || t === t.toUpperCase() || /\d/.test(t)) && (!t.includes(' ') || t.includes('/'))) {
    return true;
  }
  const toks = t.split(/[\s/.\-–]+/).filter(Boolean);
  if (!toks.length || toks.length > 6 || !/[/.\-–]/.test(t)) return false;
  return toks.every((w) => w.length <= 6 && (/\d/.test(w) || w === w.toUpperCase()));
}

/**
 * Markers glued to the end of a paragraph after its last sentence: `***`, `(WIL)`, `(hm16)`,
 * `(Atika Pusagawanti)`, `(Sumber: VoA)`. Returns the paragraph without them and what was cut.
 */
export function cutTrailing(par: string, lex: Lexicon): { text: string; cuts: TrailingCut[] } {
  let text = par;
  const cuts: TrailingCut[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const stars = /(?<=\S)\s*([*#~=_•]{3,}|[-–—]{3,})\s*$/u.exec(text);
    if (stars) {
      cuts.unshift({ text: stars[1], reason: 'trailing-marker' });
      text = text.slice(0, stars.index).trimEnd();
      continue;
    }
    const br = /(?<=[.!?…"”’'])\s*\(([^()]{1,60})\)\s*$/u.exec(text);
    if (br) {
      const c = classifyBracket(br[1], lex);
      if (c) {
        cuts.unshift({ text: `(${br[1]})`, ...c });
        text = text.slice(0, br.index).trimEnd();
        continue;
      }
    }
    break;
  }
  return { text, cuts };
}
