// SQL plumbing shared by the analytics: a $n parameter collector, a column reference helper, and a
// query wrapper that turns driver errors into E_STORE_QUERY. Analytics read only the `events` table.
import { EntenteError, isEntenteError } from '../errors.ts';
import { quoteIdent, type Row, type SqlParam, type SqlRunner } from '../store/SqlRunner.ts';

/** Collects parameter values and hands out their $n placeholders, so no value is ever spliced into SQL. */
export class SqlParams {
  readonly values: SqlParam[] = [];

  add(value: SqlParam): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** `CAST($n AS DATE)`: portable between DuckDB and PostgreSQL. */
  date(iso: string): string {
    return `CAST(${this.add(iso)} AS DATE)`;
  }
}

/** A quoted column of the events table. */
export function col(name: string): string {
  return quoteIdent(name);
}

export const EVENTS_TABLE = quoteIdent('events');

export async function query<T extends Row>(db: SqlRunner, sql: string, params: SqlParams): Promise<T[]> {
  try {
    return await db.all<T>(sql, params.values);
  } catch (e) {
    if (isEntenteError(e)) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    const hint = /events/i.test(msg) && /(not exist|not found)/i.test(msg) ? ' (is this an Entente store?)' : '';
    throw new EntenteError('E_STORE_QUERY', `analytics query failed: ${msg}${hint}`);
  }
}
