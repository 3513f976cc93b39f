/**
 * The HTTP API's schemas: one zod schema per request part and response body. The same objects
 * validate requests (through @hono/zod-openapi), check responses in the tests, and generate
 * `/openapi.json`, so the document cannot drift from what the server does.
 */
import { z } from '@hono/zod-openapi';

// ---------------------------------------------------------------------------------------------
// Request parts

const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

/** Ids are made by the stages; any printable text up to 300 characters. */
export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(300)
    .regex(/^[^\u0000-\u001f\u007f]+$/, 'id must not contain control characters')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'a1b2c3d4e5f6a' }),
});

export const LIMIT_MAX = 200;

const listFields = {
  limit: z.coerce.number({ error: 'expected a whole number' }).int('expected a whole number').min(1, 'must be at least 1').max(LIMIT_MAX, `must be at most ${LIMIT_MAX}`).default(50).openapi({ description: 'page size (1–200)', example: 50 }),
  offset: z.coerce.number({ error: 'expected a whole number' }).int('expected a whole number').min(0, 'must not be negative').max(1_000_000, 'must be at most 1000000').default(0).openapi({ description: 'items to skip', example: 0 }),
  from: isoDate.optional().openapi({ description: 'inclusive start date (YYYY, YYYY-MM or YYYY-MM-DD)', example: '2024-01-01' }),
  to: isoDate.optional().openapi({ description: 'inclusive end date', example: '2025-12-31' }),
  entity: z.string().min(1).max(300).optional().openapi({ description: 'canonical entity id the item must mention' }),
  outlet: z.string().min(1).max(200).optional().openapi({ description: 'outlet name (case-insensitive)' }),
  language: z.enum(['id', 'en', 'ms', 'und']).optional().openapi({ description: 'article language' }),
  q: z.string().min(1).max(500).optional().openapi({ description: 'words to search for' }),
};

export const ListQuery = z.object(listFields).strict();
export const EntityListQuery = z
  .object({ ...listFields, type: z.enum(['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT', 'MISC']).optional() })
  .strict();
export const SearchQuery = z
  .object({
    ...listFields,
    q: z.string().trim().min(1, 'q must not be empty').max(500).openapi({ description: 'words to search for', example: 'Putin Pyongyang' }),
  })
  .strict();

/** One article as JSON, as the CLI's JSON input takes it. */
export const ArticleInput = z
  .object({
    text: z.string().min(1).max(2_000_000).optional(),
    html: z.string().min(1).max(4_000_000).optional(),
    title: z.string().max(1000).optional(),
    url: z.string().max(2000).optional(),
    outlet: z.string().max(200).optional(),
    publishedAt: z.string().max(64).optional(),
    author: z.string().max(500).optional(),
  })
  .strict()
  .refine((a) => a.text !== undefined || a.html !== undefined, { message: 'an article needs `text` or `html`' })
  .openapi('ArticleInput');

export const IngestJsonBody = z
  .object({ articles: z.array(ArticleInput).min(1, 'articles must not be empty').max(1000) })
  .strict()
  .openapi('IngestJsonBody');

export const IngestMultipartBody = z
  .object({
    file: z.any().optional().openapi({ type: 'string', format: 'binary', description: 'one or more files (.txt, .html, .json, .jsonl, RSS/Atom, .gz)' }),
  })
  .openapi('IngestMultipartBody');

// ---------------------------------------------------------------------------------------------
// Model objects (mirror src/model/types.ts)

const EntityType = z.enum(['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT', 'MISC']);
const span = { start: z.number().int(), end: z.number().int(), text: z.string() };

export const Credit = z.object({ name: z.string(), role: z.enum(['wire', 'cited', 'photo']) });

const headFields = {
  id: z.string(),
  hash: z.string(),
  origin: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  titleSource: z.enum(['printed', 'derived']).nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedAtSource: z.enum(['printed', 'inferred']).nullable(),
  dateline: z.string().nullable(),
  authors: z.array(z.string()),
  editors: z.array(z.string()).optional(),
  credits: z.array(Credit),
  language: z.enum(['id', 'en', 'ms', 'und']),
};

