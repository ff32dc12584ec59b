// The relations analytics over the shipped demo corpus (demo/corpus.jsonl, see demo/README.md), built
// exactly as `entente demo` builds it. The assertions are reasoned from the README (what happened, not what
// the coder currently finds) and kept loose enough to survive coder tuning; a compact summary of the
// results is compared with demo.golden.json so that any change in what the analytics report is visible.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changePoints,
  classifyTriangle,
  dyadSeries,
  partners,
  patternTest,
  structuralBalance,
  triangle,
  type ChangePointResult,
  type DittmerClass,
  type DyadSeries,
  type EdgeSign,
  type PartnersResult,
  type PatternTestResult,
  type QuadCounts,
  type TriangleResult,
} from '../../src/analysis/index.ts';
import { runDemo } from '../../src/cli/commands/demo.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { Store } from '../../src/store/Store.ts';
import { expectGolden } from '../helpers/golden.ts';

const GOLDEN = fileURLToPath(new URL('./demo.golden.json', import.meta.url));
const PERIOD = { from: '2024-01-01', to: '2025-12-31' } as const;
const COUNTED = ['asserted', 'reported', 'historical'];
// 90-day windows leave the sparse CHN–USA edge below two events almost everywhere; 120 days every 30 days
// gives several fully signed windows in 2025 while still separating the quiet 2024 from the busy 2025.
const TRI = { a: 'RUS', b: 'CHN', c: 'USA', window: '120d', step: '30d', minEvents: 2 } as const;
const SIGNS: readonly EdgeSign[] = ['+', '-', '0', 'insufficient'];
const DITTMER_KINDS = ['menage-a-trois', 'romantic-triangle', 'stable-marriage', 'unit-veto', 'indeterminate'];

// From demo/README.md: months with a Russia–China meeting or call (001, 003, 009–010, 021, 028, 035, 049,
// 054, 057, 063–065) and the days of the consultations that follow a Russia–US contact.
const README_RUS_CHN_MONTHS = ['2024-04', '2024-05', '2024-10', '2025-02', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'];
const README_FOLLOW_UPS = ['2025-02-24', '2025-04-01', '2025-05-08', '2025-06-19', '2025-07-13', '2025-08-08'];
// Russia–US contacts with no Russia–China consultation within 14 days (040 on 19 May, Anchorage on 15 Aug).
const README_UNFOLLOWED = ['2025-05-19', '2025-08-15'];

const DAY = 86_400_000;
const dayNum = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const r3 = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000 + 0);
const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
const pairKey = (x: string, y: string): string => [x, y].sort().join('-');
const quadLine = (q: QuadCounts): string => `${q[1]}/${q[2]}/${q[3]}/${q[4]}`;
const typeLine = (t: Record<string, number>): string =>
  Object.entries(t)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([k, n]) => `${k} ${n}`)
    .join(' ');

interface EventCheck extends Record<string, unknown> {
  id: string;
  date: string;
  date_precision: string;
  type: string;
  status: string;
  source_country: string | null;
  target_country: string | null;
}

let dir: string;
let store: Store;
let dyad: DyadSeries;
let tri: TriangleResult;
let pattern: PatternTestResult;
let rusPartners: PartnersResult;
let rusUkr: ChangePointResult;

async function eventsById(ids: readonly string[]): Promise<Map<string, EventCheck>> {
  if (ids.length === 0) return new Map();
  const rows = await store.all<EventCheck>(
    `SELECT id, CAST(date AS VARCHAR) AS date, date_precision, type, status, source_country, target_country
     FROM events WHERE id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})`,
    ids,
  );
  return new Map(rows.map((r) => [String(r.id), { ...r, date: String(r.date).slice(0, 10) }]));
}

function dittmerLabel(c: DittmerClass): string {
  switch (c.kind) {
    case 'romantic-triangle':
      return `romantic-triangle pivot ${c.pivot}`;
    case 'stable-marriage':
      return `stable-marriage ${c.pair.join('+')} outsider ${c.outsider}`;
    case 'indeterminate':
      return `indeterminate (${c.reason})`;
    default:
      return c.kind;
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-demo-analytics-'));
  const db = join(dir, 'demo.duckdb');
  const sink = new Writable({ write: (_c, _e, done) => done() });
  await runDemo({ db, fresh: true, json: true }, { stdout: sink, stderr: sink as unknown as NodeJS.WriteStream });
  store = await openStore({ db });
  dyad = await dyadSeries(store, { a: 'RUS', b: 'CHN', by: 'month', ...PERIOD });
  tri = await triangle(store, { ...TRI, ...PERIOD });
  pattern = await patternTest(store, {
    trigger: 'RUS-USA:CONSULT',
    response: 'RUS-CHN:CONSULT',
    within: '14d',
    rounds: 1000,
    seed: 42,
    ...PERIOD,
  });
  rusPartners = await partners(store, { a: 'RUS', ...PERIOD });
  rusUkr = await changePoints(store, { a: 'RUS', b: 'UKR', by: 'week', metric: 'netCooperation', method: 'pelt', ...PERIOD });
}, 180_000);

