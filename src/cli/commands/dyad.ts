// entente dyad A B [--by day|week|month] [--directed] [--from --to] [--all-statuses] [--db] [--json]
import type { Command } from 'commander';
import { addCommonOptions, addPeriodOptions, runAnalysis, type CommonCliOptions } from '../../analysis/cliSupport.ts';
import { parseBucketUnit } from '../../analysis/dates.ts';
import { dyadSeries, type DyadSeries } from '../../analysis/dyadSeries.ts';
import { fixed, signed, textTable } from '../../analysis/textTable.ts';

interface DyadCliOptions extends CommonCliOptions {
  by: string;
  directed?: boolean;
  from?: string;
  to?: string;
  allStatuses?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('dyad')
    .description('events between two actors over time: counts by type and QuadClass, Goldstein, net cooperation')
    .argument('<a>', 'actor: RUS, RUS:GOV, NATO, an actor id, or *')
    .argument('<b>', 'actor, as for <a>')
    .option('--by <unit>', 'bucket: day, week or month', 'week')
    .option('--directed', 'only events from A to B');
  addPeriodOptions(cmd);
  addCommonOptions(cmd);
  cmd.action(async (a: string, b: string, opts: DyadCliOptions) => {
    await runAnalysis(
      opts,
      (db) =>
        dyadSeries(db, {
          a,
          b,
          by: parseBucketUnit(opts.by, '--by'),
          directed: opts.directed ?? false,
          from: opts.from,
          to: opts.to,
          includeAllStatuses: opts.allStatuses ?? false,
        }),
      renderDyad,
    );
  });
}

export function renderDyad(s: DyadSeries): string {
  const arrow = s.directed ? '→' : '–';
  const t = s.totals;
  const head =
    `${s.a} ${arrow} ${s.b}, by ${s.by}: ${t.events} events, net cooperation ${signed(t.netCooperation)}, ` +
    `Goldstein mean ${fixed(t.goldsteinMean)}\n\n`;
  const shown = s.buckets.filter((b) => b.events > 0);
  if (shown.length === 0) return `${head}No events.\n`;
  const rows = shown.map((b) => [
    b.start,
    b.events,
    b.byQuad[1] + b.byQuad[2],
    b.byQuad[3] + b.byQuad[4],
    signed(b.netCooperation),
    fixed(b.goldsteinMean),
    Object.entries(b.byType)
      .sort(([, x], [, y]) => y - x)
      .slice(0, 3)
      .map(([type, n]) => `${type} ${n}`)
      .join(', '),
    b.eventIds.slice(0, 3).join(' ') + (b.eventIds.length > 3 ? ' …' : ''),
  ]);
  const empty = s.buckets.length - shown.length;
  return (
    head +
    textTable(['bucket', 'events', 'coop', 'conflict', 'net', 'G mean', 'top types', 'events (ids)'], rows) +
    (empty > 0 ? `(${empty} empty ${s.by}${empty === 1 ? '' : 's'} not shown; --json has every bucket and id)\n` : '')
  );
}
