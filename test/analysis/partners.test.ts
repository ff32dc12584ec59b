import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partners } from '../../src/analysis/partners.ts';
import type { DuckDbSql } from '../../src/store/duckdbSql.ts';
import { ev, evs, eventsDb } from './fixtures.ts';

const d = '2024-03-01';
const rows = [
  ...evs(6, { date: d, src: 'RUS', tgt: 'CHN', type: 'CONSULT', goldstein: 1 }),
  ...evs(2, { date: d, src: 'CHN:GOV', tgt: 'RUS:GOV', type: 'AGREE', goldstein: 4 }),
  ...evs(1, { date: d, src: 'CHN', tgt: 'RUS', type: 'ACCUSE', goldstein: -2 }),
  ...evs(7, { date: d, src: 'UKR', tgt: 'RUS', type: 'ASSAULT', goldstein: -9 }),
  ...evs(3, { date: d, src: 'RUS', tgt: 'UKR', type: 'CONSULT', goldstein: 1 }),
  ...evs(5, { date: d, src: 'RUS', tgt: 'NATO', type: 'THREATEN', goldstein: -6 }),
  ...evs(2, { date: d, src: 'RUS', tgt: 'IND', type: 'COOPERATE', goldstein: 6 }),
  ...evs(4, { date: d, src: 'RUS:GOV', tgt: 'RUS:OPP', type: 'COERCE', goldstein: -7 }), // internal: left out
  ...evs(3, { date: d, src: 'RUS', tgt: 'USA', type: 'CONSULT', status: 'future' }), // not counted
  ...evs(2, { date: '2023-01-01', src: 'RUS', tgt: 'USA', type: 'CONSULT' }),
  ev({ date: d, src: 'putin@RUS', tgt: 'xi@CHN', type: 'CONSULT', goldstein: 1 }),
  ev({ date: d, src: 'CHN', tgt: 'USA', type: 'ACCUSE' }), // not RUS
];

let db: DuckDbSql;
beforeAll(async () => {
  db = await eventsDb(rows);
});
afterAll(() => db.close());

describe('partners', () => {
  it('ranks counterparts by volume and by net cooperation (hand-computed)', async () => {
    const r = await partners(db, { a: 'RUS', from: '2024-01-01', minEvents: 3 });
    expect(r.byVolume.map((p) => [p.partner, p.events, p.outgoing, p.incoming, p.coop, p.conflict])).toEqual([
      ['CHN', 10, 7, 3, 9, 1],
      ['UKR', 10, 3, 7, 3, 7],
      ['NATO', 5, 5, 0, 0, 5],
      ['IND', 2, 2, 0, 2, 0],
    ]);
    expect(r.byVolume[0]!.netCooperation).toBeCloseTo(0.8);
    expect(r.byVolume[0]!.goldsteinMean).toBeCloseTo((6 + 8 - 2 + 1) / 10);
    // IND has too few events for the cooperation rankings.
    expect(r.mostCooperative.map((p) => [p.partner, p.netCooperation])).toEqual([['CHN', 0.8], ['UKR', -0.4], ['NATO', -1]]);
    expect(r.mostConflictual.map((p) => p.partner)).toEqual(['NATO', 'UKR', 'CHN']);
    expect([r.partners, r.events]).toEqual([4, 27]);
  });

  it('counts other statuses on request, groups by actor id, and limits', async () => {
    const all = await partners(db, { a: 'RUS', includeAllStatuses: true, limit: 2 });
    expect(all.byVolume.map((p) => p.partner)).toEqual(['CHN', 'UKR']);
    expect(all.partners).toBe(5); // USA appears (2 past + 3 future)
    const actors = await partners(db, { a: 'putin', level: 'actor', minEvents: 1 });
    expect(actors.byVolume.map((p) => [p.partner, p.events])).toEqual([['xi', 1]]);
    const gov = await partners(db, { a: 'RUS:GOV', minEvents: 1 });
    // RUS:GOV with RUS:OPP is internal to Russia but not to RUS:GOV: it counts, keyed by country.
    expect(gov.byVolume.map((p) => [p.partner, p.events])).toEqual([['RUS', 4], ['CHN', 2]]);
  });

  it('rejects bad input', async () => {
    await expect(partners(db, { a: '*' })).rejects.toThrow(/^a: /);
    await expect(partners(db, { a: 'RUS', limit: 0 })).rejects.toThrow(/^limit: /);
    await expect(partners(db, { a: 'RUS', from: 'yesterday' })).rejects.toThrow(/^from: /);
  });
});
