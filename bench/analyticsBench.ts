// Analytics benchmark (`npm run bench:analytics`): 10M synthetic events in a DuckDB file under tmp/,
// generated in SQL, then timed runs of the dyad series, a 52-window triangle and a 1,000-round pattern
// test (targets: < 1 s, < 1 s, < 5 s). The file is reused on later runs; pass --fresh to rebuild it.
//   BENCH_EVENTS=1000000 npx tsx bench/analyticsBench.ts   (a smaller store)
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { changePoints } from '../src/analysis/changePoints.ts';
import { dyadSeries } from '../src/analysis/dyadSeries.ts';
import { partners } from '../src/analysis/partners.ts';
import { patternTest } from '../src/analysis/patternTest.ts';
import { triangle } from '../src/analysis/triangle.ts';
import { DuckDbSql } from '../src/store/duckdbSql.ts';
import { EVENTS_DDL } from '../src/store/schema.ts';

const N = Number(process.env.BENCH_EVENTS ?? 10_000_000);
const PATH = `tmp/bench-analytics-${N}.duckdb`;
const RUNS = 5;

// 8 busy states take half the events; 60 others the rest. Dates over ten years, 2015-2024.
const MAJORS = ['RUS', 'CHN', 'USA', 'UKR', 'IRN', 'ISR', 'GBR', 'FRA'];
const OTHERS = Array.from({ length: 60 }, (_, i) => `C${String(i).padStart(2, '0')}`);
const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const GOLDSTEIN = [4, 1, 3.5, 5, 6, 7, 5, -5, -2, -4, -6, -6.5, -4, -7.2, -7, -9];
const list = (xs: readonly (string | number)[]): string => `[${xs.map((x) => (typeof x === 'number' ? String(x) : `'${x}'`)).join(', ')}]`;

async function generate(db: DuckDbSql): Promise<void> {
  await db.run(EVENTS_DDL);
  const actor = (r: string): string =>
    `CASE WHEN ${r} < 0.5 THEN ${list(MAJORS)}[1 + CAST(floor(random() * ${MAJORS.length}) AS INTEGER)]
          ELSE ${list(OTHERS)}[1 + CAST(floor(random() * ${OTHERS.length}) AS INTEGER)] END`;
  await db.run(`INSERT INTO events
    SELECT 'e' || i, d, 'day', ${list(TYPES)}[t + 1], NULL, lpad(CAST(t + 1 AS VARCHAR), 2, '0') || '0',
      CASE WHEN t < 4 THEN 1 WHEN t < 7 THEN 2 WHEN t < 11 THEN 3 ELSE 4 END,
      ${list(GOLDSTEIN)}[t + 1],
      CASE WHEN st < 0.6 THEN 'asserted' WHEN st < 0.8 THEN 'reported' WHEN st < 0.85 THEN 'historical'
           WHEN st < 0.92 THEN 'future' ELSE 'hedged' END,
      s || ':GOV', NULL, s, NULL, 'GOV', NULL,
      g || ':GOV', NULL, g, NULL, 'GOV', NULL,
      NULL, NULL, NULL, NULL, NULL, NULL,
      1 + CAST(floor(random() * 5) AS INTEGER), 1, 1, NULL, 'bench', 'bench', 'coded'
    FROM (
      SELECT i, DATE '2015-01-01' + CAST(floor(random() * 3653) AS INTEGER) AS d,
        CAST(floor(random() * 16) AS INTEGER) AS t, random() AS st,
        ${actor('random()')} AS s, ${actor('random()')} AS g
      FROM range(${N}) r(i)
    )`);
}

async function time<T>(label: string, fn: () => Promise<T>, describe: (r: T) => string): Promise<number> {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)] as number;
  console.log(`${label.padEnd(46)} median ${fmt(median)}  min ${fmt(times[0] as number)}  (${describe(last as T)})`);
  return median;
}
const fmt = (ms: number): string => `${(ms / 1000).toFixed(3)} s`.padStart(9);

async function main(): Promise<void> {
  mkdirSync('tmp', { recursive: true });
  if (process.argv.includes('--fresh')) rmSync(PATH, { force: true });
  const fresh = !existsSync(PATH);
  const db = await DuckDbSql.open(PATH);
  try {
    if (fresh) {
      const t0 = performance.now();
      await generate(db);
      console.log(`generated ${N.toLocaleString('en')} events in ${fmt(performance.now() - t0)} → ${PATH}`);
    }
    const [{ n } = { n: 0 }] = await db.all<{ n: number }>('SELECT COUNT(*) AS n FROM events');
    console.log(`events: ${n.toLocaleString('en')}; ${availableParallelism()} CPU threads; Node ${process.version}; ${RUNS} runs each\n`);

    const dyadWeek = await time(
      'dyad RUS–CHN by week, 10 years, with ids',
      () => dyadSeries(db, { a: 'RUS', b: 'CHN', by: 'week' }),
      (r) => `${r.buckets.length} buckets, ${r.totals.events} events`,
    );
    await time(
      'dyad RUS:GOV→USA by month, 2023, no ids',
      () => dyadSeries(db, { a: 'RUS:GOV', b: 'USA', by: 'month', directed: true, from: '2023-01-01', to: '2023-12-31', eventIds: false }),
      (r) => `${r.buckets.length} buckets, ${r.totals.events} events`,
    );
    const tri = await time(
      'triangle RUS/CHN/USA, 52 windows (30d / 7d)',
      () => triangle(db, { a: 'RUS', b: 'CHN', c: 'USA', window: '30d', step: '7d', from: '2023-01-02', to: '2024-01-23' }),
      (r) => `${r.windows.length} windows, ${r.transitions.length} transitions`,
    );
    const pat = await time(
      'pattern RUS-USA:CONSULT → RUS-CHN:CONSULT, 1000',
      () => patternTest(db, { trigger: 'RUS-USA:CONSULT', response: 'RUS-CHN:CONSULT', within: '14d', rounds: 1000, seed: 42 }),
      (r) => `${r.triggers} triggers, ${r.responseDays} response days, lift ${r.lift?.toFixed(3)}, p ${r.pValue?.toFixed(3)}`,
    );
    await time(
      'pattern *-*:ASSAULT → RUS-*:CONSULT, 1000',
      () => patternTest(db, { trigger: '*-*:ASSAULT', response: 'RUS-*:CONSULT', within: '7d', rounds: 1000, seed: 42 }),
      (r) => `${r.triggers} triggers, ${r.responseDays} response days, lift ${r.lift?.toFixed(3)}`,
    );
    await time(
      'changepoints RUS–CHN weekly (PELT)',
      () => changePoints(db, { a: 'RUS', b: 'CHN' }),
      (r) => `${r.series.length} weeks, ${r.changes.length} changes`,
    );
    await time(
      'partners RUS',
      () => partners(db, { a: 'RUS' }),
      (r) => `${r.partners} partners, ${r.events} events`,
    );
    const ok = (ms: number, limit: number): string => (ms < limit ? 'ok' : 'OVER');
    console.log(
      `\ntargets: dyad < 1 s ${ok(dyadWeek, 1000)}, triangle < 1 s ${ok(tri, 1000)}, pattern < 5 s ${ok(pat, 5000)}`,
    );
  } finally {
    db.close();
  }
}

await main();
