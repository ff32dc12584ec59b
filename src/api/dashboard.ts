// The dashboard: the files Vite built into web/dist, served from the same origin as the API, under a
// Content-Security-Policy that allows only our own scripts. Article text is rendered as text nodes by
// the dashboard itself; the policy is the second line of defence should that ever slip.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

/** Where `npm run build:web` writes the dashboard. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // uPlot positions its tooltips and legend through element styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export function dashboardBuilt(webRoot: string): boolean {
  return existsSync(join(webRoot, 'index.html'));
}

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
};

/** Serve `webRoot` for every non-API GET; without a build, `/` says how to make one. */
export function mountDashboard(app: Hono, webRoot: string | null): void {
  app.use('*', securityHeaders);
  if (webRoot === null || !dashboardBuilt(webRoot)) {
    app.get('/', (c) =>
      c.text('Entente API is running (see /api/openapi.json). The dashboard is not built: run `npm run build:web` and restart.\n'),
    );
    return;
  }
  const files = serveStatic({
    root: webRoot,
    onFound: (path, c) => {
      // Hashed asset names never change; index.html must be fetched fresh after a rebuild.
      c.header('Cache-Control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
    },
  });
  app.get('*', async (c, next) => (c.req.path.startsWith('/api/') ? next() : files(c, next)));
}
