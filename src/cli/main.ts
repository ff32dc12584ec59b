// The CLI entry point: registers every command and is the one place where errors become exit codes.
import { Command, CommanderError } from 'commander';
import { EXIT_CODES, isEntenteError } from '../errors.ts';
import { register as registerCode } from './commands/code.ts';
import { register as registerIngest } from './commands/ingest.ts';
import { register as registerExport } from './commands/export.ts';
import { register as registerImport } from './commands/import.ts';
import { register as registerDemo } from './commands/demo.ts';
import { register as registerDyad } from './commands/dyad.ts';
import { register as registerTriangle } from './commands/triangle.ts';
import { register as registerPattern } from './commands/pattern.ts';
import { register as registerPartners } from './commands/partners.ts';
import { register as registerChangepoints } from './commands/changepoints.ts';
import { register as registerEval } from './commands/eval.ts';
import { register as registerServe } from './commands/serve.ts';

const program = new Command();
program
  .name('entente')
  .description('Sourced political event data (PLOVER/CAMEO) from news text, and the relations it adds up to')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerCode(program);
registerIngest(program);
registerExport(program);
registerImport(program);
registerDemo(program);
registerDyad(program);
registerTriangle(program);
registerPattern(program);
registerPartners(program);
registerChangepoints(program);
registerEval(program);
registerServe(program);

// `entente code … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 64;
      return;
    }
    if (isEntenteError(e)) {
      process.stderr.write(`entente: ${e.code}: ${e.message}\n`);
      process.exitCode = EXIT_CODES[e.code];
      return;
    }
    process.stderr.write(`entente: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.ENTENTE_DEBUG) process.stderr.write(`${(e as Error).stack ?? ''}\n`);
    process.exitCode = 70;
  }
}

await main();
