// The default store: one DuckDB file (./entente.duckdb). Bulk writes go through DuckDB's Appender inside
// the caller's transaction; exports to Parquet and CSV use COPY.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DuckDBAppender } from '@duckdb/node-api';
import { EntenteError, isEntenteError } from '../errors.ts';
import { DuckDbSql } from './duckdbSql.ts';
import type { Row, SqlParam } from './SqlRunner.ts';
import { SqlStore, type ListOrScalar } from './SqlStore.ts';
import type { EventRow } from './schema.ts';
import type { ArticleKey, ArticleRecord, EventFilter, NearDuplicateCandidate } from './Store.ts';
import { BloomFilter } from './bloomFilter.ts';
import { EVENTS } from './tables.ts';
import type { ColumnKind, TableSpec } from './tables.ts';

export const DEFAULT_DB_PATH = './entente.duckdb';
/** The id filter's smallest capacity, and rows read per page when it is built. */
const ID_FILTER_MIN = 100_000;
const ID_FILTER_PAGE = 50_000;
/** The band filter's smallest capacity (16 bands an article: 100k band keys is ~6k articles). */
const BAND_FILTER_MIN = 100_000;
const BAND_FILTER_PAGE = 200_000;

export interface DuckDbStoreOptions {
  /** DuckDB's buffer budget; keeps a long ingest's memory flat. */
  memoryLimit?: string;
  threads?: number;
}

export class DuckDbStore extends SqlStore {
  readonly dialect = 'duckdb' as const;
  protected readonly exclusive = true;
  private readonly columnOrder = new Map<string, string[]>();

  private constructor(
    private readonly sql: DuckDbSql,
    readonly location: string,
  ) {
    super();
  }

  /** Open (creating if needed) a database file, or ':memory:'; migrate it to the current schema. */
  static async open(path: string = DEFAULT_DB_PATH, options: DuckDbStoreOptions = {}): Promise<DuckDbStore> {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sql = await DuckDbSql.open(path);
    const store = new DuckDbStore(sql, path);
    try {
      await sql.run(`SET memory_limit = '${(options.memoryLimit ?? '128MB').replace(/[^0-9A-Za-z.]/g, '')}'`);
      if (options.threads) await sql.run(`SET threads = ${Math.max(1, Math.floor(options.threads))}`);
      await store.migrate();
    } catch (e) {
      sql.close();
      if (isEntenteError(e) && e.code !== 'E_STORE_QUERY') throw e;
      const msg = e instanceof Error ? e.message : String(e);
      throw new EntenteError('E_STORE_CORRUPT', `database ${path} could not be read as an Entente store: ${msg}`, { path });
    }
    return store;
  }

