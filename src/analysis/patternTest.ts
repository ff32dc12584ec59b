// Pattern test: does a response tend to follow a trigger within k days ("Moscow consults Beijing after
// every contact with Washington")?
//
//   hit(t)       a response falls on a day in (t, t + k] — strictly after the trigger's day, since two
//                events on one day cannot be ordered at day precision
//   conditional  hits / triggers, over trigger events whose k-day window lies inside the study period
//   baseline     the same check for every day t of the study period: the chance that a k-day window
//                placed at random holds a response
//   lift         conditional / baseline
//   p-value      the response *days* are shuffled uniformly (without replacement) over the study period,
//                keeping their number, R times with a seeded PRNG; p = (1 + #{rounds with hits ≥
//                observed}) / (1 + R). Shuffling days rather than events keeps a burst of responses on one
//                day from being spread into many days, which would inflate the null rate.
//
// SQL returns only per-day counts for the trigger and the response; everything else runs on typed arrays
// of day offsets (a prefix count makes each trigger's check O(1)), so a round costs O(days + triggers).
import { EntenteError } from '../errors.ts';
import type { SqlRunner } from '../store/SqlRunner.ts';
import { dyadPredicate } from './actorSelector.ts';
import { dayOf, isoOf, parseDuration } from './dates.ts';
import { baseConditions, countedStatuses, type BaseFilterOptions } from './eventFilter.ts';
import { EVENT_REF_COLUMNS, eventRefFromRow, type EventRef } from './eventRef.ts';
import { formatEventSpec, parseEventSpec, type EventSpec } from './eventSpec.ts';
import { wholeNumber } from './options.ts';
import { mulberry32, randomInt } from './prng.ts';
import { col, EVENTS_TABLE, query, SqlParams } from './sql.ts';

export interface PatternTestOptions extends BaseFilterOptions {
  /** e.g. 'RUS-USA:CONSULT'. */
  trigger: string;
  /** e.g. 'RUS-CHN:CONSULT'. */
  response: string;
  /** Window after each trigger: '14d', '2w', or days (default 14d). */
  within?: string | number | undefined;
  /** Permutation rounds (default 1000; at least 1000 for a reported p-value is advised). */
  rounds?: number | undefined;
  /** PRNG seed (default 42). */
  seed?: number | undefined;
  /** Matched pairs listed with their events (default 100). */
  maxPairs?: number | undefined;
}

export interface PatternPair {
  trigger: EventRef;
  /** The first response after the trigger (the most mentioned one on that day). */
  response: EventRef;
  lagDays: number;
}

export interface PatternTestResult {
  trigger: string;
  response: string;
  withinDays: number;
  /** Study period (from/to, or the first and last counted event in the store); null when the store is empty. */
  from: string | null;
  to: string | null;
  statuses: readonly string[] | 'all';
  triggers: number;
  /** Triggers whose k-day window runs past the end of the period, left out of the rates. */
  censoredTriggers: number;
  responses: number;
  responseDays: number;
  /** Eligible triggers followed by a response within k days. */
  hits: number;
  conditionalRate: number | null;
  baselineRate: number | null;
  lift: number | null;
  rounds: number;
  seed: number;
  /** Mean hit rate over the permutations. */
  nullMeanRate: number | null;
  pValue: number | null;
  pairs: PatternPair[];
  /** True when more pairs matched than are listed. */
  pairsTruncated: boolean;
}

interface DayCount extends Record<string, unknown> {
  d: string;
  n: number;
}

