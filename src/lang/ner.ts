/**
 * What a language contributes to entity tagging and entity linking: plain data tables, no
 * algorithm. The tagger turns hits in these tables into features; the resolver uses them to strip
 * roles, expand short forms and tell a capital used as a place from a capital naming its state.
 * Each pack carries its table as `pack.ner`.
 */
import { allPacks, packFor } from './index.js';

export interface NerLexicon {
  code: string;
  /**
   * Titles, offices and roles printed before a person's name, lower case, single words or
   * phrases (`presiden`, `menteri luar negeri`, `menlu`, `juru bicara`).
   */
  titles: string[];
  /** Short forms of titles -> the full title, lower case (`menlu` -> `menteri luar negeri`). */
  titleForms: Record<string, string>;
  /** Honorifics and academic/religious prefixes (`bapak`, `pak`, `dr`, `prof`, `kh`). */
  honorifics: string[];
  /** Words that start or end organisation names (`partai`, `universitas`, `kementerian`, `pt`). */
  orgCues: string[];
  /** Words that start place names (`kota`, `kabupaten`, `provinsi`, `jalan`, `pulau`). */
  locCues: string[];
  /** Words that start event names (`konferensi`, `perang`, `piala`, `pemilu`). */
  eventCues: string[];
  /** Prepositions and nouns after which a place name is a location, not an actor (`di`, `ke`). */
  locativeMarkers: string[];
  /**
   * Nouns of a reaction or feeling (`kekhawatiran`, `concern`): after them a located capital is its
   * government (`kekhawatiran di Washington`, `alarm in Seoul`), not the city.
   */
  reactionNouns: string[];
  /** Coordinating words (`dan`, `atau`): a place joined to a located place is located too. */
  conjunctions: string[];
  /** Lower-case words that may join the parts of one organisation or event name (`of`, `dan`). */
  nameConnectors: string[];
  /** Lower-case particles allowed inside person names (`bin`, `van`, `al`). */
  nameParticles: string[];
  /**
   * Short forms that are general knowledge -> the long form (`AS` -> `Amerika Serikat`).
   * Keys keep their printed case: `AS` the acronym is not `as`.
   */
  acronyms: Record<string, string>;
  /** Countries, regions and major cities, as printed in this language. */
  places: string[];
  /** Well-known organisations printed by name: news agencies, broadcasters, international bodies. */
  organizations: string[];
  /** Capitals and seats of government -> the state they stand for when used as an actor. */
  stateMetonyms: Record<string, string>;
  /** Foreign-language (exonym) spellings, lower case -> this language's form (`moscow` -> `moskow`). */
  exonyms: Record<string, string>;
}


/** The NER lexicon for a language code; unknown codes fall back to Indonesian (like `packFor`). */
export function nerLexiconFor(code: string | null | undefined): NerLexicon {
  return packFor(code).ner;
}

/** One table per language (packs that borrow another's table, as Malay does, count once). */
export function allNerLexicons(): NerLexicon[] {
  return [...new Set(allPacks().map((p) => p.ner))];
}
