// The Store logic every SQL database shares: migrations, duplicate lookups, clustering writes, runs,
// cursors, statistics. An implementation supplies the primitives (queries with list parameters, bulk
// inserts, transactions) and the few spellings where DuckDB and PostgreSQL differ.
import { randomBytes } from 'node:crypto';
import { EntenteError } from '../errors.ts';
import type { Actor } from '../types.ts';
import {
  clusterEvents, clusterKey, dateInterval, DATE_TOLERANCE_DAYS, isoDay, mentionEventRow, type ClusterState,
} from './eventCluster.ts';
import { mentionRow } from './eventRows.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, SCHEMA_VERSION_DDL } from './migrations.ts';
import type { EventRow } from './schema.ts';
import type { Row, SqlParam } from './SqlRunner.ts';
import type {
  ArticleKey, ArticleRecord, ClusterOutcome, EventFilter, ImportedEvent, IngestRun, MentionInput,
  NearDuplicateCandidate, RunCounts, RunStatus, SentenceRecord, Store, StoreStats, StoredArticle, StoredMention,
} from './Store.ts';
import {
  ACTORS, ARTICLE_BANDS, ARTICLES, EVENT_KEYS, EVENT_MENTIONS, EVENTS, IMPORTED_EVENTS, INGEST_RUNS, SENTENCES,
  type TableSpec,
} from './tables.ts';

export type ListOrScalar = SqlParam | readonly string[] | readonly number[];

/** Rows per bulk statement when a statement has to carry its values as parameters. */
const ID_CHUNK = 5000;

export abstract class SqlStore implements Store {
  abstract readonly dialect: 'duckdb' | 'postgres';
  abstract readonly location: string;
  /** Single-writer databases (a DuckDB file is locked by its writer) may mark left-over 'running' runs interrupted. */
  protected abstract readonly exclusive: boolean;

  abstract all<T extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  abstract run(sql: string, params?: readonly SqlParam[]): Promise<void>;
  abstract close(): Promise<void>;
  /** A query whose parameters may include lists (used through `inList`). */
  protected abstract allWithLists<T extends Row = Row>(sql: string, params: readonly ListOrScalar[]): Promise<T[]>;
  protected abstract runWithLists(sql: string, params: readonly ListOrScalar[]): Promise<void>;
  /** Bulk insert plain row objects (keys = column names) into a table. */
  protected abstract insertRows(table: TableSpec, rows: readonly Row[]): Promise<void>;
  /** SQL for "column is in the list passed as parameter $n". */
  protected abstract inList(column: string, n: number, kind: 'text' | 'bigint'): string;
  /** A derived table (key text, lo date, hi date) zipping the three text lists passed as $n, $n+1, $n+2. */
  protected abstract zippedKeyIntervals(n: number): string;

