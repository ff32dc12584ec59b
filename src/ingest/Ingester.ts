// Ingestion: raw articles → identity and duplicate checks → language → coder → one transaction per batch.
//
// Every batch is decided exactly as if its articles came one at a time: lookups against the store are
// made for the whole batch, then decisions run in order against those results, the batch so far, and
// the earlier batches still being coded. Each batch is written in one transaction. So a re-run
// adds nothing, and a run killed part-way and started again ends with the same database as one that was
// never interrupted: committed batches are recognised by their content hashes, the rest was never written.
//
// The pipeline overlaps work: while the coder pool codes batches k and k+1, the main thread writes batch
// k-1 and prepares and decides batch k+2. An article whose coding fails is not stored (a later run tries it again); if a
// decision relied on it (a copy of it, say), that batch is decided again without it.
import { code as realCoder } from '../pipeline/code.ts';
import { EntenteError } from '../errors.ts';
import { emptyCounts } from '../store/SqlStore.ts';
import type { ArticleKey, ArticleRecord, MentionInput, NearDuplicateCandidate, RunCounts, SentenceRecord, Store } from '../store/Store.ts';
import { inlineCoderPool, workerCoderPool, type CodeOutcome, type CoderPool, type CodeTask } from './coderPool.ts';
import { detectLanguage, isCodable } from './language.ts';
import { bandKeys, decodeSignature, encodeSignature, MINHASH, shingleHashes, signature, similarity } from './minhash.ts';
import { cleanText, hostOf, normaliseForHash, sha, toIsoDate } from './normalise.ts';
import { failure, type Coder, type IngestProgress, type IngestSummary, type InputFailure, type InputItem, type RawArticle } from './types.ts';

export interface IngesterOptions {
  store: Store;
  /** A coder to run in this thread (tests inject fakes). Without one, the pipeline's coder runs on worker threads. */
  coder?: Coder;
  /** Coder worker threads when no `coder` is given; 0 codes in this thread. Default: defaultWorkerCount() (the cores on two, else cores - 1; at most 4). */
  workers?: number;
  /** Articles per transaction. */
  batchSize?: number;
  /** Also close a batch when its texts reach this many characters (bounds memory on long articles). */
  batchChars?: number;
  /** Outlet for articles whose input names none. */
  outlet?: string | null;
  onProgress?: (p: IngestProgress) => void;
  /** Notes worth telling the user (non-English articles). */
  onMessage?: (message: string) => void;
  /** Failures as they are known (they are also listed in the summary). */
  onFailure?: (f: InputFailure) => void;
}

export interface Ingester {
  ingest(items: AsyncIterable<InputItem> | Iterable<InputItem>, inputs?: readonly string[]): Promise<IngestSummary>;
}

const MAX_TEXT_CHARS = 2_000_000;
const MAX_LISTED_FAILURES = 1000;
/** Batches decided and coding ahead of the one being written. */
const PIPELINE_DEPTH = 2;
/** Batches with fewer articles to code than this are coded in this thread until the worker pool is up. */
const POOL_THRESHOLD = 32;

/** An article after identity checks, before the duplicate decision. */
interface Prepared {
  raw: RawArticle;
  text: string;
  contentId: string;
  /** Id an exact copy of stored text gets when it comes from a different place. */
  copyId: string;
  url: string | null;
  outlet: string | null;
  externalId: string | null;
  published: string | null;
  sig: Uint32Array | null;
  bands: number[];
}

interface BatchOriginal {
  id: string;
  order: number;
  sig: Uint32Array;
}

type Outcome =
  | { kind: 'unchanged' }
  | { kind: 'failed'; failure: InputFailure }
  | { kind: 'exact' | 'near'; record: ArticleRecord }
  | { kind: 'original'; record: ArticleRecord; codable: boolean; language: string };

