import { describe, it, expect } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { tempDir, cli, ROOT, SEEDS, hasShared } from './support.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'export.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);
const articleSchema = ajv.getSchema(`${schema.$id}#/definitions/article`)!;

describe('export', () => {
  const dir = tempDir();
  const db = join(dir, 'x.db');
  const inputs = [join(ROOT, 'examples'), ...(hasShared ? [SEEDS] : [])].filter((p) => existsSync(p));
  const ingest = cli(['ingest', '--quiet', ...inputs], { db });

  it('ingests the example corpus (and the seeds when present) without failures', () => {
    expect(ingest.status, ingest.stdout + ingest.stderr).toBe(0);
  });

  it('prints JSON that validates against schema/export.schema.json', () => {
    const r = cli(['export'], { db });
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    const ok = validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(ok).toBe(true);
    expect(doc.articles.length).toBeGreaterThan(0);
    for (const a of doc.articles) {
      for (const kind of ['entities', 'times', 'quotes', 'claims'])
        for (const s of a[kind]) expect(a.text.slice(s.start, s.end), `${a.id} ${kind}`).toBe(s.text);
    }
  });

  it('rejects an export that breaks the schema (the validation can fail)', () => {
    const doc = JSON.parse(cli(['export'], { db }).stdout);
    delete doc.articles[0].removed;
    doc.articles[0].publishedAt = '28 Oktober 2025';
    expect(validate(doc)).toBe(false);
  });

  it('prints JSON Lines, CSV and Markdown', () => {
    const jl = cli(['export', '--format', 'jsonl'], { db }).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(jl.filter((r) => r.record === 'article').length).toBeGreaterThan(0);
    const csv = cli(['export', '--format', 'csv'], { db }).stdout;
    expect(csv.split('\r\n')[0]).toMatch(/^id,origin,title,outlet,publishedAt/);
    const md = cli(['export', '--format', 'md'], { db }).stdout;
    expect(md).toMatch(/^# Linimasa export/);
    const out = join(dir, 'out.json');
    expect(cli(['export', '-o', out], { db }).status).toBe(0);
    expect(() => JSON.parse(readFileSync(out, 'utf8'))).not.toThrow();
  });

  it('shows an article by id prefix, and says when an id is unknown', () => {
    const id = JSON.parse(cli(['export'], { db }).stdout).articles[0].id as string;
    const r = cli(['show', id.slice(0, 8)], { db });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(id);
    const miss = cli(['show', 'zzzz-nope'], { db });
    expect(miss.status).toBe(1);
    expect(miss.stderr).toMatch(/nothing with id/);
  });
});

describe('annotate', () => {
  const dir = tempDir();
  const file = join(dir, 'one.txt');
  writeFileSync(file, 'Surabaya - Hujan deras merendam ratusan rumah warga pada Selasa (4/11). Petugas mengevakuasi warga lanjut usia lebih dulu.');

  it('prints one schema-valid article without storing anything', () => {
    const r = cli(['annotate', file], { db: join(dir, 'never.db') });
    expect(r.status, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(articleSchema(a), JSON.stringify(articleSchema.errors)).toBe(true);
    expect(existsSync(join(dir, 'never.db'))).toBe(false);
  });

  it('reads standard input, keeps text verbatim with --no-clean and takes --dct', () => {
    const text = 'ADVERTISEMENT\nHarga cabai turun kemarin.';
    const r = cli(['annotate', '--no-clean', '--dct', '2025-11-05', '--lang', 'id', '-'], { input: text });
    expect(r.status, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.text).toBe(text);
    expect(a.publishedAt).toBe('2025-11-05');
    expect(a.language).toBe('id');
  });

  it('rejects bad options and unreadable input with a clear message', () => {
    expect(cli(['annotate', '--dct', 'yesterday', file]).stderr).toMatch(/--dct must be an ISO 8601/);
    const empty = cli(['annotate', '-'], { input: '' });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/empty/);
  });
});

describe('CLI help', () => {
  it.each(['ingest', 'annotate', 'export', 'show'])('%s --help', (cmd) => {
    const r = cli([cmd, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Usage: linimasa ${cmd}`));
  });
  it('top-level --help lists the commands', () => {
    const r = cli(['--help']);
    for (const cmd of ['ingest', 'annotate', 'export', 'show']) expect(r.stdout).toContain(cmd);
  });
});
