import { describe, it, expect } from 'vitest';
import { writeFileSync, symlinkSync, truncateSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { tempDir, cli } from './support.js';

const GOOD = (n: number) =>
  `Bandung - Dinas perhubungan menambah ${n} armada bus kota mulai Senin (3/11). "Armada tambahan melayani rute padat," kata kepala dinas. Penambahan ini ditargetkan mengurangi waktu tunggu penumpang.`;

describe('ingest: bad input is reported by name and reason, and the batch goes on', () => {
  const dir = tempDir();
  const db = join(dir, 'store.db');
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, '01-good.txt'), GOOD(1));
  writeFileSync(join(inbox, '02-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(inbox, '03-empty.txt'), '');
  writeFileSync(join(inbox, '04-blank.txt'), '  \n\n  \n');
  const gz = gzipSync(Buffer.from(`<html><body><p>${GOOD(4)}</p></body></html>`));
  writeFileSync(join(inbox, '05-truncated.html.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
  writeFileSync(join(inbox, '06-bad-utf8.txt'), Buffer.concat([Buffer.from('Kafe “Melati” buka lagi. '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' Harga naik.')]));
  const huge = join(inbox, '07-huge.txt');
  writeFileSync(huge, '');
  truncateSync(huge, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
  writeFileSync(join(inbox, '08-malformed.xml'), '<?xml version="1.0"?><rss version="2.0"><channel><title>X</title><item><title>Y</item></channel>');
  writeFileSync(join(inbox, '09-lines.jsonl'), [JSON.stringify({ text: GOOD(9) }), '{"text": "unterminated', JSON.stringify({ title: 'no body' }), JSON.stringify({ text: GOOD(10) })].join('\n'));
  writeFileSync(join(inbox, '10-malformed.json'), '{"text": "a", }');
  writeFileSync(join(inbox, '11-no-elements.html'), '<');
  symlinkSync(join(dir, 'nowhere.txt'), join(inbox, '12-dangling.txt'));
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  writeFileSync(join(inbox, '13-good.html'), `<html><head><title>Bus kota</title></head><body><article><p>${GOOD(13)}</p></article></body></html>`);

  const run = cli(['ingest', '--json', inbox, join(dir, 'missing-folder'), join(dir, 'fifo')], { db });
  const summary = JSON.parse(run.stdout);
  const reasonOf = (name: string) => summary.failed.find((f: { origin: string }) => f.origin.includes(name))?.reason as string | undefined;

  it('exits 1 and stores the good documents', () => {
    expect(run.status, run.stderr).toBe(1);
    expect(summary.stored).toBe(4); // 01, 09#1, 09#4, 13
  });

  it.each([
    ['02-binary', /binary/],
    ['03-empty', /empty/],
    ['04-blank', /empty/],
    ['05-truncated', /truncated|corrupt/],
    ['06-bad-utf8', /invalid UTF-8/],
    ['07-huge', /too large/],
    ['08-malformed', /malformed XML/],
    ['09-lines.jsonl#2', /malformed JSON/],
    ['09-lines.jsonl#3', /no "text" or "html"/],
    ['10-malformed', /malformed JSON/],
    ['11-no-elements', /malformed HTML|empty/],
    ['12-dangling', /no such file/],
    ['missing-folder', /no such file/],
    ['fifo', /not a regular file/],
  ])('%s is reported with its reason', (name, reason) => {
    expect(reasonOf(name)).toMatch(reason);
  });

  it('prints failures by name in the human summary', () => {
    const again = cli(['ingest', inbox], { db });
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/0 new, 4 already stored/);
    expect(again.stdout).toContain('07-huge.txt: file too large');
  });

  it('leaves the stored articles intact and the database consistent', () => {
    const conn = new Database(db, { readonly: true });
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(conn.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(4);
    expect(conn.prepare('SELECT count(*) FROM failures').pluck().get()).toBeGreaterThanOrEqual(13);
    conn.close();
  });

  it('reports a path it may not read (when not running as root)', () => {
    if (process.getuid?.() === 0) return; // root reads everything; the ENOENT cases above cover the path
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, GOOD(99));
    execFileSync('chmod', ['000', locked]);
    const r = cli(['ingest', '--json', locked], { db });
    expect(JSON.parse(r.stdout).failed[0].reason).toMatch(/permission denied/);
  });
});
