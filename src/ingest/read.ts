import { createReadStream, openSync, readSync, closeSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { gunzipSync, createGunzip, constants as zlibConstants } from 'node:zlib';
import type { DocFormat, RawDoc, SourceHints } from '../model/types.js';
import { InputError, describeError } from './errors.js';
import { decodeBytes, looksBinary } from './decode.js';
import { sniffFormat } from './sniff.js';
import { contentHash } from './hash.js';
import { articleFromJson, parseJsonFile } from './formats/json.js';
import { parseFeed } from './formats/feed.js';

export interface ReadOptions {
  /** Largest file (after decompression) read whole; larger JSON Lines files are streamed. */
  maxBytes: number;
  /** Largest single line of a streamed JSON Lines file. */
  maxLineBytes: number;
}

export const defaultReadOptions: ReadOptions = { maxBytes: 64 * 1024 * 1024, maxLineBytes: 16 * 1024 * 1024 };

export type IngestItem = { kind: 'doc'; doc: RawDoc } | { kind: 'error'; origin: string; reason: string };

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

function readHead(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

function makeDoc(
  origin: string,
  body: string,
  format: 'text' | 'html',
  container: DocFormat,
  encoding: string,
  hints: SourceHints,
  hashInput?: string,
): RawDoc {
  return { hash: contentHash(hashInput ?? body), origin, format, container, encoding, body, hints };
}

/** Hash input for container items: body plus the metadata that distinguishes them. */
function itemKey(body: string, hints: SourceHints): string {
  return JSON.stringify([body, hints.title ?? '', hints.url ?? '', hints.publishedAt ?? '']);
}

/**
 * Reads one file into documents. Never throws: every problem becomes an `error` item naming the
 * file (or `file#n` for the n-th item of a container) and the reason, and the caller goes on.
 */
export async function* readFileDocs(path: string, size: number, opts: ReadOptions = defaultReadOptions): AsyncGenerator<IngestItem> {
  try {
    if (size === 0) throw new InputError(path, 'empty file');
    const head = readHead(path, 64 * 1024);
    const gz = isGzip(head);
    if (!gz && size > opts.maxBytes) {
      // Too big to read whole: only JSON Lines can be taken a line at a time.
      if (!looksBinary(head) && sniffFormat(head.toString('utf8'), path) === 'jsonl') {
        yield* streamJsonl(path, false, opts);
        return;
      }
      throw new InputError(path, `file too large: ${MB(size)} exceeds the ${MB(opts.maxBytes)} limit for one document`);
    }
    let bytes: Buffer;
    if (gz) {
      const compressed = readFileSync(path);
      try {
        bytes = gunzipSync(compressed, { maxOutputLength: opts.maxBytes });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || /larger than|too large/i.test((e as Error).message)) {
          const inner = gunzipHeadFormat(compressed);
          if (inner === 'jsonl') { yield* streamJsonl(path, true, opts); return; }
          throw new InputError(path, `file too large: more than ${MB(opts.maxBytes)} once decompressed`);
        }
        throw new InputError(path, `truncated or corrupt gzip data (${code === 'Z_BUF_ERROR' ? 'unexpected end of file' : (e as Error).message})`);
      }
      if (bytes.length === 0) throw new InputError(path, 'empty file (after decompression)');
    } else {
      bytes = readFileSync(path);
    }
    if (bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) throw new InputError(path, 'empty file (only white space)');
    const { text, encoding } = decodeBytes(bytes, path);
    yield* docsFromText(path, text, encoding);
  } catch (e) {
    yield { kind: 'error', origin: path, reason: describeError(e) };
  }
}

function gunzipHeadFormat(compressed: Buffer): DocFormat | null {
  try {
    const head = gunzipSync(compressed, { maxOutputLength: 64 * 1024, finishFlush: zlibConstants.Z_SYNC_FLUSH });
    return sniffFormat(head.toString('utf8'), '');
  } catch {
    return null;
  }
}

/** Splits decoded text into documents according to its (sniffed) format. */
export function* docsFromText(origin: string, text: string, encoding: string, formatHint?: DocFormat): Generator<IngestItem> {
  const format = formatHint ?? sniffFormat(text.slice(0, 8192), origin);
  switch (format) {
    case 'text':
    case 'html':
      if (!text.trim()) throw new InputError(origin, 'empty file (no text)');
      if (format === 'html' && !/<\w/.test(text)) throw new InputError(origin, 'malformed HTML (no elements)');
      yield { kind: 'doc', doc: makeDoc(origin, text, format, format, encoding, {}) };
      return;
    case 'json': {
      const { items, single } = parseJsonFile(text, origin);
      if (items.length === 0) throw new InputError(origin, 'JSON file holds no articles');
      for (let i = 0; i < items.length; i++) {
        const o = single ? origin : `${origin}#${i + 1}`;
        yield jsonItem(o, items[i], 'json', encoding);
      }
      return;
    }
    case 'jsonl': {
      const lines = text.split(/\r?\n/);
      let n = 0;
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i].trim()) continue;
        n++;
        yield jsonlLine(`${origin}#${i + 1}`, lines[i], encoding);
      }
      if (n === 0) throw new InputError(origin, 'JSON Lines file holds no lines');
      return;
    }
    case 'rss':
    case 'atom': {
      for (const it of parseFeed(text, origin).items) {
        if (it instanceof InputError) yield { kind: 'error', origin: it.origin, reason: it.reason };
        else yield { kind: 'doc', doc: makeDoc(it.origin, it.body, it.format, format, encoding, it.hints, itemKey(it.body, it.hints)) };
      }
      return;
    }
  }
}

function jsonItem(origin: string, value: unknown, container: DocFormat, encoding: string): IngestItem {
  try {
    const a = articleFromJson(value, origin);
    return { kind: 'doc', doc: makeDoc(origin, a.body, a.format, container, encoding, a.hints, itemKey(a.body, a.hints)) };
  } catch (e) {
    return { kind: 'error', origin, reason: describeError(e) };
  }
}

function jsonlLine(origin: string, line: string, encoding: string): IngestItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { kind: 'error', origin, reason: `malformed JSON line: ${(e as Error).message}` };
  }
  return jsonItem(origin, value, 'jsonl', encoding);
}

async function* streamJsonl(path: string, gz: boolean, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const raw = createReadStream(path);
  const input = gz ? raw.pipe(createGunzip()) : raw;
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      const origin = `${path}#${lineNo}`;
      if (line.length > opts.maxLineBytes) {
        yield { kind: 'error', origin, reason: `line too long: ${MB(line.length)} exceeds ${MB(opts.maxLineBytes)}` };
        continue;
      }
      yield jsonlLine(origin, line, 'utf-8');
    }
  } catch (e) {
    yield { kind: 'error', origin: `${path}#${lineNo + 1}`, reason: `read failed: ${describeError(e)}` };
  }
}
