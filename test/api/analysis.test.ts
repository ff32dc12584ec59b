// The relations routes return what src/analysis returns, with query options validated on the way in;
// /api/stats, /api/places and /api/actors feed the dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePoints, dyadSeries, partners, triangle } from '../../src/analysis/index.ts';
import { createTestApi, type Json, type TestApi } from './setup.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => api.close());

describe('relations routes', () => {
  it('GET /api/dyads is dyadSeries', async () => {
    const { status, body } = await api.get('/api/dyads?a=RUS&b=CHN&by=day&from=2025-08-30&to=2025-09-11');
    expect(status).toBe(200);
    expect(body).toEqual(await dyadSeries(api.store, { a: 'RUS', b: 'CHN', by: 'day', from: '2025-08-30', to: '2025-09-11', includeAllStatuses: false }));
    expect(body.totals.events).toBe(2);
  });

  it('GET /api/triangles is triangle, with defaults RUS–CHN–USA', async () => {
    const { body } = await api.get('/api/triangles?a=RUS&b=CHN&c=EU&window=10d&step=5d&minEvents=1');
    expect(body).toEqual(await triangle(api.store, { a: 'RUS', b: 'CHN', c: 'EU', window: '10d', step: '5d', minEvents: 1, includeAllStatuses: false }));
    expect(body.windows.length).toBeGreaterThan(0);
    const { body: dflt } = await api.get('/api/triangles');
    expect(dflt.actors).toEqual(['RUS', 'CHN', 'USA']);
  });

  it('GET /api/patterns runs the pattern test', async () => {
    const { status, body } = await api.get('/api/patterns?trigger=RUS-CHN:CONSULT&response=EU-RUS:SANCTION&within=3d&rounds=99');
    expect(status).toBe(200);
    expect(body).toMatchObject({ trigger: 'RUS-CHN:CONSULT', response: 'EU-RUS:SANCTION', rounds: 99, withinDays: 3, triggers: 2 });
  });

  it('GET /api/partners is partners', async () => {
    const { body } = await api.get('/api/partners?a=RUS&minEvents=1');
    expect(body).toEqual(await partners(api.store, { a: 'RUS', minEvents: 1, limit: 10, level: 'country', includeAllStatuses: false }));
    expect(body.byVolume.map((p: Json) => p.partner).sort()).toEqual(['CHN', 'EU', 'UKR']);
  });

  it('GET /api/changepoints is changePoints', async () => {
    const { body } = await api.get('/api/changepoints?a=RUS&b=*&by=day');
    expect(body).toEqual(
      await changePoints(api.store, { a: 'RUS', b: '*', by: 'day', method: 'pelt', metric: 'goldstein', minSize: 2, minEvents: 1, includeAllStatuses: false }),
    );
  });

  it.each([
    ['/api/dyads?b=CHN', 'a'],
    ['/api/dyads?a=RUS&b=CHN&by=year', 'by'],
    ['/api/dyads?a=RUS&b=CHN&directed=maybe', 'directed'],
    ['/api/triangles?window=fortnight', 'window'],
    ['/api/triangles?threshold=2', 'threshold'],
    ['/api/triangles?a=rus!', 'a'],
    ['/api/patterns?trigger=RUS-USA:CONSULT', 'response'],
    ['/api/patterns?trigger=RUS-USA:CONSLT&response=RUS-CHN:CONSULT', 'trigger'],
    ['/api/patterns?trigger=RUS-USA&response=RUS-CHN&rounds=0', 'rounds'],
    ['/api/partners?a=*', 'a'],
    ['/api/partners?a=RUS&level=city', 'level'],
    ['/api/changepoints?a=RUS&b=CHN&method=magic', 'method'],
    ['/api/changepoints?a=RUS&b=CHN&from=2025-13-01', 'from'],
    ['/api/stats?by=year', 'by'],
    ['/api/places?limit=-1', 'limit'],
  ])('%s → 400 naming %s', async (path, field) => {
    const { status, body } = await api.get(path);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'E_USAGE', field });
  });

  it('reports a usage error the library raises without a field (the three actors must differ)', async () => {
    const { status, body } = await api.get('/api/triangles?a=RUS&b=RUS&c=CHN');
    expect(status).toBe(400);
    expect(body.error.code).toBe('E_USAGE');
    expect(body.error.message).toMatch(/must differ/);
  });
});

describe('dashboard routes', () => {
  it('GET /api/stats: corpus, events over time, top dyads, latest', async () => {
    const { status, body } = await api.get('/api/stats?by=week&top=3');
    expect(status).toBe(200);
    expect(body.corpus).toMatchObject({ articles: 4, events: 5, mentions: 5 });
    expect(body.eventsOverTime.buckets.map((b: Json) => [b.start, b.events])).toEqual([
      ['2025-08-25', 1],
      ['2025-09-01', 2],
      ['2025-09-08', 2],
    ]);
    expect(body.eventsOverTime.buckets[1].byQuad).toEqual({ 1: 0, 2: 0, 3: 1, 4: 1 });
    expect(body.topDyads[0]).toMatchObject({ a: 'CHN', b: 'RUS', events: 2, coop: 2, conflict: 0 });
    expect(body.latest.map((e: Json) => e.date)).toEqual(['2025-09-12', '2025-09-10', '2025-09-05']);
  });

  it('GET /api/places: one point per place', async () => {
    const { body } = await api.get('/api/places');
    expect(body.places.map((p: Json) => p.name).sort()).toEqual(['Kharkiv', 'Moscow', 'Tianjin']);
    expect(body.places.find((p: Json) => p.name === 'Kharkiv')).toMatchObject({ events: 1, conflict: 1, lat: 49.99, lon: 36.23 });
    const { body: some } = await api.get('/api/places?actor=UKR');
    expect(some.places.map((p: Json) => p.name)).toEqual(['Kharkiv']);
  });

  it('GET /api/actors: selectors that read back', async () => {
    const { body } = await api.get('/api/actors?limit=3');
    expect(body.actors[0]).toMatchObject({ selector: 'RUS', kind: 'country', events: 5 });
    const { body: xi } = await api.get('/api/actors?q=jinping');
    expect(xi.actors).toEqual([{ selector: 'xi', kind: 'id', name: 'Xi Jinping', events: 1 }]);
  });
});
