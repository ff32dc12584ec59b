// The relations functions of src/analysis, one GET each, over the store's events table. Options come in
// as query parameters with the same names (allStatuses → includeAllStatuses); the results go out as the
// functions return them (docs/analysis.md).
import { Hono } from 'hono';
import { changePoints, dyadSeries, partners, patternTest, triangle } from '../../analysis/index.ts';
import type { ApiDeps } from '../deps.ts';
import { changepointsQuery, dyadsQuery, partnersQuery, patternsQuery, trianglesQuery } from '../schemas.ts';
import { parseQuery } from '../validate.ts';

/** `allStatuses` on the wire, `includeAllStatuses` in the library. */
function statuses<T extends { allStatuses?: boolean | undefined }>(q: T): Omit<T, 'allStatuses'> & { includeAllStatuses: boolean } {
  const { allStatuses, ...rest } = q;
  return { ...rest, includeAllStatuses: allStatuses ?? false };
}

export function analysisRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  const db = deps.store;

  app.get('/dyads', async (c) => {
    const q = statuses(parseQuery(c, dyadsQuery));
    return c.json(await deps.gate.run(() => dyadSeries(db, q)));
  });

  app.get('/triangles', async (c) => {
    const q = statuses(parseQuery(c, trianglesQuery));
    return c.json(await deps.gate.run(() => triangle(db, q)));
  });

  app.get('/patterns', async (c) => {
    const q = statuses(parseQuery(c, patternsQuery));
    return c.json(await deps.gate.run(() => patternTest(db, q)));
  });

  app.get('/partners', async (c) => {
    const q = statuses(parseQuery(c, partnersQuery));
    return c.json(await deps.gate.run(() => partners(db, q)));
  });

  app.get('/changepoints', async (c) => {
    const q = statuses(parseQuery(c, changepointsQuery));
    return c.json(await deps.gate.run(() => changePoints(db, q)));
  });

  return app;
}
