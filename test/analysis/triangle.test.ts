import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeSign } from '../../src/analysis/cooperation.ts';
import { classifyTriangle, structuralBalance, type SignedEdge } from '../../src/analysis/dittmer.ts';
import { mulberry32 } from '../../src/analysis/prng.ts';
import { triangle } from '../../src/analysis/triangle.ts';
import type { DuckDbSql } from '../../src/store/duckdbSql.ts';
import type { EventRow } from '../../src/store/schema.ts';
import { day, ev, eventsDb } from './fixtures.ts';

const edges = (ab: EdgeSign, bc: EdgeSign, ac: EdgeSign): [SignedEdge, SignedEdge, SignedEdge] => [
  { pair: ['A', 'B'], sign: ab },
  { pair: ['B', 'C'], sign: bc },
  { pair: ['A', 'C'], sign: ac },
];

describe('classifyTriangle / structuralBalance (Dittmer, Heider)', () => {
  it.each([
    [['+', '+', '+'], { kind: 'menage-a-trois' }, 'balanced'],
    [['-', '-', '-'], { kind: 'unit-veto' }, 'unbalanced'],
    // Romantic triangle: the pivot is the actor shared by the two + edges.
    [['+', '+', '-'], { kind: 'romantic-triangle', pivot: 'B', wings: ['A', 'C'] }, 'unbalanced'],
    [['+', '-', '+'], { kind: 'romantic-triangle', pivot: 'A', wings: ['B', 'C'] }, 'unbalanced'],
    [['-', '+', '+'], { kind: 'romantic-triangle', pivot: 'C', wings: ['A', 'B'] }, 'unbalanced'],
    // Stable marriage: the + pair, and the outsider both are hostile to.
    [['+', '-', '-'], { kind: 'stable-marriage', pair: ['A', 'B'], outsider: 'C' }, 'balanced'],
    [['-', '+', '-'], { kind: 'stable-marriage', pair: ['B', 'C'], outsider: 'A' }, 'balanced'],
    [['-', '-', '+'], { kind: 'stable-marriage', pair: ['A', 'C'], outsider: 'B' }, 'balanced'],
    [['+', '0', '+'], { kind: 'indeterminate', reason: 'neutral' }, 'undetermined'],
    [['+', 'insufficient', '0'], { kind: 'indeterminate', reason: 'insufficient' }, 'undetermined'],
  ] as const)('%j → %j, %s', (signs, expected, balance) => {
    expect(classifyTriangle(edges(signs[0], signs[1], signs[2]))).toEqual(expected);
    expect(structuralBalance(signs)).toBe(balance);
  });
});

// Four back-to-back 30-day windows from 2024-01-01, each built to be one Dittmer class.
// Edges in result order: RUS–CHN, CHN–USA, RUS–USA.
function edge(x: string, y: string, start: number, coop: number, conflict: number): EventRow[] {
  const out: EventRow[] = [];
  for (let i = 0; i < coop; i++) out.push(ev({ date: day(start + i), src: i % 2 ? x : y, tgt: i % 2 ? y : x, type: 'CONSULT', goldstein: 1 }));
  for (let i = 0; i < conflict; i++) out.push(ev({ date: day(start + 10 + i), src: x, tgt: y, type: 'ACCUSE', goldstein: -2 }));
  return out;
}

const rows: EventRow[] = [
  // 1. ménage à trois
  ...edge('RUS', 'CHN', 0, 6, 0),
  ev({ id: 'top1', date: day(20), src: 'RUS', tgt: 'CHN', type: 'AID', goldstein: 7, mentions: 9 }),
  ev({ id: 'top2', date: day(21), src: 'CHN', tgt: 'RUS', type: 'AID', goldstein: 7, mentions: 3 }),
  ...edge('CHN', 'USA', 0, 5, 1),
  ...edge('RUS', 'USA', 0, 5, 0),
  // 2. romantic triangle, pivot USA: RUS–CHN hostile, both friendly with USA
  ...edge('RUS', 'CHN', 30, 1, 6),
  ...edge('CHN', 'USA', 30, 6, 1),
  ...edge('RUS', 'USA', 30, 5, 0),
  // 3. stable marriage RUS–CHN, outsider USA
  ...edge('RUS', 'CHN', 60, 8, 0),
  ...edge('CHN', 'USA', 60, 0, 5),
  ...edge('RUS', 'USA', 60, 1, 5),
  // 4. unit veto
  ...edge('RUS', 'CHN', 90, 0, 5),
  ...edge('CHN', 'USA', 90, 0, 5),
  ...edge('RUS', 'USA', 90, 0, 5),
  // 5. one edge with too little evidence, one neutral (3:3)
  ...edge('RUS', 'CHN', 120, 2, 0),
  ...edge('CHN', 'USA', 120, 3, 3),
  ...edge('RUS', 'USA', 120, 5, 0),
  // Not in the triangle, and not counted.
  ...edge('RUS', 'UKR', 0, 0, 9),
  ev({ date: day(95), src: 'RUS', tgt: 'CHN', type: 'AGREE', status: 'future' }),
];

