/**
 * One interface for everything a language contributes. Algorithms read a pack; no algorithm
 * names a language. Adding Malay or Javanese means adding a folder that exports a `LangPack`.
 *
 * Later stages extend this interface with their own fields (speech verbs, titles, number words,
 * time grammar); keep each field a plain data table.
 */
import type { TimeLexicon } from './time.js';
import type { SpeechLexicon } from './speech.js';
import type { NumberLexicon } from './numbers.js';
import type { NerLexicon } from './ner.js';

export interface LangPack {
  code: string;
  /** Month names and abbreviations, lower case -> 1..12. */
  months: Record<string, number>;
  /** Weekday names, lower case -> 0 (Sunday) .. 6. */
  weekdays: Record<string, number>;
  /**
   * Named seasons and holidays (`Ramadhan`, `Lebaran`, `Christmas`), lower case: calendar words
   * printed with a capital, never a person or a speaker.
   */
  seasons: readonly string[];
  /** Frequent function words, lower case: used for language id and for telling prose from chrome. */
  stopwords: ReadonlySet<string>;
  /** Printed time-zone abbreviations -> UTC offset (`WIB` -> `+07:00`). */
  timeZones: Record<string, string>;
  /**
   * Offset to assume for a printed clock time with no zone in an article of this language
   * (`+07:00`, WIB, for Indonesian outlets); absent when the language spans many zones.
   */
  defaultTimeZone?: string;
  /**
   * Words that tell this language from a close relative (Indonesian `karena`, `bahwa` vs Malay
   * `kerana`, `bahawa`), lower case. Language id only consults them between packs whose
   * stopwords score alike.
   */
  markers: readonly string[];
  /** Cue phrases of the news-site genre in this language: what the clean stage strips. */
  boilerplate: BoilerplateLexicon;
  /** Words the time annotator's grammar is built from. */
  time: TimeLexicon;
  /** Speech verbs, pronouns and attribution cues (quotes, claims). */
  speech: SpeechLexicon;
  /** Number words and formats (claims). */
  numbers: NumberLexicon;
  /** Titles, roles, cue words and short forms (entity tagging and resolution). */
  ner: NerLexicon;
}

/**
 * Generic cue phrases of news sites (never strings of one site). All keys are lower case; reasons
 * are `RemovalReason` values of the data model (`related`, `social`, `advertisement`, …).
 */
export interface BoilerplateLexicon {
  /** A line that is exactly this phrase (punctuation and case ignored) -> removal reason. */
  lines: Record<string, string>;
  /** A line starting with this phrase -> reason, when the line does not read as prose. */
  prefixes: Record<string, string>;
  /** A line starting with this phrase -> reason, even when long (`baca juga: <headline>`). */
  strongPrefixes: Record<string, string>;
  /**
   * Field labels printed before names, `Label: value` -> what the value is. `author`/`editor`
   * values are people; `source` is a wire/credited source; `photo` a photo credit.
   */
  labels: Record<string, 'author' | 'editor' | 'source' | 'photo'>;
  /** Words that introduce a byline without a colon (`by`, `oleh`, `laporan wartawan`). */
  bylineIntros: string[];
  /** Values that are not a person even after a byline label (`tim redaksi`, `staff`). */
  notPersons: string[];
  /**
   * Phrases right before a cited source (`dilansir dari`, `menurut laporan`, `kantor berita`);
   * the name that follows (capitalized words) is credited as `cited`. A trailing `*` means the
   * name must look like a medium (acronym, domain, agency, media word), e.g. `according to*`.
   */
  citeBefore: string[];
  /** Words right after a cited source (`melaporkan`, `reported`). */
  citeAfter: string[];
  /** Words between a cite cue and the name that belong to neither (`laman`, `situs`, `the`). */
  citeFillers: string[];
  /** Words inside a caption credit that mark it as a photo credit (`foto`, `pool`, `istimewa`). */
  photoWords: string[];
  /** Tokens of markup ids that mark a leftover ad or banner slot (`banner`, `ads`, `iklan`). */
  bannerTokens: string[];
  /**
   * Labels printed before a colon to open a lead, a summary or a note (`summary`, `ringkasan`,
   * `update`): a word of the language, so `Summary: …` is no dateline placed in `Summary`.
   */
  leadLabels: string[];
}
