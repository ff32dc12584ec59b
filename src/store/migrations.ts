// Schema versions. Each migration runs once, in a transaction, and is recorded in schema_version;
// a database written by a newer Entente is refused rather than guessed at.
import { EVENTS_DDL, eventsDdl } from './schema.ts';
import type { SqlRunner } from './SqlRunner.ts';
import {
  ACTORS, ARTICLE_BANDS, ARTICLES, EVENT_KEYS, EVENT_MENTIONS, IMPORTED_EVENTS, INGEST_RUNS,
  SCHEMA_VERSION_TABLE, SENTENCES, createTableSql, EVENTS, type TableSpec,
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
  {
    version: 2,
    description: 'sentences without a copy of their text; DuckDB: growing tables without PRIMARY KEY indexes',
    // DuckDB writes every ART index out in full at each checkpoint, so a key index makes each commit cost
    // grow with the table: at 60k articles the articles key alone cost 0.85 s per checkpoint, 0.02 s
    // without it. Ids are content hashes and derived mention/cluster ids that the store looks up before
    // it inserts, so the index enforced nothing the store does not already ensure. PostgreSQL keeps its
    // B-trees (its lookups need them, and its checkpoints do not rewrite them).
    // A sentence's text is the article text between its offsets; storing it again doubled what every
    // commit and checkpoint wrote.
    statements: (dialect) => [
      'ALTER TABLE sentences DROP COLUMN IF EXISTS text',
      ...(dialect === 'duckdb'
        ? [
            ...[ARTICLES, EVENT_MENTIONS, EVENT_KEYS, IMPORTED_EVENTS].flatMap((t) =>
              rebuildWithoutKey(t, createTableSql(t, { primaryKey: false, name: `${t.name}__v2` })),
            ),
            ...rebuildWithoutKey(EVENTS, eventsDdl({ primaryKey: false, name: 'events__v2' })),
          ]
        : []),
    ],
  },
];

/** Copy a table into a keyless twin (created by `ddl` as `<name>__v2`) and put the twin in its place. */
function rebuildWithoutKey(t: TableSpec, ddl: string): string[] {
  const cols = t.columns.map((c) => `"${c.name}"`).join(', ');
  return [
    ddl,
    `INSERT INTO "${t.name}__v2" (${cols}) SELECT ${cols} FROM "${t.name}"`,
    `DROP TABLE "${t.name}"`,
    `ALTER TABLE "${t.name}__v2" RENAME TO "${t.name}"`,
  ];
}

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

export const SCHEMA_VERSION_DDL = createTableSql(SCHEMA_VERSION_TABLE);
