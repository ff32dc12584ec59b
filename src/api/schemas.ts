// Every route's input, described once: the routes validate with these schemas and the OpenAPI document
// is generated from them, so the two cannot drift apart. Query values arrive as strings.
import { z } from 'zod';
import { PLOVER_TYPES, STATUSES } from '../types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = z
  .string()
  .regex(DAY, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date');

const selector = (what: string) => z.string().trim().min(1).max(120).describe(`${what}: RUS, RUS:GOV, NATO, putin, id:X, or *`);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const duration = z.string().regex(/^\d+\s*[dw]?$/i, "expected a duration such as '30d' or '4w'");
const commaList = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim().toUpperCase()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1))
    .describe(`comma-separated ${what}`);

/** from ≤ to, reported on `to`. */
function ordered<T extends { from?: string | undefined; to?: string | undefined }>(s: z.ZodType<T>) {
  return s.superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `is before from (${v.from})` });
  });
}

const period = {
  from: isoDate.optional().describe('first day (YYYY-MM-DD, inclusive)'),
  to: isoDate.optional().describe('last day (YYYY-MM-DD, inclusive)'),
};
const analysisPeriod = { ...period, allStatuses: flag.optional().describe('count every status, not only asserted/reported/historical') };

export const EVENT_SORTS = ['date', '-date', 'goldstein', '-goldstein', 'mentions', '-mentions'] as const;

export const eventsQuery = ordered(
  z.strictObject({
    actor: selector('either side').optional(),
    country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code').optional().describe("either actor's country or the location's"),
    dyad: z.string().trim().min(3).max(250).optional().describe("A-B (either direction) or A>B, optionally ':TYPE', as in pattern specs"),
    type: commaList(PLOVER_TYPES, 'PLOVER types').optional(),
    quad: z
      .string()
      .regex(/^[1-4](,[1-4])*$/, 'expected QuadClass numbers 1-4, comma-separated')
      .transform((s) => [...new Set(s.split(',').map(Number))])
      .optional(),
    status: z
      .string()
      .transform((s) => s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean))
      .pipe(z.array(z.enum(STATUSES)).min(1))
      .optional()
      .describe('comma-separated statuses'),
    ...period,
    place: z.string().trim().min(1).max(200).optional().describe('part of the location name'),
    q: z.string().trim().min(1).max(200).optional().describe("words in the event's articles, actor or place names"),
    provenance: z.string().max(40).optional().describe("'coded', 'imported:gdelt', …"),
    counted: flag.optional().describe('only what the relations routes count: asserted/reported/historical, dated, not a "before" bound'),
    sort: z.enum(EVENT_SORTS).default('-date'),
    limit: int(1, 500).default(50),
    cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
  }),
);
export type EventsQuery = z.output<typeof eventsQuery>;

export const dyadsQuery = ordered(
  z.strictObject({
    a: selector('side A'),
    b: selector('side B'),
    by: z.enum(['day', 'week', 'month']).default('week'),
    directed: flag.optional(),
    ...analysisPeriod,
  }),
);

export const trianglesQuery = ordered(
  z.strictObject({
    a: selector('first actor').default('RUS'),
    b: selector('second actor').default('CHN'),
    c: selector('third actor').default('USA'),
    window: duration.default('30d'),
    step: duration.default('7d'),
    minEvents: int(0, 1_000_000).default(5),
    threshold: z.coerce.number().min(0).lt(1).default(0.1),
    topEvents: int(0, 50).default(3),
    ...analysisPeriod,
  }),
);

export const patternsQuery = ordered(
  z.strictObject({
    trigger: z.string().trim().min(3).max(250).describe("e.g. 'RUS-USA:CONSULT'"),
    response: z.string().trim().min(3).max(250).describe("e.g. 'RUS-CHN:CONSULT'"),
    within: duration.default('14d'),
    rounds: int(1, 20_000).default(1000),
    seed: int(0, 2 ** 31 - 1).default(42),
    maxPairs: int(0, 1000).default(100),
    ...analysisPeriod,
  }),
);

export const partnersQuery = ordered(
  z.strictObject({
    a: selector('actor').refine((v) => v !== '*', "partners needs an actor, not '*'"),
    limit: int(1, 200).default(10),
    minEvents: int(0, 1_000_000).default(5),
    level: z.enum(['country', 'actor']).default('country'),
    ...analysisPeriod,
  }),
);

export const changepointsQuery = ordered(
  z.strictObject({
    a: selector('side A'),
    b: selector('side B'),
    by: z.enum(['day', 'week', 'month']).default('week'),
    directed: flag.optional(),
    method: z.enum(['pelt', 'bocpd']).default('pelt'),
    metric: z.enum(['goldstein', 'netCooperation']).default('goldstein'),
    penalty: z.coerce.number().min(0).optional(),
    minSize: int(1, 10_000).default(2),
    expectedRunLength: int(1, 100_000).optional(),
    minEvents: int(1, 1_000_000).default(1),
    ...analysisPeriod,
  }),
);

export const statsQuery = z.strictObject({
  by: z.enum(['week', 'month']).default('month').describe('bucket of eventsOverTime'),
  top: int(1, 100).default(10).describe('rows of topDyads and latest'),
});

export const placesQuery = ordered(
  z.strictObject({
    ...period,
    actor: selector('either side').optional(),
    type: commaList(PLOVER_TYPES, 'PLOVER types').optional(),
    limit: int(1, 5000).default(1000),
  }),
);

export const actorsQuery = z.strictObject({
  q: z.string().trim().max(100).optional().describe('part of a code, id or name'),
  limit: int(1, 500).default(50),
});

/** The largest body POST /api/code accepts (bytes). */
export const MAX_CODE_BYTES = 200 * 1024;
/** The largest body POST /api/ingest accepts (bytes). */
export const MAX_INGEST_BYTES = 5 * 1024 * 1024;

export const codeBody = z.strictObject({
  text: z.string().min(1, 'text is empty'),
  date: isoDate.optional().describe('publication date; relative dates resolve against it'),
  title: z.string().max(1000).optional(),
});

const scalar = z.union([z.string(), z.number()]).transform(String);
export const ingestBody = z.strictObject({
  articles: z
    .array(
      z.strictObject({
        text: z.string().min(1, 'text is empty'),
        id: scalar.optional().describe('your id for the article'),
        title: z.string().max(1000).nullish(),
        url: z.string().max(2000).nullish(),
        outlet: z.string().max(200).nullish(),
        published: z.string().max(40).nullish(),
        byline: z.string().max(500).nullish(),
      }),
    )
    .min(1)
    .max(100),
});
