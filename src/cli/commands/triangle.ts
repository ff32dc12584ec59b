// entente triangle A B C [--window 30d] [--step 7d] [--min-events N] [--threshold X] [--from --to] [--db] [--json]
import type { Command } from 'commander';
import { addCommonOptions, addPeriodOptions, runAnalysis, type CommonCliOptions } from '../../analysis/cliSupport.ts';
import { describeDittmer } from '../../analysis/dittmer.ts';
import { parseWholeNumber } from '../../analysis/options.ts';
import { signed, textTable } from '../../analysis/textTable.ts';
import { triangle, type TriangleEdge, type TriangleResult } from '../../analysis/triangle.ts';
import { EntenteError } from '../../errors.ts';

interface TriangleCliOptions extends CommonCliOptions {
  window: string;
  step: string;
  minEvents: string;
  threshold: string;
  from?: string;
  to?: string;
  allStatuses?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('triangle')
    .description("strategic triangle over sliding windows: edge signs, Dittmer's class, structural balance")
    .argument('<a>', 'actor: RUS, RUS:GOV, NATO, an actor id')
    .argument('<b>', 'actor')
    .argument('<c>', 'actor')
    .option('--window <duration>', 'window length (e.g. 30d, 4w)', '30d')
    .option('--step <duration>', 'distance between window starts', '7d')
    .option('--min-events <n>', 'fewer events on an edge → insufficient evidence', '5')
    .option('--threshold <x>', 'net cooperation beyond ±x gives an edge its sign', '0.1');
  addPeriodOptions(cmd);
  addCommonOptions(cmd);
  cmd.action(async (a: string, b: string, c: string, opts: TriangleCliOptions) => {
    const threshold = Number(opts.threshold);
    if (opts.threshold.trim() === '' || !Number.isFinite(threshold)) {
      throw new EntenteError('E_USAGE', `--threshold: expected a number, got '${opts.threshold}'`);
    }
    await runAnalysis(
      opts,
      (db) =>
        triangle(db, {
          a,
          b,
          c,
          window: opts.window,
          step: opts.step,
          minEvents: parseWholeNumber(opts.minEvents, '--min-events'),
          threshold,
          from: opts.from,
          to: opts.to,
          includeAllStatuses: opts.allStatuses ?? false,
        }),
      renderTriangle,
    );
  });
}

function edgeCell(e: TriangleEdge): string {
  const sign = e.sign === 'insufficient' ? '?' : e.sign;
  return `${sign} ${signed(e.netCooperation)} (${e.events})`;
}

export function renderTriangle(r: TriangleResult): string {
  const [x, y, z] = r.actors;
  let out =
    `Triangle ${x}, ${y}, ${z}: ${r.windows.length} windows of ${r.windowDays} days every ${r.stepDays}; ` +
    `sign + / − beyond net cooperation ±${r.threshold}, ? below ${r.minEvents} events\n\n`;
  if (r.windows.length === 0) return `${out}No events.\n`;
  out += textTable(
    ['window', `${x}–${y}`, `${y}–${z}`, `${x}–${z}`, 'class', 'balance'],
    r.windows.map((w) => [`${w.start}..${w.end}`, ...w.edges.map(edgeCell), describeDittmer(w.dittmer), w.balance]),
  );
  out += r.transitions.length === 0 ? '\nTransitions: none\n' : '\nTransitions:\n';
  for (const t of r.transitions) {
    const edges = t.changedEdges.map((e) => `${e.pair.join('–')} ${e.before}→${e.after}`).join(', ');
    out += `  ${t.to}: ${describeDittmer(t.before)} → ${describeDittmer(t.after)}${edges ? ` (${edges})` : ''}\n`;
  }
  const lastWindow = r.windows[r.windows.length - 1];
  if (lastWindow) {
    out += `\nTop events, ${lastWindow.start}..${lastWindow.end}:\n`;
    for (const e of lastWindow.edges) {
      out += `  ${e.pair.join('–')}:${e.topEvents.length === 0 ? ' none' : ''}\n`;
      for (const ev of e.topEvents) {
        out += `    ${ev.date} ${ev.type} ${ev.source ?? '?'} → ${ev.target ?? '?'} (G ${ev.goldstein}, ${ev.mentions} mention${ev.mentions === 1 ? '' : 's'}) ${ev.id}\n`;
      }
    }
  }
  return out;
}
