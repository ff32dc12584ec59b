// entente pattern --trigger 'RUS-USA:CONSULT' --response 'RUS-CHN:CONSULT' [--within 14d] [--rounds 1000] [--seed 42]
import type { Command } from 'commander';
import { addCommonOptions, addPeriodOptions, runAnalysis, type CommonCliOptions } from '../../analysis/cliSupport.ts';
import { parseWholeNumber } from '../../analysis/options.ts';
import { patternTest, type PatternTestResult } from '../../analysis/patternTest.ts';
import { textTable } from '../../analysis/textTable.ts';

interface PatternCliOptions extends CommonCliOptions {
  trigger: string;
  response: string;
  within: string;
  rounds: string;
  seed: string;
  maxPairs: string;
  from?: string;
  to?: string;
  allStatuses?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command('pattern')
    .description('does a response follow a trigger within k days more often than chance? (permutation test)')
    .requiredOption('--trigger <spec>', "trigger events, e.g. 'RUS-USA:CONSULT' ('>' for one direction, '*' wildcards)")
    .requiredOption('--response <spec>', "response events, e.g. 'RUS-CHN:CONSULT'")
    .option('--within <duration>', 'response window after each trigger', '14d')
    .option('--rounds <n>', 'permutation rounds', '1000')
    .option('--seed <n>', 'seed of the permutations', '42')
    .option('--max-pairs <n>', 'matched pairs listed with their events', '100');
  addPeriodOptions(cmd);
  addCommonOptions(cmd);
  cmd.action(async (opts: PatternCliOptions) => {
    await runAnalysis(
      opts,
      (db) =>
        patternTest(db, {
          trigger: opts.trigger,
          response: opts.response,
          within: opts.within,
          rounds: parseWholeNumber(opts.rounds, '--rounds', 1),
          seed: parseWholeNumber(opts.seed, '--seed'),
          maxPairs: parseWholeNumber(opts.maxPairs, '--max-pairs'),
          from: opts.from,
          to: opts.to,
          includeAllStatuses: opts.allStatuses ?? false,
        }),
      renderPattern,
    );
  });
}

const pct = (x: number | null): string => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);

export function renderPattern(r: PatternTestResult): string {
  const eligible = r.triggers - r.censoredTriggers;
  let out =
    `Trigger  ${r.trigger}\nResponse ${r.response} within ${r.withinDays} days after (same day not counted)\n` +
    `Period   ${r.from ?? '–'} .. ${r.to ?? '–'}\n\n` +
    `triggers            ${r.triggers} (${r.censoredTriggers} too close to the end, left out)\n` +
    `responses           ${r.responses} on ${r.responseDays} days\n` +
    `followed            ${r.hits} of ${eligible}: P(response within ${r.withinDays}d | trigger) = ${pct(r.conditionalRate)}\n` +
    `baseline            ${pct(r.baselineRate)} of all ${r.withinDays}-day windows hold a response\n` +
    `lift                ${r.lift === null ? '–' : r.lift.toFixed(2)}\n` +
    `permutation p       ${r.pValue === null ? '–' : r.pValue.toFixed(4)} (${r.rounds} rounds, seed ${r.seed}; null mean ${pct(r.nullMeanRate)})\n`;
  if (r.pairs.length > 0) {
    out += `\nMatched pairs${r.pairsTruncated ? ` (first ${r.pairs.length})` : ''}:\n`;
    out += textTable(
      ['trigger', 'date', 'response', 'date', 'lag (d)', 'response event'],
      r.pairs.map((p) => [
        p.trigger.id,
        p.trigger.date,
        p.response.id,
        p.response.date,
        p.lagDays,
        `${p.response.type} ${p.response.source ?? '?'} → ${p.response.target ?? '?'}`,
      ]),
    );
  }
  return out;
}
