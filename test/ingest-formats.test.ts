import { describe, it, expect } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { walkPaths, readFileDocs, sniffFormat, decodeBytes, type IngestItem } from '../src/ingest/index.js';
import { tempDir } from './support.js';

const BODY = 'Jakarta - Pemerintah kota meresmikan jembatan baru di atas sungai pada Senin (3/11). "Jembatan ini memangkas waktu tempuh warga," kata wali kota.';

async function readAll(path: string): Promise<IngestItem[]> {
  const { files } = walkPaths([path]);
  const out: IngestItem[] = [];
  for (const f of files) for await (const it of readFileDocs(f.path, f.size)) out.push(it);
  return out;
}
const docs = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'doc' ? [i.doc] : []));
const errors = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'error' ? [i] : []));

describe('ingest: formats', () => {
  const dir = tempDir();

  it('reads plain text', async () => {
    const p = join(dir, 'a.txt');
    writeFileSync(p, BODY);
    const d = docs(await readAll(p));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ format: 'text', container: 'text', encoding: 'utf-8', origin: p, body: BODY });
    expect(d[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads HTML and gzipped HTML, and detects HTML saved as .txt', async () => {
    const html = `<!doctype html><html><head><title>Jembatan baru</title></head><body><p>${BODY}</p></body></html>`;
    writeFileSync(join(dir, 'b.html'), html);
    writeFileSync(join(dir, 'c.html.gz'), gzipSync(Buffer.from(html.replace('baru', 'lama'))));
    writeFileSync(join(dir, 'lying.txt'), html.replace('baru', 'kayu'));
    for (const name of ['b.html', 'c.html.gz', 'lying.txt']) {
      const d = docs(await readAll(join(dir, name)));
      expect(d, name).toHaveLength(1);
      expect(d[0].format, name).toBe('html');
    }
  });

  it('reads a JSON object, a JSON array and JSON Lines with their hints', async () => {
    const obj = { title: 'Judul', url: 'https://contoh.id/a', outlet: 'Contoh', publishedAt: '2025-11-03T10:00:00+07:00', author: 'Rina', text: BODY };
    writeFileSync(join(dir, 'd.json'), JSON.stringify(obj));
    writeFileSync(join(dir, 'e.json'), JSON.stringify([obj, { ...obj, text: BODY + ' Lagi.' }]));
    writeFileSync(join(dir, 'f.jsonl'), [obj, { ...obj, html: `<p>${BODY}</p>`, text: undefined }].map((o) => JSON.stringify(o)).join('\n') + '\n');
    const one = docs(await readAll(join(dir, 'd.json')));
    expect(one).toHaveLength(1);
    expect(one[0].hints).toEqual({ title: 'Judul', url: 'https://contoh.id/a', outlet: 'Contoh', publishedAt: '2025-11-03T10:00:00+07:00', author: 'Rina' });
    expect(docs(await readAll(join(dir, 'e.json'))).map((d) => d.origin)).toEqual([join(dir, 'e.json#1'), join(dir, 'e.json#2')]);
    const lines = docs(await readAll(join(dir, 'f.jsonl')));
    expect(lines.map((d) => d.format)).toEqual(['text', 'html']);
    expect(lines[1].origin).toBe(join(dir, 'f.jsonl#2'));
  });

  it('reads RSS and Atom feeds, one document per item', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Warta Contoh</title>
      <item><title>Satu</title><link>https://contoh.id/1</link><pubDate>Mon, 03 Nov 2025 08:00:00 +0700</pubDate><dc:creator>Budi</dc:creator><content:encoded><![CDATA[<p>${BODY}</p>]]></content:encoded></item>
      <item><title>Dua</title><link>https://contoh.id/2</link><description>${BODY} Dua.</description></item></channel></rss>`;
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Contoh</title>
      <entry><title>Tiga</title><link href="https://contoh.id/3"/><published>2025-11-03T09:00:00+07:00</published><author><name>Sari</name></author><content type="html">&lt;p&gt;${BODY}&lt;/p&gt;</content></entry></feed>`;
    writeFileSync(join(dir, 'g.xml'), rss);
    writeFileSync(join(dir, 'h.atom'), atom);
    const r = docs(await readAll(join(dir, 'g.xml')));
    expect(r).toHaveLength(2);
    expect(r[0]).toMatchObject({ container: 'rss', format: 'html', hints: { title: 'Satu', outlet: 'Warta Contoh', author: 'Budi', url: 'https://contoh.id/1' } });
    expect(r[1].format).toBe('text');
    const a = docs(await readAll(join(dir, 'h.atom')));
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ container: 'atom', format: 'html', hints: { title: 'Tiga', author: 'Sari', url: 'https://contoh.id/3', publishedAt: '2025-11-03T09:00:00+07:00' } });
  });

  it('converts UTF-16 (with BOM), Windows-1252 and declared charsets to the same text', async () => {
    const text = 'Café “Mawar” — harga naik 5 persen, kata pemilik.';
    writeFileSync(join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    writeFileSync(join(dir, 'cp.txt'), iconv.encode(text, 'windows-1252'));
    writeFileSync(join(dir, 'u8bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const got = await Promise.all(['u16.txt', 'cp.txt', 'u8bom.txt'].map(async (n) => docs(await readAll(join(dir, n)))[0]));
    expect(got.map((d) => d.encoding)).toEqual(['utf-16le', 'windows-1252', 'utf-8']);
    for (const d of got) expect(d.body).toBe(text);
    // The same text in three encodings is one document.
    expect(new Set(got.map((d) => d.hash)).size).toBe(1);
    const html = iconv.encode(`<html><head><meta charset="iso-8859-1"></head><body><p>${text}</p></body></html>`, 'windows-1252');
    expect(decodeBytes(html, 'x.html').text).toContain('“Mawar”');
  });

  it('walks folders recursively in a stable order, skipping hidden files', () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, 'b.txt'), BODY);
    writeFileSync(join(root, 'sub', 'a.txt'), BODY);
    writeFileSync(join(root, 'sub', 'deeper', 'c.txt'), BODY);
    writeFileSync(join(root, '.git', 'config'), 'x');
    writeFileSync(join(root, '.hidden.txt'), BODY);
    const { files } = walkPaths([root]);
    expect(files.map((f) => f.path.slice(root.length + 1))).toEqual(['b.txt', 'sub/a.txt', 'sub/deeper/c.txt']);
  });

  it('sniffs formats by content, not by extension', () => {
    expect(sniffFormat('<?xml version="1.0"?>\n<rss version="2.0">', 'x.html')).toBe('rss');
    expect(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom">', 'x.txt')).toBe('atom');
    expect(sniffFormat('<!DOCTYPE html><html>', 'x.json')).toBe('html');
    expect(sniffFormat('{"text":"a"}\n{"text":"b"}\n', 'x.json')).toBe('jsonl');
    expect(sniffFormat('{"text":"a"}', 'x.txt')).toBe('json');
    expect(sniffFormat('Jakarta - Berita biasa.', 'x.html')).toBe('text');
  });
});

export { errors };
