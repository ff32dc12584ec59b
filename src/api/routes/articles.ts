// GET /api/articles/:id: the stored text, its sentences, and every annotation of every mention coded in
// it as offsets into that text (triggers, actors, places, dates, speakers).
import { Hono } from 'hono';
import { EntenteError } from '../../errors.ts';
import { mergeSpans } from '../articleSpans.ts';
import type { ApiDeps } from '../deps.ts';
import { mentionJson } from '../eventJson.ts';
import { articleRef } from './events.ts';

export function articleRoutes(deps: ApiDeps): Hono {
  const app = new Hono();

  app.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const result = await deps.gate.run(async () => {
      const a = await deps.store.findArticleByHash(id);
      if (!a) return null;
      const sentences = await deps.store.all<{ idx: number; start_char: number; end_char: number; commentary: boolean }>(
        'SELECT idx, start_char, end_char, commentary FROM sentences WHERE article_id = $1 ORDER BY idx',
        [id],
      );
      const eventIds = await deps.store.all<{ event_id: string }>('SELECT DISTINCT event_id FROM event_mentions WHERE article_id = $1', [id]);
      const mentions = (await deps.store.getMentions(eventIds.map((r) => r.event_id))).filter((m) => m.articleId === id);
      const ref = articleRef(a);
      return {
        article: {
          ...ref,
          byline: a.byline,
          language: a.language,
          coded: a.coded,
          numEvents: a.numEvents,
          duplicateOf: a.duplicateOf,
          duplicateKind: a.duplicateKind,
          similarity: a.similarity,
          externalId: a.externalId,
          ingestedAt: a.ingestedAt,
        },
        text: a.text,
        sentences: sentences.map((s) => ({ index: Number(s.idx), start: Number(s.start_char), end: Number(s.end_char), commentary: Boolean(s.commentary) })),
        spans: mergeSpans(mentions, a.text.length),
        // The spans are merged above and the article is this one: each mention keeps the rest.
        mentions: mentions.map((m) => Object.assign(mentionJson(m, ref), { spans: undefined, article: undefined })),
      };
    });
    if (!result) throw new EntenteError('E_NOT_FOUND', `no article ${id}`, { field: 'id' });
    return c.json(result);
  });

  return app;
}
