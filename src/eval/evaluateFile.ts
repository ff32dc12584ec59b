// One entry point for "score this file as that set", used by the CLI and scripts/runEval.ts.
import { code } from '../pipeline/code.ts';
import { EntenteError } from '../errors.ts';
import { EVAL_SETS, type Coder, type EvalReport, type EvalSet } from './EvalReport.ts';
import { readConfliClassFile } from './readConfliClass.ts';
import { readConfliNerFile } from './readConfliNer.ts';
import { readPlvFile } from './readPlv.ts';
import { scoreConfliClass } from './scoreConfliClass.ts';
import { scoreConfliNer } from './scoreConfliNer.ts';
import { scorePlv } from './scorePlv.ts';

export function isEvalSet(name: string): name is EvalSet {
  return (EVAL_SETS as readonly string[]).includes(name);
}

export function evaluateFile(set: string, path: string, coder: Coder = code): EvalReport {
  switch (set) {
    case 'plv':
      return scorePlv(readPlvFile(path), coder, path);
    case 'confli-class':
      return scoreConfliClass(readConfliClassFile(path), coder, path);
    case 'confli-ner':
      return scoreConfliNer(readConfliNerFile(path), coder, path);
    default:
      throw new EntenteError('E_USAGE', `unknown evaluation set '${set}' (expected ${EVAL_SETS.join(', ')})`, { set });
  }
}
