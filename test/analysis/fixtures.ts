// Event fixtures for analytics tests: `ev({...})` builds one `events` row with domain defaults, and
// `eventsDb(rows)` loads rows into a fresh in-memory DuckDB with the store's own DDL.
import { DuckDbSql } from '../../src/store/duckdbSql.ts';
import { EVENTS_COLUMNS, EVENTS_DDL, type EventRow } from '../../src/store/schema.ts';
import type { SqlParam } from '../../src/store/SqlRunner.ts';

export interface EvInput {
  date: string | null;
  /** 'RUS' (country), 'RUS:GOV' (country:sector), 'NATO' (org, 2 or 4+ letters), 'putin@RUS' (id@country). */
  src: string;
  tgt: string;
  type?: string;
  quad?: 1 | 2 | 3 | 4;
  goldstein?: number;
  status?: string;
  mentions?: number;
  precision?: string;
  id?: string;
}

const DEFAULT_TYPE = { 1: 'CONSULT', 2: 'COOPERATE', 3: 'ACCUSE', 4: 'ASSAULT' } as const;
const DEFAULT_GOLDSTEIN = { 1: 1, 2: 6, 3: -2, 4: -9 } as const;
const QUAD_OF: Record<string, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1, COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

let seq = 0;

function actor(spec: string): { id: string; country: string | null; org: string | null; sector: string | null; name: string } {
  const at = spec.split('@');
  if (at.length === 2) return { id: at[0] as string, country: at[1] as string, org: null, sector: null, name: at[0] as string };
  const [country = '', sector] = spec.split(':');
  if (/^[A-Z]{3}$/.test(country) && spec !== 'WST') {
    return { id: spec, country, org: null, sector: sector ?? null, name: spec };
  }
  return { id: spec, country: null, org: spec, sector: null, name: spec };
}

export function ev(e: EvInput): EventRow {
  const quad = e.quad ?? (e.type ? QUAD_OF[e.type] : undefined) ?? 1;
  const s = actor(e.src);
  const t = actor(e.tgt);
  return {
    id: e.id ?? `ev${String(++seq).padStart(5, '0')}`,
    date: e.date,
    date_precision: e.precision ?? 'day',
    type: e.type ?? DEFAULT_TYPE[quad],
    mode: null,
    cameo: '040',
    quad_class: quad,
    goldstein: e.goldstein ?? DEFAULT_GOLDSTEIN[quad],
    status: e.status ?? 'asserted',
    source_id: s.id,
    source_name: s.name,
    source_country: s.country,
    source_org: s.org,
    source_sector: s.sector,
    source_role: null,
    target_id: t.id,
    target_name: t.name,
    target_country: t.country,
    target_org: t.org,
    target_sector: t.sector,
    target_role: null,
    location_name: null,
    location_country: null,
    location_admin1: null,
    lat: null,
    lon: null,
    location_precision: null,
    num_mentions: e.mentions ?? 1,
    num_sources: 1,
    num_articles: 1,
    first_article_id: null,
    rule_id: 'test',
    dictionary_version: 'test',
    provenance: 'coded',
  };
}

/** `n` events of one kind on one day. */
export function evs(n: number, e: EvInput): EventRow[] {
  return Array.from({ length: n }, () => ev(e));
}

export async function eventsDb(rows: readonly EventRow[]): Promise<DuckDbSql> {
  const db = await DuckDbSql.open(':memory:');
  await db.run(EVENTS_DDL);
  await insertEvents(db, rows);
  return db;
}

export async function insertEvents(db: DuckDbSql, rows: readonly EventRow[]): Promise<void> {
  const names = EVENTS_COLUMNS.map(([name]) => name);
  const perBatch = 200;
  for (let i = 0; i < rows.length; i += perBatch) {
    const batch = rows.slice(i, i + perBatch);
    const params: SqlParam[] = [];
    const tuples = batch.map((r) => {
      const slots = names.map((n) => {
        params.push((r as Record<string, SqlParam>)[n] ?? null);
        return n === 'date' ? `CAST($${params.length} AS DATE)` : `$${params.length}`;
      });
      return `(${slots.join(', ')})`;
    });
    await db.run(`INSERT INTO events (${names.map((n) => `"${n}"`).join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

/** Day n after a reference date, as YYYY-MM-DD (UTC). */
export function day(n: number, ref = '2024-01-01'): string {
  return new Date(Date.parse(`${ref}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
