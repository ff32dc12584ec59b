// entente partners A [--limit 10] [--min-events 5] [--level country|actor] [--from --to] [--db] [--json]
import type { Command } from 'commander';
import { addCommonOptions, addPeriodOptions, runAnalysis, type CommonCliOptions } from '../../analysis/cliSupport.ts';
import { parseWholeNumber } from '../../analysis/options.ts';
import { partners, type Partner, type PartnersResult } from '../../analysis/partners.ts';
import { fixed, signed, textTable } from '../../analysis/textTable.ts';
import { EntenteError } from '../../errors.ts';

interface PartnersCliOptions extends CommonCliOptions {
  limit: string;
  minEvents: string;
  level: string;
  from?: string;
  to?: string;
  allStatuses?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('partners')
    .description("an actor's counterparts, ranked by event volume and by net cooperation")
    .argument('<a>', 'actor: RUS, RUS:GOV, NATO, an actor id')
    .option('--limit <n>', 'rows per ranking', '10')
    .option('--min-events <n>', 'fewer events → left out of the cooperation rankings', '5')
    .option('--level <level>', 'group counterparts by country or by actor', 'country');
  addPeriodOptions(cmd);
  addCommonOptions(cmd);
  cmd.action(async (a: string, opts: PartnersCliOptions) => {
    if (opts.level !== 'country' && opts.level !== 'actor') {
      throw new EntenteError('E_USAGE', `--level: expected country or actor, got '${opts.level}'`);
    }
    const level = opts.level;
    await runAnalysis(
      opts,
      (db) =>
        partners(db, {
          a,
          limit: parseWholeNumber(opts.limit, '--limit', 1),
          minEvents: parseWholeNumber(opts.minEvents, '--min-events'),
          level,
          from: opts.from,
          to: opts.to,
          includeAllStatuses: opts.allStatuses ?? false,
        }),
      renderPartners,
    );
  });
}

function table(list: Partner[]): string {
  if (list.length === 0) return '  none\n';
  return textTable(
    ['partner', 'events', 'out', 'in', 'coop', 'conflict', 'net', 'G mean'],
    list.map((p) => [p.partner, p.events, p.outgoing, p.incoming, p.coop, p.conflict, signed(p.netCooperation), fixed(p.goldsteinMean)]),
  );
}

export function renderPartners(r: PartnersResult): string {
  const period = r.from || r.to ? `, ${r.from ?? '…'} .. ${r.to ?? '…'}` : '';
  return (
    `Partners of ${r.a}${period}: ${r.partners} counterparts, ${r.events} events\n\n` +
    `By volume:\n${table(r.byVolume)}\n` +
    `Most cooperative (≥ ${r.minEvents} events):\n${table(r.mostCooperative)}\n` +
    `Most conflictual (≥ ${r.minEvents} events):\n${table(r.mostConflictual)}`
  );
}
