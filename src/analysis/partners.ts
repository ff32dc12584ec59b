// Partners: A's counterparts ranked by event volume and by net cooperation. Unresolved counterparts (the
// coder's "?:…" ids: a noun phrase with no known country or organisation) are not partners. A counterpart is the other
// side of an event, keyed by country (else organisation, else actor id), or by actor id with
// level 'actor'. Events where both sides match A (Russia–Russia) are internal and left out.
import { EntenteError } from '../errors.ts';
import type { SqlRunner } from '../store/SqlRunner.ts';
import { actorPredicate, formatActorSelector, parseActorSelector, type Side } from './actorSelector.ts';
import { netCooperation } from './cooperation.ts';
import { baseConditions, countedStatuses, type BaseFilterOptions } from './eventFilter.ts';
import { wholeNumber } from './options.ts';
import { col, EVENTS_TABLE, query, SqlParams } from './sql.ts';

export interface PartnersOptions extends BaseFilterOptions {
  a: string;
  /** Rows per ranking (default 10). */
  limit?: number | undefined;
  /** Partners with fewer events are left out of the cooperation rankings (default 5). */
  minEvents?: number | undefined;
  /** 'country' (default): country, else org, else id; 'actor': id, else country, else org. */
  level?: 'country' | 'actor' | undefined;
}

export interface Partner {
  partner: string;
  events: number;
  /** Events with A as source / as target. */
  outgoing: number;
  incoming: number;
  coop: number;
  conflict: number;
  netCooperation: number | null;
  goldsteinMean: number;
}

export interface PartnersResult {
  a: string;
  from: string | null;
  to: string | null;
  statuses: readonly string[] | 'all';
  level: 'country' | 'actor';
  minEvents: number;
  /** Number of distinct partners and of events with any of them. */
  partners: number;
  events: number;
  byVolume: Partner[];
  /** Most cooperative first (net cooperation, then volume), among partners with ≥ minEvents. */
  mostCooperative: Partner[];
  /** Most conflictual first. */
  mostConflictual: Partner[];
}

interface PartnerRow extends Record<string, unknown> {
  partner: string;
  n: number;
  outgoing: number;
  coop: number;
  conflict: number;
  gsum: number;
}

export async function partners(db: SqlRunner, opts: PartnersOptions): Promise<PartnersResult> {
  const sel = parseActorSelector(opts.a, 'a');
  if (sel.kind === 'any') throw new EntenteError('E_USAGE', "a: partners needs an actor, not '*'");
  const limit = wholeNumber(opts.limit ?? 10, 'limit', 1);
  const minEvents = wholeNumber(opts.minEvents ?? 5, 'min-events');
  const level = opts.level ?? 'country';
  if (level !== 'country' && level !== 'actor') {
    throw new EntenteError('E_USAGE', `level: expected country or actor, got '${String(level)}'`);
  }

  const p = new SqlParams();
  const key = (side: Side): string => {
    const c = (f: string): string => col(`${side}_${f}`);
    return level === 'country' ? `COALESCE(${c('country')}, ${c('org')}, ${c('id')})` : `COALESCE(${c('id')}, ${c('country')}, ${c('org')})`;
  };
  const branch = (mine: Side, other: Side): string => {
    const where = [
      ...baseConditions(opts, p),
      actorPredicate(sel, mine, p),
      `NOT COALESCE(${actorPredicate(sel, other, p)}, FALSE)`,
    ];
    return `SELECT ${key(other)} AS partner, ${mine === 'source' ? 1 : 0} AS outgoing, ${col('quad_class')} AS q, ${col('goldstein')} AS g
      FROM ${EVENTS_TABLE} WHERE ${where.join(' AND ')}`;
  };
  const sql = `WITH m AS (${branch('source', 'target')} UNION ALL ${branch('target', 'source')})
    SELECT partner, COUNT(*) AS n, SUM(outgoing) AS outgoing,
      SUM(CASE WHEN q IN (1, 2) THEN 1 ELSE 0 END) AS coop,
      SUM(CASE WHEN q IN (3, 4) THEN 1 ELSE 0 END) AS conflict,
      SUM(g) AS gsum
    FROM m WHERE partner IS NOT NULL AND partner NOT LIKE '?%' GROUP BY partner`;
  const rows = await query<PartnerRow>(db, sql, p);

  const all: Partner[] = rows.map((r) => {
    const n = Number(r.n);
    const coop = Number(r.coop);
    const conflict = Number(r.conflict);
    return {
      partner: String(r.partner),
      events: n,
      outgoing: Number(r.outgoing),
      incoming: n - Number(r.outgoing),
      coop,
      conflict,
      netCooperation: netCooperation(coop, conflict),
      goldsteinMean: Number(r.gsum) / n,
    };
  });
  const byName = (x: Partner, y: Partner): number => (x.partner < y.partner ? -1 : x.partner > y.partner ? 1 : 0);
  const byVolume = [...all].sort((x, y) => y.events - x.events || byName(x, y));
  const rated = all.filter((x) => x.events >= minEvents && x.netCooperation !== null);
  const idx = (x: Partner): number => x.netCooperation as number;
  const mostCooperative = [...rated].sort((x, y) => idx(y) - idx(x) || y.events - x.events || byName(x, y));
  const mostConflictual = [...rated].sort((x, y) => idx(x) - idx(y) || y.events - x.events || byName(x, y));

  return {
    a: formatActorSelector(sel),
    from: opts.from ?? null,
    to: opts.to ?? null,
    statuses: countedStatuses(opts),
    level,
    minEvents,
    partners: all.length,
    events: all.reduce((s, x) => s + x.events, 0),
    byVolume: byVolume.slice(0, limit),
    mostCooperative: mostCooperative.slice(0, limit),
    mostConflictual: mostConflictual.slice(0, limit),
  };
}
