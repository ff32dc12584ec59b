// The evidence behind a number: a short reference to one event row, enough to read and look it up.
import { col } from './sql.ts';

export interface EventRef {
  id: string;
  date: string;
  type: string;
  quadClass: number;
  goldstein: number;
  mentions: number;
  /** Source actor as written: its name, else its id, else its country. */
  source: string | null;
  target: string | null;
  status: string;
}

/** Columns to select for an EventRef (alias-prefixed with `ev_` so they do not clash with aggregates). */
export const EVENT_REF_COLUMNS = [
  `${col('id')} AS ev_id`,
  `${col('date')} AS ev_date`,
  `${col('type')} AS ev_type`,
  `${col('quad_class')} AS ev_quad`,
  `${col('goldstein')} AS ev_goldstein`,
  `${col('num_mentions')} AS ev_mentions`,
  `COALESCE(${col('source_name')}, ${col('source_id')}, ${col('source_country')}, ${col('source_org')}) AS ev_source`,
  `COALESCE(${col('target_name')}, ${col('target_id')}, ${col('target_country')}, ${col('target_org')}) AS ev_target`,
  `${col('status')} AS ev_status`,
].join(', ');

export function eventRefFromRow(r: Record<string, unknown>): EventRef {
  return {
    id: String(r.ev_id),
    date: String(r.ev_date).slice(0, 10),
    type: String(r.ev_type),
    quadClass: Number(r.ev_quad),
    goldstein: Number(r.ev_goldstein),
    mentions: Number(r.ev_mentions),
    source: r.ev_source == null ? null : String(r.ev_source),
    target: r.ev_target == null ? null : String(r.ev_target),
    status: String(r.ev_status),
  };
}

/** Most telling first: largest |Goldstein|, then most mentions, then id for a stable order. */
export function compareSalience(x: EventRef, y: EventRef): number {
  return Math.abs(y.goldstein) - Math.abs(x.goldstein) || y.mentions - x.mentions || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}
