/**
 * Scores the time annotator (issue 3).
 *   (a) Indonesian: eval/time/indotimex-dev.gold.json over ../shared/data/time/indotimex-dev-raw
 *   (b) English: TempEval-3 TimeBank + AQUAINT gold TIMEX3 in ../shared/data/time/tempeval3-tbaq
 *   (c) Seeds: the dates of ../shared/seeds/EXPECTED.md's timeline (eval/time/seeds-timeline.json)
 * Detection: strict (exact span) and relaxed (overlap) P/R/F1. Normalization: value accuracy on
 * relaxed matches and value F1 (a match counts when its value is also right; TempEval-3 style).
 * Usage: npm run eval:time [-- --errors] [-- --en-errors[=TimeBank|AQUAINT]]
 *   --errors prints every mismatch; --en-errors prints only the English ones (of one part if named).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateTimesDetailed, inferDct } from '../src/annotate/time/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const allErrors = process.argv.includes('--errors');
const enErrorsArg = process.argv.find((a) => a === '--en-errors' || a.startsWith('--en-errors='));
const enErrorsPart = enErrorsArg?.includes('=') ? enErrorsArg.split('=')[1] : null;
let showErrors = allErrors;

interface G { start: number; end: number; type: string; value: string }

export function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const l = e.toLowerCase();
    if (l === 'amp') return '&';
    if (l === 'lt') return '<';
    if (l === 'gt') return '>';
    if (l === 'quot') return '"';
    if (l === 'apos') return "'";
    return String.fromCodePoint(l.startsWith('#x') ? parseInt(l.slice(2), 16) : parseInt(l.slice(1), 10));
  });
}

/** TimeML file -> DCT, TEXT (tags removed, entities decoded) and its TIMEX3 spans. */
export function readTimeml(path: string, encoding = 'utf-8'): { dct: string; text: string; timexes: G[] } {
  const raw = new TextDecoder(encoding).decode(readFileSync(path)).replace(/\r\n?/g, '\n');
  const dct = /<DCT>[\s\S]*?value="([^"]+)"/.exec(raw)?.[1] ?? '';
  const inner = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1] ?? '';
  let text = '';
  const timexes: G[] = [];
  const open: { start: number; type: string; value: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|[^<]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(inner))) {
    if (!m[0].startsWith('<')) {
      text += decodeEntities(m[0]);
      continue;
    }
    if (m[2] !== 'TIMEX3' || m[4]) continue;
    if (!m[1]) {
      const attrs = m[3];
      open.push({ start: text.length, type: /type="([^"]*)"/.exec(attrs)?.[1] ?? '', value: /value="([^"]*)"/.exec(attrs)?.[1] ?? '' });
    } else {
      const o = open.pop();
      if (o) timexes.push({ start: o.start, end: text.length, type: o.type, value: o.value });
    }
  }
  return { dct, text, timexes };
}

interface Counts { gold: number; sys: number; strict: number; relaxed: number; valueOk: number; typeOk: number }
const zero = (): Counts => ({ gold: 0, sys: 0, strict: 0, relaxed: 0, valueOk: 0, typeOk: 0 });

function score(gold: G[], sys: G[], c: Counts, text: string, label: string): void {
  c.gold += gold.length;
  c.sys += sys.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    for (let i = 0; i < sys.length; i++) {
      if (used.has(i)) continue;
      const s = sys[i];
      if (s.start < g.end && g.start < s.end) {
        if (best < 0 || (s.start === g.start && s.end === g.end)) best = i;
      }
    }
    if (best < 0) {
      if (showErrors) console.log(`  MISS ${label} ${JSON.stringify(text.slice(g.start, g.end))} ${g.type} ${g.value}`);
      continue;
    }
    used.add(best);
    const s = sys[best];
    c.relaxed++;
    if (s.start === g.start && s.end === g.end) c.strict++;
    if (s.type === g.type) c.typeOk++;
    if (s.value === g.value) c.valueOk++;
    else if (showErrors) console.log(`  VALUE ${label} ${JSON.stringify(text.slice(g.start, g.end))} gold ${g.type} ${g.value} sys ${s.type} ${s.value} (sys span ${JSON.stringify(text.slice(s.start, s.end))})`);
  }
  if (showErrors) sys.forEach((s, i) => { if (!used.has(i)) console.log(`  FP   ${label} ${JSON.stringify(text.slice(s.start, s.end))} ${s.type} ${s.value}`); });
}

const pct = (x: number): string => (100 * x).toFixed(2);
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
function report(name: string, c: Counts): void {
  const line = (label: string, k: number) => {
    const p = c.sys ? k / c.sys : 0;
    const r = c.gold ? k / c.gold : 0;
    return `${label} P ${pct(p)} R ${pct(r)} F1 ${pct(f1(p, r))}`;
  };
  console.log(`${name}: gold ${c.gold}, system ${c.sys}`);
  console.log(`  detection strict : ${line('', c.strict)}`);
  console.log(`  detection relaxed: ${line('', c.relaxed)}`);
  console.log(`  type accuracy (on relaxed matches): ${pct(c.relaxed ? c.typeOk / c.relaxed : 0)}`);
  console.log(`  value accuracy (on relaxed matches): ${pct(c.relaxed ? c.valueOk / c.relaxed : 0)}`);
  console.log(`  value (normalization) ${line('', c.valueOk)}`);
}

