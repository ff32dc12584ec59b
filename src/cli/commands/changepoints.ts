// entente changepoints A B [--by week] [--method pelt|bocpd] [--metric goldstein|net] [--from --to] [--db] [--json]
import type { Command } from 'commander';
import { changePoints, type ChangePointMethod, type ChangePointResult } from '../../analysis/changePoints.ts';
import { addCommonOptions, addPeriodOptions, runAnalysis, type CommonCliOptions } from '../../analysis/cliSupport.ts';
import { parseBucketUnit } from '../../analysis/dates.ts';
import { fixed, signed, textTable } from '../../analysis/textTable.ts';
import { EntenteError } from '../../errors.ts';

interface ChangePointsCliOptions extends CommonCliOptions {
  by: string;
  method: string;
  metric: string;
  directed?: boolean;
  penalty?: string;
  from?: string;
  to?: string;
  allStatuses?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('changepoints')
    .description("change points in a dyad's weekly Goldstein mean (or net cooperation), with before/after means")
    .argument('<a>', 'actor: RUS, RUS:GOV, NATO, an actor id, or *')
    .argument('<b>', 'actor, as for <a>')
    .option('--by <unit>', 'bucket: day, week or month', 'week')
    .option('--method <name>', 'pelt or bocpd', 'pelt')
    .option('--metric <name>', 'goldstein or net (net cooperation)', 'goldstein')
    .option('--penalty <x>', 'PELT penalty per change in units of σ² (default 2·ln n)')
    .option('--directed', 'only events from A to B');
  addPeriodOptions(cmd);
  addCommonOptions(cmd);
  cmd.action(async (a: string, b: string, opts: ChangePointsCliOptions) => {
    if (opts.method !== 'pelt' && opts.method !== 'bocpd') {
      throw new EntenteError('E_USAGE', `--method: expected pelt or bocpd, got '${opts.method}'`);
    }
    const metric = opts.metric === 'net' || opts.metric === 'netCooperation' ? 'netCooperation' : opts.metric;
    if (metric !== 'goldstein' && metric !== 'netCooperation') {
      throw new EntenteError('E_USAGE', `--metric: expected goldstein or net, got '${opts.metric}'`);
    }
    let penalty: number | undefined;
    if (opts.penalty !== undefined) {
      penalty = Number(opts.penalty);
      if (opts.penalty.trim() === '' || !(penalty >= 0)) {
        throw new EntenteError('E_USAGE', `--penalty: expected a number ≥ 0, got '${opts.penalty}'`);
      }
    }
    await runAnalysis(
      opts,
      (db) =>
        changePoints(db, {
          a,
          b,
          by: parseBucketUnit(opts.by, '--by'),
          method: opts.method as ChangePointMethod,
          metric,
          penalty,
          directed: opts.directed ?? false,
          from: opts.from,
          to: opts.to,
          includeAllStatuses: opts.allStatuses ?? false,
        }),
      renderChangePoints,
    );
  });
}

export function renderChangePoints(r: ChangePointResult): string {
  const params = Object.entries(r.parameters)
    .map(([k, v]) => `${k} ${v.toFixed(3)}`)
    .join(', ');
  let out =
    `${r.a} ${r.directed ? '→' : '–'} ${r.b}: ${r.metric === 'goldstein' ? 'Goldstein mean' : 'net cooperation'} per ${r.by}, ` +
    `${r.series.length} ${r.by}s with events; ${r.method.toUpperCase()} (${params})\n\n`;
  if (r.series.length === 0) return `${out}No events.\n`;
  out += r.changes.length === 0 ? 'No change points.\n' : textTable(
    ['change at', 'before', 'after', 'delta'],
    r.changes.map((c) => [c.date, fixed(c.before), fixed(c.after), signed(c.delta)]),
  );
  out += `\n${textTable(['segment from', 'to', r.by + 's', 'mean'], r.segments.map((s) => [s.start, s.end, s.points, fixed(s.mean)]))}`;
  return out;
}
