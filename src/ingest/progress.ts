// How an ingest reports itself: a progress bar with articles/s and ETA on a terminal, plain lines when
// piped, nothing with --quiet, one JSON summary with --json. Failures always go to stderr (except in
// --json mode, where they are part of the summary).
import cliProgress from 'cli-progress';
import type { IngestProgress, IngestSummary, InputFailure } from './types.ts';

export type ProgressMode = 'bar' | 'plain' | 'quiet' | 'json';

export interface ProgressReporter {
  update(p: IngestProgress): void;
  message(text: string): void;
  failure(f: InputFailure): void;
  finish(summary: IngestSummary): void;
}

export interface ReporterOptions {
  mode: ProgressMode;
  total?: number;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

export function chooseMode(opts: { quiet?: boolean; json?: boolean }, stream: NodeJS.WriteStream = process.stderr): ProgressMode {
  if (opts.json) return 'json';
  if (opts.quiet) return 'quiet';
  return stream.isTTY ? 'bar' : 'plain';
}

export function createProgressReporter(options: ReporterOptions): ProgressReporter {
  const out = options.stdout ?? process.stdout;
  const err = options.stderr ?? process.stderr;
  const mode = options.mode;
  let bars: cliProgress.MultiBar | undefined;
  let bar: cliProgress.SingleBar | undefined;
  let lastDraw = 0;

  if (mode === 'bar') {
    bars = new cliProgress.MultiBar(
      {
        format: ' {bar} {value}/{totalText} articles | {rate} articles/s | ETA {etaText} | {events} events',
        hideCursor: true,
        clearOnComplete: true,
        stream: err as NodeJS.WriteStream,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar = bars.create(options.total ?? 0, 0, { totalText: options.total ?? '?', rate: '0', etaText: '?', events: 0 });
  }

  const log = (line: string) => {
    if (bars) bars.log(`${line}\n`);
    else err.write(`${line}\n`);
  };

  return {
    update(p) {
      if (!bar) return;
      const now = Date.now();
      if (now - lastDraw < 100) return;
      lastDraw = now;
      const done = p.counts.articlesSeen;
      const rate = p.seconds > 0 ? done / p.seconds : 0;
      const total = options.total;
      if (total !== undefined && done > total) bar.setTotal(done);
      const eta = total !== undefined && rate > 0 ? Math.max(0, (total - done) / rate) : undefined;
      bar.update(done, {
        totalText: total ?? '?',
        rate: rate.toFixed(0),
        etaText: eta === undefined ? '?' : formatDuration(eta),
        events: p.counts.mentions,
      });
    },
    message(text) {
      if (mode === 'bar' || mode === 'plain') log(text);
    },
    failure(f) {
      if (mode !== 'json') log(`failed: ${f.origin}: ${f.reason}`);
    },
    finish(summary) {
      bars?.stop();
      if (mode === 'json') out.write(`${JSON.stringify(summary)}\n`);
      else if (mode !== 'quiet') out.write(`${formatSummary(summary)}\n`);
    },
  };
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(0)}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

const n = (x: number) => x.toLocaleString('en-US');

export function formatSummary(s: IngestSummary): string {
  return [
    `Read ${n(s.articlesSeen)} articles in ${s.seconds.toFixed(1)} s (${s.articlesPerSecond.toFixed(0)} articles/s) into ${s.db}`,
    `  new ${n(s.newArticles)} · exact duplicates ${n(s.exactDuplicates)} · near duplicates ${n(s.nearDuplicates)} · ` +
      `already stored ${n(s.unchanged)} · non-English ${n(s.nonEnglish)} · failed ${n(s.failed)}`,
    `  events: ${n(s.mentions)} mentions coded, ${n(s.newEvents)} new events`,
  ].join('\n');
}
