// A thin DuckDB connection wrapper implementing SqlRunner: plain rows, numbers instead of BigInt,
// ISO strings for DATE/TIMESTAMP, and typed E_STORE_* errors for open failures.
import { DuckDBInstance, listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { EntenteError } from '../errors.ts';
import type { Row, SqlParam, SqlRunner } from './SqlRunner.ts';

export class DuckDbSql implements SqlRunner {
  readonly dialect = 'duckdb' as const;
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  /** Open a database file (created if missing) or ':memory:'. */
  static async open(path = ':memory:'): Promise<DuckDbSql> {
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path);
    } catch (e) {
      throw openError(path, e);
    }
    const connection = await instance.connect();
    return new DuckDbSql(instance, connection);
  }

  async all<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, toValues(params));
    return reader.getRowObjectsJS().map((r) => normaliseRow(r) as T);
  }

  async run(sql: string, params: readonly SqlParam[] = []): Promise<void> {
    await this.connection.run(sql, toValues(params));
  }

  /** Like `all`, but array parameters are passed as DuckDB LISTs (`col IN (SELECT unnest($1::VARCHAR[]))`). */
  async allWithLists<T extends Row = Row>(sql: string, params: readonly ListOrScalar[] = []): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, toListValues(params));
    return reader.getRowObjectsJS().map((r) => normaliseRow(r) as T);
  }

  /** Like `run`, with array parameters passed as DuckDB LISTs. */
  async runWithLists(sql: string, params: readonly ListOrScalar[] = []): Promise<void> {
    await this.connection.run(sql, toListValues(params));
  }

  /** The underlying connection, for bulk paths (appenders) that SqlRunner does not cover. */
  get raw(): DuckDBConnection {
    return this.connection;
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

function toValues(params: readonly SqlParam[]): DuckDBValue[] | undefined {
  if (params.length === 0) return undefined;
  return params.map((p) => (p instanceof Date ? p.toISOString() : p)) as DuckDBValue[];
}

/** A scalar parameter or a list of strings/numbers. */
export type ListOrScalar = SqlParam | readonly string[] | readonly number[];

function toListValues(params: readonly ListOrScalar[]): DuckDBValue[] | undefined {
  if (params.length === 0) return undefined;
  return params.map((p) => {
    if (Array.isArray(p)) {
      // Integers go as BIGINT: a JS number list would otherwise be bound as 32-bit INTEGERs.
      const items = p as readonly (string | number)[];
      return listValue(items.map((v) => (typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v)));
    }
    return p instanceof Date ? p.toISOString() : (p as DuckDBValue);
  });
}

function normaliseRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = normaliseValue(v);
  return out;
}

function normaliseValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(v)) return v.map(normaliseValue);
  return v;
}

function openError(path: string, e: unknown): EntenteError {
  const msg = e instanceof Error ? e.message : String(e);
  if (/lock/i.test(msg)) {
    return new EntenteError('E_STORE_LOCKED', `database ${path} is locked by another process: ${msg}`, { path });
  }
  if (/not a valid|corrupt|invalid|magic|Serialization/i.test(msg)) {
    return new EntenteError('E_STORE_CORRUPT', `database ${path} is not a readable DuckDB file: ${msg}`, { path });
  }
  return new EntenteError('E_STORE_OPEN', `cannot open database ${path}: ${msg}`, { path });
}