// (a) Indonesian gold
const idDir = join(shared, 'data/time/indotimex-dev-raw');
const goldPath = join(root, 'eval/time/indotimex-dev.gold.json');
if (existsSync(idDir)) {
  type Part = { files: string[]; annotations: (G & { file: string })[] };
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Part & { heldout: Part; blind: Part };
  const run = (part: Part, c: Counts) => {
    for (const f of part.files) {
      const d = readTimeml(join(idDir, f), 'windows-1252');
      const sys = annotateTimesDetailed({ text: d.text, language: 'id' }, { code: 'id' }, d.dct);
      score(part.annotations.filter((a) => a.file === f), sys, c, d.text, f);
    }
  };
  const c1 = zero();
  run(gold, c1);
  report(`(a1) Indonesian IndoTimex-dev, reviewed part (${gold.files.length} articles)`, c1);
  const c2 = zero();
  run(gold.heldout, c2);
  report(`(a2) Indonesian IndoTimex-dev, held-out part annotated blind (${gold.heldout.files.length} articles)`, c2);
  const c3 = zero();
  run(gold.blind, c3);
  report(`(a3) Indonesian IndoTimex-dev, second blind part, annotated after tuning (${gold.blind.files.length} articles)`, c3);
  const all = zero();
  for (const k of Object.keys(all) as (keyof Counts)[]) all[k] = c1[k] + c2[k] + c3[k];
  report('(a) Indonesian IndoTimex-dev, all', all);
} else console.log(`(a) SKIPPED: ${idDir} not found`);

// (b) English TempEval-3 TimeBank + AQUAINT
const teDir = join(shared, 'data/time/tempeval3-tbaq');
if (existsSync(teDir)) {
  for (const part of ['TimeBank', 'AQUAINT']) {
    const c = zero();
    showErrors = allErrors || (!!enErrorsArg && (!enErrorsPart || enErrorsPart === part));
    const dir = join(teDir, part);
    const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
    for (const f of files) {
      const d = readTimeml(join(dir, f));
      const sys = annotateTimesDetailed({ text: d.text, language: 'en' }, { code: 'en' }, d.dct);
      score(d.timexes, sys, c, d.text, f);
    }
    (globalThis as { __te?: Counts[] }).__te = [...((globalThis as { __te?: Counts[] }).__te ?? []), c];
    report(`(b) English TempEval-3 ${part} (${files.length} docs)`, c);
  }
  const all = ((globalThis as { __te?: Counts[] }).__te ?? []).reduce((a, b) => {
    for (const k of Object.keys(a) as (keyof Counts)[]) a[k] += b[k];
    return a;
  }, zero());
  report('(b) English TempEval-3 TimeBank+AQUAINT', all);
  showErrors = allErrors;
} else console.log(`(b) SKIPPED: ${teDir} not found`);

// (c) seeds
const seedDir = join(shared, 'seeds');
if (existsSync(seedDir)) {
  const spec = JSON.parse(readFileSync(join(root, 'eval/time/seeds-timeline.json'), 'utf8')) as { expect: Record<string, string[]>; dct: Record<string, string> };
  let ok = 0;
  let n = 0;
  let dctOk = 0;
  for (const f of readdirSync(seedDir).filter((x) => /^\d{3}_.*\.txt$/.test(x)).sort()) {
    const key = f.slice(0, 3);
    const text = readFileSync(join(seedDir, f), 'utf8');
    const art = { text, language: 'id' as const };
    const dct = inferDct(art, { code: 'id' });
    if (dct === spec.dct[key]) dctOk++;
    else console.log(`  seed ${key}: inferred DCT ${dct}, expected ${spec.dct[key]}`);
    const values = new Set(annotateTimesDetailed(art, { code: 'id' }, dct).map((t) => t.value.split('/').map((p) => p.replace(/T.*$/, '')).join('/')));
    for (const v of spec.expect[key] ?? []) {
      n++;
      if (values.has(v)) ok++;
      else console.log(`  seed ${key}: missing ${v}`);
    }
  }
  console.log(`(c) Seeds: timeline dates found ${ok}/${n}; inferred DCTs right ${dctOk}/${Object.keys(spec.dct).length}`);
} else console.log(`(c) SKIPPED: ${seedDir} not found`);

// (d) DCT inference on IndoSum (the id's Unix-time prefix taken as the publication time, WIB)
const sumPath = join(shared, 'data/corpus/indosum/dev.01.jsonl');
if (existsSync(sumPath)) {
  let n = 0;
  let got = 0;
  let exact = 0;
  let near = 0;
  for (const line of readFileSync(sumPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: string; paragraphs: string[][][] };
    const ts = Number(String(o.id).split('-')[0]);
    if (!ts) continue;
    const truth = new Date(ts * 1000 + 7 * 3600e3).toISOString().slice(0, 10);
    const text = o.paragraphs.map((p) => p.map((s) => s.join(' ')).join(' ')).join('\n');
    const d = inferDct({ text, language: 'id' }, { code: 'id' }, new Date(ts * 1000 + 30 * 864e5));
    n++;
    if (!d) continue;
    got++;
    const diff = Math.abs(Date.parse(d) - Date.parse(truth)) / 864e5;
    if (diff === 0) exact++;
    if (diff <= 2) near++;
  }
  console.log(`(d) DCT inference, IndoSum dev.01 (${n} articles; 'now' = true date + 30 days): inferred ${got}, same day ${exact}, within 2 days ${near} (${pct(got ? near / got : 0)}% of inferred)`);
} else console.log(`(d) SKIPPED: ${sumPath} not found`);
