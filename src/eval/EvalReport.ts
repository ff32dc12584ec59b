// What every scorer returns, and the coder signature the scorers accept (the real `code` by default,
// a fake in tests).
import type { CodeOptions, CodeResult } from '../types.ts';
import type { ClassScores, ConfusionMatrix } from './metrics.ts';

export const EVAL_SETS = ['plv', 'confli-class', 'confli-ner'] as const;
export type EvalSet = (typeof EVAL_SETS)[number];

export type Coder = (text: string, options?: CodeOptions) => CodeResult;

export interface ScoredError {
  /** 0-based index of the row / sentence in the file. */
  index: number;
  /** 1-based line in the file. */
  line: number;
  gold: string;
  predicted: string;
  /** Rule ids of the events involved (the event that gave the wrong label, or all events of the sentence when none matched). */
  ruleIds: string[];
  /** Higher is worse; see each scorer for its scale. */
  severity: number;
  /** Short name of the kind of error: polarity, quad, type, spurious, missed, spans. */
  kind: string;
  /** Words quoted from the evaluated file. Printed to the terminal only; never written to committed reports. */
  excerpt?: string;
}

export interface PerClassTable {
  title: string;
  perClass: Record<string, ClassScores>;
}

export interface EvalReport {
  set: EvalSet;
  file: string;
  /** Rows (plv), sentences (confli-class, confli-ner) scored. */
  n: number;
  /** Null where accuracy has no meaning (span matching). */
  accuracy: number | null;
  macroF1: number;
  /** What macroF1 is, in words, e.g. "macro-F1 over the 15 gold classes". */
  headline: string;
  perClass: Record<string, ClassScores>;
  confusion: ConfusionMatrix;
  confusionTitle: string;
  /** Further figures of the set (direction accuracy, overlap F1, …), each a ratio in 0–1 unless named `count…`. */
  figures: Record<string, number>;
  /** Further per-class tables (overlap-based NER scores). */
  tables: PerClassTable[];
  /** The 20 worst errors, worst first. */
  worstErrors: ScoredError[];
  errorCount: number;
  /** Sentences on which the coder threw; they score as "no event". */
  coderFailures: { index: number; message: string }[];
  notes: string[];
}

/** The k worst errors: highest severity first, then file order. */
export function worstErrors(errors: readonly ScoredError[], k = 20): ScoredError[] {
  return [...errors].sort((a, b) => b.severity - a.severity || a.index - b.index).slice(0, k);
}