afterAll(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('demo corpus: RUS–CHN dyad by month', () => {
  it('is a regular monthly series whose buckets add up', () => {
    expect(dyad.buckets).toHaveLength(24);
    expect(dyad.buckets[0]?.start).toBe('2024-01-01');
    expect(dyad.buckets.at(-1)?.start).toBe('2025-12-01');
    for (const b of dyad.buckets) {
      expect(sum(Object.values(b.byQuad)), b.start).toBe(b.events);
      expect(sum(Object.values(b.byType)), b.start).toBe(b.events);
      expect(new Set(b.eventIds).size, b.start).toBe(b.events);
    }
    expect(sum(dyad.buckets.map((b) => b.events))).toBe(dyad.totals.events);
  });

  it('is cooperative: active in the README months, no conflict to speak of, positive net cooperation', () => {
    const active = new Set(dyad.buckets.filter((b) => b.events > 0).map((b) => b.start.slice(0, 7)));
    const found = README_RUS_CHN_MONTHS.filter((m) => active.has(m));
    expect(found.length, `active months: ${[...active].join(', ')}`).toBeGreaterThanOrEqual(8);
    // Outside those months the corpus has no Russia–China contact; allow one stray (mis-dated) event.
    const stray = dyad.buckets.filter((b) => !README_RUS_CHN_MONTHS.includes(b.start.slice(0, 7)));
    expect(sum(stray.map((b) => b.events))).toBeLessThanOrEqual(1);
    // Nothing in the README is hostile between Moscow and Beijing.
    const conflictMonths = dyad.buckets.filter((b) => b.byQuad[3] + b.byQuad[4] > 0);
    expect(conflictMonths.length).toBeLessThanOrEqual(1);
    expect(dyad.totals.events).toBeGreaterThanOrEqual(8);
    expect(dyad.totals.netCooperation).toBeGreaterThan(0.5);
    expect(dyad.totals.goldsteinMean).toBeGreaterThan(0);
  });

  it('lists, per bucket, events that exist, join RUS and CHN, are counted and fall in the bucket', async () => {
    const ids = dyad.buckets.flatMap((b) => b.eventIds);
    const rows = await eventsById(ids);
    expect(rows.size).toBe(ids.length);
    for (const b of dyad.buckets) {
      for (const id of b.eventIds) {
        const e = rows.get(id);
        expect(e, id).toBeDefined();
        if (!e) continue;
        expect([e.source_country, e.target_country].sort(), id).toEqual(['CHN', 'RUS']);
        expect(COUNTED, id).toContain(e.status);
        expect(e.date_precision, id).not.toBe('before');
        expect(e.date >= b.start && e.date <= b.end, `${id} on ${e.date} in ${b.start}..${b.end}`).toBe(true);
      }
    }
  });
});

describe('demo corpus: RUS–CHN–USA triangle', () => {
  it('has regular windows whose edges are signed from their own counts', () => {
    expect(tri.windows).toHaveLength(Math.floor((dayNum(PERIOD.to) - dayNum(PERIOD.from) + 1 - 120) / 30) + 1);
    tri.windows.forEach((w, i) => {
      expect(dayNum(w.start) - dayNum(PERIOD.from)).toBe(30 * i);
      expect(dayNum(w.end) - dayNum(w.start)).toBe(119);
      expect(w.edges.map((e) => e.pair.join('-'))).toEqual(['RUS-CHN', 'CHN-USA', 'RUS-USA']);
      for (const e of w.edges) {
        expect(SIGNS).toContain(e.sign);
        expect(e.coop + e.conflict).toBe(e.events);
        if (e.events < TRI.minEvents) expect(e.sign).toBe('insufficient');
        else if ((e.netCooperation ?? 0) > tri.threshold) expect(e.sign).toBe('+');
        else if ((e.netCooperation ?? 0) < -tri.threshold) expect(e.sign).toBe('-');
        else expect(e.sign).toBe('0');
        expect(e.topEvents.length).toBeLessThanOrEqual(Math.min(3, e.events));
        for (const t of e.topEvents) expect(t.date >= w.start && t.date <= w.end).toBe(true);
      }
      expect(DITTMER_KINDS).toContain(w.dittmer.kind);
      expect(w.dittmer).toEqual(classifyTriangle(w.edges));
      expect(w.balance).toBe(structuralBalance(w.edges.map((e) => e.sign)));
    });
  });

  it('counts per window what the daily dyad series counts', async () => {
    for (const [x, y] of [['RUS', 'CHN'], ['CHN', 'USA'], ['RUS', 'USA']] as const) {
      const daily = await dyadSeries(store, { a: x, b: y, by: 'day', fillEmpty: false, eventIds: false, ...PERIOD });
      for (const w of tri.windows) {
        const expected = sum(daily.buckets.filter((b) => b.start >= w.start && b.start <= w.end).map((b) => b.events));
        const edge = w.edges.find((e) => pairKey(...e.pair) === pairKey(x, y));
        expect(edge?.events, `${x}-${y} ${w.start}`).toBe(expected);
      }
    }
  });

  it('reads as the README tells it: RUS–CHN never hostile, RUS–USA silent in 2024 and friendly in early 2025', () => {
    const edge = (w: TriangleResult['windows'][number], x: string, y: string) => w.edges.find((e) => pairKey(...e.pair) === pairKey(x, y));
    for (const w of tri.windows) expect(edge(w, 'RUS', 'CHN')?.sign).not.toBe('-');
    // Before 2025 the only Russia–US contact is the August 2024 prisoner exchange: never two events.
    for (const w of tri.windows.filter((x) => x.end < '2025-01-01')) expect(edge(w, 'RUS', 'USA')?.sign).toBe('insufficient');
    // Feb–Mar 2025: Trump–Putin call, Rubio–Lavrov call and Riyadh talks, Istanbul, Witkoff in Moscow.
    const spring = tri.windows.filter((w) => w.start <= '2025-02-12' && w.end >= '2025-03-18');
    expect(spring.length).toBeGreaterThan(0);
    for (const w of spring) {
      expect(edge(w, 'RUS', 'USA')?.events).toBeGreaterThanOrEqual(4);
      expect(edge(w, 'RUS', 'USA')?.sign).toBe('+');
    }
    // Some windows are fully signed, and Russia is then on good terms with both (any hostility is CHN–USA).
    const classified = tri.windows.filter((w) => w.dittmer.kind !== 'indeterminate');
    expect(classified.length).toBeGreaterThanOrEqual(1);
    for (const w of classified) {
      expect(['menage-a-trois', 'romantic-triangle pivot RUS']).toContain(dittmerLabel(w.dittmer));
    }
  });
});

describe('demo corpus: pattern RUS-USA:CONSULT → RUS-CHN:CONSULT within 14 days', () => {
  it('finds the consultations that follow contacts with Washington, with lift above 1', () => {
    const p = pattern;
    expect(p.from).toBe(PERIOD.from);
    expect(p.to).toBe(PERIOD.to);
    expect(p.triggers).toBeGreaterThanOrEqual(8);
    expect(p.triggers).toBeLessThanOrEqual(25);
    expect(p.censoredTriggers).toBe(0);
    expect(p.responses).toBeGreaterThanOrEqual(6);
    expect(p.responseDays).toBeLessThanOrEqual(p.responses);
    expect(p.hits).toBeGreaterThanOrEqual(3);
    expect(p.pairsTruncated).toBe(false);
    expect(p.pairs).toHaveLength(p.hits);
    expect(p.conditionalRate).toBeCloseTo(p.hits / (p.triggers - p.censoredTriggers), 9);
    expect(p.baselineRate).toBeGreaterThan(0);
    expect(p.baselineRate).toBeLessThan(0.5);
    expect(p.lift).toBeGreaterThan(1);
    expect(p.lift).toBeCloseTo((p.conditionalRate ?? 0) / (p.baselineRate ?? 1), 9);
    expect(p.nullMeanRate).toBeLessThan(p.conditionalRate ?? 0);
    expect(p.pValue).toBeGreaterThan(0);
    expect(p.pValue).toBeLessThanOrEqual(0.2);
  });

  it('lists pairs of real RUS–USA and RUS–CHN consultations 1–14 days apart, near the README follow-ups', async () => {
    const rows = await eventsById(pattern.pairs.flatMap((x) => [x.trigger.id, x.response.id]));
    for (const x of pattern.pairs) {
      const lag = dayNum(x.response.date) - dayNum(x.trigger.date);
      expect(lag).toBe(x.lagDays);
      expect(lag).toBeGreaterThanOrEqual(1);
      expect(lag).toBeLessThanOrEqual(14);
      const t = rows.get(x.trigger.id);
      const r = rows.get(x.response.id);
      expect([t?.source_country, t?.target_country].sort()).toEqual(['RUS', 'USA']);
      expect([r?.source_country, r?.target_country].sort()).toEqual(['CHN', 'RUS']);
      expect([t?.type, r?.type]).toEqual(['CONSULT', 'CONSULT']);
      expect(README_UNFOLLOWED).not.toContain(x.trigger.date);
    }
    const nearReadme = pattern.pairs.filter((x) => README_FOLLOW_UPS.some((d) => Math.abs(dayNum(d) - dayNum(x.response.date)) <= 7));
    expect(nearReadme.length).toBeGreaterThanOrEqual(3);
  });
});

describe('demo corpus: partners of RUS', () => {
  it('are led by CHN, USA and UKR, with Ukraine the most conflictual', () => {
    const byCode = new Map(rusPartners.byVolume.map((p) => [p.partner, p]));
    expect(rusPartners.byVolume.slice(0, 3).map((p) => p.partner).sort()).toEqual(['CHN', 'UKR', 'USA']);
    expect(byCode.has('RUS')).toBe(false);
    for (const p of rusPartners.byVolume) {
      expect(p.outgoing + p.incoming).toBe(p.events);
      expect(p.coop + p.conflict).toBe(p.events);
    }
    expect(sum(rusPartners.byVolume.map((p) => p.events))).toBeLessThanOrEqual(rusPartners.events);
    const chn = byCode.get('CHN');
    expect(chn?.events).toBe(dyad.totals.events);
    expect(chn?.netCooperation).toBe(dyad.totals.netCooperation);
    expect(byCode.get('USA')?.netCooperation).toBeGreaterThan(0.5);
    const ukr = byCode.get('UKR');
    // Strikes on Kyiv, the grid, Sumy; the Kursk incursion.
    expect(ukr?.conflict).toBeGreaterThanOrEqual(3);
    expect(ukr?.netCooperation ?? 1).toBeLessThan(chn?.netCooperation ?? -1);
    expect(rusPartners.mostConflictual[0]?.partner).toBe('UKR');
  });
});

describe('demo corpus: change points in RUS–UKR weekly net cooperation', () => {
  it('segments the series consistently, with 2024 all conflict and 2025 more cooperative', async () => {
    const s = rusUkr.series;
    expect(s.length).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < s.length; i++) {
      const pt = s[i];
      if (!pt) continue;
      expect(new Date(`${pt.start}T00:00:00Z`).getUTCDay()).toBe(1); // weeks start on Monday
      expect(pt.events).toBeGreaterThanOrEqual(1);
      expect(Math.abs(pt.value)).toBeLessThanOrEqual(1);
      if (i > 0) expect(pt.start > (s[i - 1]?.start ?? '')).toBe(true);
    }
    const whole = await dyadSeries(store, { a: 'RUS', b: 'UKR', by: 'week', eventIds: false, ...PERIOD });
    expect(sum(s.map((p) => p.events))).toBe(whole.totals.events);

    expect(sum(rusUkr.segments.map((g) => g.points))).toBe(s.length);
    let at = 0;
    for (const g of rusUkr.segments) {
      const part = s.slice(at, at + g.points);
      expect(g.start).toBe(part[0]?.start);
      expect(g.end).toBe(part.at(-1)?.start);
      expect(g.mean).toBeCloseTo(mean(part.map((p) => p.value)), 9);
      at += g.points;
    }
    expect(rusUkr.changes).toHaveLength(rusUkr.segments.length - 1);
    rusUkr.changes.forEach((c, i) => {
      expect(c.date).toBe(rusUkr.segments[i + 1]?.start);
      expect(c.before).toBeCloseTo(rusUkr.segments[i]?.mean ?? NaN, 9);
      expect(c.after).toBeCloseTo(rusUkr.segments[i + 1]?.mean ?? NaN, 9);
      expect(c.delta).toBeCloseTo(c.after - c.before, 9);
    });

    // README 2024: strikes on Kyiv (004), the grid (007), energy (012), the Kursk incursion (006): no cooperation.
    const y2024 = s.filter((p) => p.start < '2025-01-01');
    const y2025 = s.filter((p) => p.start >= '2025-01-01');
    expect(y2024.length).toBeGreaterThanOrEqual(2);
    expect(y2025.length).toBeGreaterThanOrEqual(2);
    for (const p of y2024) expect(p.value).toBeLessThanOrEqual(0);
    // 2025: energy-strike pause, Istanbul talks, prisoner exchange.
    expect(mean(y2025.map((p) => p.value))).toBeGreaterThan(mean(y2024.map((p) => p.value)));
    if (rusUkr.changes.length > 0) expect(rusUkr.changes[0]?.delta).toBeGreaterThan(0);
  });
});

