/**
 * Number lexicons, one per language, behind one interface: number words, scale words, digit
 * grouping, currencies and the words that make a number part of a date or time rather than a
 * claim. The claim annotator reads it as `pack.numbers`.
 */
import { packFor } from './index.js';

export interface NumberLexicon {
  code: string;
  /** Thousands separator and decimal mark in printed digits (`10.000`, `1,5` in Indonesian). */
  thousandsSep: string;
  decimalMark: string;
  /** Unit number words, lower case -> value (`dua` -> 2, `sebelas` -> 11, `seratus` -> 100). */
  units: Record<string, number>;
  /** Multiplying words inside a number phrase, lower case -> factor (`puluh` 10, `ratus` 100). */
  multipliers: Record<string, number>;
  /** Scale words after a number (`ribu`, `juta`, `miliar`, `triliun`; `million`), -> factor. */
  scales: Record<string, number>;
  /** Fractions standing for a number (`setengah` 0.5); combine with a scale (`setengah juta`). */
  fractions: Record<string, number>;
  /** Words that join parts of a number phrase (`and` in `two hundred and five`), lower case. */
  joiners: string[];
  /** Currency symbols or words before a number -> unit name (`Rp` -> `rupiah`). */
  currencyBefore: Record<string, string>;
  /** Currency words after a number (`rupiah`, `dolar AS`) -> unit name, lower case keys. */
  currencyAfter: Record<string, string>;
  /** Percent words and signs -> unit name (`persen`, `%`). */
  percent: Record<string, string>;
  /** Approximators kept in the claim span (`sekitar`, `lebih dari`, `about`), lower case, one or two words. */
  approximators: string[];
  /**
   * How an approximator bounds the number (`sekitar` about, `lebih dari` at least, `hampir` at
   * most), for approximators before or after it; one missing from here (`hanya`, `only`) leaves
   * the number as printed.
   */
  bounds: Record<string, ClaimBound>;
  /** Time units: a number counting these is a duration or age, a time expression, not a claim. */
  timeUnits: string[];
  /** Words before a number that make it a date, time, ordinal or identifier (`pukul`, `ke`, `nomor`). */
  nonClaimBefore: string[];
  /** Phrases in which a number word is not a quantity (`salah satu`, `one of`), lower case. */
  idioms: string[];
  /** Words that are not the counted noun even right after a number (prepositions, verbs), lower case. */
  notUnits: string[];
  /** Nouns that stand between a number and the counted noun (`orang`, `buah`, `ekor`): skipped. */
  classifiers: string[];
  /**
   * Verbs of reckoning (`memperhitungkan`, `memproyeksikan`): their subject is the source of the
   * numbers in the clause after them, as with the report verbs of the speech lexicon.
   */
  estimateVerbs: string[];
  /** Passive report verbs whose agent (after an optional `oleh`/`by`) is the source (`diterangkan oleh WHO`), lower case. */
  passiveReportCues: string[];
  /**
   * Sentence openers that carry on the sentence before (`Sedangkan`, `Bahkan`, `Dari jumlah itu`),
   * lower case: a sentence opening with one and naming no source of its own keeps the source of
   * the sentence before it in the same paragraph. Topic shifts (`Sementara itu`) are not listed.
   */
  continuations: string[];
  /** What stands between the two ends of a range (`5 hingga 10 persen`, `5-10 persen`), lower case. */
  rangeJoiners: string[];
  /** What joins listed numbers sharing one scale and unit (`14 dan 15 juta`), lower case. */
  listJoiners: string[];
  /** Approximators printed after the number (`10.000 lebih tentara`), lower case. */
  approximatorsAfter: string[];
  /**
   * Adjectives and names come before the counted noun (`10,000 North Korean soldiers`), so the
   * unit is the first lower-case noun after a run of capitalized words; Indonesian puts them
   * after it (`10.000 tentara Korea Utara`).
   */
  modifiersBeforeNoun: boolean;
}


/** The numbers lexicon of a language, read from its pack (Indonesian when it has none). */
export function numbersFor(code: string | null | undefined): NumberLexicon {
  return packFor(code).numbers;
}

/** What an approximator says of a number: roughly it, no less than it, or no more than it. */
export type ClaimBound = 'about' | 'atLeast' | 'atMost';
