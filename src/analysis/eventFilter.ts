// The conditions every analytic applies before it looks at actors: which statuses count, which dates
// are usable, and the study period.
import { COUNTED_STATUSES } from '../types.ts';
import { parseDateRange } from './dates.ts';
import { col, type SqlParams } from './sql.ts';

export interface BaseFilterOptions {
  /** First day counted (YYYY-MM-DD, inclusive). */
  from?: string | undefined;
  /** Last day counted (YYYY-MM-DD, inclusive). */
  to?: string | undefined;
  /** Count every status (future, hedged, negated, …) instead of asserted/reported/historical only. */
  includeAllStatuses?: boolean | undefined;
}

/**
 * WHERE conditions for the events analytics may count. Besides status and the period, an event needs a
 * date, and one whose precision is 'before' is left out: its date is only a bound ("Putin's earlier talks
 * with Trump" carries the article's date), and counting it on that day would invent activity there.
 */
export function baseConditions(opts: BaseFilterOptions, p: SqlParams): string[] {
  const { from, to } = parseDateRange(opts.from, opts.to);
  const date = col('date');
  const conds = [`${date} IS NOT NULL`, `(${col('date_precision')} IS NULL OR ${col('date_precision')} <> 'before')`];
  if (!opts.includeAllStatuses) {
    conds.push(`${col('status')} IN (${COUNTED_STATUSES.map((s) => p.add(s)).join(', ')})`);
  }
  if (from !== undefined) conds.push(`${date} >= ${p.date(from)}`);
  if (to !== undefined) conds.push(`${date} <= ${p.date(to)}`);
  return conds;
}

/** The statuses an analysis counted, for reporting alongside its numbers. */
export function countedStatuses(opts: BaseFilterOptions): readonly string[] | 'all' {
  return opts.includeAllStatuses ? 'all' : COUNTED_STATUSES;
}
