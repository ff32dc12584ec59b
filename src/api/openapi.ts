// The OpenAPI 3.1 document served at /api/openapi.json. Parameters and request bodies are generated from
// the zod schemas the routes validate with (schemas.ts); the route table below adds what zod cannot say.
import { z } from 'zod';
import {
  actorsQuery, changepointsQuery, codeBody, dyadsQuery, eventsQuery, ingestBody, MAX_CODE_BYTES, MAX_INGEST_BYTES,
  partnersQuery, patternsQuery, placesQuery, statsQuery, trianglesQuery,
} from './schemas.ts';

interface RouteDoc {
  method: 'get' | 'post';
  /** OpenAPI path ('/api/events/{id}'). */
  path: string;
  summary: string;
  query?: z.ZodType;
  body?: z.ZodType;
  auth?: boolean;
  /** Error statuses besides 500. */
  errors: number[];
}

export const ROUTES: RouteDoc[] = [
  { method: 'get', path: '/api/events', summary: 'Events matching the filters, sorted, one page at a time (pass nextCursor back as cursor).', query: eventsQuery, errors: [400] },
  { method: 'get', path: '/api/events/{id}', summary: 'One event with every mention: article, evidence sentences, trigger, actors, place, date, status, attribution, rule.', errors: [404] },
  { method: 'get', path: '/api/articles/{id}', summary: 'An article: its text, sentences, and every annotation (triggers, actors, places, dates, speakers) as offsets.', errors: [404] },
  { method: 'get', path: '/api/dyads', summary: 'Dyad time series: per bucket, counts by type and QuadClass, Goldstein mean, net cooperation, event ids.', query: dyadsQuery, errors: [400] },
  { method: 'get', path: '/api/triangles', summary: 'Strategic triangle over sliding windows: signed edges, Dittmer class, balance, top events per edge.', query: trianglesQuery, errors: [400] },
  { method: 'get', path: '/api/patterns', summary: 'Pattern test: does the response follow the trigger within k days more often than chance (permutation p-value)?', query: patternsQuery, errors: [400] },
  { method: 'get', path: '/api/partners', summary: "An actor's counterparts ranked by volume, cooperation and conflict.", query: partnersQuery, errors: [400] },
  { method: 'get', path: '/api/changepoints', summary: "Change points in a dyad's Goldstein mean or net cooperation (PELT or BOCPD).", query: changepointsQuery, errors: [400] },
  { method: 'get', path: '/api/stats', summary: 'Corpus size, events over time by QuadClass, top dyads, latest events.', query: statsQuery, errors: [400] },
  { method: 'get', path: '/api/places', summary: 'Event locations with counts, for the map.', query: placesQuery, errors: [400] },
  { method: 'get', path: '/api/actors', summary: 'Actor selectors that occur in the store, most frequent first.', query: actorsQuery, errors: [400] },
  { method: 'post', path: '/api/code', summary: `Code a text into events without storing it (body at most ${MAX_CODE_BYTES / 1024} kB).`, body: codeBody, errors: [400, 413] },
  { method: 'post', path: '/api/ingest', summary: `Store and code articles (at most 100, body at most ${MAX_INGEST_BYTES / 1024 / 1024} MB). Needs the bearer token.`, body: ingestBody, auth: true, errors: [400, 401, 403, 413] },
  { method: 'get', path: '/api/openapi.json', summary: 'This document.', errors: [] },
];

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input; `field` names the parameter',
  401: 'No bearer token',
  403: 'Wrong token, or writes disabled',
  404: 'No such route or id',
  413: 'Body too large',
  500: 'Store or internal error',
};

function jsonSchema(s: z.ZodType): Record<string, unknown> {
  const schema = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete schema.$schema;
  return schema;
}

function queryParameters(s: z.ZodType): unknown[] {
  const schema = jsonSchema(s) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return { name, in: 'query', required: schema.required?.includes(name) ?? false, ...(description ? { description } : {}), schema: rest };
  });
}

export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    const pathParams = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const responses: Record<string, unknown> = { 200: { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } };
    for (const status of [...r.errors, 500]) {
      responses[status] = { description: ERROR_TEXT[status], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    paths[r.path] = {
      ...paths[r.path],
      [r.method]: {
        summary: r.summary,
        parameters: [...pathParams, ...(r.query ? queryParameters(r.query) : [])],
        ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } } } : {}),
        ...(r.auth ? { security: [{ bearer: [] }] } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Entente API',
      version,
      description:
        'Political events coded from news (PLOVER/CAMEO), the evidence behind each, and the relations they add up to. ' +
        'Reads are open on loopback; beyond it every route needs the bearer token. Actor selectors: RUS, RUS:GOV, NATO, putin, id:X, *.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string', examples: ['E_USAGE', 'E_NOT_FOUND'] }, message: { type: 'string' }, field: { type: 'string' } },
            },
          },
        },
      },
    },
  };
}
