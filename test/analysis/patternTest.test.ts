import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patternTest } from '../../src/analysis/patternTest.ts';
import { mulberry32 } from '../../src/analysis/prng.ts';
import type { DuckDbSql } from '../../src/store/duckdbSql.ts';
import type { EventRow } from '../../src/store/schema.ts';
import { day, ev, eventsDb } from './fixtures.ts';

describe('patternTest on a hand-computed case', () => {
  // Period day 0..29, k = 5. Triggers (RUS–USA CONSULT) on days 2, 10, 20 (twice: one each way) and 27
  // (censored: 27 + 5 > 29). Responses (RUS–CHN CONSULT) on days 2 (same day: not after), 5, 14, 26.
  //   day 2 → 5 (lag 3) hit; day 10 → 14 (lag 4) hit; day 20 → nothing in 21..25, twice.
  //   conditional = 2 / 4; baseline: windows (t, t+5], t = 0..24, holding a response:
  //   t ∈ {0..4} ∪ {9..13} ∪ {21..24} → 14 / 25.
  const rows: EventRow[] = [
    ev({ id: 't02', date: day(2), src: 'RUS', tgt: 'USA', type: 'CONSULT' }),
    ev({ id: 't10', date: day(10), src: 'USA:GOV', tgt: 'RUS:GOV', type: 'CONSULT' }),
    ev({ id: 't20', date: day(20), src: 'RUS', tgt: 'USA', type: 'CONSULT' }),
    ev({ id: 't20b', date: day(20), src: 'USA', tgt: 'RUS', type: 'CONSULT' }),
    ev({ id: 't27', date: day(27), src: 'RUS', tgt: 'USA', type: 'CONSULT' }),
    ev({ id: 'r02', date: day(2), src: 'RUS', tgt: 'CHN', type: 'CONSULT' }),
    ev({ id: 'r05', date: day(5), src: 'CHN', tgt: 'RUS', type: 'CONSULT', mentions: 2 }),
    ev({ id: 'r05b', date: day(5), src: 'RUS', tgt: 'CHN', type: 'CONSULT', mentions: 7 }),
    ev({ id: 'r14', date: day(14), src: 'RUS', tgt: 'CHN', type: 'CONSULT' }),
    ev({ id: 'r26', date: day(26), src: 'RUS', tgt: 'CHN', type: 'CONSULT' }),
    ev({ id: 'r22hedged', date: day(22), src: 'RUS', tgt: 'CHN', type: 'CONSULT', status: 'hedged' }),
    ev({ id: 'noise', date: day(12), src: 'RUS', tgt: 'CHN', type: 'ACCUSE' }),
  ];
  let db: DuckDbSql;
  beforeAll(async () => {
    db = await eventsDb(rows);
  });
  afterAll(() => db.close());
  const opts = { trigger: 'RUS-USA:CONSULT', response: 'RUS-CHN:CONSULT', within: '5d', from: day(0), to: day(29), rounds: 200 };

  it('computes rates, lift and pairs', async () => {
    const r = await patternTest(db, opts);
    expect(r).toMatchObject({
      trigger: 'RUS-USA:CONSULT',
      response: 'RUS-CHN:CONSULT',
      withinDays: 5,
      from: day(0),
      to: day(29),
      triggers: 5,
      censoredTriggers: 1,
      responses: 5,
      responseDays: 4,
      hits: 2,
      conditionalRate: 0.5,
      baselineRate: 14 / 25,
      rounds: 200,
      seed: 42,
      pairsTruncated: false,
    });
    expect(r.lift).toBeCloseTo(0.5 / 0.56);
    expect(r.pairs.map((p) => [p.trigger.id, p.response.id, p.lagDays])).toEqual([
      ['t02', 'r05b', 3], // the most-mentioned response of the day
      ['t10', 'r14', 4],
    ]);
    expect(r.pValue).toBeGreaterThan(0);
    expect(r.pValue).toBeLessThanOrEqual(1);
  });

  it('respects direction, statuses and the pair limit', async () => {
    const directed = await patternTest(db, { ...opts, trigger: 'RUS>USA:CONSULT' });
    expect([directed.triggers, directed.censoredTriggers, directed.hits]).toEqual([3, 1, 1]);
    const all = await patternTest(db, { ...opts, includeAllStatuses: true });
    expect(all.hits).toBe(4); // the hedged day-22 response now follows both day-20 triggers
    const capped = await patternTest(db, { ...opts, maxPairs: 1 });
    expect(capped.pairs).toHaveLength(1);
    expect(capped.pairsTruncated).toBe(true);
  });

  it('is reproducible for a seed', async () => {
    const a = await patternTest(db, { ...opts, seed: 7 });
    const b = await patternTest(db, { ...opts, seed: 7 });
    expect(a.pValue).toBe(b.pValue);
    expect(a.nullMeanRate).toBe(b.nullMeanRate);
  });

  it('rejects bad input with E_USAGE naming the option', async () => {
    await expect(patternTest(db, { ...opts, trigger: 'RUS-USA:CONSLT' })).rejects.toThrow(/^trigger: unknown event type 'CONSLT'/);
    await expect(patternTest(db, { ...opts, response: 'RUS' })).rejects.toThrow(/^response: no dyad/);
    await expect(patternTest(db, { ...opts, within: '2 weeks' })).rejects.toThrow(/^within: /);
    await expect(patternTest(db, { ...opts, within: '30d' })).rejects.toThrow(/^within: 30 days is not shorter than the study period/);
    await expect(patternTest(db, { ...opts, rounds: 0 })).rejects.toThrow(/^rounds: /);
    await expect(patternTest(db, { ...opts, from: day(9), to: day(1) })).rejects.toMatchObject({ code: 'E_USAGE' });
  });
});

