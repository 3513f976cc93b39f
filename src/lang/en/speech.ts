import type { SpeechLexicon } from '../speech.js';
import { givenNameGender } from './names.js';

const words = (s: string): string[] => s.trim().split(/\s*\n\s*/).filter(Boolean);
const list = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

/** English speech verbs, pronouns, roles and attribution cues as news prints them. */
export const speech: SpeechLexicon = {
  code: 'en',
  cueVerbs: list(`
    said says say told tells added adds explained explains stressed stresses noted notes insisted
    insists warned warns asked asks argued argues claimed claims declared declares wrote writes
    continued continues replied replies recalled recalls remarked remarks acknowledged
    acknowledges admitted admits conceded concedes announced announces suggested suggests
    joked jokes quipped quips exclaimed exclaims countered counters observed observes
    tweeted tweets posted shouted yelled screamed cried`),
  reportingVerbs: list(`
    said says told tells added adds explained explains stressed stresses noted notes insisted
    insists warned warns argued argues claimed claims declared declares
    acknowledged acknowledges admitted admits reported reports confirmed confirms
    estimated estimates predicted predicts suggested suggests affirmed affirms
    maintained maintains vowed vows pledged pledges alleged alleges
    emphasized emphasizes emphasised emphasises conceded concedes countered counters
    speculated speculates projected`),
  weakReportingVerbs: list(`urged urges called calls asked asks hoped hopes wanted wants accused accuses praised praises indicated indicates
    announced announces revealed reveals denied denies disclosed discloses assured assures wrote writes
    testified testifies reiterated reiterates stated tweeted tweets`),
  complementizers: list('that'),
  pronouns: list('he she'),
  groupPronouns: list('they we'),
  // The Indonesian rules of bodies and long clauses (`mereka` for a club, `memastikan pelaku … adalah`) have no English lists yet.
  professionCompounds: [],
  longClauseVerbs: [],
  figureVerbs: [],
  mainClauseOpeners: [],
  predicateOpeners: [],
  // `also` is an adverb (`adverbs`), skipped wherever a subject is read.
  joiningMarkers: [],
  bodyPronouns: [],
  bodyNouns: [],
  bodySuffixes: [],
  peoplePlurals: [],
  clitics: [],
  accordingTo: words(`according to`),
  sourceNouns: list(`
    report reports data estimate estimates figures survey statement statements officials
    sources analysis study research agency memorandum memo information`),
  // Not `survey` or `poll`: a poll is its publisher's report (`according to a Reuters poll`), not a finding.
  findingNouns: list('study studies research findings'),
  reportCues: words(`
    according to
    as reported by
    reported by
    citing
    cited by
    quoted by`),
  basisCues: words(`
    based on estimates by
    based on estimates from
    based on data from
    based on figures from
    based on
    estimates by
    estimates from`),
  reportVerbs: list(`reported reports estimated estimates announced announces said says`),
  citeCues: words(`
    citing
    quoted by
    cited by
    as reported by`),
  roles: words(`
    spokesman
    spokeswoman
    spokesperson
    foreign minister
    minister
    president
    vice president
    prime minister
    leader
    chief
    commander
    head
    chairman
    chairwoman
    director
    governor
    mayor
    ambassador
    official
    representative
    analyst
    economist
    secretary
    general
    diplomat
    senator
    chancellor`),
  genericRoles: list('analysts analyst officials economists experts observers diplomats traders police people investigators detectives authorities sources relatives lawyers residents exiles protesters family friends neighbours neighbors witnesses colleagues'),
  titles: list(`
    President Vice Prime Minister Foreign Defense Defence Secretary General Director Chief Head
    Chairman Chairwoman Governor Mayor Ambassador Senator Sen Rep Representative Chancellor
    King Queen Prince Princess Pope Mr Mrs Ms Miss Dr Prof Professor Sir Lady Lord Gen Col
    Maj Capt Lt Sgt Rev Reverend Gov Admiral Judge Justice Spokesman Spokeswoman Leader Supreme Premier Executive Attorney Prosecutor
    Const Constable Det Detective Insp Inspector Supt Superintendent Sergeant Lieutenant Cpl Corporal Pte Pvt Cmdr Commander
    Sheriff Trooper Commissioner Coroner`),
  nameParticles: list('bin binti van von de der da al el di la le'),
  // Not `Jr.`, which is part of a name.
  degrees: list('md phd mba dds rn'),
  stopAfterName: list(`
    in at on to from during after before following when while as who which that and with via told said
    of for by`),
  locativePrepositions: list('in at from to into with'),
  honorifics: list('mr mrs ms miss dr sir lady lord king queen prince princess pope sheikh'),
  gendered: {
    male: { pronouns: list('he him his himself'), honorifics: list('mr sir lord king prince') },
    female: { pronouns: list('she her hers herself'), honorifics: list('mrs ms miss lady queen princess') },
  },
  givenNameGender,
  comitatives: list('with'),
  infinitiveMarkers: list('to'),
  dayDeterminers: list('last next this early late'),
  timeOpeners: list('on in'),
  relativePronouns: list('who which that whom'),
  affiliation: list('of from at'),
  passiveReportCues: words(`
    as announced by
    as stated by
    as reported by`),
  passiveCueVerbs: [],
  backReferences: [],
  demonstratives: [],
  nameSuffixes: list('co cos inc ltd corp plc'),
  partyPronouns: list('it'),
  partyNouns: list('company firm department agency organization organisation group bank ministry maker automaker carmaker retailer startup concern producer operator newspaper airline thrift brokerage embassy party board union council commission committee league club team network navy'),
  mediaNouns: list('daily newspaper weekly paper tabloid magazine'),
  roleModifiers: list('deputy assistant senior acting associate chief executive press'),
  quotedPhrasesInReports: true,
  reportingPhrases: words(`
    made it clear
    makes it clear
    make it clear
    pointed out
    points out`),
  clauseVerbs: list('said says'),
  participleCues: list('saying adding warning noting arguing insisting'),
  participleEndings: list('ing'),
  // The participle marks a continued cue (`participleCues`).
  continuationVerbs: [],
  continuationMarkers: [],
  quotingVerbs: list('quoted quotes'),
  quotingMarkers: words(`
    as saying
    as telling`),
  subordinators: list('when while once'),
  topicMarkers: list('about concerning regarding'),
  reflexives: list('himself herself themselves itself'),
  stanceMarkers: [],
  objectPronouns: list('him her them us me'),
  addresseeVerbs: list('told tells tell telling assured assures'),
  bareNouns: list('man woman boy girl'),
  passiveAuxiliaries: list('was were is are been be'),
  causatives: list('made makes make'),
  adverbs: [
    ...list('also still later then again has had have previously further earlier recently once instead today yesterday here now always just often repeatedly publicly reportedly initially originally subsequently'),
    ...words(`
      earlier this month
      earlier this week
      earlier this year
      last week
      last month
      last year
      at the time`),
  ],
  mannerMarkers: [],
  verbModifiers: list('again out'),
  channelMarkers: list('in at during'),
  postPosedMarkers: [],
  audience: list('reporters journalists press media'),
  asCues: list('as'),
  clauseMarkers: list('will would could should might must can had has have'),
  bodies: list('government ministry military administration'),
  // English joins a body's fields with `of` (`Department of Health and Human Services`), read elsewhere.
  bodyHeads: [],
  connectives: list('although though however meanwhile yet still but similarly likewise separately nonetheless nevertheless moreover furthermore additionally indeed'),
  toAudience: list('to'),
  directives: list('urged urges called calls asked asks'),
  coordinators: list('and or'),
  messageNouns: list('letter message statement note filing prospectus interview conference speech briefing'),
  personNouns: list('man woman friend politician figure father mother grandmother grandfather son daughter brother sister wife husband uncle aunt stepmother stepfather detective officer investigator guard'),
  articles: { indefinite: ['a', 'an'], definite: ['the'] },
  appositives: list('namely'),
  interrogatives: list('who what whether why how when'),
  indefiniteParticles: [],
  questionMarkers: list('whether'),
  refusals: words(`
    declined to
    refused to`),
  purposeMarkers: [],
  formerMarkers: list('former ex'),
  indefinitePersons: list('one'),
  unnamedOfficials: [],
  relationNouns: [],
  // `as` is too common a word to mark a role without the commas an aside has.
  capacityMarkers: [],
  secondPersons: list('you'),
  countingVerbs: list('added adds'),
  questionVerbs: list('asked asks'),
  clauseOpeners: list('because since if although though when while once unless until after before'),
  possessives: list('his her its their our my your'),
  namingVerbs: list('called described dubbed named'),
  namingMarkers: list('as'),
  passivePrefixes: [],
  activePrefixes: [],
  intransitivePrefixes: [],
  passiveReplies: [],
  agentMarkers: list('by'),
  releaseVerbs: list('released published issued conducted compiled announced distributed circulated signed written sent'),
  comparatives: list('more less older younger than'),
  originWords: list('native'),
  affiliationMarkers: list('of from'),
  contrastives: list('but'),
  // Not `named`: `the man named in the lawsuit said` names no one there.
  namedParticiples: [],
};
