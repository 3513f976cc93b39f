import { describe, it, expect, afterAll } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { runIngest } from '../src/pipeline/ingest-run.js';
import { processDoc, MAX_ARTICLE_CHARS } from '../src/pipeline/process.js';
import { startServer, type RunningServer } from '../src/server/index.js';
import { tempDir, textDoc } from './support.js';

const CITIES = ['Bandung', 'Medan', 'Makassar', 'Semarang', 'Palembang', 'Kupang', 'Ambon', 'Pontianak'];
const NAMES = ['Rina Wulandari', 'Agus Salim', 'Dewi Lestari', 'Bayu Pratama', 'Sari Handayani', 'Hendra Gunawan'];

/** A long text of varied news sentences (names, quotes, numbers), about `chars` characters. */
function longText(chars: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const city = CITIES[i % CITIES.length];
    const name = NAMES[(i * 7) % NAMES.length];
    const p =
      `${city} - Pemerintah kota ${city} menambah ${10 + (i % 90)} armada bus pada Senin (${1 + (i % 28)}/${1 + (i % 12)}). ` +
      `"Armada tambahan melayani rute padat," kata Kepala Dinas Perhubungan ${name}. ` +
      `Menurut ${name}, jumlah penumpang naik ${5 + (i % 20)} persen dibanding tahun lalu, dan anggaran Rp ${i % 9 + 1},${i % 10} miliar sudah disiapkan.`;
    out.push(p);
    n += p.length + 2;
  }
  return out.join('\n\n');
}

describe('a document far longer than any article is refused by name, and the batch goes on', () => {
  const dir = tempDir('linimasa-huge-');
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, '01-good.txt'), longText(600));
  writeFileSync(join(inbox, '02-too-long.txt'), longText(MAX_ARTICLE_CHARS + 20_000));
  writeFileSync(join(inbox, '03-good.txt'), longText(900));

  it('processDoc says how long the clean text is and what the limit is', () => {
    expect(() => processDoc(textDoc('x.txt', longText(5_000)), { maxChars: 1_000 })).toThrow(/clean text is [\d,]+ characters, over the 1,000 limit for one article/);
  });

  it('ingest reports the long file with its reason and stores the others', async () => {
    const store = openStore(join(dir, 'store.db'));
    try {
      const summary = await runIngest([inbox], store);
      expect(summary.documents).toBe(3);
      expect(summary.stored).toBe(2);
      expect(summary.failed).toHaveLength(1);
      expect(summary.failed[0].origin).toContain('02-too-long.txt');
      expect(summary.failed[0].reason).toMatch(/clean text is 2\d\d,\d{3} characters, over the 200,000 limit for one article/);
      // A lower limit, as `--max-chars` passes it, refuses the others too.
      const strict = await runIngest([inbox], openStore(join(dir, 'strict.db')), { process: { maxChars: 500 } });
      expect(strict.failed.map((f) => f.origin).sort()).toEqual(['01-good.txt', '02-too-long.txt', '03-good.txt'].map((f) => join(inbox, f)));
    } finally {
      store.close();
    }
  });
});

describe('the server answers other requests while it annotates an upload', () => {
  let srv: RunningServer | undefined;
  afterAll(() => srv?.close());

  it('GET /api/info answers while a long upload is annotated', async () => {
    const store = openStore(join(tempDir('linimasa-huge-srv-'), 'store.db'));
    srv = await startServer(store, { port: 0, webRoot: null });
    // Long for news, so annotating it takes a while; linking and storing it stay short.
    const body = longText(40_000);
    let done = false;
    const ingest = fetch(`${srv.url}/api/ingest?name=long.txt`, { method: 'POST', body, headers: { 'content-type': 'text/plain' } }).then(async (r) => {
      done = true;
      return { status: r.status, json: (await r.json()) as { stored: number } };
    });
    const waits: number[] = [];
    while (!done) {
      const t = performance.now();
      const r = await fetch(`${srv.url}/api/info`);
      expect(r.status).toBe(200);
      await r.arrayBuffer();
      waits.push(performance.now() - t);
      await new Promise((res) => setTimeout(res, 25));
    }
    const result = await ingest;
    expect(result.status).toBe(200);
    expect(result.json.stored).toBe(1);
    // Annotated on the request thread, the article would hold every answer until it is done.
    waits.sort((x, y) => x - y);
    expect(waits.length).toBeGreaterThan(5);
    expect(waits[Math.floor(waits.length / 2)]).toBeLessThan(250);
  }, 120_000);
});