/** A batch after its duplicate and language decisions, with the coding of its originals under way. */
interface Decided {
  items: Prepared[];
  outcomes: Outcome[];
  /** Keys and bands this batch adds, for deciding the next batch before this one is written. */
  known: Map<string, ArticleKey>;
  bands: Map<number, BatchOriginal[]>;
  /** Ids not (yet) in the store that decisions relied on: this batch's own originals and the previous batch's. */
  dependsOn: Set<string>;
  /** Coding results by content id (kept across re-decisions). */
  coded: Map<string, CodeOutcome>;
  coding: Promise<void>;
}

export function createIngester(options: IngesterOptions): Ingester {
  const store = options.store;
  const batchSize = options.batchSize ?? 250;
  const batchChars = options.batchChars ?? 4_000_000;
  const defaultOutlet = options.outlet ?? null;

  return {
    async ingest(items, inputs = []) {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      const counts: RunCounts = emptyCounts();
      const failures: InputFailure[] = [];
      const runId = await store.startRun(inputs);
      const coders = codingService(options);
      // On a small machine DuckDB's own threads and the coder workers compete for the same cores; one
      // DuckDB thread during an ingest coded on workers measured 420 vs 344 articles/s over 100k
      // (bench:ingest, 2 cores). Restored afterwards: analytics want every thread.
      const narrowDb = store.dialect === 'duckdb' && !options.coder;
      if (narrowDb) await store.run('SET threads = 1');
      // DuckDB checkpoints whenever its log passes 16 MB; during a bulk load that meant a checkpoint every
      // few batches, each compressing and rewriting the tail of every table. Every 256 MB instead: the
      // store's own CPU over a 40k ingest fell 8–18 % and the file came out 20 % smaller (no coder, so
      // the store alone was measured). Restored afterwards.
      const bulkDb = store.dialect === 'duckdb';
      if (bulkDb) await store.run("SET checkpoint_threshold = '256MB'");
      // Content ids whose coding failed in this run: the same text again fails alike without re-coding.
      const failedCoding = new Map<string, InputFailure>();

      // Every input counts once in articlesSeen, whether it is stored, skipped or failed.
      const fail = (f: InputFailure) => {
        counts.failed++;
        if (failures.length < MAX_LISTED_FAILURES) failures.push(f);
        options.onFailure?.(f);
      };
      const progress = () => options.onProgress?.({ counts: { ...counts }, seconds: seconds() });

      /** Decide a batch against the store and the batches before it that are not written yet (oldest first). */
      const decide = async (prepared: Prepared[], pending: readonly Decided[], coded = new Map<string, CodeOutcome>()): Promise<Decided> => {
        const stored = await store.findArticleKeys(prepared.flatMap((p) => [p.contentId, p.copyId]));
        const candidates = groupByBand(await store.findNearDuplicates(prepared.flatMap((p) => p.bands)));
        const d: Decided = {
          items: prepared,
          outcomes: [],
          known: new Map(),
          bands: new Map(),
          dependsOn: new Set(),
          coded,
          coding: Promise.resolve(),
        };
        // Where a key comes from: the store, an earlier unwritten batch, or this batch.
        const lookup = (id: string): ArticleKey | undefined => {
          const s = stored.get(id);
          if (s) return s;
          let k = d.known.get(id);
          for (const b of pending) k ??= b.known.get(id);
          if (k) d.dependsOn.add(k.id);
          return k;
        };
        const remember = (rec: ArticleRecord) => d.known.set(rec.id, keyOf(rec));

        for (const p of prepared) {
          const failedBefore = failedCoding.get(p.contentId);
          if (failedBefore) {
            d.outcomes.push({ kind: 'failed', failure: { ...failedBefore, origin: p.raw.origin } });
            continue;
          }
          const base = {
            url: p.url,
            outlet: p.outlet,
            title: p.raw.title ?? null,
            byline: p.raw.byline ?? null,
            published: p.published,
            text: p.text,
            externalId: p.externalId,
            origin: p.raw.origin,
            runId,
          };
          const original = lookup(p.contentId);
          if (original) {
            // Same text again: the same article re-read (nothing to do), or a copy from elsewhere.
            const noPlace = p.url === null && p.externalId === null && p.outlet === null;
            if (noPlace || samePlace(original, p) || lookup(p.copyId)) {
              d.outcomes.push({ kind: 'unchanged' });
              continue;
            }
            const record: ArticleRecord = {
              ...base,
              id: p.copyId,
              language: detectLanguage(p.text).language,
              duplicateOf: original.duplicateOf ?? original.id,
              duplicateKind: 'exact',
              similarity: 1,
              coded: false,
              numEvents: 0,
              minhash: null,
              bands: [],
            };
            remember(record);
            d.outcomes.push({ kind: 'exact', record });
            continue;
          }
          const near = p.sig ? bestMatch(p, candidates, [...pending.map((b) => b.bands), d.bands]) : null;
          if (near) {
            if (!near.stored) d.dependsOn.add(near.id);
            const record: ArticleRecord = {
              ...base,
              id: p.contentId,
              language: detectLanguage(p.text).language,
              duplicateOf: near.id,
              duplicateKind: 'near',
              similarity: near.similarity,
              coded: false,
              numEvents: 0,
              minhash: null,
              bands: [],
            };
            remember(record);
            d.outcomes.push({ kind: 'near', record });
            continue;
          }
          const language = detectLanguage(p.text);
          const record: ArticleRecord = {
            ...base,
            id: p.contentId,
            language: language.language,
            duplicateOf: null,
            duplicateKind: null,
            similarity: null,
            coded: false,
            numEvents: 0,
            minhash: p.sig ? encodeSignature(p.sig) : null,
            bands: p.bands,
          };
          remember(record);
          if (p.sig) {
            const entry = { id: record.id, order: d.outcomes.length, sig: p.sig };
            for (const k of p.bands) d.bands.set(k, [...(d.bands.get(k) ?? []), entry]);
          }
          d.outcomes.push({ kind: 'original', record, codable: isCodable(language), language: language.language });
        }

        const tasks: CodeTask[] = [];
        d.outcomes.forEach((o, i) => {
          if (o.kind === 'original' && o.codable && !d.coded.has(o.record.id)) {
            const p = d.items[i] as Prepared;
            tasks.push({ text: p.text, date: p.published, articleId: p.contentId, title: p.raw.title ?? null });
          }
        });
        d.coding = tasks.length === 0 ? Promise.resolve() : coders.code(tasks).then((results) => {
          results.forEach((r, i) => d.coded.set((tasks[i] as CodeTask).articleId as string, r));
        });
        return d;
      };

      /** Wait for a batch's coding; decide it again while an article it relied on failed; write it. Returns the ids that failed. */
      const commit = async (initial: Decided): Promise<Set<string>> => {
        let d = initial;
        const failedIds = new Set<string>();
        for (;;) {
          await d.coding;
          let redo = false;
          for (const o of d.outcomes) {
            if (o.kind !== 'original' || !o.codable) continue;
            const r = d.coded.get(o.record.id);
            if (r && 'error' in r) {
              // A broken dictionary fails every article alike: stop, keeping what is committed.
              if (r.code === 'E_DICTIONARY') throw new EntenteError('E_DICTIONARY', r.error);
              if (!failedCoding.has(o.record.id)) {
                failedCoding.set(o.record.id, { origin: o.record.origin ?? '', code: 'E_INGEST', reason: `coding failed: ${r.error}` });
              }
              failedIds.add(o.record.id);
              if (d.dependsOn.has(o.record.id)) redo = true;
            }
          }
          if (!redo) break;
          d = await decide(d.items, [], d.coded);
        }

        const records: ArticleRecord[] = [];
        const sentences: SentenceRecord[] = [];
        const mentions: MentionInput[] = [];
        const delta = emptyCounts();
        const failedHere: InputFailure[] = [];
        const messages: string[] = [];
        d.outcomes.forEach((o, i) => {
          const p = d.items[i] as Prepared;
          delta.articlesSeen++;
          switch (o.kind) {
            case 'unchanged':
              delta.unchanged++;
              return;
            case 'failed':
              failedHere.push(o.failure);
              return;
            case 'exact':
            case 'near':
              records.push(o.record);
              if (o.kind === 'exact') delta.exactDuplicates++;
              else delta.nearDuplicates++;
              return;
            case 'original': {
              if (!o.codable) {
                records.push(o.record);
                delta.newArticles++;
                delta.nonEnglish++;
                messages.push(`${p.raw.origin}: language "${o.language}" — stored, not coded (the coder reads English)`);
                return;
              }
              const r = d.coded.get(o.record.id);
              if (!r || 'error' in r) {
                failedHere.push(failedCoding.get(o.record.id) ?? { origin: p.raw.origin, code: 'E_INGEST', reason: 'coding failed' });
                return;
              }
              const result = r.ok;
              records.push({ ...o.record, coded: true, numEvents: result.events.length });
              delta.newArticles++;
              for (const s of result.sentences) sentences.push({ ...s, articleId: o.record.id });
              const outletKey = p.outlet ?? hostOf(p.url);
              result.events.forEach((event, n) => {
                mentions.push({
                  id: `${o.record.id}:${n}`,
                  articleId: o.record.id,
                  outlet: outletKey,
                  published: p.published,
                  event: { ...event, articleId: o.record.id },
                });
              });
              delta.mentions += result.events.length;
            }
          }
        });

        let newEvents = 0;
        const after = addCounts(counts, delta);
        after.failed += failedHere.length;
        await store.transaction(async () => {
          await store.upsertArticles(records);
          await store.insertSentences(sentences);
          newEvents = (await store.insertEventMentions(mentions)).newEvents;
          after.newEvents += newEvents;
          await store.updateRun(runId, after, seconds());
        });
        Object.assign(counts, addCounts(counts, { ...delta, newEvents }));
        for (const f of failedHere) fail(f);
        for (const m of messages) options.onMessage?.(m);
        progress();
        return failedIds;
      };

      let batch: Prepared[] = [];
      let chars = 0;
      // Batches decided and being coded, not yet written (oldest first). Two ahead keep the coders busy
      // while this thread writes one batch and prepares the next.
      const inflight: Decided[] = [];
      /** Write the oldest batches until `keep` remain; after a coding failure, decide the rest again. */
      const drain = async (keep: number) => {
        while (inflight.length > keep) {
          const failed = await commit(inflight.shift() as Decided);
          if (failed.size === 0) continue;
          // What the written batch finally holds may differ from what later batches were decided
          // against: decide them again, in order (failures are rare).
          for (let i = 0; i < inflight.length; i++) {
            const b = inflight[i] as Decided;
            await b.coding;
            inflight[i] = await decide(b.items, inflight.slice(0, i), b.coded);
          }
        }
      };
      const advance = async () => {
        if (batch.length === 0) return;
        const prepared = batch;
        batch = [];
        chars = 0;
        inflight.push(await decide(prepared, inflight));
        await drain(PIPELINE_DEPTH);
      };

      try {
        for await (const item of items) {
          if (item.kind === 'failure') {
            counts.articlesSeen++;
            fail(item);
            progress();
            continue;
          }
          const prepared = prepare(item.article, defaultOutlet);
          if ('kind' in prepared) {
            counts.articlesSeen++;
            fail(prepared);
            progress();
            continue;
          }
          batch.push(prepared);
          chars += prepared.text.length;
          if (batch.length >= batchSize || chars >= batchChars) await advance();
        }
        await advance();
        await drain(0);
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        await store.finishRun(runId, 'failed', counts, seconds(), msg).catch(() => undefined);
        throw e;
      } finally {
        await coders.close();
        if (narrowDb) await store.run('RESET threads').catch(() => undefined);
        if (bulkDb) await store.run('RESET checkpoint_threshold').catch(() => undefined);
      }
      const total = seconds();
      await store.finishRun(runId, 'completed', counts, total, counts.failed > 0 ? `${counts.failed} inputs failed` : undefined);
      return {
        ...counts,
        runId,
        db: store.location,
        seconds: total,
        articlesPerSecond: total > 0 ? counts.articlesSeen / total : 0,
        failures,
      };
    },
  };
}

