// The `events` table is the contract between the store (which fills it) and analytics (which reads it).
// One row per real-world event *cluster*: mentions of the same event in several articles are merged into
// one row here (num_mentions/num_sources/num_articles), and each mention lives in `event_mentions`.
// Portable SQL: the same DDL runs on DuckDB and PostgreSQL.

export const EVENTS_COLUMNS = [
  ['id', 'VARCHAR NOT NULL'], // the key (PRIMARY KEY where the store keeps one: eventsDdl)
  ['date', 'DATE'], // event date (may be the bound for precision 'before')
  ['date_precision', 'VARCHAR'],
  ['type', 'VARCHAR NOT NULL'], // PLOVER type
  ['mode', 'VARCHAR'],
  ['cameo', 'VARCHAR NOT NULL'],
  ['quad_class', 'INTEGER NOT NULL'],
  ['goldstein', 'DOUBLE PRECISION NOT NULL'],
  ['status', 'VARCHAR NOT NULL'],
  ['source_id', 'VARCHAR'],
  ['source_name', 'VARCHAR'],
  ['source_country', 'VARCHAR'],
  ['source_org', 'VARCHAR'],
  ['source_sector', 'VARCHAR'],
  ['source_role', 'VARCHAR'],
  ['target_id', 'VARCHAR'],
  ['target_name', 'VARCHAR'],
  ['target_country', 'VARCHAR'],
  ['target_org', 'VARCHAR'],
  ['target_sector', 'VARCHAR'],
  ['target_role', 'VARCHAR'],
  ['location_name', 'VARCHAR'],
  ['location_country', 'VARCHAR'],
  ['location_admin1', 'VARCHAR'],
  ['lat', 'DOUBLE PRECISION'],
  ['lon', 'DOUBLE PRECISION'],
  ['location_precision', 'VARCHAR'],
  ['num_mentions', 'INTEGER NOT NULL DEFAULT 1'],
  ['num_sources', 'INTEGER NOT NULL DEFAULT 1'],
  ['num_articles', 'INTEGER NOT NULL DEFAULT 1'],
  ['first_article_id', 'VARCHAR'], // article of the earliest mention
  ['rule_id', 'VARCHAR'],
  ['dictionary_version', 'VARCHAR'],
  ['provenance', 'VARCHAR NOT NULL'], // 'coded' | 'imported:gdelt' | 'imported:icews'
] as const;

/** The events table's DDL; DuckDB stores drop the key index from schema version 2 on (migrations.ts). */
export function eventsDdl(options: { primaryKey?: boolean; name?: string } = {}): string {
  const lines = EVENTS_COLUMNS.map(([name, type]) => `"${name}" ${type}`);
  if (options.primaryKey !== false) lines.push('PRIMARY KEY ("id")');
  return `CREATE TABLE IF NOT EXISTS ${options.name ?? 'events'} (\n  ${lines.join(',\n  ')}\n)`;
}

export const EVENTS_DDL = eventsDdl();

export type EventRow = {
  id: string;
  date: string | null; // ISO YYYY-MM-DD
  date_precision: string | null;
  type: string;
  mode: string | null;
  cameo: string;
  quad_class: number;
  goldstein: number;
  status: string;
  source_id: string | null;
  source_name: string | null;
  source_country: string | null;
  source_org: string | null;
  source_sector: string | null;
  source_role: string | null;
  target_id: string | null;
  target_name: string | null;
  target_country: string | null;
  target_org: string | null;
  target_sector: string | null;
  target_role: string | null;
  location_name: string | null;
  location_country: string | null;
  location_admin1: string | null;
  lat: number | null;
  lon: number | null;
  location_precision: string | null;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
  first_article_id: string | null;
  rule_id: string | null;
  dictionary_version: string | null;
  provenance: string;
};
