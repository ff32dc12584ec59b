// `entente import gdelt|icews FILE`: load another dataset's events beside Entente's own, marked by
// provenance (imported:gdelt, imported:icews), to compare and blend.
import type { Command } from 'commander';
import { EntenteError } from '../../errors.ts';
import { DEFAULT_DB_PATH } from '../../store/DuckDbStore.ts';
import { IMPORT_FORMATS, importEventsFile, type ImportFormat, type ImportSummary } from '../../store/importEvents.ts';
import { openStore } from '../../store/openStore.ts';

export interface ImportCommandOptions {
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('import')
    .description('load GDELT 2.0 event files or ICEWS event files as events (provenance imported:gdelt / imported:icews)')
    .argument('<format>', IMPORT_FORMATS.join(' | '))
    .argument('<files...>', 'event files (GDELT: tab-separated, no header; ICEWS: tab-separated with header)')
    .option('--db <path>', 'DuckDB file or postgres:// URL', DEFAULT_DB_PATH)
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no summary')
    .action(async (format: string, files: string[], _opts: ImportCommandOptions, cmd: Command) => {
      await runImport(format, files, cmd.optsWithGlobals<ImportCommandOptions>());
    });
}

export async function runImport(
  format: string,
  files: readonly string[],
  opts: ImportCommandOptions,
  stdout: NodeJS.WritableStream = process.stdout,
): Promise<ImportSummary[]> {
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new EntenteError('E_USAGE', `import format must be gdelt or icews, not "${format}"`);
  }
  const store = await openStore({ db: opts.db ?? DEFAULT_DB_PATH });
  const summaries: ImportSummary[] = [];
  try {
    for (const file of files) summaries.push(await importEventsFile(store, format as ImportFormat, file));
  } finally {
    await store.close();
  }
  if (opts.json) stdout.write(`${JSON.stringify(summaries)}\n`);
  else if (!opts.quiet) {
    for (const s of summaries) {
      stdout.write(
        `Imported ${s.imported} ${s.format} events from ${s.file} in ${s.seconds.toFixed(1)} s` +
          ` (${s.skipped} without a PLOVER type skipped, ${s.failed} bad lines)\n`,
      );
      for (const p of s.problems) stdout.write(`  ${s.file} ${p}\n`);
    }
  }
  const failed = summaries.reduce((n, s) => n + s.failed, 0);
  if (failed > 0) throw new EntenteError('E_INPUT_PARSE', `${failed} lines could not be read (listed above); the others were imported`);
  return summaries;
}