let db: DuckDbSql;
beforeAll(async () => {
  db = await eventsDb(rows);
});
afterAll(() => db.close());

describe('triangle', () => {
  it('classifies each window, names pivot/pair/outsider and balance', async () => {
    const r = await triangle(db, { a: 'RUS', b: 'CHN', c: 'USA', window: '30d', step: '30d', from: day(0), to: day(149) });
    expect(r.actors).toEqual(['RUS', 'CHN', 'USA']);
    expect(r.windows.map((w) => [w.start, w.end])).toEqual([
      ['2024-01-01', '2024-01-30'],
      ['2024-01-31', '2024-02-29'],
      ['2024-03-01', '2024-03-30'],
      ['2024-03-31', '2024-04-29'],
      ['2024-04-30', '2024-05-29'],
    ]);
    expect(r.windows.map((w) => [w.dittmer, w.balance])).toEqual([
      [{ kind: 'menage-a-trois' }, 'balanced'],
      [{ kind: 'romantic-triangle', pivot: 'USA', wings: ['RUS', 'CHN'] }, 'unbalanced'],
      [{ kind: 'stable-marriage', pair: ['RUS', 'CHN'], outsider: 'USA' }, 'balanced'],
      [{ kind: 'unit-veto' }, 'unbalanced'],
      [{ kind: 'indeterminate', reason: 'insufficient' }, 'undetermined'],
    ]);
    const w1 = r.windows[0]!;
    expect(w1.edges.map((e) => [e.pair, e.events, e.coop, e.conflict, e.sign])).toEqual([
      [['RUS', 'CHN'], 8, 8, 0, '+'],
      [['CHN', 'USA'], 6, 5, 1, '+'],
      [['RUS', 'USA'], 5, 5, 0, '+'],
    ]);
    expect(w1.edges[1]!.netCooperation).toBeCloseTo(4 / 6);
    expect(w1.edges[0]!.goldsteinMean).toBeCloseTo((6 + 14) / 8);
    const last = r.windows[4]!;
    expect(last.edges.map((e) => [e.events, e.netCooperation, e.sign])).toEqual([
      [2, 1, 'insufficient'],
      [6, 0, '0'],
      [5, 1, '+'],
    ]);
  });

  it('lists each edge’s top events by |Goldstein| then mentions', async () => {
    const r = await triangle(db, { a: 'RUS', b: 'CHN', c: 'USA', window: '30d', step: '30d', from: day(0), to: day(29) });
    const top = r.windows[0]!.edges[0]!.topEvents;
    expect(top.map((e) => e.id).slice(0, 2)).toEqual(['top1', 'top2']);
    expect(top).toHaveLength(3);
    expect(top[0]).toMatchObject({ date: day(20), type: 'AID', goldstein: 7, mentions: 9, source: 'RUS', target: 'CHN', status: 'asserted' });
    // In the unit-veto window the conflict events (−2) outrank everything else.
    const r4 = await triangle(db, { a: 'RUS', b: 'CHN', c: 'USA', window: '30d', step: '30d', from: day(90), to: day(119) });
    expect(r4.windows[0]!.edges[2]!.topEvents.every((e) => e.type === 'ACCUSE')).toBe(true);
  });

  it('reports transitions between consecutive windows with the edges that flipped', async () => {
    const r = await triangle(db, { a: 'RUS', b: 'CHN', c: 'USA', window: '30d', step: '30d', from: day(0), to: day(119) });
    expect(r.transitions.map((t) => [t.to, t.before.kind, t.after.kind, t.balanceAfter])).toEqual([
      ['2024-01-31', 'menage-a-trois', 'romantic-triangle', 'unbalanced'],
      ['2024-03-01', 'romantic-triangle', 'stable-marriage', 'balanced'],
      ['2024-03-31', 'stable-marriage', 'unit-veto', 'unbalanced'],
    ]);
    expect(r.transitions[0]!.changedEdges).toEqual([{ pair: ['RUS', 'CHN'], before: '+', after: '-' }]);
  });

  it('applies min-events and threshold', async () => {
    const r = await triangle(db, { a: 'RUS', b: 'CHN', c: 'USA', window: '30d', step: '30d', from: day(120), to: day(149), minEvents: 2, threshold: 0 });
    expect(r.windows[0]!.edges.map((e) => e.sign)).toEqual(['+', '0', '+']);
    const strict = await triangle(db, { a: 'RUS', b: 'CHN', c: 'USA', window: '30d', step: '30d', from: day(0), to: day(29), threshold: 0.7 });
    expect(strict.windows[0]!.edges.map((e) => e.sign)).toEqual(['+', '0', '+']); // CHN–USA at 0.67
  });

  it('makes 52 windows of 30 days every 7 days over 387 days', async () => {
    const r = await triangle(db, { a: 'RUS', b: 'CHN', c: 'USA', from: day(0), to: day(386) });
    expect(r.windows).toHaveLength(52);
    expect(r.windows[51]!.end).toBe(day(386));
  });

  it('spans the data when no period is given, and is empty without events', async () => {
    const r = await triangle(db, { a: 'RUS', b: 'CHN', c: 'USA', window: '30d', step: '30d' });
    expect(r.windows[0]!.start).toBe(day(0));
    const none = await triangle(db, { a: 'IRN', b: 'PRK', c: 'VEN', window: '30d', step: '30d' });
    expect(none.windows).toEqual([]);
  });

  it('rejects bad input with E_USAGE naming the option', async () => {
    const base = { a: 'RUS', b: 'CHN', c: 'USA' };
    await expect(triangle(db, { ...base, window: '30x' })).rejects.toThrow(/^window: /);
    await expect(triangle(db, { ...base, step: '0d' })).rejects.toThrow(/^step: /);
    await expect(triangle(db, { ...base, minEvents: -1 })).rejects.toThrow(/^min-events: /);
    await expect(triangle(db, { ...base, c: 'RUS' })).rejects.toThrow(/must differ/);
    await expect(triangle(db, { ...base, from: day(10), to: day(0) })).rejects.toMatchObject({ code: 'E_USAGE' });
  });
});