describe('demo corpus: golden summary', () => {
  it('matches demo.golden.json', () => {
    const summary = {
      period: PERIOD,
      dyad: {
        pair: 'RUS-CHN',
        by: dyad.by,
        buckets: dyad.buckets.length,
        emptyBuckets: dyad.buckets.filter((b) => b.events === 0).length,
        // One line per non-empty month: events, counts by QuadClass 1/2/3/4, types, Goldstein mean, net cooperation.
        months: dyad.buckets
          .filter((b) => b.events > 0)
          .map(
            (b) =>
              `${b.start.slice(0, 7)}: ${b.events} ev, quad ${quadLine(b.byQuad)}, ${typeLine(b.byType)}, goldstein ${r3(b.goldsteinMean)}, net ${r3(b.netCooperation)}`,
          ),
        totals: `${dyad.totals.events} ev, quad ${quadLine(dyad.totals.byQuad)}, ${typeLine(dyad.totals.byType)}, goldstein sum ${r3(dyad.totals.goldsteinSum)} mean ${r3(dyad.totals.goldsteinMean)}, net ${r3(dyad.totals.netCooperation)}`,
      },
      triangle: {
        actors: tri.actors,
        window: tri.windowDays,
        step: tri.stepDays,
        minEvents: tri.minEvents,
        threshold: tri.threshold,
        // One line per window: start..end, then per edge "pair events sign", then the class and balance.
        windows: tri.windows.map(
          (w) =>
            `${w.start}..${w.end} | ${w.edges.map((e) => `${e.pair.join('-')} ${e.events} ${e.sign}`).join(', ')} | ${dittmerLabel(w.dittmer)} | ${w.balance}`,
        ),
        transitions: tri.transitions.map(
          (t) => `${t.from}->${t.to}: ${dittmerLabel(t.before)} -> ${dittmerLabel(t.after)} [${t.changedEdges.map((c) => `${c.pair.join('-')} ${c.before}->${c.after}`).join(', ')}]`,
        ),
      },
      pattern: {
        trigger: pattern.trigger,
        response: pattern.response,
        withinDays: pattern.withinDays,
        triggers: pattern.triggers,
        censoredTriggers: pattern.censoredTriggers,
        responses: pattern.responses,
        responseDays: pattern.responseDays,
        hits: pattern.hits,
        conditionalRate: r3(pattern.conditionalRate),
        baselineRate: r3(pattern.baselineRate),
        lift: r3(pattern.lift),
        nullMeanRate: r3(pattern.nullMeanRate),
        pValue: r3(pattern.pValue),
        pairs: pattern.pairs.map((x) => `${x.trigger.date} -> ${x.response.date} (${x.lagDays}d)`).sort(),
      },
      partners: {
        of: 'RUS',
        partners: rusPartners.partners,
        events: rusPartners.events,
        byVolume: rusPartners.byVolume.map((p) => `${p.partner} ${p.events} (${p.coop}+/${p.conflict}-) net ${r3(p.netCooperation)}`),
        mostCooperative: rusPartners.mostCooperative.map((p) => p.partner),
        mostConflictual: rusPartners.mostConflictual.map((p) => p.partner),
      },
      changePoints: {
        pair: 'RUS-UKR',
        by: rusUkr.by,
        method: rusUkr.method,
        metric: rusUkr.metric,
        series: rusUkr.series.map((p) => `${p.start} ${p.events} ${r3(p.value)}`),
        segments: rusUkr.segments.map((g) => `${g.start}..${g.end} n=${g.points} mean ${r3(g.mean)}`),
        changes: rusUkr.changes.map((c) => `${c.date}: ${r3(c.before)} -> ${r3(c.after)}`),
      },
    };
    expectGolden(GOLDEN, summary);
  });
});
