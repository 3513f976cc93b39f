/**
 * Entities the article's metadata names: the place of its dateline and the wires, outlets and
 * photo agencies it credits. The clean stage takes those lines out of the body, so the tagger
 * never sees them; they are read here from the fields the clean stage filled.
 */
import type { CleanArticle, EntityMention, MetadataMention } from '../../model/types.js';
import { newsAgencies } from '../../lang/media.js';

const agencies = new Set(newsAgencies.map((a) => a.toLowerCase()));

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Words a name may hold in lower case (`Voice of America`, `Agence France-Presse`). */
const JOINERS = new Set(['of', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'al', 'van', 'von', '&']);

/**
 * A credit or place that reads as a name: a site's domain, or capitalized words (`News agencies`,
 * `wawancara` are descriptions); never a path or handle (`humas/kabarpantai`, `@akun`).
 */
function nameLike(s: string): boolean {
  if (!s || /[/@:]/u.test(s)) return false;
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(s)) return true;
  const ws = s.split(/\s+/);
  return /^[\p{Lu}\p{N}]/u.test(ws[0]) && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || JOINERS.has(w.toLowerCase()));
}

/**
 * The metadata mentions of one article, each name once: the dateline's places (`Surabaya,
 * Indonesia` gives two) as LOCATION; every credited wire or outlet, and a photo credit or cited
 * source that is a known agency, as ORGANIZATION (a photographer's own name is not an entity of
 * the story; a cited source the tagger found in the body is a mention already).
 */
export function metadataMentions(article: Pick<CleanArticle, 'dateline' | 'credits'>, body: readonly Pick<EntityMention, 'text'>[] = []): MetadataMention[] {
  const out: MetadataMention[] = [];
  const seen = new Set<string>();
  const add = (m: MetadataMention): void => {
    const k = fold(m.text);
    if (!k || seen.has(k)) return;
    seen.add(k);
    out.push(m);
  };
  for (const place of (article.dateline ?? '').split(',').map((p) => p.trim())) {
    if (nameLike(place)) add({ text: place, type: 'LOCATION', entity: null, source: 'dateline' });
  }
  const printed = new Set(body.map((m) => fold(m.text)));
  for (const c of article.credits ?? []) {
    if (!nameLike(c.name)) continue;
    if (c.role !== 'wire' && !agencies.has(c.name.toLowerCase())) continue;
    if (c.role === 'cited' && printed.has(fold(c.name))) continue;
    add({ text: c.name, type: 'ORGANIZATION', entity: null, source: c.role });
  }
  return out;
}
