// Strategic triangle over sliding windows. One SQL query returns, for every (day, edge), the day's
// totals (window aggregates) on the day's few most salient events; the windows are then slid in
// TypeScript over prefix sums, so 52 windows cost the same scan as one.
import { EntenteError } from '../errors.ts';
import type { SqlRunner } from '../store/SqlRunner.ts';
import { actorPredicate, dyadPredicate, formatActorSelector, parseActorSelector } from './actorSelector.ts';
import { DEFAULT_SIGN_THRESHOLD, edgeSign, netCooperation, type EdgeSign } from './cooperation.ts';
import { dayOf, isoOf, parseDuration } from './dates.ts';
import { classifyTriangle, sameClass, structuralBalance, type Balance, type DittmerClass } from './dittmer.ts';
import { baseConditions, countedStatuses, type BaseFilterOptions } from './eventFilter.ts';
import { compareSalience, EVENT_REF_COLUMNS, eventRefFromRow, type EventRef } from './eventRef.ts';
import { wholeNumber } from './options.ts';
import { col, EVENTS_TABLE, query, SqlParams } from './sql.ts';

export interface TriangleOptions extends BaseFilterOptions {
  a: string;
  b: string;
  c: string;
  /** Window length: '30d', '4w', or a number of days (default 30d). */
  window?: string | number | undefined;
  /** Distance between window starts (default 7d). */
  step?: string | number | undefined;
  /** Fewer events than this on an edge in a window → sign 'insufficient' (default 5). */
  minEvents?: number | undefined;
  /** Net cooperation above +threshold → '+', below −threshold → '−', else '0' (default 0.1). */
  threshold?: number | undefined;
  /** Events listed per edge per window (default 3). */
  topEvents?: number | undefined;
}

export interface TriangleEdge {
  pair: [string, string];
  events: number;
  coop: number;
  conflict: number;
  netCooperation: number | null;
  goldsteinMean: number | null;
  sign: EdgeSign;
  topEvents: EventRef[];
}

export interface TriangleWindow {
  start: string;
  /** Inclusive last day. */
  end: string;
  /** In the order a–b, b–c, a–c. */
  edges: [TriangleEdge, TriangleEdge, TriangleEdge];
  dittmer: DittmerClass;
  balance: Balance;
}

export interface TriangleTransition {
  /** Start of the earlier and the later window. */
  from: string;
  to: string;
  before: DittmerClass;
  after: DittmerClass;
  balanceBefore: Balance;
  balanceAfter: Balance;
  changedEdges: { pair: [string, string]; before: EdgeSign; after: EdgeSign }[];
}

export interface TriangleResult {
  actors: [string, string, string];
  windowDays: number;
  stepDays: number;
  minEvents: number;
  threshold: number;
  from: string | null;
  to: string | null;
  statuses: readonly string[] | 'all';
  windows: TriangleWindow[];
  /** Only the consecutive windows where the class or an edge sign changed. */
  transitions: TriangleTransition[];
}

interface DayRow extends Record<string, unknown> {
  edge: number;
  n: number;
  coop: number;
  conflict: number;
  gsum: number;
}

