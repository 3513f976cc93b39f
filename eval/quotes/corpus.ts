/**
 * The quote annotator on text nobody annotated: IndoSum (Indonesian) and ECB+ (English) documents
 * outside the gold. The gold is mostly tuned on, so a rule's effect on these corpora (how many
 * quotes it adds, loses or re-attributes, and a sample of them to judge by hand) is the check of
 * whether it generalizes.
 *
 *   npx tsx eval/quotes/corpus.ts hits <id|en> <out.jsonl> [--entities]  # hits per document (offsets, speakers);
 *                                                                       # --entities: through the tagger, as the pipeline runs
 *   npx tsx eval/quotes/corpus.ts diff <id|en> <a.jsonl> <b.jsonl> [n]  # new / lost / changed, n samples each
 *
 * The samples print text of ../shared for the reader's eyes only; nothing is written to the repo.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIndoSum } from '../../scripts/lib/indosum.js';
import { annotateEntities } from '../../src/annotate/entities/index.js';
import { findQuotes } from '../../src/annotate/quotes/index.js';
import { packFor } from '../../src/lang/index.js';
import { loadEvalText } from './load.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = resolve(ROOT, '..', 'shared');

type Hit = [start: number, end: number, direct: number, speaker: string | null];

/** The documents of a language's corpus that are not in the gold, with their text. */
function documents(lang: string): Map<string, string> {
  const gold = JSON.parse(readFileSync(join(ROOT, 'eval/quotes/gold.json'), 'utf8')) as { items: Array<{ file: string }>; empty: Array<{ file: string }> };
  const inGold = new Set([...gold.items, ...gold.empty].map((x) => x.file));
  const docs = new Map<string, string>();
  if (lang === 'id') {
    for (const a of loadIndoSum(join(SHARED, 'data/corpus/indosum'))) docs.set(`indosum:${a.id}`, a.text);
  } else {
    const dir = join(SHARED, 'data/cluster/ecbplus');
    const topics = readdirSync(dir).filter((d) => /^\d+$/.test(d)).map(Number).sort((a, b) => a - b);
    for (const t of topics) for (const f of readdirSync(join(dir, String(t))).filter((n) => n.endsWith('.xml')).sort()) docs.set(`ecb:${t}/${f}`, loadEvalText(SHARED, `ecb:${t}/${f}`));
  }
  for (const id of inGold) docs.delete(id);
  return docs;
}

function hits(lang: string, out: string, withEntities: boolean): void {
  const pack = packFor(lang);
  const lines: string[] = [];
  for (const [id, text] of documents(lang)) {
    const mentions = withEntities ? annotateEntities({ text, language: lang } as Parameters<typeof annotateEntities>[0], pack) : [];
    const found: Hit[] = findQuotes(text, pack, mentions).map((h) => [h.start, h.end, h.direct ? 1 : 0, h.speakerMention !== null ? mentions[h.speakerMention].text : h.speakerText]);
    lines.push(JSON.stringify({ id, hits: found }));
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} documents`);
}

function diff(lang: string, a: string, b: string, n: number): void {
  const read = (f: string) => new Map(readFileSync(f, 'utf8').trim().split('\n').map((l) => {
    const o = JSON.parse(l) as { id: string; hits: Hit[] };
    return [o.id, new Map(o.hits.map((h) => [`${h[0]},${h[1]}`, h]))] as const;
  }));
  const before = read(a);
  const after = read(b);
  const docs = documents(lang);
  const shown = (id: string, h: Hit) => {
    const t = docs.get(id) ?? '';
    return JSON.stringify(t.slice(Math.max(0, h[0] - 90), h[0]) + '[[' + t.slice(h[0], h[1]).slice(0, 200) + ']]' + t.slice(h[1], h[1] + 70));
  };
  const added: string[] = [];
  const lost: string[] = [];
  const changed: string[] = [];
  for (const [id, hb] of after) {
    const ha = before.get(id) ?? new Map<string, Hit>();
    for (const [k, h] of hb) {
      const o = ha.get(k);
      if (!o) added.push(`NEW  ${id} ${h[2] ? 'D' : 'I'} by ${h[3]} ${shown(id, h)}`);
      else if (o[3] !== h[3]) changed.push(`WHO  ${id} ${o[3]} -> ${h[3]} ${shown(id, h)}`);
    }
    for (const [k, h] of ha) if (!hb.has(k)) lost.push(`LOST ${id} ${h[2] ? 'D' : 'I'} by ${h[3]} ${shown(id, h)}`);
  }
  console.log(`new ${added.length}, lost ${lost.length}, speaker changed ${changed.length}`);
  // A fixed spread over the list rather than the first n, so that one long document does not fill the sample.
  const sample = (xs: string[]) => xs.map((x, i) => [(i * 2654435761) % 4294967296, x] as const).sort((p, q) => p[0] - q[0]).slice(0, n).map((p) => p[1]);
  for (const [title, xs] of [['new', added], ['lost', lost], ['speaker changed', changed]] as const) {
    console.log(`--- ${title} (sample)`);
    for (const l of sample(xs)) console.log(l);
  }
}

const [cmd, lang, x, y, z] = process.argv.slice(2);
if (cmd === 'hits' && lang && x) hits(lang, x, process.argv.includes('--entities'));
else if (cmd === 'diff' && lang && x && y) diff(lang, x, y, Number(z ?? 20));
else {
  console.error('usage: corpus.ts hits <id|en> <out.jsonl> | diff <id|en> <a.jsonl> <b.jsonl> [n]');
  process.exit(2);
}
