// Change points in a dyad's series: the weekly (or daily/monthly) Goldstein mean or net cooperation
// index, cut into segments of constant mean by PELT (default) or BOCPD. Buckets without events carry no
// value and are skipped, so a quiet month does not read as a shift towards 0.
import { EntenteError } from '../errors.ts';
import type { SqlRunner } from '../store/SqlRunner.ts';
import { bocpd } from './bocpd.ts';
import type { BucketUnit } from './dates.ts';
import { dyadSeries } from './dyadSeries.ts';
import type { BaseFilterOptions } from './eventFilter.ts';
import { wholeNumber } from './options.ts';
import { pelt } from './pelt.ts';

export type ChangePointMethod = 'pelt' | 'bocpd';
export type ChangePointMetric = 'goldstein' | 'netCooperation';

export interface ChangePointOptions extends BaseFilterOptions {
  a: string;
  b: string;
  by?: BucketUnit | undefined;
  directed?: boolean | undefined;
  method?: ChangePointMethod | undefined;
  metric?: ChangePointMetric | undefined;
  /** PELT penalty per change in units of σ² (default 2·ln n). */
  penalty?: number | undefined;
  /** Shortest segment in buckets (default 2). */
  minSize?: number | undefined;
  /** BOCPD expected segment length in buckets (default 50). */
  expectedRunLength?: number | undefined;
  /** Buckets with fewer events carry no value (default 1). */
  minEvents?: number | undefined;
}

export interface SeriesPoint {
  start: string;
  events: number;
  value: number;
}

export interface ChangePoint {
  /** First bucket of the new segment. */
  date: string;
  /** Index into `series`. */
  index: number;
  before: number;
  after: number;
  delta: number;
}

export interface Segment {
  start: string;
  /** First day of the segment's last bucket. */
  end: string;
  points: number;
  mean: number;
}

export interface ChangePointResult {
  a: string;
  b: string;
  directed: boolean;
  by: BucketUnit;
  method: ChangePointMethod;
  metric: ChangePointMetric;
  /** PELT: noise σ and penalty (σ² units); BOCPD: hazard. */
  parameters: Record<string, number>;
  statuses: readonly string[] | 'all';
  series: SeriesPoint[];
  segments: Segment[];
  changes: ChangePoint[];
}

export async function changePoints(db: SqlRunner, opts: ChangePointOptions): Promise<ChangePointResult> {
  const method = opts.method ?? 'pelt';
  if (method !== 'pelt' && method !== 'bocpd') {
    throw new EntenteError('E_USAGE', `method: expected pelt or bocpd, got '${String(method)}'`);
  }
  const metric = opts.metric ?? 'goldstein';
  if (metric !== 'goldstein' && metric !== 'netCooperation') {
    throw new EntenteError('E_USAGE', `metric: expected goldstein or netCooperation, got '${String(metric)}'`);
  }
  const minSize = wholeNumber(opts.minSize ?? 2, 'min-size', 1);
  const minEvents = wholeNumber(opts.minEvents ?? 1, 'min-events', 1);
  if (opts.penalty !== undefined && !(opts.penalty >= 0)) {
    throw new EntenteError('E_USAGE', `penalty: expected a number ≥ 0, got ${opts.penalty}`);
  }

  const s = await dyadSeries(db, { ...opts, by: opts.by ?? 'week', eventIds: false, fillEmpty: true });
  const series: SeriesPoint[] = [];
  for (const b of s.buckets) {
    const value = metric === 'goldstein' ? b.goldsteinMean : b.netCooperation;
    if (value !== null && b.events >= minEvents) series.push({ start: b.start, events: b.events, value });
  }
  const x = series.map((p) => p.value);

  let idx: number[];
  let parameters: Record<string, number>;
  if (method === 'pelt') {
    const r = pelt(x, { penalty: opts.penalty, minSize });
    idx = r.changes;
    parameters = { sigma: r.sigma, penalty: r.penalty };
  } else {
    const r = bocpd(x, { expectedRunLength: opts.expectedRunLength, minSize });
    idx = r.changes;
    parameters = { hazard: r.hazard };
  }

  const bounds = [0, ...idx, x.length];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lo = bounds[i] as number;
    const hi = bounds[i + 1] as number;
    if (hi <= lo) continue;
    const part = x.slice(lo, hi);
    segments.push({
      start: (series[lo] as SeriesPoint).start,
      end: (series[hi - 1] as SeriesPoint).start,
      points: part.length,
      mean: part.reduce((a, v) => a + v, 0) / part.length,
    });
  }
  const changes: ChangePoint[] = idx.map((index, i) => {
    const before = (segments[i] as Segment).mean;
    const after = (segments[i + 1] as Segment).mean;
    return { date: (series[index] as SeriesPoint).start, index, before, after, delta: after - before };
  });

  return {
    a: s.a,
    b: s.b,
    directed: s.directed,
    by: s.by,
    method,
    metric,
    parameters,
    statuses: s.statuses,
    series,
    segments,
    changes,
  };
}
