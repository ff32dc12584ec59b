// The one place analytics commands open a store. Swap the body for the store's `openStore` when it lands.
import { existsSync } from 'node:fs';
import { EntenteError } from '../errors.ts';
import { DuckDbSql } from '../store/duckdbSql.ts';
import type { SqlRunner } from '../store/SqlRunner.ts';

export const DEFAULT_DB_PATH = './entente.duckdb';

export interface OpenDb {
  db: SqlRunner;
  close(): void;
}

/** Open an existing database for reading; a missing file is an error rather than a new empty store. */
export async function openDb(path: string = DEFAULT_DB_PATH): Promise<OpenDb> {
  if (path !== ':memory:' && !existsSync(path)) {
    throw new EntenteError('E_INPUT_NOT_FOUND', `--db: no database at ${path}`, { path });
  }
  const db = await DuckDbSql.open(path);
  return { db, close: () => db.close() };
}

/** Run `fn` with an open database and close it afterwards, whatever happens. */
export async function withDb<T>(path: string | undefined, fn: (db: SqlRunner) => Promise<T>): Promise<T> {
  const handle = await openDb(path ?? DEFAULT_DB_PATH);
  try {
    return await fn(handle.db);
  } finally {
    handle.close();
  }
}
