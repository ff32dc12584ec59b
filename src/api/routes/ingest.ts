// POST /api/ingest: store and code posted articles through the same Ingester as `entente ingest`
// (duplicates, language, coding, clustering), behind the bearer token.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { EntenteError } from '../../errors.ts';
import { createIngester } from '../../ingest/Ingester.ts';
import type { InputItem } from '../../ingest/types.ts';
import { requireToken } from '../auth.ts';
import type { ApiDeps } from '../deps.ts';
import { ingestBody, MAX_INGEST_BYTES } from '../schemas.ts';
import { parseJson } from '../validate.ts';
import { tooLarge } from './code.ts';

export function ingestRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.post(
    '/ingest',
    requireToken(deps.token, 'ingest'),
    bodyLimit({ maxSize: MAX_INGEST_BYTES, onError: tooLarge(MAX_INGEST_BYTES) }),
    async (c) => {
      if (deps.readOnly) throw new EntenteError('E_FORBIDDEN', 'this server is read-only (started with --read-only)');
      const body = await parseJson(c, ingestBody);
      const items: InputItem[] = body.articles.map(({ id, ...a }, i) => ({
        kind: 'article',
        article: { ...a, externalId: id ?? null, origin: `api:articles[${i}]` },
      }));
      const result = await deps.gate.run(async () => {
        const summary = await createIngester({ store: deps.store, ...(deps.coder ? { coder: deps.coder } : {}) }).ingest(items, ['api']);
        const articles = await deps.store.all<{ id: string; external_id: string | null; title: string | null; duplicate_of: string | null; num_events: number }>(
          'SELECT id, external_id, title, duplicate_of, num_events FROM articles WHERE run_id = $1 ORDER BY seq',
          [summary.runId],
        );
        return {
          ...summary,
          articles: articles.map((a) => ({ id: a.id, externalId: a.external_id, title: a.title, duplicateOf: a.duplicate_of, events: Number(a.num_events) })),
        };
      });
      return c.json(result);
    },
  );
  return app;
}
