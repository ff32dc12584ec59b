// GET /api/places (event locations for the map, one point per place) and GET /api/actors (selectors
// that occur in the store, for pickers).
import { Hono } from 'hono';
import { actorPredicate, formatActorSelector, parseActorSelector } from '../../analysis/actorSelector.ts';
import { col, SqlParams } from '../../analysis/sql.ts';
import type { ApiDeps } from '../deps.ts';
import { actorsQuery, placesQuery } from '../schemas.ts';
import { parseQuery } from '../validate.ts';

export function placeRoutes(deps: ApiDeps): Hono {
  const app = new Hono();

  app.get('/places', async (c) => {
    const q = parseQuery(c, placesQuery);
    const p = new SqlParams();
    const where = [`${col('lat')} IS NOT NULL`, `${col('lon')} IS NOT NULL`];
    if (q.from) where.push(`${col('date')} >= ${p.date(q.from)}`);
    if (q.to) where.push(`${col('date')} <= ${p.date(q.to)}`);
    if (q.type) where.push(`${col('type')} IN (${q.type.map((t) => p.add(t)).join(', ')})`);
    if (q.actor) {
      const sel = parseActorSelector(q.actor, 'actor');
      where.push(`(${actorPredicate(sel, 'source', p)} OR ${actorPredicate(sel, 'target', p)})`);
    }
    const quad = col('quad_class');
    const rows = await deps.gate.run(() =>
      deps.store.all<{ name: string | null; country: string | null; precision: string | null; lat: number; lon: number; n: number; coop: number; conflict: number; g: number }>(
        `SELECT ${col('location_name')} AS name, ${col('location_country')} AS country, ${col('location_precision')} AS precision,
           AVG(${col('lat')}) AS lat, AVG(${col('lon')}) AS lon, COUNT(*) AS n,
           SUM(CASE WHEN ${quad} IN (1, 2) THEN 1 ELSE 0 END) AS coop, SUM(CASE WHEN ${quad} IN (3, 4) THEN 1 ELSE 0 END) AS conflict,
           AVG(${col('goldstein')}) AS g
         FROM events WHERE ${where.join(' AND ')}
         GROUP BY 1, 2, 3 ORDER BY n DESC, name LIMIT ${p.add(q.limit)}`,
        p.values,
      ),
    );
    return c.json({
      places: rows.map((r) => ({
        name: r.name,
        country: r.country,
        precision: r.precision,
        lat: Number(r.lat),
        lon: Number(r.lon),
        events: Number(r.n),
        coop: Number(r.coop),
        conflict: Number(r.conflict),
        goldsteinMean: Number(r.g),
      })),
    });
  });

  app.get('/actors', async (c) => {
    const q = parseQuery(c, actorsQuery);
    const p = new SqlParams();
    const match = q.q ? p.add(q.q.toLowerCase()) : null;
    const hit = (expr: string) => (match ? `AND position(${match} IN lower(${expr})) > 0` : '');
    const rows = await deps.gate.run(() =>
      deps.store.all<{ kind: string; code: string; name: string | null; n: number }>(
        `WITH sides AS (
           SELECT source_country AS c, source_org AS o, source_id AS i, source_name AS nm FROM events
           UNION ALL SELECT target_country, target_org, target_id, target_name FROM events
         )
         SELECT 'country' AS kind, c AS code, NULL AS name, COUNT(*) AS n FROM sides WHERE c IS NOT NULL ${hit('c')} GROUP BY c
         UNION ALL
         SELECT 'org', o, NULL, COUNT(*) FROM sides WHERE o IS NOT NULL AND c IS NULL ${hit('o')} GROUP BY o
         UNION ALL
         SELECT 'id', i, MAX(nm), COUNT(*) FROM sides WHERE i IS NOT NULL ${hit(`i || ' ' || COALESCE(nm, '')`)} GROUP BY i
         ORDER BY n DESC, code LIMIT ${p.add(q.limit)}`,
        p.values,
      ),
    );
    return c.json({
      actors: rows.map((r) => {
        const selector =
          r.kind === 'country'
            ? formatActorSelector({ kind: 'country', country: r.code })
            : r.kind === 'org'
              ? formatActorSelector({ kind: 'org', org: r.code })
              : formatActorSelector({ kind: 'id', id: r.code });
        return { selector, kind: r.kind, name: r.name, events: Number(r.n) };
      }),
    });
  });

  return app;
}