/** Injected coder → this thread; otherwise worker threads, started once a batch is big enough to need them. */
function codingService(options: IngesterOptions): CoderPool {
  if (options.coder) return inlineCoderPool(options.coder);
  const workers = options.workers ?? undefined;
  if (workers === 0) return inlineCoderPool(realCoder);
  let inline: CoderPool | undefined;
  let pool: CoderPool | undefined;
  return {
    code(tasks) {
      if (!pool && tasks.length < POOL_THRESHOLD) return (inline ??= inlineCoderPool(realCoder)).code(tasks);
      pool ??= workerCoderPool(workers);
      return pool.code(tasks);
    },
    async close() {
      await pool?.close();
    },
  };
}

function addCounts(a: RunCounts, b: RunCounts): RunCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as Array<keyof RunCounts>) out[k] += b[k];
  return out;
}

function prepare(raw: RawArticle, defaultOutlet: string | null): Prepared | (InputFailure & { kind: 'failure' }) {
  const text = cleanText(raw.text ?? '');
  if (text === '') return failure(raw.origin, 'E_INPUT_EMPTY', 'the article has no text') as InputFailure & { kind: 'failure' };
  if (text.length > MAX_TEXT_CHARS) {
    return failure(raw.origin, 'E_INPUT_TOO_LARGE', `${text.length} characters is more than the ${MAX_TEXT_CHARS}-character limit per article`) as InputFailure & { kind: 'failure' };
  }
  const normalised = normaliseForHash(text);
  const contentId = sha(normalised);
  const url = raw.url?.trim() || null;
  const outlet = raw.outlet?.trim() || defaultOutlet;
  const externalId = raw.externalId?.trim() || null;
  const shingles = shingleHashes(normalised);
  const sig = shingles ? signature(shingles) : null;
  return {
    raw,
    text,
    contentId,
    copyId: sha(`${contentId}\n${url ?? ''}\n${externalId ?? ''}\n${outlet ?? ''}`),
    url,
    outlet,
    externalId,
    published: toIsoDate(raw.published),
    sig,
    bands: sig ? bandKeys(sig) : [],
  };
}

