// The smallest SQL surface shared by every store and by analytics: parameterised queries returning
// plain row objects. Parameters use $1, $2, … (both DuckDB and PostgreSQL accept that form).

export type SqlParam = string | number | boolean | null | Date | bigint;
export type Row = Record<string, unknown>;

export interface SqlRunner {
  /** Run a query and return its rows as plain objects (BigInt counts converted to numbers, DATE → 'YYYY-MM-DD'). */
  all<T extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Run a statement for its effect. */
  run(sql: string, params?: readonly SqlParam[]): Promise<void>;
  /** Which SQL dialect this runner speaks, for the few places where DuckDB and PostgreSQL differ. */
  readonly dialect: 'duckdb' | 'postgres';
}

/** Quote an SQL identifier (the one helper for identifiers, STYLE.md). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
