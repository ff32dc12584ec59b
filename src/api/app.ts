// The HTTP API and dashboard as one Hono app. Tests call it in-process (`app.request(...)`); serve.ts
// puts it behind @hono/node-server.
//
//   /api/*     JSON routes (routes/), validated with zod (schemas.ts), documented at /api/openapi.json
//   /*         the dashboard built into web/dist (dashboard.ts)
//   errors     one handler (errors.ts): {error: {code, message, field?}} with the status of the code
import { Hono } from 'hono';
import type { Coder } from '../ingest/types.ts';
import type { Store } from '../store/Store.ts';
import { requireToken } from './auth.ts';
import { mountDashboard } from './dashboard.ts';
import type { ApiDeps } from './deps.ts';
import { errorResponse, notFoundResponse } from './errors.ts';
import { Exclusive } from './exclusive.ts';
import { openApiDocument } from './openapi.ts';
import { analysisRoutes } from './routes/analysis.ts';
import { articleRoutes } from './routes/articles.ts';
import { codeRoutes } from './routes/code.ts';
import { eventRoutes } from './routes/events.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { placeRoutes } from './routes/places.ts';
import { statsRoutes } from './routes/stats.ts';

export const API_VERSION = '0.1.0';

export interface AppOptions {
  store: Store;
  /** Bearer token for POST /api/ingest (and for reads with `tokenForReads`). Without one, ingest is refused. */
  token?: string | undefined;
  /** Refuse writes even with the token. */
  readOnly?: boolean | undefined;
  /** Require the token on every API route (serve sets this when listening beyond loopback). */
  tokenForReads?: boolean | undefined;
  /** Built dashboard to serve at `/`; null or absent: API only. */
  webRoot?: string | null | undefined;
  /** A coder for /api/code and /api/ingest to run in the request's thread (tests inject a fake); default: the pipeline's coder on worker threads. */
  coder?: Coder | undefined;
}

export function createApp(options: AppOptions): Hono {
  const deps: ApiDeps = {
    store: options.store,
    gate: new Exclusive(),
    coder: options.coder,
    token: options.token,
    readOnly: options.readOnly ?? false,
  };

  const api = new Hono();
  if (options.tokenForReads) api.use('*', requireToken(deps.token, 'this server'));
  api.route('/', eventRoutes(deps));
  api.route('/', articleRoutes(deps));
  api.route('/', analysisRoutes(deps));
  api.route('/', statsRoutes(deps));
  api.route('/', placeRoutes(deps));
  api.route('/', codeRoutes(deps));
  api.route('/', ingestRoutes(deps));
  api.get('/openapi.json', (c) => c.json(openApiDocument(API_VERSION)));

  const app = new Hono();
  app.onError(errorResponse);
  app.notFound(notFoundResponse);
  app.route('/api', api);
  mountDashboard(app, options.webRoot ?? null);
  return app;
}