describe('triangle windows agree with a direct count', () => {
  it('sliding windows over random events match brute force', async () => {
    const rng = mulberry32(7);
    const actors = ['RUS', 'CHN', 'USA', 'UKR'];
    const random: EventRow[] = [];
    for (let i = 0; i < 400; i++) {
      const s = actors[Math.floor(rng() * 4)]!;
      const t = actors[Math.floor(rng() * 4)]!;
      const quad = (1 + Math.floor(rng() * 4)) as 1 | 2 | 3 | 4;
      random.push(ev({ date: day(Math.floor(rng() * 200)), src: s, tgt: t, quad, status: rng() < 0.1 ? 'hedged' : 'asserted' }));
    }
    const db2 = await eventsDb(random);
    try {
      const r = await triangle(db2, { a: 'RUS', b: 'CHN', c: 'USA', window: '21d', step: '5d', from: day(0), to: day(199), minEvents: 1 });
      const pairs = [['RUS', 'CHN'], ['CHN', 'USA'], ['RUS', 'USA']];
      for (const w of r.windows) {
        w.edges.forEach((e, k) => {
          const [x, y] = pairs[k]!;
          const inWin = random.filter(
            (row) => row.status === 'asserted' && row.date! >= w.start && row.date! <= w.end &&
              ((row.source_country === x && row.target_country === y) || (row.source_country === y && row.target_country === x)),
          );
          expect([e.events, e.coop, e.conflict]).toEqual([
            inWin.length,
            inWin.filter((row) => row.quad_class <= 2).length,
            inWin.filter((row) => row.quad_class >= 3).length,
          ]);
        });
      }
    } finally {
      db2.close();
    }
  });
});