export async function patternTest(db: SqlRunner, opts: PatternTestOptions): Promise<PatternTestResult> {
  const trig = parseEventSpec(opts.trigger, 'trigger');
  const resp = parseEventSpec(opts.response, 'response');
  const k = parseDuration(opts.within ?? '14d', 'within');
  const rounds = wholeNumber(opts.rounds ?? 1000, 'rounds', 1);
  const seed = wholeNumber(opts.seed ?? 42, 'seed');
  const maxPairs = wholeNumber(opts.maxPairs ?? 100, 'max-pairs');

  // One connection runs one query at a time, so the queries go in sequence.
  const period = await studyPeriod(db, opts);
  const trigDays = await dayCounts(db, trig, opts);
  const respDays = await dayCounts(db, resp, opts);
  const statuses = countedStatuses(opts);
  const base = {
    trigger: formatEventSpec(trig),
    response: formatEventSpec(resp),
    withinDays: k,
    statuses,
    rounds,
    seed,
  };
  if (!period) {
    return {
      ...base, from: null, to: null, triggers: 0, censoredTriggers: 0, responses: 0, responseDays: 0,
      hits: 0, conditionalRate: null, baselineRate: null, lift: null, nullMeanRate: null, pValue: null, pairs: [], pairsTruncated: false,
    };
  }
  const [start, end] = period;
  const days = end - start + 1;
  if (days <= k) {
    throw new EntenteError('E_USAGE', `within: ${k} days is not shorter than the study period (${days} days, ${isoOf(start)}..${isoOf(end)})`);
  }

  // Eligible trigger days (window inside the period) with their number of trigger events as weights, so a
  // round costs O(trigger days) however many events there are ('*-*:ASSAULT').
  const offsets: number[] = [];
  const counts: number[] = [];
  let triggers = 0;
  for (const { d, n } of trigDays) {
    const off = dayOf(d) - start;
    triggers += n;
    if (off >= 0 && off + k <= days - 1) {
      offsets.push(off);
      counts.push(n);
    }
  }
  const eligible: TriggerDays = { offsets: Int32Array.from(offsets), weights: Int32Array.from(counts) };
  const flags = new Uint8Array(days);
  let responses = 0;
  let responseDays = 0;
  for (const { d, n } of respDays) {
    const off = dayOf(d) - start;
    if (off < 0 || off >= days) continue;
    flags[off] = 1;
    responseDays++;
    responses += n;
  }
  const prefix = new Int32Array(days + 1);

  const observedHits = countHits(flags, prefix, eligible, k);
  // Baseline: every day t with a full window inside the period.
  let baseHits = 0;
  for (let t = 0; t + k <= days - 1; t++) if ((prefix[t + k + 1] as number) - (prefix[t + 1] as number) > 0) baseHits++;
  const baselineRate = baseHits / (days - k);

  const n = counts.reduce((s, c) => s + c, 0);
  let atLeast = 0;
  let nullSum = 0;
  const rng = mulberry32(seed);
  const shuffled = new Uint8Array(days);
  for (let r = 0; r < rounds; r++) {
    shuffled.fill(0);
    // Floyd's algorithm: `responseDays` distinct days, uniformly, in O(responseDays).
    for (let j = days - responseDays; j < days; j++) {
      const t = randomInt(rng, j + 1);
      if (shuffled[t]) shuffled[j] = 1;
      else shuffled[t] = 1;
    }
    const h = countHits(shuffled, prefix, eligible, k);
    nullSum += h;
    if (h >= observedHits) atLeast++;
  }

  const conditionalRate = n === 0 ? null : observedHits / n;
  const { pairs, truncated } = await listPairs(db, opts, trig, resp, start, flags, eligible, k, maxPairs);
  return {
    ...base,
    from: isoOf(start),
    to: isoOf(end),
    triggers,
    censoredTriggers: triggers - n,
    responses,
    responseDays,
    hits: observedHits,
    conditionalRate,
    baselineRate,
    lift: conditionalRate === null || baselineRate === 0 ? null : conditionalRate / baselineRate,
    nullMeanRate: n === 0 ? null : nullSum / rounds / n,
    pValue: n === 0 ? null : (1 + atLeast) / (1 + rounds),
    pairs,
    pairsTruncated: truncated,
  };
}

interface TriggerDays {
  offsets: Int32Array;
  /** Trigger events on each day. */
  weights: Int32Array;
}

/** Trigger events whose day t has a flagged day in (t, t + k]; `prefix` is scratch space. */
function countHits(flags: Uint8Array, prefix: Int32Array, triggers: TriggerDays, k: number): number {
  for (let i = 0; i < flags.length; i++) prefix[i + 1] = (prefix[i] as number) + (flags[i] as number);
  const { offsets, weights } = triggers;
  let hits = 0;
  for (let i = 0; i < offsets.length; i++) {
    const t = offsets[i] as number;
    if ((prefix[t + k + 1] as number) - (prefix[t + 1] as number) > 0) hits += weights[i] as number;
  }
  return hits;
}

