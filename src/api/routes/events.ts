// GET /api/events (filters, sort, cursor) and GET /api/events/:id (the event and every mention's evidence).
import { Hono } from 'hono';
import { EntenteError } from '../../errors.ts';
import type { StoredArticle } from '../../store/Store.ts';
import type { ApiDeps } from '../deps.ts';
import { eventJson, mentionJson, type ArticleRef } from '../eventJson.ts';
import { queryEvents } from '../eventQuery.ts';
import { eventsQuery } from '../schemas.ts';
import { parseQuery } from '../validate.ts';

export function articleRef(a: StoredArticle): ArticleRef {
  return { id: a.id, title: a.title, url: a.url, outlet: a.outlet, published: a.published === null ? null : String(a.published).slice(0, 10) };
}

export function eventRoutes(deps: ApiDeps): Hono {
  const app = new Hono();

  app.get('/events', async (c) => {
    const q = parseQuery(c, eventsQuery);
    const page = await deps.gate.run(() => queryEvents(deps.store, q));
    return c.json({ total: page.total, events: page.rows.map(eventJson), nextCursor: page.nextCursor });
  });

  app.get('/events/:id', async (c) => {
    const id = c.req.param('id');
    const result = await deps.gate.run(async () => {
      const row = await deps.store.getEvent(id);
      if (!row) return null;
      const mentions = await deps.store.getMentions([id]);
      const articles = new Map<string, ArticleRef | null>();
      for (const m of mentions) {
        if (articles.has(m.articleId)) continue;
        const a = await deps.store.findArticleByHash(m.articleId);
        articles.set(m.articleId, a ? articleRef(a) : null);
      }
      const [imported] = await deps.store.all<{ format: string; source_url: string | null; source_ref: string | null }>(
        'SELECT format, source_url, source_ref FROM imported_events WHERE event_id = $1',
        [id],
      );
      return {
        event: eventJson(row),
        mentions: mentions.map((m) => mentionJson(m, articles.get(m.articleId) ?? null)),
        imported: imported ? { format: imported.format, sourceUrl: imported.source_url, sourceRef: imported.source_ref } : null,
      };
    });
    if (!result) throw new EntenteError('E_NOT_FOUND', `no event ${id}`, { field: 'id' });
    return c.json(result);
  });

  return app;
}
