import type { Article } from '../../model/types.js';

/**
 * The article object of the export, with its keys in the documented order. `annotate` prints
 * the same object, so one shape serves the CLI, the export and the API.
 */
export function articleRecord(a: Article) {
  return {
    id: a.id,
    origin: a.origin,
    url: a.url,
    title: a.title,
    titleSource: a.titleSource,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
    publishedAtSource: a.publishedAtSource,
    dateline: a.dateline,
    authors: a.authors,
    editors: a.editors ?? [],
    credits: a.credits,
    language: a.language,
    text: a.text,
    removed: a.removed,
    entities: a.entities.map((e) => ({ entity: e.entity, type: e.type, start: e.start, end: e.end, text: e.text })),
    // names the dateline and credits give, which are not in `text` and so have no offsets
    metadataEntities: (a.metadataEntities ?? []).map((e) => ({ entity: e.entity, type: e.type, text: e.text, source: e.source })),
    times: a.times.map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, ...(t.comparison ? { comparison: true } : {}) })),
    quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, direct: q.direct })),
    claims: a.claims.map((c) => ({
      start: c.start, end: c.end, text: c.text, quantity: c.quantity, unit: c.unit,
      ...(c.bound ? { bound: c.bound } : {}), attributedTo: c.attributedTo, ...(c.basis?.length ? { basis: c.basis } : {}),
    })),
  };
}
export type ArticleRecord = ReturnType<typeof articleRecord>;
