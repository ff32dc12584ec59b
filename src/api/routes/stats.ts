// GET /api/stats: what the overview shows. Corpus size from the store; events over time and the top
// dyads count what analytics count (asserted/reported/historical, dated); the latest events are all.
import { Hono } from 'hono';
import { bucketStart, dayOf, isoOf, nextBucket } from '../../analysis/dates.ts';
import { baseConditions } from '../../analysis/eventFilter.ts';
import { col, SqlParams } from '../../analysis/sql.ts';
import type { EventRow } from '../../store/schema.ts';
import type { SqlRunner } from '../../store/SqlRunner.ts';
import type { ApiDeps } from '../deps.ts';
import { eventJson } from '../eventJson.ts';
import { statsQuery } from '../schemas.ts';
import { shortSelector, sideSelectorSql } from '../selectors.ts';
import { parseQuery } from '../validate.ts';

interface TimeBucket {
  start: string;
  events: number;
  byQuad: { 1: number; 2: number; 3: number; 4: number };
}

async function eventsOverTime(db: SqlRunner, by: 'week' | 'month'): Promise<TimeBucket[]> {
  const p = new SqlParams();
  const rows = await db.all<{ bucket: string; q: number; n: number }>(
    `SELECT CAST(date_trunc('${by}', ${col('date')}) AS DATE) AS bucket, ${col('quad_class')} AS q, COUNT(*) AS n
     FROM events WHERE ${baseConditions({}, p).join(' AND ')} GROUP BY 1, 2 ORDER BY 1, 2`,
    p.values,
  );
  const byDay = new Map<number, TimeBucket>();
  const bucket = (day: number) => {
    let b = byDay.get(day);
    if (!b) {
      b = { start: isoOf(day), events: 0, byQuad: { 1: 0, 2: 0, 3: 0, 4: 0 } };
      byDay.set(day, b);
    }
    return b;
  };
  for (const r of rows) {
    const b = bucket(dayOf(String(r.bucket)));
    const q = Number(r.q);
    b.events += Number(r.n);
    if (q === 1 || q === 2 || q === 3 || q === 4) b.byQuad[q] += Number(r.n);
  }
  const days = [...byDay.keys()].sort((x, y) => x - y);
  const out: TimeBucket[] = [];
  if (days.length === 0) return out;
  // Empty buckets are filled in, so the chart's x axis is time rather than "buckets that had events".
  for (let d = bucketStart(days[0] as number, by); d <= (days[days.length - 1] as number); d = nextBucket(d, by)) out.push(bucket(d));
  return out;
}

async function topDyads(db: SqlRunner, limit: number) {
  const p = new SqlParams();
  const q = col('quad_class');
  const rows = await db.all<{ a: string; b: string; n: number; coop: number; conflict: number; g: number }>(
    `WITH d AS (
       SELECT ${sideSelectorSql('source')} AS s, ${sideSelectorSql('target')} AS t, ${q} AS q, ${col('goldstein')} AS g
       FROM events WHERE ${baseConditions({}, p).join(' AND ')}
     )
     SELECT LEAST(s, t) AS a, GREATEST(s, t) AS b, COUNT(*) AS n,
       SUM(CASE WHEN q IN (1, 2) THEN 1 ELSE 0 END) AS coop, SUM(CASE WHEN q IN (3, 4) THEN 1 ELSE 0 END) AS conflict, AVG(g) AS g
     FROM d WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t
     GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ${p.add(limit)}`,
    p.values,
  );
  return rows.map((r) => ({
    a: shortSelector(r.a),
    b: shortSelector(r.b),
    events: Number(r.n),
    coop: Number(r.coop),
    conflict: Number(r.conflict),
    goldsteinMean: Number(r.g),
  }));
}

export function statsRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/stats', async (c) => {
    const q = parseQuery(c, statsQuery);
    const result = await deps.gate.run(async () => {
      const corpus = await deps.store.stats();
      const latest = await deps.store.all<EventRow>(
        `SELECT * FROM events ORDER BY ${col('date')} DESC NULLS LAST, ${col('id')} LIMIT $1`,
        [q.top],
      );
      return {
        corpus,
        eventsOverTime: { by: q.by, counted: 'asserted, reported and historical events with a date', buckets: await eventsOverTime(deps.store, q.by) },
        topDyads: await topDyads(deps.store, q.top),
        latest: latest.map(eventJson),
      };
    });
    return c.json(result);
  });
  return app;
}
