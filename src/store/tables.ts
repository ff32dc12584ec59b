// Every table the store keeps, described once as data: the DDL, the bulk-insert column order and the
// row conversion of each implementation come from these specs. `events` comes from schema.ts, the
// contract with analytics; the other tables are the store's own.
import { EVENTS_COLUMNS } from './schema.ts';

export type ColumnKind = 'text' | 'int' | 'bigint' | 'double' | 'bool' | 'date' | 'timestamp';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  notNull?: boolean;
}

export interface TableSpec {
  name: string;
  columns: ColumnSpec[];
  /** Primary key columns; [] for none. */
  key: string[];
}

function cols(spec: string): ColumnSpec[] {
  // "name kind[!]" separated by commas; "!" marks NOT NULL.
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [name, kindRaw] = s.split(/\s+/) as [string, string];
      const notNull = kindRaw.endsWith('!');
      return { name, kind: kindRaw.replace('!', '') as ColumnKind, notNull };
    });
}

function actorCols(prefix: string): string {
  return ['id', 'name', 'country', 'org', 'sector', 'role', 'text']
    .map((c) => `${prefix}_${c} text`)
    .concat([`${prefix}_start int`, `${prefix}_end int`])
    .join(', ');
}

export const SCHEMA_VERSION_TABLE: TableSpec = {
  name: 'schema_version',
  key: ['version'],
  columns: cols('version int!, applied_at timestamp, description text'),
};

/** One row per article. id = content hash of the normalised text (exact copies from elsewhere get a derived id). */
export const ARTICLES: TableSpec = {
  name: 'articles',
  key: ['id'],
  columns: cols(`id text!, seq bigint!, url text, outlet text, title text, byline text, published date,
    language text, text text!, ingested_at timestamp, duplicate_of text, duplicate_kind text,
    similarity double, external_id text, origin text, coded bool!, num_events int!, minhash text, run_id text`),
};

/** LSH band keys of original (non-duplicate) articles, for near-duplicate lookup over the whole corpus. */
export const ARTICLE_BANDS: TableSpec = {
  name: 'article_bands',
  key: [],
  columns: cols('band_key bigint!, article_id text!'),
};

/** Sentences of coded articles as offsets into articles.text (their text is not stored twice). */
export const SENTENCES: TableSpec = {
  name: 'sentences',
  key: [],
  columns: cols('article_id text!, idx int!, start_char int!, end_char int!, commentary bool!'),
};

/** One row per coded event of an article: every CodedEvent field, with event_id → events.id (its cluster). */
export const EVENT_MENTIONS: TableSpec = {
  name: 'event_mentions',
  key: ['id'],
  columns: cols(`id text!, event_id text!, article_id text!, outlet text, article_published date,
    coder_event_id text, type text!, mode text, cameo text!, quad_class int!, goldstein double!, status text!,
    ${actorCols('source')}, ${actorCols('target')},
    location_name text, location_country text, location_admin1 text, location_lat double, location_lon double,
    location_precision text, location_text text, location_start int, location_end int,
    date date, date_precision text, date_text text, attribution text, evidence text!, rule_id text,
    dictionary_version text`),
};

function eventKind(sqlType: string): ColumnKind {
  if (sqlType.startsWith('DATE')) return 'date';
  if (sqlType.startsWith('INTEGER')) return 'int';
  if (sqlType.startsWith('DOUBLE')) return 'double';
  return 'text';
}

export const EVENTS: TableSpec = {
  name: 'events',
  key: ['id'],
  columns: EVENTS_COLUMNS.map(([name, type]) => ({ name, kind: eventKind(type), notNull: type.includes('NOT NULL') })),
};

/**
 * The clustering index of coded events: the lookup key (type + dyad), the date interval the cluster
 * covers, its creation order (for deterministic tie-breaks) and the publication date of its earliest article.
 */
export const EVENT_KEYS: TableSpec = {
  name: 'event_keys',
  key: ['event_id'],
  columns: cols('event_id text!, seq bigint!, cluster_key text!, date_lo date, date_hi date, first_published date'),
};

export const ACTORS: TableSpec = {
  name: 'actors',
  key: ['id'],
  columns: cols('id text!, name text, country text, org text, sector text, role text, num_mentions int!'),
};

/** Provenance of imported events: the original record, kept for round trips (SOURCEURL, story ids). */
export const IMPORTED_EVENTS: TableSpec = {
  name: 'imported_events',
  key: ['event_id'],
  columns: cols('event_id text!, format text!, source_url text, source_ref text, raw text'),
};

export const INGEST_RUNS: TableSpec = {
  name: 'ingest_runs',
  key: ['id'],
  columns: cols(`id text!, started_at timestamp, finished_at timestamp, status text!, inputs text,
    articles_seen int!, new_articles int!, exact_duplicates int!, near_duplicates int!, unchanged int!,
    non_english int!, failed int!, mentions int!, new_events int!, seconds double, message text`),
};

export const ALL_TABLES: TableSpec[] = [
  SCHEMA_VERSION_TABLE,
  ARTICLES,
  ARTICLE_BANDS,
  SENTENCES,
  EVENT_MENTIONS,
  EVENTS,
  EVENT_KEYS,
  ACTORS,
  IMPORTED_EVENTS,
  INGEST_RUNS,
];

const SQL_TYPES: Record<ColumnKind, string> = {
  text: 'VARCHAR',
  int: 'INTEGER',
  bigint: 'BIGINT',
  double: 'DOUBLE PRECISION',
  bool: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
};

/** CREATE TABLE for a spec; `primaryKey: false` leaves the key to the store's own checks (see migrations.ts). */
export function createTableSql(t: TableSpec, options: { primaryKey?: boolean; name?: string } = {}): string {
  const lines = t.columns.map((c) => `"${c.name}" ${SQL_TYPES[c.kind]}${c.notNull ? ' NOT NULL' : ''}`);
  if (t.key.length > 0 && options.primaryKey !== false) lines.push(`PRIMARY KEY (${t.key.map((k) => `"${k}"`).join(', ')})`);
  return `CREATE TABLE IF NOT EXISTS "${options.name ?? t.name}" (\n  ${lines.join(',\n  ')}\n)`;
}
