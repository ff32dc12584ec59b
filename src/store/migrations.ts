// Schema versions. Each migration runs once, in a transaction, and is recorded in schema_version;
// a database written by a newer Entente is refused rather than guessed at.
import { EVENTS_DDL } from './schema.ts';
import type { SqlRunner } from './SqlRunner.ts';
import {
  ACTORS, ARTICLE_BANDS, ARTICLES, EVENT_KEYS, EVENT_MENTIONS, IMPORTED_EVENTS, INGEST_RUNS,
  SCHEMA_VERSION_TABLE, SENTENCES, createTableSql,
} from './tables.ts';

export interface Migration {
  version: number;
  description: string;
  statements(dialect: SqlRunner['dialect']): string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'corpus tables: articles, sentences, event mentions, events, actors, ingest runs',
    statements: (dialect) => [
      createTableSql(ARTICLES),
      createTableSql(ARTICLE_BANDS),
      createTableSql(SENTENCES),
      createTableSql(EVENT_MENTIONS),
      EVENTS_DDL,
      createTableSql(EVENT_KEYS),
      createTableSql(ACTORS),
      createTableSql(IMPORTED_EVENTS),
      createTableSql(INGEST_RUNS),
      // DuckDB answers these lookups by scanning compressed columns faster than it maintains secondary
      // ART indexes on every insert; PostgreSQL needs the B-trees.
      ...(dialect === 'postgres'
        ? [
            'CREATE INDEX IF NOT EXISTS article_bands_key ON article_bands (band_key)',
            'CREATE INDEX IF NOT EXISTS sentences_article ON sentences (article_id, idx)',
            'CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions (event_id)',
            'CREATE INDEX IF NOT EXISTS event_mentions_article ON event_mentions (article_id)',
            'CREATE INDEX IF NOT EXISTS event_keys_lookup ON event_keys (cluster_key, date_lo, date_hi)',
            'CREATE INDEX IF NOT EXISTS events_date ON events (date, id)',
            'CREATE INDEX IF NOT EXISTS articles_seq ON articles (seq)',
          ]
        : []),
    ],
  },
];

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

export const SCHEMA_VERSION_DDL = createTableSql(SCHEMA_VERSION_TABLE);
