// GET /api/events (filters, sort, cursor) and GET /api/events/:id (evidence of every mention).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type Json, type TestApi } from './setup.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => api.close());

const types = (body: Json) => body.events.map((e: Json) => e.type);

describe('GET /api/events', () => {
  it('lists every event, latest first by default', async () => {
    const { status, body } = await api.get('/api/events');
    expect(status).toBe(200);
    expect(body.total).toBe(5);
    expect(body.events.map((e: Json) => e.date)).toEqual(['2025-09-12', '2025-09-10', '2025-09-05', '2025-09-01', '2025-08-31']);
    expect(body.nextCursor).toBeNull();
    const first = body.events[4];
    expect(first).toMatchObject({ type: 'CONSULT', source: { id: 'putin', country: 'RUS' }, target: { id: 'xi' }, location: { name: 'Tianjin' } });
  });

  it.each([
    ['actor=UKR', ['ASSAULT']],
    ['actor=EU', ['SANCTION', 'ACCUSE']],
    ['country=CHN', ['CONSULT', 'CONSULT']],
    ['dyad=RUS-CHN', ['CONSULT', 'CONSULT']],
    ['dyad=CHN>RUS', []],
    ['dyad=RUS-*:ASSAULT', ['ASSAULT']],
    ['type=SANCTION,ASSAULT', ['SANCTION', 'ASSAULT']],
    ['quad=3,4', ['SANCTION', 'ASSAULT', 'ACCUSE']],
    ['status=asserted', ['SANCTION', 'CONSULT', 'ASSAULT', 'ACCUSE', 'CONSULT']],
    ['status=negated', []],
    ['from=2025-09-02&to=2025-09-10', ['CONSULT', 'ASSAULT']],
    ['place=kharkiv', ['ASSAULT']],
    ['q=tianjin', ['ACCUSE', 'CONSULT']],
    ['q=sanctioned', ['SANCTION']],
    ['sort=goldstein', ['ASSAULT', 'SANCTION', 'ACCUSE', 'CONSULT', 'CONSULT']],
  ])('filters and sorts: %s', async (query, expected) => {
    const { status, body } = await api.get(`/api/events?${query}`);
    expect(status).toBe(200);
    expect(types(body)).toEqual(expected);
    expect(body.total).toBe(expected.length);
  });

  it.each(['-date', 'date', 'goldstein', '-goldstein', 'mentions', '-mentions'])('pages with a cursor without gaps or repeats (sort %s)', async (sort) => {
    const all = (await api.get(`/api/events?sort=${sort}`)).body.events.map((e: Json) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { body }: { body: Json } = await api.get(`/api/events?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(body.events.length).toBeLessThanOrEqual(2);
      seen.push(...body.events.map((e: Json) => e.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['type=CONSLT', 'type'],
    ['quad=5', 'quad'],
    ['status=maybe', 'status'],
    ['from=2025-02-30', 'from'],
    ['from=2025-09-10&to=2025-09-01', 'to'],
    ['sort=size', 'sort'],
    ['actor=bad!', 'actor'],
    ['dyad=RUS', 'dyad'],
    ['country=ru', 'country'],
    ['cursor=notacursor', 'cursor'],
    ['colour=red', 'colour'],
  ])('rejects %s with 400 naming %s', async (query, field) => {
    const { status, body } = await api.get(`/api/events?${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'E_USAGE', field });
    expect(body.error.message).toContain(field);
  });

  it('rejects a cursor made for another sort', async () => {
    const { body: page } = await api.get('/api/events?limit=1&sort=date');
    const { status, body } = await api.get(`/api/events?limit=1&sort=goldstein&cursor=${page.nextCursor}`);
    expect(status).toBe(400);
    expect(body.error.field).toBe('cursor');
  });
});

describe('GET /api/events/:id', () => {
  it("returns the event with each mention's evidence, spans and article", async () => {
    const { body: list } = await api.get('/api/events?type=CONSULT&place=tianjin');
    const id = list.events[0].id;
    const { status, body } = await api.get(`/api/events/${id}`);
    expect(status).toBe(200);
    expect(body.event).toMatchObject({ id, type: 'CONSULT', ruleId: 'fake.consult', status: 'asserted' });
    expect(body.mentions).toHaveLength(1);
    const m = body.mentions[0];
    expect(m.article).toMatchObject({ title: 'Tianjin summit', outlet: 'Ledger', published: '2025-09-01' });
    expect(m.evidence[0]).toMatchObject({ text: 'Putin met Xi on 2025-08-31 in Tianjin.', trigger: { text: 'met' }, ruleId: 'fake.consult' });
    const kinds = m.spans.map((s: Json) => `${s.kind}:${s.text}`).sort();
    expect(kinds).toEqual(['actor:Putin', 'actor:Xi', 'date:2025-08-31', 'place:Tianjin', 'trigger:met']);
    expect(body.imported).toBeNull();
  });

  it('is 404 for an unknown id', async () => {
    const { status, body } = await api.get('/api/events/ev_nope');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'E_NOT_FOUND' });
  });
});

describe('GET /api/events?counted=true', () => {
  it('lists only what the relations routes count', async () => {
    const own = await createTestApi();
    try {
      await own.store.run("UPDATE events SET status = 'hedged' WHERE type = 'ACCUSE'");
      await own.store.run("UPDATE events SET date_precision = 'before' WHERE type = 'SANCTION'");
      expect(types((await own.get('/api/events')).body)).toHaveLength(5);
      expect(types((await own.get('/api/events?counted=true')).body)).toEqual(['CONSULT', 'ASSAULT', 'CONSULT']);
      const series = (await own.get('/api/dyads?a=RUS&b=*&by=month')).body;
      expect(series.totals.events).toBe(3);
    } finally {
      await own.close();
    }
  });
});
