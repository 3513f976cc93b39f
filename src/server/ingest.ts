/**
 * `POST /api/ingest`: uploaded files go through the same reader as `linimasa ingest` (formats,
 * encodings, gzip, bad-input reasons), then clean -> annotate -> link -> store, one transaction
 * per article. Origins are `upload/<file name>` (never a server path).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileDocs, describeError } from '../ingest/index.js';
import type { Processor } from '../pipeline/pool.js';
import { linkArticle } from '../link/index.js';
import type { Store } from '../store/store.js';
import type { IngestResultT } from './schemas.js';

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** A file name safe to write in a temporary folder, keeping the extension the reader sniffs. */
export function safeName(name: string, i: number): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '').slice(-120);
  return clean || `upload-${i + 1}.txt`;
}

/**
 * Cleaning and annotating run in `processor` (a worker thread in the server): a long article
 * then keeps no other request waiting; linking and storing stay here, one article at a time.
 */
export async function ingestUploads(store: Store, uploads: Upload[], maxBytes: number, processor: Processor): Promise<IngestResultT> {
  const result: IngestResultT = { files: uploads.length, documents: 0, stored: 0, alreadyStored: 0, articles: [], failed: [] };
  const dir = mkdtempSync(join(tmpdir(), 'linimasa-upload-'));
  const fail = (origin: string, reason: string) => {
    result.failed.push({ origin, reason });
    try {
      store.recordFailure(origin, reason);
    } catch {
      /* the failure is reported in the response all the same */
    }
  };
  try {
    for (let i = 0; i < uploads.length; i++) {
      const u = uploads[i];
      const name = safeName(u.name, i);
      const shown = `upload/${name}`;
      const path = join(dir, `${i}-${name}`);
      writeFileSync(path, u.bytes);
      const rename = (origin: string) => (origin.startsWith(path) ? shown + origin.slice(path.length) : origin);
      for await (const item of readFileDocs(path, u.bytes.length, { maxBytes, maxLineBytes: maxBytes })) {
        if (item.kind === 'error') {
          fail(rename(item.origin), item.reason);
          continue;
        }
        result.documents++;
        // Let other requests through between articles (duplicates and linking run here).
        await new Promise((r) => setImmediate(r));
        const raw = { ...item.doc, origin: rename(item.doc.origin) };
        if (store.hasHash(raw.hash)) {
          result.alreadyStored++;
          continue;
        }
        try {
          const article = await processor.process(raw);
          const stored = store.transaction(() => store.putArticle(linkArticle(article, store)));
          if (stored) {
            result.stored++;
            result.articles.push(article.id);
          } else result.alreadyStored++;
        } catch (e) {
          fail(raw.origin, `could not process: ${describeError(e)}`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