function specConditions(spec: EventSpec, opts: BaseFilterOptions, p: SqlParams): string[] {
  const where = baseConditions(opts, p);
  where.push(dyadPredicate(spec.a, spec.b, spec.directed, p));
  if (spec.types) where.push(`${col('type')} IN (${spec.types.map((t) => p.add(t)).join(', ')})`);
  return where;
}

async function dayCounts(db: SqlRunner, spec: EventSpec, opts: BaseFilterOptions): Promise<DayCount[]> {
  const p = new SqlParams();
  const sql = `SELECT ${col('date')} AS d, COUNT(*) AS n FROM ${EVENTS_TABLE}
    WHERE ${specConditions(spec, opts, p).join(' AND ')} GROUP BY 1 ORDER BY 1`;
  return query<DayCount>(db, sql, p);
}

async function studyPeriod(db: SqlRunner, opts: BaseFilterOptions): Promise<[number, number] | null> {
  let from = opts.from;
  let to = opts.to;
  if (from === undefined || to === undefined) {
    const p = new SqlParams();
    const sql = `SELECT MIN(${col('date')}) AS lo, MAX(${col('date')}) AS hi FROM ${EVENTS_TABLE} WHERE ${baseConditions(opts, p).join(' AND ')}`;
    const [row] = await query<{ lo: string | null; hi: string | null }>(db, sql, p);
    if (!row || row.lo == null || row.hi == null) return null;
    from ??= String(row.lo);
    to ??= String(row.hi);
  }
  return [dayOf(from), dayOf(to)];
}

/**
 * The first `maxPairs` matched triggers (chronologically) with their first response: only the events on
 * those few days are fetched.
 */
async function listPairs(
  db: SqlRunner,
  opts: BaseFilterOptions,
  trig: EventSpec,
  resp: EventSpec,
  start: number,
  flags: Uint8Array,
  eligible: TriggerDays,
  k: number,
  maxPairs: number,
): Promise<{ pairs: PatternPair[]; truncated: boolean }> {
  const wanted = new Map<number, number>(); // trigger offset → first response offset
  let matched = 0;
  eligible.offsets.forEach((t, i) => {
    let r = -1;
    for (let d = t + 1; d <= t + k && r < 0; d++) if (flags[d]) r = d;
    if (r < 0) return;
    matched += eligible.weights[i] as number;
    if (wanted.size < maxPairs) wanted.set(t, r);
  });
  if (wanted.size === 0) return { pairs: [], truncated: matched > 0 };

  // One scan for both sides: each row says whether it is a trigger (on a chosen trigger day) or a response.
  const p = new SqlParams();
  const side = (spec: EventSpec, offsets: Iterable<number>): string => {
    const days = [...new Set(offsets)].map((o) => p.date(isoOf(start + o)));
    const where = [dyadPredicate(spec.a, spec.b, spec.directed, p)];
    if (spec.types) where.push(`${col('type')} IN (${spec.types.map((t) => p.add(t)).join(', ')})`);
    where.push(`${col('date')} IN (${days.join(', ')})`);
    return `(${where.join(' AND ')})`;
  };
  const isTrigger = side(trig, wanted.keys());
  const isResponse = side(resp, wanted.values());
  const sql = `SELECT ${EVENT_REF_COLUMNS}, ${isTrigger} AS is_trigger, ${isResponse} AS is_response
    FROM ${EVENTS_TABLE} WHERE ${[...baseConditions(opts, p), `(${isTrigger} OR ${isResponse})`].join(' AND ')}
    ORDER BY ${col('date')}, ${col('num_mentions')} DESC, ${col('id')}`;
  const trigEvents = new Map<number, EventRef[]>();
  const respEvents = new Map<number, EventRef[]>();
  for (const row of await query(db, sql, p)) {
    const ref = eventRefFromRow(row);
    const off = dayOf(ref.date) - start;
    if (row.is_trigger === true) trigEvents.set(off, [...(trigEvents.get(off) ?? []), ref]);
    if (row.is_response === true) respEvents.set(off, [...(respEvents.get(off) ?? []), ref]);
  }

  const pairs: PatternPair[] = [];
  for (const [t, r] of wanted) {
    const response = respEvents.get(r)?.[0];
    if (!response) continue;
    for (const trigger of trigEvents.get(t) ?? []) {
      if (pairs.length >= maxPairs) break;
      pairs.push({ trigger, response, lagDays: r - t });
    }
  }
  return { pairs, truncated: matched > pairs.length };
}
