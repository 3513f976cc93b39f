import type { CleanArticle, EntityMention, EntityType } from '../../model/types.js';
import { isHeadlineAt } from '../../text/lines.js';
import type { LangPack } from '../../lang/pack.js';
import type { NerLexicon } from '../../lang/ner.js';
import { capBucket, tagText, type TaggedSpan } from './tagger.js';
import type { Token } from './tokenize.js';
import { documentPlaces, isCurrency, numberedOrgs, outletNames, splitAcronymPersons } from './local-names.js';

export { tagText, loadTagger, lastLoadMs, DEFAULT_MODEL_PATH } from './tagger.js';
export { tokenize, splitSentences } from './tokenize.js';

/** A span over tokens [ts, te) while the clean-up rules work on it. */
interface TSpan {
  ts: number;
  te: number;
  type: EntityType;
  /** Set by the layout rules (dateline, `Town, ST.`): a place the whole document can trust. */
  sure?: true;
  /** Set by the short-form rule: an organisation's first words (`American Medical`), kept whole. */
  form?: true;
}

/**
 * Entity mentions of one article: the trained sequence tagger (the Indonesian model; other
 * languages run the same model with their own lexicon features), then document-level clean-up
 * driven only by the pack's NER lexicon and the word statistics stored with the model:
 *
 * 1. edges: punctuation, lower-case words and words news almost never capitalizes (`Bahas`,
 *    `Undang` in a title-case headline) are cut from the ends, and split spans in the middle;
 *    a trailing weekday or month is cut (`Puan Maharani Senin`);
 * 2. titles: leading titles and honorifics leave person spans (`Presiden Vladimir Putin` ->
 *    `Vladimir Putin`); a leading place becomes its own location (`Rusia Sergei Lavrov`);
 * 3. places: a span that is a listed place or a place acronym is a LOCATION (`Rusia`, `Korut`);
 *    then a person span cut one name part short is extended (`Kim Jong` + `Un`);
 * 4. consistency: words of a person's full name are that person wherever else they are printed
 *    (`Choe`, `Lavrov`, `Kim`), also when the tagger missed them;
 * 5. noise: mentions without a capital letter in cased text and words on all-capitals lines;
 * 6. fallback: general-knowledge short forms and listed places the tagger left out (`AS`, `PBB`);
 * 7. organisation heads: a cue-led capitalized run before a known organisation acronym joins it
 *    (`Dewan Keamanan` + `PBB`).
 * Last, a seat of government the lexicon lists (`seats`) is the building after a locative marker
 * (`di Kremlin`) and the institution, an ORGANIZATION, elsewhere (`juru bicara Kremlin`).
 *
 * Languages whose lexicon gives the optional tables (English) add: possessives and hyphenated
 * places split off words (`Kopp's`, `Czech-made`); head-final names (`Customs Service`) and the
 * short forms of organisations (3a); initials (`James C. Kopp`); demonyms as places (4b);
 * `Town, ST.` and wire datelines, trusted places repeated, coordinated places (8); the full stop
 * of abbreviations (`Inc.`); names an honorific or an initial shows (`Mr. Reupke`, `Mark A. Adley`);
 * person pieces side by side joined; laws, lone titles and sentence-opening words dropped, teams
 * after `the` as organisations; `Loudon county`, `South` + `America` as places. Places listed with a conjunction are split for every language.
 *
 * Mentions carry `entity: null` until the link stage fills it.
 */
