/**
 * Serves the built web UI (`npm run build:web` writes `dist-web/`). Hashed assets are cached for
 * a year; `index.html` is never cached. Paths are resolved inside the folder only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** `dist-web/` beside `src/` and `dist/` (this file is at src/server or dist/server). */
export function defaultWebRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist-web');
}

const NOT_BUILT = `Linimasa: the web UI is not built. Run "npm run build:web" (or "npm run build"), then reload.
The JSON API is at /api/info, /api/events, /api/search?q=… and its description at /openapi.json.
`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function serveWeb(app: Hono<any>, webRoot?: string): void {
  const root = resolve(webRoot ?? defaultWebRoot());
  const cache = new Map<string, Buffer>();
  const read = (file: string): Buffer | null => {
    const hit = cache.get(file);
    if (hit) return hit;
    if (!existsSync(file) || !statSync(file).isFile()) return null;
    const buf = readFileSync(file);
    if (buf.length < 4 * 1024 * 1024) cache.set(file, buf);
    return buf;
  };
  app.get('*', (c) => {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.notFound();
    }
    if (path.startsWith('/api/')) return c.notFound();
    const rel = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
    const file = resolve(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return c.notFound();
    let buf = read(file);
    let served = file;
    if (!buf && !extname(rel)) {
      // Client-side routes fall back to the page.
      served = join(root, 'index.html');
      buf = read(served);
    }
    if (!buf) {
      if (rel === 'index.html' || !extname(rel)) return c.text(NOT_BUILT, 503);
      return c.notFound();
    }
    c.header('Content-Type', TYPES[extname(served)] ?? 'application/octet-stream');
    c.header('Cache-Control', served.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(new Uint8Array(buf), 200);
  });
}
