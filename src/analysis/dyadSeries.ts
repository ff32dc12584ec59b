// Dyad time series: per day/week/month bucket, what happened between A and B. Grouping is done in SQL
// (one GROUP BY over bucket × type × QuadClass), so the cost is one scan of the events table; the rows
// that come back are at most buckets × 16 types.
import type { SqlRunner } from '../store/SqlRunner.ts';
import { dyadPredicate, formatActorSelector, parseActorSelector } from './actorSelector.ts';
import { bucketStart, dayOf, isoOf, nextBucket, parseBucketUnit, type BucketUnit } from './dates.ts';
import { baseConditions, countedStatuses, type BaseFilterOptions } from './eventFilter.ts';
import { netCooperation } from './cooperation.ts';
import { col, EVENTS_TABLE, query, SqlParams } from './sql.ts';

export interface DyadSeriesOptions extends BaseFilterOptions {
  a: string;
  b: string;
  /** Bucket size (default 'week'; weeks start on Monday). */
  by?: BucketUnit | undefined;
  /** Only A → B (source A, target B); otherwise both directions. */
  directed?: boolean | undefined;
  /** Include the event ids of each bucket (default true). */
  eventIds?: boolean | undefined;
  /** Emit empty buckets between the first and last (or from/to) so the series is regular (default true). */
  fillEmpty?: boolean | undefined;
}

export type QuadCounts = { 1: number; 2: number; 3: number; 4: number };

export interface DyadBucket {
  /** First day of the bucket (YYYY-MM-DD). */
  start: string;
  /** Last day of the bucket (inclusive). */
  end: string;
  events: number;
  /** Counts by PLOVER type (only types that occur). */
  byType: Record<string, number>;
  byQuad: QuadCounts;
  goldsteinSum: number;
  /** null for an empty bucket. */
  goldsteinMean: number | null;
  /** (coop − conflict)/(coop + conflict), coop = quad 1+2, conflict = quad 3+4; null when both are 0. */
  netCooperation: number | null;
  /** Ids of the events behind the bucket, sorted (empty when eventIds is false). */
  eventIds: string[];
}

export interface DyadSeries {
  a: string;
  b: string;
  directed: boolean;
  by: BucketUnit;
  from: string | null;
  to: string | null;
  statuses: readonly string[] | 'all';
  buckets: DyadBucket[];
  totals: Omit<DyadBucket, 'start' | 'end' | 'eventIds'>;
}

interface GroupRow extends Record<string, unknown> {
  bucket: string;
  type: string;
  quad_class: number;
  n: number;
  gsum: number;
  ids: string[] | null;
}

export async function dyadSeries(db: SqlRunner, opts: DyadSeriesOptions): Promise<DyadSeries> {
  const a = parseActorSelector(opts.a, 'a');
  const b = parseActorSelector(opts.b, 'b');
  const by = parseBucketUnit(opts.by ?? 'week');
  const directed = opts.directed ?? false;
  const withIds = opts.eventIds ?? true;

  const p = new SqlParams();
  const where = [...baseConditions(opts, p), dyadPredicate(a, b, directed, p)];
  // `by` is one of three validated literals, so it is written into the SQL rather than bound.
  const bucketExpr = `CAST(date_trunc('${by}', ${col('date')}) AS DATE)`;
  const ids = withIds ? `array_agg(${col('id')})` : 'NULL'; // sorted per bucket below
  const sql = `SELECT ${bucketExpr} AS bucket, ${col('type')} AS type, ${col('quad_class')} AS quad_class,
      COUNT(*) AS n, SUM(${col('goldstein')}) AS gsum, ${ids} AS ids
    FROM ${EVENTS_TABLE}
    WHERE ${where.join('\n      AND ')}
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3`;
  const rows = await query<GroupRow>(db, sql, p);

  const byStart = new Map<number, DyadBucket>();
  for (const r of rows) {
    const day = dayOf(String(r.bucket));
    let bucket = byStart.get(day);
    if (!bucket) {
      bucket = emptyBucket(day, by);
      byStart.set(day, bucket);
    }
    const n = Number(r.n);
    bucket.events += n;
    bucket.byType[r.type] = (bucket.byType[r.type] ?? 0) + n;
    const q = Number(r.quad_class);
    if (q === 1 || q === 2 || q === 3 || q === 4) bucket.byQuad[q] += n;
    bucket.goldsteinSum += Number(r.gsum);
    if (r.ids) for (const id of r.ids) bucket.eventIds.push(String(id));
  }

  const starts = [...byStart.keys()].sort((x, y) => x - y);
  const fill = opts.fillEmpty ?? true;
  const buckets: DyadBucket[] = [];
  if (fill && (starts.length > 0 || (opts.from && opts.to))) {
    const first = opts.from ? bucketStart(dayOf(opts.from), by) : (starts[0] as number);
    const last = opts.to ? bucketStart(dayOf(opts.to), by) : (starts[starts.length - 1] as number);
    for (let d = first; d <= last; d = nextBucket(d, by)) buckets.push(byStart.get(d) ?? emptyBucket(d, by));
  } else {
    for (const d of starts) buckets.push(byStart.get(d) as DyadBucket);
  }

  const totals = emptyBucket(0, by);
  for (const bk of buckets) {
    finish(bk);
    totals.events += bk.events;
    totals.goldsteinSum += bk.goldsteinSum;
    for (const q of [1, 2, 3, 4] as const) totals.byQuad[q] += bk.byQuad[q];
    for (const [t, n] of Object.entries(bk.byType)) totals.byType[t] = (totals.byType[t] ?? 0) + n;
  }
  finish(totals);
  const totalsOut = {
    events: totals.events,
    byType: totals.byType,
    byQuad: totals.byQuad,
    goldsteinSum: totals.goldsteinSum,
    goldsteinMean: totals.goldsteinMean,
    netCooperation: totals.netCooperation,
  };

  return {
    a: formatActorSelector(a),
    b: formatActorSelector(b),
    directed,
    by,
    from: opts.from ?? null,
    to: opts.to ?? null,
    statuses: countedStatuses(opts),
    buckets,
    totals: totalsOut,
  };
}

function emptyBucket(start: number, by: BucketUnit): DyadBucket {
  return {
    start: isoOf(start),
    end: isoOf(nextBucket(start, by) - 1),
    events: 0,
    byType: {},
    byQuad: { 1: 0, 2: 0, 3: 0, 4: 0 },
    goldsteinSum: 0,
    goldsteinMean: null,
    netCooperation: null,
    eventIds: [],
  };
}

function finish(b: DyadBucket): void {
  b.goldsteinMean = b.events === 0 ? null : b.goldsteinSum / b.events;
  b.netCooperation = netCooperation(b.byQuad[1] + b.byQuad[2], b.byQuad[3] + b.byQuad[4]);
  b.eventIds.sort();
  b.byType = Object.fromEntries(Object.entries(b.byType).sort(([x], [y]) => (x < y ? -1 : 1)));
}
