import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bocpd } from '../../src/analysis/bocpd.ts';
import { changePoints } from '../../src/analysis/changePoints.ts';
import { pelt } from '../../src/analysis/pelt.ts';
import { mulberry32 } from '../../src/analysis/prng.ts';
import type { DuckDbSql } from '../../src/store/duckdbSql.ts';
import type { EventRow } from '../../src/store/schema.ts';
import { day, ev, eventsDb } from './fixtures.ts';

function noise(seed: number): () => number {
  const rng = mulberry32(seed);
  // Sum of uniforms: roughly normal, mean 0, sd ≈ 1.
  return () => rng() + rng() + rng() + rng() - 2 + (rng() + rng() - 1) * 0.6;
}

describe('pelt', () => {
  it('finds one shift of the mean at the right index', () => {
    const n = noise(1);
    const x = [...Array.from({ length: 40 }, () => 2 + n() * 0.5), ...Array.from({ length: 40 }, () => -1 + n() * 0.5)];
    const r = pelt(x);
    expect(r.changes).toEqual([40]);
    expect(r.penalty).toBeCloseTo(2 * Math.log(80));
  });

  it('finds two shifts and none in pure noise', () => {
    const n = noise(2);
    const x = [0, 3, 0].flatMap((m) => Array.from({ length: 30 }, () => m + n() * 0.4));
    expect(pelt(x).changes).toEqual([30, 60]);
    expect(pelt(Array.from({ length: 100 }, () => n())).changes).toEqual([]);
    expect(pelt([1, 1, 1, 1, 1, 1]).changes).toEqual([]);
    expect(pelt([]).changes).toEqual([]);
  });
});

describe('bocpd', () => {
  it('finds the same obvious shift', () => {
    const n = noise(4);
    const x = [...Array.from({ length: 40 }, () => 2 + n() * 0.5), ...Array.from({ length: 40 }, () => -1 + n() * 0.5)];
    const r = bocpd(x);
    expect(r.changes).toHaveLength(1);
    expect(Math.abs((r.changes[0] as number) - 40)).toBeLessThanOrEqual(1);
    expect(bocpd(Array.from({ length: 60 }, () => n() * 0.5)).changes).toEqual([]);
  });
});

describe('changePoints on a dyad', () => {
  // 30 weeks of cooperation (Goldstein mean ≈ +3) from Monday 2024-01-01, then 30 of conflict (≈ −4),
  // 3–6 events a week; the shift is in week 30 (2024-07-29).
  const rows: EventRow[] = [];
  const rng = mulberry32(9);
  for (let w = 0; w < 60; w++) {
    const count = 3 + Math.floor(rng() * 4);
    for (let i = 0; i < count; i++) {
      const coop = w < 30;
      const g = (coop ? 3 : -4) + (rng() - 0.5) * 3;
      rows.push(ev({ date: day(w * 7 + Math.floor(rng() * 7)), src: i % 2 ? 'RUS' : 'UKR', tgt: i % 2 ? 'UKR' : 'RUS', quad: coop ? 1 : 4, goldstein: g }));
    }
  }
  let db: DuckDbSql;
  beforeAll(async () => {
    db = await eventsDb(rows);
  });
  afterAll(() => db.close());
  const truth = day(30 * 7);

  it.each(['pelt', 'bocpd'] as const)('%s finds the change within a week, with before/after means', async (method) => {
    const r = await changePoints(db, { a: 'RUS', b: 'UKR', method });
    expect(r.series).toHaveLength(60);
    expect(r.changes).toHaveLength(1);
    const c = r.changes[0]!;
    expect(Math.abs(Date.parse(c.date) - Date.parse(truth)) / 86_400_000).toBeLessThanOrEqual(7);
    expect(c.before).toBeGreaterThan(2.5);
    expect(c.after).toBeLessThan(-3.5);
    expect(c.delta).toBeCloseTo(c.after - c.before);
    expect(r.segments.map((s) => s.points)).toEqual([c.index, 60 - c.index]);
  });

  it('works on net cooperation too, and skips empty weeks', async () => {
    const r = await changePoints(db, { a: 'RUS', b: 'UKR', metric: 'netCooperation' });
    expect(r.changes.map((c) => [c.date, c.before, c.after])).toEqual([[truth, 1, -1]]);
    const sparse = await changePoints(db, { a: 'RUS', b: 'UKR', from: day(0), to: day(500), by: 'week' });
    expect(sparse.series.every((p) => p.events > 0)).toBe(true);
  });

  it('rejects unknown methods and metrics', async () => {
    await expect(changePoints(db, { a: 'RUS', b: 'UKR', method: 'cusum' as 'pelt' })).rejects.toThrow(/^method: /);
    await expect(changePoints(db, { a: 'RUS', b: 'UKR', metric: 'tone' as 'goldstein' })).rejects.toThrow(/^metric: /);
    await expect(changePoints(db, { a: 'RUS', b: 'UKR', penalty: -1 })).rejects.toThrow(/^penalty: /);
  });
});
