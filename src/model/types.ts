/**
 * The data model every stage meets in. Stages import these types, never each other's internals.
 *
 * Flow: RawDoc (ingest) -> CleanArticle (clean) -> Article = CleanArticle + spans (annotate)
 *       -> canonical entities, events, storylines, duplicates (link) -> export (publish).
 *
 * Offsets in every span are UTF-16 code units into `Article.text` (what JS string indices are),
 * so `text.slice(start, end)` is always the words that state the fact.
 */

/** Container formats ingest understands. A file may hold several documents (JSONL, feeds). */
export type DocFormat = 'text' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom';

/** Metadata a container supplies next to the body (JSON fields, feed item elements). */
export interface SourceHints {
  title?: string;
  url?: string;
  outlet?: string;
  publishedAt?: string;
  author?: string;
}

/** One document as bytes became text: no news knowledge yet. */
export interface RawDoc {
  /** sha256 (hex) of the document's decoded content; equal bytes give an equal hash. */
  hash: string;
  /** The path as the user gave it; `path#n` for the n-th document inside a container file. */
  origin: string;
  /** Format of the document body: `text` or `html` (containers are unpacked by ingest). */
  format: 'text' | 'html';
  /** Format of the file it came from. */
  container: DocFormat;
  /** Character encoding the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1252`, …). */
  encoding: string;
  body: string;
  hints: SourceHints;
}

export type LanguageCode = 'id' | 'en' | 'ms' | 'und';

export type CreditRole = 'wire' | 'cited' | 'photo';
export interface Credit {
  name: string;
  role: CreditRole;
}

/** Why a line was taken out of the body; kept so a user can audit the cleaning. */
export type RemovalReason =
  | 'advertisement'
  | 'banner'
  | 'url-slug'
  | 'caption'
  | 'duplicate'
  | 'related'
  | 'social'
  | 'section'
  | 'site-date'
  | 'byline'
  | 'credit'
  | 'title'
  | 'dateline'
  | 'trailing-marker'
  | 'navigation'
  | 'markup'
  | 'boilerplate';

export interface RemovedLine {
  text: string;
  reason: RemovalReason | string;
}

export type PublishedAtSource = 'printed' | 'inferred';

/** The output of the clean stage: body text and metadata, no spans yet. */
export interface CleanArticle {
  /** Stable id derived from the content hash (`a` + 12 hex chars). */
  id: string;
  hash: string;
  origin: string;
  url: string | null;
  title: string | null;
  /** `printed` when the document prints a title, `derived` when made from the lead. */
  titleSource: 'printed' | 'derived' | null;
  outlet: string | null;
  /** ISO 8601 date (`2025-10-27`) or date-time with offset (`2025-10-28T16:40:00+07:00`). */
  publishedAt: string | null;
  publishedAtSource: PublishedAtSource | null;
  dateline: string | null;
  /** Writers (`Penulis`, `Reporter`, `By`, …): never an editor or a desk. */
  authors: string[];
  /**
   * Editors (`Editor:`, `Penyunting:`, `Redaktur:`, `Editing by`), listed apart from the writers.
   * Absent on articles made before editors were read, which means none.
   */
  editors?: string[];
  credits: Credit[];
  language: LanguageCode;
  text: string;
  removed: RemovedLine[];
}

// ---------------------------------------------------------------------------------------------
// Spans (annotate)

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'EVENT' | 'MISC';

/** An entity mention. `entity` is the canonical entity id once linking has run (else null). */
export interface EntityMention extends Span {
  entity: string | null;
  type: EntityType;
}

/** Where a metadata mention was read: the dateline, or a credit of that role. */
export type MetadataSource = 'dateline' | CreditRole;

/**
 * A name the article's metadata gives (the dateline's place, a credited wire, a photo agency):
 * the clean stage took it out of the body, so it has no offsets and is kept apart from the
 * spans. Linking gives it a canonical entity like any mention.
 */
export interface MetadataMention {
  text: string;
  type: EntityType;
  entity: string | null;
  source: MetadataSource;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
/** A time expression normalized to a TIMEX3 value (`2025-10-27`, `P3D`, `PAST_REF`, `a/b`). */
export interface TimeSpan extends Span {
  type: TimexType;
  value: string;
  /**
   * True when the expression is the baseline of a comparison (`naik 5 persen dibanding tahun
   * lalu`): it names a date, but not the date of what the sentence reports. Absent otherwise.
   */
  comparison?: true;
}

export interface QuoteSpan extends Span {
  /** Canonical entity id of the speaker (or null when the text does not say who). */
  speaker: string | null;
  direct: boolean;
}

/** A numeric claim: what is counted and who says so. */
export interface ClaimSpan extends Span {
  quantity: number;
  unit: string | null;
  /**
   * What the article's own approximator says of the quantity (`sekitar 600` about, `lebih dari
   * 600` at least, `hampir 600` at most); absent when the number is printed plain.
   */
  bound?: 'about' | 'atLeast' | 'atMost';
  attributedTo: string | null;
  /**
   * Whose figures an estimate rests on, as printed (`berdasarkan estimasi dari Seoul dan Kyiv`
   * -> `Seoul`, `Kyiv`), apart from who reports it; absent when the text does not say.
   */
  basis?: string[];
}

export interface Annotations {
  entities: EntityMention[];
  times: TimeSpan[];
  quotes: QuoteSpan[];
  claims: ClaimSpan[];
}

/** A clean article with its annotations: what the store keeps and the export prints. */
export interface Article extends CleanArticle, Annotations {
  /** Entities named only in the metadata; absent on articles stored before they were read. */
  metadataEntities?: MetadataMention[];
}

// ---------------------------------------------------------------------------------------------
// Cross-document objects (link)

/** Why a printed name was made one with an entity (`show <entity>` prints these). */
export interface EntityMerge {
  alias: string;
  into: string;
  kind: string;
  why: string;
  article?: string | null;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  articles: string[];
  merges?: EntityMerge[];
}

export interface Event {
  id: string;
  date: string | null;
  dateEnd: string | null;
  title: string;
  summary: string;
  articles: string[];
  entities: string[];
  place: string | null;
}

export interface SourceRef {
  article: string;
  start: number;
  end: number;
}

export interface TimelineEntry {
  date: string;
  dateEnd: string | null;
  text: string;
  event: string | null;
  sources: SourceRef[];
}

export interface Storyline {
  id: string;
  title: string;
  events: string[];
  timeline: TimelineEntry[];
}

export type DuplicateKind = 'copy' | 'near-copy' | 'shares-passages';
export interface Duplicate {
  a: string;
  b: string;
  kind: DuplicateKind;
  similarity: number;
  /** The article that is the likely origin of the shared text, when one can be told. */
  origin: string | null;
}

/** The whole store as `export --format json` prints it. */
export interface ExportDocument {
  articles: Article[];
  entities: Entity[];
  events: Event[];
  duplicates: Duplicate[];
  storylines: Storyline[];
}
