import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dyadSeries } from '../../src/analysis/dyadSeries.ts';
import { DuckDbSql } from '../../src/store/duckdbSql.ts';
import { ev, eventsDb } from './fixtures.ts';

// Week of Monday 2024-01-01 and of Monday 2024-01-15; the week between is empty.
const rows = [
  ev({ id: 'w1a', date: '2024-01-02', src: 'RUS', tgt: 'CHN', type: 'CONSULT', goldstein: 1 }),
  ev({ id: 'w1b', date: '2024-01-03', src: 'CHN', tgt: 'RUS', type: 'AGREE', goldstein: 4, status: 'reported' }),
  ev({ id: 'w1c', date: '2024-01-05', src: 'RUS', tgt: 'CHN', type: 'ACCUSE', goldstein: -2, status: 'historical' }),
  ev({ id: 'w1future', date: '2024-01-04', src: 'RUS', tgt: 'CHN', type: 'CONSULT', status: 'future' }),
  ev({ id: 'w1hedged', date: '2024-01-04', src: 'RUS', tgt: 'CHN', type: 'CONSULT', status: 'hedged' }),
  // Only a bound ("their earlier talks"): never placed on a day.
  ev({ id: 'w1before', date: '2024-01-06', src: 'RUS', tgt: 'CHN', type: 'CONSULT', precision: 'before' }),
  ev({ id: 'nodate', date: null, src: 'RUS', tgt: 'CHN', type: 'CONSULT' }),
  ev({ id: 'other', date: '2024-01-02', src: 'RUS', tgt: 'USA', type: 'CONSULT' }),
  ev({ id: 'w3a', date: '2024-01-16', src: 'CHN', tgt: 'RUS', type: 'COOPERATE', goldstein: 6 }),
  ev({ id: 'w3b', date: '2024-01-17', src: 'RUS:GOV', tgt: 'CHN:GOV', type: 'SANCTION', goldstein: -5 }),
  ev({ id: 'nato', date: '2024-01-20', src: 'NATO', tgt: 'RUS:MIL', type: 'THREATEN', goldstein: -6 }),
  ev({ id: 'putin', date: '2024-01-25', src: 'putin@RUS', tgt: 'xi@CHN', type: 'CONSULT', goldstein: 1 }),
];

let db: DuckDbSql;
beforeAll(async () => {
  db = await eventsDb(rows);
});
afterAll(() => db.close());

