// `entente serve [--db PATH] [--port 8080] [--host 127.0.0.1] [--read-only]`: the API and dashboard.
import type { Command } from 'commander';
import { serve } from '../../api/serve.ts';
import { EntenteError } from '../../errors.ts';

interface ServeFlags {
  db?: string;
  port: string;
  host: string;
  readOnly?: boolean;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the dashboard over a store (reads open on loopback; ingest needs the token)')
    .option('--db <path>', 'DuckDB file or postgres:// URL (default: ENTENTE_DB, else ./entente.duckdb)')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to bind; anything but loopback needs ENTENTE_TOKEN', '127.0.0.1')
    .option('--read-only', 'refuse POST /api/ingest')
    .action(async (flags: ServeFlags) => {
      const port = /^\d+$/.test(flags.port) ? Number(flags.port) : NaN;
      if (!Number.isInteger(port) || port > 65535) throw new EntenteError('E_USAGE', `--port: expected 0-65535, got '${flags.port}'`);
      await serve({ db: flags.db, port, host: flags.host, readOnly: flags.readOnly });
    });
}
