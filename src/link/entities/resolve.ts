/**
 * Canonical entities. Two steps per article, both cheap:
 *
 * 1. In-article grouping: roles and titles are read off the text before a person
 *    (`Presiden Rusia Vladimir Putin` -> Vladimir Putin, role `Presiden Rusia`); short names join
 *    the full name they belong to (`Putin`, `Choe`, and `Kim` to the Kim the article talks about
 *    most so far); short forms expand (`AS`, `Korut`, `X (Y)` defined in the text); a role printed
 *    alone (`Menteri Luar Negeri Korea Utara`) goes to the person holding it; a capital used as an
 *    actor (`Moskow menyatakan`, `Moscow berharap`) names its state, while `di Moskow` stays the
 *    city; a seat of government qualifying a role (`juru bicara Kremlin`) is the institution
 *    housed there, an organisation kept apart from the building (`di Kremlin`). Mentions read from
 *    the metadata (dateline, credits) join by name only: there is no text around them.
 * 2. Cross-article linking through an `EntityIndex`: each group looks up the keys of its name forms
 *    (transliteration-folded, hyphen- and exonym-insensitive), never the whole store.
 *
 * Every merge records its evidence (`merges`), which `show <entity>` prints.
 */
import { isHeadlineAt } from '../../text/lines.js';
import { createHash } from 'node:crypto';
import type { EntityMention, EntityType, MetadataSource } from '../../model/types.js';
import { allNerLexicons, nerLexiconFor, type NerLexicon } from '../../lang/ner.js';
import { base, demonymPlace, expand, foldWord, isAcronym, key, normalizeRole, skeleton } from './normalize.js';
import { addArticle, articleCount, type CanonicalEntity, type EntityIndex, type MergeReason } from './entity-index.js';

export interface ArticleRef {
  id: string;
  text: string;
  language: string;
}

/**
 * A mention to resolve. One with a `source` was read from the article's metadata (dateline,
 * credits): it is not in the text, so its offsets mean nothing and nothing around it is read
 * (no role, no metonymy); it joins the article's other mentions by name.
 */
export type MentionInput = Pick<EntityMention, 'start' | 'end' | 'text' | 'type'> & { source?: MetadataSource };

export interface Resolution {
  /** Canonical entity id per input mention (same order), null when a mention was dropped. */
  ids: (string | null)[];
  /** The entities this article created or changed. */
  entities: CanonicalEntity[];
}

/** `S`: a seat of government as the institution housed there (`juru bicara Kremlin`), kept apart from the place. */
type Group = 'P' | 'LO' | 'E' | 'M' | 'S';
const groupOf = (t: EntityType): Group => (t === 'PERSON' ? 'P' : t === 'EVENT' ? 'E' : t === 'MISC' ? 'M' : 'LO');
const infoGroup = (x: Info): Group => (x.institution ? 'S' : groupOf(x.type));

interface Info {
  i: number;
  m: MentionInput;
  type: EntityType;
  /** The printed name (title cut off). */
  printed: string;
  /** Display form (acronym expansion, metonym's state, or the printed name). */
  display: string;
  /** Expanded base form used for keys. */
  form: string;
  via: 'acronym' | 'demonym' | 'exonym' | 'local-acronym' | null;
  role: string | null;
  roleOnly: boolean;
  metonymOf: string | null;
  /** A seat of government named as the institution housed there (`juru bicara Kremlin`). */
  institution: boolean;
}

interface Cluster {
  group: Group;
  types: Map<EntityType, number>;
  infos: Info[];
  merges: MergeReason[];
}

// ---------------------------------------------------------------------------------------------

function phraseLen(words: string[], i: number, phrases: Set<string>, maxLen = 5): number {
  for (let n = Math.min(maxLen, words.length - i); n >= 1; n--) {
    if (phrases.has(words.slice(i, i + n).join(' ').toLowerCase())) return n;
  }
  return 0;
}

