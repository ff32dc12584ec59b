// `entente serve` and `entente demo --serve`: open the store, check the address and the token, and put
// the app behind @hono/node-server. Resolves once the server listens.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve as nodeServe } from '@hono/node-server';
import { EntenteError } from '../errors.ts';
import { isPostgresUrl, openStore } from '../store/openStore.ts';
import { createApp } from './app.ts';
import { dashboardBuilt, DEFAULT_WEB_ROOT } from './dashboard.ts';
import { isLoopbackHost } from './host.ts';

export interface ServeOptions {
  /** DuckDB file or postgres:// URL (default ENTENTE_DB, else ./entente.duckdb). */
  db?: string | undefined;
  /** Default 8080; 0 picks a free port. */
  port?: number | undefined;
  /** Default 127.0.0.1. Any other address needs a token. */
  host?: string | undefined;
  /** Default ENTENTE_TOKEN; on loopback without one, a token is generated and printed. */
  token?: string | undefined;
  readOnly?: boolean | undefined;
  /** Built dashboard (default web/dist). */
  webRoot?: string | undefined;
  /** Where start-up lines go (default stdout). */
  log?: ((line: string) => void) | undefined;
  /** Close cleanly on SIGINT/SIGTERM (default true; tests turn it off). */
  handleSignals?: boolean | undefined;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  const loopback = isLoopbackHost(host);
  const given = options.token ?? (process.env.ENTENTE_TOKEN || undefined);
  if (!loopback && !given) {
    throw new EntenteError(
      'E_USAGE',
      `refusing to listen on ${host} without a token: anyone who can reach it could read and write the store. ` +
        'Set ENTENTE_TOKEN to a secret (every request then needs "Authorization: Bearer <token>"), or use --host 127.0.0.1.',
      { field: 'host' },
    );
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new EntenteError('E_USAGE', `port: expected 0-65535, got ${port}`, { field: 'port' });
  }
  const token = given ?? randomBytes(18).toString('base64url');

  const db = options.db ?? process.env.ENTENTE_DB ?? './entente.duckdb';
  if (!isPostgresUrl(db) && db !== ':memory:' && !existsSync(db)) {
    throw new EntenteError('E_INPUT_NOT_FOUND', `no database at ${db}: build one with \`entente ingest --db ${db} …\` or \`entente demo\``, { path: db });
  }
  const store = await openStore({ db });
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const built = dashboardBuilt(webRoot);
  const app = createApp({ store, token, readOnly: options.readOnly, tokenForReads: !loopback, webRoot: built ? webRoot : null });

  let server: ReturnType<typeof nodeServe>;
  let actualPort: number;
  try {
    ({ server, port: actualPort } = await new Promise<{ server: ReturnType<typeof nodeServe>; port: number }>((resolve, reject) => {
      const s = nodeServe({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => resolve({ server: s, port: info.port }));
      s.once('error', (e: NodeJS.ErrnoException) => {
        const why = e.code === 'EADDRINUSE' ? `port ${port} is in use (try --port ${port + 1})` : e.message;
        reject(new EntenteError('E_USAGE', `cannot listen on ${host}:${port}: ${why}`, { field: 'port' }));
      });
    }));
  } catch (e) {
    await store.close();
    throw e;
  }

  const shown = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shown}:${actualPort}`;
  log(`Entente serving ${db} at ${url}/ (API: ${url}/api/openapi.json)`);
  if (!built) log(`The dashboard is not built (no ${webRoot}/index.html): run \`npm run build:web\`. The API works without it.`);
  if (given) log(`Ingest needs the token from ENTENTE_TOKEN${loopback ? '' : '; so do reads, since this address is not loopback'}.`);
  else log(`Ingest token (generated; set ENTENTE_TOKEN to choose one): ${token}`);
  if (options.readOnly) log('Read-only: POST /api/ingest is refused.');

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await store.close();
    })();
    return closing;
  };
  if (options.handleSignals ?? true) {
    const stop = () => {
      log('Stopping.');
      void close();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  return { url, port: actualPort, token, close };
}
