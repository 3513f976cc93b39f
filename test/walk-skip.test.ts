/**
 * Walking a folder reads only files whose extension names a format ingest understands (or none);
 * notes, spreadsheets, documents and images beside the articles are skipped with a reason, and a
 * file given by name is always tried.
 */
import { describe, it, expect } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { walkPaths, unsupportedReason } from '../src/ingest/walk.js';
import { readFileDocs, type IngestItem } from '../src/ingest/index.js';
import { tempDir } from './support.js';

const BODY = 'Palu - Warga Desa Lembah Sari memperbaiki tanggul irigasi bersama pada Sabtu (8/11). "Sawah kami butuh air minggu depan," kata kepala desa.';

async function readAll(path: string, size: number): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const it of readFileDocs(path, size)) out.push(it);
  return out;
}

describe('walk: files that are not articles', () => {
  it('names the extension of formats it does not read, and tries the rest', () => {
    expect(unsupportedReason('EXPECTED.md')).toBe('not a supported format: .md');
    expect(unsupportedReason('notes.MD')).toBe('not a supported format: .md');
    expect(unsupportedReason('data.csv.gz')).toBe('not a supported format: .csv');
    expect(unsupportedReason('scan.pdf')).toBe('not a supported format: .pdf');
    expect(unsupportedReason('photo.jpeg')).toBe('not a supported format: .jpeg');
    for (const ok of ['a.txt', 'b.HTML', 'c.htm', 'd.html.gz', 'e.json', 'f.jsonl', 'g.xml', 'h.rss', 'i.atom', 'story.php', 'plain.gz']) {
      expect(unsupportedReason(ok), ok).toBeNull();
    }
    // no extension, or a last dot that starts none: the content tells the format
    for (const ok of ['article-0042', 'berita.2025.11.04', 'page.php?id=3']) expect(unsupportedReason(ok), ok).toBeNull();
  });

  it('skips them inside a folder with a reason, reads the articles, and keeps sorted order', () => {
    const root = tempDir();
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'EXPECTED.md'), '# What the articles should give\n\nTwo events.');
    writeFileSync(join(root, 'notes.md'), '# notes');
    writeFileSync(join(root, 'table.csv'), 'a,b\n1,2\n');
    writeFileSync(join(root, 'scan.pdf'), Buffer.from('%PDF-1.7\n'));
    writeFileSync(join(root, 'cover.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(root, 'tool.py'), 'print(1)\n');
    writeFileSync(join(root, 'README.md'), 'about this folder');
    writeFileSync(join(root, 'a.txt'), BODY);
    writeFileSync(join(root, 'no-extension'), BODY);
    writeFileSync(join(root, 'sub', 'b.html.gz'), gzipSync(Buffer.from(`<html><body><p>${BODY}</p></body></html>`)));
    const { files, problems, skipped } = walkPaths([root]);
    expect(files.map((f) => f.path.slice(root.length + 1))).toEqual(['a.txt', 'no-extension', 'sub/b.html.gz']);
    expect(problems).toEqual([]);
    // README-style names stay silent; everything else is reported
    expect(skipped.map((s) => [s.path.slice(root.length + 1), s.reason])).toEqual([
      ['EXPECTED.md', 'not a supported format: .md'],
      ['cover.png', 'not a supported format: .png'],
      ['notes.md', 'not a supported format: .md'],
      ['scan.pdf', 'not a supported format: .pdf'],
      ['table.csv', 'not a supported format: .csv'],
      ['tool.py', 'not a supported format: .py'],
    ]);
  });

  it('tries a file given by name whatever its extension, and reports it by name when it fails', async () => {
    const root = tempDir();
    const md = join(root, 'article.md');
    writeFileSync(md, BODY);
    const pdf = join(root, 'scan.pdf');
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 0, 0, 1, 2, 3, 0xff, 0xfe, 0])]));
    const { files, skipped } = walkPaths([md, pdf]);
    expect(files.map((f) => f.path)).toEqual([md, pdf]);
    expect(skipped).toEqual([]);
    const mdItems = await readAll(md, files[0].size);
    expect(mdItems.map((i) => i.kind)).toEqual(['doc']);
    const pdfItems = await readAll(pdf, files[1].size);
    expect(pdfItems).toHaveLength(1);
    expect(pdfItems[0]).toMatchObject({ kind: 'error', origin: pdf });
  });
});
