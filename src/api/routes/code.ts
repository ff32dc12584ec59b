// POST /api/code: code a posted text and return the events; nothing is stored.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { EntenteError } from '../../errors.ts';
import { workerCoderPool, type CoderPool } from '../../ingest/coderPool.ts';
import type { CodeResult } from '../../types.ts';
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
    // Coding touches no store, so it does not wait for the gate. The real coder runs on a worker thread
    // so a long text does not stall every other request; an injected coder (tests) runs here.
    const options = { date: body.date, title: body.title };
    const result = deps.coder ? deps.coder(body.text, options) : await codeOnWorker(body.text, options);
    return c.json(result);
  });
  return app;
}

/** One worker for the whole process, started by the first request. */
let pool: CoderPool | undefined;

async function codeOnWorker(text: string, options: { date?: string | undefined; title?: string | undefined }): Promise<CodeResult> {
  pool ??= workerCoderPool(1, { unref: true });
  const [outcome] = await pool.code([{ text, date: options.date ?? null, articleId: null, title: options.title ?? null }]);
  if (outcome && 'ok' in outcome) return outcome.ok;
  throw new EntenteError(outcome?.code ?? 'E_INGEST', outcome?.error ?? 'coding failed');
}
