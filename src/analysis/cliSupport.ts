// What the analytics commands share: the --db/--json options, output, and option parsing.
import type { Command } from 'commander';
import { DEFAULT_DB_PATH, withDb } from './openDb.ts';
import type { SqlRunner } from '../store/SqlRunner.ts';

export interface CommonCliOptions {
  db: string;
  json?: boolean;
}

export function addCommonOptions(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'DuckDB store to read', DEFAULT_DB_PATH)
    .option('--json', 'print machine-readable JSON');
}

export function addPeriodOptions(cmd: Command): Command {
  return cmd
    .option('--from <date>', 'first day counted (YYYY-MM-DD)')
    .option('--to <date>', 'last day counted (YYYY-MM-DD)')
    .option('--all-statuses', 'count every status, not only asserted/reported/historical');
}

/** Run an analysis against --db and print it as JSON (--json) or through `render`. */
export async function runAnalysis<T>(
  opts: CommonCliOptions,
  analyse: (db: SqlRunner) => Promise<T>,
  render: (result: T) => string,
): Promise<void> {
  const result = await withDb(opts.db, analyse);
  process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : render(result));
}