describe('dyadSeries', () => {
  it('buckets by week with counts, Goldstein, net cooperation and ids (hand-computed)', async () => {
    const s = await dyadSeries(db, { a: 'RUS', b: 'CHN', by: 'week', to: '2024-01-21' });
    expect(s.buckets.map((b) => b.start)).toEqual(['2024-01-01', '2024-01-08', '2024-01-15']);
    const [w1, w2, w3] = s.buckets;
    expect(w1).toEqual({
      start: '2024-01-01',
      end: '2024-01-07',
      events: 3,
      byType: { ACCUSE: 1, AGREE: 1, CONSULT: 1 },
      byQuad: { 1: 2, 2: 0, 3: 1, 4: 0 },
      goldsteinSum: 3,
      goldsteinMean: 1,
      netCooperation: 1 / 3,
      eventIds: ['w1a', 'w1b', 'w1c'],
    });
    expect(w2).toMatchObject({ events: 0, goldsteinMean: null, netCooperation: null, eventIds: [] });
    expect(w3).toMatchObject({ events: 2, byQuad: { 2: 1, 4: 1 }, goldsteinSum: 1, goldsteinMean: 0.5, netCooperation: 0 });
    expect(w3?.eventIds).toEqual(['w3a', 'w3b']);
    expect(s.totals).toMatchObject({ events: 5, goldsteinSum: 4, netCooperation: (3 - 2) / 5 });
    expect(s.statuses).toEqual(['asserted', 'reported', 'historical']);
  });

  it('counts only A → B when directed', async () => {
    const s = await dyadSeries(db, { a: 'RUS', b: 'CHN', directed: true, by: 'week', to: '2024-01-21' });
    expect(s.buckets.map((b) => [b.start, b.events, b.netCooperation])).toEqual([
      ['2024-01-01', 2, 0],
      ['2024-01-08', 0, null],
      ['2024-01-15', 1, -1],
    ]);
  });

  it('leaves out future/hedged events unless asked, and undated or before-bound ones always', async () => {
    const all = await dyadSeries(db, { a: 'RUS', b: 'CHN', by: 'month', includeAllStatuses: true });
    expect(all.buckets).toHaveLength(1);
    expect(all.buckets[0]?.eventIds).toEqual(['putin', 'w1a', 'w1b', 'w1c', 'w1future', 'w1hedged', 'w3a', 'w3b']);
    expect(all.statuses).toBe('all');
    const counted = await dyadSeries(db, { a: 'RUS', b: 'CHN', by: 'month' });
    expect(counted.buckets[0]?.events).toBe(6);
  });

  it('matches country:sector, organisation and actor-id selectors', async () => {
    const gov = await dyadSeries(db, { a: 'RUS:GOV', b: 'CHN', by: 'month' });
    expect(gov.totals.events).toBe(1);
    expect(gov.buckets[0]?.eventIds).toEqual(['w3b']);
    const nato = await dyadSeries(db, { a: 'NATO', b: 'RUS', by: 'month' });
    expect(nato.buckets[0]?.eventIds).toEqual(['nato']);
    const putin = await dyadSeries(db, { a: 'xi', b: 'putin', by: 'day' });
    expect(putin.buckets.map((b) => [b.start, b.eventIds])).toEqual([['2024-01-25', ['putin']]]);
    const anyone = await dyadSeries(db, { a: 'RUS', b: '*', by: 'month' });
    expect(anyone.totals.events).toBe(8); // 6 with China, 1 with the US, 1 with NATO
  });

  it('fills the from..to range with empty buckets and applies it', async () => {
    const s = await dyadSeries(db, { a: 'RUS', b: 'CHN', by: 'week', from: '2024-01-10', to: '2024-02-04' });
    expect(s.buckets.map((b) => [b.start, b.events])).toEqual([
      ['2024-01-08', 0],
      ['2024-01-15', 2],
      ['2024-01-22', 1],
      ['2024-01-29', 0],
    ]);
    const day = await dyadSeries(db, { a: 'RUS', b: 'CHN', by: 'day', from: '2024-01-02', to: '2024-01-03', eventIds: false });
    expect(day.buckets.map((b) => [b.start, b.end, b.events, b.eventIds])).toEqual([
      ['2024-01-02', '2024-01-02', 1, []],
      ['2024-01-03', '2024-01-03', 1, []],
    ]);
  });

  it('returns no buckets for a dyad without events', async () => {
    const s = await dyadSeries(db, { a: 'UKR', b: 'CHN' });
    expect(s.buckets).toEqual([]);
    expect(s.totals.events).toBe(0);
  });

  it('rejects bad input with E_USAGE naming the option', async () => {
    await expect(dyadSeries(db, { a: 'RUS', b: 'CHN', from: '2024-02-01', to: '2024-01-01' })).rejects.toMatchObject({
      code: 'E_USAGE',
      message: expect.stringMatching(/^from \(2024-02-01\) is after to/),
    });
    await expect(dyadSeries(db, { a: 'RUS;', b: 'CHN' })).rejects.toMatchObject({ code: 'E_USAGE', message: expect.stringMatching(/^a: /) });
    await expect(dyadSeries(db, { a: 'RUS', b: 'CHN', by: 'year' as 'day' })).rejects.toMatchObject({
      code: 'E_USAGE',
      message: expect.stringMatching(/^by: /),
    });
  });

  it('reports a store without an events table as E_STORE_QUERY', async () => {
    const bare = await DuckDbSql.open(':memory:');
    try {
      await expect(dyadSeries(bare, { a: 'RUS', b: 'CHN' })).rejects.toMatchObject({
        code: 'E_STORE_QUERY',
        message: expect.stringMatching(/is this an Entente store/),
      });
    } finally {
      bare.close();
    }
  });
});
