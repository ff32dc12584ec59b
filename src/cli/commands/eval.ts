// `entente eval --set plv|confli-class|confli-ner FILE [--report PATH] [--json]`: scores the full
// pipeline on a gold file of one of the three formats (src/eval/). Errors are thrown as EntenteError
// and turned into exit codes by the CLI's main.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EntenteError } from '../../errors.ts';
import { EVAL_SETS } from '../../eval/EvalReport.ts';
import { evaluateFile, isEvalSet } from '../../eval/evaluateFile.ts';
import { formatReport, reportJson } from '../../eval/formatReport.ts';

interface EvalOptions {
  set: string;
  report?: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('score the coder on a gold-standard file: confusion matrix, per-class P/R/F1, accuracy, macro-F1, worst errors')
    .argument('<file>', 'gold file in the format of the chosen set')
    .requiredOption('--set <set>', `evaluation set format: ${EVAL_SETS.join(' | ')}`)
    .option('--report <path>', 'also write the report to this file (without quoting the gold sentences)')
    .option('--json', 'print the figures as one JSON object')
    .action((file: string, options: EvalOptions) => {
      if (!isEvalSet(options.set)) {
        throw new EntenteError('E_USAGE', `--set must be one of ${EVAL_SETS.join(', ')}, not '${options.set}'`);
      }
      const report = evaluateFile(options.set, file);
      const render = (excerpts: boolean): string =>
        options.json ? JSON.stringify(reportJson(report, { excerpts }), null, 2) : formatReport(report, { excerpts });
      process.stdout.write(`${render(!options.json)}\n`);
      if (options.report) {
        try {
          writeFileSync(options.report, `${render(false)}\n`);
        } catch (e) {
          const reason = e instanceof Error ? e.message : String(e);
          throw new EntenteError('E_USAGE', `cannot write report to ${options.report}: ${reason}`, { path: options.report });
        }
      }
    });
}
