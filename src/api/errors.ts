// The API's one error path: every failure leaves as `{error: {code, message, field?}}` with the status
// src/errors.ts assigns to its code. Routes throw EntenteErrors; only this file writes error responses.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTP_STATUS, isEntenteError } from '../errors.ts';

export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

function fieldOf(detail: Record<string, unknown> | undefined): string | undefined {
  const f = detail?.field ?? detail?.option;
  return typeof f === 'string' ? f : undefined;
}

export function errorResponse(err: unknown, c: Context): Response {
  if (isEntenteError(err)) {
    const field = fieldOf(err.detail);
    const body: ErrorBody = { error: { code: err.code, message: err.message, ...(field ? { field } : {}) } };
    return c.json(body, HTTP_STATUS[err.code] as ContentfulStatusCode);
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code = status === 413 ? 'E_INPUT_TOO_LARGE' : status === 404 ? 'E_NOT_FOUND' : `E_HTTP_${status}`;
    return c.json({ error: { code, message: err.message || `HTTP ${status}` } } satisfies ErrorBody, status);
  }
  // A bug, not a user error: say so without leaking internals, and keep the stack for the operator.
  process.stderr.write(`entente serve: internal error on ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return c.json({ error: { code: 'E_INTERNAL', message: 'internal error (logged by the server)' } } satisfies ErrorBody, 500);
}

export function notFoundResponse(c: Context): Response {
  return c.json({ error: { code: 'E_NOT_FOUND', message: `no route ${c.req.method} ${c.req.path}` } } satisfies ErrorBody, 404);
}
