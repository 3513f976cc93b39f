/**
 * Salience for pronouns: a pronoun opening the sentence after one about a named person
 * (`Ilal Ferhard membela diri. Dirinya memastikan …`, `Pernyataan X dibantah Sunan Kalijaga.
 * Pengacara … tersebut menegaskan …`) stands for that person, the one the text has just put in
 * focus, rather than for whoever spoke last.
 */
import { headline, isCap, isDash, spanAt, tokenAt } from './text.js';
import { degreesOnly } from './degrees.js';
import { adjacent, cleanRun, ref, isDefinite, nameToken, runForward, sentenceInitial, speakerAfter, trailingPerson, type SpeakerContext, type SpeakerRef } from './speaker.js';

export interface Salient {
  ref: SpeakerRef;
  /** Named as the agent of a verb of speech or reply (`dibantah X`): about to speak. */
  replies: boolean;
}

/**
 * The person the sentence before the one holding offset `at` is about: the agent of a passive
 * main verb (`… dibantah Sunan Kalijaga`), else the name that opens the main clause and is
 * followed by a lower-case word (its verb), at the sentence start or after a fronted clause
 * (`Diserang X, Ilal Ferhard membela diri`) or a dateline. Null when that sentence is not about a name.
 */
export function salientName(ctx: SpeakerContext, sents: Array<[number, number]>, at: number, depth = 0): Salient | null {
  const si = spanAt(sents, at);
  if (si < 1) return null;
  const [s0, e0] = sents[si - 1];
  const { toks } = ctx;
  const a = tokenAt(toks, s0);
  let b = a;
  while (toks[b] && toks[b].start < e0) b++;
  // A headline in a `Baca juga` list (`Aktris X Bicara Hubungan dengan Y`) is no sentence about anyone.
  if (headline(toks, ctx.text, a, b)) return null;
  // `Bagi Akifah, program itu …`: the view of the person after the stance word.
  if (ctx.lex.stanceMarkers.includes(toks[a]?.low ?? '') && nameToken(ctx, a + 1)) {
    const e = runForward(ctx, a + 1, e0);
    const r = toks[e]?.text === ',' ? nameRef(ctx, a + 1, e) : null;
    if (r) return { ref: r, replies: false };
  }
  const starts = [a];
  // `Sementara itu X mengimbau …`, `Selain itu X …`: a connective closed by a demonstrative, no comma.
  if (ctx.notName.has(toks[a]?.low ?? '') && ctx.lex.demonstratives.includes(toks[a + 1]?.low ?? '') && isCap(toks[a + 2])) starts.push(a + 2);
  for (let c = a + 1; c < Math.min(b, a + 30); c++) {
    // A fronted clause or a dateline (`Jakarta (ANTARA News) - …`) before the main clause; a long
    // fronted phrase (`Di tengah diskusi … di Museum X, Selasa (29 / 8), Rudiantara mempromosikan`)
    // may hold commas of its own, so each comma is a start, tried in order.
    if (toks[c].text === ',' || (c < a + 8 && isDash(toks[c]) && starts.length === 1)) {
      // A comma inside a title's closing quote mark (`after their hit “Black Water,” Smith …`).
      starts.push(/^[”"]$/.test(toks[c + 1]?.text ?? '') ? c + 2 : c + 1);
      if (starts.length === 4) break;
    }
  }
  for (const st0 of starts) {
    let st = st0;
    // `petinggi Arsenal Stan Kroenke melayangkan …`: a word or two of role before the name.
    let lead = 0;
    while (lead < 2 && toks[st]?.word && !isCap(toks[st]) && toks[st].start < e0 && !ctx.notName.has(toks[st].low)) {
      st++;
      lead++;
    }
    if (!nameToken(ctx, st) || (lead > 0 && !adjacent(ctx, st - 1))) continue;
    // `Seperti dilansir The Sun, Reddy …`: a fronted `as reported by` clause cites a source; the
    // sentence is about the subject after it.
    if (ctx.lex.asCues.includes(toks[st].low)) continue;
    let e = runForward(ctx, st, e0);
    // `Giuseppe Crippa, MD, direktur …`: degrees after a name's comma are no one.
    if (st > a && toks[st - 1].text === ',' && degreesOnly(ctx, st, e)) continue;
    // `U.S. Secretary of State Madeleine Albright paid …`: a title's `of` and its body; the person
    // ends the run after them.
    while (ctx.lex.affiliation.includes(toks[e]?.low ?? '') && ctx.titles.has(toks[e - 1].low) && isCap(toks[e + 1]) && adjacent(ctx, e) && toks[e + 1].start < e0) {
      st = e + 1;
      e = runForward(ctx, st, e0);
    }
    // `Polly Peck's acquisition makes sense`: a possessive is no subject; nor a nationality
    // adjective (`The Czech foreign minister, Jan Kavan, …`).
    // But a possessive body before a titled name is no more than its qualifier (`But Smith
    // Barney's Mr. Doyle, who …, called …`).
    if (/['’]s$/.test(toks[e - 1].text)) {
      const k = toks[e]?.text === '.' ? e + 1 : e;
      if (!(ctx.titles.has(toks[e]?.low ?? '') && isCap(toks[e]) && nameToken(ctx, k + 1) && toks[k + 1].start < e0)) continue;
      st = k + 1;
      e = runForward(ctx, st, e0);
    }
    const art = isDefinite(ctx, toks[st].low) ? st + 1 : st;
    if (e - art === 1 && ctx.demonyms.has(toks[art].text)) continue;
    // `Ketua Komunitas X dan mantan Dewan Kota Vancouver Ellen Woodsworth adalah …`: a title joined
    // by `dan` to more of it; the person ends the last run.
    if (ctx.titles.has(toks[st].low) && ctx.lex.coordinators.includes(toks[e]?.low ?? '')) {
      let k = e + 1;
      while (k < e + 4 && toks[k]?.word && !isCap(toks[k]) && toks[k].start < e0) k++;
      if (isCap(toks[k]) && toks[k].start < e0) {
        const e2 = runForward(ctx, k, e0);
        const c = cleanRun(ctx, k, e2);
        if (c && /^\p{Ll}/u.test(toks[e2]?.text ?? '')) {
          const [x, y] = trailingPerson(ctx, c);
          return { ref: { kind: 'name', start: toks[x].start, end: toks[y - 1].end, text: ctx.text.slice(toks[x].start, toks[y - 1].end) }, replies: false };
        }
      }
    }
    // `Arkani Putri (24) justru memilih …`: an age in brackets after the name comes before its verb.
    const aged = toks[e]?.text === '(' && /^\d{1,3}$/.test(toks[e + 1]?.text ?? '') && toks[e + 2]?.text === ')';
    let next = toks[aged ? e + 3 : e];
    // `Joshua Shadle, pendiri dan CEO Fuelary, melakukan …`: an apposition between name and verb.
    // A relative clause there (`X, who had been … last year, appeared …`) may run longer.
    if (next?.text === ',') {
      let c = e + 1;
      const span = ctx.lex.relativePronouns.includes(toks[e + 1]?.low ?? '') ? 30 : 10;
      while (c < Math.min(b, e + span) && toks[c].text !== ',') c++;
      // A comma inside a company's name (`an analyst with Bear, Stearns amp Co., finds …`) is not the apposition's end.
      if (toks[c]?.text === ',' && isCap(toks[c + 1]) && adjacent(ctx, c + 1)) {
        let c2 = c + 1;
        while (c2 < Math.min(b, c + 8) && toks[c2].text !== ',') c2++;
        if (toks[c2]?.text === ',') c = c2;
      }
      const verb = toks[c + 1];
      // An auxiliary is a verb too (`Lucia de Soto, 33, was born …`), though a function word.
      const aux = (w: string) => ctx.lex.passiveAuxiliaries.includes(w) || ctx.lex.clauseMarkers.includes(w);
      if (toks[c]?.text === ',' && c > e + 1 && verb?.word && !isCap(verb) && (!ctx.notName.has(verb.low) || aux(verb.low))) next = verb;
      // `Pebalap asal Spanyol, Marco Ruiz, membidik …`: the name is itself the
      // apposition naming the subject, and the verb follows its comma (past adverbs: `Minho, juga mengiyakan`).
      else {
        let w = e + 1;
        while (w < e + 3 && ctx.lex.adverbs.includes(toks[w]?.low ?? '')) w++;
        if (st0 > a && toks[st0 - 1].text === ',' && toks[w]?.word && !isCap(toks[w]) && !ctx.notName.has(toks[w].low)) next = toks[w];
      }
    }
    // The verb is a word of letters: after `… Anugerah Pers Jawa Tengah 2018` the name is no subject.
    if (!next || next.start >= e0 || !/^\p{Ll}/u.test(next.text) || (next === toks[e] && !adjacent(ctx, e - 1))) continue;
    // `tangan kiri Kvitova yang …`: after such words, the name must be the subject of a verb.
    if (lead > 0 && (ctx.lex.relativePronouns.includes(next.low) || ctx.lex.stopAfterName.includes(next.low))) continue;
    // `Mantan pemain … itu pun menunggu`: a description, not a name. After an active verb
    // (`Rudiantara mempromosikan aplikasi ini`) a demonstrative is in its object.
    // Not one closing a phrase after the name (`Hariyanto dalam kesempatan itu menyampaikan …`).
    const phraseNext = ctx.lex.stopAfterName.includes(next.low) && !ctx.lex.relativePronouns.includes(next.low);
    if (!activeVerb(ctx, next.low) && !phraseNext && toks.slice(e, e + 4).some((t) => ctx.lex.demonstratives.includes(t.low))) continue;
    // A start after a comma deep in the sentence is a main clause only after a fronted phrase that
    // opens with a preposition (`Di tengah …, Selasa (29 / 8), X mempromosikan`), with such a verb.
    // Counted from after a dateline (`KOTA - Pebalap asal X, Name, membidik …`).
    const from = starts.length > 1 && isDash(toks[starts[1] - 1]) && st0 >= starts[1] ? starts[1] : a;
    // So is one after a phrase of its own opening with a preposition, maybe after a connective
    // (`…, but at the news conference, Mr. Nadir brimmed with …`).
    const ps = starts[starts.indexOf(st0) - 1];
    const lead2 = ps !== undefined && ps > from && (ctx.lex.connectives.includes(toks[ps].low) || ctx.lex.coordinators.includes(toks[ps].low)) ? ps + 1 : ps;
    const phrase = lead2 !== undefined && lead2 > from && ctx.lex.stopAfterName.includes(toks[lead2].low) && !ctx.lex.relativePronouns.includes(toks[lead2].low);
    // So is a fronted clause opening with an active verb (`Menjawab spekulasi soal …, X angkat suara`)
    // or a subordinator (`While the visit was unrelated to it, Name answered …`).
    const subordinate = ctx.lex.subordinators.includes(toks[from].low) || ctx.lex.connectives.includes(toks[from].low);
    // Where the language marks no active verb (English), any verb after the name will do
    // (`After a performance of their hit, Simmons introduced …`).
    const verbNext = activeVerb(ctx, next.low) || (!ctx.lex.activePrefixes.length && !ctx.lex.stopAfterName.includes(next.low));
    if (st0 - from >= 8 && !phrase && !subordinate && !(ctx.lex.stopAfterName.includes(toks[from].low) && verbNext) && !activeVerb(ctx, toks[from].low)) continue;
    const agent = passiveAgent(ctx, e, e0);
    if (agent) return { ref: agent, replies: ctx.lex.passiveReplies.includes(toks[e].low) || ctx.lex.passiveCueVerbs.includes(toks[e].low) };
    const r = nameRef(ctx, st, e);
    // `Hariyanto dalam kesempatan itu menyampaikan materi …`: the subject of a verb of speech, even
    // with a noun object, is about to speak.
    if (r) return { ref: r, replies: speaksNext(ctx, toks.indexOf(next), e0) };
  }
  const found = possessor(ctx, a, e0) ?? postedBy(ctx, a, b, e0) ?? appositeAgent(ctx, a, b, e0);
  // `Chicco juga masih malu-malu …. Saat ditemui …, bintang film '…' tersebut malah membantah …`: a
  // description closed by a demonstrative as the subject goes on about the person the sentence
  // before put in focus.
  if (!found && depth === 0 && starts.some((st) => describedSubject(ctx, st, e0))) return salientName(ctx, sents, s0, 1);
  return found;
}

/** Does a description (`bintang film '…' tersebut`: a person noun, a few words, a demonstrative) open the clause at token st? */
function describedSubject(ctx: SpeakerContext, st: number, e0: number): boolean {
  const { toks, lex } = ctx;
  if (!toks[st]?.word || isCap(toks[st]) || !lex.personNouns.includes(toks[st].low)) return false;
  for (let k = st + 1; k < st + 10 && toks[k] && toks[k].start < e0; k++) {
    if (lex.demonstratives.includes(toks[k].low)) return !!toks[k + 1]?.word && !isCap(toks[k + 1]);
  }
  return false;
}

/**
 * `Janji serupa disampaikan anggota lainnya, Jonghyun.`, `… dibenarkan oleh Kepala Humas
 * Kementerian, Noor Hadi.`: a passive verb of saying among the sentence's first words whose agent
 * is a role, the person named in apposition at the sentence's end. That person is about to speak.
 */
function appositeAgent(ctx: SpeakerContext, a: number, b: number, e0: number): Salient | null {
  const { toks } = ctx;
  const saying = (k: number) => ctx.lex.passiveCueVerbs.includes(toks[k].low) || ctx.lex.passiveReplies.includes(toks[k].low);
  let v = a;
  while (v < Math.min(b, a + 6) && !saying(v)) v++;
  if (v >= Math.min(b, a + 6)) return null;
  // `Hal serupa disampaikan Yoga Pratama (31), pedagang dari Depok, Jawa Barat.`: the agent right after
  // the verb is the one about to speak, not a place apposed at the sentence's end. Not a title
  // (`dibenarkan Kepala Humas Kementerian, Noor Hadi`), which the apposition after it names.
  const g = ctx.lex.agentMarkers.includes(toks[v + 1]?.low ?? '') ? v + 2 : v + 1;
  if (nameToken(ctx, g) && toks[g].start < e0 && !ctx.titles.has(toks[g].low) && adjacent(ctx, g - 1)) {
    const e = runForward(ctx, g, e0);
    const r = nameRef(ctx, g, e);
    if (r && tokenAt(toks, r.start) === g) return { ref: r, replies: true };
  }
  let c = b - 1;
  while (c > v && toks[c].text !== ',') c--;
  if (c <= v + 1 || !nameToken(ctx, c + 1)) return null;
  const e = runForward(ctx, c + 1, e0);
  // the name closes the sentence: nothing but its final mark after it
  if (toks[e] && toks[e].start < e0 && toks[e].word) return null;
  const r = nameRef(ctx, c + 1, e);
  return r ? { ref: r, replies: true } : null;
}

/**
 * `Masa depan Rossi di MotoGP masih menjadi tanda tanya.`: a subject that is a common noun (a word
 * or two, the first opening the sentence) owned by a name, then an auxiliary (past a place or
 * channel after a preposition), puts that name in focus as a subject would.
 */
function possessor(ctx: SpeakerContext, a: number, e0: number): Salient | null {
  const { toks, lex } = ctx;
  if (!isCap(toks[a]) || capitalizedElsewhere(ctx, a)) return null;
  let q = a + 1;
  if (toks[q]?.word && !isCap(toks[q]) && !ctx.notName.has(toks[q].low)) q++;
  if (!nameToken(ctx, q) || !adjacent(ctx, q - 1) || toks[q].start >= e0) return null;
  const e = runForward(ctx, q, e0);
  let k = e;
  if (lex.stopAfterName.includes(toks[k]?.low ?? '') && nameToken(ctx, k + 1)) k = runForward(ctx, k + 1, e0);
  if (!toks[k] || toks[k].start >= e0 || !lex.clauseMarkers.includes(toks[k].low)) return null;
  const c = cleanRun(ctx, q, e);
  if (!c) return null;
  return { ref: ref(ctx, 'name', c[0], c[1]), replies: false };
}

/**
 * `Cuitan yang mirip diposting pemilik akun @x, …`: a post whose passive verb, within the
 * sentence's first words, has a handle as its agent is about that account, about to be quoted.
 */
function postedBy(ctx: SpeakerContext, a: number, b: number, e0: number): Salient | null {
  const { toks, lex } = ctx;
  for (let v = a + 1; v < Math.min(b, a + 5); v++) {
    if (!passiveVerb(ctx, v)) continue;
    const n = lex.agentMarkers.includes(toks[v + 1]?.low ?? '') ? v + 2 : v + 1;
    const r = speakerAfter(ctx, n, e0);
    return r?.text.startsWith('@') ? { ref: r, replies: true } : null;
  }
  return null;
}

/**
 * The cleaned name in the run `[a, e)`, without a sentence's first word that is a common word:
 * alone, one the article never capitalizes elsewhere (`Sistem ini …`, `Misalnya …`); before more
 * of the name, one it also prints in lower case (`Pelukis Rina …` after `pelukis`).
 */
function nameRef(ctx: SpeakerContext, a: number, e: number): SpeakerRef | null {
  const { toks } = ctx;
  // After a dateline's dash (`KOTA - Pebalap asal …`) a capital means as little as at a sentence start.
  const opening = sentenceInitial(ctx, a) || isDash(toks[a - 1]);
  if (opening && (e - a === 1 ? !capitalizedElsewhere(ctx, a) : ctx.wordIndex.has(toks[a].low))) a++;
  const c = a < e ? cleanRun(ctx, a, e) : null;
  if (!c || (c[1] - c[0] === 1 && ctx.lex.genericRoles.includes(toks[c[0]].low))) return null;
  // `Awal Januari lalu, …`: what is left of the run after a calendar word is the common word (not
  // a name after a title's dot: `Mr. Walsh`).
  const titled = toks[c[0] - 1]?.text === '.' && ctx.titles.has(toks[c[0] - 2]?.low ?? '');
  if (c[1] - c[0] === 1 && !titled && (sentenceInitial(ctx, c[0]) || (opening && c[0] === a)) && !capitalizedElsewhere(ctx, c[0])) return null;
  return ref(ctx, 'name', c[0], c[1]);
}

/** Is the subject's verb at token v, or right after a short phrase opening there, a verb of speech? */
function speaksNext(ctx: SpeakerContext, v: number, e0: number): boolean {
  const { toks, lex } = ctx;
  const w = (k: number) => toks[k].low;
  const speech = (k: number) =>
    lex.cueVerbs.includes(w(k)) || lex.reportingVerbs.includes(w(k)) || (lex.weakReportingVerbs.includes(w(k)) && !lex.directives.includes(w(k)));
  // Past an adverb or two (`X lalu menulis …`).
  for (let n = 0; n < 2 && toks[v + 1]?.word && (lex.adverbs.includes(w(v)) || lex.verbModifiers.includes(w(v))); n++) v++;
  if (speech(v)) return true;
  if (!lex.stopAfterName.includes(toks[v].low)) return false;
  for (let k = v + 1; k < v + 5 && toks[k] && toks[k].start < e0 && toks[k].word; k++) if (speech(k)) return true;
  return false;
}

/** An active verb (`mem-`, `meng-` …) long enough not to be a noun. */
function activeVerb(ctx: SpeakerContext, w: string): boolean {
  return ctx.lex.activePrefixes.some((p) => w.startsWith(p) && w.length >= p.length + 5);
}

function capitalizedElsewhere(ctx: SpeakerContext, i: number): boolean {
  return (ctx.wordIndex.get(ctx.toks[i].text) ?? []).some((k) => k !== i && !sentenceInitial(ctx, k));
}

/** A passive verb (`di-` + a stem long enough not to be a plain word) at token `v`. */
function passiveVerb(ctx: SpeakerContext, v: number): boolean {
  const w = ctx.toks[v]?.low ?? '';
  return !!ctx.toks[v]?.word && !isCap(ctx.toks[v]) && ctx.lex.passivePrefixes.some((p) => w.startsWith(p) && w.length > p.length + 3);
}

/** `dibantah Sunan Kalijaga` / `dibantah oleh X`: the name after a passive verb at token v. */
function passiveAgent(ctx: SpeakerContext, v: number, limit: number): SpeakerRef | null {
  const { toks, lex } = ctx;
  if (!passiveVerb(ctx, v)) return null;
  const n = lex.agentMarkers.includes(toks[v + 1]?.low ?? '') ? v + 2 : v + 1;
  if (!nameToken(ctx, n) || toks[n].start >= limit) return null;
  return nameRef(ctx, n, runForward(ctx, n, limit));
}

/**
 * Is the person at `r` printed here for the first time? Judged by the name's last word (the
 * family name), since a run may carry an organisation printed before (`Arsenal Stan Kroenke`).
 */
export function firstMention(ctx: SpeakerContext, r: SpeakerRef): boolean {
  const a = tokenAt(ctx.toks, r.start);
  const last = tokenAt(ctx.toks, r.end) - 1;
  return !(ctx.wordIndex.get(ctx.toks[last].text) ?? []).some((k) => k < a);
}

/**
 * A description repeated word for word (`Petenis 27 tahun ini …. Petenis 27 tahun ini bahkan
 * mengakui …`) names the same person each time: the person the sentence before its nearest
 * earlier occurrence was about. Null when it was not printed before, or no name stood before it.
 */
export function describedBefore(ctx: SpeakerContext, sents: Array<[number, number]>, r: SpeakerRef): Salient | null {
  const words = r.text.toLowerCase().split(/\s+/);
  const { toks } = ctx;
  const k0 = tokenAt(toks, r.start);
  for (let k = k0 - 1; k >= 0; k--) {
    if (!words.every((w, q) => toks[k + q]?.low === w)) continue;
    const sal = salientName(ctx, sents, toks[k].start);
    if (sal) return sal;
  }
  return null;
}

