/**
 * The Indonesian clustering check: IndoSum articles, the Kompas oil-price articles (IndoTimex
 * dev) and the seeds, with hand-made gold events (eval/cluster/id-gold.json: ids only).
 * The same loader reads the Indonesian training stream (eval/cluster/id-train.json): IndoSum only,
 * drawn from the articles the check does not load, so a fit on it never sees the check.
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
  /** Every `every`-th unlisted IndoSum article, starting at `offset` (0 when absent). */
  sampledSingletons: { every: number; offset?: number };
}

export interface LoadOptions {
  /** Gold file name in eval/cluster. */
  gold?: string;
  kompas?: boolean;
  seeds?: boolean;
  /** Document keys to leave out before sampling (the check's keys, for the training stream). */
  exclude?: ReadonlySet<string>;
}

const HERE = dirname(fileURLToPath(import.meta.url));

function raw(origin: string, body: string, hints: RawDoc['hints'] = {}): RawDoc {
  return { hash: createHash('sha256').update(body).digest('hex'), origin, format: 'text', container: 'text', encoding: 'utf-8', body, hints };
}

/** The check by default; other gold files and sources through `options`. */
export function loadIndonesian(root: string, options: LoadOptions = {}): IdDoc[] {
  const { gold: goldFile = 'id-gold.json', kompas = true, seeds = true, exclude = new Set<string>() } = options;
  const gold = JSON.parse(readFileSync(join(HERE, goldFile), 'utf8')) as Gold;
  const { every, offset = 0 } = gold.sampledSingletons;
  const label = new Map<string, string>();
  gold.events.forEach((ev, i) => ev.forEach((k) => label.set(k, `g${i}`)));
  for (const pair of gold.hardNegatives) for (const k of pair) if (!label.has(k)) label.set(k, k);

  const out: IdDoc[] = [];
  const shared = resolve(root, '..', 'shared');
  const indosum = loadIndoSum(indosumDir(root));
  let n = 0;
  for (const a of indosum) {
    const key = `indosum:${a.id}`;
    if (exclude.has(key)) continue;
    const listed = label.has(key);
    if (!listed && n++ % every !== offset) continue;
    const day = a.time ? new Date(a.time * 1000).toISOString().slice(0, 10) : undefined;
    out.push({ key, gold: label.get(key) ?? key, raw: raw(key, a.text, { outlet: a.source, url: a.url, publishedAt: day }), opts: { noClean: true, lang: 'id', dct: day } });
  }
  const missing = [...label.keys()].filter((k) => k.startsWith('indosum:') && !out.some((d) => d.key === k));
  if (missing.length) throw new Error(`${goldFile} names IndoSum ids that are not in the corpus or are excluded: ${missing.join(', ')}`);

  const kdir = join(shared, 'data', 'time', 'indotimex-dev-raw');
  if (kompas && existsSync(kdir)) {
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
  if (seeds && existsSync(sdir)) {
    for (const f of readdirSync(sdir).filter((x) => /^\d{3}_.*\.txt$/.test(x)).sort()) {
      const key = `seed:${f.slice(0, 3)}`;
      out.push({ key, gold: label.get(key) ?? key, raw: raw(join(sdir, f), readFileSync(join(sdir, f), 'utf8')), opts: {} });
    }
  }
  return out;
}

/**
 * The Indonesian training stream: id-train.json's events plus its sampled singletons, IndoSum only,
 * with every article the check loads removed first (so the two never share a document).
 */
export function loadIndonesianTrain(root: string): IdDoc[] {
  const check = new Set(loadIndonesian(root).map((d) => d.key));
  return loadIndonesian(root, { gold: 'id-train.json', kompas: false, seeds: false, exclude: check });
}
