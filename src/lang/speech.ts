/**
 * Speech and attribution lexicons, one per language, behind one interface. The quote and claim
 * annotators read only this table; no algorithm names a language.
 */
import { packFor } from './index.js';

export type Gender = 'male' | 'female';

export interface SpeechLexicon {
  code: string;
  /**
   * Cue verbs that stand next to a direct quote (`"…," ujar Putin`, `Kata Choe, "…"`, `he said`),
   * lower case. Indonesian lists the bare forms; the pronoun clitic (`ujarnya`) is in `clitics`.
   */
  cueVerbs: string[];
  /**
   * Reporting verbs that introduce indirect speech after their subject (`X mengatakan bahwa …`,
   * `Lavrov mengungkapkan penghargaannya …`, `X said that …`), lower case.
   */
  reportingVerbs: string[];
  /**
   * Verbs that report speech only sometimes (`menyampaikan`, `meminta`, `urged`): they count when
   * a complementizer, a comma or a quote follows, lower case.
   */
  weakReportingVerbs: string[];
  /** Words joining a reporting verb to its content (`bahwa`, `that`). */
  complementizers: string[];
  /** Personal pronouns that can be a speaker (`ia`, `dia`, `beliau`, `he`, `she`), lower case. */
  pronouns: string[];
  /** Plural / group pronouns: a speaker that is not one person (`mereka`, `they`). */
  groupPronouns: string[];
  /** Professions of two words whose second word is also a relation noun elsewhere (`dokter anak`), lower case. */
  professionCompounds: string[];
  /** Weak verbs whose clause may open with a long subject before its predicate (`memastikan pelaku … adalah …`), lower case. */
  longClauseVerbs: string[];
  /**
   * Verbs of a change in a figure (`turun`, `naik`): before a number they are the predicate of a
   * clause after a long subject (`mencatat kunjungan … selama Juni turun 1,86 persen`), lower case.
   */
  figureVerbs: string[];
  /** Words opening a main clause after a fronted condition (`maka`): no relative clause runs past them. */
  mainClauseOpeners: string[];
  /** Aspect and modal words that open a predicate like an auxiliary (`mulai`, `baru`, `mau`); read only to tell a cue inside a clause. */
  predicateOpeners: string[];
  /**
   * Words between a subject and its verb of saying that join the subject to others who spoke
   * (`Watson turut menyampaikan, "…"`); read only before a direct quote. Lower case.
   */
  joiningMarkers: string[];
  /** Group pronouns that may stand for an organisation named in the sentence before (`mereka`; not `kami`). */
  bodyPronouns: string[];
  /** Nouns before an organisation's name (`manajemen`, `klub`, `band`; `laman resmi X`), lower case. */
  bodyNouns: string[];
  /** Words ending an organisation's name (`FC`, `Tbk`), lower case. */
  bodySuffixes: string[];
  /** Words marking people in the plural (`para`, `warga`): a group pronoun near them is those people. */
  peoplePlurals: string[];
  /** Pronoun clitics glued to a verb (`ujarnya`, `menurutnya`): the speaker is a pronoun. */
  clitics: string[];
  /**
   * Prepositions that take the speaker as object and start a statement clause
   * (`Menurut X, …`, `According to X, …`), lower case, possibly several words.
   */
  accordingTo: string[];
  /**
   * Nouns that may stand between an attribution preposition and the source
   * (`menurut laporan Reuters`, `berdasarkan estimasi dari Seoul`), lower case.
   */
  sourceNouns: string[];
  /**
   * Source nouns for research findings (`penelitian`, `study`): what a study found, reported
   * indirectly or after `menurut` (`Menurut penelitian yang dilakukan tim X, …`), is no one's
   * statement, even when its institution is named; a direct quote it cues speaks for the body named
   * after it (`"…," ungkap penelitian dari X`), and for no one when none is. Lower case.
   */
  findingNouns: string[];
  /**
   * Attribution cues for claims, strongest first. `report` cues name who reports a fact
   * (`menurut`, `according to`); `basis` cues name where an estimate comes from
   * (`berdasarkan estimasi dari`, `based on`). Lower case, multi-word allowed.
   */
  reportCues: string[];
  basisCues: string[];
  /** Verbs after a source that report a fact (`Reuters melaporkan`, `BBC reported`). */
  reportVerbs: string[];
  /** Passive citation cues followed by the source (`dilansir`, `dikutip dari`, `mengutip`). */
  citeCues: string[];
  /**
   * Role nouns that can stand for a person (`juru bicara Kremlin`, `the spokesman`), lower case;
   * a speaker named only by a role is resolved to the nearest person mention before it.
   */
  roles: string[];
  /**
   * Roles that name a class of people when they stand bare (`Analis mengatakan`, `analysts said`):
   * such a subject is no one in particular and is not a speaker. Lower case.
   */
  genericRoles: string[];
  /** Capitalized titles that precede a name and are not part of it (`Presiden`, `Menlu`). */
  titles: string[];
  /**
   * Academic and professional degrees printed after a name (`dr Rina, SpKK, M.Kes`, `X, S.H., M.H.`,
   * `Jane Roe, MD`), spelled without their dots, lower case: no name, nor part of one.
   */
  degrees: string[];
  /** Lower-case words allowed inside a personal name (`bin`, `van`, `de`). */
  nameParticles: string[];
  /** Words that end a name run after a cue verb (`dalam`, `kepada`, `in`, `to`), lower case. */
  stopAfterName: string[];
  /**
   * Prepositions of place (`di`, `ke`, `dari`; `in`, `at`): a capitalized word printed after one
   * elsewhere in the article is a place or organisation, not a first name.
   */
  locativePrepositions: string[];
  /** Titles only a person bears (`Mr.`, `King`, `Bapak`): a name printed after one is a person's. Lower case. */
  honorifics: string[];
  /**
   * Gender of the language's personal pronouns and of the honorifics before a name, lower case
   * (`she`, `Mrs.`): a pronoun does not stand for a person of the other gender. Empty where the
   * pronouns have no gender (Indonesian `ia`, `dia`).
   */
  gendered: Record<Gender, { pronouns: string[]; honorifics: string[] }>;
  /** The gender a given name has in the language's name lists, or null (unknown, or used for both). */
  givenNameGender: (name: string) => Gender | null;
  /**
   * Prepositions of company (`met with X`, `wawancara dengan X`): among the locative ones, a name after
   * one may be a person's; after a channel, it is whom the speaker told. Lower case.
   */
  comitatives: string[];
  /**
   * Infinitive markers (`to`): after a verb of speech, one followed by a lower-case word that is no
   * listener (`continued to call`) makes the verb no cue. Lower case; empty where the language has none.
   */
  infinitiveMarkers: string[];
  /** Words before a day that make a time phrase of it (`announced last Wednesday that …`). Lower case. */
  dayDeterminers: string[];
  /**
   * Words opening a time phrase between a subject and its verb, before a weekday, a month or a
   * year (`pada hari Jumat`, `pada 2015`, `on Friday`, `in 2015`). Lower case.
   */
  timeOpeners: string[];
  /** Relative pronouns: a reporting verb right after one has no subject of its own (`yang menyebutkan`). */
  relativePronouns: string[];
  /** Words tying a person to an organisation between name and verb (`X dari WTRG mengatakan`). */
  affiliation: string[];
  /**
   * Passive report cues after a comma that name who said the sentence
   * (`…, demikian seperti diumumkan oleh Kremlin`, `…, as announced by X`), lower case.
   */
  passiveReportCues: string[];
  /**
   * Passive cue verbs followed by their agent (`Upaya ini, diakui Tikno, …`; `…, diakui X.`),
   * lower case.
   */
  passiveCueVerbs: string[];
  /**
   * Sentence openings that point back at the quote before them, followed by a passive cue verb
   * and its agent (`"…." Hal itu dikatakan X`, `Demikian disampaikan X`), lower case.
   */
  backReferences: string[];
  /**
   * Demonstratives that make a common noun point back at a named party (`kartel itu`,
   * `perusahaan tersebut`), lower case.
   */
  demonstratives: string[];
  /** Abbreviations that close a name with their period (`Hewlett-Packard Co.`, `Sun Microsystems Inc.`), lower case. */
  nameSuffixes: string[];
  /** A pronoun for a named party, not a person (`it said`), lower case. */
  partyPronouns: string[];
  /**
   * Nouns for a named party after a definite article (`the company said`), or where the language
   * has none, opening the sentence bare or before a demonstrative (`Perusahaan (itu) mengaku`), lower case.
   */
  partyNouns: string[];
  /**
   * Nouns for a publication between a body's name and the publication's own (`the Communist Party
   * daily Granma`): the name after the noun is the one that speaks. Lower case.
   */
  mediaNouns: string[];
  /** Lower-case words narrowing a role after a body's name (`State Department deputy spokesman X`). */
  roleModifiers: string[];
  /**
   * Reporting verbs whose object is always a clause, never a noun phrase (`said`): after one, a
   * party spoken of again (`The company said the plant will close`) reports whatever follows.
   * Lower case; empty where every such verb can take a noun object.
   */
  clauseVerbs: string[];
  /** Phrases that state what the complementizer after them opens (`made it clear that`), lower case. */
  reportingPhrases: string[];
  /**
   * Is a phrase in quote marks inside reported speech (`Y said the rivalry "broadens …"`) part of that
   * statement rather than a direct quote of its own? The English gold counts it so; the Indonesian
   * seeds count such phrases as direct quotes.
   */
  quotedPhrasesInReports: boolean;
  /** Participles that report speech of the sentence's subject (`…, saying he can …`), lower case. */
  participleCues: string[];
  /**
   * Endings of a participle (`-ing`): one right after `X said,` opens an adjunct (`…, Graham said,
   * offering an example`), not what was said. Lower case; empty where the language marks none.
   */
  participleEndings: string[];
  /**
   * Verbs of saying that continue the cue before them with no subject of their own, right after its
   * comma and before a complementizer (`"…," kata X, menambahkan bahwa …`): the cue's speaker says
   * the clause. Where the language has no participle form to mark this (`participleCues`). Lower case.
   */
  continuationVerbs: string[];
  /** Words before such a verb that mark an accompanying act (`…, kata X, seraya menegaskan bahwa …`). Lower case. */
  continuationMarkers: string[];
  /**
   * Verbs by which a medium quotes a person (`The Argus quoted X as saying …`), and the words
   * between that person and the statement: the person is the speaker. Lower case; empty where a
   * medium's quoting (`mengutip X`) is only a citation.
   */
  quotingVerbs: string[];
  quotingMarkers: string[];
  /**
   * Subordinators of time before a subject (`saat dia menambahkan sodium …`, `when he added …`): a
   * verb there without a complementizer is an act, not a statement. Lower case.
   */
  subordinators: string[];
  /** Words before a name inside a document's title (`Instruksi … tentang Pencegahan …`): no subject. Lower case. */
  topicMarkers: string[];
  /** Reflexive objects (`memastikan diri ikut …`, `declared himself ready`): the verb is an act, not speech. Lower case. */
  reflexives: string[];
  /**
   * Prepositions opening a sentence with the person whose view it gives (`Bagi Akifah, program
   * itu …`): that sentence is about that person. Lower case.
   */
  stanceMarkers: string[];
  /** Object pronouns (`told him about …`: a listener before a topic, no statement). */
  objectPronouns: string[];
  /**
   * Verbs of saying whose object is the listener (`told`): with no clause after that object
   * (`…, Hanley told a local radio station.`) the statement is the clause before. Lower case.
   */
  addresseeVerbs: string[];
  /**
   * Person nouns that say only sex, age or people (`pria`, `wanita`, `orang`, `man`): before a
   * capitalized name they take its origin (`pria Kosta Rika`, a Costa Rican man), never its name,
   * which needs `bernama` / `named`. Lower case.
   */
  bareNouns: string[];
  /** Auxiliaries of the passive (`was quoted as saying`), lower case; none where the verb carries it (`dikutip`). */
  passiveAuxiliaries: string[];
  /** Causative verbs (`membuat netizen menduga …`): the next verb's subject is their object. Lower case. */
  causatives: string[];
  /** Adverbs and adverbial phrases allowed between a subject and its verb (`juga`, `baru-baru ini`), lower case. */
  adverbs: string[];
  /**
   * Adverbs right after a verb of speech that modify the verb (`menegaskan kembali`, `reiterated`
   * being `stated again`): not the first word of what was said. Lower case.
   */
  verbModifiers: string[];
  /** Words opening a one-word manner phrase between a subject and its verb (`secara terbuka`, `tanpa ragu`), lower case. */
  mannerMarkers: string[];
  /**
   * Prepositions opening a channel between a subject and its verb (`dalam siaran pers`, `lewat
   * keterangan tertulis`), before one of `messageNouns`; lower case.
   */
  channelMarkers: string[];
  /**
   * Words that, after a comma, open a post-posed attribution of the clause before (`…, demikian
   * dilaporkan X`, `…, demikian keterangan X`), before a passive cue verb, a source noun or a
   * release verb; lower case.
   */
  postPosedMarkers: string[];
  /** The audience of `told …` / `kepada wartawan`, lower case (skipped, never a speaker). */
  audience: string[];
  /**
   * `seperti` / `as` before a passive cue verb: `…, seperti dijelaskan X, …`, `Seperti dikatakan X, …`,
   * and agentless `Seperti disampaikan dalam pidato …, …` (the speaker is the person last named).
   */
  asCues: string[];
  /**
   * Auxiliaries and modals that show a clause follows a weak reporting verb without `bahwa`
   * (`X mengumumkan anggaran 2015 akan defisit`), unlike a noun object (`mengumumkan rencana baru`).
   */
  clauseMarkers: string[];
  /**
   * Lower-case nouns for a body that speaks for a named party (`kata pemerintah Arab Saudi`): the
   * name after one is the speaker.
   */
  bodies: string[];
  /**
   * Lower-case words that head a body's name whose fields are joined by `dan` and commas
   * (`Badan Meteorologi, Klimatologi dan Geofisika`, `Biro Hukum dan Organisasi BMKG`): a subject
   * run widens over the joins back to one of them.
   */
  bodyHeads: string[];
  /**
   * Passive verbs of publishing that lead from a source noun to its author
   * (`menurut estimasi akhir yang dirilis oleh X`, `a survey conducted by X`), lower case.
   */
  releaseVerbs: string[];
  /** The word before the agent of a passive (`dijelaskan oleh X`, `announced by X`), lower case. */
  agentMarkers: string[];
  /**
   * Connectives that open a sentence with a capital and are never a name (`Meski demikian, …`,
   * `Padahal …`), lower case; added to the words a name may not start with.
   */
  connectives: string[];
  /** The preposition of a verbless attribution after a quote (`"…," ekonom X kepada AFP`). */
  toAudience: string[];
  /**
   * Weak verbs of asking and urging (`meminta`, `mendesak`, `urged`): they may frame a direct quote
   * (`Ia meminta, "…"`) but what follows them bare is a request, not reported speech. Lower case.
   */
  directives: string[];
  /** Conjunctions joining two speech verbs of one subject (`katanya serta menambahkan bahwa …`). */
  coordinators: string[];
  /**
   * Nouns for a message that may stand between a weak verb and its `bahwa`
   * (`menyampaikan surat resmi ke X bahwa …`, `sent a letter … that`), lower case.
   */
  messageNouns: string[];
  /**
   * Common nouns for a person that, with a relative clause and a demonstrative, point back at the
   * person last named (`Pria yang juga menjabat … itu menilai …`), lower case.
   */
  personNouns: string[];
  /**
   * Articles opening a description of a speaker (`A Pentagon spokesman said`, `The grandmother of X
   * said`): indefinite ones introduce someone new. Languages without articles leave both lists
   * empty, and descriptions are then not resolved this way.
   */
  articles: { indefinite: string[]; definite: string[] };
  /** Markers of an apposition that names the subject (`Drummer band itu, yakni X, …`), lower case. */
  appositives: string[];
  /**
   * Question words: after a verb without `bahwa` they open an indirect question
   * (`membeberkan siapa yang …`), not a statement. Lower case.
   */
  interrogatives: string[];
  /** Particles after a question word that make it an indefinite pronoun (`siapa pun`: anyone), no question. Lower case. */
  indefiniteParticles: string[];
  /**
   * Words that open a yes/no question whatever stands before them (`memastikan, apakah …`,
   * `checking whether …`): even after a comma the words are a question, not a statement. Lower case.
   */
  questionMarkers: string[];
  /**
   * Phrases right before a verb of speech that deny the speech (`menolak mengatakan`, `declined to
   * say`): the verb states nothing, and its object is no content. Lower case, multi-word allowed.
   */
  refusals: string[];
  /** Words before a person noun that the person was once (`eks pelatih …`, `former coach`), lower case. */
  formerMarkers: string[];
  /**
   * Words introducing one unnamed person (`seorang komandan X`, `salah seorang pejabat X`): such a
   * subject is no one the text names, whatever name qualifies the noun. Lower case, multi-word
   * allowed; languages with articles add only what is not one (`one U.S. crew chief said`).
   */
  indefinitePersons: string[];
  /**
   * Role nouns that name no one when only a body or place follows them (`Pejabat Kremlin
   * mengatakan`): one unnamed official, not the body. Lower case; empty where an article marks
   * such a subject (`a Kremlin official said`).
   */
  unnamedOfficials: string[];
  /**
   * Nouns of a relation to a person printed right before that person's name (`kuasa hukum X`,
   * `istri X`): the one who speaks is someone else, unnamed unless the article names them in that
   * relation. Lower case, multi-word phrases allowed; empty where the relation is a possessive
   * (`X's lawyer`).
   */
  relationNouns: string[];
  /** A word that puts a role after a name (`X selaku Ketua Panitia mengatakan`): the name speaks. Lower case. */
  capacityMarkers: string[];
  /** Second-person pronouns (`Anda`, `you`): the reader addressed, never a speaker the text names. Lower case. */
  secondPersons: string[];
  /**
   * Reporting verbs that also add to a tally (`added three assists`, `reported a loss`): with a
   * counted object (a number, an article, a possessive) and no clause after it, no speech. Lower case.
   */
  countingVerbs: string[];
  /**
   * Words opening a fronted subordinate clause (`Because X suspected …, he told …`): such a clause
   * alone before `, X verb` is no statement. Lower case.
   */
  clauseOpeners: string[];
  /** Directive verbs that also ask a question, whose quoted words are a quote (`asked, "what sense …"`). Lower case. */
  questionVerbs: string[];
  /**
   * Possessive determiners opening a noun phrase (`his`, `their`): like a definite article, they may
   * open the subject of a reported clause (`said his company would …`). Lower case; empty where
   * the possessor follows the noun.
   */
  possessives: string[];
  /**
   * Conjunctions of purpose opening what a verb asks for (`mengingatkan agar …`): a wish or an
   * instruction, never a statement, whatever the verb. Lower case.
   */
  purposeMarkers: string[];
  /**
   * Verbs that also name things (`menyebut X sebagai Y`, `called it a …`), and the words that mark
   * the name given: without a complementizer, such a verb with one of them is naming, not speech.
   */
  namingVerbs: string[];
  namingMarkers: string[];
  /**
   * Prefixes of passive verbs whose agent may follow with no marker (`dibantah Sunan`): the name
   * after one is the person a sentence is about. Empty where the agent always needs one (`by`).
   */
  passivePrefixes: string[];
  /**
   * Prefixes of active verbs (`mem-`, `meng-`): such a verb right after a weak reporting verb opens a
   * clause with the speaker as its subject (`mengumumkan mendapatkan dana …`), not a noun object.
   * Empty where the prefix would not tell a verb from a noun.
   */
  activePrefixes: string[];
  /**
   * Prefixes of verbs with no object (`ber-`, `ter-`): such a verb after a noun phrase closed by a
   * demonstrative (`kegiatan ini bertujuan …`) makes that phrase a subject, so a weak reporting
   * verb before it reports a clause. Empty in English.
   */
  intransitivePrefixes: string[];
  /**
   * Passive verbs of answering or denying (`dibantah`, `ditanggapi`): their agent is about to
   * speak, so a pronoun in the next sentence stands for them. Lower case.
   */
  passiveReplies: string[];
  /**
   * Comparative words: a name after one and a locative preposition (`lebih tua setahun dari
   * Nadine`) is compared, not placed, so it says nothing about the name being a place. Lower case.
   */
  comparatives: string[];
  /**
   * Words of origin inside a description (`pelatih asal Prancis`): the name after one is where the
   * person comes from, never the person. Lower case.
   */
  originWords: string[];
  /** Prepositions of affiliation after a person's name (`Ani dari PT X yang …`, `Lee of Acme`). Lower case. */
  affiliationMarkers: string[];
  /**
   * Words joining a contrasting clause (`but`): after a verb of saying and a comma (`than X
   * suggests, but he …`) such a clause is the writer's, not what was said. Lower case.
   */
  contrastives: string[];
  /**
   * Participles that give a person's name after a description (`juru bicara yang bernama X itu`):
   * the name after one is the person the description is, so it speaks. Lower case.
   */
  namedParticiples: string[];
}


/** The speech lexicon of a language, read from its pack (Indonesian when it has none). */
export function speechFor(code: string | null | undefined): SpeechLexicon {
  return packFor(code).speech;
}
