// The corpus store: one interface, one implementation per database (DuckDbStore, PostgresStore), one
// contract suite (test/store/storeContract.ts) that every implementation passes. Everything a store does
// beyond plain SQL is here: articles and their duplicates, event mentions and the clusters they form,
// ingest runs, streaming exports and statistics. Rows come back as plain objects.
import type { CodedEvent, SentenceInfo } from '../types.ts';
import type { EventRow } from './schema.ts';
import type { SqlRunner } from './SqlRunner.ts';

export type DuplicateKind = 'exact' | 'near';

/** An article as written to the store. */
export interface ArticleRecord {
  /** Content hash of the normalised text (exact copies from another place get a derived id). */
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  /** Publication date, YYYY-MM-DD. */
  published: string | null;
  language: string;
  text: string;
  duplicateOf: string | null;
  duplicateKind: DuplicateKind | null;
  /** Estimated similarity to `duplicateOf` (1 for exact copies). */
  similarity: number | null;
  /** The id the input gave the article (a JSONL `id`, a feed guid). */
  externalId: string | null;
  /** Where it came from: "path:line", a URL, "-" for stdin. */
  origin: string | null;
  coded: boolean;
  numEvents: number;
  /** MinHash signature (hex) and its LSH band keys, for originals long enough to compare. */
  minhash: string | null;
  bands: number[];
  runId: string | null;
}

/** An article as read back: ingestion order and time are the store's. */
export interface StoredArticle extends Omit<ArticleRecord, 'bands'> {
  seq: number;
  ingestedAt: string | null;
}

/** What duplicate checks need to know about an article that is already stored. */
export interface ArticleKey {
  id: string;
  url: string | null;
  outlet: string | null;
  externalId: string | null;
  duplicateOf: string | null;
}

/** An original article sharing at least one LSH band with a new one. */
export interface NearDuplicateCandidate {
  bandKey: number;
  id: string;
  seq: number;
  minhash: string;
}

export interface SentenceRecord extends SentenceInfo {
  articleId: string;
}

/** One coded event of one article, handed to the store for clustering. */
export interface MentionInput {
  /** Stable mention id: `${articleId}:${index}`. */
  id: string;
  articleId: string;
  /** Outlet (or host name) the article came from; distinct values make num_sources. */
  outlet: string | null;
  /** Publication date of the article; events without a date of their own take it. */
  published: string | null;
  event: CodedEvent;
}

export interface ClusterOutcome {
  mentions: number;
  newEvents: number;
  /** Mention id → event (cluster) id. */
  assignments: Map<string, string>;
}

/** A mention as stored in event_mentions (flat columns; evidence and attribution parsed back). */
export interface StoredMention {
  id: string;
  eventId: string;
  articleId: string;
  outlet: string | null;
  type: string;
  status: string;
  date: string | null;
  sourceId: string | null;
  targetId: string | null;
  evidence: CodedEvent['evidence'];
  attribution: CodedEvent['attribution'];
  row: Record<string, unknown>;
}

export interface RunCounts {
  articlesSeen: number;
  newArticles: number;
  exactDuplicates: number;
  nearDuplicates: number;
  /** Inputs already in the store (a re-run or a resumed run). */
  unchanged: number;
  nonEnglish: number;
  failed: number;
  mentions: number;
  newEvents: number;
}

export type RunStatus = 'running' | 'completed' | 'failed' | 'interrupted';

export interface IngestRun extends RunCounts {
  id: string;
  startedAt: string | null;
  finishedAt: string | null;
  status: RunStatus;
  inputs: string[];
  seconds: number | null;
  message: string | null;
}

/** Filters shared by exports and the event cursor. Dates inclusive, YYYY-MM-DD. */
export interface EventFilter {
  from?: string;
  to?: string;
  /** Matches source or target by id, country or organisation code ("putin", "RUS", "NATO"). */
  actor?: string;
  /** PLOVER types. */
  types?: string[];
  provenance?: string;
}

/** An imported event: the events row plus where it came from. */
export interface ImportedEvent {
  row: EventRow;
  format: string;
  sourceUrl: string | null;
  sourceRef: string | null;
  raw: string | null;
}

export interface StoreStats {
  articles: number;
  originals: number;
  exactDuplicates: number;
  nearDuplicates: number;
  nonEnglish: number;
  sentences: number;
  mentions: number;
  events: number;
  actors: number;
  runs: number;
  eventsByType: Record<string, number>;
  eventsByProvenance: Record<string, number>;
  firstEventDate: string | null;
  lastEventDate: string | null;
}

export interface Store extends SqlRunner {
  /** File path or (password-free) connection URL. */
  readonly location: string;
  close(): Promise<void>;
  schemaVersion(): Promise<number>;
  /** Run `fn` in one transaction; nested calls join the outer one. Rolled back if `fn` throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;

  // Articles and duplicates
  /** Insert articles (with their band keys); ids already stored are left as they are. Returns how many were new. */
  upsertArticles(articles: readonly ArticleRecord[]): Promise<number>;
  findArticleByHash(id: string): Promise<StoredArticle | null>;
  /** Which of these ids are stored, with what duplicate checks need. */
  findArticleKeys(ids: readonly string[]): Promise<Map<string, ArticleKey>>;
  /** Original articles sharing any of these LSH band keys. */
  findNearDuplicates(bandKeys: readonly number[]): Promise<NearDuplicateCandidate[]>;
  insertSentences(rows: readonly SentenceRecord[]): Promise<void>;

  // Events
  /** Store mentions, attach each to a matching event cluster over the whole corpus or start one, update actors. */
  insertEventMentions(mentions: readonly MentionInput[]): Promise<ClusterOutcome>;
  /** Insert or replace imported events by id (re-importing a file changes nothing). Returns rows written. */
  importEvents(events: readonly ImportedEvent[]): Promise<number>;
  getEvent(id: string): Promise<EventRow | null>;
  getMentions(eventIds: readonly string[]): Promise<StoredMention[]>;

  // Ingest runs
  startRun(inputs: readonly string[]): Promise<string>;
  updateRun(id: string, counts: RunCounts, seconds: number): Promise<void>;
  finishRun(id: string, status: RunStatus, counts: RunCounts, seconds: number, message?: string): Promise<void>;
  listRuns(): Promise<IngestRun[]>;

  // Exports
  /** Events matching the filter, ordered by (date, id), in batches of at most `batchSize` rows. */
  iterateEvents(filter?: EventFilter, batchSize?: number): AsyncIterable<EventRow[]>;
  /** Native bulk export (DuckDB COPY); undefined where the database has none. */
  copyEvents?(format: 'parquet' | 'csv', path: string, filter?: EventFilter): Promise<number>;

  stats(): Promise<StoreStats>;
}