const lexCache = new Map<NerLexicon, { titles: Set<string>; locative: Set<string>; reaction: Set<string>; places: Set<string>; seats: Set<string> }>();
function sets(lex: NerLexicon) {
  let s = lexCache.get(lex);
  if (!s) {
    s = {
      titles: new Set([...lex.titles, ...Object.keys(lex.titleForms), ...lex.honorifics].map((t) => t.toLowerCase())),
      locative: new Set(lex.locativeMarkers.map((t) => t.toLowerCase())),
      reaction: new Set(lex.reactionNouns.map((t) => t.toLowerCase())),
      places: new Set([...lex.places, ...Object.keys(lex.stateMetonyms)].map((p) => base(p))),
      seats: new Set((lex.seats ?? []).map((p) => base(p))),
    };
    lexCache.set(lex, s);
  }
  return s;
}

const isCapWord = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);

/**
 * The role printed right before a person: a title or a stack of titles, then qualifiers that are
 * places or organisations (`Menteri Luar Negeri Korea Utara`, `Menlu Korut`, `juru bicara
 * Kremlin`, `mantan Presiden`), on the same line with only spaces between. Null when none.
 */
export function roleBefore(text: string, start: number, lex: NerLexicon, others: MentionInput[] = []): string | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // Roles read in a headline are unreliable.
  if (isHeadlineAt(text, start)) return null;
  let p = start;
  for (let guard = 0; guard < 4; guard++) {
    const gap = /[ \t]+$/.exec(text.slice(Math.max(lineStart, p - 8), p));
    if (!gap) return null;
    const q = p - gap[0].length;
    const prev = others.find((m) => m.end === q && m.type !== 'PERSON');
    if (prev && prev.start >= lineStart) { p = prev.start; continue; }
    const w = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*)$/u.exec(text.slice(Math.max(lineStart, q - 40), q));
    if (w && isCapWord(w[1]) && isPlaceish(w[1], lex)) { p = q - w[1].length; continue; }
    break;
  }
  // words (letters only) ending right before p
  const seg = text.slice(Math.max(lineStart, p - 80), p);
  const segStart = p - seg.length;
  const re = /[^\s]+/g;
  const found: { w: string; at: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) found.push({ w: m[0], at: segStart + m.index });
  if (!found.length || !/\s$/.test(seg)) return null;
  let k0 = found.length;
  while (k0 > 0 && /^[\p{L}][\p{L}.-]*$/u.test(found[k0 - 1].w)) k0--;
  const words = found.slice(k0).map((f) => f.w.replace(/\.$/, ''));
  const { titles } = sets(lex);
  let j = words.length;
  for (;;) {
    let next = -1;
    for (let k = Math.max(0, j - 5); k < j; k++) {
      if (titles.has(words.slice(k, j).join(' ').toLowerCase())) { next = k; break; }
    }
    if (next < 0) break;
    j = next;
  }
  if (j === words.length) return null;
  return text.slice(found[k0 + j].at, start).trim().replace(/[,.;:]+$/, '');
}

/** A role in apposition after a person: `Dmitry Peskov, juru bicara Kremlin, menambahkan`. */
export function roleAfter(text: string, end: number, lex: NerLexicon): string | null {
  const m = /^,[ \t]+([^,.;:\n"“”()]{3,60}?)[ \t]*[,.]/u.exec(text.slice(end, end + 90));
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  const n = phraseLen(words, 0, sets(lex).titles);
  if (!n) return null;
  const rest = words.slice(n);
  if (rest.length > 4 || !rest.every(isCapWord)) return null;
  return m[1].trim();
}

/** `Presiden Rusia` stays as printed; the role-only test: title + optional place qualifier. */
function splitLeadingTitle(printed: string, lex: NerLexicon): { title: string; rest: string } | null {
  const words = printed.split(/\s+/);
  const n = phraseLen(words, 0, sets(lex).titles);
  if (!n) return null;
  return { title: words.slice(0, n).join(' '), rest: words.slice(n).join(' ') };
}

function isPlaceish(s: string, lex: NerLexicon): boolean {
  if (!s) return true;
  if (lex.acronyms[s] !== undefined) return true;
  return sets(lex).places.has(base(s)) || sets(lex).places.has(expand(s, lex).form);
}

/**
 * A seat of government qualifying a role noun, before it (`juru bicara Kremlin`) or after it
 * (`Kremlin spokesman`): the office that has the spokesman, not the state or the building.
 */
function seatInstitution(text: string, m: MentionInput, lex: NerLexicon): boolean {
  const { seats, titles } = sets(lex);
  if (!seats.has(base(m.text))) return false;
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, m.start - 40), m.start);
  const wb = /[ \t]$/.test(before) ? before.toLowerCase().match(/\p{L}+/gu) ?? [] : [];
  const after = (/^[ \t]+([\p{L} \t]{1,40})/u.exec(text.slice(m.end, m.end + 41))?.[1] ?? '').toLowerCase().split(/[ \t]+/).filter(Boolean);
  for (let n = 1; n <= 3; n++) {
    if (wb.length >= n && titles.has(wb.slice(-n).join(' '))) return true;
    if (after.length >= n && titles.has(after.slice(0, n).join(' '))) return true;
  }
  return false;
}

