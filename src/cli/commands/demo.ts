// `entente demo`: build ./entente-demo.duckdb from the demo corpus the project ships (demo/corpus.jsonl),
// with the real coder, and show what it found: articles, events by type, the busiest dyads.
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { EntenteError } from '../../errors.ts';
import type { IngestSummary } from '../../ingest/types.ts';
import { openStore } from '../../store/openStore.ts';
import type { Store } from '../../store/Store.ts';
import { runIngest, type IngestIo } from './ingest.ts';

export const DEMO_DB_PATH = './entente-demo.duckdb';
const DEMO_CORPUS = fileURLToPath(new URL('../../../demo/corpus.jsonl', import.meta.url));
const SERVE_MODULE = new URL('../../api/serve.ts', import.meta.url);

export interface DemoOptions {
  db?: string;
  corpus?: string;
  fresh?: boolean;
  serve?: boolean;
  quiet?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('demo')
    .description(`build ${DEMO_DB_PATH} from the shipped demo corpus and summarise what Entente found`)
    .option('--db <path>', `database to build (the default ${DEMO_DB_PATH} is rebuilt each time)`, DEMO_DB_PATH)
    .option('--corpus <path>', 'JSONL corpus to use instead of demo/corpus.jsonl')
    .option('--fresh', 'delete the database first (implied for the default demo database)')
    .option('--serve', 'start the API and dashboard on the demo database afterwards')
    .option('--json', 'print the summary as JSON')
    .action(async (_opts: DemoOptions, cmd: Command) => {
      await runDemo(cmd.opts<DemoOptions>());
    });
}

export interface DemoSummary {
  db: string;
  ingest: IngestSummary;
  articles: number;
  events: number;
  mentions: number;
  eventsByType: Record<string, number>;
  topDyads: Array<{ source: string; target: string; events: number; mentions: number }>;
}

export interface DemoIo extends IngestIo {
  stdout?: NodeJS.WritableStream;
  /** Passed on to the API's serve() with --serve (tests: a free port, no signal handlers). */
  serveOptions?: Record<string, unknown>;
}

/** A server started by --serve, as src/api/serve.ts returns it. */
export interface DemoServer {
  url?: string;
  close?: () => Promise<void>;
}

export async function runDemo(opts: DemoOptions, io: DemoIo = {}): Promise<DemoSummary & { server?: DemoServer }> {
  const db = opts.db ?? DEMO_DB_PATH;
  const corpus = opts.corpus ?? DEMO_CORPUS;
  if (!existsSync(corpus)) throw new EntenteError('E_INPUT_NOT_FOUND', `demo corpus not found at ${corpus}`, { path: corpus });
  if (opts.fresh || db === DEMO_DB_PATH) {
    for (const f of [db, `${db}.wal`]) rmSync(f, { force: true });
  }
  const out = io.stdout ?? process.stdout;
  const ingest = await runIngest([corpus], { db, quiet: true }, io);
  const store = await openStore({ db });
  let summary: DemoSummary;
  try {
    summary = await summarise(store, db, ingest);
  } finally {
    await store.close();
  }
  if (opts.json) out.write(`${JSON.stringify(summary, null, 2)}\n`);
  else out.write(renderDemo(summary));
  if (opts.serve) {
    const server = await serve(db, out, io.serveOptions ?? {});
    if (server) return { ...summary, server };
  }
  return summary;
}

async function summarise(store: Store, db: string, ingest: IngestSummary): Promise<DemoSummary> {
  const stats = await store.stats();
  const actor = (side: 'source' | 'target') => `coalesce(${side}_country || ':' || ${side}_sector, ${side}_country, ${side}_org, ${side}_id, '?')`;
  const dyads = await store.all<{ source: string; target: string; events: number; mentions: number }>(
    `SELECT ${actor('source')} AS source, ${actor('target')} AS target, count(*) AS events, sum(num_mentions) AS mentions
     FROM events WHERE provenance = 'coded'
     GROUP BY 1, 2 ORDER BY events DESC, mentions DESC, source, target LIMIT 10`,
  );
  return {
    db,
    ingest,
    articles: stats.articles,
    events: stats.events,
    mentions: stats.mentions,
    eventsByType: stats.eventsByType,
    topDyads: dyads.map((d) => ({ ...d, events: Number(d.events), mentions: Number(d.mentions) })),
  };
}

export function renderDemo(s: DemoSummary): string {
  const lines: string[] = [];
  const i = s.ingest;
  lines.push(`Built ${s.db} from the demo corpus in ${i.seconds.toFixed(1)} s`);
  lines.push(
    `  articles: ${s.articles} stored (${i.newArticles} new, ${i.exactDuplicates + i.nearDuplicates} duplicates, ` +
      `${i.nonEnglish} non-English, ${i.failed} failed)`,
  );
  lines.push(`  events: ${s.events} distinct events from ${s.mentions} mentions`);
  lines.push('');
  lines.push('Events by type');
  const types = Object.entries(s.eventsByType).sort(([, a], [, b]) => b - a);
  if (types.length === 0) lines.push('  (none)');
  for (const [type, n] of types) lines.push(`  ${type.padEnd(10)} ${String(n).padStart(5)}`);
  lines.push('');
  lines.push('Top dyads (source → target: events, mentions)');
  if (s.topDyads.length === 0) lines.push('  (none)');
  for (const d of s.topDyads) lines.push(`  ${`${d.source} → ${d.target}`.padEnd(28)} ${String(d.events).padStart(4)}  ${String(d.mentions).padStart(5)}`);
  lines.push('');
  lines.push(`Explore it: entente serve --db ${s.db}`);
  lines.push(`Or export it: entente export --db ${s.db} --format plover-json --out events.jsonl`);
  return `${lines.join('\n')}\n`;
}

/** Start the API on the demo database if this build has one (src/api/serve.ts); otherwise say how. */
async function serve(db: string, out: NodeJS.WritableStream, extra: Record<string, unknown>): Promise<DemoServer | undefined> {
  if (!existsSync(fileURLToPath(SERVE_MODULE))) {
    out.write(`The API is not part of this build yet; when it is, run: entente serve --db ${db}\n`);
    return undefined;
  }
  const mod = (await import(SERVE_MODULE.href)) as Record<string, unknown>;
  const start = (mod.serve ?? mod.startServer ?? mod.default) as ((o: Record<string, unknown>) => unknown) | undefined;
  if (typeof start !== 'function') {
    out.write(`src/api/serve.ts exports no serve function; run: entente serve --db ${db}\n`);
    return undefined;
  }
  return (await start({ ...extra, db })) as DemoServer | undefined;
}
