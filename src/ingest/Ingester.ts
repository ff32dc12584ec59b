// Ingestion: raw articles → identity and duplicate checks → language → coder → one transaction per batch.
//
// Each batch is decided exactly as if its articles came one at a time (lookups against the store are
// made for the whole batch, then decisions run in order against those results and the batch so far),
// and is written in a single transaction. So a re-run adds nothing, and a run killed part-way and started
// again ends with the same database as one that was never interrupted: committed batches are recognised
// by their content hashes and skipped, the half-done batch was never committed.
import { code as realCoder } from '../pipeline/code.ts';
import { isEntenteError } from '../errors.ts';
import { emptyCounts } from '../store/SqlStore.ts';
import type { ArticleKey, ArticleRecord, MentionInput, NearDuplicateCandidate, RunCounts, SentenceRecord, Store } from '../store/Store.ts';
import { detectLanguage, isCodable } from './language.ts';
import { bandKeys, decodeSignature, encodeSignature, MINHASH, shingleHashes, signature, similarity } from './minhash.ts';
import { cleanText, hostOf, normaliseForHash, sha, toIsoDate } from './normalise.ts';
import { failure, type Coder, type IngestProgress, type IngestSummary, type InputFailure, type InputItem, type RawArticle } from './types.ts';

export interface IngesterOptions {
  store: Store;
  /** The coder; defaults to the pipeline's `code`. Tests inject a fake. */
  coder?: Coder;
  /** Articles per transaction. */
  batchSize?: number;
  /** Also close a batch when its texts reach this many characters (bounds memory on long articles). */
  batchChars?: number;
  /** Outlet for articles whose input names none. */
  outlet?: string | null;
  onProgress?: (p: IngestProgress) => void;
  /** Notes worth telling the user (non-English articles, coder warnings). */
  onMessage?: (message: string) => void;
  /** Failures as they happen (they are also listed in the summary). */
  onFailure?: (f: InputFailure) => void;
}

export interface Ingester {
  ingest(items: AsyncIterable<InputItem> | Iterable<InputItem>, inputs?: readonly string[]): Promise<IngestSummary>;
}

const MAX_TEXT_CHARS = 2_000_000;
const MAX_LISTED_FAILURES = 1000;

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

