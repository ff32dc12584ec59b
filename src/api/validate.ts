// zod at the edge: query strings and JSON bodies are parsed here, and the first problem becomes an
// E_USAGE (400) naming the field, e.g. {code: 'E_USAGE', field: 'limit', message: 'limit: …'}.
import type { Context } from 'hono';
import type { z } from 'zod';
import { EntenteError } from '../errors.ts';

/** Query fields are named by parameter ('type', not 'type.0'); body fields by their path ('articles.0.text'). */
function check<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'body'): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  if (!issue) throw new EntenteError('E_USAGE', 'invalid input');
  if (issue.code === 'unrecognized_keys') {
    const field = issue.keys[0] ?? '';
    throw new EntenteError('E_USAGE', `${field}: unknown parameter`, { field });
  }
  const field = (where === 'query' ? issue.path.slice(0, 1) : issue.path).map(String).join('.') || where;
  throw new EntenteError('E_USAGE', `${field}: ${issue.message}`, { field });
}

export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return check(schema, c.req.query(), 'query');
}

export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new EntenteError('E_INPUT_PARSE', 'body: expected a JSON object', { field: 'body' });
  }
  return check(schema, body, 'body');
}
