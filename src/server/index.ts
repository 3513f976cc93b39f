/** `linimasa serve`: the HTTP API and the web UI on one port, on top of a store. */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';
import { isLoopback } from './security.js';

export { createApp, DEFAULTS, type AppOptions } from './app.js';

export interface ServeOptions extends Omit<AppOptions, 'store' | 'loopbackOnly'> {
  host?: string;
  port?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  /** The write token in force (generated when bound beyond loopback and none was given). */
  token: string | null;
  server: ServerType;
  close(): Promise<void>;
}

/** The token write requests need: the one given, else a new one when bound beyond loopback, else none. */
export function writeToken(host: string, given?: string | null): string | null {
  if (given) return given;
  return isLoopback(host) ? null : randomBytes(24).toString('base64url');
}

/**
 * Starts the server. Bound to 127.0.0.1 unless told otherwise; bound anywhere else, write
 * requests always need a token (one is generated when none is given).
 */
export function startServer(store: Store, opts: ServeOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const loopback = isLoopback(host);
  const token = writeToken(host, opts.token);
  const app = createApp({ ...opts, store, token, loopbackOnly: loopback });
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? 8080 }, (info: AddressInfo) => {
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        host,
        token,
        server,
        close: () => new Promise<void>((res) => {
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          server.close(() => res());
        }),
      });
    });
    server.once('error', reject);
  });
}
