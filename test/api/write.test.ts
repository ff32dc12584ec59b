// POST /api/code (size-limited, stores nothing) and POST /api/ingest (bearer token, the real Ingester).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { MAX_CODE_BYTES } from '../../src/api/schemas.ts';
import { createFakeCoder } from '../ingest/fakeCoder.ts';
import { code } from '../../src/pipeline/code.ts';
import { createTestApi, TOKEN, type TestApi } from './setup.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => api.close());

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return api.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const auth = { authorization: `Bearer ${TOKEN}` };
const eventCount = async () => Number((await api.store.all<{ n: number }>('SELECT count(*) AS n FROM events'))[0]?.n);

describe('POST /api/code', () => {
  it('codes the text and stores nothing', async () => {
    const before = await eventCount();
    const res = await post('/api/code', { text: 'Russia attacked Ukraine on 2025-10-01 in Kharkiv.', date: '2025-10-02' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.events).toHaveLength(1);
    expect(body.events[0]).toMatchObject({ type: 'ASSAULT', source: { id: 'RUS' }, target: { id: 'UKR' }, location: { name: 'Kharkiv' } });
    expect(await eventCount()).toBe(before);
  });

  it('runs the real coder on a worker thread when none is injected, with the same result as in-thread', async () => {
    const real = createApp({ store: api.store, token: TOKEN });
    const text = 'Putin met Xi Jinping in Tianjin on Sunday.';
    const res = await real.request('/api/code', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, date: '2025-09-01' }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(code(text, { date: '2025-09-01' }))));
    expect(body.events[0]).toMatchObject({ type: 'CONSULT', source: { country: 'RUS' }, target: { country: 'CHN' } });
  }, 60_000);

  it.each([
    [{}, 'text'],
    [{ text: '' }, 'text'],
    [{ text: 'x', date: '01/02/2025' }, 'date'],
    [{ text: 'x', extra: 1 }, 'extra'],
    ['not json', 'body'],
    [[1, 2], 'body'],
  ])('rejects %j with 400 naming %s', async (body, field) => {
    const res = await post('/api/code', body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe(field);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await post('/api/code', { text: 'a'.repeat(MAX_CODE_BYTES + 1) });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: 'E_INPUT_TOO_LARGE', field: 'body' });
  });

  it('refuses an oversize body sent without a length (chunked)', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await api.app.request('/api/code', { method: 'POST', body: stream, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });
});

describe('POST /api/ingest', () => {
  const article = { id: 'n1', title: 'Sanctions', outlet: 'Wire', published: '2025-10-03', text: 'The EU sanctioned Russia on 2025-10-03.' };

  it('is 401 without a token and 403 with a wrong one', async () => {
    const none = await post('/api/ingest', { articles: [article] });
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe('E_AUTH');
    const wrong = await post('/api/ingest', { articles: [article] }, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error.code).toBe('E_FORBIDDEN');
    const malformed = await post('/api/ingest', { articles: [article] }, { authorization: TOKEN });
    expect(malformed.status).toBe(401);
  });

  it('stores and codes articles, and says which', async () => {
    const before = await eventCount();
    const res = await post('/api/ingest', { articles: [article] }, auth);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ articlesSeen: 1, newArticles: 1, mentions: 1, newEvents: 1, failed: 0 });
    expect(body.articles).toEqual([{ id: expect.any(String), externalId: 'n1', title: 'Sanctions', duplicateOf: null, events: 1 }]);
    expect(await eventCount()).toBe(before + 1);
    const again = await (await post('/api/ingest', { articles: [article] }, auth)).json();
    expect(again).toMatchObject({ unchanged: 1, newArticles: 0, articles: [] });
  });

  it.each([
    [{ articles: [] }, 'articles'],
    [{ articles: [{ title: 'no text' }] }, 'articles.0.text'],
    [{ article: {} }, 'articles'],
  ])('rejects %j with 400 naming %s', async (body, field) => {
    const res = await post('/api/ingest', body, auth);
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe(field);
  });

  it('is 403 on a read-only app, and on one started without a token', async () => {
    const readOnly = createApp({ store: api.store, token: TOKEN, readOnly: true, coder: createFakeCoder() });
    const res = await readOnly.request('/api/ingest', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ articles: [article] }) });
    expect(res.status).toBe(403);
    const noToken = createApp({ store: api.store, coder: createFakeCoder() });
    const res2 = await noToken.request('/api/ingest', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ articles: [article] }) });
    expect(res2.status).toBe(403);
  });
});
