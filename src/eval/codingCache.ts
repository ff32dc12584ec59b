// Runs the coder once per distinct text (plv repeats a sentence for each of its gold pairs) and turns a
// coder exception into "no events" plus a recorded failure, so one bad sentence cannot stop a run.
import type { CodeResult } from '../types.ts';
import type { Coder } from './EvalReport.ts';

const EMPTY: CodeResult = { events: [], sentences: [], warnings: [] };

export class CodingCache {
  private readonly results = new Map<string, CodeResult>();
  readonly failures: { index: number; message: string }[] = [];

  constructor(private readonly coder: Coder) {}

  /** Codes `text` without an article date (the coder's default applies); `index` labels a failure. */
  code(text: string, index: number): CodeResult {
    const hit = this.results.get(text);
    if (hit) return hit;
    let result: CodeResult;
    try {
      result = this.coder(text, {});
    } catch (e) {
      this.failures.push({ index, message: e instanceof Error ? e.message : String(e) });
      result = EMPTY;
    }
    this.results.set(text, result);
    return result;
  }
}
