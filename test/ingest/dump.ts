// A stable dump of every content table, for comparing databases: rows sorted, run ids and ingestion
// times left out (they differ between two runs that stored the same things).
import type { Store } from '../../src/store/Store.ts';
import { ALL_TABLES } from '../../src/store/tables.ts';

const VOLATILE = new Set(['ingested_at', 'run_id']);
const SKIPPED_TABLES = new Set(['ingest_runs', 'schema_version']);

export async function dumpTables(store: Store): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of ALL_TABLES) {
    if (SKIPPED_TABLES.has(t.name)) continue;
    const cols = t.columns.map((c) => c.name).filter((c) => !VOLATILE.has(c));
    const rows = await store.all(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${t.name}"`);
    out[t.name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}