export async function triangle(db: SqlRunner, opts: TriangleOptions): Promise<TriangleResult> {
  const sels = [parseActorSelector(opts.a, 'a'), parseActorSelector(opts.b, 'b'), parseActorSelector(opts.c, 'c')] as const;
  const names = sels.map(formatActorSelector) as [string, string, string];
  if (new Set(names).size < 3) {
    throw new EntenteError('E_USAGE', `triangle: the three actors must differ, got ${names.join(', ')}`);
  }
  const windowDays = parseDuration(opts.window ?? '30d', 'window');
  const stepDays = parseDuration(opts.step ?? '7d', 'step');
  const minEvents = wholeNumber(opts.minEvents ?? 5, 'min-events');
  const threshold = opts.threshold ?? DEFAULT_SIGN_THRESHOLD;
  if (!(threshold >= 0 && threshold < 1)) {
    throw new EntenteError('E_USAGE', `threshold: expected a number in [0, 1), got ${threshold}`);
  }
  const topK = wholeNumber(opts.topEvents ?? 3, 'top-events');
  const [a, b, c] = sels;
  const pairs: [[string, string], [string, string], [string, string]] = [
    [names[0], names[1]],
    [names[1], names[2]],
    [names[0], names[2]],
  ];

  const p = new SqlParams();
  const where = baseConditions(opts, p);
  where.push(`(${sels.map((s) => actorPredicate(s, 'source', p)).join(' OR ')})`);
  where.push(`(${sels.map((s) => actorPredicate(s, 'target', p)).join(' OR ')})`);
  // An event matching two edges (overlapping selectors such as RUS and RUS:GOV) counts for the first.
  const edgeCase = `CASE WHEN ${dyadPredicate(a, b, false, p)} THEN 0 WHEN ${dyadPredicate(b, c, false, p)} THEN 1 WHEN ${dyadPredicate(a, c, false, p)} THEN 2 END`;
  const q = col('quad_class');
  const sql = `WITH m AS (
      SELECT *, ${edgeCase} AS edge FROM ${EVENTS_TABLE} WHERE ${where.join(' AND ')}
    ), r AS (
      SELECT ${EVENT_REF_COLUMNS}, edge,
        COUNT(*) OVER d AS n,
        SUM(CASE WHEN ${q} IN (1, 2) THEN 1 ELSE 0 END) OVER d AS coop,
        SUM(CASE WHEN ${q} IN (3, 4) THEN 1 ELSE 0 END) OVER d AS conflict,
        SUM(${col('goldstein')}) OVER d AS gsum,
        ROW_NUMBER() OVER (PARTITION BY ${col('date')}, edge
          ORDER BY ABS(${col('goldstein')}) DESC, ${col('num_mentions')} DESC, ${col('id')}) AS rn
      FROM m WHERE edge IS NOT NULL
      WINDOW d AS (PARTITION BY ${col('date')}, edge)
    )
    SELECT * FROM r WHERE rn <= ${p.add(Math.max(topK, 1))} ORDER BY ev_date, edge, rn`;
  const rows = await query<DayRow>(db, sql, p);

  let first: number;
  let last: number;
  if (opts.from !== undefined) first = dayOf(opts.from);
  else if (rows.length > 0) first = dayOf(String(rows[0]?.ev_date));
  else return emptyResult();
  if (opts.to !== undefined) last = dayOf(opts.to);
  else if (rows.length > 0) last = dayOf(String(rows[rows.length - 1]?.ev_date));
  else last = first + windowDays - 1;

  // Per edge: prefix sums over day offsets, and each day's top events.
  const span = Math.max(last - first + 1, windowDays);
  const sums = [0, 1, 2].map(() => ({
    n: new Float64Array(span + 1),
    coop: new Float64Array(span + 1),
    conflict: new Float64Array(span + 1),
    gsum: new Float64Array(span + 1),
    top: new Map<number, EventRef[]>(),
  }));
  for (const r of rows) {
    const e = sums[Number(r.edge)];
    if (!e) continue;
    const off = dayOf(String(r.ev_date)) - first;
    if (off < 0 || off >= span) continue;
    if (Number(r.rn) === 1) {
      e.n[off + 1] = Number(r.n);
      e.coop[off + 1] = Number(r.coop);
      e.conflict[off + 1] = Number(r.conflict);
      e.gsum[off + 1] = Number(r.gsum);
    }
    if (topK > 0) {
      const list = e.top.get(off) ?? [];
      list.push(eventRefFromRow(r));
      e.top.set(off, list);
    }
  }
  for (const e of sums) {
    for (let i = 1; i <= span; i++) {
      e.n[i] = (e.n[i] as number) + (e.n[i - 1] as number);
      e.coop[i] = (e.coop[i] as number) + (e.coop[i - 1] as number);
      e.conflict[i] = (e.conflict[i] as number) + (e.conflict[i - 1] as number);
      e.gsum[i] = (e.gsum[i] as number) + (e.gsum[i - 1] as number);
    }
  }

  const count = Math.max(1, Math.floor((last - first + 1 - windowDays) / stepDays) + 1);
  const windows: TriangleWindow[] = [];
  for (let w = 0; w < count; w++) {
    const lo = w * stepDays;
    const hi = lo + windowDays; // exclusive offset
    const edges = sums.map((e, i) => {
      const n = (e.n[hi] as number) - (e.n[lo] as number);
      const coop = (e.coop[hi] as number) - (e.coop[lo] as number);
      const conflict = (e.conflict[hi] as number) - (e.conflict[lo] as number);
      const gsum = (e.gsum[hi] as number) - (e.gsum[lo] as number);
      const index = netCooperation(coop, conflict);
      const top: EventRef[] = [];
      if (topK > 0 && n > 0) {
        for (let d = lo; d < hi; d++) {
          const list = e.top.get(d);
          if (list) top.push(...list);
        }
        top.sort(compareSalience);
        top.length = Math.min(top.length, topK);
      }
      const edge: TriangleEdge = {
        pair: pairs[i] as [string, string],
        events: n,
        coop,
        conflict,
        netCooperation: index,
        goldsteinMean: n === 0 ? null : gsum / n,
        sign: edgeSign(n, index, minEvents, threshold),
        topEvents: top,
      };
      return edge;
    }) as [TriangleEdge, TriangleEdge, TriangleEdge];
    windows.push({
      start: isoOf(first + lo),
      end: isoOf(first + hi - 1),
      edges,
      dittmer: classifyTriangle(edges),
      balance: structuralBalance(edges.map((e) => e.sign)),
    });
  }

  const transitions: TriangleTransition[] = [];
  for (let i = 1; i < windows.length; i++) {
    const prev = windows[i - 1] as TriangleWindow;
    const cur = windows[i] as TriangleWindow;
    const changedEdges = cur.edges
      .map((e, k) => ({ pair: e.pair, before: (prev.edges[k] as TriangleEdge).sign, after: e.sign }))
      .filter((x) => x.before !== x.after);
    if (changedEdges.length === 0 && sameClass(prev.dittmer, cur.dittmer)) continue;
    transitions.push({
      from: prev.start,
      to: cur.start,
      before: prev.dittmer,
      after: cur.dittmer,
      balanceBefore: prev.balance,
      balanceAfter: cur.balance,
      changedEdges,
    });
  }

  return { ...header(), windows, transitions };

  function header(): Omit<TriangleResult, 'windows' | 'transitions'> {
    return {
      actors: names,
      windowDays,
      stepDays,
      minEvents,
      threshold,
      from: opts.from ?? null,
      to: opts.to ?? null,
      statuses: countedStatuses(opts),
    };
  }
  function emptyResult(): TriangleResult {
    return { ...header(), windows: [], transitions: [] };
  }
}