export function annotateEntities(article: CleanArticle, pack: LangPack): EntityMention[] {
  const text = article.text;
  if (!text) return [];
  const lex = pack.ner;
  const ctx = context(lex);
  const { tokens, spans } = splitTokens(tagText(text, pack.code), ctx);
  const stop = pack.stopwords ?? new Set<string>();
  // A lone month, weekday or season (`bulan suci Ramadhan`, `Christmas`) is a date, not a name
  // (`Gilang Ramadhan`, of two words, is still a person).
  const calendar = new Set([...Object.keys(pack.months ?? {}), ...Object.keys(pack.weekdays ?? {}), ...(pack.seasons ?? [])]);
  const cased = /\p{Lu}/u.test(text) && /\p{Ll}/u.test(text);
  // places the document itself names after an area cue (`Kabupaten Salu Tanggo`), filled after step 1
  const docPlaces = new Set<string>();
  const isPlaceAt = (ts: number, te: number): boolean => {
    const t = tokens.slice(ts, te).map((x) => x.text).join(' ');
    return ctx.isPlace(t) || docPlaces.has(t.toLowerCase());
  };

  // 1. edges and splits
  let work: TSpan[] = [];
  for (const s of spans) {
    const headline = cased && isHeadlineAt(text, tokens[s.tokenStart].start);
    const maxBucket = headline ? '1' : '0';
    let pieceStart = s.tokenStart;
    for (let k = s.tokenStart; k <= s.tokenEnd; k++) {
      const inner = k > s.tokenStart && k < s.tokenEnd - 1 && cased;
      const cut = k === s.tokenEnd || ctx.possessives.has(tokens[k]?.text)
        || (inner && (isCommonWord(tokens[k].text, ctx, true, maxBucket) || isLowerBreak(tokens[k].text, ctx)));
      if (!cut) continue;
      const piece = trimEdges(tokens, pieceStart, k, ctx, cased, maxBucket, stop, calendar);
      if (piece && !allCommon(tokens, piece.ts, piece.te, ctx, headline)) work.push({ ...piece, type: s.type });
      pieceStart = k + 1;
    }
  }

  for (const p of documentPlaces(work, tokens, text, ctx.areaCues, ctx.areaSuffixes)) docPlaces.add(p);
  work = splitAcronymPersons(work, tokens, (k, end) => matchPhraseAt(tokens, k, end, ctx.titles) > 0, isPlaceAt);

  // 2. titles and leading places in person spans
  work = work.flatMap((s) => {
    if (s.type !== 'PERSON') return [s];
    let ts = s.ts;
    for (;;) {
      const n = matchPhraseAt(tokens, ts, s.te, ctx.titles);
      if (!n) break;
      let k = ts + n;
      if (k < s.te && tokens[k].text === '.') k++;
      if (k >= s.te || !/^\p{Lu}/u.test(tokens[k].text)) break;
      ts = k;
    }
    // `Russian President Vladimir Putin`: a title inside the span, followed by the name
    for (let k = ts + 1; k < s.te - 1; k++) {
      if (!/^\p{Lu}/u.test(tokens[k].text)) continue;
      const n = matchPhraseAt(tokens, k, s.te, ctx.titles);
      if (n && k + n < s.te && /^\p{Lu}/u.test(tokens[k + n].text)) { ts = k + n; break; }
    }
    const out: TSpan[] = [];
    // `Rusia Sergei Lavrov`, `Utara Kim Jong Un` (after `Korea`): a place in front of a name
    for (let n = Math.min(3, s.te - ts - 1); n >= 1; n--) {
      if (isPlaceAt(ts, ts + n)) {
        out.push({ ts, te: ts + n, type: 'LOCATION' });
        ts += n;
        break;
      }
      if (ts > 0 && isPlaceAt(ts - 1, ts + n) && tokens[ts].start - tokens[ts - 1].end <= 1) {
        out.push({ ts: ts - 1, te: ts + n, type: 'LOCATION' });
        ts += n;
        break;
      }
    }
    if (ts < s.te) out.push({ ts, te: s.te, type: 'PERSON' });
    return out;
  });

  // 3. places and well-known organisations (`Korea` + `Utara` split by the tagger: one place;
  // `East` + `Africa` tagged apart: one place)
  work = mergePlaces(work, tokens, text, isPlaceAt);
  for (const s of work) {
    if (s.ts > 0 && !isPlaceAt(s.ts, s.te) && isPlaceAt(s.ts - 1, s.te) && tokens[s.ts].start - tokens[s.ts - 1].end <= 1
      && !work.some((o) => o !== s && o.te > s.ts - 1 && o.ts <= s.ts - 1)) {
      s.ts -= 1;
      s.type = 'LOCATION';
    } else if (s.te < tokens.length && !isPlaceAt(s.ts, s.te) && isPlaceAt(s.ts, s.te + 1) && tokens[s.te].start - tokens[s.te - 1].end <= 1
      && !work.some((o) => o !== s && o.ts <= s.te && o.te > s.te)) {
      s.te += 1;
      s.type = 'LOCATION';
    } else if (s.type !== 'LOCATION' && isPlaceAt(s.ts, s.te)) s.type = 'LOCATION';
    else if (s.te - s.ts >= 2 && cueAt(tokens, s.ts, s.te, ctx.locCues)) s.type = 'LOCATION';
    else if (s.te - s.ts >= 2 && cueAt(tokens, s.ts, s.te, ctx.orgCues)) s.type = 'ORGANIZATION';
    else if (s.type !== 'ORGANIZATION' && !isPlaceAt(s.ts, s.te) && ctx.orgs.has(spanText(tokens, s.ts, s.te).toLowerCase())) s.type = 'ORGANIZATION';
  }

  // 3a. head-final names (`State Department`, `Andrews Air Force Base`, `Customs Service`) and
  // the short forms of organisations named in full (`Poughkeepsie` after `Poughkeepsie Savings Bank`)
  if (ctx.orgSuffixes.size) {
    for (const s of work) {
      const t = spanText(tokens, s.ts, s.te).toLowerCase();
      if (ctx.seats.has(t)) s.type = 'ORGANIZATION';
      else if (s.te - s.ts >= 2 && !isPlaceAt(s.ts, s.te)) {
        const last = lastWord(tokens, s.ts, s.te);
        if (ctx.orgSuffixes.has(last)) s.type = 'ORGANIZATION';
        else if (ctx.locSuffixes.has(last)) s.type = 'LOCATION';
      }
    }
    work = orgRuns(work, tokens, text, ctx, stop, calendar);
    work = orgShortForms(work, tokens, text, ctx, stop, isPlaceAt);
  }
  if (ctx.dotted.size) {
    joinInitials(work, tokens, text, stop);
    work = dottedNames(work, tokens, text, ctx, stop);
  }

  // 3b. a person name the tagger cut one part short (`Kim Jong` + `Un`)
  extendPersons(work, tokens, text, ctx, stop, calendar, cased);

  // 4. consistency with the people's full names
  const fullNames = new Map<string, number>();
  const parts = new Set<string>();
  const firsts = new Set<string>();
  for (const s of work) {
    if (s.type !== 'PERSON' || s.te - s.ts < 2) continue;
    fullNames.set(spanText(tokens, s.ts, s.te), s.te - s.ts);
    if (ctx.startsWithPlace(spanText(tokens, s.ts, s.te))) continue;
    for (const k of [s.ts, s.te - 1]) if (tokens[k].text.length >= 3 && !ctx.isPlace(tokens[k].text)) parts.add(tokens[k].text);
    if (!ctx.isPlace(tokens[s.ts].text)) firsts.add(tokens[s.ts].text);
  }
  work = work.flatMap((s) => {
    if (s.type === 'PERSON') return [s];
    const t = spanText(tokens, s.ts, s.te);
    if (fullNames.has(t) || (s.te - s.ts === 1 && parts.has(t))) return [{ ...s, type: 'PERSON' as EntityType }];
    // `Kim Jong Il` tagged as an organisation next to `Kim Jong-un`: same family/given name, a person
    if (s.te - s.ts >= 2 && firsts.has(tokens[s.ts].text) && !isPlaceAt(s.ts, s.te) && !ctx.orgs.has(t.toLowerCase())
      && !ctx.orgSuffixes.has(lastWord(tokens, s.ts, s.te))
      && tokens.slice(s.ts + 1, s.te).every((x) => /^\p{Lu}/u.test(x.text))) {
      return [{ ...s, type: 'PERSON' as EntityType }];
    }
    // `Korea Utara Choe Son-hui` as one location: split off the person
    for (let k = s.ts + 1; k < s.te; k++) {
      if (fullNames.has(spanText(tokens, k, s.te)) || (k === s.te - 1 && parts.has(tokens[k].text))) {
        return [{ ts: s.ts, te: k, type: isPlaceAt(s.ts, k) ? 'LOCATION' : s.type }, { ts: k, te: s.te, type: 'PERSON' as EntityType }];
      }
    }
    return [s];
  });
  const covered = new Uint8Array(tokens.length);
  for (const s of work) covered.fill(1, s.ts, s.te);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !parts.has(tokens[i].text)) continue;
    work.push({ ts: i, te: i + 1, type: 'PERSON' });
    covered[i] = 1;
  }
  // `James` + `Kopp` added apart: one name (English-only tables, as the Indonesian output was measured without it)
  if (ctx.dotted.size) work = joinPersons(work, tokens, text);

  // 4b. nationality adjectives and demonyms are mentions of their place (`North Korean soldiers`)
  if (ctx.demonyms.size) work = demonymMentions(work, tokens, text, ctx, isPlaceAt);

  // 5. noise; places listed with a conjunction are separate places (`Vancouver and Rochester`)
  work = work.flatMap((s) => {
    if (s.type !== 'LOCATION' || isPlaceAt(s.ts, s.te)) return [s];
    const out: TSpan[] = [];
    let a = s.ts;
    for (let k = s.ts; k <= s.te; k++) {
      if (k < s.te && !ctx.conjunctions.has(tokens[k].text)) continue;
      if (k > a) out.push({ ts: a, te: k, type: 'LOCATION' });
      a = k + 1;
    }
    return out;
  });
  work = work.filter((s) => {
    // an abbreviated honorific alone (`Mr` of `Mr. Bush`) is no name, where abbreviations are dotted
    if (ctx.dotted.size && s.te - s.ts === 1 && tokens[s.te]?.text === '.' && matchPhraseAt(tokens, s.ts, s.te, ctx.honorifics)) return false;
    const t = spanText(tokens, s.ts, s.te);
    if (s.te - s.ts === 1 && calendar.has(t.toLowerCase())) return false;
    if (isCurrency(tokens, s, currencyCodes(pack))) return false;
    if (cased && !/\p{Lu}/u.test(t)) return false;
    if (cased && !lineHasLower(text, tokens[s.ts].start) && lex.acronyms[t] === undefined) return false;
    return true;
  });

  if (ctx.orgSuffixes.size) work = notNames(work, tokens, text, ctx, pack);

  // 6. lexicon fallback: acronyms and listed places the tagger left out
  covered.fill(0);
  for (const s of work) covered.fill(1, s.ts, s.te);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i].text;
    const exp = lex.acronyms[t];
    if (exp !== undefined && /\p{Lu}/u.test(t) && (!cased || lineHasLower(text, tokens[i].start))) {
      work.push({ ts: i, te: i + 1, type: ctx.isPlace(exp) ? 'LOCATION' : 'ORGANIZATION' });
      continue;
    }
    if (!/^\p{Lu}/u.test(t)) continue;
    // `UN` the organisation is not `Un` the name part: all-capitals names match only in capitals
    const no = ctx.capsOnly.has(t.toLowerCase()) && t !== t.toUpperCase() ? 0
      : matchPhraseAt(tokens, i, tokens.length, ctx.orgPhrases, true, (k) => covered[k] === 1);
    if (no && !covered.subarray(i, i + no).some((x) => x) && (!cased || lineHasLower(text, tokens[i].start))) {
      work.push({ ts: i, te: i + no, type: 'ORGANIZATION' });
      i += no - 1;
      continue;
    }
    const n = matchPhraseAt(tokens, i, tokens.length, ctx.places, true, (k) => covered[k] === 1);
    if (n && !covered.subarray(i, i + n).some((x) => x)) {
      work.push({ ts: i, te: i + n, type: 'LOCATION' });
      i += n - 1;
    }
  }

  // 7. an organisation's head before its parent's acronym (`Dewan Keamanan` + `PBB`): one name
  work = extendOrgHeads(work, tokens, text, ctx, lex);
  work = numberedOrgs(work, tokens, text, ctx.numberedOrgCues, ctx.orgQualifiers);

  // 8. `Buffalo, N.Y.`: a town and its state's abbreviation; a wire dateline's place and agency
  if (ctx.regions.size) work = townAndRegion(work, tokens, text, ctx, stop);
  if (lex.wireDatelines) work = dateline(work, tokens, text, ctx);
  if (ctx.regions.size) {
    work = placeConsistency(work, tokens, text);
    coordinatedPlaces(work, tokens, text, ctx, stop);
    longerPlaces(work, tokens, text, isPlaceAt);
    work = lowerCuePlaces(work, tokens, text, ctx, stop);
    // a place piece the fallback added next to a tagged piece (`East` + `Africa`); kept to the
    // languages with these layout tables so the Indonesian output stays as it was measured
    work = mergePlaces(work, tokens, text, isPlaceAt);
  }

  // the outlet's own name is an organisation, whatever the tagger read
  const outlets = outletNames(article.outlet, text);
  for (const s of work) if (outlets.has(spanText(tokens, s.ts, s.te).toLowerCase())) s.type = 'ORGANIZATION';
  // a seat of government is the building after a locative marker (`di Kremlin`), else the institution
  for (const s of work) {
    if (!ctx.placeSeats.has(spanText(tokens, s.ts, s.te).toLowerCase())) continue;
    // the marker right before, or before a function word (`in the Kremlin`, `di dalam Kremlin`)
    const w = (k: number) => (k >= 0 ? tokens[k].text.toLowerCase() : '');
    const at = (k: number) => ctx.locative.has(w(k)) || (k > 0 && ctx.locative.has(`${w(k - 1)} ${w(k)}`));
    s.type = at(s.ts - 1) || (stop.has(w(s.ts - 1)) && at(s.ts - 2)) ? 'LOCATION' : 'ORGANIZATION';
  }

  return work
    .map((s) => {
      // `Timex Inc.`, `Ore.`: the full stop of an abbreviation belongs to the name
      const te = s.te < tokens.length && tokens[s.te].text === '.' && tokens[s.te].start === tokens[s.te - 1].end
        && isDotted(tokens[s.te - 1].text, ctx) ? s.te + 1 : s.te;
      return mention(text, tokens[s.ts].start, tokens[te - 1].end, s.type);
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Only a space (no line break, no punctuation) between tokens a and a + 1. */
function joined(text: string, tokens: Token[], a: number): boolean {
  return /^ ?$/.test(text.slice(tokens[a].end, tokens[a + 1].start));
}

/**
 * Extends a person span over the capitalized word right after it when that word is part of a
 * person's name elsewhere in the document, or is a word news (when it knows it) prints
 * capitalized at least as often as not, and is nothing else the lexicon knows (place, title, organisation, weekday/month,
 * stopword). The tagger, Viterbi-decoded, sometimes ends `Kim Jong` before an unseen last part.
 */
function extendPersons(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, stop: ReadonlySet<string>, calendar: ReadonlySet<string>, cased: boolean): void {
  if (!cased) return;
  const covered = new Uint8Array(tokens.length);
  const nameParts = new Set<string>();
  for (const s of work) {
    covered.fill(1, s.ts, s.te);
    if (s.type === 'PERSON' && s.te - s.ts >= 2) for (let k = s.ts; k < s.te; k++) nameParts.add(tokens[k].text);
  }
  for (const s of work) {
    const k = s.te;
    if (s.type !== 'PERSON' || k >= tokens.length || covered[k] || !joined(text, tokens, k - 1)) continue;
    const w = tokens[k].text;
    const lw = w.toLowerCase();
    // `DeLay`, `McCain`: an inner capital only where abbreviations are dotted (English), as Indonesian was measured without it
    const shape = ctx.dotted.size ? /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{L}+)?$/u : /^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u;
    if (!shape.test(w) || isHeadlineAt(text, tokens[k].start)) continue;
    if (stop.has(lw) || calendar.has(lw) || ctx.isPlace(w) || (ctx.orgs.has(lw) && !ctx.capsOnly.has(lw)) || matchPhraseAt(tokens, k, k + 1, ctx.titles)) continue;
    if (matchPhraseAt(tokens, k, k + 1, ctx.orgCues) || matchPhraseAt(tokens, k, k + 1, ctx.locCues)) continue;
    const b = capBucket(w);
    // buckets 0-1: a common word news capitalizes only at a sentence start or in a headline
    // (an inner capital, `DeLay`, is a name's: the statistics only know the lower-case word)
    if (!nameParts.has(w) && !/\p{Ll}\p{Lu}/u.test(w) && (b === '0' || b === '1')) continue;
    s.te = k + 1;
    covered[k] = 1;
  }
}

/**
 * `Dewan Keamanan PBB`, `Majelis Umum PBB`: an organisation acronym the lexicon knows, preceded
 * (on the same line, no punctuation) by up to four capitalized words starting with an organisation
 * cue word (`dewan`, `komisi`, `majelis`): the whole run is one organisation. Spans inside the run
 * (the head tagged on its own) are absorbed.
 */
function extendOrgHeads(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, lex: NerLexicon): TSpan[] {
  const drop = new Set<TSpan>();
  for (const s of work) {
    if (drop.has(s) || s.te - s.ts !== 1) continue;
    const a = tokens[s.ts].text;
    const exp = lex.acronyms[a];
    const isOrgAcronym = /^\p{Lu}{2,}$/u.test(a) && (exp !== undefined ? !ctx.isPlace(exp) : ctx.orgs.has(a.toLowerCase()));
    if (!isOrgAcronym) continue;
    let start = -1;
    for (let k = s.ts - 1; k >= Math.max(0, s.ts - 4); k--) {
      if (!joined(text, tokens, k) || !/^\p{Lu}/u.test(tokens[k].text)) break;
      const inside = work.find((o) => o !== s && o.ts <= k && o.te > k);
      if (inside && (inside.type === 'PERSON' || inside.te > s.ts)) break;
      if (matchPhraseAt(tokens, k, s.ts, ctx.orgCues)) { start = k; break; }
    }
    if (start < 0) continue;
    const absorbed = work.filter((o) => o !== s && o.ts < s.ts && o.te > start);
    if (absorbed.some((o) => o.ts < start)) continue;
    for (const o of absorbed) drop.add(o);
    s.ts = start;
    s.type = 'ORGANIZATION';
  }
  return drop.size ? work.filter((s) => !drop.has(s)) : work;
}

/** Two spans side by side that together are a listed place (`East` + `Africa`) become that place. */
function mergePlaces(work: TSpan[], tokens: Token[], text: string, isPlaceAt: (a: number, b: number) => boolean): TSpan[] {
  work.sort((a, b) => a.ts - b.ts);
  return work.filter((s, i) => {
    const next = work[i + 1];
    if (!next || next.ts !== s.te || !joined(text, tokens, s.te - 1) || !isPlaceAt(s.ts, next.te)) return true;
    next.ts = s.ts;
    next.type = 'LOCATION';
    return false;
  });
}

/**
 * Splits what English names do not run through but the tokenizer keeps whole: a possessive
 * (`Kopp's` -> `Kopp` + `'s`) and a place or nationality hyphenated to a common word
 * (`Czech-made`, `non-Swedish`, `New York-based`). The tagger has already read the whole words;
 * its spans move onto the new tokens, ending before a possessive.
 */
function splitTokens(tagged: { tokens: Token[]; spans: TaggedSpan[] }, ctx: Ctx): { tokens: Token[]; spans: TaggedSpan[] } {
  if (!ctx.possessives.size && !ctx.demonyms.size) return tagged;
  const tokens: Token[] = [];
  const first: number[] = [];
  const last: number[] = [];
  tagged.tokens.forEach((t, i) => {
    first.push(tokens.length);
    const suf = [...ctx.possessives].find((x) => t.text.length > x.length && t.text.endsWith(x));
    if (suf) {
      tokens.push({ text: t.text.slice(0, -suf.length), start: t.start, end: t.end - suf.length }, { text: suf, start: t.end - suf.length, end: t.end });
      last.push(tokens.length - 2);
      return;
    }
    const prev = tagged.tokens[i - 1];
    const m = /^(\p{L}+)-(\p{L}+)$/u.exec(t.text);
    const named = (w: string) => /^\p{Lu}/u.test(w) && (demonymLength([{ text: w, start: 0, end: 0 }], 0, 1, ctx) === 1 || ctx.isPlace(w)
      || (prev !== undefined && prev.end + 1 === t.start && ctx.isPlace(`${prev.text} ${w}`)));
    if (m && (/^\p{Ll}/u.test(m[1]) !== /^\p{Ll}/u.test(m[2])) && named(/^\p{Lu}/u.test(m[1]) ? m[1] : m[2])) {
      const a = t.start + m[1].length;
      tokens.push({ text: m[1], start: t.start, end: a }, { text: '-', start: a, end: a + 1 }, { text: m[2], start: a + 1, end: t.end });
    } else tokens.push(t);
    last.push(tokens.length - 1);
  });
  return { tokens, spans: tagged.spans.map((s) => ({ ...s, tokenStart: first[s.tokenStart], tokenEnd: last[s.tokenEnd - 1] + 1 })) };
}

/** Length in tokens of the capitalized demonym (`North Korean`, `Kenyans`) at `i`, or 0. */
function demonymLength(tokens: Token[], i: number, end: number, ctx: Ctx): number {
  return ctx.demonyms.size ? matchPhraseAt(tokens, i, end, ctx.demonyms, true, () => true) : 0;
}

/** The last word of a span, lower case, a trailing full stop aside. */
function lastWord(tokens: Token[], ts: number, te: number): string {
  const k = tokens[te - 1].text === '.' && te - 1 > ts ? te - 2 : te - 1;
  return tokens[k].text.toLowerCase();
}

/** A word printed with a full stop that belongs to it: an initial, `Inc`, `Ore` (of `Ore.`). */
function isDotted(w: string, ctx: Ctx): boolean {
  return ctx.dotted.size > 0 && (/^\p{Lu}$/u.test(w) || ctx.dotted.has(w.toLowerCase()) || ctx.regions.has(w + '.'));
}

/** Replaces the spans overlapping [a, b) by `add`. */
function replaceRange(work: TSpan[], a: number, b: number, add: TSpan[]): TSpan[] {
  return [...work.filter((o) => o.te <= a || o.ts >= b), ...add];
}

/**
 * Head-final names: a run of capitalized words (one line, spaces only) ending in an organisation
 * suffix (`Customs Service`, `U.S. Justice Department`, `Heritage Media Corp`) is one organisation,
 * one ending in a place suffix (`Unity Boulevard`, `Andrews Air Force Base`) one place. Leading
 * function and calendar words stay out; spans inside the run give way, one crossing its edge keeps
 * it out.
 */
function orgRuns(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, stop: ReadonlySet<string>, calendar: ReadonlySet<string>): TSpan[] {
  const cap = (k: number) => /^\p{Lu}/u.test(tokens[k].text);
  for (let i = 0; i < tokens.length; i++) {
    if (!cap(i)) continue;
    let j = i + 1;
    while (j < tokens.length && cap(j) && joined(text, tokens, j - 1)) j++;
    const lw = tokens[j - 1].text.toLowerCase();
    const type: EntityType | null = ctx.orgSuffixes.has(lw) ? 'ORGANIZATION' : ctx.locSuffixes.has(lw) ? 'LOCATION' : null;
    let a = i;
    while (a < j && (stop.has(tokens[a].text.toLowerCase()) || calendar.has(tokens[a].text.toLowerCase()))) a++;
    let b = j;
    i = j - 1;
    // `Port Authority of New York and New Jersey`, `University of Michigan`: `of` and capitalized
    // words (joined by `and`) continue an organisation's name; a lone head only inside a sentence
    const inside = a > 0 && /^\p{Ll}/u.test(tokens[a - 1].text);
    if (type === 'ORGANIZATION' && b > a && (b - a >= 2 || inside) && tokens[b]?.text === 'of' && joined(text, tokens, b - 1)) {
      let k = b + 1;
      while (k < tokens.length && cap(k) && joined(text, tokens, k - 1)) {
        k++;
        if (tokens[k]?.text === 'and' && k + 1 < tokens.length && cap(k + 1) && joined(text, tokens, k)) k++;
      }
      if (k > b + 1) {
        b = k;
        i = k - 1;
      }
    }
    if (!type || b - a < 2) continue;
    if (work.some((o) => o.ts < b && o.te > a && (o.ts < a || o.te > b))) continue;
    work = replaceRange(work, a, b, [{ ts: a, te: b, type }]);
  }
  return work;
}

/**
 * An organisation named in full is later printed by its first words (`Poughkeepsie Savings Bank`
 * -> `Poughkeepsie`, `Poughkeepsie Savings`; `Heritage Media Corp.` -> `Heritage`): those are the
 * organisation too, tagged or not. Only for a first word the document never prints in lower case
 * and that is no place, function word or first name of a person in it.
 */
function orgShortForms(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, stop: ReadonlySet<string>, isPlaceAt: (a: number, b: number) => boolean): TSpan[] {
  const orgNames = work.filter((o) => o.type === 'ORGANIZATION').map((o) => spanText(tokens, o.ts, o.te) + ' ');
  // a person span that is the start of an organisation's name (`Poughkeepsie Savings`) is no person
  const personFirsts = new Set(work.filter((p) => p.type === 'PERSON' && p.te - p.ts >= 2
    && !orgNames.some((o) => o.startsWith(spanText(tokens, p.ts, p.te) + ' '))).map((p) => tokens[p.ts].text));
  const forms = new Set<string>();
  for (const s of work) {
    if (s.type !== 'ORGANIZATION' || s.te - s.ts < 2) continue;
    const w = tokens[s.ts].text;
    if (w.length < 3 || !/^\p{Lu}/u.test(w) || ctx.seats.has(spanText(tokens, s.ts, s.te).toLowerCase())) continue;
    if (personFirsts.has(w)) continue;
    // a first word that is a place, a nationality or a function word (`American Medical` of
    // `American Medical International Inc.`) makes a short form only with the word after it
    const weak = stop.has(w.toLowerCase()) || ctx.isPlace(w) || demonymLength(tokens, s.ts, s.ts + 1, ctx) > 0;
    if (!weak && new RegExp(`(?<![\\p{L}\\p{N}])${w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text)) continue;
    for (let k = s.ts + (weak ? 2 : 1); k < s.te; k++) {
      if (!isPlaceAt(s.ts, k) && tokens[k - 1].text !== '.' && !stop.has(tokens[k - 1].text.toLowerCase())) forms.add(spanText(tokens, s.ts, k));
    }
  }
  if (!forms.size) return work;
  for (const s of work) if (forms.has(spanText(tokens, s.ts, s.te))) s.type = 'ORGANIZATION';
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 3; n >= 1; n--) {
      if (i + n > tokens.length || !forms.has(spanText(tokens, i, i + n))) continue;
      // `Heritage Media` inside a longer capitalized run is not the short form
      if (i + n < tokens.length && /^\p{Lu}/u.test(tokens[i + n].text) && joined(text, tokens, i + n - 1)) continue;
      // spans inside it (`American` + `Medical` tagged apart) give way; one crossing its edge keeps it out
      if (work.some((o) => o.ts < i + n && o.te > i && (o.ts < i || o.te > i + n))) continue;
      work = replaceRange(work, i, i + n, [{ ts: i, te: i + n, type: 'ORGANIZATION', form: true }]);
      i += n - 1;
      break;
    }
  }
  return work;
}

/** `James C. Kopp`: a person span ending in an initial runs on over its full stop and the surname. */
function joinInitials(work: TSpan[], tokens: Token[], text: string, stop: ReadonlySet<string>): void {
  for (const s of work) {
    const k = s.te;
    if (s.type !== 'PERSON' || !/^\p{Lu}$/u.test(tokens[k - 1].text) || tokens[k]?.text !== '.' || tokens[k].start !== tokens[k - 1].end) continue;
    const n = tokens[k + 1];
    if (!n || !/^\p{Lu}\p{Ll}/u.test(n.text) || stop.has(n.text.toLowerCase()) || !joined(text, tokens, k)) continue;
    if (work.some((o) => o !== s && o.ts <= k + 1 && o.te > k + 1 && (o.type !== 'PERSON' || o.te > k + 2))) continue;
    for (const o of work) if (o !== s && o.ts === k + 1) o.te = o.ts;
    s.te = k + 2;
  }
  for (let i = work.length - 1; i >= 0; i--) if (work[i].te <= work[i].ts) work.splice(i, 1);
}

/**
 * Demonyms are mentions of their place: a span that is one becomes a LOCATION; one leading a
 * longer span is split off (`Russian` of `Russian Vladimir Putin`) unless the span is an
 * organisation's or event's name (`Cuban Revolution`); and untagged ones are added, except a
 * language after `in` (`in Spanish,`).
 */
function demonymMentions(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, isPlaceAt: (a: number, b: number) => boolean): TSpan[] {
  const out: TSpan[] = [];
  for (const s of work) {
    const n = demonymLength(tokens, s.ts, s.te, ctx);
    if (s.form) out.push(s);
    else if (n === s.te - s.ts) out.push({ ...s, type: 'LOCATION' });
    else if (n && !(s.type === 'ORGANIZATION' && ctx.orgSuffixes.has(lastWord(tokens, s.ts, s.te))) && !matchPhraseAt(tokens, s.ts + n, s.te, ctx.eventCues)) {
      out.push({ ts: s.ts, te: s.ts + n, type: 'LOCATION' });
      const m = demonymLength(tokens, s.ts + n, s.te, ctx);
      out.push({ ts: s.ts + n, te: s.te, type: m === s.te - s.ts - n || isPlaceAt(s.ts + n, s.te) ? 'LOCATION' : s.type });
    } else out.push(s);
  }
  const covered = new Uint8Array(tokens.length);
  for (const s of out) covered.fill(1, s.ts, s.te);
  for (let i = 0; i < tokens.length; i++) {
    const n = covered[i] ? 0 : demonymLength(tokens, i, tokens.length, ctx);
    if (!n || covered.subarray(i, i + n).some((x) => x)) continue;
    const next = tokens[i + n];
    if (next && /^\p{Lu}/u.test(next.text) && joined(text, tokens, i + n - 1) && matchPhraseAt(tokens, i + n, tokens.length, ctx.eventCues)) continue;
    if (i > 0 && tokens[i - 1].text.toLowerCase() === 'in' && (!next || /^[\p{P}]/u.test(next.text))) continue;
    out.push({ ts: i, te: i + n, type: 'LOCATION' });
    i += n - 1;
  }
  return out;
}

/**
 * `Buffalo, N.Y.`, `St. Albans, Vt.`: a state's abbreviation after a comma and up to three
 * capitalized words (with the dots of abbreviations) makes both places, whatever was tagged there.
 */
function townAndRegion(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, stop: ReadonlySet<string>): TSpan[] {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i].text;
    const dot = tokens[i + 1]?.text === '.' && tokens[i + 1].start === tokens[i].end;
    const abbr = ctx.regions.has(t) || (dot && ctx.regions.has(t + '.'));
    const r = abbr ? 1 : matchPhraseAt(tokens, i, tokens.length, ctx.regionNames, true);
    if (!r || tokens[i - 1].text !== ',' || !/^\p{Lu}/u.test(tokens[i - 2].text) || stop.has(tokens[i - 2].text.toLowerCase())) continue;
    let a = i - 2;
    for (let words = 1; a > 0 && joined(text, tokens, a - 1); ) {
      const p = tokens[a - 1].text;
      const isDot = p === '.' && a > 1 && tokens[a - 1].start === tokens[a - 2].end && isDotted(tokens[a - 2].text, ctx);
      if (!isDot && (!/^\p{Lu}/u.test(p) || stop.has(p.toLowerCase()) || ++words > 3)) break;
      a--;
    }
    if (tokens[a].text === '.') a++;
    // a state's full name (`Ancaster, Ontario`) only after `in`, `at`, `from` ...: `Smith, Ontario's premier` is a person
    if (!abbr && !(a > 0 && ctx.locative.has(tokens[a - 1].text.toLowerCase()))) continue;
    work = replaceRange(work, a, i + r, [{ ts: a, te: i - 1, type: 'LOCATION', sure: true }, { ts: i, te: i + r, type: 'LOCATION', sure: true }]);
  }
  return work;
}

/**
 * A town the layout rules placed (`Buffalo, N.Y.`, a dateline) is that place wherever else the
 * document prints it in any case, tagged as something else, in pieces or not at all (`the Buffalo
 * suburb of Amherst`, `Dar es Salaam` after the dateline `DAR ES SALAAM`).
 */
function placeConsistency(work: TSpan[], tokens: Token[], text: string): TSpan[] {
  const sure = new Map<string, number>();
  for (const s of work) if (s.sure && s.type === 'LOCATION') sure.set(spanText(tokens, s.ts, s.te).toLowerCase(), s.te - s.ts);
  for (let i = 0; i < tokens.length; i++) {
    for (const [name, n] of sure) {
      if (i + n > tokens.length || spanText(tokens, i, i + n).toLowerCase() !== name || !/^\p{Lu}/u.test(tokens[i].text)) continue;
      if (i + n < tokens.length && /^\p{Lu}/u.test(tokens[i + n].text) && joined(text, tokens, i + n - 1)) continue;
      if (work.some((o) => o.ts < i + n && o.te > i && (o.ts < i || o.te > i + n))) continue;
      work = replaceRange(work, i, i + n, [{ ts: i, te: i + n, type: 'LOCATION' }]);
      i += n - 1;
      break;
    }
  }
  return work;
}

/**
 * `Kenya and Tanzania`, `Lahore and Peshawar`: a lone capitalized word coordinated after a place is
 * a place too, unless it is part of a person's name in the document.
 */
function coordinatedPlaces(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, stop: ReadonlySet<string>): void {
  const covered = new Uint8Array(tokens.length);
  const names = new Set<string>();
  for (const s of work) {
    covered.fill(1, s.ts, s.te);
    if (s.type === 'PERSON') for (let k = s.ts; k < s.te; k++) names.add(tokens[k].text);
  }
  for (let i = 2; i < tokens.length; i++) {
    const w = tokens[i].text;
    if (covered[i] || !/^\p{Lu}\p{Ll}+$/u.test(w) || stop.has(w.toLowerCase()) || names.has(w)) continue;
    if (!ctx.conjunctions.has(tokens[i - 1].text) || !work.some((s) => s.type === 'LOCATION' && s.te === i - 1)) continue;
    if (i + 1 < tokens.length && /^\p{Lu}/u.test(tokens[i + 1].text) && joined(text, tokens, i)) continue;
    work.push({ ts: i, te: i + 1, type: 'LOCATION' });
    covered[i] = 1;
  }
}

/**
 * A wire dateline opening the text (`WASHINGTON (AP) --`, `DAR ES SALAAM, Tanzania (AP) _`,
 * `MIAMI _`): its all-capitals place and the place after the comma are locations, the agency in
 * brackets an organisation. The tagger reads such lines badly and the noise rule drops them.
 */
function dateline(work: TSpan[], tokens: Token[], text: string, ctx: Ctx): TSpan[] {
  const m = /^\s*(\p{Lu}[\p{Lu}'’. -]*[\p{Lu}.])(?:, (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}))?[ \t]*(?:\(([\p{Lu}][\p{L} ]{0,20})\))?[ \t]*(--|_|—|–)?/du.exec(text);
  if (!m?.indices || (!m[3] && !m[4])) return work;
  const parts: [number, EntityType][] = [[1, 'LOCATION'], [2, 'LOCATION']];
  if (m[3] && (ctx.orgs.has(m[3].toLowerCase()) || /^\p{Lu}{2,8}$/u.test(m[3]))) parts.push([3, 'ORGANIZATION']);
  for (const [g, type] of parts) {
    const r = m.indices[g];
    if (!r) continue;
    const ts = tokens.findIndex((t) => t.start >= r[0]);
    let te = ts;
    while (te < tokens.length && tokens[te].end <= r[1]) te++;
    if (ts >= 0 && te > ts) work = replaceRange(work, ts, te, [{ ts, te: tokens[te - 1].text === '.' && te - ts > 1 && !isDotted(tokens[te - 2].text, ctx) ? te - 1 : te, type, sure: true }]);
  }
  return work;
}

interface Ctx {
  titles: PhraseSet;
  honorifics: PhraseSet;
  orgs: Set<string>;
  orgPhrases: PhraseSet;
  /** Lower-cased organisation names the lexicon lists only in all capitals (`un`, `kcna`). */
  capsOnly: Set<string>;
  locCues: PhraseSet;
  orgCues: PhraseSet;
  connectors: Set<string>;
  startsWithPlace(s: string): boolean;
  places: PhraseSet;
  particles: Set<string>;
  isPlace(s: string): boolean;
  eventCues: PhraseSet;
  /** Optional tables (English): empty when the language does not give them. */
  possessives: Set<string>;
  /** Demonyms and their `-s` plurals, lower case. */
  demonyms: PhraseSet;
  orgSuffixes: Set<string>;
  locSuffixes: Set<string>;
  seats: Set<string>;
  placeSeats: Set<string>;
  regions: Set<string>;
  /** The full names of those regions (`New York`, `Ontario`). */
  regionNames: PhraseSet;
  locative: Set<string>;
  conjunctions: Set<string>;
  dotted: Set<string>;
  /** Area and landform cues whose following words name a place of the document (`kabupaten`, `sungai`). */
  areaCues: Set<string>;
  areaSuffixes: Set<string>;
  numberedOrgCues: Set<string>;
  orgQualifiers: Set<string>;
}

const ctxCache = new Map<NerLexicon, Ctx>();
const currencyCache = new WeakMap<LangPack, Set<string>>();

/** Currency codes printed before an amount (`rp`, `usd`), lower case, letters only. */
function currencyCodes(pack: LangPack): Set<string> {
  let c = currencyCache.get(pack);
  if (!c) {
    c = new Set(Object.keys(pack.numbers.currencyBefore).filter((k) => /^\p{L}+$/u.test(k)).map((k) => k.toLowerCase()));
    currencyCache.set(pack, c);
  }
  return c;
}

function context(lex: NerLexicon): Ctx {
  let c = ctxCache.get(lex);
  if (c) return c;
  const norm = (s: string) => s.toLowerCase().replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim();
  const placeSet = new Set<string>([...lex.places, ...Object.keys(lex.stateMetonyms)].map(norm));
  for (const [k, v] of Object.entries(lex.exonyms)) if (placeSet.has(norm(v))) placeSet.add(norm(k));
  const isPlace = (s: string): boolean => {
    if (placeSet.has(norm(s))) return true;
    const exp = lex.acronyms[s];
    return exp !== undefined && placeSet.has(norm(exp));
  };
  c = {
    titles: phraseSet([...lex.titles, ...lex.honorifics, ...Object.keys(lex.titleForms)]),
    honorifics: phraseSet(lex.honorifics),
    places: phraseSet([...lex.places, ...Object.keys(lex.exonyms).filter((k) => isPlace(lex.exonyms[k]))]),
    particles: new Set(lex.nameParticles.map((p) => p.toLowerCase())),
    orgs: new Set(lex.organizations.map((o) => o.toLowerCase())),
    orgPhrases: phraseSet(lex.organizations.filter((o) => !isPlace(o))),
    capsOnly: capsOnlyNames(lex.organizations),
    locCues: phraseSet(lex.locCues),
    orgCues: phraseSet(lex.orgCues),
    connectors: new Set(lex.nameConnectors.map((w) => w.toLowerCase())),
    isPlace,
    eventCues: phraseSet(lex.eventCues),
    possessives: new Set(lex.possessiveSuffixes ?? []),
    demonyms: phraseSet(Object.keys(lex.demonyms ?? {}).flatMap((d) => (/(?:s|sh|ch|ese)$/.test(d) ? [d] : [d, d + 's']))),
    orgSuffixes: new Set((lex.orgSuffixes ?? []).map((w) => w.toLowerCase())),
    locSuffixes: new Set((lex.locSuffixes ?? []).map((w) => w.toLowerCase())),
    seats: new Set((lex.seatsAsOrganizations ?? []).map((w) => w.toLowerCase())),
    placeSeats: new Set((lex.seats ?? []).map((w) => w.toLowerCase())),
    regions: new Set(Object.keys(lex.regionAbbreviations ?? {})),
    regionNames: phraseSet(Object.values(lex.regionAbbreviations ?? {})),
    locative: new Set(lex.locativeMarkers.map((w) => w.toLowerCase())),
    conjunctions: new Set(lex.conjunctions.map((w) => w.toLowerCase())),
    dotted: new Set((lex.dottedAbbreviations ?? []).map((w) => w.toLowerCase())),
    areaCues: new Set((lex.areaCues ?? []).map((w) => w.toLowerCase())),
    areaSuffixes: new Set((lex.areaSuffixes ?? []).map((w) => w.toLowerCase())),
    numberedOrgCues: new Set((lex.numberedOrgCues ?? []).map((w) => w.toLowerCase())),
    orgQualifiers: new Set((lex.orgQualifiers ?? []).map((w) => w.toLowerCase())),
    startsWithPlace: (s: string) => {
      const w = norm(s).split(' ');
      for (let n = 1; n < w.length; n++) if (placeSet.has(w.slice(0, n).join(' '))) return true;
      return false;
    },
  };
  ctxCache.set(lex, c);
  return c;
}

/** Single-word names listed only in all capitals (`UN`, but not `VoA`, also listed as `VOA`), lower case. */
function capsOnlyNames(names: string[]): Set<string> {
  const caps = new Set(names.filter((o) => /^\p{Lu}{2,}$/u.test(o)).map((o) => o.toLowerCase()));
  for (const o of names) if (!/^\p{Lu}{2,}$/u.test(o)) caps.delete(o.toLowerCase());
  return caps;
}

/** A word news nearly always prints in lower case (so a capital is a headline's, not a name's). */
function isCommonWord(w: string, ctx: Ctx, capitalizedOnly: boolean, maxBucket = '0'): boolean {
  if (!/^\p{L}+$/u.test(w) || w.length < 2) return false;
  if (capitalizedOnly && !/^\p{Lu}\p{Ll}/u.test(w)) return false;
  if (ctx.particles.has(w.toLowerCase()) || ctx.isPlace(w)) return false;
  const b = capBucket(w);
  return b !== 'u' && b <= maxBucket;
}

/** The span starts with a cue phrase (`Jl`, `Kabupaten`, `PT`, `Partai`) followed by a capitalized name. */
function cueAt(tokens: Token[], ts: number, te: number, cues: PhraseSet): boolean {
  const n = matchPhraseAt(tokens, ts, te, cues);
  if (!n || !/^\p{Lu}/u.test(tokens[ts].text)) return false;
  let k = ts + n;
  if (k < te && tokens[k].text === '.') k++;
  return k < te && /^[\p{Lu}\p{N}]/u.test(tokens[k].text);
}

/** A lower-case word that cannot sit inside a name (`in`, `pada`): names do not run across it. */
function isLowerBreak(w: string, ctx: Ctx): boolean {
  return /^\p{Ll}+$/u.test(w) && !ctx.particles.has(w) && !ctx.connectors.has(w);
}

/** Every word of the span is one news usually prints in lower case: not a name. */
function allCommon(tokens: Token[], ts: number, te: number, ctx: Ctx, headline: boolean): boolean {
  for (let k = ts; k < te; k++) {
    const w = tokens[k].text;
    if (headline && te - ts === 1 && capBucket(w) === 'u' && !ctx.isPlace(w) && /^\p{Lu}\p{Ll}+$/u.test(w)) continue;
    if (!isCommonWord(w, ctx, false, '1')) return false;
  }
  return true;
}

function trimEdges(
  tokens: Token[], ts: number, te: number, ctx: Ctx, cased: boolean, maxBucket: string, stop: ReadonlySet<string>, calendar: ReadonlySet<string>,
): { ts: number; te: number } | null {
  const bad = (k: number, edge: 'start' | 'end'): boolean => {
    const t = tokens[k].text;
    // `Puan Maharani Senin`: the weekday of a dateline after a name is not part of it
    if (edge === 'end' && k > ts && calendar.has(t.toLowerCase())) return true;
    if (stop.has(t.toLowerCase()) && !ctx.particles.has(t.toLowerCase())) return true;
    if (/^[\p{P}\p{S}]+$/u.test(t)) return !(edge === 'end' && t === ')' && tokens.slice(ts, k).some((x) => x.text === '('));
    if (!cased) return false;
    if (/^\p{Ll}/u.test(t) && !ctx.particles.has(t)) return true;
    return isCommonWord(t, ctx, true, maxBucket);
  };
  while (ts < te && bad(ts, 'start')) ts++;
  while (te > ts && bad(te - 1, 'end')) te--;
  return te > ts ? { ts, te } : null;
}

function spanText(tokens: Token[], ts: number, te: number): string {
  let s = tokens[ts].text;
  for (let k = ts + 1; k < te; k++) s += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return s;
}

function lineHasLower(text: string, at: number): boolean {
  const a = text.lastIndexOf('\n', at - 1) + 1;
  let b = text.indexOf('\n', at);
  if (b < 0) b = text.length;
  return /\p{Ll}/u.test(text.slice(a, b));
}

function mention(text: string, start: number, end: number, type: EntityType): EntityMention {
  return { start, end, text: text.slice(start, end), type, entity: null };
}

type PhraseSet = Map<string, string[][]>;

function phraseSet(phrases: string[]): PhraseSet {
  const m: PhraseSet = new Map();
  for (const p of phrases) {
    const toks = p.toLowerCase().split(/\s+/).filter(Boolean);
    if (!toks.length) continue;
    const l = m.get(toks[0]) ?? [];
    l.push(toks);
    m.set(toks[0], l);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
}

/** Length (in tokens) of the longest phrase starting at token `i` (before `end`), or 0. */
function matchPhraseAt(tokens: Token[], i: number, end: number, set: PhraseSet, capitalizedAll = false, nextOk?: (k: number) => boolean): number {
  const cands = set.get(tokens[i]?.text.toLowerCase() ?? '');
  if (!cands) return 0;
  for (const p of cands) {
    if (i + p.length > end) continue;
    let ok = true;
    for (let k = 0; k < p.length; k++) {
      const t = tokens[i + k].text;
      // inner function words stay lower case (`Strait of Malacca`, `Voice of America`)
      const lowerOk = k > 0 && k < p.length - 1 && /^\p{Ll}{1,3}$/u.test(t);
      if (t.toLowerCase() !== p[k] || (capitalizedAll && !lowerOk && !/^\p{Lu}/u.test(t))) { ok = false; break; }
    }
    if (ok) {
      // a place is only whole if the next token does not continue a capitalized name
      const nx = tokens[i + p.length];
      if (capitalizedAll && nx && /^\p{Lu}/u.test(nx.text) && nx.start - tokens[i + p.length - 1].end <= 1 && !nextOk?.(i + p.length)) continue;
      return p.length;
    }
  }
  return 0;
}

/**
 * Names the layout of dotted-abbreviation languages (English) makes sure of: an honorific and the
 * capitalized words after it (`Mr. Reupke`, `Dr. Ann Lee`), and a given name, an initial and a
 * surname (`Mark A. Adley`) or an initial and two names (`M. Lee Pearce`) inside a sentence, are a
 * person whatever the tagger said. A span ending in a surname so introduced (`Michael Reupke`
 * tagged an organisation) is that person too.
 */
function dottedNames(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, stop: ReadonlySet<string>): TSpan[] {
  const cap = (k: number) => k < tokens.length && /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(tokens[k].text) && !stop.has(tokens[k].text.toLowerCase())
    && !matchPhraseAt(tokens, k, k + 1, ctx.titles) && !ctx.isPlace(tokens[k].text);
  const initial = (k: number) => k + 1 < tokens.length && /^\p{Lu}$/u.test(tokens[k].text) && tokens[k + 1].text === '.' && tokens[k + 1].start === tokens[k].end;
  const surnames = new Set<string>();
  const found: TSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const h = matchPhraseAt(tokens, i, i + 1, ctx.honorifics);
    if (h && !ctx.dotted.has(tokens[i].text.toLowerCase()) && /^\p{Lu}/u.test(tokens[i].text)) {
      let k = i + 1;
      if (tokens[k]?.text === '.' && tokens[k].start === tokens[i].end) k++;
      let e = k;
      while (e < k + 3 && e < tokens.length && joined(text, tokens, e - 1) && (cap(e) || (initial(e) && cap(e + 2)))) e += initial(e) ? 2 : 1;
      if (e > k) { found.push({ ts: k, te: e, type: 'PERSON' }); surnames.add(tokens[e - 1].text); }
      continue;
    }
    const mid = i > 0 && (/^\p{Ll}/u.test(tokens[i - 1].text) || tokens[i - 1].text === ',');
    if (cap(i) && initial(i + 1) && cap(i + 3) && joined(text, tokens, i) && joined(text, tokens, i + 2)) found.push({ ts: i, te: i + 4, type: 'PERSON' });
    else if (mid && initial(i) && cap(i + 2) && cap(i + 3) && joined(text, tokens, i + 1) && joined(text, tokens, i + 2)) found.push({ ts: i, te: i + 4, type: 'PERSON' });
  }
  for (const f of found) {
    if (work.some((o) => o.ts < f.te && o.te > f.ts && (o.ts < f.ts || o.te > f.te))) continue;
    work = replaceRange(work, f.ts, f.te, [f]);
  }
  for (const s of work) {
    if (s.type === 'PERSON' || !surnames.has(tokens[s.te - 1].text) || isPlaceAt(ctx, tokens, s.ts, s.te)) continue;
    if (!ctx.orgSuffixes.has(lastWord(tokens, s.ts, s.te)) && !cueAt(tokens, s.ts, s.te, ctx.orgCues)) s.type = 'PERSON';
  }
  return work;
}

function isPlaceAt(ctx: Ctx, tokens: Token[], ts: number, te: number): boolean {
  return ctx.isPlace(tokens.slice(ts, te).map((t) => t.text).join(' '));
}

/** Person spans side by side with only a space between (`James` + `Kopp`, each a known name part) are one name. */
function joinPersons(work: TSpan[], tokens: Token[], text: string): TSpan[] {
  work.sort((a, b) => a.ts - b.ts);
  return work.filter((s, i) => {
    const next = work[i + 1];
    if (s.type !== 'PERSON' || next?.type !== 'PERSON' || next.ts !== s.te || !joined(text, tokens, s.te - 1)) return true;
    next.ts = s.ts;
    return false;
  });
}

/**
 * What head-final languages (English) capitalize without it being a person, organisation or place:
 * names ending in an event or law word (`Endangered Species Act`, `Vietnam War`), a lone title
 * (`Gov`), a sentence's opening function word (`However`, `Once`: the speech lexicon's connectives,
 * subordinators and adverbs) and a lone word opening a sentence before a comma that the document
 * never prints as a name again (`Publicly,`). A "person" after `the` with a plural ending (`the
 * Angels`, `the Red Sox`) is a team or a group, an organisation.
 */
function notNames(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, pack: LangPack): TSpan[] {
  const events = new Set([...ctx.eventCues.entries()].filter(([, ps]) => ps.some((p) => p.length === 1)).map(([w]) => w));
  const isEventWord = (k: number) => k < tokens.length && events.has(tokens[k].text.toLowerCase()) && !ctx.orgSuffixes.has(tokens[k].text.toLowerCase());
  const sp = pack.speech;
  const func = new Set([...(sp?.connectives ?? []), ...(sp?.subordinators ?? []), ...(sp?.adverbs ?? [])].map((w) => w.toLowerCase()));
  const definite = new Set((sp?.articles?.definite ?? []).map((w) => w.toLowerCase()));
  const sentenceStart = (k: number) => k === 0 || /[.!?"'“”‘’`]$/u.test(tokens[k - 1].text) || text.slice(tokens[k - 1].end, tokens[k].start).includes('\n');
  const nameWords = (skip: TSpan) => {
    const seen = new Set<string>();
    for (const o of work) if (o !== skip && o.type === 'PERSON') for (let k = o.ts; k < o.te; k++) seen.add(tokens[k].text);
    return seen;
  };
  const out: TSpan[] = [];
  for (const s of work) {
    if (s.te - s.ts >= 2 && isEventWord(s.te - 1)) continue;
    if (s.te < tokens.length && /^\p{Lu}/u.test(tokens[s.te].text) && joined(text, tokens, s.te - 1) && isEventWord(s.te)) continue;
    if (s.type === 'PERSON' && matchPhraseAt(tokens, s.ts, s.te, ctx.titles) === s.te - s.ts) continue;
    if (sentenceStart(s.ts) && func.has(tokens[s.ts].text.toLowerCase())) {
      if (s.te - s.ts === 1) continue;
      s.ts++;
      if (s.type === 'PERSON' && matchPhraseAt(tokens, s.ts, s.te, ctx.titles) === s.te - s.ts) continue;
    }
    if (s.type === 'PERSON' && s.te - s.ts === 1 && sentenceStart(s.ts) && tokens[s.te]?.text === ',') {
      const w = tokens[s.ts].text;
      if (!nameWords(s).has(w) && !tokens.some((t, k) => k !== s.ts && t.text === w)) continue;
    }
    if (s.type === 'PERSON' && s.ts > 0 && definite.has(tokens[s.ts - 1].text.toLowerCase()) && /\p{Ll}(?<![su]s|ss|is)[sx]$/u.test(tokens[s.te - 1].text)) s.type = 'ORGANIZATION';
    out.push(s);
  }
  return out;
}

/**
 * A listed place with a capitalized word before it that makes a longer listed place (`America` ->
 * `South America`) is that place; step 3 only extends names that are not places already.
 */
function longerPlaces(work: TSpan[], tokens: Token[], text: string, isPlaceAt: (a: number, b: number) => boolean): void {
  for (const s of work) {
    const a = s.ts - 1;
    if (s.type !== 'LOCATION' || a < 0 || !/^\p{Lu}/u.test(tokens[a].text) || !joined(text, tokens, a) || !isPlaceAt(a, s.te)) continue;
    if (work.some((o) => o !== s && o.ts <= a && o.te > a)) continue;
    s.ts = a;
  }
}

/**
 * `Loudon county`, `Ashburn village`: a lone capitalized word inside a sentence before a lower-case
 * place word (the single-word place cues) is a place, whatever the tagger made of it.
 */
function lowerCuePlaces(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, stop: ReadonlySet<string>): TSpan[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const w = tokens[i].text;
    const cue = tokens[i + 1].text;
    // not a sentence's first word (`Big city life`) nor an adjective (`the Jewish state`, `Islamic village`)
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || /(?:ish|ic|ian|ese)$/u.test(w) || /[.!?"'“”‘’`]$/u.test(tokens[i - 1].text)) continue;
    if (stop.has(w.toLowerCase()) || !/^\p{Ll}+$/u.test(cue) || !joined(text, tokens, i)) continue;
    if (!ctx.locCues.get(cue)?.some((p) => p.length === 1) || /^\p{Lu}/u.test(tokens[i - 1].text) && joined(text, tokens, i - 1)) continue;
    if (demonymLength(tokens, i, i + 1, ctx) || work.some((o) => o.ts <= i && o.te > i && o.te - o.ts > 1)) continue;
    work = replaceRange(work, i, i + 1, [{ ts: i, te: i + 1, type: 'LOCATION' }]);
  }
  return work;
}