  private txDepth = 0;

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.txDepth > 0) return fn();
    this.txDepth++;
    try {
      await this.run('BEGIN');
      let result: T;
      try {
        result = await fn();
      } catch (e) {
        await this.run('ROLLBACK').catch(() => undefined);
        throw e;
      }
      await this.run('COMMIT');
      return result;
    } finally {
      this.txDepth--;
    }
  }

  /** Bring the schema up to date; refuse a database written by a newer version. */
  protected async migrate(): Promise<void> {
    await this.run(SCHEMA_VERSION_DDL);
    const current = await this.schemaVersion();
    if (current > LATEST_SCHEMA_VERSION) {
      throw new EntenteError(
        'E_STORE_OPEN',
        `database ${this.location} has schema version ${current}, newer than this Entente supports (${LATEST_SCHEMA_VERSION}); upgrade Entente`,
        { path: this.location, version: current },
      );
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await this.transaction(async () => {
        for (const sql of m.statements(this.dialect)) await this.run(sql);
        await this.run('INSERT INTO schema_version (version, applied_at, description) VALUES ($1, $2, $3)', [
          m.version,
          new Date().toISOString(),
          m.description,
        ]);
      });
    }
  }

  async schemaVersion(): Promise<number> {
    const rows = await this.all<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
    return rows[0]?.v ?? 0;
  }

  // ── Articles ────────────────────────────────────────────────────────────────────────────────────

  async upsertArticles(articles: readonly ArticleRecord[]): Promise<number> {
    if (articles.length === 0) return 0;
    return this.transaction(async () => {
      const existing = await this.findArticleKeys(articles.map((a) => a.id));
      const seen = new Set<string>();
      const fresh = articles.filter((a) => {
        if (existing.has(a.id) || seen.has(a.id)) return false;
        seen.add(a.id);
        return true;
      });
      if (fresh.length === 0) return 0;
      const [maxRow] = await this.all<{ m: number | null }>('SELECT max(seq) AS m FROM articles');
      let seq = maxRow?.m ?? 0;
      const now = new Date().toISOString();
      await this.insertRows(
        ARTICLES,
        fresh.map((a) => ({
          id: a.id,
          seq: ++seq,
          url: a.url,
          outlet: a.outlet,
          title: a.title,
          byline: a.byline,
          published: a.published,
          language: a.language,
          text: a.text,
          ingested_at: now,
          duplicate_of: a.duplicateOf,
          duplicate_kind: a.duplicateKind,
          similarity: a.similarity,
          external_id: a.externalId,
          origin: a.origin,
          coded: a.coded,
          num_events: a.numEvents,
          minhash: a.minhash,
          run_id: a.runId,
        })),
      );
      const bands = fresh.filter((a) => a.duplicateOf === null).flatMap((a) => a.bands.map((k) => ({ band_key: k, article_id: a.id })));
      await this.insertRows(ARTICLE_BANDS, bands);
      return fresh.length;
    });
  }

  async findArticleByHash(id: string): Promise<StoredArticle | null> {
    const rows = await this.all('SELECT * FROM articles WHERE id = $1', [id]);
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id as string,
      seq: Number(r.seq),
      url: (r.url as string | null) ?? null,
      outlet: (r.outlet as string | null) ?? null,
      title: (r.title as string | null) ?? null,
      byline: (r.byline as string | null) ?? null,
      published: (r.published as string | null) ?? null,
      language: r.language as string,
      text: r.text as string,
      ingestedAt: (r.ingested_at as string | null) ?? null,
      duplicateOf: (r.duplicate_of as string | null) ?? null,
      duplicateKind: (r.duplicate_kind as StoredArticle['duplicateKind']) ?? null,
      similarity: (r.similarity as number | null) ?? null,
      externalId: (r.external_id as string | null) ?? null,
      origin: (r.origin as string | null) ?? null,
      coded: Boolean(r.coded),
      numEvents: Number(r.num_events),
      minhash: (r.minhash as string | null) ?? null,
      runId: (r.run_id as string | null) ?? null,
    };
  }

  async findArticleKeys(ids: readonly string[]): Promise<Map<string, ArticleKey>> {
    const out = new Map<string, ArticleKey>();
    for (const chunk of chunks([...new Set(ids)], ID_CHUNK)) {
      const rows = await this.allWithLists(
        `SELECT id, url, outlet, external_id, duplicate_of FROM articles WHERE ${this.inList('id', 1, 'text')}`,
        [chunk],
      );
      for (const r of rows) {
        out.set(r.id as string, {
          id: r.id as string,
          url: (r.url as string | null) ?? null,
          outlet: (r.outlet as string | null) ?? null,
          externalId: (r.external_id as string | null) ?? null,
          duplicateOf: (r.duplicate_of as string | null) ?? null,
        });
      }
    }
    return out;
  }

  async findNearDuplicates(bandKeys: readonly number[]): Promise<NearDuplicateCandidate[]> {
    // Two steps, not a join: joining article_bands to articles made DuckDB read every article's
    // signature on each lookup, a cost that grew with the corpus; candidates are few.
    const hits: Array<{ bandKey: number; id: string }> = [];
    for (const chunk of chunks([...new Set(bandKeys)], ID_CHUNK)) {
      const rows = await this.allWithLists(
        `SELECT band_key, article_id FROM article_bands WHERE ${this.inList('band_key', 1, 'bigint')}`,
        [chunk],
      );
      for (const r of rows) hits.push({ bandKey: Number(r.band_key), id: r.article_id as string });
    }
    if (hits.length === 0) return [];
    const signatures = new Map<string, { seq: number; minhash: string }>();
    for (const chunk of chunks([...new Set(hits.map((h) => h.id))], ID_CHUNK)) {
      const rows = await this.allWithLists(
        `SELECT id, seq, minhash FROM articles WHERE ${this.inList('id', 1, 'text')} AND minhash IS NOT NULL`,
        [chunk],
      );
      for (const r of rows) signatures.set(r.id as string, { seq: Number(r.seq), minhash: r.minhash as string });
    }
    const out: NearDuplicateCandidate[] = [];
    for (const h of hits) {
      const s = signatures.get(h.id);
      if (s) out.push({ bandKey: h.bandKey, id: h.id, seq: s.seq, minhash: s.minhash });
    }
    return out.sort((a, b) => a.seq - b.seq || a.bandKey - b.bandKey);
  }

  async insertSentences(rows: readonly SentenceRecord[]): Promise<void> {
    await this.insertRows(
      SENTENCES,
      rows.map((s) => ({
        article_id: s.articleId,
        idx: s.index,
        start_char: s.start,
        end_char: s.end,
        commentary: s.commentary,
      })),
    );
  }

  // ── Events ──────────────────────────────────────────────────────────────────────────────────────

  async insertEventMentions(mentions: readonly MentionInput[]): Promise<ClusterOutcome> {
    if (mentions.length === 0) return { mentions: 0, newEvents: 0, assignments: new Map() };
    return this.transaction(async () => {
      const existing = await this.loadCandidateClusters(mentions);
      const [seqRow] = await this.all<{ m: number | null }>('SELECT max(seq) AS m FROM event_keys');
      const firstSeq = (seqRow?.m ?? -1) + 1;
      const result = clusterEvents(mentions, existing, firstSeq);

      await this.insertRows(
        EVENT_MENTIONS,
        mentions.map((m) =>
          mentionRow(m.event, {
            id: m.id,
            eventId: result.assignments.get(m.id) as string,
            articleId: m.articleId,
            outlet: m.outlet,
            published: m.published,
          }),
        ),
      );
      const touched = result.clusters.filter((c) => result.touched.has(c.row.id));
      const replaced = touched.filter((c) => !result.created.has(c.row.id)).map((c) => c.row.id);
      await this.deleteByIds('events', 'id', replaced);
      await this.deleteByIds('event_keys', 'event_id', replaced);
      await this.insertRows(EVENTS, touched.map((c) => c.row));
      await this.insertRows(EVENT_KEYS, touched.map(eventKeyRow));
      await this.addActors(mentions);
      return { mentions: mentions.length, newEvents: result.created.size, assignments: result.assignments };
    });
  }

  /** Stored clusters that could take any of these mentions: same cluster key, dates within the tolerance of that mention's. */
  private async loadCandidateClusters(mentions: readonly MentionInput[]): Promise<ClusterState[]> {
    // Each mention asks only for its own key and date window (a batch's articles span months, and one
    // window for the whole batch fetched thousands of clusters of common dyads on a large corpus).
    const wanted = new Map<string, [string, string, string]>();
    for (const m of mentions) {
      const row = mentionEventRow(m);
      const interval = dateInterval(row.date, row.date_precision);
      if (interval === null) continue;
      const probe: [string, string, string] = [
        clusterKey(row),
        isoDay(interval[0] - DATE_TOLERANCE_DAYS),
        isoDay(interval[1] + DATE_TOLERANCE_DAYS),
      ];
      wanted.set(probe.join('|'), probe);
    }
    if (wanted.size === 0) return [];
    const ids = new Set<string>();
    for (const chunk of chunks([...wanted.values()], ID_CHUNK)) {
      const hits = await this.allWithLists<{ event_id: string }>(
        `SELECT DISTINCT k.event_id FROM event_keys k JOIN ${this.zippedKeyIntervals(1)} q
           ON k.cluster_key = q.key AND k.date_lo <= q.hi AND k.date_hi >= q.lo`,
        [chunk.map((w) => w[0]), chunk.map((w) => w[1]), chunk.map((w) => w[2])],
      );
      for (const h of hits) ids.add(h.event_id);
    }
    if (ids.size === 0) return [];
    const rows: Array<EventRow & { k_seq: number; k_first_published: string | null }> = [];
    for (const chunk of chunks([...ids], ID_CHUNK)) {
      rows.push(
        ...(await this.allWithLists<EventRow & { k_seq: number; k_first_published: string | null }>(
          `SELECT e.*, k.seq AS k_seq, k.first_published AS k_first_published
           FROM events e JOIN event_keys k ON k.event_id = e.id
           WHERE ${this.inList('e.id', 1, 'text')} AND ${this.inList('k.event_id', 1, 'text')}`,
          [chunk],
        )),
      );
    }
    rows.sort((a, b) => Number(a.k_seq) - Number(b.k_seq));
    if (rows.length === 0) return [];
    const states = new Map<string, ClusterState>();
    for (const r of rows) {
      const { k_seq, k_first_published, ...row } = r;
      states.set(row.id, {
        row: row as EventRow,
        seq: Number(k_seq),
        firstPublished: k_first_published ?? null,
        articles: new Set(),
        outlets: new Set(),
        mentions: 0,
      });
    }
    for (const chunk of chunks([...states.keys()], ID_CHUNK)) {
      const ms = await this.allWithLists<{ event_id: string; article_id: string; outlet: string | null }>(
        `SELECT event_id, article_id, outlet FROM event_mentions WHERE ${this.inList('event_id', 1, 'text')}`,
        [chunk],
      );
      for (const m of ms) {
        const s = states.get(m.event_id);
        if (!s) continue;
        s.mentions++;
        s.articles.add(m.article_id);
        if (m.outlet !== null) s.outlets.add(m.outlet);
      }
    }
    return [...states.values()];
  }

  /** Keep the actors table current: one row per actor id, with how many mentions name it. */
  private async addActors(mentions: readonly MentionInput[]): Promise<void> {
    const seen = new Map<string, { actor: Actor; n: number }>();
    for (const m of mentions) {
      for (const a of [m.event.source, m.event.target]) {
        if (a === null) continue;
        const s = seen.get(a.id);
        if (s) s.n++;
        else seen.set(a.id, { actor: a, n: 1 });
      }
    }
    if (seen.size === 0) return;
    const ids = [...seen.keys()];
    const existing = new Map<string, Row>();
    for (const chunk of chunks(ids, ID_CHUNK)) {
      for (const r of await this.allWithLists(`SELECT * FROM actors WHERE ${this.inList('id', 1, 'text')}`, [chunk])) {
        existing.set(r.id as string, r);
      }
    }
    await this.deleteByIds('actors', 'id', [...existing.keys()]);
    await this.insertRows(
      ACTORS,
      ids.map((id) => {
        const { actor, n } = seen.get(id) as { actor: Actor; n: number };
        const old = existing.get(id);
        return old
          ? { ...old, num_mentions: Number(old.num_mentions) + n }
          : { id, name: actor.name, country: actor.country, org: actor.org, sector: actor.sector, role: actor.role, num_mentions: n };
      }),
    );
  }

  protected async deleteByIds(table: string, column: string, ids: readonly string[]): Promise<void> {
    for (const chunk of chunks(ids, ID_CHUNK)) {
      await this.runWithLists(`DELETE FROM "${table}" WHERE ${this.inList(`"${column}"`, 1, 'text')}`, [chunk]);
    }
  }

  async importEvents(events: readonly ImportedEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    const byId = new Map(events.map((e) => [e.row.id, e]));
    const unique = [...byId.values()];
    return this.transaction(async () => {
      const ids = unique.map((e) => e.row.id);
      await this.deleteByIds('events', 'id', ids);
      await this.deleteByIds('imported_events', 'event_id', ids);
      await this.insertRows(EVENTS, unique.map((e) => e.row));
      await this.insertRows(
        IMPORTED_EVENTS,
        unique.map((e) => ({ event_id: e.row.id, format: e.format, source_url: e.sourceUrl, source_ref: e.sourceRef, raw: e.raw })),
      );
      return unique.length;
    });
  }

  async getEvent(id: string): Promise<EventRow | null> {
    const rows = await this.all<EventRow>('SELECT * FROM events WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  async getMentions(eventIds: readonly string[]): Promise<StoredMention[]> {
    const out: StoredMention[] = [];
    for (const chunk of chunks([...new Set(eventIds)], ID_CHUNK)) {
      const rows = await this.allWithLists(
        `SELECT * FROM event_mentions WHERE ${this.inList('event_id', 1, 'text')} ORDER BY event_id, id`,
        [chunk],
      );
      for (const r of rows) {
        out.push({
          id: r.id as string,
          eventId: r.event_id as string,
          articleId: r.article_id as string,
          outlet: (r.outlet as string | null) ?? null,
          type: r.type as string,
          status: r.status as string,
          date: (r.date as string | null) ?? null,
          sourceId: (r.source_id as string | null) ?? null,
          targetId: (r.target_id as string | null) ?? null,
          evidence: JSON.parse(r.evidence as string) as StoredMention['evidence'],
          attribution: r.attribution ? (JSON.parse(r.attribution as string) as StoredMention['attribution']) : null,
          row: r,
        });
      }
    }
    return out;
  }

  // ── Runs ────────────────────────────────────────────────────────────────────────────────────────

  async startRun(inputs: readonly string[]): Promise<string> {
    const id = `run_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    await this.transaction(async () => {
      // Only one process can hold a DuckDB file, so a run still marked running was killed.
      if (this.exclusive) await this.run("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running'");
      await this.insertRows(INGEST_RUNS, [
        {
          id,
          started_at: new Date().toISOString(),
          finished_at: null,
          status: 'running',
          inputs: JSON.stringify(inputs),
          ...countColumns(emptyCounts()),
          seconds: 0,
          message: null,
        },
      ]);
    });
    return id;
  }

  async updateRun(id: string, counts: RunCounts, seconds: number): Promise<void> {
    const c = countColumns(counts);
    const names = Object.keys(c);
    await this.run(
      `UPDATE ingest_runs SET ${names.map((n, i) => `"${n}" = $${i + 2}`).join(', ')}, seconds = $${names.length + 2} WHERE id = $1`,
      [id, ...Object.values(c), seconds],
    );
  }

  async finishRun(id: string, status: RunStatus, counts: RunCounts, seconds: number, message?: string): Promise<void> {
    await this.transaction(async () => {
      await this.updateRun(id, counts, seconds);
      await this.run('UPDATE ingest_runs SET status = $2, finished_at = $3, message = $4 WHERE id = $1', [
        id,
        status,
        new Date().toISOString(),
        message ?? null,
      ]);
    });
  }

  async listRuns(): Promise<IngestRun[]> {
    const rows = await this.all('SELECT * FROM ingest_runs ORDER BY started_at, id');
    return rows.map((r) => ({
      id: r.id as string,
      startedAt: (r.started_at as string | null) ?? null,
      finishedAt: (r.finished_at as string | null) ?? null,
      status: r.status as RunStatus,
      inputs: JSON.parse((r.inputs as string | null) ?? '[]') as string[],
      articlesSeen: Number(r.articles_seen),
      newArticles: Number(r.new_articles),
      exactDuplicates: Number(r.exact_duplicates),
      nearDuplicates: Number(r.near_duplicates),
      unchanged: Number(r.unchanged),
      nonEnglish: Number(r.non_english),
      failed: Number(r.failed),
      mentions: Number(r.mentions),
      newEvents: Number(r.new_events),
      seconds: (r.seconds as number | null) ?? null,
      message: (r.message as string | null) ?? null,
    }));
  }

  // ── Exports and statistics ──────────────────────────────────────────────────────────────────────

  /** WHERE clause (without the keyword) and parameters for a filter; parameters numbered from `first`. */
  protected filterSql(filter: EventFilter, first = 1): { where: string; params: ListOrScalar[] } {
    const parts: string[] = [];
    const params: ListOrScalar[] = [];
    const next = () => first + params.length;
    if (filter.from) {
      parts.push(`date >= CAST($${next()} AS DATE)`);
      params.push(filter.from);
    }
    if (filter.to) {
      parts.push(`date <= CAST($${next()} AS DATE)`);
      params.push(filter.to);
    }
    if (filter.actor) {
      const n = next();
      parts.push(`($${n} IN (source_id, source_country, source_org, target_id, target_country, target_org))`);
      params.push(filter.actor);
    }
    if (filter.types && filter.types.length > 0) {
      parts.push(this.inList('type', next(), 'text'));
      params.push(filter.types.map((t) => t.toUpperCase()));
    }
    if (filter.provenance) {
      parts.push(`provenance = $${next()}`);
      params.push(filter.provenance);
    }
    return { where: parts.length > 0 ? parts.join(' AND ') : 'TRUE', params };
  }

  async *iterateEvents(filter: EventFilter = {}, batchSize = 1000): AsyncIterable<EventRow[]> {
    const { where, params } = this.filterSql(filter, 3);
    const sortKey = "coalesce(date, DATE '0001-01-01')";
    let lastKey = '0001-01-01';
    let lastId = '';
    for (;;) {
      const rows = await this.allWithLists<EventRow>(
        `SELECT * FROM events WHERE ${where}
           AND (${sortKey} > CAST($1 AS DATE) OR (${sortKey} = CAST($1 AS DATE) AND id > $2))
         ORDER BY ${sortKey}, id LIMIT ${Math.max(1, Math.floor(batchSize))}`,
        [lastKey, lastId, ...params],
      );
      if (rows.length === 0) return;
      const last = rows[rows.length - 1] as EventRow;
      lastKey = last.date ?? '0001-01-01';
      lastId = last.id;
      yield rows;
      if (rows.length < batchSize) return;
    }
  }

  async stats(): Promise<StoreStats> {
    const one = async (sql: string) => Number((await this.all<{ n: number }>(sql))[0]?.n ?? 0);
    const byGroup = async (sql: string) =>
      Object.fromEntries((await this.all<{ k: string; n: number }>(sql)).map((r) => [r.k, Number(r.n)]));
    const [dates] = await this.all<{ lo: string | null; hi: string | null }>('SELECT min(date) AS lo, max(date) AS hi FROM events');
    return {
      articles: await one('SELECT count(*) AS n FROM articles'),
      originals: await one('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NULL'),
      exactDuplicates: await one("SELECT count(*) AS n FROM articles WHERE duplicate_kind = 'exact'"),
      nearDuplicates: await one("SELECT count(*) AS n FROM articles WHERE duplicate_kind = 'near'"),
      nonEnglish: await one("SELECT count(*) AS n FROM articles WHERE duplicate_of IS NULL AND NOT coded AND language NOT IN ('en', 'und')"),
      sentences: await one('SELECT count(*) AS n FROM sentences'),
      mentions: await one('SELECT count(*) AS n FROM event_mentions'),
      events: await one('SELECT count(*) AS n FROM events'),
      actors: await one('SELECT count(*) AS n FROM actors'),
      runs: await one('SELECT count(*) AS n FROM ingest_runs'),
      eventsByType: await byGroup('SELECT type AS k, count(*) AS n FROM events GROUP BY type ORDER BY type'),
      eventsByProvenance: await byGroup('SELECT provenance AS k, count(*) AS n FROM events GROUP BY provenance ORDER BY provenance'),
      firstEventDate: dates?.lo ?? null,
      lastEventDate: dates?.hi ?? null,
    };
  }
}

function eventKeyRow(c: ClusterState): Row {
  const interval = dateInterval(c.row.date, c.row.date_precision);
  return {
    event_id: c.row.id,
    seq: c.seq,
    cluster_key: clusterKey(c.row),
    date_lo: interval ? isoDay(interval[0]) : null,
    date_hi: interval ? isoDay(interval[1]) : null,
    first_published: c.firstPublished,
  };
}

export function emptyCounts(): RunCounts {
  return {
    articlesSeen: 0,
    newArticles: 0,
    exactDuplicates: 0,
    nearDuplicates: 0,
    unchanged: 0,
    nonEnglish: 0,
    failed: 0,
    mentions: 0,
    newEvents: 0,
  };
}

function countColumns(c: RunCounts): Record<string, number> {
  return {
    articles_seen: c.articlesSeen,
    new_articles: c.newArticles,
    exact_duplicates: c.exactDuplicates,
    near_duplicates: c.nearDuplicates,
    unchanged: c.unchanged,
    non_english: c.nonEnglish,
    failed: c.failed,
    mentions: c.mentions,
    new_events: c.newEvents,
  };
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
