// What ingestion reads and what it reports. Readers turn files, feeds, URLs and stdin into RawArticles
// (or failures, which are reported and skipped); the Ingester turns RawArticles into stored articles.
import type { ErrorCode } from '../errors.ts';
import type { RunCounts } from '../store/Store.ts';
import type { CodeOptions, CodeResult } from '../types.ts';

export interface RawArticle {
  text: string;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** Publication date in any parsable form; stored as YYYY-MM-DD. */
  published?: string | null;
  byline?: string | null;
  /** The id the input gives it (JSONL `id`, feed guid). */
  externalId?: string | null;
  /** Where it came from, for messages: "path:line", a URL, "-". */
  origin: string;
}

export interface InputFailure {
  origin: string;
  reason: string;
  code: ErrorCode;
}

export type InputItem = { kind: 'article'; article: RawArticle } | ({ kind: 'failure' } & InputFailure);

/** The coder's signature (src/pipeline/code.ts); injectable so tests can use a fake. */
export type Coder = (text: string, options: CodeOptions) => CodeResult;

export interface IngestProgress {
  counts: RunCounts;
  seconds: number;
}

export interface IngestSummary extends RunCounts {
  runId: string;
  db: string;
  seconds: number;
  articlesPerSecond: number;
  /** Failures in input order (the first 1,000; `failed` counts all). */
  failures: InputFailure[];
}

export function failure(origin: string, code: ErrorCode, reason: string): InputItem {
  return { kind: 'failure', origin, code, reason };
}
