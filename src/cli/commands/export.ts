// `entente export --format parquet|csv|gdelt|plover-json --out PATH [--from --to --actor --type]`
import type { Command } from 'commander';
import { EntenteError } from '../../errors.ts';
import { DEFAULT_DB_PATH } from '../../store/DuckDbStore.ts';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../../store/exportEvents.ts';
import { openStore } from '../../store/openStore.ts';
import type { EventFilter } from '../../store/Store.ts';
import { PLOVER_TYPES } from '../../types.ts';

export interface ExportCommandOptions {
  db?: string;
  format: string;
  out: string;
  from?: string;
  to?: string;
  actor?: string;
  type?: string;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('export')
    .description('write events as Parquet, CSV, GDELT 2.0 (61 tab-separated columns) or PLOVER JSON lines')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .requiredOption('--out <path>', 'output file ("-" for stdout, except parquet)')
    .option('--db <path>', 'DuckDB file or postgres:// URL', DEFAULT_DB_PATH)
    .option('--from <date>', 'first event date (YYYY-MM-DD)')
    .option('--to <date>', 'last event date (YYYY-MM-DD)')
    .option('--actor <code>', 'source or target by id, country or organisation (putin, RUS, NATO)')
    .option('--type <types>', 'PLOVER types, comma-separated (CONSULT,AGREE)')
    .option('--quiet', 'no summary line')
    .action(async (_opts: ExportCommandOptions, cmd: Command) => {
      await runExport(cmd.optsWithGlobals<ExportCommandOptions>());
    });
}

export function parseFilter(opts: { from?: string; to?: string; actor?: string; type?: string }): EventFilter {
  const date = (v: string | undefined, flag: string) => {
    if (v === undefined) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
      throw new EntenteError('E_USAGE', `${flag} must be a date YYYY-MM-DD, not "${v}"`);
    }
    return v;
  };
  const types = opts.type?.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
  for (const t of types ?? []) {
    if (!(PLOVER_TYPES as readonly string[]).includes(t)) {
      throw new EntenteError('E_USAGE', `--type ${t} is not a PLOVER type (${PLOVER_TYPES.join(', ')})`);
    }
  }
  return { from: date(opts.from, '--from'), to: date(opts.to, '--to'), actor: opts.actor, types };
}

export async function runExport(opts: ExportCommandOptions, stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
    throw new EntenteError('E_USAGE', `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${opts.format}"`);
  }
  const filter = parseFilter(opts);
  const store = await openStore({ db: opts.db ?? DEFAULT_DB_PATH });
  try {
    const { rows } = await exportEvents(store, { format: opts.format as ExportFormat, out: opts.out, filter, stdout });
    if (!opts.quiet && opts.out !== '-') process.stderr.write(`Exported ${rows} events to ${opts.out} (${opts.format})\n`);
    return rows;
  } finally {
    await store.close();
  }
}
