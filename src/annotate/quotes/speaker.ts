/**
 * Finding who speaks next to a cue: a capitalized name run after a cue verb (`ujar Putin`), the
 * subject before a reporting verb (`Lavrov mengungkapkan`), a pronoun (`ia`, `he`, `ujarnya`) or
 * a role (`juru bicara Kremlin`). Reads only the speech lexicon and the pack's calendar words.
 */
import { academicDegreeAt, degreeEnd, degreesOnly, pastDegrees } from './degrees.js';
import { adjacent, isDefinite, nameToken, sameLine, type SpeakerContext, type SpeakerKind, type SpeakerRef } from './speaker-context.js';
import { initialDot, isCap, isDash, matchPhrase, tokenAt, type Tok } from './text.js';

// The quote modules find the context and its token tests here, next to the readings that use them.
export { adjacent, isDefinite, makeContext, nameToken, sameLine, type SpeakerContext, type SpeakerKind, type SpeakerRef } from './speaker-context.js';

/** A body's acronym as brackets define it: capitals, digits after the first (`ESDM`, `AP3I`). */
export const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;

/** Skips adverbs and adverbial phrases (`juga`, `baru-baru ini`, `beberapa waktu lalu`) ending at j. */
function skipAdverbs(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks } = ctx;
  for (;;) {
    if (j < floor || !toks[j].word || isCap(toks[j])) return j;
    let best = -1;
    for (const a of ctx.adverbPhrases) {
      const s0 = j - a.length + 1;
      if (s0 < floor) continue;
      if (a.every((w, k) => toks[s0 + k].low === w) && (best < 0 || s0 < best)) best = s0;
    }
    if (best < 0) return j;
    j = best - 1;
  }
}

/**
 * Skips what may stand between a subject and its verb, ending at j: adverbs, a manner phrase of
 * one word (`secara terbuka`, `tanpa ragu`), a channel (`dalam siaran pers`, `lewat keterangan
 * tertulis`) and whom the speaker told (`kepada para wartawan`, `kepada DailySocial`, `dalam
 * wawancara dengan GQ`), with the place where (`dalam jumpa pers di Jakarta`).
 */
function skipModifiers(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks, lex } = ctx;
  for (;;) {
    j = skipAdverbs(ctx, j, floor);
    if (j - 1 < floor || !toks[j].word) return j;
    const named = namedAudienceStart(ctx, j, floor);
    if (named > floor) {
      j = named - 1;
      continue;
    }
    const when = subordinateClauseStart(ctx, j, floor);
    if (when > floor) {
      j = when - 1;
      continue;
    }
    if (isCap(toks[j])) return j;
    // `X, kepada para wartawan mengatakan`: whom the speaker told, between subject and verb.
    if (lex.audience.includes(toks[j].low)) {
      const p = toks[j - 1].low === 'para' ? j - 2 : j - 1;
      if (p >= floor && lex.toAudience.includes(toks[p].low)) {
        j = p - 1;
        continue;
      }
    }
    if (lex.mannerMarkers.includes(toks[j - 1].low)) {
      j -= 2;
      continue;
    }
    const c = channelStart(ctx, j, floor);
    if (c < 0) return j;
    j = c - 1;
  }
}

/**
 * The first token of a channel ending at j: a marker, maybe an article, and up to three lower-case
 * words, one a message noun (`dalam siaran pers`, `lewat keterangan tertulis`, `in a telephone
 * interview`); -1 when there is none.
 */
function channelStart(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks, lex } = ctx;
  let c = j - 1;
  while (c >= floor && c >= j - 3 && toks[c].word && !isCap(toks[c]) && !lex.channelMarkers.includes(toks[c].low)) c--;
  if (c < floor || !toks[c].word || !lex.channelMarkers.includes(toks[c].low)) return -1;
  const h = lex.articles.indefinite.includes(toks[c + 1].low) || isDefinite(ctx, toks[c + 1].low) ? c + 2 : c + 1;
  return h <= j && toks.slice(h, j + 1).some((x) => lex.messageNouns.includes(x.low)) ? c : -1;
}

/**
 * `kepada DailySocial`, `dalam wawancara dengan majalah GQ`, `in an interview with the Times`, `kepada
 * wartawan di Jakarta`: a name ending at j after whom the speaker told or where, never the speaker.
 * The first token of the phrase, or -1.
 */
function namedAudienceStart(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks, lex } = ctx;
  const dom = domainEndingAt(ctx, j);
  if (dom === null && !nameToken(ctx, j)) return -1;
  let n = dom ?? runBackward(ctx, j, floor);
  if (n - 1 > floor && lex.mediaNouns.includes(toks[n - 1].low)) n--;
  if (n - 1 > floor && isDefinite(ctx, toks[n - 1].low)) n--;
  const p = n - 1;
  if (p - 1 < floor || isCap(toks[p])) return -1;
  const start = phraseBeforeName(ctx, p, floor);
  // Not `ambassador to Britain Liu X`, a role's field.
  return start > floor && subjectBefore(ctx, start, floor, lex.toAudience.includes(toks[start].low)) ? start : -1;
}

/**
 * Does a subject end right before token `start` (past adverbs): a name, a pronoun, a demonstrative
 * or a closing bracket? With `comma`, also the comma closing an apposition (`Eko, warga Madiun,
 * kepada X`).
 */
function subjectBefore(ctx: SpeakerContext, start: number, floor: number, comma = false): boolean {
  const { toks, lex } = ctx;
  const k = skipAdverbs(ctx, start - 1, floor);
  if (k < floor) return false;
  return nameToken(ctx, k) || toks[k].text === ')' || (comma && k > floor && toks[k].text === ',') || [...lex.pronouns, ...lex.partyPronouns, ...lex.demonstratives].includes(toks[k].low);
}

/**
 * `Ahmad Fauzi saat dikonfirmasi Antara mengatakan`, `X ketika ditemui di kantornya menyebut`: a
 * clause of time with no subject of its own (a verb, by its prefix, opens it), ending at j after the
 * subject. Its first token, or -1. Not `saat Budi menegaskan` nor `saat seseorang mengatakan`,
 * where the word after the subordinator is the verb's subject.
 */
function subordinateClauseStart(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks, lex } = ctx;
  const prefixes = [...lex.activePrefixes, ...lex.passivePrefixes, ...lex.intransitivePrefixes];
  for (let q = j - 1; q > floor && q >= j - 6 && toks[q].word; q--) {
    if (!lex.subordinators.includes(toks[q].text)) continue;
    const first = toks[q + 1];
    const verb = !isCap(first) && prefixes.some((p) => first.low.startsWith(p) && first.low.length >= p.length + 4);
    return verb && subjectBefore(ctx, q, floor) ? q : -1;
  }
  return -1;
}

/** The first token of the phrase whose object starts after the preposition at p (`kepada`, `dalam wawancara dengan`), or -1. */
function phraseBeforeName(ctx: SpeakerContext, p: number, floor: number): number {
  const { toks, lex } = ctx;
  if (lex.toAudience.includes(toks[p].low)) return p;
  if (!lex.comitatives.includes(toks[p].low) && !lex.locativePrepositions.includes(toks[p].low)) return -1;
  // The phrase the name is the object of: a channel, or whom the speaker told (`kepada wartawan`).
  const q = p - 1;
  if (!toks[q].word || isCap(toks[q])) return -1;
  const c = channelStart(ctx, q, floor);
  if (c >= 0) return c;
  const a = toks[q - 1]?.low === 'para' ? q - 2 : q - 1;
  return lex.audience.includes(toks[q].low) && a >= floor && lex.toAudience.includes(toks[a].low) ? a : -1;
}

/** Longest role phrase (lower case) that ends at token `end` (inclusive); returns its first index. */
export function roleEndingAt(ctx: SpeakerContext, end: number): number | null {
  for (const r of ctx.roles) {
    const s = end - r.length + 1;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < r.length; k++) if (ctx.toks[s + k].low !== r[k]) ok = false;
    if (ok) return s;
  }
  return null;
}

/** Longest role phrase starting at token `start`; returns the index after it. */
export function roleStartingAt(ctx: SpeakerContext, start: number): number | null {
  for (const r of ctx.roles) {
    if (start + r.length > ctx.toks.length) continue;
    let ok = true;
    for (let k = 0; k < r.length; k++) if (ctx.toks[start + k].low !== r[k]) ok = false;
    if (ok) return start + r.length;
  }
  return null;
}

/** Does a title inside the run `[a, j]` stand before the words that end it (`… Semarang Profesor Fathur Rokhman`)? */
function titledPersonIn(ctx: SpeakerContext, a: number, j: number): boolean {
  for (let q = j - 1; q > a; q--) if (ctx.titles.has(ctx.toks[q].low) && isCap(ctx.toks[q + 1])) return true;
  return false;
}

/**
 * Cleans a capitalized run `[a, b)` of tokens into a name: drops leading titles and connectors,
 * trailing calendar words, and a leading organisation or place that the article also uses on its
 * own (`Kremlin Dmitry Peskov` -> `Dmitry Peskov` when `Kremlin` stands alone elsewhere).
 */