export const ArticleHead = z
  .object({ ...headFields, snippet: z.string().optional().openapi({ description: 'text around the first match (search only)' }) })
  .openapi('ArticleHead');

export const EntityMention = z.object({ ...span, entity: z.string().nullable(), type: EntityType });
export const MetadataMention = z
  .object({ entity: z.string().nullable(), type: EntityType, text: z.string(), source: z.enum(['dateline', 'wire', 'cited', 'photo']) })
  .openapi({ description: 'a name the dateline or credits give: not in the text, so without offsets' });
export const TimeSpan = z.object({
  ...span,
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
  comparison: z.literal(true).optional().openapi({ description: 'the baseline of a comparison: not the date of what the sentence reports' }),
});
export const QuoteSpan = z.object({ ...span, speaker: z.string().nullable(), direct: z.boolean() });
const claimFields = {
  quantity: z.number(),
  unit: z.string().nullable(),
  bound: z.enum(['about', 'atLeast', 'atMost']).optional(),
  attributedTo: z.string().nullable(),
  basis: z.array(z.string()).optional().openapi({ description: 'whose figures an estimate rests on, as printed' }),
};
export const ClaimSpan = z.object({ ...span, ...claimFields });

export const Article = z
  .object({
    ...headFields,
    text: z.string(),
    removed: z.array(z.object({ text: z.string(), reason: z.string() })),
    entities: z.array(EntityMention),
    metadataEntities: z.array(MetadataMention).optional(),
    times: z.array(TimeSpan),
    quotes: z.array(QuoteSpan),
    claims: z.array(ClaimSpan),
  })
  .openapi('Article');

export const Entity = z
  .object({
    id: z.string(),
    name: z.string(),
    type: EntityType,
    aliases: z.array(z.string()),
    roles: z.array(z.string()),
    articles: z.array(z.string()),
  })
  .openapi('Entity');

export const Event = z
  .object({
    id: z.string(),
    date: z.string().nullable(),
    dateEnd: z.string().nullable(),
    title: z.string(),
    summary: z.string(),
    articles: z.array(z.string()),
    entities: z.array(z.string()),
    place: z.string().nullable(),
  })
  .openapi('Event');

export const SourceRef = z.object({ article: z.string(), start: z.number().int(), end: z.number().int() });
export const TimelineEntry = z
  .object({ date: z.string(), dateEnd: z.string().nullable(), text: z.string(), event: z.string().nullable(), sources: z.array(SourceRef) })
  .openapi('TimelineEntry');

export const Storyline = z
  .object({ id: z.string(), title: z.string(), events: z.array(z.string()), timeline: z.array(TimelineEntry) })
  .openapi('Storyline');

export const Duplicate = z
  .object({
    a: z.string(),
    b: z.string(),
    kind: z.enum(['copy', 'near-copy', 'shares-passages']),
    similarity: z.number(),
    origin: z.string().nullable(),
  })
  .openapi('Duplicate');

// ---------------------------------------------------------------------------------------------
// Views: what the pages need in one request

export const Ref = z.object({ id: z.string(), title: z.string() });
export const EntityRef = z.object({ id: z.string(), name: z.string(), type: EntityType });

export const QuoteView = z
  .object({
    ...span,
    article: z.string(),
    speaker: z.string().nullable(),
    speakerName: z.string().nullable().openapi({ description: 'canonical name of the speaker, when known' }),
    direct: z.boolean(),
  })
  .openapi('QuoteView');

export const ClaimView = z.object({ ...span, article: z.string(), ...claimFields }).openapi('ClaimView');

export const SourceView = z
  .object({
    article: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string().openapi({ description: 'the words of the article the source points at' }),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    publishedAt: z.string().nullable(),
  })
  .openapi('SourceView');