export function createIngester(options: IngesterOptions): Ingester {
  const store = options.store;
  const coder = options.coder ?? realCoder;
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

      // Every input counts once in articlesSeen, whether it is stored, skipped or failed.
      const fail = (f: InputFailure) => {
        counts.failed++;
        if (failures.length < MAX_LISTED_FAILURES) failures.push(f);
        options.onFailure?.(f);
      };
      const progress = () => options.onProgress?.({ counts: { ...counts }, seconds: seconds() });

      let batch: Prepared[] = [];
      let chars = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const current = batch;
        batch = [];
        chars = 0;
        await processBatch(current);
      };

      const processBatch = async (prepared: Prepared[]) => {
        const stored = await store.findArticleKeys(prepared.flatMap((p) => [p.contentId, p.copyId]));
        const candidates = groupByBand(await store.findNearDuplicates(prepared.flatMap((p) => p.bands)));
        const known = new Map<string, ArticleKey>(stored);
        const batchBands = new Map<number, BatchOriginal[]>();
        const records: ArticleRecord[] = [];
        const sentences: SentenceRecord[] = [];
        const mentions: MentionInput[] = [];

        for (const p of prepared) {
          counts.articlesSeen++;
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
          const original = known.get(p.contentId);
          if (original) {
            // Same text again: the same article re-read (nothing to do), or a copy from elsewhere.
            const noPlace = p.url === null && p.externalId === null && p.outlet === null;
            if (noPlace || samePlace(original, p) || known.has(p.copyId)) {
              counts.unchanged++;
              progress();
              continue;
            }
            const rec: ArticleRecord = {
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
            records.push(rec);
            known.set(rec.id, keyOf(rec));
            counts.exactDuplicates++;
            progress();
            continue;
          }

          const near = p.sig ? bestMatch(p, candidates, batchBands) : null;
          if (near) {
            const rec: ArticleRecord = {
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
            records.push(rec);
            known.set(rec.id, keyOf(rec));
            counts.nearDuplicates++;
            progress();
            continue;
          }

          const language = detectLanguage(p.text);
          const codable = isCodable(language);
          let coded: ReturnType<Coder> | null = null;
          if (codable) {
            try {
              coded = coder(p.text, { date: p.published ?? undefined, articleId: p.contentId, title: p.raw.title ?? undefined });
            } catch (e) {
              // A broken dictionary fails every article alike: stop, keeping what is committed.
              if (isEntenteError(e) && e.code === 'E_DICTIONARY') throw e;
              // Not stored, so a later run tries again.
              fail({ origin: p.raw.origin, code: 'E_INGEST', reason: `coding failed: ${isEntenteError(e) || e instanceof Error ? e.message : String(e)}` });
              progress();
              continue;
            }
          } else {
            counts.nonEnglish++;
            options.onMessage?.(`${p.raw.origin}: language "${language.language}" — stored, not coded (the coder reads English)`);
          }
          const rec: ArticleRecord = {
            ...base,
            id: p.contentId,
            language: language.language,
            duplicateOf: null,
            duplicateKind: null,
            similarity: null,
            coded: coded !== null,
            numEvents: coded?.events.length ?? 0,
            minhash: p.sig ? encodeSignature(p.sig) : null,
            bands: p.bands,
          };
          records.push(rec);
          known.set(rec.id, keyOf(rec));
          if (p.sig) {
            const entry = { id: rec.id, order: records.length, sig: p.sig };
            for (const k of p.bands) batchBands.set(k, [...(batchBands.get(k) ?? []), entry]);
          }
          counts.newArticles++;
          if (coded) {
            for (const s of coded.sentences) sentences.push({ ...s, articleId: rec.id });
            const outletKey = p.outlet ?? hostOf(p.url);
            coded.events.forEach((event, i) => {
              mentions.push({ id: `${rec.id}:${i}`, articleId: rec.id, outlet: outletKey, published: p.published, event: { ...event, articleId: rec.id } });
            });
            counts.mentions += coded.events.length;
          }
          progress();
        }

        await store.transaction(async () => {
          await store.upsertArticles(records);
          await store.insertSentences(sentences);
          const outcome = await store.insertEventMentions(mentions);
          counts.newEvents += outcome.newEvents;
          await store.updateRun(runId, counts, seconds());
        });
        progress();
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
          if (batch.length >= batchSize || chars >= batchChars) await flush();
        }
        await flush();
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        await store.finishRun(runId, 'failed', counts, seconds(), msg).catch(() => undefined);
        throw e;
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
 * The most similar original sharing a band, if similar enough: stored originals first (older), then
 * this batch's, in order; the earliest wins ties.
 */
function bestMatch(
  p: Prepared,
  stored: Map<number, NearDuplicateCandidate[]>,
  batch: Map<number, BatchOriginal[]>,
): { id: string; similarity: number } | null {
  const sig = p.sig as Uint32Array;
  let best: { id: string; similarity: number; rank: number } | null = null;
  const consider = (id: string, other: Uint32Array, rank: number) => {
    const s = similarity(sig, other);
    if (s < MINHASH.threshold) return;
    if (!best || s > best.similarity || (s === best.similarity && rank < best.rank)) best = { id, similarity: s, rank };
  };
  const seen = new Set<string>();
  for (const k of p.bands) {
    for (const c of stored.get(k) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      consider(c.id, decodeSignature(c.minhash), c.seq);
    }
    for (const c of batch.get(k) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      consider(c.id, c.sig, Number.MAX_SAFE_INTEGER / 2 + c.order);
    }
  }
  const found = best as { id: string; similarity: number } | null;
  return found ? { id: found.id, similarity: found.similarity } : null;
}
