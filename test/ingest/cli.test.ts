// The commands as a user runs them: ingest, export, import, demo (through commander, as main.ts wires
// them, with errors mapped to exit codes the way main does).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { register as registerDemo, runDemo } from '../../src/cli/commands/demo.ts';
import { register as registerExport } from '../../src/cli/commands/export.ts';
import { register as registerImport } from '../../src/cli/commands/import.ts';
import { register as registerIngest, runIngest } from '../../src/cli/commands/ingest.ts';
import { EXIT_CODES, isEntenteError } from '../../src/errors.ts';
import { createProgressReporter, formatSummary } from '../../src/ingest/progress.ts';
import type { IngestSummary } from '../../src/ingest/types.ts';
import { openStore } from '../../src/store/openStore.ts';
import { createFakeCoder } from './fakeCoder.ts';

const FIX = new URL('../fixtures/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(c, _e, cb) {
      chunks.push(c.toString());
      cb();
    },
  }) as Writable & { text: () => string };
  w.text = () => chunks.join('');
  return w;
}

/** Run `entente ARGS` in-process; returns the exit code main would set. */
async function entente(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = new Command().name('entente').exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  registerIngest(program);
  registerExport(program);
  registerImport(program);
  registerDemo(program);
  const out: string[] = [];
  const err: string[] = [];
  const so = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const se = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  let code = 0;
  try {
    await program.parseAsync(['node', 'entente', ...args]);
  } catch (e) {
    code = isEntenteError(e) ? EXIT_CODES[e.code] : 64;
    if (isEntenteError(e)) err.push(`entente: ${e.code}: ${e.message}\n`);
  } finally {
    so.mockRestore();
    se.mockRestore();
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('entente ingest', () => {
  const db = join(dir, 'ingest.duckdb');

  it('ingests files, reports failures with path and reason, and exits non-zero', async () => {
    const r = await entente(['ingest', `${FIX}ingest/french.txt`, `${FIX}ingest/missing.txt`, `${FIX}ingest/binary.txt`, '--db', db]);
    expect(r.code).toBe(EXIT_CODES.E_INGEST);
    expect(r.stderr).toContain(`failed: ${FIX}ingest/missing.txt: no such file or directory`);
    expect(r.stderr).toContain(`failed: ${FIX}ingest/binary.txt: not valid UTF-8 text`);
    expect(r.stderr).toContain('language "fr" — stored, not coded');
    expect(r.stdout).toMatch(/Read 3 articles .* into .*ingest\.duckdb/);
    expect(r.stdout).toMatch(/new 1 · .* non-English 1 · failed 2/);
    const store = await openStore(db);
    expect((await store.stats()).articles).toBe(1);
    await store.close();
  });

  it('prints one JSON summary with --json, nothing with --quiet', async () => {
    const json = await entente(['ingest', `${FIX}ingest/french.txt`, '--db', db, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ articlesSeen: 1, unchanged: 1, failed: 0, failures: [] });
    const quiet = await entente(['ingest', `${FIX}ingest/french.txt`, '--db', db, '--quiet']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('refuses to run with nothing to ingest, and reports a corrupt database clearly', async () => {
    expect((await entente(['ingest', '--db', db])).code).toBe(EXIT_CODES.E_USAGE);
    const bad = join(dir, 'corrupt.duckdb');
    writeFileSync(bad, 'x'.repeat(10000));
    const r = await entente(['ingest', `${FIX}ingest/plain.txt`, '--db', bad]);
    expect(r.code).toBe(EXIT_CODES.E_STORE_CORRUPT);
    expect(r.stderr).toMatch(/E_STORE_CORRUPT: database .*corrupt\.duckdb is not a readable DuckDB file/);
  });

  it('codes with an injected coder and stores feeds, HTML and JSONL alike', async () => {
    const coder = createFakeCoder();
    const stdout = sink();
    const summary = await runIngest(
      [`${FIX}ingest/*.{rss,atom,html}`, `${FIX}ingest/articles.jsonl`],
      { db: join(dir, 'mixed.duckdb'), outlet: 'Fallback' },
      { coder, stdout, stderr: sink() as unknown as NodeJS.WriteStream },
    ).catch((e: unknown) => e as Error);
    expect(isEntenteError(summary) && summary.code).toBe('E_INGEST'); // two bad JSONL lines
    const store = await openStore(join(dir, 'mixed.duckdb'));
    const rows = await store.all<{ outlet: string; published: string | null }>('SELECT outlet, published FROM articles ORDER BY seq');
    expect(rows.map((r) => r.outlet)).toEqual([
      'Fallback', 'The Daily Ledger', 'Valley Courier', 'Harbour Herald', 'Harbour Herald', 'One Item Times',
      'Example Wire', 'Example Wire', 'Fallback',
    ]);
    expect(rows.map((r) => r.published)).toEqual([
      '2025-02-03', '2025-03-14', '2025-03-07', '2025-03-04', '2025-03-05', '2025-03-06', '2025-01-10', '2025-01-11', null,
    ]);
    expect(coder.calls.find((c) => c.text.includes('Putin met Xi'))?.options.date).toBe('2025-01-10');
    expect((await store.stats()).events).toBe(2);
    await store.close();
  });
});

describe('entente export and import', () => {
  const db = join(dir, 'exchange.duckdb');

  it('imports GDELT and ICEWS files, then exports every format', async () => {
    const g = await entente(['import', 'gdelt', `${FIX}gdelt/20250902.export.CSV`, '--db', db]);
    expect(g.code).toBe(0);
    expect(g.stdout).toMatch(/Imported 3 gdelt events .* \(1 without a PLOVER type skipped, 0 bad lines\)/);
    const i = await entente(['import', 'icews', `${FIX}icews/events.2024.tab`, '--db', db, '--json']);
    expect(JSON.parse(i.stdout)[0]).toMatchObject({ imported: 4, skipped: 1 });

    for (const [format, file] of [['parquet', 'e.parquet'], ['csv', 'e.csv'], ['gdelt', 'e.tsv'], ['plover-json', 'e.jsonl']] as const) {
      const r = await entente(['export', '--format', format, '--out', join(dir, file), '--db', db]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`Exported 7 events to .*${file.replace('.', '\\.')} \\(${format}\\)`));
      expect(existsSync(join(dir, file))).toBe(true);
    }
    const filtered = await entente(['export', '--format', 'plover-json', '--out', '-', '--db', db, '--type', 'assault', '--from', '2025-01-01']);
    const lines = filtered.stdout.trim().split('\n').map((l) => JSON.parse(l) as { event: string; date: string });
    expect(lines).toEqual([expect.objectContaining({ event: 'ASSAULT', date: '2025-09-01' })]);
    const byActor = await entente(['export', '--format', 'csv', '--out', '-', '--db', db, '--actor', 'PSE']);
    expect(byActor.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('rejects bad options and bad files with usage and input errors', async () => {
    expect((await entente(['export', '--format', 'xml', '--out', 'x', '--db', db])).code).toBe(EXIT_CODES.E_USAGE);
    expect((await entente(['export', '--format', 'csv', '--out', '-', '--db', db, '--type', 'HUG'])).code).toBe(EXIT_CODES.E_USAGE);
    expect((await entente(['export', '--format', 'csv', '--out', '-', '--db', db, '--from', '1 May'])).code).toBe(EXIT_CODES.E_USAGE);
    expect((await entente(['import', 'acled', 'x.csv', '--db', db])).code).toBe(EXIT_CODES.E_USAGE);
    const bad = await entente(['import', 'gdelt', `${FIX}gdelt/malformed.CSV`, '--db', db]);
    expect(bad.code).toBe(EXIT_CODES.E_INPUT_PARSE);
    expect(bad.stdout).toMatch(/malformed\.CSV line 2: expected 61/);
  });
});

describe('entente demo', () => {
  it('builds the demo database and prints what it found', async () => {
    const corpus = join(dir, 'demo.jsonl');
    writeFileSync(
      corpus,
      [
        { id: 'd1', outlet: 'Wire', published: '2025-09-01', text: 'Putin met Xi on 2025-08-31 in Tianjin.' },
        { id: 'd2', outlet: 'Daily', published: '2025-09-01', text: 'Xi met Putin on 2025-08-31. The talks were long.' },
        { id: 'd3', outlet: 'Daily', published: '2025-08-02', text: 'Russia attacked Ukraine on 2025-08-01 in Kharkiv.' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const stdout = sink();
    const db = join(dir, 'demo.duckdb');
    const summary = await runDemo({ db, corpus }, { coder: createFakeCoder(), stdout });
    expect(summary).toMatchObject({ articles: 3, events: 2, mentions: 3, eventsByType: { ASSAULT: 1, CONSULT: 1 } });
    expect(summary.topDyads[0]).toEqual({ source: 'RUS:GOV', target: 'CHN:GOV', events: 1, mentions: 2 });
    const text = stdout.text();
    expect(text).toContain('Events by type');
    expect(text).toMatch(/CONSULT\s+1/);
    expect(text).toContain('RUS:GOV → CHN:GOV');
    expect(text).toContain(`entente serve --db ${db}`);
    // Rebuilding with --fresh gives the same result.
    const again = await runDemo({ db, corpus, fresh: true, json: true }, { coder: createFakeCoder(), stdout: sink() });
    expect(again.events).toBe(2);
    expect(again.ingest.newArticles).toBe(3);
  });

  it('serves the demo database with --serve', async () => {
    const corpus = join(dir, 'demo-serve.jsonl');
    writeFileSync(corpus, `${JSON.stringify({ id: 's1', outlet: 'Wire', published: '2025-09-01', text: 'Putin met Xi on 2025-08-31.' })}\n`);
    const db = join(dir, 'demo-serve.duckdb');
    const lines: string[] = [];
    const stdout = sink();
    const result = await runDemo(
      { db, corpus, serve: true },
      { coder: createFakeCoder(), stdout, serveOptions: { port: 0, handleSignals: false, log: (l: string) => lines.push(l) } },
    );
    if (!existsSync(new URL('../../src/api/serve.ts', import.meta.url))) {
      expect(stdout.text()).toContain(`run: entente serve --db ${db}`);
      return;
    }
    try {
      expect(result.server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    } finally {
      await result.server?.close?.();
    }
  });

  it('says where the corpus should be when it is missing', async () => {
    const err = await runDemo({ db: join(dir, 'x.duckdb'), corpus: join(dir, 'none.jsonl') }).catch((e: unknown) => e);
    expect(isEntenteError(err) && err.code).toBe('E_INPUT_NOT_FOUND');
  });
});

describe('progress output', () => {
  const summary: IngestSummary = {
    runId: 'r', db: 'x.duckdb', seconds: 2, articlesPerSecond: 1500, failures: [], articlesSeen: 3000, newArticles: 2900,
    exactDuplicates: 50, nearDuplicates: 40, unchanged: 0, nonEnglish: 10, failed: 0, mentions: 4200, newEvents: 3100,
  };
  it('summarises a run in three lines', () => {
    expect(formatSummary(summary)).toBe(
      'Read 3,000 articles in 2.0 s (1500 articles/s) into x.duckdb\n' +
        '  new 2,900 · exact duplicates 50 · near duplicates 40 · already stored 0 · non-English 10 · failed 0\n' +
        '  events: 4,200 mentions coded, 3,100 new events',
    );
  });

  it('draws a bar with articles/s and ETA on a terminal', async () => {
    const err = sink() as unknown as NodeJS.WriteStream & { text: () => string };
    Object.assign(err, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    const out = sink();
    const r = createProgressReporter({ mode: 'bar', total: 100, stdout: out, stderr: err });
    r.update({ counts: { ...summary, articlesSeen: 50 }, seconds: 5 });
    r.failure({ origin: 'a.txt', code: 'E_INPUT_PARSE', reason: 'bad' });
    // The bar redraws on a timer.
    await new Promise((resolve) => setTimeout(resolve, 150));
    r.finish(summary);
    expect(err.text()).toMatch(/50\/100 articles \| 10 articles\/s \| ETA 5s/);
    expect(err.text()).toContain('failed: a.txt: bad');
    expect(out.text()).toMatch(/^Read 3,000 articles/);
  });
});
