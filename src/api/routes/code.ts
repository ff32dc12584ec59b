// POST /api/code: code a posted text and return the events; nothing is stored.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { EntenteError } from '../../errors.ts';
import type { ApiDeps } from '../deps.ts';
import { codeBody, MAX_CODE_BYTES } from '../schemas.ts';
import { parseJson } from '../validate.ts';

export function tooLarge(limit: number): () => never {
  return () => {
    throw new EntenteError('E_INPUT_TOO_LARGE', `body: larger than the ${Math.round(limit / 1024)} kB this route accepts`, { field: 'body', limit });
  };
}

export function codeRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.post('/code', bodyLimit({ maxSize: MAX_CODE_BYTES, onError: tooLarge(MAX_CODE_BYTES) }), async (c) => {
    const body = await parseJson(c, codeBody);
    // The coder is synchronous CPU work and touches no store, so it does not wait for the gate.
    const result = deps.coder(body.text, { date: body.date, title: body.title });
    return c.json(result);
  });
  return app;
}
