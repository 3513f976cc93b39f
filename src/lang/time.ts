/**
 * The time lexicon of a language: every word the time annotator (`src/annotate/time`) needs, as
 * plain data tables. The grammar builds one regex per form from these tables; no parser names a
 * language. `timeLexiconFor(code)` maps a language code to its lexicon.
 */
import { packFor } from './index.js';

/** TIMEX3 unit codes used by the grammar. */
export type TimeUnit = 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE' | 'Q' | 'H' | 'MIN' | 'S';

export interface RelWord {
  /** -1 past, 0 this/same, +1 future. */
  dir: -1 | 0 | 1;
  /** `dct`: relative to the document creation time; `ref`: to the date the text talks about. */
  anchor: 'dct' | 'ref';
}

export interface TimeLexicon {
  code: string;
  /** Month names and abbreviations -> 1..12 (abbreviations only count next to a day number). */
  months: Record<string, number>;
  /** Month names that may stand alone (`April lalu`); must be written capitalized. */
  bareMonths: Record<string, number>;
  /** Weekday names and abbreviations -> 0 (Sunday)..6. */
  weekdays: Record<string, number>;
  /** Weekday names that may stand alone (capitalized in text). */
  bareWeekdays: Record<string, number>;
  /** Words that may precede a weekday and belong to the expression (`hari Senin`). */
  weekdayPrefix: string[];
  /** Words that may precede a month name and belong to the expression (`bulan September`). */
  monthPrefix: string[];
  /** Words that may precede a year and belong to the expression (`tahun 1948`, `fiscal 1998`). */
  yearPrefix: string[];
  /** Words that may precede a day number (`tanggal 5`). */
  dayPrefix: string[];
  /** Order of an all-numeric date (`27/10/2025` is `dmy`, `10/27/2025` is `mdy`). */
  numericDateOrder: 'dmy' | 'mdy';
  /** Decimal separator in numbers (`,` in Indonesian, `.` in English). */
  decimalSeparator: ',' | '.';
  /** Printed zones -> offset. */
  timeZones: Record<string, string>;
  /** Words for "local time" that may follow a date (not part of the value). */
  localTime: string[];
  /** Clock markers before a time of day (`pukul`, `jam`, `at`). */
  clockPrefix: string[];
  /** am/pm style suffixes -> hours to add (0 or 12); empty for 24-hour languages. */
  clockSuffix: Record<string, number>;
  /** Cardinal number words -> value. */
  numbers: Record<string, number>;
  /** Number words that multiply what precedes (`puluh` 10, `ratus` 100, `hundred`). */
  numberMultipliers: Record<string, number>;
  /** Number words that add to what precedes (`belas` +10). */
  numberAdders: Record<string, number>;
  /** Fractions usable as quantities (`setengah` 0.5, `seperempat` 0.25). */
  fractions: Record<string, number>;
  /** Vague quantities (`beberapa`, `several`): the value gets X. */
  vagueQuantities: string[];
  /** Prefix meaning "one" glued to a unit (`se` in `sehari`, `setahun`); '' if none. */
  onePrefix: string;
  /** Reduplicated vague durations (`bertahun-tahun`) -> unit. */
  vagueDurations: Record<string, TimeUnit>;
  /** Unit words (singular and plural) -> unit. */
  units: Record<string, TimeUnit>;
  /** Multiplier for units that are a fraction/multiple of another (`windu` = 8 years). */
  unitScale: Record<string, number>;
  /** Relative words that FOLLOW a unit or name (`tahun lalu`, `Oktober mendatang`). */
  relAfter: Record<string, RelWord>;
  /** Relative words that PRECEDE a unit or name (`last year`, `next month`). */
  relBefore: Record<string, RelWord>;
  /** After "N units": past (`lalu`, `ago`) -> DATE in the past. */
  agoWords: Record<string, RelWord>;
  /** After "N units": in the future (`lagi`, `from now`, `kemudian`). */
  laterWords: Record<string, RelWord>;
  /**
   * Words of `agoWords`/`laterWords` that are also prepositions or conjunctions (`before`): they
   * shift the date talked about only when they end the phrase (`three days before, …`); with a
   * word after them the count is measured from something else: `five days before the vote` is a
   * date we cannot compute (`XXXX-XX-XX`), `every 90 days before they can …` keeps its set.
   */
  prepositionalPosts?: string[];
  /** Words before "N units" that make it a duration whatever follows (`for nine minutes before …`). */
  durationCues?: string[];
  /** After/before "N units" marking a duration reaching to now (`terakhir`, `the past`). */
  spanAfter: string[];
  spanBefore: string[];
  /** Days relative to the DCT (`kemarin` -1, `lusa` +2). */
  deictic: Record<string, number>;
  /** Words for the day/period the text is already talking about (`hari itu`, `that day`). */
  sameRefDay: string[];
  /** Day after / before the reference date (`keesokan harinya`, `the next day`). */
  refDayShift: Record<string, number>;
  /** Parts of the day -> TIMEX3 code. */
  partsOfDay: Record<string, string>;
  /** Whether a part of day goes into the value (`2024-01-16TNI`, a TIME) or is dropped (a DATE). */
  partOfDayInValue: boolean;
  /** Seasons -> TIMEX3 code (`SP`, `SU`, `FA`, `WI`). */
  seasons: Record<string, string>;
  /** Reporting periods of business news -> [unit, shift from the DCT's period] (`the quarter` -> [Q, -1]). */
  reportingPeriods: Record<string, [TimeUnit, number]>;
  /** Part of day relative to DCT (`semalam` -> [-1, NI], `tonight` -> [0, NI]). */
  deicticParts: Record<string, [number, string]>;
  /** Modifiers before a period -> TIMEX3 mod (`awal` START, `akhir` END). */
  mods: Record<string, string>;
  /** Approximators kept in the span (`hampir`, `sekitar`, `nearly`) -> TIMEX3 mod. */
  approx: Record<string, string>;
  /** "the first/last day of" phrases before a year or month. */
  firstDayOf: string[];
  lastDayOf: string[];
  /** Weekend words. */
  weekend: string[];
  /** Quarter / half-year words -> prefix letter (`Q`, `H`). */
  quarterWords: Record<string, 'Q' | 'H'>;
  /** Ordinals -> number (`ketiga` 3, `third` 3). */
  ordinals: Record<string, number>;
  /** Century words (`abad`, `century`). */
  centuryWords: string[];
  /** Decade suffix after a year (`-an`, `s`). */
  decadeSuffix: string[];
  /** General references. */
  presentRef: string[];
  pastRef: string[];
  futureRef: string[];
  /** Set quantifiers (`setiap`, `every`) and single set words (`harian` -> P1D). */
  setPrefix: string[];
  setWords: Record<string, string>;
  /** Range connectors between two days/months/years. */
  rangeConnectors: string[];
  /** Words joining the parts of one duration (`4 minutes and 48 seconds`). */
  durationJoiners?: string[];
  /** Words that make a bare weekday future (`akan`, `will`). */
  futureCues: string[];
  /** Nouns that, after a four-digit number, show it is a count, not a year. */
  countNouns: string[];
  /**
   * Phrases that make the time expression after them a comparison baseline (`dibanding`,
   * `compared with`), lower case. A few plain words may sit between the cue and the expression
   * (`dibanding periode yang sama tahun lalu`, `than in 2022`). Optional.
   */
  comparisonCues?: string[];
  /** Words in an "X before/after" phrase that shift to the previous/next unit (`tahun sebelumnya`). */
  previousWords: string[];
  nextWords: string[];
  /** Years said in words: a leading word -> its century (`nineteen` 1900, `two thousand` 2000);
   * the rest (`ninety-six`) is a number word below 100. Optional. */
  spokenYearHeads?: Record<string, number>;
  /** Decades said in words (`the nineties`) -> the decade digit (9). Optional. */
  decadeWords?: Record<string, number>;
  /** Adjectives naming the same period a year before (`the year-ago quarter`). Optional. */
  yearAgoWords?: string[];
  /** Phrases that count exactly though they look vague (`a couple of` 2). Optional. */
  countPhrases?: Record<string, number>;
  /** Named clock times that may precede a weekday (`noon` T12:00, `midnight` T24:00). Optional. */
  namedTimes?: Record<string, string>;
  /** Nouns for a reporting period after a year (`the 1988 quarter`). Optional. */
  periodWords?: string[];
  /** Auxiliaries that put a following future cue in the past (`had been due to`). Optional. */
  pastAux?: string[];
  /** Words after a figure (`$3 million`, `83 cents a share`) that mark a compared amount. Optional. */
  amountWords?: string[];
}


/** The time lexicon of a language, read from its pack (Indonesian when it has none). */
export function timeLexiconFor(code: string | null | undefined): TimeLexicon {
  return packFor(code).time;
}
