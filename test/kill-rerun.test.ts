import { describe, it, expect } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { tempDir, cli, ROOT } from './support.js';

const N = 400;
const CITIES = ['Medan', 'Padang', 'Kupang', 'Ambon', 'Mataram', 'Jayapura', 'Palu', 'Kendari'];

function article(i: number): string {
  const city = CITIES[i % CITIES.length];
  return [
    `${city.toUpperCase()} - Pemerintah daerah ${city} mengumumkan program nomor ${i} untuk perbaikan ${i % 7} ruas jalan pada Senin (${(i % 28) + 1}/10).`,
    `Kepala dinas mengatakan anggaran sebesar ${i * 3} juta rupiah sudah disiapkan sejak awal tahun.`,
    `"Kami ingin pekerjaan selesai sebelum musim hujan," ujarnya kepada wartawan di kantornya.`,
    `ADVERTISEMENT`,
    `Warga berharap perbaikan ini mengurangi kemacetan di pusat kota yang terjadi setiap pagi.`,
  ].join('\n');
}

function count(db: string): number {
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return c.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      c.close();
    }
  } catch {
    return 0;
  }
}

describe('ingest survives SIGKILL: a rerun stores every article exactly once', () => {
  it('kills mid-run and reruns', async () => {
    const dir = tempDir();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    for (let i = 0; i < N; i++) writeFileSync(join(inbox, `${String(i).padStart(4, '0')}.txt`), article(i));
    const db = join(dir, 'kill.db');

    const child = spawn(process.execPath, [join(ROOT, 'bin', 'linimasa.js'), 'ingest', '--quiet', inbox], {
      env: { ...process.env, LINIMASA_DB: db },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_code, sig) => res(sig)));
    let seen = 0;
    for (let t = 0; t < 600 && seen < 30; t++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = count(db);
    }
    child.kill('SIGKILL');
    const signal = await exited;
    const before = count(db);
    // The run must really have been cut short, or this test proves nothing.
    expect(signal).toBe('SIGKILL');
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(N);

    const rerun = cli(['ingest', '--json', inbox], { db });
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.stored + summary.alreadyStored).toBe(N);
    expect(summary.alreadyStored).toBeGreaterThanOrEqual(before);

    const c = new Database(db, { readonly: true });
    expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(c.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(N);
    expect(c.prepare('SELECT count(DISTINCT origin) FROM articles').pluck().get()).toBe(N);
    // Every article has its full-text row: no half-written article survived the kill.
    expect(c.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"rupiah\"'").pluck().get()).toBe(N);
    c.close();
  }, 180_000);
});
