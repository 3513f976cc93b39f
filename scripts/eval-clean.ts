/**
 * eval:clean — runs the clean stage over the IndoSum articles in ../shared/data/corpus/indosum
 * (real Indonesian news prose, already stripped of most chrome) and prints how many lines and
 * sentences were removed, by reason, with samples, so over-removal on prose is visible.
 *
 *   npx tsx scripts/eval-clean.ts [--limit N] [--samples K] [--files dev.01.jsonl,...]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanDoc } from '../src/clean/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, '..', 'shared', 'data', 'corpus', 'indosum');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Tokens back to text: no space before closing punctuation, none inside brackets and quotes. */
export function detokenize(tokens: string[]): string {
  let out = '';
  let quoteOpen = false;
  let glueNext = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].replace(/\u00a0/g, ' ').trim();
    if (!t) continue;
    let glue = glueNext || out === '';
    glueNext = false;
    if (/^[.,;:!?%)\]}]+$/.test(t) || /^['’]s$/.test(t)) glue = true;
    if (t === '"' || t === '“' || t === '”') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (/^[([{]$/.test(t)) glueNext = true;
    const prev = tokens[i - 1] ?? '';
    const next = tokens[i + 1] ?? '';
    if (t === '/' && /\d$/.test(prev) && /^\d/.test(next)) {
      glue = true;
      glueNext = true;
    }
    if (t === '-' && /\p{Ll}$/u.test(prev) && /^\p{Ll}/u.test(next)) {
      glue = true;
      glueNext = true;
    }
    if (t === '-' && prev === '-') glue = true;
    out += (glue ? '' : ' ') + t;
  }
  return out;
}

interface Indosum {
  id: string;
  paragraphs: string[][][];
  source?: string;
  source_url?: string;
}

function main(): void {
  if (!existsSync(dir)) {
    console.log(`eval:clean skipped: ${dir} not found (the shared data folder is not mounted).`);
    return;
  }
  const limit = Number(arg('limit') ?? Infinity);
  const samples = Number(arg('samples') ?? 8);
  const files = (arg('files')?.split(',') ?? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()).map((f) => join(dir, f));
  let docs = 0;
  let lines = 0;
  let sentences = 0;
  let removedLines = 0;
  let removedSentences = 0;
  let inlineCuts = 0;
  /** Whole removed lines that look like prose (10+ words ending like a sentence): the ones to audit. */
  const prosey: string[] = [];
  let proseyN = 0;
  const seenIds = new Set<string>();
  const byReason = new Map<string, { n: number; sentences: number; examples: string[] }>();
  const titles = { printed: 0, derived: 0 };
  let withOutlet = 0;
  let withDateline = 0;
  let withAuthors = 0;
  const t0 = Date.now();
  outer: for (const file of files) {
    for (const row of readFileSync(file, 'utf8').split('\n')) {
      if (!row.trim()) continue;
      const a = JSON.parse(row) as Indosum;
      if (seenIds.has(a.id)) continue;
      seenIds.add(a.id);
      if (docs >= limit) break outer;
      docs++;
      const paras = a.paragraphs.map((p) => p.map((s) => detokenize(s)));
      const body = paras.map((p) => p.join(' ')).join('\n');
      lines += paras.length;
      const sentCount = new Map<string, number>();
      for (const p of paras) {
        sentences += p.length;
        sentCount.set(p.join(' ').replace(/\s+/g, ' ').trim(), p.length);
      }
      const c = cleanDoc({
        hash: createHash('sha256').update(body).digest('hex'),
        origin: `${file}#${a.id}`,
        format: 'text',
        container: 'jsonl',
        encoding: 'utf-8',
        body,
        hints: {},
      });
      if (c.titleSource) titles[c.titleSource]++;
      if (c.outlet) withOutlet++;
      if (c.dateline) withDateline++;
      if (c.authors.length) withAuthors++;
      for (const r of c.removed) {
        const whole = sentCount.get(r.text);
        const isLine = whole !== undefined;
        if (isLine) {
          removedLines++;
          removedSentences += whole;
          if (r.text.split(/\s+/).length >= 10 && /[.!?]["”’)]*$/.test(r.text) && r.reason !== 'related') {
            proseyN++;
            if (prosey.length < samples * 2) prosey.push(`[${r.reason}] ${r.text.slice(0, 160)}`);
          }
        } else inlineCuts++;
        const e = byReason.get(r.reason) ?? { n: 0, sentences: 0, examples: [] };
        e.n++;
        e.sentences += whole ?? 0;
        if (e.examples.length < samples) e.examples.push((isLine ? '' : '[inline] ') + r.text.slice(0, 140));
        byReason.set(r.reason, e);
      }
    }
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) + '%' : '-');
  console.log(`IndoSum clean eval: ${docs} articles in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  console.log(`lines (paragraphs): ${lines}, removed whole: ${removedLines} (${pct(removedLines, lines)})`);
  console.log(`sentences: ${sentences}, in removed lines: ${removedSentences} (${pct(removedSentences, sentences)})`);
  console.log(`inline cuts (datelines, trailing markers): ${inlineCuts}`);
  console.log(`titles printed/derived: ${titles.printed}/${titles.derived}; outlet found: ${withOutlet}; dateline: ${withDateline}; authors: ${withAuthors}`);
  console.log(`prose-like lines removed (10+ words, sentence end, not 'related'): ${proseyN}`);
  for (const x of prosey) console.log(`   ${x}`);
  for (const [reason, e] of [...byReason].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`\n[${reason}] ${e.n} removals, ${e.sentences} sentences`);
    for (const x of e.examples) console.log(`   ${x}`);
  }
}

if (process.argv[1]?.includes("eval-clean")) main();
