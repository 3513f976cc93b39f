/**
 * The Indonesian clustering check: IndoSum articles, the Kompas oil-price articles (IndoTimex
 * dev) and the seeds, with hand-made gold events (eval/cluster/id-gold.json: ids only).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { RawDoc } from '../../src/model/types.js';
import type { ProcessOptions } from '../../src/pipeline/process.js';
import { loadIndoSum, indosumDir } from '../../scripts/lib/indosum.js';

export interface IdDoc {
  key: string;
  gold: string;
  raw: RawDoc;
  opts: ProcessOptions;
}

interface Gold {
  events: string[][];
  hardNegatives: string[][];
  sampledSingletons: { every: number };
}

const HERE = dirname(fileURLToPath(import.meta.url));

function raw(origin: string, body: string, hints: RawDoc['hints'] = {}): RawDoc {
  return { hash: createHash('sha256').update(body).digest('hex'), origin, format: 'text', container: 'text', encoding: 'utf-8', body, hints };
}

export function loadIndonesian(root: string): IdDoc[] {
  const gold = JSON.parse(readFileSync(join(HERE, 'id-gold.json'), 'utf8')) as Gold;
  const label = new Map<string, string>();
  gold.events.forEach((ev, i) => ev.forEach((k) => label.set(k, `g${i}`)));
  for (const pair of gold.hardNegatives) for (const k of pair) if (!label.has(k)) label.set(k, k);

  const out: IdDoc[] = [];
  const shared = resolve(root, '..', 'shared');
  const indosum = loadIndoSum(indosumDir(root));
  let n = 0;
  for (const a of indosum) {
    const key = `indosum:${a.id}`;
    const listed = label.has(key);
    if (!listed && n++ % gold.sampledSingletons.every !== 0) continue;
    const day = a.time ? new Date(a.time * 1000).toISOString().slice(0, 10) : undefined;
    out.push({ key, gold: label.get(key) ?? key, raw: raw(key, a.text, { outlet: a.source, url: a.url, publishedAt: day }), opts: { noClean: true, lang: 'id', dct: day } });
  }
  const missing = [...label.keys()].filter((k) => k.startsWith('indosum:') && !out.some((d) => d.key === k));
  if (missing.length) throw new Error(`id-gold.json names IndoSum ids that are not in the corpus: ${missing.join(', ')}`);

  const kdir = join(shared, 'data', 'time', 'indotimex-dev-raw');
  if (existsSync(kdir)) {
    for (const f of readdirSync(kdir).filter((x) => x.endsWith('.tml')).sort()) {
      const xml = readFileSync(join(kdir, f), 'utf8');
      const dct = /<DCT>[\s\S]*?value="([^"]+)"/.exec(xml)?.[1];
      const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml)?.[1]?.trim();
      const text = (/<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
      const key = `kompas:${f.replace(/\.tml$/, '')}`;
      out.push({ key, gold: label.get(key) ?? key, raw: raw(key, text, { title, outlet: 'Kompas', publishedAt: dct }), opts: { noClean: true, lang: 'id', dct } });
    }
  }
  const sdir = join(shared, 'seeds');
  if (existsSync(sdir)) {
    for (const f of readdirSync(sdir).filter((x) => /^\d{3}_.*\.txt$/.test(x)).sort()) {
      const key = `seed:${f.slice(0, 3)}`;
      out.push({ key, gold: label.get(key) ?? key, raw: raw(join(sdir, f), readFileSync(join(sdir, f), 'utf8')), opts: {} });
    }
  }
  return out;
}
