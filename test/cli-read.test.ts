import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, cli, ROOT } from './support.js';

/** The read commands on the bundled examples: what a reader sees, and how mistakes are refused. */
describe('read commands', () => {
  const dir = tempDir();
  const db = join(dir, 'x.db');
  const ingest = cli(['ingest', '--quiet', join(ROOT, 'examples')], { db });
  const exported = () => JSON.parse(cli(['export'], { db }).stdout);

  it('ingests the examples', () => {
    expect(ingest.status, ingest.stdout + ingest.stderr).toBe(0);
  });

  it('refuses a store that does not exist instead of creating an empty one', () => {
    const typo = join(dir, 'typo.db');
    for (const args of [['events'], ['timeline'], ['show', 'abc'], ['export'], ['export', '-o', join(dir, 'out.json')]]) {
      const r = cli(args, { db: typo });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/no store at .*typo\.db/);
    }
    expect(existsSync(typo)).toBe(false);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('rejects malformed dates and counts, and keeps a month bound inclusive', () => {
    for (const [flag, v] of [['--from', 'notadate'], ['--from', '2025-13-45'], ['--to', '2025-02-30']]) {
      const r = cli(['events', flag, v], { db });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${flag} must be a date`);
    }
    expect(cli(['events', '--min-articles', 'abc'], { db }).status).toBe(2);
    const events = exported().events as { date: string | null }[];
    const month = events.find((e) => e.date)!.date!.slice(0, 7);
    const inMonth = events.filter((e) => e.date?.startsWith(month)).length;
    const r = cli(['events', '--from', month, '--to', month, '--format', 'json'], { db });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(inMonth);
  });

  it('usage errors exit with 2, as the help promises', () => {
    expect(cli(['ingest'], { db }).status).toBe(2);
    expect(cli(['events', '--no-such-option'], { db }).status).toBe(2);
    expect(cli(['timeline', '--entity', 'x', '--query', 'y'], { db }).status).toBe(2);
    expect(cli(['events', '--help']).status).toBe(0);
  });

  it('says when a timeline has nothing to show', () => {
    const r = cli(['timeline', '--entity', 'Zzyzx Qwerty'], { db });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no entity or article .* "Zzyzx Qwerty"/);
  });

  it('cites timeline sources with their outlet and date, not only an id', () => {
    const doc = exported();
    const storyline = doc.storylines.find((s: { timeline: unknown[] }) => s.timeline.length);
    expect(storyline).toBeTruthy();
    const first = storyline.timeline[0].sources[0];
    const art = doc.articles.find((a: { id: string }) => a.id === first.article);
    for (const args of [['timeline', '--storyline', storyline.id], ['timeline', '--storyline', storyline.id, '--format', 'md'], ['show', storyline.id]]) {
      const out = cli(args, { db }).stdout;
      expect(out, args.join(' ')).toContain(`${art.outlet}, ${art.publishedAt.slice(0, 10)} (${first.article} ${first.start}–${first.end}`);
    }
  });

  it('names each cited article once per entry, with all its spans', () => {
    const doc = exported();
    const out = cli(['timeline', '--format', 'md'], { db }).stdout;
    const entries = out.split('\n').filter((l) => l.startsWith('- **'));
    expect(entries.length).toBeGreaterThan(0);
    for (const line of entries) {
      const ids = [...line.matchAll(/\(([0-9a-f]{13}) \d/g)].map((m) => m[1]);
      expect(new Set(ids).size, line).toBe(ids.length);
    }
    // an entry citing two spans of one article lists both after one outlet
    type Src = { article: string; start: number; end: number };
    const timeline: { sources: Src[] }[] = doc.storylines.flatMap((s: { timeline: { sources: Src[] }[] }) => s.timeline);
    const twice = timeline
      .map((t) => t.sources.filter((x) => t.sources.filter((y) => y.article === x.article).length > 1))
      .find((list) => list.length);
    expect(twice, 'the example corpus has an entry citing one article twice').toBeTruthy();
    const [a, b] = twice!.filter((x) => x.article === twice![0].article);
    expect(out).toContain(`${a.article} ${a.start}–${a.end}, ${b.start}–${b.end}`);
  });

  it('the default timeline also lists the dated events that joined no storyline, each with its own sources', () => {
    const doc = exported();
    const inStory = new Set(doc.storylines.flatMap((s: { events: string[] }) => s.events));
    const lone = doc.events.filter((e: { id: string; date: string | null }) => e.date && !inStory.has(e.id));
    expect(lone.length).toBeGreaterThan(0);
    const out = cli(['timeline', '--format', 'json'], { db }).stdout;
    const views = JSON.parse(out) as { title: string; timeline: { event: string | null; sources: { article: string }[] }[] }[];
    const view = views.find((v) => v.title === 'Events in no storyline')!;
    expect(view.timeline.map((t) => t.event).sort()).toEqual(lone.map((e: { id: string }) => e.id).sort());
    for (const t of view.timeline) {
      const members = new Set(lone.find((e: { id: string }) => e.id === t.event).articles);
      for (const s of t.sources) expect(members.has(s.article)).toBe(true);
    }
  });

  it('shows quote speakers by name and finds an entity by its name', () => {
    const doc = exported();
    const ent = new Map<string, { name: string }>(doc.entities.map((e: { id: string; name: string }) => [e.id, e]));
    const art = doc.articles.find((a: { quotes: { speaker: string | null }[] }) => a.quotes.some((q) => q.speaker && ent.has(q.speaker)));
    const q = art.quotes.find((x: { speaker: string | null }) => x.speaker && ent.has(x.speaker));
    const shown = cli(['show', art.id], { db }).stdout;
    expect(shown).toContain(`  ${ent.get(q.speaker)!.name}`);
    expect(shown).not.toContain(`  ${q.speaker}:`);
    const byName = cli(['show', ent.get(q.speaker)!.name], { db });
    expect(byName.status, byName.stderr).toBe(0);
    expect(byName.stdout).toMatch(new RegExp(`— ${q.speaker}|${q.speaker}  `));
  });
});
