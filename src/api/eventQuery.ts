// GET /api/events as SQL: the filters as parameterised conditions on the events table, a keyset cursor
// over (sort key, id) so a page costs the same at the millionth row as at the first, and the total.
import { actorPredicate, dyadPredicate, parseActorSelector } from '../analysis/actorSelector.ts';
import { baseConditions } from '../analysis/eventFilter.ts';
import { parseEventSpec } from '../analysis/eventSpec.ts';
import { col, SqlParams } from '../analysis/sql.ts';
import { EntenteError } from '../errors.ts';
import type { EventRow } from '../store/schema.ts';
import type { SqlRunner } from '../store/SqlRunner.ts';
import type { EventsQuery } from './schemas.ts';

/** Undated events sort as if dated 0001-01-01, so they stay reachable by the cursor. */
const NO_DATE = '0001-01-01';
const SORT_KEYS = {
  date: `COALESCE(${col('date')}, DATE '${NO_DATE}')`,
  goldstein: col('goldstein'),
  mentions: col('num_mentions'),
} as const;
type SortKey = keyof typeof SORT_KEYS;

interface Cursor {
  sort: string;
  key: string | number;
  id: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.key, c.id])).toString('base64url');
}

function decodeCursor(text: string, sort: string): Cursor {
  const bad = (why: string): never => {
    throw new EntenteError('E_USAGE', `cursor: ${why}; pass the nextCursor of the previous page unchanged`, { field: 'cursor' });
  };
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return bad('not a cursor');
  }
  if (!Array.isArray(v) || v.length !== 3 || typeof v[2] !== 'string' || (typeof v[1] !== 'string' && typeof v[1] !== 'number')) return bad('not a cursor');
  if (v[0] !== sort) return bad(`made for sort '${String(v[0])}', not '${sort}'`);
  return { sort, key: v[1] as string | number, id: v[2] as string };
}

/** WHERE conditions for the filters (everything but the cursor). */
function filterConditions(q: EventsQuery, p: SqlParams): string[] {
  // `counted`: the same events a dyad bucket or triangle edge counts, so a drill-down lists exactly them.
  const where: string[] = q.counted ? baseConditions({}, p) : [];
  if (q.actor) {
    const sel = parseActorSelector(q.actor, 'actor');
    where.push(`(${actorPredicate(sel, 'source', p)} OR ${actorPredicate(sel, 'target', p)})`);
  }
  if (q.country) {
    const n = p.add(q.country);
    where.push(`(${col('source_country')} = ${n} OR ${col('target_country')} = ${n} OR ${col('location_country')} = ${n})`);
  }
  if (q.dyad) {
    const spec = parseEventSpec(q.dyad, 'dyad');
    where.push(dyadPredicate(spec.a, spec.b, spec.directed, p));
    if (spec.types) where.push(`${col('type')} IN (${spec.types.map((t) => p.add(t)).join(', ')})`);
  }
  if (q.type) where.push(`${col('type')} IN (${q.type.map((t) => p.add(t)).join(', ')})`);
  if (q.quad) where.push(`${col('quad_class')} IN (${q.quad.map((n) => p.add(n)).join(', ')})`);
  if (q.status) where.push(`${col('status')} IN (${q.status.map((s) => p.add(s)).join(', ')})`);
  if (q.from) where.push(`${col('date')} >= ${p.date(q.from)}`);
  if (q.to) where.push(`${col('date')} <= ${p.date(q.to)}`);
  if (q.place) where.push(`position(lower(${p.add(q.place)}) IN lower(COALESCE(${col('location_name')}, ''))) > 0`);
  if (q.provenance) where.push(`${col('provenance')} = ${p.add(q.provenance)}`);
  if (q.q) {
    const n = p.add(q.q.toLowerCase());
    const names = ['source_name', 'target_name', 'location_name'].map((c) => `position(${n} IN lower(COALESCE(${col(c)}, ''))) > 0`);
    where.push(`(${names.join(' OR ')} OR EXISTS (
      SELECT 1 FROM event_mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.event_id = events.id AND position(${n} IN lower(a.text)) > 0))`);
  }
  return where;
}

export interface EventPage {
  rows: EventRow[];
  total: number;
  nextCursor: string | null;
}

export async function queryEvents(db: SqlRunner, q: EventsQuery): Promise<EventPage> {
  const desc = q.sort.startsWith('-');
  const sortKey = (desc ? q.sort.slice(1) : q.sort) as SortKey;
  const keyExpr = SORT_KEYS[sortKey];
  const dir = desc ? 'DESC' : 'ASC';

  const countParams = new SqlParams();
  const countWhere = filterConditions(q, countParams);
  const [count] = await db.all<{ n: number }>(
    `SELECT COUNT(*) AS n FROM events WHERE ${countWhere.length > 0 ? countWhere.join(' AND ') : 'TRUE'}`,
    countParams.values,
  );

  const p = new SqlParams();
  const where = filterConditions(q, p);
  if (q.cursor) {
    const c = decodeCursor(q.cursor, q.sort);
    const key = sortKey === 'date' ? p.date(String(c.key)) : p.add(Number(c.key));
    const id = p.add(c.id);
    const op = desc ? '<' : '>';
    where.push(`(${keyExpr} ${op} ${key} OR (${keyExpr} = ${key} AND ${col('id')} ${op} ${id}))`);
  }
  const rows = await db.all<EventRow>(
    `SELECT * FROM events WHERE ${where.length > 0 ? where.join(' AND ') : 'TRUE'}
     ORDER BY ${keyExpr} ${dir}, ${col('id')} ${dir} LIMIT ${p.add(q.limit + 1)}`,
    p.values,
  );
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  const last = page[page.length - 1];
  let nextCursor: string | null = null;
  if (more && last) {
    const key = sortKey === 'date' ? (last.date === null ? NO_DATE : String(last.date).slice(0, 10)) : sortKey === 'goldstein' ? Number(last.goldstein) : Number(last.num_mentions);
    nextCursor = encodeCursor({ sort: q.sort, key, id: last.id });
  }
  return { rows: page, total: Number(count?.n ?? 0), nextCursor };
}
