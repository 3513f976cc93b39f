/**
 * One interface for everything a language contributes. Algorithms read a pack; no algorithm
 * names a language. Adding Malay or Javanese means adding a folder that exports a `LangPack`.
 *
 * Later stages extend this interface with their own fields (speech verbs, titles, number words,
 * time grammar); keep each field a plain data table.
 */
export interface LangPack {
  code: string;
  /** Month names and abbreviations, lower case -> 1..12. */
  months: Record<string, number>;
  /** Weekday names, lower case -> 0 (Sunday) .. 6. */
  weekdays: Record<string, number>;
  /** Frequent function words, lower case: used for language id and for telling prose from chrome. */
  stopwords: ReadonlySet<string>;
  /** Printed time-zone abbreviations -> UTC offset (`WIB` -> `+07:00`). */
  timeZones: Record<string, string>;
}
