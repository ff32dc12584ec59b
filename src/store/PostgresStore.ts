// PostgreSQL store: the same tables and logic as DuckDB (SqlStore), over one `pg` client so that a
// transaction is one session. Selected with `--db postgres://…`. Bulk writes are multi-row INSERTs.
import pg from 'pg';
import { EntenteError, isEntenteError } from '../errors.ts';
import type { Row, SqlParam } from './SqlRunner.ts';
import { chunks, SqlStore, type ListOrScalar } from './SqlStore.ts';
import type { TableSpec } from './tables.ts';

/** PostgreSQL allows 65535 parameters per statement; stay well below. */
const MAX_PARAMS = 30_000;

export interface PostgresStoreOptions {
  /** Schema to keep the tables in (created if missing); default: the connection's search_path. */
  schema?: string;
}

// Values as SqlRunner promises them: DATE as 'YYYY-MM-DD', TIMESTAMP as ISO strings, counts as numbers.
const OID = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 };
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case OID.int8:
      case OID.numeric:
        return (v: string) => Number(v);
      case OID.date:
        return (v: string) => v;
      case OID.timestamp:
        return (v: string) => new Date(`${v.replace(' ', 'T')}Z`).toISOString();
      case OID.timestamptz:
        return (v: string) => new Date(v.replace(' ', 'T')).toISOString();
      default:
        return pg.types.getTypeParser(oid, format ?? 'text');
    }
  },
};

export class PostgresStore extends SqlStore {
  readonly dialect = 'postgres' as const;
  protected readonly exclusive = false;

  private constructor(
    private readonly client: pg.Client,
    readonly location: string,
  ) {
    super();
  }

  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const location = redact(url);
    const client = new pg.Client({ connectionString: url, types: typeParsers as pg.CustomTypesConfig });
    try {
      await client.connect();
    } catch (e) {
      await client.end().catch(() => undefined);
      const msg = e instanceof Error ? e.message : String(e);
      throw new EntenteError('E_STORE_OPEN', `cannot connect to ${location}: ${msg}`, { url: location });
    }
    const store = new PostgresStore(client, location);
    try {
      if (options.schema) {
        const schema = `"${options.schema.replace(/"/g, '""')}"`;
        await store.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await store.run(`SET search_path TO ${schema}`);
      }
      await store.migrate();
    } catch (e) {
      await client.end().catch(() => undefined);
      throw e;
    }
    return store;
  }

  async all<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return this.allWithLists<T>(sql, params);
  }

  async run(sql: string, params: readonly SqlParam[] = []): Promise<void> {
    await this.allWithLists(sql, params);
  }

  protected async allWithLists<T extends Row = Row>(sql: string, params: readonly ListOrScalar[]): Promise<T[]> {
    try {
      const res = await this.client.query(sql, params.map(toPg));
      return res.rows as T[];
    } catch (e) {
      if (isEntenteError(e)) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      throw new EntenteError('E_STORE_QUERY', `query on ${this.location} failed: ${msg}`, { sql: sql.slice(0, 200) });
    }
  }

  protected async runWithLists(sql: string, params: readonly ListOrScalar[]): Promise<void> {
    await this.allWithLists(sql, params);
  }

  protected inList(column: string, n: number, kind: 'text' | 'bigint'): string {
    return `${column} = ANY($${n}::${kind === 'bigint' ? 'bigint' : 'text'}[])`;
  }

  protected zippedKeyIntervals(n: number): string {
    return `(SELECT key, lo::date AS lo, hi::date AS hi FROM unnest($${n}::text[], $${n + 1}::text[], $${n + 2}::text[]) AS u(key, lo, hi))`;
  }

  protected async insertRows(table: TableSpec, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    const cols = table.columns.map((c) => c.name);
    const perStatement = Math.max(1, Math.floor(MAX_PARAMS / cols.length));
    const colList = cols.map((c) => `"${c}"`).join(', ');
    for (const chunk of chunks(rows, perStatement)) {
      const params: unknown[] = [];
      const tuples = chunk.map((row) => {
        const slots = cols.map((c) => {
          params.push(row[c] ?? null);
          return `$${params.length}`;
        });
        return `(${slots.join(', ')})`;
      });
      await this.allWithLists(`INSERT INTO "${table.name}" (${colList}) VALUES ${tuples.join(', ')}`, params as ListOrScalar[]);
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

function toPg(p: ListOrScalar): unknown {
  if (typeof p === 'bigint') return p.toString();
  if (p instanceof Date) return p.toISOString();
  return p;
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}