  async all<T extends Row = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return this.guard(sql, () => this.sql.all<T>(sql, params));
  }

  async run(sql: string, params: readonly SqlParam[] = []): Promise<void> {
    this.forgetFiltersIfWritten(sql);
    return this.guard(sql, () => this.sql.run(sql, params));
  }

  // ── The article-id and band-key filters ──────────────────────────────────────────────────────────
  // Every batch of an ingest asks which of its ids are stored, twice (the decision, then the insert's own
  // check), and each ask scanned the whole id column: a cost that grew with the corpus. A Bloom filter
  // over the stored ids answers "certainly not stored" for new articles without touching the table; only
  // ids that may be stored are looked up. The same holds for the near-duplicate lookup: each batch asked
  // for its 16 LSH band keys an article, which scanned `article_bands` (16 rows an article), and nearly all
  // of those keys belong to no stored article. This store is the only writer of its file, so the filters
  // see every id and band written through upsertArticles; SQL run directly against `articles` or
  // `article_bands` drops them (rebuilt on next use). Rolled-back inserts leave extra entries, which only
  // cost a lookup.
  private idFilter: BloomFilter | null = null;
  private bandFilter: BloomFilter | null = null;

  private forgetFiltersIfWritten(sql: string): void {
    if (/^\s*(select|with)\b/i.test(sql)) return;
    if (this.idFilter && /\barticles\b/i.test(sql)) this.idFilter = null;
    if (this.bandFilter && /\barticle_bands\b/i.test(sql)) this.bandFilter = null;
  }

  private async storedIds(): Promise<BloomFilter> {
    if (this.idFilter && !this.idFilter.full) return this.idFilter;
    const [row] = await this.all<{ n: number }>('SELECT count(*) AS n FROM articles');
    const filter = new BloomFilter(Math.max(ID_FILTER_MIN, Number(row?.n ?? 0) * 2));
    let after = -1;
    for (;;) {
      const ids = await this.all<{ id: string; seq: number }>(
        `SELECT id, seq FROM articles WHERE seq > $1 ORDER BY seq LIMIT ${ID_FILTER_PAGE}`,
        [after],
      );
      for (const r of ids) filter.add(r.id);
      if (ids.length < ID_FILTER_PAGE) break;
      after = Number((ids[ids.length - 1] as { seq: number }).seq);
    }
    this.idFilter = filter;
    return filter;
  }

  private async storedBands(): Promise<BloomFilter> {
    if (this.bandFilter && !this.bandFilter.full) return this.bandFilter;
    const [row] = await this.all<{ n: number; top: number | null }>('SELECT count(*) AS n, max(rowid) AS top FROM article_bands');
    const filter = new BloomFilter(Math.max(BAND_FILTER_MIN, Number(row?.n ?? 0) * 2));
    // Pages by rowid: the table has no key, and a page's worth of numbers at a time keeps memory flat.
    const top = Number(row?.top ?? -1);
    for (let from = 0; from <= top; from += BAND_FILTER_PAGE) {
      const keys = await this.all<{ band_key: number }>('SELECT band_key FROM article_bands WHERE rowid >= $1 AND rowid < $2', [from, from + BAND_FILTER_PAGE]);
      for (const r of keys) filter.add(String(r.band_key));
    }
    this.bandFilter = filter;
    return filter;
  }

  override async findArticleKeys(ids: readonly string[]): Promise<Map<string, ArticleKey>> {
    const filter = await this.storedIds();
    const maybe = ids.filter((id) => filter.mayContain(id));
    return maybe.length === 0 ? new Map() : super.findArticleKeys(maybe);
  }

  override async findNearDuplicates(bandKeys: readonly number[]): Promise<NearDuplicateCandidate[]> {
    const filter = await this.storedBands();
    const maybe = bandKeys.filter((k) => filter.mayContain(String(k)));
    return maybe.length === 0 ? [] : super.findNearDuplicates(maybe);
  }

  override async upsertArticles(articles: readonly ArticleRecord[]): Promise<number> {
    const n = await super.upsertArticles(articles);
    const ids = await this.storedIds();
    const bands = await this.storedBands();
    for (const a of articles) {
      ids.add(a.id);
      // Only originals' bands are stored (SqlStore.upsertArticles); a copy's would only cost a lookup.
      if (a.duplicateOf === null) for (const k of a.bands) bands.add(String(k));
    }
    return n;
  }

  protected allWithLists<T extends Row = Row>(sql: string, params: readonly ListOrScalar[]): Promise<T[]> {
    return this.guard(sql, () => this.sql.allWithLists<T>(sql, params));
  }

  protected runWithLists(sql: string, params: readonly ListOrScalar[]): Promise<void> {
    return this.guard(sql, () => this.sql.runWithLists(sql, params));
  }

  protected inList(column: string, n: number, kind: 'text' | 'bigint'): string {
    return `${column} IN (SELECT unnest($${n}::${kind === 'bigint' ? 'BIGINT' : 'VARCHAR'}[]))`;
  }

  protected zippedKeyIntervals(n: number): string {
    return `(SELECT key, CAST(lo AS DATE) AS lo, CAST(hi AS DATE) AS hi FROM (SELECT unnest($${n}::VARCHAR[]) AS key,
      unnest($${n + 1}::VARCHAR[]) AS lo, unnest($${n + 2}::VARCHAR[]) AS hi))`;
  }

  /** Appender rows in the table's physical column order (looked up once, so added columns stay aligned). */
  protected async insertRows(table: TableSpec, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    const order = await this.physicalColumns(table.name);
    const kinds = new Map(table.columns.map((c) => [c.name, c.kind]));
    let appender: DuckDBAppender | undefined;
    try {
      appender = await this.sql.raw.createAppender(table.name);
      for (const row of rows) {
        for (const col of order) append(appender, kinds.get(col) ?? 'text', row[col]);
        appender.endRow();
      }
      appender.flushSync();
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new EntenteError('E_STORE_QUERY', `writing ${rows.length} rows to ${table.name} failed: ${msg}`, { table: table.name });
    } finally {
      appender?.closeSync();
    }
  }

  private async physicalColumns(table: string): Promise<string[]> {
    let cols = this.columnOrder.get(table);
    if (!cols) {
      const rows = await this.all<{ column_name: string }>(
        'SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position',
        [table],
      );
      cols = rows.map((r) => r.column_name);
      this.columnOrder.set(table, cols);
    }
    return cols;
  }

  /** Append events rows as they are (a staging copy for exports from other stores; no clustering). */
  async appendEventRows(rows: readonly EventRow[]): Promise<void> {
    await this.insertRows(EVENTS, rows as unknown as Row[]);
  }

  async copyEvents(format: 'parquet' | 'csv', path: string, filter: EventFilter = {}): Promise<number> {
    const { where, params } = this.filterSql(filter);
    mkdirSync(dirname(path), { recursive: true });
    const options = format === 'parquet' ? '(FORMAT parquet)' : '(FORMAT csv, HEADER true)';
    await this.runWithLists(
      `COPY (SELECT * FROM events WHERE ${where} ORDER BY date, id) TO ${quoteLiteral(path)} ${options}`,
      params,
    );
    const [row] = await this.allWithLists<{ n: number }>(`SELECT count(*) AS n FROM events WHERE ${where}`, params);
    return Number(row?.n ?? 0);
  }

  async close(): Promise<void> {
    this.sql.close();
  }

  private async guard<T>(sql: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isEntenteError(e)) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      throw new EntenteError('E_STORE_QUERY', `query on ${this.location} failed: ${msg}`, { sql: sql.slice(0, 200) });
    }
  }
}

function append(a: DuckDBAppender, kind: ColumnKind, v: unknown): void {
  if (v === null || v === undefined) {
    a.appendNull();
    return;
  }
  switch (kind) {
    case 'int':
      a.appendInteger(Number(v));
      return;
    case 'bigint':
      a.appendBigInt(BigInt(v as number));
      return;
    case 'double':
      a.appendDouble(Number(v));
      return;
    case 'bool':
      a.appendBoolean(Boolean(v));
      return;
    default:
      // text, and DATE/TIMESTAMP as ISO strings (DuckDB casts them on append).
      a.appendVarchar(String(v));
  }
}

/** A string literal for the few places SQL cannot take a parameter (COPY's file name). */
export function quoteLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