function metonymOf(text: string, m: MentionInput, lex: NerLexicon): string | null {
  if (m.type !== 'LOCATION' && m.type !== 'ORGANIZATION') return null;
  // printed in another language's spelling too (`Moscow berharap` in Indonesian copy)
  const b = base(m.text);
  const ex = expand(m.text, lex).form;
  const entry = Object.entries(lex.stateMetonyms).find(([k]) => base(k) === b || base(k) === ex);
  if (!entry) return null;
  // part of a longer name (`Area Jakarta Pusat`, `Moskow Times`): not the state
  if (/^[ \t]+[\p{Lu}]/u.test(text.slice(m.end, m.end + 3)) || /[\p{Lu}][\p{L}]*[ \t]+$/u.test(text.slice(Math.max(0, m.start - 30), m.start))) {
    const prevWord = /([\p{L}]+)[ \t]+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1] ?? '';
    if (/^[ \t]+[\p{Lu}]/u.test(text.slice(m.end, m.end + 3)) || !sets(lex).titles.has(prevWord.toLowerCase())) return null;
  }
  // a dateline (`Moskow:` at the start of a line) is a place
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  if (!text.slice(lineStart, m.start).trim() && /^\s*[:(,–-]/.test(text.slice(m.end, m.end + 3))) return null;
  const { locative, reaction } = sets(lex);
  const conj = new Set([...lex.conjunctions, ','].map((c) => c.toLowerCase()));
  // words before, with punctuation kept as words; `di Seoul dan Kyiv`: skip the coordinated place
  const words = text.slice(Math.max(lineStart, m.start - 80), m.start).toLowerCase().match(/[\p{L}\p{N}]+|[,]/gu) ?? [];
  const printed = text.slice(Math.max(lineStart, m.start - 80), m.start).match(/[\p{L}\p{N}]+|[,]/gu) ?? [];
  let end = words.length;
  for (let hop = 0; hop < 3; hop++) {
    for (let n = 1; n <= 2 && n <= end; n++) {
      if (!locative.has(words.slice(end - n, end).join(' '))) continue;
      // `kekhawatiran di Washington`: the feeling is the government's, so the capital is the state
      return hop === 0 && reaction.has(words[end - n - 1] ?? '') ? entry[1] : null;
    }
    if (end > 1 && conj.has(words[end - 1]) && /^\p{Lu}/u.test(printed[end - 2] ?? '')) {
      end -= 2;
      while (end > 0 && /^\p{Lu}/u.test(printed[end - 1])) end--;
      continue;
    }
    break;
  }
  return entry[1];
}

