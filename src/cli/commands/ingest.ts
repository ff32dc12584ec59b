// `entente ingest PATH|URL|- ...`: read articles from files, directories, globs, feeds, URLs or stdin,
// code the new ones with their own publication date, and store everything (see docs/store.md).
import type { Command } from 'commander';
import { EntenteError } from '../../errors.ts';
import { createIngester } from '../../ingest/Ingester.ts';
import { chooseMode, createProgressReporter } from '../../ingest/progress.ts';
import { estimateTotal, readInputs } from '../../ingest/sources/inputs.ts';
import type { Coder, IngestSummary } from '../../ingest/types.ts';
import { DEFAULT_DB_PATH } from '../../store/DuckDbStore.ts';
import { openStore } from '../../store/openStore.ts';

export interface IngestCommandOptions {
  db?: string;
  outlet?: string;
  quiet?: boolean;
  json?: boolean;
  follow?: boolean;
  rss?: string[];
  batch?: string | number;
  workers?: string | number;
}

export interface IngestIo {
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadableStream;
  coder?: Coder;
  fetch?: typeof fetch;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('store and code articles: text, HTML, RSS/Atom, JSONL; files, directories, globs, URLs, "-" for stdin')
    .argument('[inputs...]', 'files, directories, globs, http(s) URLs, or "-" for stdin')
    .option('--db <path>', 'DuckDB file or postgres:// URL', DEFAULT_DB_PATH)
    .option('--rss <url>', 'a feed URL to ingest (repeatable)', (v: string, acc: string[] = []) => [...acc, v])
    .option('--follow', 'for feed items that carry only a summary, fetch the linked page')
    .option('--outlet <name>', 'outlet name for articles whose input names none')
    .option('--batch <n>', 'articles per transaction', '250')
    .option('--workers <n>', 'coder worker threads (0: code in the main thread; default: 2 on two cores, else cores - 1, at most 4)')
    .option('--quiet', 'no progress or summary (failures still go to stderr)')
    .option('--json', 'print the summary as one JSON object')
    .action(async (inputs: string[], _opts: IngestCommandOptions, cmd: Command) => {
      await runIngest(inputs, cmd.optsWithGlobals<IngestCommandOptions>());
    });
}

/** The command's work, callable from tests and from `entente demo`. Throws E_INGEST when any input failed. */
export async function runIngest(inputs: readonly string[], opts: IngestCommandOptions, io: IngestIo = {}): Promise<IngestSummary> {
  const specs = [...inputs, ...(opts.rss ?? [])];
  if (specs.length === 0) {
    throw new EntenteError('E_USAGE', 'nothing to ingest: give files, directories, globs, URLs, --rss URL, or "-" for stdin');
  }
  const batchSize = Number(opts.batch ?? 250);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new EntenteError('E_USAGE', `--batch must be a positive integer, not "${opts.batch}"`);
  const workers = opts.workers === undefined ? undefined : Number(opts.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) {
    throw new EntenteError('E_USAGE', `--workers must be a whole number, not "${opts.workers}"`);
  }
  const stderr = io.stderr ?? process.stderr;
  const mode = chooseMode(opts, stderr);
  const total = mode === 'bar' ? await estimateTotal(specs) : undefined;
  const reporter = createProgressReporter({ mode, total, stdout: io.stdout, stderr });
  const store = await openStore({ db: opts.db ?? DEFAULT_DB_PATH });
  let summary: IngestSummary;
  try {
    const ingester = createIngester({
      store,
      coder: io.coder,
      workers,
      batchSize,
      outlet: opts.outlet ?? null,
      onProgress: (p) => reporter.update(p),
      onMessage: (m) => reporter.message(m),
      onFailure: (f) => reporter.failure(f),
    });
    const items = readInputs(specs, { stdin: io.stdin, fetch: io.fetch, followLinks: Boolean(opts.follow) });
    summary = await ingester.ingest(items, specs);
  } finally {
    await store.close();
  }
  reporter.finish(summary);
  if (summary.failed > 0) {
    throw new EntenteError('E_INGEST', `${summary.failed} of ${summary.articlesSeen} inputs failed (listed above); the rest were stored`, {
      failed: summary.failed,
    });
  }
  return summary;
}
