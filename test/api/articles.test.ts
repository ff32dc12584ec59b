// GET /api/articles/:id: the text and every annotation, as offsets that point at the right words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type Json, type TestApi } from './setup.ts';

let api: TestApi;
let articleId: string;
beforeAll(async () => {
  api = await createTestApi();
  const [row] = await api.store.all<{ id: string }>("SELECT id FROM articles WHERE external_id = 'a1'");
  articleId = row?.id as string;
});
afterAll(async () => api.close());

describe('GET /api/articles/:id', () => {
  it('returns the text, sentences and spans of every mention', async () => {
    const { status, body } = await api.get(`/api/articles/${articleId}`);
    expect(status).toBe(200);
    expect(body.article).toMatchObject({ id: articleId, title: 'Tianjin summit', outlet: 'Ledger', published: '2025-09-01', coded: true, numEvents: 2 });
    expect(body.text).toBe('Putin met Xi on 2025-08-31 in Tianjin. The EU criticised Russia on 2025-09-01.');
    expect(body.sentences).toHaveLength(2);
    expect(body.mentions).toHaveLength(2);
    const spans = body.spans.map((s: Json) => [s.kind, body.text.slice(s.start, s.end)]);
    expect(spans).toEqual([
      ['actor', 'Putin'],
      ['trigger', 'met'],
      ['actor', 'Xi'],
      ['date', '2025-08-31'],
      ['place', 'Tianjin'],
      ['actor', 'The EU'],
      ['trigger', 'criticised'],
      ['actor', 'Russia'],
      ['date', '2025-09-01'],
    ]);
    for (const s of body.spans) {
      expect(s.text).toBe(body.text.slice(s.start, s.end));
      expect(s.eventIds).toHaveLength(1);
      expect(s.label).not.toBe('');
    }
  });

  it('is 404 for an unknown id', async () => {
    const { status, body } = await api.get('/api/articles/0123456789abcdef');
    expect(status).toBe(404);
    expect(body.error.code).toBe('E_NOT_FOUND');
  });
});
