// One entry point for every command and for the API: `--db PATH` opens a DuckDB file,
// `--db postgres://…` a PostgreSQL database.
import { DEFAULT_DB_PATH, DuckDbStore } from './DuckDbStore.ts';
import { PostgresStore } from './PostgresStore.ts';
import type { Store } from './Store.ts';

export interface StoreConfig {
  /** DuckDB file path, ':memory:', or a postgres:// URL. */
  db: string;
  /** DuckDB buffer budget. */
  memoryLimit: string;
  /** PostgreSQL schema for the tables (tests use one per run). */
  schema: string | undefined;
}

export function createStoreConfig(options: Partial<StoreConfig> = {}): StoreConfig {
  return {
    db: options.db ?? process.env.ENTENTE_DB ?? DEFAULT_DB_PATH,
    memoryLimit: options.memoryLimit ?? '128MB',
    schema: options.schema,
  };
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

export async function openStore(options: Partial<StoreConfig> | string = {}): Promise<Store> {
  const config = createStoreConfig(typeof options === 'string' ? { db: options } : options);
  if (isPostgresUrl(config.db)) return PostgresStore.open(config.db, { schema: config.schema });
  return DuckDbStore.open(config.db, { memoryLimit: config.memoryLimit });
}