export function cleanRun(ctx: SpeakerContext, a: number, b: number): [number, number] | null {
  const { toks } = ctx;
  // Drop leading titles/connectors and trailing calendar words.
  // Stopwords are dropped only where a capital means nothing: at the start of a sentence
  // (`Namun Putin`, `Sementara Menteri X`); elsewhere they may be names (`laporan Antara`).
  // A short calendar form before another capitalized word is a name's first word (`Sun Microsystems`).
  // So is one the text prints elsewhere as a name's first word (`Sun, a maker …` after `Sun Microsystems`).
  const firstWordElsewhere = (k: number) =>
    (ctx.wordIndex.get(toks[k].text) ?? []).some((x) => x !== k && isCap(toks[x + 1]) && !ctx.calendar.has(toks[x + 1].low) && adjacent(ctx, x));
  const nameStart = (k: number) => ctx.calendar.has(toks[k].low) && toks[k].text.length <= 3 && ((k + 1 < b && isCap(toks[k + 1])) || firstWordElsewhere(k));
  // A person noun opening the sentence before a name of two words or more is a role (`Desainer Rina
  // Wulandari`), capitalized only by its place; so is a class of people (`Ekonom Budi Hartono`).
  const roleWord = (k: number) => (ctx.lex.personNouns.includes(toks[k].low) || ctx.lex.genericRoles.includes(toks[k].low)) && sentenceInitial(ctx, k) && b - k >= 3;
  // `Hewlett-Packard's Mr. Archuleta`, `Florida International's Fernandez`: the possessor is the
  // person's organisation; the name follows it.
  for (let k = b - 2; k >= a; k--) {
    if (/\p{L}['’]s$/u.test(toks[k].text) && adjacent(ctx, k)) {
      a = k + 1;
      break;
    }
  }
  while (a < b && !nameStart(a) && (ctx.titles.has(toks[a].low) || !toks[a].word || ctx.calendar.has(toks[a].low) || (ctx.notName.has(toks[a].low) && sentenceInitial(ctx, a)) || roleWord(a))) a++;
  // A leading word with a pronoun clitic is a common word at a sentence start (`Awalnya Pertamina`).
  while (b - a >= 2 && ctx.lex.clitics.some((c) => toks[a].low.endsWith(c) && toks[a].low.length > c.length + 2)) a++;
  while (b > a && ((ctx.calendar.has(toks[b - 1].low) && !(toks[b - 1].text.length <= 3 && firstWordElsewhere(b - 1))) || !toks[b - 1].word)) b--;
  // Drop the rest of a multi-word title ("Wakil Perdana Menteri") where a title word follows.
  for (let k = b - 1; k > a; k--) {
    if (ctx.titles.has(toks[k].low) && k < b - 1) {
      // `South Dakota Gov. Kristi Noem`: past the title's dot too.
      a = toks[k + 1].text === '.' ? k + 2 : k + 1;
      break;
    }
  }
  if (a >= b) return null;
  // `Hasil terkini … menyatakan`, `Prosecutors have told …`: one common word, capitalized only by
  // its place at the sentence start.
  if (b - a === 1 && commonAtStart(ctx, a)) return null;
  // Organisation / place before the name: a part of the run that the article also prints on its
  // own after a preposition of place (`di Kremlin`, `dengan Korea Utara`): cut after it.
  // Not inside a company's name (`Sun Microsystems Inc`, though `Sun` also stands alone).
  if (b - a >= 2 && !ctx.lex.nameSuffixes.includes(toks[b - 1].low)) {
    outer: for (let k = b - 2; k >= a; k--) {
      for (let i = a; i <= k; i++) {
        if (usedAlone(ctx, i, k + 1)) {
          a = k + 1;
          break outer;
        }
      }
    }
  }
  // Initial-only leftovers ("PT", all-caps acronyms) before a name of two or more words.
  while (b - a >= 3 && /^\p{Lu}{2,}$/u.test(toks[a].text)) a++;
  return [a, b];
}

/**
 * Is token k a common word capitalized only because it opens a sentence: printed in lower case
 * elsewhere in the text and never capitalized inside a sentence (`Hasil …` beside `hasil`)?
 */
export function commonAtStart(ctx: SpeakerContext, k: number): boolean {
  const t = ctx.toks[k];
  // With a clitic too (`Status …` beside `statusnya`).
  const lower = ctx.wordIndex.has(t.low) || ctx.lex.clitics.some((c) => ctx.wordIndex.has(t.low + c));
  if (!sentenceInitial(ctx, k) || t.text === t.low || !lower) return false;
  return !(ctx.wordIndex.get(t.text) ?? []).some((x) => x !== k && !sentenceInitial(ctx, x));
}

/** Does token k open a sentence (or a line, or follow a quote mark), where a capital means nothing? */
export function sentenceInitial(ctx: SpeakerContext, k: number): boolean {
  const { toks } = ctx;
  const p = toks[k - 1];
  if (!p) return true;
  if (/[\r\n]/.test(ctx.text.slice(p.end, toks[k].start))) return true;
  return /^[.!?:;"“”'(]$/.test(p.text);
}

/** Does the token sequence `[a, b)` occur elsewhere in the text not followed by token `b`? */
function usedAlone(ctx: SpeakerContext, a: number, b: number): boolean {
  const { toks } = ctx;
  const first = ctx.wordIndex.get(toks[a].text) ?? [];
  for (const i of first) {
    if (i === a) continue;
    let ok = true;
    for (let k = 1; k < b - a; k++) if (toks[i + k]?.text !== toks[a + k].text) ok = false;
    if (!ok) continue;
    const next = toks[i + (b - a)];
    const prev = toks[i - 1];
    // A possessive is the same word (`with MGM Grand's offering` prints `MGM Grand`, not `MGM` alone).
    const bare = (x: string) => x.replace(/['’]s$/, '');
    if ((!next || bare(next.text) !== bare(toks[b].text)) && prev && ctx.lex.locativePrepositions.includes(prev.low)) return true;
  }
  return false;
}

/** The reference of kind `kind` spanning tokens `[a, b)`. */
export function ref(ctx: SpeakerContext, kind: SpeakerKind, a: number, b: number): SpeakerRef {
  const start = ctx.toks[a].start;
  const end = ctx.toks[b - 1].end;
  return { kind, start, end, text: ctx.text.slice(start, end) };
}

/**
 * `The Dutch chemical group`, `the computer maker`: a definite article, one to three modifiers
 * (lower-case words or a one-word capitalized adjective), and a lower-case party noun at `j`.
 * Returns the article's index, or null. A capitalized head (`the Iraqi News Agency`) is a name.
 */
function partyDescriptionStart(ctx: SpeakerContext, j: number, floor: number): number | null {
  const { toks, lex } = ctx;
  if (!lex.partyNouns.includes(toks[j].low) || isCap(toks[j])) return null;
  const article = (x: Tok | undefined) => !!x && isDefinite(ctx, x.low);
  // `The consumer-products and newsprint company said`: joined and hyphenated modifiers too.
  for (let d = j - 1; d >= Math.max(floor, j - 7); d--) {
    const m = toks[d];
    if (article(m)) return d < j - 1 ? d : null;
    if (m.text === '-' && m.start === toks[d - 1]?.end && m.end === toks[d + 1]?.start) continue;
    if (lex.coordinators.includes(m.low) && d < j - 1 && d > floor && !article(toks[d + 1])) continue;
    // `Canada's largest department store operator said`: a possessive name stands for the article.
    if (isCap(m) && /['’]s$/.test(m.text) && d < j - 1 && (d === floor || !isCap(toks[d - 1]))) return d;
    if (!m.word || lex.stopAfterName.includes(m.low) || ctx.calendar.has(m.low)) return null;
    // A capitalized modifier stands alone (`Dutch`), else it is part of a name.
    if (isCap(m) && ((isCap(toks[d - 1]) && !article(toks[d - 1])) || isCap(toks[d + 1]))) return null;
  }
  return null;
}

/**
 * `The head of the security team says`: the party opening at token a completes a word before it
 * (`of`), the verb's true subject, someone the party is only where they work.
 */
function partyOwnsHead(ctx: SpeakerContext, a: number, floor: number): boolean {
  const { toks, lex } = ctx;
  return a - 2 >= floor && lex.affiliationMarkers.includes(toks[a - 1].low) && toks[a - 2].word;
}

/** The capitalized run starting at token i (with name particles and initials); returns its end. */
export function runForward(ctx: SpeakerContext, i: number, limit: number): number {
  const { toks, lex } = ctx;
  let j = i;
  while (j < toks.length && toks[j].start < limit && (j === i || adjacent(ctx, j - 1))) {
    const t = toks[j];
    // `Fathur Rokhman M.Hum.`, `Ph.D`: an academic degree glued with dots after a name ends it.
    if (j > i + 1 && academicDegreeAt(ctx, j)) break;
    // `Rina Wulandari SpKK`, `Siti Aminah Sp.OG`: so does a degree of the language's list.
    if (j > i && degreeEnd(ctx, j, true) > 0) break;
    if (nameToken(ctx, j)) j++;
    else if (j > i && lex.nameParticles.includes(t.low) && isCap(toks[j + 1])) j++;
    else if (j > i && t.text === '.' && (/^\p{Lu}$/u.test(toks[j - 1].text) || lex.nameSuffixes.includes(toks[j - 1].low)) && toks[j - 1].end === t.start) j++;
    // `said Mr. Antolini`, `Dr. Sutopo`: an abbreviated title's dot, the name right after it.
    else if (j > i && t.text === '.' && ctx.titles.has(toks[j - 1].low) && toks[j - 1].end === t.start && isCap(toks[j + 1]) && adjacent(ctx, j) && toks[j + 1].start < limit) j++;
    // `Sales & Marketing`: an ampersand joins the words of a unit's or a company's name.
    else if (j > i && t.text === '&' && isCap(toks[j - 1]) && isCap(toks[j + 1]) && adjacent(ctx, j) && toks[j + 1].start < limit) j++;
    // `Cho Tae - yong`: a hyphenated given name with the hyphen spaced out by the copy.
    else if (j > i && t.text === '-' && isCap(toks[j - 1]) && adjacent(ctx, j) && /^\p{Ll}{1,4}$/u.test(toks[j + 1]?.text ?? '') && !ctx.notName.has(toks[j + 1].low) && toks[j + 1].start < limit) j += 2;
    else break;
  }
  return j;
}

/** The capitalized run ending at token j (inclusive); returns its first index. */
function runBackward(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks, lex } = ctx;
  let i = j;
  while (i >= floor && (i === j || adjacent(ctx, i))) {
    const t = toks[i];
    if (nameToken(ctx, i)) i--;
    else if (i < j && lex.nameParticles.includes(t.low) && isCap(toks[i - 1])) i--;
    else if (i < j && initialDot(toks, i)) i--;
    else break;
  }
  return i + 1;
}

/**
 * `Badan Meteorologi, Klimatologi dan Geofisika memastikan`, `Biro Hukum dan Organisasi BMKG
 * menyebutkan`: a body's name joins its fields with `dan` (and commas before it), so the run
 * ending at the verb (starting at `a`) widens over the joins to a word that heads bodies. Not over
 * a title (`Dinas X dan Bupati Y`: two subjects) nor to a run that no such word opens.
 */
function bodyNameStart(ctx: SpeakerContext, a: number, floor: number): number {
  const { toks, lex } = ctx;
  if (!lex.bodyHeads.length || !lex.coordinators.includes(toks[a - 1]?.low ?? '') || ctx.titles.has(toks[a].low)) return a;
  let s = a - 1;
  for (let n = 0; n < 4; n++) {
    if (s - 1 < floor || !nameToken(ctx, s - 1) || !adjacent(ctx, s - 1)) return a;
    const b = runBackward(ctx, s - 1, floor);
    if (lex.bodyHeads.includes(toks[b].low)) return b;
    if (toks[b - 1]?.text !== ',' || ctx.titles.has(toks[b].low)) return a;
    s = b - 1;
  }
  return a;
}

/**
 * The speaker named right after a cue verb at token `i` (`ujar Putin`, `kata dia`,
 * `kata juru bicara Kremlin`, `said Smith`, `kata Peskov kepada wartawan`). `limit` is an offset
 * the speaker may not cross (the end of the clause).
 */
export function speakerAfter(ctx: SpeakerContext, i: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  const t = toks[i];
  if (!t || t.start >= limit) return null;
  const handle = handleAfterWords(ctx, i, limit) ?? domainAfter(ctx, i, limit);
  if (handle) return handle;
  if (lex.pronouns.includes(t.low)) return ref(ctx, 'pronoun', i, i + 1);
  if (lex.groupPronouns.includes(t.low)) return ref(ctx, 'group', i, i + 1);
  const spoken = bodyOfNamedParty(ctx, i, limit) ?? messageSpeaking(ctx, i, limit);
  if (spoken) return spoken;
  // Articles before an English role ("said the spokesman", "said a U.S. Embassy official").
  let k = i;
  if (t.low === 'the' || t.low === 'sang' || t.low === 'a' || t.low === 'an') k++;
  // `said Cuban journalist Luis Baez`: a nationality before a lower-case role is no name.
  const nationality = ctx.demonyms.has(toks[k]?.text ?? '') && toks[k + 1]?.word && !isCap(toks[k + 1]) && toks[k + 1].start < limit;
  if (nationality) k++;
  const roleEnd = roleStartingAt(ctx, k);
  if (roleEnd !== null) return speakerAfterRole(ctx, k, roleEnd, limit);
  const from = (isCap(toks[k]) && k > i) || nationality ? k : i;
  if (!isCap(toks[from])) return commonNounSpeaker(ctx, k, limit);
  return capitalizedSpeaker(ctx, from, limit);
}

/**
 * A handle at token i, or after a few lower-case words from it (`ujar akun @x`, `tulis penggemar
 * dengan nama akun @x itu`), or null.
 */
function handleAfterWords(ctx: SpeakerContext, i: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  const own = handleAt(ctx, i, limit);
  if (own) return own;
  for (let k = i; k < i + 5 && toks[k]?.word && !isCap(toks[k]) && (k > i || plainWord(ctx, toks[k])); k++) {
    const handle = handleAt(ctx, k + 1, limit);
    if (handle) return handle;
  }
  return null;
}

/** A web site's domain starting at token i (`tulis kompas.com`), or null. */
function domainAfter(ctx: SpeakerContext, i: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  let d = i;
  while (toks[d + 2]?.word && toks[d + 1].text === '.' && toks[d + 1].start === toks[d].end && toks[d + 2].start === toks[d + 1].end) d += 2;
  return d > i && domainEndingAt(ctx, d) === i && toks[d].start < limit ? ref(ctx, 'name', i, d + 1) : null;
}

/** `kata pemerintah Arab Saudi`: a body's noun at token i speaking for the named party after it, or null. */
function bodyOfNamedParty(ctx: SpeakerContext, i: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (!lex.bodies.includes(toks[i].low) || !nameToken(ctx, i + 1) || toks[i + 1].start >= limit || !adjacent(ctx, i)) return null;
  const c = cleanRun(ctx, i + 1, runForward(ctx, i + 1, limit));
  return c && ref(ctx, 'name', c[0], c[1]);
}

/** `"…," continued the letter`: a message whose issuer speaks (resolved in index.ts), or null. */
function messageSpeaking(ctx: SpeakerContext, i: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  return isDefinite(ctx, toks[i].low) && lex.messageNouns.includes(toks[i + 1]?.low ?? '') && toks[i + 1].start < limit ? ref(ctx, 'definite', i, i + 2) : null;
}

/**
 * A role from token k to `roleEnd`: the person it names ("juru bicara Kremlin Dmitry Peskov",
 * "juru bicara Kremlin, Dmitry Peskov"), or the role itself ("juru bicara Kremlin").
 */
function speakerAfterRole(ctx: SpeakerContext, k: number, roleEnd: number, limit: number): SpeakerRef {
  const [last, run] = roleOrganisation(ctx, roleEnd, limit);
  const e = acronymBeforeComma(ctx, run);
  // `ujar CEO dan pendiri X, Achmad Zaky`: more words of the role, then the person after a comma;
  // "pengamat perminyakan Kurtubi", "ekonom senior Faisal Basri": a few lower-case words that
  // narrow the role, then the name.
  const narrowed = e === roleEnd ? (nameAfterComma(ctx, roleEnd, limit, true) ?? nameAfterWords(ctx, roleEnd, limit)) : null;
  const named = narrowed ?? nameRightAfterComma(ctx, e, limit) ?? (e > roleEnd ? personAfterRoleOrganisation(ctx, roleEnd, last, e, limit) : null);
  return named ?? ref(ctx, 'role', k, Math.max(e, roleEnd));
}

/**
 * The capitalized run after a role ending at `roleEnd`: [the start of its last part, its end].
 * `Kepala Dinas Pertanian dan Kehutanan Singkawang Yusnita`: an organisation joined by `dan`
 * runs on; the name is in its last part.
 * `Kepala Balai Taman Nasional Tambora (BTNT) Budi Kurniawan`: the name after the acronym
 * (`Dirjen Industri … dan Elektronika (Ilmate) Kementerian Perindustrian I Gusti …`: both).
 */
function roleOrganisation(ctx: SpeakerContext, roleEnd: number, limit: number): [number, number] {
  const { toks, lex } = ctx;
  let e = runForward(ctx, roleEnd, limit);
  let last = roleEnd;
  for (;;) {
    if (e > last && toks[e]?.text === '(' && isCap(toks[e + 1]) && toks[e + 2]?.text === ')' && isCap(toks[e + 3]) && toks[e + 3].start < limit) {
      last = e + 3;
    } else if (e > last && lex.coordinators.includes(toks[e]?.low ?? '') && nameToken(ctx, e + 1) && toks[e + 1].start < limit && adjacent(ctx, e)) {
      last = e + 1;
    } else return [last, e];
    e = runForward(ctx, last, limit);
  }
}

/** A comma at token e, then a capitalized run: that run's name, or null. */
function nameRightAfterComma(ctx: SpeakerContext, e: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  if (toks[e]?.text !== ',' || !isCap(toks[e + 1]) || toks[e + 1].start >= limit) return null;
  const c = cleanRun(ctx, e + 1, runForward(ctx, e + 1, limit));
  return c && ref(ctx, 'name', c[0], c[1]);
}

/**
 * The person after a role's organisation (the run from `last` to e): in a relative clause giving a
 * second role, after a comma, or ending the run; null when the run is only the organisation.
 */
function personAfterRoleOrganisation(ctx: SpeakerContext, roleEnd: number, last: number, e: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  const also = secondRoleAfter(ctx, e, limit);
  if (also) return also;
  // `kata Ketua Tim penemu kolagen halal tersebut, Edho Okta`: the role's organisation, more
  // words of the role, then the person after a comma.
  const named = toks[e]?.word && !isCap(toks[e]) ? nameAfterComma(ctx, roleEnd, limit, true) : null;
  if (named) return named;
  const c0 = cleanRun(ctx, last, e);
  const c = c0 && trailingPerson(ctx, c0);
  // A run after a role that the article also uses on its own is the role's organisation; not a
  // word after a title (`Kepala Satuan … Polres X AKP Hartono`, `lanjut Hartono` elsewhere): a person.
  const titledWord = c && c[0] > last && ctx.titles.has(toks[c[0] - 1].low);
  return c && !(c[1] - c[0] === 1 && !titledWord && usedElsewhereAlone(ctx, c[0])) ? ref(ctx, 'name', c[0], c[1]) : null;
}

/**
 * `ujar Pendiri X yang juga mantan Menteri Y Name`: a relative clause from token e giving the same
 * person a second role; the name ends that role. `Ketua Panitia penyelenggara yang juga Kepala
 * Dinas X Name`: a lower-case word or two may narrow the first role before the relative clause.
 */
function secondRoleAfter(ctx: SpeakerContext, e: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  for (let w = e; w < e + 3 && toks[w]?.word && toks[w].start < limit; w++) {
    const also = alsoRoleAt(ctx, w, limit);
    if (also) return also;
    if (isCap(toks[w])) break;
  }
  return null;
}

/**
 * A capitalized run from token `from` after the cue: a title and its unit ending in the person, a
 * person after a comma, an organisation's role or staff, a name, or only a title.
 */
function capitalizedSpeaker(ctx: SpeakerContext, from: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  const [i, run] = pastBracketedAcronyms(ctx, from, limit);
  const e0 = acronymBeforeComma(ctx, run);
  const described = describedByDemonstrative(ctx, i, e0, limit);
  if (described) return described;
  const e = pastUnitNumber(ctx, i, e0, limit);
  const named = titleWithJoinedUnit(ctx, i, e, limit) ?? nameAfterTitleRun(ctx, i, e, limit) ?? roleAfterOrganisation(ctx, i, e, limit);
  if (named) return named;
  // `said Trend Micro threat researcher Paul Ferguson`, `said Troy police Lt. Gerry Scherlinck`: an
  // organisation, a job the lexicon lacks, then the person.
  const staffer = toks[e]?.start < limit ? staffAfterOrg(ctx, e, limit) : null;
  return staffer ?? nameOrTitle(ctx, i, e, limit);
}

/**
 * "Deputi Gubernur Senior Bank Indonesia (BI) Mirza Adityaswara": the name after the acronym.
 * [the start of the run after the last bracketed acronym, or i; that run's end].
 */
function pastBracketedAcronyms(ctx: SpeakerContext, i: number, limit: number): [number, number] {
  const { toks } = ctx;
  let i0 = i;
  let e = runForward(ctx, i, limit);
  while (toks[e]?.text === '(' && isCap(toks[e + 1]) && toks[e + 2]?.text === ')' && isCap(toks[e + 3]) && toks[e + 3].start < limit) {
    i0 = e + 3;
    e = runForward(ctx, i0, limit);
  }
  return [i0, e];
}

/**
 * `kata Guru Besar Bidang X Fakultas Bahasa dan Seni Unnes itu`: a role and its body (maybe
 * joined by `dan`) closed by a demonstrative describe someone named before; they name no one.
 */
function describedByDemonstrative(ctx: SpeakerContext, i: number, e: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  let described = e;
  while (lex.coordinators.includes(toks[described]?.low ?? '') && isCap(toks[described + 1]) && toks[described + 1].start < limit) described = runForward(ctx, described + 1, limit);
  return described - i >= 2 && lex.demonstratives.includes(toks[described]?.low ?? '') && toks[described].start < limit ? ref(ctx, 'pronoun', i, described + 1) : null;
}

/** `kata Senior Manajer Humas KAI Daop 1 Edy Kuswoyo`: past a unit's number inside a title run ending at e. */
function pastUnitNumber(ctx: SpeakerContext, i: number, e: number, limit: number): number {
  const { toks } = ctx;
  while (ctx.titles.has(toks[i].low) && /^(\d+|[IVX]+)$/.test(toks[e]?.text ?? '') && adjacent(ctx, e - 1) && adjacent(ctx, e) && isCap(toks[e + 1]) && toks[e + 1].start < limit) e = runForward(ctx, e + 1, limit);
  return e;
}

/**
 * `kata Koordinator Divisi Hukum dan Penindakan Pelanggaran Bawaslu DKI Jakarta Muhammad Jufri`:
 * a title whose unit's name is joined by `dan` (a title word before it) runs on; the person ends
 * it. Null when the title at i has no such unit.
 */
function titleWithJoinedUnit(ctx: SpeakerContext, i: number, e: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (!ctx.titles.has(toks[i].low)) return null;
  let last = i;
  let e2 = e;
  while (e2 - 1 > last && ctx.titles.has(toks[e2 - 1].low) && lex.coordinators.includes(toks[e2]?.low ?? '') && nameToken(ctx, e2 + 1) && toks[e2 + 1].start < limit && adjacent(ctx, e2)) {
    last = e2 + 1;
    e2 = runForward(ctx, last, limit);
  }
  const c2 = last > i ? cleanRun(ctx, last, e2) : null;
  if (!c2) return null;
  // `kata Kabag Humas dan Protokol Pemkab Klungkung, Ketut Suadnyana`: the unit runs to the
  // comma; the person follows it.
  const named = toks[e2]?.text === ',' ? nameAfterComma(ctx, i, limit) : null;
  if (named) return named;
  const n = trailingPerson(ctx, c2);
  return ref(ctx, 'name', n[0], n[1]);
}

/**
 * `kata General Manager Pelindo III Tanjung Emas, Agus Hermawan`: a title run from i to e, then
 * the person after a comma; or null.
 */
function nameAfterTitleRun(ctx: SpeakerContext, i: number, e: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  const closes = toks[e]?.text === ',' || (toks[e]?.word && !isCap(toks[e]));
  return closes && toks.slice(i, e).some((x) => ctx.titles.has(x.low)) ? nameAfterComma(ctx, i, limit) : null;
}

/**
 * An organisation from i to e, then a role, then maybe the name: "U.S. Embassy official",
 * "Kremlin spokesman Dmitry Peskov". Null when no role follows.
 */
function roleAfterOrganisation(ctx: SpeakerContext, i: number, e: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  let roleAfterOrg = roleStartingAt(ctx, e);
  // `State Department deputy spokesman Richard Boucher`: a word narrowing the role, when the
  // person is named after it.
  if (roleAfterOrg === null && lex.roleModifiers.includes(toks[e]?.low ?? '') && toks[e].start < limit) {
    const r = roleStartingAt(ctx, e + 1);
    if (r !== null && isCap(toks[r]) && toks[r].start < limit) roleAfterOrg = r;
  }
  if (roleAfterOrg === null || toks[e].start >= limit) return null;
  if (isCap(toks[roleAfterOrg]) && toks[roleAfterOrg].start < limit) {
    const c2 = cleanRun(ctx, roleAfterOrg, runForward(ctx, roleAfterOrg, limit));
    if (c2) return ref(ctx, 'name', c2[0], c2[1]);
  }
  return ref(ctx, 'role', i, roleAfterOrg);
}

/**
 * The capitalized run from i to e: a name ("ujar Ali Mundakir, Wakil Presiden ...": the run
 * before the comma is the name already), or only a title ("kata Presiden"): a role.
 */
function nameOrTitle(ctx: SpeakerContext, i: number, e: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  const c0 = cleanRun(ctx, i, e);
  // A long run after a title is a unit, then the person (`Kepala Humas Polda Metro Jaya Argo
  // Yuwono`); without one it is a body's whole name (`Observatorium HAM Suriah`).
  const titled = toks.slice(i, e).some((x) => ctx.titles.has(x.low));
  const c = c0 && (titled ? trailingPerson(ctx, c0) : c0);
  if (c) return ref(ctx, 'name', c[0], c[1]);
  return nameAfterBrokenTitle(ctx, e, limit) ?? ref(ctx, 'role', i, e);
}

/**
 * `ujar Pelaksana tugas Gubernur DKI Jakarta, Djarot …`: a title ending at e broken by a lower-case
 * word or two goes on to the person named after the rest of it; or null.
 */
function nameAfterBrokenTitle(ctx: SpeakerContext, e: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  let q = e;
  while (q < e + 2 && toks[q]?.word && !isCap(toks[q]) && toks[q].start < limit && adjacent(ctx, q - 1) && plainWord(ctx, toks[q])) q++;
  if (q === e || !isCap(toks[q]) || toks[q].start >= limit || !adjacent(ctx, q - 1)) return null;
  const r = speakerAfter(ctx, q, limit);
  return r?.kind === 'name' ? r : null;
}

/**
 * `Kepala Badan X (BNX), Irjen Name`: a body's acronym in brackets before the comma that leads to
 * the person; the index of that comma, or `e` unchanged.
 */
function acronymBeforeComma(ctx: SpeakerContext, e: number): number {
  const { toks } = ctx;
  return toks[e]?.text === '(' && isCap(toks[e + 1]) && toks[e + 2]?.text === ')' && toks[e + 3]?.text === ',' ? e + 3 : e;
}

/** `yang (juga) (mantan) <role> … Name` at token e: the name the second role ends in, else null. */
function alsoRoleAt(ctx: SpeakerContext, e: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (!lex.relativePronouns.includes(toks[e]?.low ?? '')) return null;
  let q = e + 1;
  while (toks[q] && q < e + 4 && (lex.adverbs.includes(toks[q].low) || lex.formerMarkers.includes(toks[q].low))) q++;
  if (!toks[q] || toks[q].start >= limit || roleStartingAt(ctx, q) === null) return null;
  const r = speakerAfter(ctx, q, limit);
  return r?.kind === 'name' ? r : null;
}

/**
 * The person at the end of a cleaned run of four words or more that follows a title (`Penindakan
 * Pelanggaran Bawaslu DKI Jakarta Muhammad Jufri` -> `Muhammad Jufri`): the last word and up to
 * two before it, stopping at an acronym, a title word, or a word the article also prints in
 * another name or as a place (`Jakarta Timur`, `di Jakarta`), which belongs to the unit's name.
 */
export function trailingPerson(ctx: SpeakerContext, c: [number, number]): [number, number] {
  const { toks } = ctx;
  // Three words do when a body's acronym stands among them (`Pengawasan MA Sunarto`). An initial
  // and its dot are one word (`John R. Amoss` is three words, whole).
  let n = c[1] - c[0];
  for (let k = c[0] + 1; k < c[1]; k++) if (initialDot(toks, k)) n--;
  if (n < 3 || (n === 3 && !acronymAt(ctx, c[0] + 1))) return c;
  let a = c[1] - 1;
  let words = 1;
  while (a - 1 > c[0]) {
    const k = a - 1;
    const t = toks[k];
    // `Kim Min - ho`: a spaced hyphen and the piece after it belong to the word before.
    if (t.text === '-' || toks[k - 1]?.text === '-') {
      a = k;
      continue;
    }
    // An initial with its dot is one word (`Dana M. Tangkas`), taken whole: stepping onto the dot
    // alone could leave the run starting at it (`.S. Attorney` from `U.S. Attorney`).
    if (t.text === '.' && /^\p{Lu}$/u.test(toks[k - 1]?.text ?? '') && k - 1 >= c[0]) {
      if (words >= 3) break;
      a = k - 1;
      words++;
      continue;
    }
    if (words >= 3 || !isCap(t) || acronymAt(ctx, k) || ctx.titles.has(t.low) || ctx.lex.nameSuffixes.includes(t.low)) break;
    if (inOtherName(ctx, k)) break;
    a = k;
    words++;
  }
  return [a, c[1]];
}

/**
 * Is token k a body's acronym: three capitals or more (`DKI`, `BPTJ`), or two that the article
 * also prints on their own (`MA juga …`), unlike initials (`Ridha DM Wirakusumah`)?
 */
function acronymAt(ctx: SpeakerContext, k: number): boolean {
  const { toks } = ctx;
  const t = toks[k].text;
  if (/^\p{Lu}{3,}$/u.test(t)) return true;
  if (!/^\p{Lu}{2}$/u.test(t)) return false;
  return (ctx.wordIndex.get(t) ?? []).some((x) => x !== k && !isCap(toks[x + 1]) && !isCap(toks[x - 1]));
}

/**
 * Is the word at token k printed elsewhere inside another name (`Jakarta Timur`, `Gunung
 * Tambora`), as a place (`di Jakarta`) or ending the same unit without what follows it here
 * (`Polda Metro Jaya menahan`)? Then it belongs to a unit's name, not to a person's; a first name
 * printed alone (`ujar Budi.`) is not.
 */
export function inOtherName(ctx: SpeakerContext, k: number): boolean {
  const { toks } = ctx;
  return (ctx.wordIndex.get(toks[k].text) ?? []).some((x) => {
    if (x === k) return false;
    const prev = toks[x - 1];
    const next = toks[x + 1];
    const samePrev = isCap(prev) && prev.text === toks[k - 1]?.text;
    // A title before it (`Pak Joko`) is no other name.
    const named = (t: Tok | undefined) => isCap(t) && !ctx.titles.has(t!.low);
    return (
      (named(next) && adjacent(ctx, x) && next.text !== toks[k + 1]?.text) ||
      (named(prev) && adjacent(ctx, x - 1) && !samePrev) ||
      (samePrev && next?.text !== toks[k + 1]?.text) ||
      ctx.lex.locativePrepositions.includes(prev?.low ?? '')
    );
  });
}

/**
 * A web site ending at token j (`fitnessmagazine.com`, `detik.co.id`): words glued by dots, the
 * last a top-level domain. Returns its first index, or null.
 */
export function domainEndingAt(ctx: SpeakerContext, j: number): number | null {
  const { toks } = ctx;
  if (!toks[j]?.word || !/^(com|net|org|id|tv|info|io|co|uk)$/.test(toks[j].text)) return null;
  let k = j;
  while (k - 2 >= 0 && toks[k - 1].text === '.' && toks[k - 1].end === toks[k].start && toks[k - 2].end === toks[k - 1].start && toks[k - 2].word) k -= 2;
  return k < j ? k : null;
}

/**
 * A social-media handle at token i (`@budi_s`, as in `ujar akun @budi_s`): the `@` and the word
 * characters glued to it. Comments quoted from accounts are attributed to the handle.
 */
function handleAt(ctx: SpeakerContext, i: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  if (toks[i]?.text !== '@' || !toks[i + 1]?.word || toks[i + 1].start !== toks[i].end || toks[i + 1].start >= limit) return null;
  let e = i + 2;
  while (toks[e] && toks[e].start === toks[e - 1].end && (toks[e].word || (/^[_.]$/.test(toks[e].text) && toks[e + 1]?.word && toks[e + 1].start === toks[e].end))) e++;
  return ref(ctx, 'name', i, e);
}

/**
 * A speaker after a cue that opens with a lower-case noun that is not a known role:
 * `tambah pemain asal Papua itu` (a definite description: the person last named),
 * `sambung pelatih asal Prancis` (the role `pelatih`, looked up where it is printed with a name),
 * `Menurut dokter spesialis gizi …, Fiastuti Witjaksono, …` (the person after a comma),
 * `kata psikolog Lisa Firestone` (a few plain words, then the name). A bare class of people
 * (`kata warga Desa X`) is no one in particular.
 */
function commonNounSpeaker(ctx: SpeakerContext, i: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  const t = toks[i];
  if (!t?.word || isCap(t) || !plainWord(ctx, t)) return null;
  // `kata warga Desa X` names no one; a class that is also a person noun names the one after it
  // (`menurut peneliti Giuseppe Rossi`).
  if (lex.genericRoles.includes(t.low)) return lex.personNouns.includes(t.low) ? nameAfterWords(ctx, i + 1, limit) : null;
  // `ungkap penelitian dari Universitas Gadjah Mada`: a document or study speaks for the body that made it.
  if (lex.sourceNouns.includes(t.low)) {
    const issuer = issuerOfSource(ctx, i, limit);
    if (issuer) return issuer;
  }
  // `terang penelitian ini`: a study no one is named behind.
  const finding = lex.findingNouns.includes(t.low);
  // `pungkas pemain yang pernah … membela Brisbane Roar tersebut`: a person noun's relative clause may run longer.
  // `Menurut peraih medali emas Olimpiade Tokyo 2020 itu`: a description of up to eight words.
  // So may one holding a relative clause further on (`dosen pembimbing kedua mahasiswa UMM yang mendesain … tersebut`).
  const relative = toks.slice(i + 1, i + 8).some((x) => lex.relativePronouns.includes(x.low));
  const reach = lex.personNouns.includes(t.low) && relative ? 16 : 8;
  for (let q = i + 1; q <= i + reach && toks[q] && toks[q].start < limit; q++) {
    if (!toks[q].word) break;
    if (lex.demonstratives.includes(toks[q].low)) {
      const after = toks[q + 1];
      // `Menurut dosen pembimbing kedua mahasiswa itu, Budi Santoso, …`: the person in apposition.
      if (after?.text === ',' && !finding && nameToken(ctx, q + 2) && toks[q + 2].start < limit) {
        const c = cleanRun(ctx, q + 2, runForward(ctx, q + 2, limit));
        if (c && c[1] - c[0] >= 2) return ref(ctx, 'name', c[0], c[1]);
      }
      const ends = !after || after.start >= limit || !after.word || lex.stopAfterName.includes(after.low);
      // `ungkap penelitian tersebut` after `penelitian dari X`: the study named before, so its body.
      if (ends && finding && q === i + 1) return bodyOfEarlier(ctx, i);
      return ends && !finding ? ref(ctx, 'pronoun', i, q + 1) : null;
    }
  }
  // `ujar pria Kosta Rika yang …`: a Costa Rican man, described, not named.
  if (lex.bareNouns.includes(t.low) && nameToken(ctx, i + 1) && toks[i + 1].start < limit) return ref(ctx, 'pronoun', i, runForward(ctx, i + 1, limit));
  // `sambung pelatih asal Prancis`: the noun is a role, to be found printed with a name earlier.
  if (lex.originWords.includes(toks[i + 1]?.low ?? '')) return ref(ctx, 'role', i, i + 1);
  // From the noun itself: `tulis putrinya, Jamie Clark dalam …` (the noun alone, then the apposed name).
  const named = nameAfterComma(ctx, i, limit) ?? nameAfterWords(ctx, i + 1, limit);
  if (named) return named;
  // `kata konsultan penyakit lambung … dari FKUI / RSCM Dr. dr. Ari Fahrial Syam`: a long
  // description, then the person behind a title (no speech word on the way).
  let to = i + 1;
  while (to < i + 16 && toks[to] && toks[to].start < limit && !lex.cueVerbs.includes(toks[to].low) && !lex.reportingVerbs.includes(toks[to].low)) to++;
  for (let k = i + 1; k < to; k++) {
    if (!ctx.titles.has(toks[k].low)) continue;
    let n = k;
    while (n < to && (ctx.titles.has(toks[n].low) || toks[n].text === '.')) n++;
    if (!nameToken(ctx, n) || n >= to) continue;
    const c = cleanRun(ctx, n, Math.min(runForward(ctx, n, limit), to));
    if (c) return ref(ctx, 'name', c[0], c[1]);
  }
  return null;
}

/**
 * `pernyataan dari X`, `pernyataan resmi dari pihak klub X`: a statement speaks for the body that
 * issued it. A word or two may qualify the noun (`resmi`, `tertulis`), and a word or two in lower
 * case may stand before the body's name (`pihak`, `manajemen`, `klub`): who writes is still X.
 * `i` is the source noun; null unless the affiliation and a name follow within that reach.
 */
export function issuerOfSource(ctx: SpeakerContext, i: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  const lowerWord = (q: number) => !!toks[q]?.word && !isCap(toks[q]) && toks[q].start < limit && sameLine(ctx, q);
  let k = i + 1;
  while (k <= i + 2 && lowerWord(k) && !lex.affiliation.includes(toks[k].low) && !lex.stopAfterName.includes(toks[k].low) && !lex.demonstratives.includes(toks[k].low) && !lex.relativePronouns.includes(toks[k].low)) k++;
  if (!lex.affiliation.includes(toks[k]?.low ?? '') || !sameLine(ctx, k)) return null;
  let n = k + 1;
  while (n <= k + 2 && lowerWord(n) && !lex.stopAfterName.includes(toks[n].low) && !lex.demonstratives.includes(toks[n].low)) n++;
  if (!nameToken(ctx, n) || toks[n].start >= limit || !sameLine(ctx, n)) return null;
  const c = cleanRun(ctx, n, runForward(ctx, n, limit));
  return c ? ref(ctx, 'name', c[0], c[1]) : null;
}

/** The body named at the last `<noun> <affiliation> X` (`penelitian dari X`) before the noun at token i, or null. */
function bodyOfEarlier(ctx: SpeakerContext, i: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  for (let k = i - 1; k >= 0; k--) {
    if (toks[k].low !== toks[i].low || !lex.affiliation.includes(toks[k + 1]?.low ?? '') || !nameToken(ctx, k + 2)) continue;
    const c = cleanRun(ctx, k + 2, runForward(ctx, k + 2, toks[i].start));
    return c ? ref(ctx, 'name', c[0], c[1]) : null;
  }
  return null;
}

/**
 * Up to three lower-case plain words from token `from`, then a name (`ekonom senior Faisal Basri`);
 * none when those words say where the person is from (`pelatih asal Prancis`).
 */
function nameAfterWords(ctx: SpeakerContext, from: number, limit: number): SpeakerRef | null {
  const { toks } = ctx;
  let q = from;
  while (q < from + 3 && toks[q]?.word && !isCap(toks[q]) && toks[q].start < limit && adjacent(ctx, q - 1) && plainWord(ctx, toks[q])) q++;
  // `pelatih asal Prancis`: the name after a word of origin is a place, not the person.
  if (toks.slice(from, q).some((x) => ctx.lex.originWords.includes(x.low))) return null;
  // `Menurut ketua panitia kegiatan tersebut Dewa Ketut Soma …`: the words may close with a
  // demonstrative before the name (copy that dropped the commas); a full name must follow then.
  const pointed = ctx.lex.demonstratives.includes(toks[q]?.low ?? '') && toks[q].start < limit && adjacent(ctx, q - 1);
  if (pointed) q++;
  if (nameToken(ctx, q) && toks[q].start < limit && adjacent(ctx, q - 1)) {
    const c = cleanRun(ctx, q, runForward(ctx, q, limit));
    if (c && (!pointed || c[1] - c[0] >= 2)) return ref(ctx, 'name', c[0], c[1]);
  }
  return null;
}

/**
 * `The Cape Argus newspaper in Cape Town reported`, `X of Y Group in Silicon Valley said`: a place
 * of one to three capitalized words after a preposition of place, closing a subject that ends in a
 * name or a party noun. The index before the preposition, or j unchanged.
 */
function pastPlace(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks, lex } = ctx;
  if (j <= floor || !isCap(toks[j])) return j;
  let m = j;
  while (m - 1 > floor && j - m < 2 && isCap(toks[m - 1]) && adjacent(ctx, m - 1)) m--;
  const p = toks[m - 1]?.low ?? '';
  if (m - 2 < floor || !lex.locativePrepositions.includes(p) || lex.comitatives.includes(p) || lex.infinitiveMarkers.includes(p)) return j;
  const h = toks[m - 2];
  if (!isCap(h) && !lex.partyNouns.includes(h.low)) return j;
  // The subject is all names, articles, `of` and that party noun (not `Men … at the X Club in Y said`).
  const plain = (x: Tok) => isCap(x) || !x.word || isDefinite(ctx, x.low) || lex.affiliation.includes(x.low) || x === h;
  return toks.slice(floor, m - 1).every(plain) ? m - 2 : j;
}

/**
 * `the Kremlin statement`, `a Defence Ministry statement` ending at the message noun at token j: an
 * article, one to three capitalized words (no nationality: `a French statement`), the noun. The
 * body's name, or null.
 */
export function issuerOfMessage(ctx: SpeakerContext, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (!lex.messageNouns.includes(toks[j]?.low ?? '') || isCap(toks[j])) return null;
  let a = j;
  while (a - 1 >= floor && a > j - 4 && isCap(toks[a - 1]) && toks[a - 1].word && !/['’]s$/.test(toks[a - 1].text) && adjacent(ctx, a - 1)) a--;
  const article = toks[a - 1]?.low ?? '';
  const isArticle = isDefinite(ctx, article) || lex.articles.indefinite.includes(article);
  if (a === j || a - 1 < floor || !isArticle || (a === j - 1 && ctx.demonyms.has(toks[a].text))) return null;
  return ref(ctx, 'name', a, j);
}

/**
 * Up to four lower-case plain words from token `from` (a job: `advanced threat researcher`), then a
 * name of two words or more, maybe behind a title (`Lt. Gerry Scherlinck`), that ends the clause
 * (not a run that goes on into a clause of its own).
 */
function staffAfterOrg(ctx: SpeakerContext, from: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  // Not a verb (`kata X menanggapi Rapat Kabinet`): a job is nouns.
  const verb = (w: string) => lex.activePrefixes.some((p) => w.startsWith(p) && w.length > p.length + 3);
  let q = from;
  while (q < from + 4 && toks[q]?.word && !isCap(toks[q]) && toks[q].start < limit && adjacent(ctx, q - 1) && plainWord(ctx, toks[q]) && !verb(toks[q].low)) q++;
  if (q === from || !nameToken(ctx, q) || toks[q].start >= limit || !adjacent(ctx, q - 1)) return null;
  return clauseEndingName(ctx, q, limit);
}

/**
 * The name run starting at token `q` when it ends the clause (the limit, a comma or stop, a word
 * that follows names): two words or more, or one that `singleName` allows when `oneWord`.
 */
function clauseEndingName(ctx: SpeakerContext, q: number, limit: number, oneWord = false): SpeakerRef | null {
  const { toks, lex } = ctx;
  const e = runForward(ctx, q, limit);
  const c = cleanRun(ctx, q, e);
  const after = toks[e];
  const ends = !after || after.start >= limit || /^[,.;]$/.test(after.text) || lex.stopAfterName.includes(after.low);
  return c && ends && (c[1] - c[0] >= 2 || (oneWord && singleName(ctx, c[0]))) ? ref(ctx, 'name', c[0], c[1]) : null;
}

/**
 * Words of a role from token `from` (no speech verb among them), a comma, then a name of two words
 * or more that ends the clause or its apposition (`CEO dan pendiri Bukalapak, Achmad Zaky.`); not
 * `pengamat Faisal Basri, Indonesia akan …`, where the run after the comma opens a clause.
 */
function nameAfterComma(ctx: SpeakerContext, from: number, limit: number, oneWord = false): SpeakerRef | null {
  const { toks, lex } = ctx;
  let q = from;
  while (q < from + 10 && toks[q] && toks[q].start < limit && (toks[q].word || /^[-()/]$/.test(toks[q].text))) {
    const w = toks[q].low;
    if (lex.cueVerbs.includes(w) || lex.reportingVerbs.includes(w) || (lex.stopAfterName.includes(w) && !lex.coordinators.includes(w))) return null;
    q++;
  }
  if (q === from || toks[q]?.text !== ',' || !nameToken(ctx, q + 1) || toks[q + 1].start >= limit) return null;
  return clauseEndingName(ctx, q + 1, limit, oneWord);
}

/**
 * One word that can be a person's whole name after a role and its comma (`kata Pimpinan grup tari
 * X, Dahanan saat ditemui`: many Indonesians go by one name): not a day or month, not a word the
 * pack knows is no name, not an acronym (`…, KPU`: a body).
 */
function singleName(ctx: SpeakerContext, k: number): boolean {
  const t = ctx.toks[k];
  return t.text.length >= 3 && !ctx.calendar.has(t.low) && !ctx.notName.has(t.low) && t.text !== t.text.toUpperCase();
}

/** A content word that may narrow a role: not a stopword, pronoun, cue word or speech verb. */
function plainWord(ctx: SpeakerContext, t: Tok): boolean {
  const { lex } = ctx;
  return (
    !ctx.notName.has(t.low) &&
    !lex.stopAfterName.includes(t.low) &&
    !lex.pronouns.includes(t.low) &&
    !lex.groupPronouns.includes(t.low) &&
    !lex.audience.includes(t.low) &&
    !lex.cueVerbs.includes(t.low) &&
    !lex.reportingVerbs.includes(t.low)
  );
}

function usedElsewhereAlone(ctx: SpeakerContext, a: number): boolean {
  const idx = ctx.wordIndex.get(ctx.toks[a].text) ?? [];
  return idx.some((i) => i !== a && !isCap(ctx.toks[i + 1]) && !isCap(ctx.toks[i - 1]));
}

/**
 * `Alan Arnette --yang merupakan penulis … - - menduga`: from the dash closing an aside between
 * dashes at token j, the name before the aside; j unchanged otherwise.
 */
function skipDashAside(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks } = ctx;
  if (j <= floor || !isDash(toks[j])) return j;
  let open = j;
  while (open > floor && isDash(toks[open])) open--;
  while (open > floor && j - open < 25 && !isDash(toks[open])) open--;
  if (open <= floor || !isDash(toks[open])) return j;
  while (open > floor && isDash(toks[open - 1])) open--;
  return nameToken(ctx, open - 1) ? open - 1 : j;
}

/**
 * Skips time between a subject and its verb, ending at j: a weekday or month with the words that
 * open it (`pada hari Jumat`, `on Friday`), a date in brackets after it (`Rabu (19/6)`), a day
 * number before a month (`12 Maret`), a year after an opener or a month (`pada 2015`, `Maret 2015`).
 */
function skipTime(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks, lex } = ctx;
  const opener = (k: number) => k >= floor && lex.timeOpeners.includes(toks[k].low);
  const year = (k: number) => k >= floor && /^(1[89]|20)\d\d$/.test(toks[k].text);
  for (let guard = 0; guard < 4 && j >= floor; guard++) {
    let k = j;
    if (toks[k].text === ')') {
      let o = k - 1;
      while (o > floor && toks[o].text !== '(' && k - o < 12) o--;
      if (toks[o].text !== '(' || o <= floor || !ctx.calendar.has(toks[o - 1].low)) break;
      k = o - 1;
    }
    // In lower case: `Tahun 1974` closing a statute's designation is its name, not a time.
    if (year(k) && ((opener(k - 1) && !isCap(toks[k - 1])) || ctx.calendar.has(toks[k - 1]?.low ?? ''))) k--;
    else if (ctx.calendar.has(toks[k].low)) {
      k--;
      if (k >= floor && /^\d{1,2}$/.test(toks[k].text)) k--;
    } else break;
    while (opener(k) || (k >= floor && lex.dayDeterminers.includes(toks[k].low))) k--;
    j = skipAdverbs(ctx, k, floor);
  }
  return j;
}

/**
 * `Budi Santoso seusai pertemuan dengan Presiden Joko Widodo mengatakan`, `Budi di hadapan anggota
 * Komisi IV DPR mengatakan`: a name opening the clause, then an adjunct ending at j that opens with
 * a preposition or subordinator (no comma, relative pronoun, conjunction or verb of speech in it):
 * the names in the adjunct are no subject. The index of the opening name's last token, or j
 * unchanged. Only a plain name (no title, role or class of people, which a name after the adjunct's
 * place may complete), not an affiliation (`Bank of America`, `X dari Y`), read elsewhere.
 */
function pastAdjunct(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks, lex } = ctx;
  const speech = (w: string) => lex.cueVerbs.includes(w) || lex.reportingVerbs.includes(w) || lex.weakReportingVerbs.includes(w);
  const opener = (t: Tok) => t.word && !isCap(t) && lex.stopAfterName.includes(t.low) && ![...lex.relativePronouns, ...lex.coordinators, ...lex.affiliation].includes(t.low) && !speech(t.low);
  let p = -1;
  for (let q = j; q > floor && q >= j - 12; q--) {
    const t = toks[q];
    if ((!t.word && !/^[()/.]$/.test(t.text)) || lex.relativePronouns.includes(t.low) || lex.coordinators.includes(t.low) || speech(t.low)) break;
    if (opener(t) && nameToken(ctx, q - 1) && adjacent(ctx, q - 1)) p = q;
  }
  // A phrase, not a name's own preposition and field (`High Commissioner for Human Rights said`).
  if (p < 0 || !toks.slice(p + 1, j + 1).some((t) => t.word && !isCap(t))) return j;
  const r = runBackward(ctx, p - 1, floor);
  // The name opens the clause: the sentence, a connective at its start, or the comma after a
  // fronted phrase with no name (`Pada kesempatan yang sama, X …`; not `X saat berkunjung ke
  // Tallinn, Estonia di …`, a place list inside the adjunct).
  const fronted = toks[r - 1]?.text === ',' && toks.slice(floor + 1, r - 1).every((t) => !isCap(t));
  const opens = r === floor || fronted || (r - 1 === floor && (lex.connectives.includes(toks[floor].low) || ctx.notName.has(toks[floor].low)));
  // Not an institution after its article (`The Institute for the Study of War`).
  const plain = !isDefinite(ctx, toks[r].low) && !lex.articles.indefinite.includes(toks[r].low) && toks.slice(r, p).every((t) => !ctx.titles.has(t.low) && !lex.personNouns.includes(t.low) && !lex.genericRoles.includes(t.low) && !ctx.roles.some((x) => x.includes(t.low)));
  // A lone first word the text never capitalizes elsewhere is a common word (`Penelitian di …`).
  const lone = p - r === 1 && sentenceInitial(ctx, r) && !(ctx.wordIndex.get(toks[r].text) ?? []).some((k) => k !== r && !sentenceInitial(ctx, k));
  const c = opens && plain && !lone ? cleanRun(ctx, r, p) : null;
  return c && c[1] === p ? p - 1 : j;
}

/**
 * What one reading of a subject decides: the speaker; `null` when the reading applies and names no
 * one, so no other reading is tried; `undefined` when it does not apply and the next one is tried.
 */
type Reading = SpeakerRef | null | undefined;

/**
 * The subject of a reporting verb at token `v` (`Lavrov mengungkapkan`, `Ia menyebut`,
 * `Dmitry Peskov, juru bicara Kremlin, menambahkan`, `Choe, dalam tanggapannya, menegaskan`).
 * `floor` is the first token of the sentence. The readings are tried in order: the first that
 * applies decides.
 */
export function speakerBefore(ctx: SpeakerContext, v: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  let j = subjectEnd(ctx, v, floor);
  if (j < floor || documentDesignationAt(ctx, j, floor)) return null;
  j = pastBodyNumber(ctx, j, floor);
  const led = leaderOfTeam(ctx, j, floor);
  if (led) return led;
  // `Lansiran artikel dari fitnessmagazine.com menjelaskan`: a web site, in lower case.
  const dom = domainEndingAt(ctx, j);
  if (dom !== null && dom >= floor) return ref(ctx, 'name', dom, j + 1);
  j = pastAbbreviationDot(ctx, j, floor);
  const t = toks[j];
  if (lex.relativePronouns.includes(t.low)) return nameBeforeRelativePronoun(ctx, j, floor);
  if (lex.pronouns.includes(t.low)) return ref(ctx, 'pronoun', j, j + 1);
  const holder = holderOfDescribedBody(ctx, j, floor);
  if (holder) return holder;
  const again = partySpokenOfAgain(ctx, j, floor);
  if (again !== undefined) return again;
  const party = partyNamedOrDescribed(ctx, j, floor);
  if (party !== undefined) return party;
  if (lex.groupPronouns.includes(t.low)) return ref(ctx, 'group', j, j + 1);
  if (t.text === ',') return commaClauseHead(ctx, j, floor) ?? appositiveSubject(ctx, j, floor);
  if (t.text === ')') return subjectBeforeBracket(ctx, j, floor);
  // `nameToken`, not `isCap`: a name may end in a particle word (`Ali al-Naimi told`).
  if (nameToken(ctx, j)) return namedSubject(ctx, j, floor);
  return commonWordSubject(ctx, j, floor);
}

/**
 * The last token of the subject of the verb at `v`, past what may stand between them: adverbs,
 * manner and channel phrases, an aside, a time, an adjunct, degrees after the name, a place.
 */
function subjectEnd(ctx: SpeakerContext, v: number, floor: number): number {
  let j = v - 1;
  // Adverbs, manner and channel phrases between subject and verb ("Putin sempat mengungkap",
  // "Ia bahkan tanpa ragu menyebut", "X dalam siaran pers menuturkan").
  // In any order: `X sendiri dalam wawancara dengan GQ pada 2015 mengakui`.
  for (let prev = -2; prev !== j; ) {
    prev = j;
    j = skipModifiers(ctx, j, floor);
    j = skipDashAside(ctx, j, floor);
    j = skipTime(ctx, j, floor);
  }
  j = pastAdjunct(ctx, j, floor);
  j = pastDegrees(ctx, j, floor);
  return pastPlace(ctx, j, floor);
}

/**
 * `Undang-Undang Nomor 1 Tahun 1974 menegaskan`, `Resolusi PBB Nomor 2334 Tahun 2016 juga
 * menggarisbawahi`: does a document's designation (word, number, word, year) end at token j? It is
 * the document's own text, which the gold takes from no one named.
 */
function documentDesignationAt(ctx: SpeakerContext, j: number, floor: number): boolean {
  const { toks } = ctx;
  const num = (k: number) => /^\d[\d./-]*$/.test(toks[k]?.text ?? '');
  return j - 3 >= floor && /^\d{4}$/.test(toks[j].text) && isCap(toks[j - 1]) && num(j - 2) && isCap(toks[j - 3]);
}

/** `Dewan Pembina Parfi 56 mengatakan`: past a number closing a body's name (not a date's year) at token j. */
function pastBodyNumber(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks } = ctx;
  const closesName = j - 1 >= floor && /^\d{1,4}$/.test(toks[j].text) && isCap(toks[j - 1]) && adjacent(ctx, j - 1) && !ctx.calendar.has(toks[j - 1].low);
  return closesName ? j - 1 : j;
}

/** `Jim Park and his team wrote`: the named person leads the people around them. */
function leaderOfTeam(ctx: SpeakerContext, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (j - 3 < floor || !toks[j].word || isCap(toks[j]) || !lex.possessives.includes(toks[j - 1].low) || !lex.coordinators.includes(toks[j - 2].low) || !nameToken(ctx, j - 3)) return null;
  const led = speakerBefore(ctx, j - 2, floor);
  return led?.kind === 'name' ? led : null;
}

/** `Hewlett-Packard Co. said`: the abbreviation's period at token j closes the name; the name ends before it. */
function pastAbbreviationDot(ctx: SpeakerContext, j: number, floor: number): number {
  const { toks, lex } = ctx;
  const closesName = toks[j].text === '.' && j - 1 >= floor && isCap(toks[j - 1]) && lex.nameSuffixes.includes(toks[j - 1].low) && toks[j - 1].end === toks[j].start;
  return closesName ? j - 1 : j;
}

/**
 * A relative pronoun at token j before the verb: the name it follows speaks.
 * `…, Kepala Bandara X, Suparman yang mengatakan …`: a relative clause on a name.
 * `…, his doctor, John R. Amoss, who said …`: a non-restrictive clause after the name's comma.
 */
function nameBeforeRelativePronoun(ctx: SpeakerContext, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  const comma = j - 2 >= floor && toks[j - 1].text === ',' && nameToken(ctx, j - 2) && !lex.complementizers.includes(toks[j].low);
  if (!comma && (j - 1 < floor || !nameToken(ctx, j - 1))) return null;
  const named = speakerBefore(ctx, comma ? j - 1 : j, floor);
  // Not a thing named after an article (`seamen on board the MV Gibe, who said …`).
  if (comma && named && isDefinite(ctx, toks[tokenAt(toks, named.start) - 1]?.low ?? '')) return null;
  return named?.kind === 'name' ? named : null;
}

/**
 * A party the text named before, spoken of again by the word at token j: `it said`, `the company
 * said`, a message whose issuer speaks (`the statement said`, `the Kremlin statement said`).
 */
function partySpokenOfAgain(ctx: SpeakerContext, j: number, floor: number): Reading {
  const { toks, lex } = ctx;
  const t = toks[j];
  if (lex.partyPronouns.includes(t.low)) return ref(ctx, 'definite', j, j + 1);
  if (lex.partyNouns.includes(t.low) && j - 1 >= floor && toks[j - 1].low === 'the') return partyOwnsHead(ctx, j - 1, floor) ? null : ref(ctx, 'definite', j - 1, j + 1);
  // The issuer of `the statement` is resolved in index.ts.
  if (lex.messageNouns.includes(t.low) && j - 1 >= floor && isDefinite(ctx, toks[j - 1].low)) return ref(ctx, 'definite', j - 1, j + 1);
  // `a Defence Ministry statement said`: the body named before the message.
  return issuerOfMessage(ctx, j, floor) ?? undefined;
}

/**
 * A party named or described before its noun at token j: `The Gazette newspaper said`, `The Dutch
 * chemical group said`, `Russia's foreign ministry said`, `The Cape Argus newspaper reported`, or the
 * noun alone opening the sentence (`Perusahaan juga mengaku`).
 */
function partyNamedOrDescribed(ctx: SpeakerContext, j: number, floor: number): Reading {
  const { toks, lex } = ctx;
  const t = toks[j];
  const partyNoun = lex.partyNouns.includes(t.low);
  // `The Gazette newspaper said`: one capitalized word, no nationality (`The Dutch newspaper`),
  // between the article and a party noun is that party's name.
  if (partyNoun && !isCap(t) && j - 2 >= floor && isCap(toks[j - 1]) && toks[j - 1].word && !ctx.demonyms.has(toks[j - 1].text) && isDefinite(ctx, toks[j - 2].low)) {
    return ref(ctx, 'name', j - 1, j);
  }
  // `The Dutch chemical group said`, `The computer maker said`: a described party, spoken of again.
  const described = partyDescriptionStart(ctx, j, floor);
  // `Russia's foreign ministry said`: a state's body speaks for the state that owns it.
  if (described !== null && lex.bodies.includes(t.low) && isCap(toks[described]) && /['’]s$/.test(toks[described].text)) {
    const d = toks[described];
    return { kind: 'name', start: d.start, end: d.end - 2, text: ctx.text.slice(d.start, d.end - 2) };
  }
  if (described !== null) return partyOwnsHead(ctx, described, floor) ? null : ref(ctx, 'definite', described, j + 1);
  // `The Cape Argus newspaper reported`: a name of two words or more before a party noun, after the
  // article, is that party.
  if (partyNoun && !isCap(t) && j - 2 > floor && isCap(toks[j - 1]) && isCap(toks[j - 2])) {
    let m = j - 1;
    while (m - 1 > floor && isCap(toks[m - 1]) && toks[m - 1].word) m--;
    if (isDefinite(ctx, toks[m - 1].low)) {
      const c = cleanRun(ctx, m, j);
      if (c) return ref(ctx, 'name', c[0], c[1]);
    }
  }
  // `Perusahaan juga mengaku`: the noun alone opening the sentence (a language without articles).
  if (partyNoun && j === floor) return ref(ctx, 'definite', j, j + 1);
  return undefined;
}

/**
 * "Pemerintah Amerika Serikat (AS) menuduh": the subject before the bracket closing at token j,
 * read from the word before the bracket as it would be at the verb.
 */
function subjectBeforeBracket(ctx: SpeakerContext, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  let k = j - 1;
  while (k >= floor && toks[k].text !== '(') k--;
  if (k <= floor) return null;
  // `Kementerian Energi dan Sumber Daya Mineral (ESDM) menampik`: a name joined by `dan` is
  // best named by its acronym (digits too: `AP3I`).
  const acr = k + 2 === j && ACRONYM.test(toks[k + 1].text);
  if (acr && nameToken(ctx, k - 1) && lex.coordinators.includes(toks[runBackward(ctx, k - 1, floor) - 1]?.low ?? '')) return ref(ctx, 'name', k + 1, k + 2);
  if (nameToken(ctx, k - 1)) return namedSubject(ctx, k - 1, floor);
  return commonWordSubject(ctx, k - 1, floor);
}

/** The subject whose capitalized run ends at token j: a person, a body, a role or no one. */
function namedSubject(ctx: SpeakerContext, j: number, floor: number): SpeakerRef | null {
  const a = runBackward(ctx, j, floor);
  const body = bodyNameStart(ctx, a, floor);
  if (body < a) return ref(ctx, 'name', body, j + 1);
  const held = holderOfBody(ctx, a, j, floor);
  if (held) return held;
  const people = peopleOfOrigin(ctx, a, j, floor);
  if (people !== undefined) return people;
  // `Rafinha yang ditunjuk sebagai kapten saat menghadapi Hercules mengaku`, `Fathur yang juga
  // Rektor Universitas X menegaskan`: a name before the relative clause is its head, and the
  // subject; the name at the verb is inside the clause.
  const head = relativeHead(ctx, a, floor);
  if (head) return relativeClauseSubject(ctx, head);
  if (inRelativeClause(ctx, a, floor)) return null;
  const person =
    nameBeforeTitle(ctx, a, floor) ??
    nameBeforeCapacity(ctx, a, floor) ??
    personAfterTitleField(ctx, a, j, floor) ??
    personBeforeAffiliation(ctx, a, j, floor) ??
    personBeforeCitation(ctx, a, floor);
  if (person) return person;
  const run = personInRun(ctx, a, j, floor);
  return run !== undefined ? run : titlesAlone(ctx, a, j);
}

/** The subject a relative clause's head names: a name, or a common word's person (`Pria yang …`). */
function relativeClauseSubject(ctx: SpeakerContext, head: SpeakerRef): SpeakerRef | null {
  return commonWordHead(ctx, head) ? describedHead(ctx, head) : head;
}

/**
 * A noun of people before the name at `a`, which is then their origin, not a speaker.
 * `pemain asal Brasil menyebut`: a person described by origin (the person, not the place).
 * `lima orang Amerika dalam jajak pendapat mengatakan`, `pria Kosta Rika itu`: a noun of sex, age or
 * people before a name takes its origin; no one is named.
 */
function peopleOfOrigin(ctx: SpeakerContext, a: number, j: number, floor: number): Reading {
  const { toks, lex } = ctx;
  if (a - 2 >= floor && lex.originWords.includes(toks[a - 1].low) && lex.personNouns.includes(toks[a - 2].low) && !isCap(toks[a - 2])) return ref(ctx, 'pronoun', a - 2, j + 1);
  if (a - 1 >= floor && lex.bareNouns.includes(toks[a - 1].low) && !isCap(toks[a - 1])) return null;
  return undefined;
}

/**
 * `sejumlah analis yang disurvei (oleh) Bloomberg memprediksi`: does the name at `a` belong to a
 * relative clause (a relative pronoun among the few lower-case words before it)? The subject is then
 * the noun before the clause. Not past `maka`, which opens the main clause after a fronted condition
 * (`Jika ada yang melanggar maka Rudi berkata …`).
 */
function inRelativeClause(ctx: SpeakerContext, a: number, floor: number): boolean {
  const { toks, lex } = ctx;
  for (let q = a - 1; q >= Math.max(floor, a - 3) && toks[q].word && !isCap(toks[q]) && !lex.mainClauseOpeners.includes(toks[q].low); q--) {
    if (lex.relativePronouns.includes(toks[q].low)) return true;
  }
  return false;
}

/**
 * `Secretary of State Madeleine Albright said`: `of` inside a title before the run at `a`; the
 * person follows the title's field (one word).
 */
function personAfterTitleField(ctx: SpeakerContext, a: number, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (a - 2 < floor || j - a < 2 || !lex.affiliation.includes(toks[a - 1].low) || !isCap(toks[a - 2]) || !ctx.titles.has(toks[a - 2].low)) return null;
  const c = cleanRun(ctx, a + 1, j + 1);
  if (!c) return null;
  const n = trailingPerson(ctx, c);
  return ref(ctx, 'name', n[0], n[1]);
}

/**
 * "James Williams dari WTRG mengatakan": the person before the affiliation whose body is the run
 * at `a`; not when a title inside the run names the person after it (`Guru Besar … dari
 * Universitas X Profesor Y mengatakan`).
 */
function personBeforeAffiliation(ctx: SpeakerContext, a: number, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (a - 2 < floor || !lex.affiliation.includes(toks[a - 1].low) || !isCap(toks[a - 2]) || titledPersonIn(ctx, a, j)) return null;
  const a2 = runBackward(ctx, a - 2, floor);
  // `The Organization of African Unity said`: after a definite article, one name of an institution.
  if (toks[a2].low === 'the' && a2 + 1 < a - 1) return ref(ctx, 'name', a2 + 1, j + 1);
  if (toks[a2 - 1]?.low === 'the' && a2 - 1 >= floor) return ref(ctx, 'name', a2, j + 1);
  const c = cleanRun(ctx, a2, a - 1);
  return c ? ref(ctx, 'name', c[0], c[1]) : null;
}

/** "Ali al-Naimi seperti dikutip Dow Jones Newswires mengatakan": the person before the citation of the run at `a`. */
function personBeforeCitation(ctx: SpeakerContext, a: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  for (const cue of lex.citeCues) {
    const w = cue.split(/\s+/);
    const s0 = a - w.length;
    if (s0 - 1 < floor) continue;
    if (w.every((x, k) => toks[s0 + k].low === x) && nameToken(ctx, s0 - 1)) {
      const c = cleanRun(ctx, runBackward(ctx, s0 - 1, floor), s0);
      if (c) return ref(ctx, 'name', c[0], c[1]);
    }
  }
  return null;
}

/** The person the run `[a, j]` names, cleaned of what is no name: at its end when the run is long. */
function personInRun(ctx: SpeakerContext, a: number, j: number, floor: number): Reading {
  const c = cleanRun(ctx, a, j + 1);
  if (!c) return undefined;
  // `Analis mengatakan`: a bare class of people at the sentence start is no one in particular.
  if (bareGeneric(ctx, c, floor)) return null;
  // `Kepala Balai Taman Nasional Tambora Budi Kurniawan memprediksi`: a long run ends in the person.
  const n = trailingPerson(ctx, pastFrontedPlace(ctx, a, c));
  return ref(ctx, 'name', n[0], n[1]);
}

/** A run `[a, j]` of titles only ("Presiden mengatakan") or a connector: the role, else no one. */
function titlesAlone(ctx: SpeakerContext, a: number, j: number): SpeakerRef | null {
  const { toks } = ctx;
  const roleStart = roleEndingAt(ctx, j);
  if (roleStart !== null) return ref(ctx, 'role', roleStart, j + 1);
  // `Ratu melanjutkan` after `Sekretaris Jenderal Ratu Tisha Destria`: a capitalized title word
  // that is no role phrase is still read as one, like `kata Ratu` after the quote.
  let s = a;
  while (s <= j && !ctx.titles.has(toks[s].low)) s++;
  return s <= j && toks.slice(s, j + 1).every((x) => isCap(x) && ctx.titles.has(x.low)) ? ref(ctx, 'role', s, j + 1) : null;
}

/** The subject ending in the common word at token j: a relative clause's head, a description, a role, a body or a definite noun. */
function commonWordSubject(ctx: SpeakerContext, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  const t = toks[j];
  // `…, Lee yang tahun ini berusia 94 tahun mengungkap`: a relative clause ending in a common word
  // before the verb; the name heading it, opening its clause, is the subject (not a name inside a
  // phrase: `dalam pidato atas nama Raja Abdullah yang sedang sakit … mengatakan`).
  if (t.word && !isCap(t)) {
    const head = relativeHead(ctx, j + 1, floor);
    if (head && opensClause(ctx, head, floor)) return relativeClauseSubject(ctx, head);
  }
  const called = nameGivenInDescription(ctx, j, floor);
  if (called) return called;
  // `Pria yang juga menjabat sebagai Wakil Ketua Komisi III itu menilai`, `Mantan Menteri Energi
  // itu mengaku`: a description, then a demonstrative: the person last named.
  if (lex.demonstratives.includes(t.low)) {
    const h = descriptionHead(ctx, floor, j);
    if (h !== null) return ref(ctx, 'pronoun', h, j + 1);
  }
  const role = lowerCaseRole(ctx, j, floor);
  if (role !== undefined) return role;
  return bodySpokenOf(ctx, j, floor) ?? definiteSubject(ctx, j, floor);
}

/**
 * `juru bicara yang bernama Budi Santoso itu mengatakan`: a description that gives the name, closed
 * by the demonstrative at token j; the name is the subject, not a party named before the description.
 */
function nameGivenInDescription(ctx: SpeakerContext, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (!lex.demonstratives.includes(toks[j].low) || j - 1 <= floor || !nameToken(ctx, j - 1)) return null;
  const b = runBackward(ctx, j - 1, floor);
  if (b - 1 < floor || !lex.namedParticiples.includes(toks[b - 1].low)) return null;
  const c = cleanRun(ctx, b, j);
  return c ? ref(ctx, 'name', c[0], c[1]) : null;
}

/** A lower-case role ending at token j, with its demonstrative: "juru bicara itu mengatakan", "the spokesman said". */
function lowerCaseRole(ctx: SpeakerContext, j: number, floor: number): Reading {
  const { toks, lex } = ctx;
  const e = lex.demonstratives.includes(toks[j].low) ? j - 1 : j;
  if (e < floor) return undefined;
  const rs = roleEndingAt(ctx, e);
  if (rs === null) return undefined;
  // `para analis mengatakan` (no demonstrative): a class of people, not a speaker.
  if (e === j && rs === e && lex.genericRoles.includes(toks[e].low)) return null;
  if (rs < floor) return undefined;
  const s = rs > floor && (toks[rs - 1].low === 'the' || toks[rs - 1].low === 'sang') ? rs - 1 : rs;
  return ref(ctx, 'role', s, j + 1);
}

/** A state's body named by its noun at token j (`the Cuban government maintains`, `The government claims`). */
function bodySpokenOf(ctx: SpeakerContext, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  const t = toks[j];
  if (!lex.bodies.includes(t.low)) return null;
  // `the Cuban government maintains`: a body named by the capitalized words before its noun.
  if (j - 1 >= floor && isCap(toks[j - 1]) && !sentenceInitial(ctx, j - 1)) {
    let m = j - 1;
    while (m - 1 >= floor && isCap(toks[m - 1]) && !sentenceInitial(ctx, m - 1) && j - m < 3) m--;
    if (toks[m - 1]?.low === 'the') return ref(ctx, 'name', m, j + 1);
  }
  // `The government claims …`: a state's body spoken of again (resolved in index.ts to the state
  // the text named with it, if any).
  return !isCap(t) && j - 1 >= floor && isDefinite(ctx, toks[j - 1].low) ? ref(ctx, 'definite', j - 1, j + 1) : null;
}

/** "Kartel itu menyatakan": a common noun ending at token j pointing back at a named party. */
function definiteSubject(ctx: SpeakerContext, j: number, floor: number): SpeakerRef | null {
  const { toks } = ctx;
  const d = definiteEndingAt(ctx, j, floor);
  return d !== null && (d === floor || !toks[d - 1].word || ctx.notName.has(toks[d - 1].low)) ? ref(ctx, 'definite', d, j + 1) : null;
}

/**
 * `Lina Marlina selaku Ketua Panitia Festival mengatakan`: the name before a capacity marker, when
 * the words from the marker to the run at `a` are a role (a title or lower-case words); the run is
 * then the role's body, not the speaker.
 */
function nameBeforeCapacity(ctx: SpeakerContext, a: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  for (let m = a - 1; m - 1 >= floor && m >= a - 6 && toks[m].word; m--) {
    if (!lex.capacityMarkers.includes(toks[m].low)) {
      if (isCap(toks[m]) && !ctx.titles.has(toks[m].low)) return null;
      continue;
    }
    if (!nameToken(ctx, m - 1)) return null;
    const named = speakerBefore(ctx, m, floor);
    return named?.kind === 'name' ? named : null;
  }
  return null;
}

/**
 * The name heading a relative clause that ends at token `a` (`Name yang … a`): up to twelve words
 * back, no punctuation and no speech verb between, a relative pronoun right after a name.
 */
function relativeHead(ctx: SpeakerContext, a: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  for (let q = a - 1; q > floor && q >= a - 12 && toks[q].word; q--) {
    const w = toks[q].low;
    if (lex.cueVerbs.includes(w) || lex.reportingVerbs.includes(w)) return null;
    if (!lex.relativePronouns.includes(w)) continue;
    if (!nameToken(ctx, q - 1) || !adjacent(ctx, q - 1)) return null;
    const b = runBackward(ctx, q - 1, floor);
    // `Archangela Chelsea asal Surabaya yang …`: the place of origin qualifies the name before it.
    // `Ani Lestari dari PT Maju yang …`: so does the body the person comes from.
    if (b - 2 >= floor && (lex.originWords.includes(toks[b - 1].low) || lex.affiliationMarkers.includes(toks[b - 1].low)) && nameToken(ctx, b - 2)) {
      const c0 = cleanRun(ctx, runBackward(ctx, b - 2, floor), b - 1);
      if (c0) return ref(ctx, 'name', c0[0], c0[1]);
    }
    const c = cleanRun(ctx, b, q);
    return c ? ref(ctx, 'name', c[0], c[1]) : null;
  }
  return null;
}

/**
 * Is a one-word head at a sentence start a common word (`Warga yang …`, `Orang yang …`)? Yes
 * when the article never capitalizes it elsewhere, or also prints it in lower case.
 */
function commonWordHead(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const k = tokenIndexAt(ctx, r.start);
  if (/\s/.test(r.text) || !sentenceInitial(ctx, k)) return false;
  const t = ctx.toks[k];
  return ctx.wordIndex.has(t.low) || !(ctx.wordIndex.get(t.text) ?? []).some((x) => x !== k && !sentenceInitial(ctx, x));
}

/**
 * `Grande (23) yang mengalahkan A, B dan C pada kategori itu, berkata`: a relative clause, lists
 * and all, closed by the comma at `j` before the verb; the name heading it, opening the sentence,
 * speaks. Null when a verb of speech stands inside or no such name heads it.
 */
function commaClauseHead(ctx: SpeakerContext, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  for (let q = j - 1; q > floor && q >= j - 30; q--) {
    const w = toks[q].low;
    if (lex.cueVerbs.includes(w) || lex.reportingVerbs.includes(w) || /^[.;:"“”]$/.test(toks[q].text)) return null;
    if (!lex.relativePronouns.includes(w)) continue;
    // An age in brackets between the name and the clause (`Grande (23) yang`).
    const n = toks[q - 1]?.text === ')' && toks[q - 3]?.text === '(' && /^\d{1,3}$/.test(toks[q - 2].text) ? q - 4 : q - 1;
    if (n < floor || !nameToken(ctx, n)) continue;
    const c = cleanRun(ctx, runBackward(ctx, n, floor), n + 1);
    const head = c ? ref(ctx, 'name', c[0], c[1]) : null;
    // Not a common word opening the sentence (`Seminggu yang lalu X, …`).
    return head && opensClause(ctx, head, floor) && !commonWordHead(ctx, head) ? head : null;
  }
  return null;
}

/** Does the name at `r` open its clause: the sentence start, or right after a comma? */
function opensClause(ctx: SpeakerContext, r: SpeakerRef, floor: number): boolean {
  let k = tokenIndexAt(ctx, r.start);
  // A run cleaned of its opening words (`Namun Lee`, `Presiden Lee`) starts where they start.
  while (k > floor && isCap(ctx.toks[k - 1]) && adjacent(ctx, k - 1)) k--;
  return k === floor || ctx.toks[k - 1].text === ',';
}

/**
 * A common word heading the relative clause: a person noun (`Pria yang tahun lalu juara di Losail
 * mengatakan`) points back like a pronoun; any other (`Warga yang …`) names no one.
 */
function describedHead(ctx: SpeakerContext, r: SpeakerRef): SpeakerRef | null {
  return ctx.lex.personNouns.includes(r.text.toLowerCase()) ? { ...r, kind: 'pronoun' } : null;
}

function tokenIndexAt(ctx: SpeakerContext, off: number): number {
  const i = tokenAt(ctx.toks, off);
  return ctx.toks[i]?.start === off ? i : -1;
}

/**
 * The first token of a description of a person that ends with the demonstrative at token j and
 * opens the sentence or follows its first comma (`Pekan lalu, petenis 27 tahun ini …`): a person
 * noun, then a relative clause or a word or two (`laki-laki yang sering dipanggil Kobi itu`), or a
 * title in capitals (`Mantan Menteri Energi dan Sumber Daya Mineral itu`). Null when it is neither.
 */
export function descriptionHead(ctx: SpeakerContext, floor: number, j: number): number | null {
  const { toks, lex } = ctx;
  const heads = [floor];
  for (let c = floor + 1; c < j; c++) {
    if (toks[c].text === ',') {
      heads.push(c + 1);
      break;
    }
  }
  // `… terungkap usai wanita 20 tahun itu mengungkapkan …`: a description opening a subordinate clause.
  for (let c = j - 1; c > floor; c--) {
    if (!toks[c].word) break;
    if (lex.clauseOpeners.includes(toks[c].low)) {
      heads.push(c + 1);
      break;
    }
  }
  for (let h of heads) {
    // `…, namun dara berusia 18 tahun ini mengaku`: a contrast opening the clause after the comma.
    if (h > floor && lex.contrastives.includes(toks[h]?.low ?? '') && h + 1 < j) h++;
    if (h >= j || j - h > 16) continue;
    // `Mantan pelatih Persipura Jayapura tersebut`: a former role is still the person.
    const p = lex.formerMarkers.includes(toks[h].low) && h + 1 < j ? h + 1 : h;
    // `Adik kandung pebalap X itu`, `anak sulung dari pasangan X dan Y ini`: a relation noun heads a
    // description of the relative, not of the name inside it; its qualifier may be longer.
    const relation = relationAt(ctx, p, j);
    if (lex.personNouns.includes(toks[p].low) || relation) {
      const inner = withoutTitles(toks.slice(relation || p + 1, j));
      // `Penata rias berusia 24 tahun itu`: a short modifier (a compound noun's second word
      // included); a relative clause of any length, also after that second word (`penata rias
      // yang …`); or a name in capitals, as of a work (`Pelantun My Heart Will Go On itu`).
      const relative = inner.slice(0, 2).some((x) => lex.relativePronouns.includes(x.low));
      const named = inner.length <= 8 && inner.every((x) => isCap(x));
      const shape = inner.length <= (relation ? 8 : 4) || relative || named;
      // A relative clause may hold a comma (`Aktor yang lahir di Jakarta, 12 Februari 1983 itu`).
      if (shape && inner.every((x) => x.word || (relative && x.text === ','))) return h;
    }
    const words = toks.slice(h, j);
    const titled = ctx.titles.has(toks[h].low) || (j - h > 2 && ctx.titles.has(toks[h + 1].low));
    // Three words or more: `Anggota OPEC ini` is a party (a definite phrase, read below). A
    // number may close a body's name (`Ketua Forum Warga 45 itu`), not open it.
    const part = (x: Tok, q: number) => isCap(x) || lex.coordinators.includes(x.low) || (q > 1 && /^\d+$/.test(x.text));
    if (words.length >= 3 && titled && words.every(part)) return h;
  }
  return null;
}

/** The token after a relation noun phrase (`adik`, `saudara kandung`) at token p, ending before j; 0 when none is there. */
function relationAt(ctx: SpeakerContext, p: number, j: number): number {
  const e = matchPhrase(ctx.toks, p, ctx.lex.relationNouns);
  return e > 0 && e < j ? e : 0;
}

/** Tokens less a work's title in quote marks (`serial drama "…" itu`): the title counts as one word. */
function withoutTitles(ts: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let q = 0; q < ts.length; q++) {
    const close = /^["“]$/.test(ts[q].text) ? ts.findIndex((x, r) => r > q && /^["”]$/.test(x.text)) : -1;
    if (close < 0) {
      out.push(ts[q]);
      continue;
    }
    out.push(ts[q + 1] ?? ts[q]);
    q = close;
  }
  return out;
}

/**
 * `Di Twitter Kim menulis`, `Lewat Instagram Rina mengaku`: a sentence opening with a preposition
 * of place or channel puts its object first in the capitalized run; the subject starts after it.
 * It starts at the first word the article also prints apart from the word before it (`Kim`
 * elsewhere without `Twitter`), else right after the place's first word. `[a, …)` is the raw run,
 * `c` the cleaned one.
 */
export function pastFrontedPlace(ctx: SpeakerContext, a: number, c: [number, number]): [number, number] {
  const { toks, lex } = ctx;
  const p = toks[a];
  const prep = lex.locativePrepositions.includes(p.low) || lex.channelMarkers.includes(p.low);
  if (!prep || c[0] !== a + 1 || !sentenceInitial(ctx, a) || c[1] - c[0] < 2) return c;
  for (let k = c[0] + 1; k < c[1]; k++) {
    const apart = (ctx.wordIndex.get(toks[k].text) ?? []).some((x) => x !== k && toks[x - 1]?.text !== toks[k - 1].text);
    if (apart) return [k, c[1]];
  }
  return [c[0] + 1, c[1]];
}

/** A cleaned run that is one generic role word opening its clause (`Analis`, `Analysts`). */
function bareGeneric(ctx: SpeakerContext, c: [number, number], floor: number): boolean {
  const { toks } = ctx;
  return c[1] - c[0] === 1 && ctx.lex.genericRoles.includes(toks[c[0]].low) && (c[0] === floor || !toks[c[0] - 1].word);
}

/**
 * The name in `Name, Title … verb` when the capitalized run `a…` before the verb opens with a
 * title or role right after a comma, and the segment before that comma, from the sentence start,
 * is a clean name of two words or more (not `Di Jakarta,`, a weekday, a dateline in capitals).
 */
function nameBeforeTitle(ctx: SpeakerContext, a: number, floor: number): SpeakerRef | null {
  const { toks } = ctx;
  if (!(ctx.titles.has(toks[a].low) || roleStartingAt(ctx, a) !== null)) return null;
  const comma = a - 1;
  if (comma - 1 < floor || toks[comma].text !== ',' || !nameToken(ctx, comma - 1)) return null;
  const b0 = runBackward(ctx, comma - 1, floor);
  if (b0 !== floor && toks[b0 - 1].word) return null;
  const c = cleanRun(ctx, b0, comma);
  if (!c || c[0] !== b0 || c[1] !== comma) return null;
  // One word there is as often an organisation or a place (`Pertamina, Direktur Utama X`).
  if (c[1] - c[0] < 2) return null;
  return ref(ctx, 'name', c[0], c[1]);
}

/**
 * A definite noun phrase ending at token j: one to three plain words, then a demonstrative
 * (`kartel itu`, `negara adidaya tersebut`). Capitals only on its first word at a sentence start.
 * Returns its first index.
 */
export function definiteEndingAt(ctx: SpeakerContext, j: number, floor: number): number | null {
  const { toks, lex } = ctx;
  if (!toks[j] || !lex.demonstratives.includes(toks[j].low)) return null;
  let s = j;
  while (s - 1 >= floor && j - s < 3 && toks[s - 1].word && plainWord(ctx, toks[s - 1]) && (!ctx.titles.has(toks[s - 1].low) || s - 1 === floor)) {
    // A name may qualify the noun (`anggota OPEC ini`, `Anggota OPEC ini`): go on to the noun before it.
    const before = toks[s - 2];
    const qualifier =
      isCap(toks[s - 1]) && s - 1 !== floor && !!before?.word && plainWord(ctx, before) && (!isCap(before) || s - 2 === floor);
    if (isCap(toks[s - 1]) && s - 1 !== floor && toks[s - 2]?.word && !qualifier) break;
    s--;
    if (isCap(toks[s]) && !qualifier) break;
  }
  return s < j ? s : null;
}

/** The same, read forward from token i (`menurut negara adidaya itu`); returns the index after it. */
export function definiteStartingAt(ctx: SpeakerContext, i: number, limit: number): number | null {
  const { toks, lex } = ctx;
  for (let q = i + 1; q <= i + 3 && toks[q] && toks[q].start < limit; q++) {
    if (lex.demonstratives.includes(toks[q].low)) return definiteEndingAt(ctx, q, i) === i ? q + 1 : null;
    if (!toks[q].word) return null;
  }
  return null;
}

/**
 * `Intelogic Trace Inc., San Antonio, Texas, said`: a company (a name closed by a suffix) and, between
 * commas, where it is based (one or two segments of one to three capitalized words). The company speaks.
 */
function companyBeforePlace(ctx: SpeakerContext, comma: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  let end = comma;
  for (let seg = 0; seg < 2; seg++) {
    let s = end - 1;
    while (s >= floor && toks[s].text !== ',') s--;
    if (s < floor) return null;
    const part = toks.slice(s + 1, end).filter((t) => t.word);
    if (!part.length || part.length > 3 || !part.every((t) => isCap(t) && !lex.nameSuffixes.includes(t.low))) return null;
    // The segment before the place: does it end in a company suffix (`Inc.`)?
    let k = s - 1;
    if (toks[k]?.text === '.') k--;
    if (k > floor && isCap(toks[k]) && lex.nameSuffixes.includes(toks[k].low)) {
      const a = runBackward(ctx, k, floor);
      if (a < k) return ref(ctx, 'name', a, k + 1);
    }
    end = s;
  }
  return null;
}

/**
 * Subject separated from its verb by commas (the comma at token `comma`): the nearest comma
 * segment that is a name. The segments are read back from the verb, three at the most.
 */
function appositiveSubject(ctx: SpeakerContext, comma: number, floor: number): SpeakerRef | null {
  const { toks } = ctx;
  const based = companyBeforePlace(ctx, comma, floor) ?? nameBeforeArticle(ctx, comma, floor);
  if (based) return based;
  const cited = subjectBeforeCitingAside(ctx, comma, floor);
  if (cited !== undefined) return cited;
  let end = comma; // exclusive end of the segment
  for (let seg = 0; seg < 3; seg++) {
    let s = end - 1;
    while (s >= floor && toks[s].text !== ',') s--;
    const subject = segmentSubject(ctx, s, end, seg > 0, floor);
    if (subject !== undefined) return subject;
    if (s < floor) return null;
    end = s;
  }
  return null;
}

/**
 * `The news organization, citing an anonymous source, reported`: an aside that cites a source
 * stands between the subject and its verb; the subject before it.
 */
function subjectBeforeCitingAside(ctx: SpeakerContext, comma: number, floor: number): Reading {
  const { toks } = ctx;
  let open = comma - 1;
  while (open > floor && toks[open].text !== ',') open--;
  const citing = toks[open]?.text === ',' && ctx.lex.citeCues.some((c) => !/\s/.test(c) && c === toks[open + 1]?.low);
  return citing && open - 1 >= floor && toks[open - 1].word ? speakerBefore(ctx, open, floor) : undefined;
}

/**
 * One comma segment: `s` is the comma before it (or below the floor), `a` its first word, `e` the
 * end of the capitalized run at `a`, `end` its exclusive end.
 */
interface Segment {
  s: number;
  a: number;
  e: number;
  end: number;
}

/**
 * The subject read in the segment from the comma at `s` to `end` (`after` when a segment nearer
 * the verb was read first); undefined when the segment before is to be read.
 */
function segmentSubject(ctx: SpeakerContext, s: number, end: number, after: boolean, floor: number): Reading {
  const { toks } = ctx;
  const a = segmentStart(ctx, s, floor);
  if (a >= end) return null;
  // `One resident, who asked not to be named, said`: a subject opening the clause with an
  // indefinite description names no one (the capital of `One` is its place at the sentence start).
  // Not a later segment: `X, a spokesman for Y, said` is X's apposition.
  if (s < floor && (ctx.lex.articles.indefinite.includes(toks[a].low) || ctx.lex.indefinitePersons.includes(toks[a].low)) && toks[a + 1]?.word && !isCap(toks[a + 1])) return null;
  if (s > floor && closesNameBefore(ctx, a, end)) return undefined;
  const definite = after ? definiteNameBeforeAside(ctx, a, end) : null;
  if (definite) return definite;
  const end2 = pastAdverbsAndAge(ctx, a, end);
  const g: Segment = { s, a, e: runForward(ctx, a, toks[end2 - 1].end + 1), end: end2 };
  // `Martin Fabi, Innopac's president …, said`: a possessive opens an apposition about the name before it.
  if (g.e > a && /['’]s$/.test(toks[g.e - 1].text) && s >= floor) return undefined;
  const named = nameEndingBracketedTitle(ctx, g) ?? nameWithAcronym(ctx, g);
  if (named) return named;
  if (regionOfPlaceBefore(ctx, g, floor)) return undefined;
  const apposed = nameBeforeTitledSegment(ctx, g, floor);
  if (apposed) return apposed;
  if (g.e === g.end) {
    const c = cleanRun(ctx, a, g.end);
    if (c) return ref(ctx, 'name', c[0], c[1]);
  }
  return clauseLedByName(ctx, g);
}

/** The first word of the segment after the comma at `s`, past an apposition's marker, a connective or a title's period. */
function segmentStart(ctx: SpeakerContext, s: number, floor: number): number {
  const { toks, lex } = ctx;
  // `Drummer Foo Fighters, yakni Taylor Hawkins, mengatakan`: the apposition's marker is no name.
  let a = s + 1 + (lex.appositives.includes(toks[s + 1]?.low ?? '') ? 1 : 0);
  // `…, but General Mark Hill, chairman of …, told`: a connective opens the subject's clause.
  if (a > floor && (lex.connectives.includes(toks[a]?.low ?? '') || lex.coordinators.includes(toks[a]?.low ?? '')) && isCap(toks[a + 1])) a++;
  // `Gen. Mark Tolley, a loyalist of …, said`: a title abbreviation's period does not cut the name.
  if (toks[a + 1]?.text === '.' && toks[a + 1].start === toks[a].end && lex.titles.includes(toks[a].text) && isCap(toks[a + 2])) a += 2;
  return a;
}

/**
 * A segment `[a, end)` that only closes the name in the segment before: a company suffix alone
 * (`…, Senior Vice President of Sales for Acme, Inc., says`), or degrees (`Budi, MD, direktur
 * klinik, mengatakan`).
 */
function closesNameBefore(ctx: SpeakerContext, a: number, end: number): boolean {
  const { toks } = ctx;
  const suffix = ctx.lex.nameSuffixes.includes(toks[a].low) && (end === a + 1 || (end === a + 2 && toks[a + 1].text === '.'));
  return suffix || degreesOnly(ctx, a, end);
}

/**
 * `In a reflection of …, the Electoral Commission, which …, issued`: after a fronted phrase, a
 * segment `[a, end)` that is a definite article and a name, before a relative clause, is the
 * subject. So is one before an apposition opening with an article (`On Monday, the Daily Post, the
 * mouthpiece of …, warned`). The name, or null.
 */
function definiteNameBeforeAside(ctx: SpeakerContext, a: number, end: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  const articles = [...lex.articles.definite, ...lex.articles.indefinite];
  const aside = lex.relativePronouns.includes(toks[end + 1]?.low ?? '') || articles.includes(toks[end + 1]?.low ?? '');
  if (!isDefinite(ctx, toks[a].low) || !isCap(toks[a + 1]) || runForward(ctx, a + 1, toks[end - 1].end + 1) !== end || !aside) return null;
  const c = cleanRun(ctx, a + 1, end);
  return c && ref(ctx, 'name', c[0], c[1]);
}

/**
 * The end of the segment `[a, end)` without a trailing adverbial ("Ali Mundakir beberapa waktu
 * lalu, menyebut") or an age in brackets (`Eko Hadi Susilo (45), warga Madiun, mengaku`).
 */
function pastAdverbsAndAge(ctx: SpeakerContext, a: number, end: number): number {
  const { toks } = ctx;
  const trimmed = skipAdverbs(ctx, end - 1, a) + 1;
  if (trimmed < end && trimmed > a) end = trimmed;
  if (end - a >= 4 && toks[end - 1].text === ')' && /^\d{1,3}$/.test(toks[end - 2].text) && toks[end - 3].text === '(') end -= 3;
  return end;
}

/**
 * "Vice President … PT Pertamina (Persero) Ali Mundakir, menyebut": a long capitalized title
 * (with bracketed parts) ending in the name, perhaps with where it spoke after it (`Sekretaris
 * Daerah (Sekda) Banten Ranta Soeharta di Serang, Kamis mengatakan`). The name, or null.
 */
function nameEndingBracketedTitle(ctx: SpeakerContext, g: Segment): SpeakerRef | null {
  const { toks } = ctx;
  const { a, e, end } = g;
  const nameEnd = placeTailStart(ctx, a, end) ?? end;
  if (e >= nameEnd || !isCap(toks[nameEnd - 1])) return null;
  const a2 = runBackward(ctx, nameEnd - 1, a);
  const head = toks.slice(a, a2);
  if (a2 <= a || !head.every((t) => isCap(t) || t.text === '(' || t.text === ')') || !head.some((t) => t.text === ')')) return null;
  const c = cleanRun(ctx, a2, nameEnd);
  return c && ref(ctx, 'name', c[0], c[1]);
}

/** "Badan Informasi Energi AS (EIA), melaporkan": a name with its acronym in brackets closing the segment, or null. */
function nameWithAcronym(ctx: SpeakerContext, g: Segment): SpeakerRef | null {
  const { toks } = ctx;
  const { a, e, end } = g;
  if (toks[end - 1].text !== ')' || toks[e]?.text !== '(' || e + 2 !== end - 1 || !isCap(toks[e + 1])) return null;
  const c = cleanRun(ctx, a, e);
  return c && ref(ctx, 'name', c[0], c[1]);
}

/**
 * `Name di Medan, Sumatera Utara, Senin, mengatakan`: a segment of capitals after a place that
 * closes the segment before (`… di Medan`, not `Di Jakarta,` opening the sentence) is that place's
 * region; the subject is further back.
 * Not a name of two words after a role's place (`juru bicara Masjid X di Manchester, Abdalla
 * Yousef, mengatakan`): the person in apposition to the role.
 */
function regionOfPlaceBefore(ctx: SpeakerContext, g: Segment, floor: number): boolean {
  const { toks } = ctx;
  const { s, a, e, end } = g;
  const before = toks.slice(floor, s).map((t) => t.low);
  const roleBefore = e - a >= 2 && ctx.roles.some((r) => before.some((_, q) => r.every((w, i) => before[q + i] === w)));
  return e === end && s > floor && e - a <= 3 && !ctx.titles.has(toks[a].low) && !roleBefore && placeEndingAt(ctx, s - 1, floor);
}

/**
 * `Willy Hidayat, CEO MyWILL Entertainment, mengatakan`: a title opening the segment makes it an
 * apposition; the name is the segment before it.
 * So does a title after a word that narrows it, with the title's field after it (`Dan Ode,
 * Senior Vice President of Sales for Acme, says`). The name, or null.
 */
function nameBeforeTitledSegment(ctx: SpeakerContext, g: Segment, floor: number): SpeakerRef | null {
  const { toks } = ctx;
  const { s, a, e, end } = g;
  const narrowed = ctx.lex.roleModifiers.includes(toks[a].low) && isCap(toks[a]) && ctx.titles.has(toks[a + 1]?.low ?? '');
  if (s <= floor || !((e === end && ctx.titles.has(toks[a].low)) || narrowed)) return null;
  let p = s - 1;
  while (p >= floor && toks[p].text !== ',') p--;
  const c = p + 1 < s && runForward(ctx, p + 1, toks[s - 1].end + 1) === s ? cleanRun(ctx, p + 1, s) : null;
  // Not a fronted place (`Di Jakarta, Menteri Pemuda Budi Santoso, mengatakan`).
  const first = toks[p + 1].low;
  return c && c[0] === p + 1 && !ctx.titles.has(first) && !ctx.lex.locativePrepositions.includes(first) && !ctx.lex.stopAfterName.includes(first) ? ref(ctx, 'name', c[0], c[1]) : null;
}

/**
 * A clause led by a name ("Lavrov mengunjungi …, mengatakan", "Kremlin menyatakan …, menyebut"),
 * or a name and where it spoke (`Kejagung, M Rum di Jakarta, Senin, menyatakan`); a party or a
 * qualified role heading the segment.
 */
function clauseLedByName(ctx: SpeakerContext, g: Segment): Reading {
  const { toks } = ctx;
  const { a, e, end } = g;
  const lead = toks[e]?.word && !isCap(toks[e]) && (!ctx.notName.has(toks[e].low) || ctx.lex.stopAfterName.includes(toks[e].low));
  // `Hall's stepmother, who …, said`: a possessive before a common noun owns the subject; it is not one.
  if (isCap(toks[a]) && e > a && e < end && lead && /['’]s$/.test(toks[e - 1].text)) return null;
  // `The German automaker, which …, says`, `The company, which …, said`: a (described) party heads
  // the segment; it is spoken of again, and a capitalized modifier is no name.
  const party = partyDescriptionStart(ctx, e, a) === a || (e === a + 1 && isDefinite(ctx, toks[a].low) && ctx.lex.partyNouns.includes(toks[e].low));
  if (e < end && lead && party) return ref(ctx, 'definite', a, e + 1);
  const qualified = nameAfterQualifiedRole(ctx, g);
  if (qualified) return qualified;
  return isCap(toks[a]) && e > a && e < end && lead ? (nameLeadingClause(ctx, g) ?? undefined) : undefined;
}

/**
 * `Athletic director Gene Smith, who …, said`: a capitalized word, a role in lower case, then the
 * name closing the segment; the first word only qualifies the role. The name, or null.
 */
function nameAfterQualifiedRole(ctx: SpeakerContext, g: Segment): SpeakerRef | null {
  const { toks } = ctx;
  const { a, e, end } = g;
  const roleEnd = e < end && isCap(toks[a]) ? roleStartingAt(ctx, e) : null;
  if (roleEnd === null || roleEnd >= end || !nameToken(ctx, roleEnd) || runForward(ctx, roleEnd, toks[end - 1].end + 1) !== end) return null;
  const c = cleanRun(ctx, roleEnd, end);
  return c && ref(ctx, 'name', c[0], c[1]);
}

/** The name leading a clause that fills the segment, after a common word opening the sentence if one does; or null. */
function nameLeadingClause(ctx: SpeakerContext, g: Segment): SpeakerRef | null {
  const { toks } = ctx;
  const { a, e, end } = g;
  // `Pelaksanaan tugas Gubernur Bengkulu Rohidin Mersyah di Bengkulu, Selasa, menyebutkan`: one
  // capitalized word opening the sentence may be a common word; a titled name after it is the subject.
  const titled = e - a === 1 && sentenceInitial(ctx, a) ? titledRunIn(ctx, e, end) : null;
  if (titled) return titled;
  // `Seminggu yang lalu Mahmoud Sadeghi, anggota parlemen, mengatakan`: a common word opening
  // the sentence, then a time phrase; the name ending the segment is the subject.
  // Not a noun phrase the name only qualifies (`Acuan pasar minyak Amerika, Rabu, mencatat`).
  const timePhrase = ctx.lex.relativePronouns.includes(toks[e].low) || ctx.lex.adverbs.includes(toks[e].low);
  if (e - a === 1 && timePhrase && commonWordHead(ctx, ref(ctx, 'name', a, e)) && isCap(toks[end - 1]) && runBackward(ctx, end - 1, e) > e) {
    const c = cleanRun(ctx, runBackward(ctx, end - 1, e), end);
    if (c) return ref(ctx, 'name', c[0], c[1]);
  }
  const c = cleanRun(ctx, a, e);
  return c && ref(ctx, 'name', c[0], c[1]);
}

/** The index of a locative preposition whose place (`di Serang`) closes the segment `[a, end)` after a capital, or null. */
function placeTailStart(ctx: SpeakerContext, a: number, end: number): number | null {
  const { toks, lex } = ctx;
  if (!isCap(toks[end - 1])) return null;
  const p = runBackward(ctx, end - 1, a) - 1;
  return p - 1 > a && lex.locativePrepositions.includes(toks[p].low) && isCap(toks[p - 1]) ? p : null;
}

/** Does a place after a preposition (`di Medan`) end at token j, with words of the clause before the preposition? */
function placeEndingAt(ctx: SpeakerContext, j: number, floor: number): boolean {
  const { toks, lex } = ctx;
  if (!isCap(toks[j])) return false;
  const p = runBackward(ctx, j, floor) - 1;
  return p - 1 >= floor && lex.locativePrepositions.includes(toks[p].low) && toks[p - 1].word;
}

/**
 * `James Burdick, the Professor of … in Baltimore, Maryland, and former President of UNOS, said`: a
 * name opening the clause, then an apposition opening with an article, which may hold commas of its
 * own (places, lists) up to the comma before the verb. The name speaks.
 */
function nameBeforeArticle(ctx: SpeakerContext, comma: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  const articles = [...lex.articles.definite, ...lex.articles.indefinite];
  // Not a fronted place (`In Miami, the boy's great-uncle, X, denied`).
  if (!articles.length || !isCap(toks[floor]) || lex.stopAfterName.includes(toks[floor].low)) return null;
  const e = runForward(ctx, floor, toks[comma].start);
  if (toks[e]?.text !== ',' || e >= comma || comma - e > 40 || !articles.includes(toks[e + 1]?.low ?? '')) return null;
  const c = cleanRun(ctx, floor, e);
  // Not a function word opening the sentence (`Meanwhile, the company, …, said`).
  if (!c || (c[1] - c[0] === 1 && ctx.notName.has(toks[c[0]].low))) return null;
  return ref(ctx, 'name', c[0], c[1]);
}

/**
 * The subject a participle (`…, saying he …`) reports for: the first name of the sentence in
 * tokens `[a, v)`, past possessives (`Elian's paternal great-uncle, Lazaro Gonzalez, is …`).
 */
export function firstNameIn(ctx: SpeakerContext, a: number, v: number): SpeakerRef | null {
  const { toks } = ctx;
  for (let k = a; k < v; k++) {
    if (!isCap(toks[k])) continue;
    const e = runForward(ctx, k, toks[v].start);
    if (/['’]s$/.test(toks[e - 1].text)) {
      k = e - 1;
      continue;
    }
    // `The Communist Party daily Granma …`: the publication's own name, after its noun.
    if (ctx.lex.mediaNouns.includes(toks[e]?.low ?? '') && isCap(toks[e + 1]) && e + 1 < v && adjacent(ctx, e)) {
      k = e;
      continue;
    }
    const c = cleanRun(ctx, k, e);
    if (c) return ref(ctx, 'name', c[0], c[1]);
    k = e - 1;
  }
  return null;
}

/** The first name after a capitalized title in tokens `[from, to)` (`Gubernur Bengkulu Rohidin Mersyah`). */
function titledRunIn(ctx: SpeakerContext, from: number, to: number): SpeakerRef | null {
  const { toks } = ctx;
  for (let k = from; k < to; k++) {
    if (!isCap(toks[k]) || !ctx.titles.has(toks[k].low)) continue;
    const c = cleanRun(ctx, k, Math.min(runForward(ctx, k, toks[to - 1].end), to));
    return c && c[0] > k ? ref(ctx, 'name', c[0], c[1]) : null;
  }
  return null;
}

/**
 * Fallback subject for a reporting verb far from its subject
 * (`Putra Mahkota Arab Saudi Pangeran Salman, dalam pidato … pada Selasa mengatakan, …`):
 * the sentence's first comma segment when it is a name.
 */
export function leadingSubject(ctx: SpeakerContext, v: number, floor: number): SpeakerRef | null {
  const { toks } = ctx;
  let c = floor;
  while (c < v && toks[c].text !== ',') c++;
  if (c >= v) {
    // `Analis Commerzbank dalam sebuah catatan pasar menyebutkan …`: a leading name, then a
    // prepositional phrase, then the verb.
    const e = runForward(ctx, floor, toks[v].start);
    // A dateline (`JAKARTA, …`) never reaches here: a comma, not a preposition, follows it.
    if (e > floor && toks[e] && ctx.lex.stopAfterName.includes(toks[e].low)) {
      for (let k = e + 1; k < v; k++) if (isCap(toks[k])) return null;
      const r = cleanRun(ctx, floor, e);
      // `Contrary to other reports, …`: a lone first word the text never capitalizes elsewhere is
      // a common word at the sentence start.
      const lone = r && r[1] - r[0] === 1 && sentenceInitial(ctx, r[0]) && !(ctx.wordIndex.get(toks[r[0]].text) ?? []).some((k) => k !== r[0] && !sentenceInitial(ctx, k));
      return r && !lone && !bareGeneric(ctx, r, floor) ? ref(ctx, 'name', r[0], r[1]) : null;
    }
    return null;
  }
  // A place in a fronted phrase (`In Amherst, residents … said`) is not the subject.
  if (c === floor || ctx.lex.locativePrepositions.includes(toks[floor].low)) return null;
  // `Dilansir Reuters, para analis mengatakan`: the outlet the fronted phrase cites relays, it does not speak.
  if (citationOpensAt(ctx, floor)) return null;
  // `The newspaper, quoting "secret reports," said …`: a party spoken of again, then an aside
  // (which may hold commas of its own) closed by a comma right before the verb.
  const closed = toks.slice(Math.max(c + 1, v - 3), v).some((t) => t.text === ',') && toks.slice(Math.max(c + 1, v - 3), v).every((t) => !t.word);
  if (c - floor === 2 && isDefinite(ctx, toks[floor].low) && ctx.lex.partyNouns.includes(toks[floor + 1].low) && closed) return ref(ctx, 'definite', floor, c);
  // Only when the verb is in the clause right after that segment, and not in a relative clause.
  for (let k = c + 1; k < v; k++) if (toks[k].text === ',') return null;
  // A dash between marks a dateline in mixed case (`Jakarta, CNN Indonesia - - Lucasfilm …`).
  for (let k = c + 1; k < v; k++) if (isDash(toks[k]) && toks[k].start > toks[k - 1].end && toks[k + 1].start > toks[k].end) return null;
  if (ctx.lex.relativePronouns.includes(toks[v - 1]?.low ?? '')) return null;
  // `Late Monday, …`: a time phrase, not the subject.
  if (toks.slice(floor, c).some((t) => ctx.calendar.has(t.low))) return null;
  // A dateline in capitals (`JAKARTA, KOMPAS.com - …`, `O'SMACH, Cambodia (AP)_`) is not a speaker.
  if (c - floor === 1 && /^\p{Lu}[\p{Lu}'’]*\p{Lu}$/u.test(toks[floor].text)) return null;
  const e = runForward(ctx, floor, toks[c].start);
  if (e !== c) {
    // `Bank investasi Morgan Stanley, dalam …, memproyeksikan`: a short segment ending in a name.
    if (c - floor <= 6 && isCap(toks[c - 1])) {
      const a2 = runBackward(ctx, c - 1, floor);
      const r2 = a2 > floor ? cleanRun(ctx, a2, c) : null;
      if (r2 && toks.slice(floor, a2).every((t) => t.word && !ctx.lex.pronouns.includes(t.low))) return ref(ctx, 'name', r2[0], r2[1]);
    }
    return null;
  }
  const r = cleanRun(ctx, floor, c);
  return r ? ref(ctx, 'name', r[0], r[1]) : null;
}

/** Does a citation cue (`Dilansir`, `Seperti dilansir`, `Mengutip`) open the phrase at token k? */
function citationOpensAt(ctx: SpeakerContext, k: number): boolean {
  return matchPhrase(ctx.toks, k, ctx.lex.citeCues) > 0;
}

/** Name runs introduced by a title or role (`Presiden Joko Widodo`), as person mentions. */
export function titledNames(ctx: SpeakerContext): SpeakerRef[] {
  const out: SpeakerRef[] = [];
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!isCap(toks[i])) continue;
    const e = runForward(ctx, i, Infinity);
    const prevRole = i > 0 && roleEndingAt(ctx, i - 1) !== null;
    const hasTitle = ctx.titles.has(toks[i].low);
    if (hasTitle || prevRole) {
      const c = cleanRun(ctx, i, e);
      if (c && c[1] - c[0] >= 1 && !(hasTitle && c[0] === i)) out.push(ref(ctx, 'name', c[0], c[1]));
    }
    i = e - 1;
  }
  return out;
}

/**
 * `Henry Mansell of the Archdiocese of Buffalo said`: a person's name (two words or more), then an
 * affiliation and an article before the body's name ending at j, is the subject.
 */
function holderOfBody(ctx: SpeakerContext, a: number, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  for (let d = a - 2; d >= Math.max(floor + 2, a - 4); d--) {
    if (!lex.affiliation.includes(toks[d].low) || !isDefinite(ctx, toks[d + 1].low) || !nameToken(ctx, d - 1)) continue;
    if (toks.slice(d + 2, j + 1).some((t) => t.word && !isCap(t) && !lex.affiliation.includes(t.low))) return null;
    return nameBeforeAffiliation(ctx, runBackward(ctx, d - 1, floor), d);
  }
  return null;
}

/**
 * The person's name of two words or more in the run `[p0, d)` before an affiliation at d (`Henry
 * Mansell` in `Henry Mansell of …`), or null; a party noun before it (`the company of …`) is none.
 */
function nameBeforeAffiliation(ctx: SpeakerContext, p0: number, d: number): SpeakerRef | null {
  const r = d - p0 >= 2 && !ctx.lex.partyNouns.includes(ctx.toks[d - 1].low) ? cleanRun(ctx, p0, d) : null;
  return r && r[1] - r[0] >= 2 ? ref(ctx, 'name', r[0], r[1]) : null;
}

/**
 * `Maria Lopez from the city's water relief agency said`, `X from Iran's Red Crescent relief
 * agency said`: a person's name (two words or more) opening the clause, then an affiliation and a
 * description of the body ending in a lower-case noun at j, is the subject (not the body).
 */
function holderOfDescribedBody(ctx: SpeakerContext, j: number, floor: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (!toks[j].word || isCap(toks[j]) || ctx.notName.has(toks[j].low)) return null;
  for (let d = j - 1; d >= Math.max(floor + 2, j - 8); d--) {
    const m = toks[d];
    if (lex.affiliation.includes(m.low) && nameToken(ctx, d - 1) && (isDefinite(ctx, toks[d + 1].low) || isCap(toks[d + 1]))) {
      const p0 = runBackward(ctx, d - 1, floor);
      const prev = toks[p0 - 1];
      // The name opens the clause (after a connective at most: `But Maria Lopez from …`).
      if (p0 > floor && prev.word && !lex.connectives.includes(prev.low) && !lex.coordinators.includes(prev.low)) return null;
      return nameBeforeAffiliation(ctx, p0, d);
    }
    // Only the words of a noun phrase in between: no clause, verb of saying or relative pronoun.
    if (!m.word || lex.relativePronouns.includes(m.low) || lex.clauseMarkers.includes(m.low) || lex.cueVerbs.includes(m.low) || lex.reportingVerbs.includes(m.low)) return null;
    if (ctx.notName.has(m.low) && !isDefinite(ctx, m.low) && !lex.affiliation.includes(m.low)) return null;
  }
  return null;
}
