import { Command } from 'commander';
import { openStore, resolveDbPath } from '../../store/index.js';
import { startServer, DEFAULTS } from '../../server/index.js';
import { dbOption } from '../options.js';

const int = (name: string, min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${v}"`);
  return n;
};

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the JSON API (/api/…, /openapi.json) and the web UI over HTTP')
    .addOption(dbOption())
    .option('--port <n>', 'port (0: any free port)', int('port', 0, 65535), 8080)
    .option('--host <address>', 'address to bind; anything but loopback makes write requests need a token', '127.0.0.1')
    .option('--token <token>', 'token for write requests (default: $LINIMASA_TOKEN; generated when bound beyond loopback)')
    .option('--max-upload-mb <n>', 'largest upload', String(DEFAULTS.maxUploadBytes / 1024 / 1024))
    .option('--rate <n>', 'requests per minute per client (0: no limit)', int('rate', 0, 1e9), DEFAULTS.ratePerMinute)
    .option('--write-rate <n>', 'write requests per minute per client (0: no limit)', int('write-rate', 0, 1e9), DEFAULTS.writesPerMinute)
    .addHelpText('after', '\nThe web UI is served from dist-web/ (npm run build:web).')
    .action(async (opts: { db?: string; port: number; host: string; token?: string; maxUploadMb: string; rate: number; writeRate: number }) => {
      const mb = Number(opts.maxUploadMb);
      if (!(mb > 0 && mb <= 1024)) throw new Error(`--max-upload-mb must be a number from 0 to 1024, got "${opts.maxUploadMb}"`);
      const store = openStore(resolveDbPath(opts.db));
      const token = opts.token ?? process.env.LINIMASA_TOKEN ?? undefined;
      const running = await startServer(store, {
        host: opts.host,
        port: opts.port,
        token: token || undefined,
        maxUploadBytes: Math.round(mb * 1024 * 1024),
        ratePerMinute: opts.rate,
        writesPerMinute: opts.writeRate,
      });
      process.stderr.write(`linimasa: serving ${store.location} at ${running.url}/ (API: ${running.url}/openapi.json)\n`);
      if (running.token && !token) process.stderr.write(`linimasa: write requests need "Authorization: Bearer ${running.token}"\n`);
      const stop = () => {
        void running.close().then(() => {
          store.close();
          process.exit(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