/** `Amerika Serikat (AS)`: short forms the article defines itself. */
function localAcronyms(text: string, mentions: MentionInput[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of mentions) {
    const after = /^\s*\(\s*([\p{Lu}][\p{L}]{1,9})\s*\)/u.exec(text.slice(m.end, m.end + 16));
    if (!after) continue;
    const acr = after[1];
    if ((acr.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const long = m.text.trim();
    const initials = long
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials.toLowerCase() === acr.toLowerCase() || acr.length >= 3) out.set(acr, long);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function analyse(article: ArticleRef, mentions: MentionInput[], lex: NerLexicon): Info[] {
  const body = mentions.filter((m) => !m.source);
  const local = localAcronyms(article.text, body);
  return mentions.map((m, i) => {
    let printed = m.text.trim().replace(/[,.;:]+$/, '');
    let role: string | null = null;
    let roleOnly = false;
    if (m.type === 'PERSON' || m.type === 'ORGANIZATION') {
      const lt = splitLeadingTitle(printed, lex);
      if (lt) {
        if (isPlaceish(lt.rest, lex)) {
          roleOnly = true;
          role = printed;
        } else if (m.type === 'PERSON') {
          // `Menlu Choe`: the title is a role, the rest is the name
          const restWords = lt.rest.split(' ');
          let k = 0;
          while (k < restWords.length - 1 && isPlaceish(restWords[k], lex)) k++;
          role = [lt.title, ...restWords.slice(0, k)].join(' ');
          printed = restWords.slice(k).join(' ');
        }
      }
    }
    const inText = !m.source;
    if (inText && m.type === 'PERSON' && !roleOnly) role = roleBefore(article.text, m.start, lex, body) ?? roleAfter(article.text, m.end, lex) ?? role;
    const institution = inText && m.type !== 'PERSON' && seatInstitution(article.text, m, lex);
    const meto = inText && !institution ? metonymOf(article.text, m, lex) : null;
    let display = printed;
    let form: string;
    let via: Info['via'] = null;
    if (meto) {
      form = expand(meto, lex).form;
      display = meto;
    } else if (local.has(printed)) {
      form = expand(local.get(printed)!, lex).form;
      display = local.get(printed)!;
      via = 'local-acronym';
    } else {
      const e = expand(printed, lex);
      form = e.form;
      via = e.via;
      if (via === 'acronym') display = lex.acronyms[printed] ?? lex.acronyms[printed.replace(/\.$/, '')] ?? printed;
      else if (via === 'demonym') display = demonymPlace(printed, lex) ?? printed;
    }
    // a metonym counts as a mention of its state, typed as the state is, whatever the tagger read
    const type: EntityType = institution ? 'ORGANIZATION' : meto ? 'LOCATION' : m.type;
    return { i, m, type, printed, display, form, via, role, roleOnly, metonymOf: meto, institution };
  });
}

function words(form: string): string[] {
  return form.split(' ').filter(Boolean).map(foldWord);
}

function containsRun(hay: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

function clusterArticle(article: ArticleRef, infos: Info[], lex: NerLexicon): Cluster[] {
  const clusters: Cluster[] = [];
  const add = (c: Cluster, info: Info, reason: Omit<MergeReason, 'article' | 'alias'> | null): void => {
    c.infos.push(info);
    c.types.set(info.type, (c.types.get(info.type) ?? 0) + 1);
    if (reason) c.merges.push({ ...reason, alias: info.metonymOf ? info.m.text.trim() : info.printed, article: article.id });
  };
  const fresh = (info: Info): Cluster => {
    const c: Cluster = { group: infoGroup(info), types: new Map(), infos: [], merges: [] };
    clusters.push(c);
    add(c, info, null);
    return c;
  };
  const head = (c: Cluster): Info => c.infos.reduce((a, b) => (words(b.form).length > words(a.form).length ? b : a));

  // people: full names first, then short names
  const people = infos.filter((x) => x.type === 'PERSON' && !x.roleOnly && x.form);
  people.sort((a, b) => words(b.form).length - words(a.form).length || a.m.start - b.m.start);
  for (const p of people) {
    const w = words(p.form);
    const sk = skeleton(p.form);
    const pcs = clusters.filter((c) => c.group === 'P');
    if (w.length >= 2) {
      const same = pcs.find((c) => c.infos.some((x) => skeleton(x.form) === sk));
      if (same) {
        const h = head(same);
        add(same, p, h.form === p.form
          ? null
          : { into: h.printed, kind: 'spelling-variant', why: `spelling variant of "${h.printed}" (same folded form "${sk}")` });
        continue;
      }
      const sup = pcs.find((c) => containsRun(words(head(c).form), w));
      if (sup) {
        add(sup, p, { into: head(sup).printed, kind: 'short-name', why: `part of the full name "${head(sup).printed}" in the same article` });
        continue;
      }
      fresh(p);
      continue;
    }
    // one word: the first or last word of a full name in this article
    const cands = pcs.filter((c) => {
      const hw = words(head(c).form);
      return hw.length >= 2 && (hw[0] === w[0] || hw[hw.length - 1] === w[0]);
    });
    if (cands.length) {
      const before = (c: Cluster) => c.infos.filter((x) => x.m.start < p.m.start).length;
      cands.sort((a, b) => before(b) - before(a) || b.infos.length - a.infos.length);
      const c = cands[0];
      const alt = cands.length > 1 ? ` (chosen over ${cands.slice(1).map((x) => `"${head(x).printed}"`).join(', ')}: mentioned more before it)` : '';
      add(c, p, { into: head(c).printed, kind: 'short-name', why: `short name of "${head(c).printed}" in the same article${alt}` });
      continue;
    }
    const same = pcs.find((c) => c.infos.some((x) => skeleton(x.form) === sk));
    if (same) add(same, p, head(same).form === p.form ? null : { into: head(same).printed, kind: 'spelling-variant', why: 'same folded name' });
    else fresh(p);
  }

  // roles printed alone go to the person holding them
  for (const r of infos.filter((x) => x.roleOnly && x.role)) {
    const nr = normalizeRole(r.role!, lex);
    const holder = clusters.find((c) => c.group === 'P' && c.infos.some((x) => x.role && normalizeRole(x.role, lex) === nr));
    if (holder) {
      holder.infos.push({ ...r, type: 'PERSON' });
      holder.types.set('PERSON', (holder.types.get('PERSON') ?? 0) + 1);
      holder.merges.push({ alias: r.printed, into: head(holder).printed, kind: 'role', why: `role "${r.role}" is held by "${head(holder).printed}" in this article`, article: article.id });
    }
  }

  // everything else: by folded expanded form
  for (const o of infos.filter((x) => x.type !== 'PERSON' && !x.roleOnly && x.form)) {
    const g = infoGroup(o);
    const sk = skeleton(o.form);
    const same = clusters.find((c) => c.group === g && c.infos.some((x) => skeleton(x.form) === sk));
    if (same) {
      const canon = same.infos.find((x) => !x.metonymOf) ?? same.infos[0];
      const kind: MergeReason['kind'] = o.metonymOf
        ? 'state-metonym'
        : o.via === 'acronym' || o.via === 'local-acronym'
          ? 'acronym'
          : o.via === 'demonym' || o.via === 'exonym'
            ? o.via
            : base(o.printed) === base(canon.display)
              ? 'same-name'
              : 'spelling-variant';
      add(same, o, kind === 'same-name' ? null : { into: canon.display, kind, why: explain(kind, o, canon) });
    } else {
      const c = fresh(o);
      if (o.metonymOf) c.merges.push({ alias: o.m.text.trim(), into: o.display, kind: 'state-metonym', why: explain('state-metonym', o, o), article: article.id });
      else if (o.via === 'acronym' || o.via === 'local-acronym') c.merges.push({ alias: o.printed, into: o.display, kind: 'acronym', why: explain('acronym', o, o), article: article.id });
      else if (o.via === 'demonym') c.merges.push({ alias: o.printed, into: o.display, kind: 'demonym', why: explain('demonym', o, o), article: article.id });
    }
  }
  return clusters;
}

function explain(kind: MergeReason['kind'], o: Info, first: Info): string {
  switch (kind) {
    case 'state-metonym':
      return `"${o.m.text.trim()}" is used as an actor (not after a place preposition): it names the state ${o.display}`;
    case 'acronym':
      return o.via === 'local-acronym' ? `"${o.printed}" is defined in the article as "${o.display}"` : `"${o.printed}" is a known short form of "${o.display}"`;
    case 'demonym':
      return `"${o.printed}" is the nationality adjective of ${o.display}`;
    case 'exonym':
      return `"${o.printed}" and "${first.printed}" are spellings of one place name in different languages`;
    case 'spelling-variant':
      return `"${o.printed}" and "${first.printed}" fold to the same name`;
    default:
      return 'same name';
  }
}

// ---------------------------------------------------------------------------------------------

function majority<T>(m: Map<T, number>): T {
  return [...m].sort((a, b) => b[1] - a[1])[0][0];
}

function entityId(group: Group, form: string): string {
  return 'e' + createHash('sha1').update(group + '|' + skeleton(form)).digest('hex').slice(0, 12);
}

/** Display name of a cluster: the longest printed full form (people) or the expanded form. */
function displayName(c: Cluster): string {
  const real = c.infos.filter((x) => !x.roleOnly);
  if (c.group === 'P') {
    return real.reduce((a, b) => (words(b.form).length > words(a.form).length ? b : a)).printed;
  }
  const counts = new Map<string, number>();
  for (const x of real) counts.set(x.display, (counts.get(x.display) ?? 0) + (x.via || x.metonymOf ? 0.5 : 1));
  return majority(counts);
}

function keysOf(c: Cluster): string[] {
  const ks = new Set<string>();
  for (const x of c.infos) if (!x.roleOnly && x.form) ks.add(nameKey(c.group, x.form));
  if (c.group === 'P') {
    for (const x of c.infos) {
      const w = x.form.split(' ').filter(Boolean);
      if (!w.length || x.roleOnly) continue;
      ks.add(key.part(w[0]));
      ks.add(key.part(w[w.length - 1]));
      if (w.length >= 2) ks.add(key.tail(x.form));
    }
  }
  if (c.group === 'LO') for (const x of c.infos) if (!x.metonymOf && isAcronym(x.printed)) for (const k of acronymKeys(x.printed)) ks.add(k);
  return [...ks];
}

/** An acronym's own key and the name keys of what any language's table expands it to (`BNPB`). */
function acronymKeys(printed: string): string[] {
  const ks = [key.acronym(printed)];
  for (const lex of allNerLexicons()) if (lex.acronyms[printed] !== undefined) ks.push(key.name(expand(printed, lex).form));
  return ks;
}

/**
 * The one stored person whose longest name ends this name or is ended by it (`Rahmat Lasamba` and
 * `Andi Rahmat Lasamba`, two words at least), and whose other names all sit inside the longer of
 * the two (`Andi Rahmat`); null when none or several do.
 */
function tailMatch(form: string, index: EntityIndex): CanonicalEntity | null {
  const w = words(form);
  const found = index.lookup(key.tail(form)).map((id) => index.get(id)).filter((e): e is CanonicalEntity => {
    if (!e || groupOf(e.type) !== 'P') return false;
    const names = e.aliases.map((a) => words(base(a)));
    const full = names.reduce((a, b) => (b.length > a.length ? b : a), [] as string[]);
    if (full.length < 2 || !(endsWith(w, full) || endsWith(full, w))) return false;
    const whole = full.length >= w.length ? full : w;
    return names.every((a) => a.length < 2 || containsRun(whole, a));
  });
  return found.length === 1 ? found[0] : null;
}

const endsWith = (long: string[], short: string[]): boolean => short.length <= long.length && short.every((x, k) => long[long.length - short.length + k] === x);

/**
 * The one stored organisation printed with one of this cluster's acronyms (`BNPB` of `Badan Nasional
 * Penanggulangan Bencana` and of `National Disaster Mitigation Agency`), unless each is also printed
 * with an acronym the other is not (two bodies); null when none or several are.
 */
function acronymMatch(c: Cluster, real: Info[], index: EntityIndex): CanonicalEntity | null {
  if (majority(c.types) !== 'ORGANIZATION') return null;
  const ours = new Set(real.filter((x) => !x.metonymOf && isAcronym(x.printed)).map((x) => x.printed));
  const ids = new Set([...ours].flatMap((a) => acronymKeys(a).flatMap((k) => index.lookup(k))));
  const found = [...ids].map((id) => index.get(id)).filter((e): e is CanonicalEntity => e?.type === 'ORGANIZATION').filter((e) => {
    const theirs = e.aliases.filter(isAcronym);
    return !(theirs.some((a) => !ours.has(a)) && [...ours].some((a) => !theirs.includes(a)));
  });
  return found.length === 1 ? found[0] : null;
}

const compatible = (g: Group, e: CanonicalEntity): boolean => (g === 'S' ? e.type === 'ORGANIZATION' : groupOf(e.type) === g);

/** The main key of a name: an institution's seat is filed apart from the place of that name. */
const nameKey = (g: Group, form: string): string => (g === 'S' ? key.seat(form) : key.name(form));

/**
 * Resolves one article's mentions against the index (which it updates). Incremental: cost depends
 * on the article, not on the size of the store.
 */
export function resolveArticle(article: ArticleRef, mentions: MentionInput[], index: EntityIndex): Resolution {
  const lex = nerLexiconFor(article.language);
  const infos = analyse(article, mentions, lex);
  const clusters = clusterArticle(article, infos, lex);
  const ids: (string | null)[] = mentions.map(() => null);
  const touched = new Map<string, CanonicalEntity>();

  for (const c of clusters) {
    const real = c.infos.filter((x) => !x.roleOnly && x.form);
    if (!real.length) continue;
    const nameKeys = [...new Set(real.map((x) => nameKey(c.group, x.form)))];
    const name = displayName(c);
    const hits = new Map<string, number>();
    for (const k of nameKeys) for (const id of index.lookup(k)) hits.set(id, (hits.get(id) ?? 0) + 1);
    let crossWhy: string | null = null;
    let crossKind: MergeReason['kind'] = 'cross-article';
    const singleWord = c.group === 'P' && real.every((x) => x.form.split(' ').length === 1);
    if (!hits.size && c.group === 'P') {
      // a lone short name (`Putin`) -> the full name known from other articles; a full name ->
      // a lone short name stored earlier, which it then completes
      const partKeys = singleWord ? [key.part(real[0].form)] : [];
      if (!singleWord) {
        const w = real.reduce((a, b) => (b.form.split(' ').length > a.form.split(' ').length ? b : a)).form.split(' ');
        partKeys.push(key.name(w[0]), key.name(w[w.length - 1]));
      }
      for (const k of partKeys) for (const id of index.lookup(k)) hits.set(id, (hits.get(id) ?? 0) + 1);
      if (hits.size) crossKind = 'short-name';
    }
    const cands = [...hits.keys()]
      .map((id) => index.get(id))
      .filter((e): e is CanonicalEntity => !!e && compatible(c.group, e))
      .filter((e) => singleWord || crossKind !== 'short-name' || e.name.split(/\s+/).length === 1);
    cands.sort((a, b) => (hits.get(b.id) ?? 0) - (hits.get(a.id) ?? 0) || b.mentions - a.mentions || articleCount(b) - articleCount(a));
    // `Rahmat Lasamba` in one article, `Andi Rahmat Lasamba` in another: one name ends the other
    const longest = real.reduce((a, b) => (words(b.form).length > words(a.form).length ? b : a)).form;
    const tail = !cands.length && c.group === 'P' && !singleWord ? tailMatch(longest, index) : null;
    // two names of one organisation printed with the same acronym (`BNPB`)
    const acr = !cands.length && c.group === 'LO' ? acronymMatch(c, real, index) : null;
    if (tail ?? acr) {
      cands.push((tail ?? acr)!);
      crossKind = tail ? 'short-name' : 'acronym';
    }

    let e: CanonicalEntity;
    const keys = keysOf(c);
    if (cands.length) {
      e = cands[0];
      crossWhy = tail
        ? `"${name}" and "${e.name}": the shorter name ends the longer one, and no other person known from other articles is so named`
        : acr
          ? `"${name}" and "${e.name}" share the short form ${[...new Set(real.filter((x) => isAcronym(x.printed)).map((x) => `"${x.printed}"`))].join(', ')}`
          : crossKind === 'short-name'
            ? singleWord
              ? `short name "${real[0].printed}" matches the name "${e.name}" known from other articles${cands.length > 1 ? ` (most mentioned of ${cands.length} candidates)` : ''}`
              : `full name "${name}" completes the short name "${e.name}" known from other articles`
            : `"${name}" has the same normalized name as "${e.name}" (${nameKeys.filter((k) => index.lookup(k).includes(e.id)).join(', ')})`;
      if (crossKind === 'short-name' && !singleWord && (!tail || words(longest).length > words(base(e.name)).length)) {
        e.name = name;
      }
    } else {
      let id = entityId(c.group, real[0].form);
      for (let n = 2; index.get(id); n++) id = entityId(c.group, real[0].form + '#' + n);
      e = { id, name, type: majority(c.types), aliases: [], roles: [], articles: [], merges: [], mentions: 0 };
      index.add(e, []);
    }

    // aliases (printed forms), with the in-article or cross-article evidence
    const printedForms = new Set<string>([name]);
    for (const x of c.infos) printedForms.add(x.metonymOf ? x.m.text.trim() : x.printed);
    for (const alias of printedForms) {
      const known = index.get(e.id)?.aliases ?? e.aliases;
      if (known.includes(alias)) continue;
      let reason: MergeReason | null = c.merges.find((r) => r.alias === alias) ?? null;
      if (!reason && cands.length && crossWhy) {
        reason = { alias, into: e.name, kind: crossKind, why: crossKind === 'short-name' || acr ? crossWhy : variantWhy(alias, e.name), article: article.id };
      }
      index.addAlias(e.id, alias, [], reason);
    }
    index.addAlias(e.id, name, keys, null);

    // roles, articles, counts
    const fresh = index.get(e.id) ?? e;
    const roleNorms = new Set(fresh.roles.map((r) => normalizeRole(r, lex)));
    for (const x of c.infos) {
      if (!x.role) continue;
      const nr = normalizeRole(x.role, lex);
      if (!roleNorms.has(nr)) { fresh.roles.push(x.role); roleNorms.add(nr); }
    }
    addArticle(fresh, article.id);
    fresh.mentions += c.infos.length;
    if (c.group === 'LO' && fresh.type !== 'PERSON') {
      // keep the type most mentions gave (LOCATION vs ORGANIZATION for states and seats)
      const t = majority(c.types);
      if (t !== fresh.type && c.infos.length > fresh.mentions / 2) fresh.type = t;
    }
    index.update(fresh);
    touched.set(fresh.id, fresh);
    for (const x of c.infos) ids[x.i] = fresh.id;
  }
  return { ids, entities: [...touched.values()] };
}

/** Why a name from another article is the same as a stored one. */
function variantWhy(alias: string, stored: string): string {
  const a = base(alias);
  const b = base(stored);
  if (a === b) return `"${alias}" is "${stored}" as printed elsewhere (case, hyphens or punctuation differ)`;
  if (a.replace(/ /g, '') === b.replace(/ /g, '')) return `"${alias}" and "${stored}" differ only in spacing or hyphenation`;
  return `"${alias}" and "${stored}" are transliteration or exonym variants (same folded key "${skeleton(a)}")`;
}

/** Convenience: fills `entity` on a copy of each mention. */
export function linkMentions<T extends MentionInput & { entity: string | null }>(
  article: ArticleRef,
  mentions: T[],
  index: EntityIndex,
): { mentions: T[]; entities: CanonicalEntity[] } {
  const r = resolveArticle(article, mentions, index);
  return { mentions: mentions.map((m, i) => ({ ...m, entity: r.ids[i] })), entities: r.entities };
}
