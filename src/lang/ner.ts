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
  /**
   * Nationality adjectives and demonyms as printed -> their place as `places` prints it
   * (`North Korean` -> `North Korea`); plurals in `-s` (`Kenyans`) are derived. Tagged as
   * LOCATION mentions of that place. Languages that print no such adjectives leave it out.
   */
  demonyms?: Record<string, string>;
  /**
   * Words that end organisation names in languages that put the head last (`Bank`, `Corp`,
   * `Department`, `Service`): a capitalized run ending in one is an organisation.
   */
  orgSuffixes?: string[];
  /** Words that end names of places and facilities (`Base`, `Boulevard`, `Square`), lower case. */
  locSuffixes?: string[];
  /**
   * Abbreviations of states and provinces printed after a town and a comma, with their full stop
   * (`N.Y.` -> `New York`, `Ore.` -> `Oregon`; states never abbreviated map to themselves):
   * `Buffalo, N.Y.` is two places; after `in`, `from` ... a full name too (`in Ancaster, Ontario`).
   */
  regionAbbreviations?: Record<string, string>;
  /** Abbreviations whose full stop belongs to the name (`Inc`, `Corp`, `Jr`), lower case. */
  dottedAbbreviations?: string[];
  /** Possessive endings the tokenizer leaves on a word (`'s`): the name ends before them. */
  possessiveSuffixes?: string[];
  /** Seats printed as the institution that sits there (`white house`): organisations, lower case. */
  seatsAsOrganizations?: string[];
  /**
   * Seats of government that are a place and an institution (`kremlin`), lower case: after a
   * locative marker (`di Kremlin`) the building, a LOCATION; elsewhere the institution acting, an
   * ORGANIZATION. Linking then reads a role before it (`juru bicara Kremlin`) as the
   * institution's own entity, and an actor's use (`Kremlin menyatakan`) as the state it stands for
   * (`stateMetonyms`).
   */
  seats?: string[];
  /**
   * Wire copy opens with a dateline (`WASHINGTON (AP) --`, `DAR ES SALAAM, Tanzania (AP) _`):
   * its all-capitals place, the place after it and the agency in brackets are mentions.
   */
  wireDatelines?: boolean;
  /**
   * Area and landform cues whose capitalized words after them name a place (`kabupaten`, `desa`,
   * `sungai`), lower case: that name is a place wherever the document prints it. Cues of streets
   * and facilities (`jalan`, `bandara`) stay out, as those are often named after people.
   */
  areaCues?: string[];
  /** The same for head-final languages, printed in lower case after the name (`Salu Tanggo regency`). */
  areaSuffixes?: string[];
  /**
   * Cues of institutions printed with a qualifier or number and their place (`sd` of `SD Negeri 2
   * Uematopa`, `sman` of `SMAN 1 Palu`), lower case: the whole run is one organisation.
   */
  numberedOrgCues?: string[];
  /** Qualifiers between such a cue and its number (`negeri`, `swasta`), lower case. */
  orgQualifiers?: string[];
  /**
   * Foreign words of place names -> this language's words, lower case, so a foreign name built
   * from them meets this language's name for linking (`Central Sulawesi` -> `sulawesi tengah`,
   * `Strait of Malacca` -> `selat malaka`). The translation puts the words in this language's
   * order: a landform word first, a compass direction last (the order of the first pack, Indonesian).
   */
  placeWordExonyms?: PlaceWordExonyms;
}

export interface PlaceWordExonyms {
  /** Compass and position words (`central` -> `tengah`, `southeast` -> `tenggara`). */
  directions: Record<string, string>;
  /** Landform and area words (`strait` -> `selat`, `island` -> `pulau`). */
  features: Record<string, string>;
  /** Names spelled otherwise in this language (`malacca` -> `malaka`, `java` -> `jawa`). */
  words: Record<string, string>;
  /** The foreign word joining a landform word to its name (`of` of `Strait of Malacca`). */
  joiners: string[];
}


/** The NER lexicon for a language code; unknown codes fall back to Indonesian (like `packFor`). */
export function nerLexiconFor(code: string | null | undefined): NerLexicon {
  return packFor(code).ner;
}

/** One table per language (packs that borrow another's table, as Malay does, count once). */
export function allNerLexicons(): NerLexicon[] {
  return [...new Set(allPacks().map((p) => p.ner))];
}