function samePlace(a: ArticleKey, p: Prepared): boolean {
  return a.url === p.url && a.externalId === p.externalId && a.outlet === p.outlet;
}

function keyOf(r: ArticleRecord): ArticleKey {
  return { id: r.id, url: r.url, outlet: r.outlet, externalId: r.externalId, duplicateOf: r.duplicateOf };
}

function groupByBand(cands: NearDuplicateCandidate[]): Map<number, NearDuplicateCandidate[]> {
  const m = new Map<number, NearDuplicateCandidate[]>();
  for (const c of cands) m.set(c.bandKey, [...(m.get(c.bandKey) ?? []), c]);
  return m;
}

/**
 * The most similar original sharing a band, if similar enough. Stored originals rank first (by age),
 * then unwritten ones in order, so the earliest wins ties whether or not its batch is written yet.
 */
function bestMatch(
  p: Prepared,
  stored: Map<number, NearDuplicateCandidate[]>,
  unwritten: Array<Map<number, BatchOriginal[]> | undefined>,
): { id: string; similarity: number; stored: boolean } | null {
  const sig = p.sig as Uint32Array;
  let best: { id: string; similarity: number; rank: number; stored: boolean } | null = null;
  const seen = new Set<string>();
  const consider = (id: string, other: Uint32Array, rank: number, isStored: boolean) => {
    if (seen.has(id)) return;
    seen.add(id);
    const s = similarity(sig, other);
    if (s < MINHASH.threshold) return;
    if (!best || s > best.similarity || (s === best.similarity && rank < best.rank)) best = { id, similarity: s, rank, stored: isStored };
  };
  for (const k of p.bands) for (const c of stored.get(k) ?? []) consider(c.id, decodeSignature(c.minhash), c.seq, true);
  unwritten.forEach((bands, b) => {
    for (const k of p.bands) {
      for (const c of bands?.get(k) ?? []) consider(c.id, c.sig, Number.MAX_SAFE_INTEGER / 4 + b * 1e9 + c.order, false);
    }
  });
  const found = best as { id: string; similarity: number; stored: boolean } | null;
  return found ? { id: found.id, similarity: found.similarity, stored: found.stored } : null;
}