function randomDays(seed: number, n: number, span: number): number[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => Math.floor(rng() * span));
}

describe('patternTest on synthetic effects', () => {
  const span = 1096; // three years
  const period = { from: day(0), to: day(span - 1) };

  it('finds a strong effect: responses always 2–5 days after triggers → p < 0.01', async () => {
    const rng = mulberry32(3);
    const rows: EventRow[] = [];
    for (const t of randomDays(11, 60, span - 20)) {
      rows.push(ev({ date: day(t), src: 'RUS', tgt: 'USA', type: 'CONSULT' }));
      rows.push(ev({ date: day(t + 2 + Math.floor(rng() * 4)), src: 'RUS', tgt: 'CHN', type: 'CONSULT' }));
    }
    const db = await eventsDb(rows);
    try {
      const r = await patternTest(db, { trigger: 'RUS-USA:CONSULT', response: 'RUS-CHN:CONSULT', within: '14d', rounds: 1000, ...period });
      expect(r.conditionalRate).toBe(1);
      expect(r.lift).toBeGreaterThan(1.5);
      expect(r.pValue).toBeLessThan(0.01);
      // The first response after a trigger is its own (2–5 days) or an earlier-placed one of a nearby trigger.
      expect(r.pairs.every((p) => p.lagDays >= 1 && p.lagDays <= 5)).toBe(true);
      expect(r.pairs).toHaveLength(60);
    } finally {
      db.close();
    }
  });

  it('finds no effect when responses are placed independently: lift ≈ 1', async () => {
    const rows: EventRow[] = [
      ...randomDays(21, 150, span).map((t) => ev({ date: day(t), src: 'RUS', tgt: 'USA', type: 'CONSULT' })),
      ...randomDays(22, 80, span).map((t) => ev({ date: day(t), src: 'CHN', tgt: 'RUS', type: 'CONSULT' })),
      // Wildcards: every assault anywhere, as trigger, with the same independent responses.
      ...randomDays(23, 100, span).map((t, i) => ev({ date: day(t), src: i % 2 ? 'UKR' : 'SDN:REB', tgt: i % 3 ? 'RUS' : 'SDN:GOV', type: 'ASSAULT' })),
    ];
    const db = await eventsDb(rows);
    try {
      const r = await patternTest(db, { trigger: 'RUS-USA:CONSULT', response: 'RUS-CHN:CONSULT', within: '7d', ...period });
      expect(r.lift).toBeGreaterThan(0.8);
      expect(r.lift).toBeLessThan(1.2);
      expect(r.pValue).toBeGreaterThan(0.05);
      expect(Math.abs((r.nullMeanRate as number) - (r.baselineRate as number))).toBeLessThan(0.03);
      const wild = await patternTest(db, { trigger: '*-*:ASSAULT', response: 'RUS-*:CONSULT', within: '7d', ...period });
      expect(wild.triggers).toBe(100);
      expect(wild.lift).toBeGreaterThan(0.75);
      expect(wild.lift).toBeLessThan(1.25);
    } finally {
      db.close();
    }
  });
});
