/**
 * The server's guards, each a small Hono middleware: security headers, Host checking (against
 * DNS rebinding when bound to loopback), request-rate limits, and the write token with a
 * same-origin check for write requests (a web page elsewhere cannot post to a local server).
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

export function errorJson(c: Context, status: number, message: string, issues?: { path: string; message: string }[]) {
  return c.json({ error: { status, message, ...(issues ? { issues } : {}) } }, status as 400);
}

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost' || /^127\./.test(host);
}

/**
 * What the page may do: its own scripts and styles only, no inline script, no plugins, no
 * framing; images only from itself. Article text is never markup, and this is the second wall.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
};

/** On a loopback server, only loopback Host names are answered (DNS rebinding). */
export function hostCheck(enabled: boolean): MiddlewareHandler {
  return async (c, next) => {
    if (enabled) {
      const host = (c.req.header('host') ?? '').replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1').toLowerCase();
      if (host && !isLoopback(host)) return errorJson(c, 421, `this server answers only for localhost, not for host "${host.slice(0, 100)}"`);
    }
    await next();
  };
}

/** Fixed-window counters per client address; `perMinute <= 0` turns the limit off. */
export function rateLimit(perMinute: number, methods: 'all' | 'write'): MiddlewareHandler {
  const windows = new Map<string, { start: number; n: number }>();
  let lastSweep = Date.now();
  return async (c, next) => {
    if (perMinute <= 0 || (methods === 'write' && (c.req.method === 'GET' || c.req.method === 'HEAD'))) return next();
    const now = Date.now();
    if (now - lastSweep > 60_000) {
      for (const [k, w] of windows) if (now - w.start >= 60_000) windows.delete(k);
      lastSweep = now;
    }
    const key = clientAddress(c);
    let w = windows.get(key);
    if (!w || now - w.start >= 60_000) {
      w = { start: now, n: 0 };
      windows.set(key, w);
    }
    w.n++;
    if (w.n > perMinute) {
      const retry = Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
      c.header('Retry-After', String(retry));
      return errorJson(c, 429, `too many requests: at most ${perMinute} per minute${methods === 'write' ? ' for write requests' : ''}; retry in ${retry} s`);
    }
    await next();
  };
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function sameToken(given: string, token: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/**
 * Write requests: refused when they come from another web origin, and, when the server has a
 * token (always when bound beyond loopback), they must carry `Authorization: Bearer <token>`.
 */
export function writeGuard(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    if (site === 'cross-site' || (origin !== undefined && originHost(origin) !== host)) {
      return errorJson(c, 403, 'write requests from another web site are refused');
    }
    if (token) {
      const auth = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(auth);
      if (!m) return errorJson(c, 401, 'this server needs a token for write requests: send "Authorization: Bearer <token>"');
      if (!sameToken(m[1].trim(), token)) return errorJson(c, 403, 'wrong token');
    }
    await next();
  };
}
