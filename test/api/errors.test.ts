// One error shape for everything; unknown routes are 404; the OpenAPI document covers every route.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { createTestApi, TOKEN, type Json, type TestApi } from './setup.ts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => api.close());

describe('errors', () => {
  it.each(['/api/nothing', '/api/events/x/y', '/nothing.html'])('GET %s is a JSON 404', async (path) => {
    const { status, body } = await api.get(path);
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'E_NOT_FOUND', message: expect.stringContaining(path) } });
  });

  it('a wrong method is a 404 too', async () => {
    const res = await api.app.request('/api/events', { method: 'DELETE' });
    expect(res.status).toBe(404);
  });

  it('an unexpected failure is a 500 that hides the detail and logs it', async () => {
    const log = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const broken = createApp({ store: { ...api.store, all: () => Promise.reject(new Error('boom')) } as never });
      const res = await broken.request('/api/actors');
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ error: { code: 'E_INTERNAL', message: 'internal error (logged by the server)' } });
      expect(String(log.mock.calls[0]?.[0])).toContain('boom');
    } finally {
      log.mockRestore();
    }
  });

  it('says how to build the dashboard when it is not built', async () => {
    const res = await api.app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('npm run build:web');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('reads need the token when the app is told so (non-loopback serve)', async () => {
    const guarded = createApp({ store: api.store, token: TOKEN, tokenForReads: true });
    expect((await guarded.request('/api/stats')).status).toBe(401);
    expect((await guarded.request('/api/stats', { headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
    expect((await guarded.request('/api/stats', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every route the app serves, with its query parameters', async () => {
    const { status, body } = await api.get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const documented = Object.entries(body.paths as Record<string, Json>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const served = api.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(new Set(documented)).toEqual(new Set(served));
    const events = body.paths['/api/events'].get.parameters.map((p: Json) => p.name);
    expect(events).toEqual(expect.arrayContaining(['actor', 'country', 'dyad', 'type', 'quad', 'status', 'from', 'to', 'place', 'q', 'sort', 'limit', 'cursor']));
    expect(body.paths['/api/ingest'].post.security).toEqual([{ bearer: [] }]);
    expect(body.paths['/api/code'].post.requestBody.content['application/json'].schema.required).toEqual(['text']);
  });
});