export const TimelineItem = z
  .object({
    date: z.string(),
    dateEnd: z.string().nullable(),
    text: z.string(),
    event: Ref.nullable(),
    sources: z.array(SourceView),
  })
  .openapi('TimelineItem');

export const Page = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).openapi(name);

export const ArticlePage = Page(ArticleHead, 'ArticlePage');
export const EventPage = Page(Event, 'EventPage');
export const EntityPage = Page(Entity, 'EntityPage');
export const StorylinePage = Page(Storyline, 'StorylinePage');

export const ArticleDetail = z
  .object({ article: Article, events: z.array(Ref), duplicates: z.array(Duplicate), entities: z.array(EntityRef) })
  .openapi('ArticleDetail');

export const EventDetail = z
  .object({
    event: Event,
    articles: z.array(ArticleHead),
    duplicates: z.array(Duplicate),
    quotes: z.array(QuoteView),
    entities: z.array(Entity),
    claims: z.array(ClaimView),
    storylines: z.array(Ref),
  })
  .openapi('EventDetail');

export const EntityDetail = z
  .object({
    entity: Entity,
    events: z.array(Event),
    quotes: z.array(QuoteView),
    cooccurring: z.array(z.object({ entity: EntityRef, articles: z.number().int() })),
    articles: z.array(ArticleHead),
  })
  .openapi('EntityDetail');

export const StorylineDetail = z.object({ storyline: Storyline, events: z.array(Event) }).openapi('StorylineDetail');

export const TimelineView = z
  .object({ storyline: Ref, events: z.array(Event), items: z.array(TimelineItem) })
  .openapi('TimelineView');

export const SearchResult = z
  .object({ q: z.string(), articles: ArticlePage, entities: z.array(Entity), events: z.array(Event) })
  .openapi('SearchResult');

export const IngestResult = z
  .object({
    files: z.number().int(),
    documents: z.number().int(),
    stored: z.number().int(),
    alreadyStored: z.number().int().openapi({ description: 'documents whose content the store already held (nothing new written)' }),
    articles: z.array(z.string()).openapi({ description: 'ids of the articles stored by this request' }),
    failed: z.array(z.object({ origin: z.string(), reason: z.string() })),
  })
  .openapi('IngestResult');

export const Info = z
  .object({
    name: z.literal('linimasa'),
    version: z.string(),
    counts: z.object({ articles: z.number().int(), events: z.number().int(), entities: z.number().int(), storylines: z.number().int() }),
    writeTokenRequired: z.boolean(),
    limits: z.object({ maxUploadBytes: z.number().int(), ratePerMinute: z.number().int(), writesPerMinute: z.number().int() }),
  })
  .openapi('Info');

export const ErrorBody = z
  .object({
    error: z.object({
      status: z.number().int(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');

export type ArticleHeadT = z.infer<typeof ArticleHead>;
export type EventT = z.infer<typeof Event>;
export type EntityT = z.infer<typeof Entity>;
export type StorylineT = z.infer<typeof Storyline>;
export type DuplicateT = z.infer<typeof Duplicate>;
export type QuoteViewT = z.infer<typeof QuoteView>;
export type ClaimViewT = z.infer<typeof ClaimView>;
export type SourceViewT = z.infer<typeof SourceView>;
export type TimelineItemT = z.infer<typeof TimelineItem>;
export type ArticleDetailT = z.infer<typeof ArticleDetail>;
export type EventDetailT = z.infer<typeof EventDetail>;
export type EntityDetailT = z.infer<typeof EntityDetail>;
export type StorylineDetailT = z.infer<typeof StorylineDetail>;
export type TimelineViewT = z.infer<typeof TimelineView>;
export type SearchResultT = z.infer<typeof SearchResult>;
export type IngestResultT = z.infer<typeof IngestResult>;
export type InfoT = z.infer<typeof Info>;
export type PageT<T> = { items: T[]; total: number; limit: number; offset: number };
