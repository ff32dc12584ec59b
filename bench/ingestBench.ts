// Ingestion benchmark: the BBC corpus (../shared/corpus/bbc-2225.jsonl) replicated to 100k articles, each
// copy with its own id and date. Reports articles/s, peak RSS (and RSS along the way, to show it stays flat)
// and database size. Two ways to make the copies:
//   --copies same        (default) as issue 4 specifies: each copy is the article's own text under a new id,
//                        so after the first round every copy is an exact duplicate: stored, linked to its
//                        original, and not coded again. This measures the store and de-duplication at scale.
//   --copies recombined  each copy's text is recombined from three articles, so copies are neither exact nor
//                        near duplicates of each other and every one is coded: the coder's throughput.
//
//   npm run bench:ingest -- [--n 100000] [--copies same|recombined] [--db PATH] [--batch 250] [--coder real|none] [--workers N] [--json]
//
// --coder none stores and deduplicates without coding (the store's own cost).
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createIngester } from '../src/ingest/Ingester.ts';
import type { Coder, InputItem } from '../src/ingest/types.ts';
import { DuckDbStore } from '../src/store/DuckDbStore.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/bbc-2225.jsonl', import.meta.url));

function usage(message: string): never {
  console.error(message);
  process.exit(2);
}

const options = {
  n: { type: 'string', default: '100000' },
  db: { type: 'string' },
  batch: { type: 'string', default: '250' },
  coder: { type: 'string', default: 'real' },
  copies: { type: 'string', default: 'same' },
  workers: { type: 'string' },
  keep: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;
function parsed() {
  try {
    return parseArgs({ options }).values;
  } catch (e) {
    // An unknown option or a missing value: say which, not a stack trace.
    return usage(e instanceof Error ? e.message : String(e));
  }
}
const args = parsed();
if (args.copies !== 'same' && args.copies !== 'recombined') usage(`--copies must be "same" or "recombined", not "${args.copies}"`);
if (args.coder !== 'real' && args.coder !== 'none') usage(`--coder must be "real" or "none", not "${args.coder}"`);
for (const [name, value, min] of [['n', args.n, 1], ['batch', args.batch, 1], ['workers', args.workers, 0]] as const) {
  if (value !== undefined && !(Number.isInteger(Number(value)) && Number(value) >= min)) usage(`--${name} must be a whole number ≥ ${min}, not "${value}"`);
}
if (!existsSync(CORPUS)) {
  console.log(`ingest bench skipped: ${CORPUS} not found (the shared corpus lives beside the repository)`);
  process.exit(0);
}

interface BbcArticle {
  id: string;
  category: string;
  title: string;
  text: string;
}

const base = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as BbcArticle);
const paragraphs = base.map((a) => a.text.split(/\n\s*\n/));
const total = Number(args.n);
const dbPath = args.db ?? join(tmpdir(), `entente-bench-${process.pid}.duckdb`);
for (const f of [dbPath, `${dbPath}.wal`]) rmSync(f, { force: true });

/** A stable pseudo-random index for copy k, part `salt`. */
function pick(k: number, salt: number, n: number): number {
  let h = Math.imul(k + 1, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) % n;
}

/** Third of a list of paragraphs: 0 = first, 1 = middle, 2 = last (never empty). */
function third(ps: string[], part: number): string[] {
  const size = Math.max(1, Math.ceil(ps.length / 3));
  const out = ps.slice(part * size, (part + 1) * size);
  return out.length > 0 ? out : ps.slice(-1);
}

/**
 * Article k: the first round is the corpus itself. With --copies same, later rounds repeat it under new
 * ids (and dates). With --copies recombined, later copies take the first third of article k%N, the
 * middle third of one other article and the last third of another (chosen pseudo-randomly per copy), so
 * no two share more than two thirds of their text: none is a near duplicate (Jaccard ≥ 0.8) of another,
 * and all of it is real news text for the coder.
 */
function* replicate(): Generator<InputItem> {
  const n = base.length;
  for (let k = 0; k < total; k++) {
    const i = k % n;
    const round = Math.floor(k / n);
    const a = base[i] as BbcArticle;
    let text = a.text;
    if (round > 0 && args.copies === 'recombined') {
      const own = third(paragraphs[i] as string[], 0);
      const middle = third(paragraphs[pick(k, 1, n)] as string[], 1);
      const last = third(paragraphs[pick(k, 2, n)] as string[], 2);
      text = [...own, ...middle, ...last].join('\n\n');
    }
    const day = new Date(Date.UTC(2004, 0, 1) + (k % 730) * 86_400_000).toISOString().slice(0, 10);
    yield {
      kind: 'article',
      article: { text, title: a.title, outlet: `BBC ${a.category}`, published: day, externalId: `${a.id}-r${round}`, origin: `bench:${k}` },
    };
  }
}

const noCoder: Coder = () => ({ events: [], sentences: [], warnings: [] });
const coder = args.coder === 'none' ? noCoder : undefined;

const rssMb = () => process.memoryUsage().rss / 2 ** 20;
let peakSampled = rssMb();
const samples: Array<{ articles: number; rssMb: number; heapMb: number; quarterPerSecond: number }> = [];
let lastSample = { articles: 0, seconds: 0 };
const sampler = setInterval(() => (peakSampled = Math.max(peakSampled, rssMb())), 200);
let nextSample = total / 4;

const store = await DuckDbStore.open(dbPath);
const started = performance.now();
const summary = await createIngester({
  store,
  coder,
  workers: args.workers === undefined ? undefined : Number(args.workers),
  batchSize: Number(args.batch),
  onProgress: (p) => {
    if (p.counts.articlesSeen >= nextSample) {
      // The rate over this quarter alone shows whether ingest slows as the corpus grows.
      const quarterPerSecond = Math.round((p.counts.articlesSeen - lastSample.articles) / Math.max(1e-9, p.seconds - lastSample.seconds));
      lastSample = { articles: p.counts.articlesSeen, seconds: p.seconds };
      samples.push({ articles: p.counts.articlesSeen, rssMb: Math.round(rssMb()), heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20), quarterPerSecond });
      nextSample += total / 4;
      if (!args.json) {
        const s = samples[samples.length - 1] as (typeof samples)[number];
        process.stderr.write(
          `  ${s.articles} articles, ${(p.counts.articlesSeen / p.seconds).toFixed(0)}/s so far, ${s.quarterPerSecond}/s this quarter, RSS ${s.rssMb} MB (main heap ${s.heapMb} MB)\n`,
        );
      }
    }
  },
}).ingest(replicate(), [`bench:${total}`]);
const seconds = (performance.now() - started) / 1000;
await store.close();
clearInterval(sampler);

const size = (p: string) => (existsSync(p) ? statSync(p).size : 0);
const dbBytes = size(dbPath) + size(`${dbPath}.wal`);
const peakRss = Math.max(peakSampled, process.resourceUsage().maxRSS / 1024);
const result = {
  articles: summary.articlesSeen,
  coder: args.coder,
  copies: args.copies,
  workers: args.workers ?? 'default',
  seconds: Number(seconds.toFixed(1)),
  articlesPerSecond: Math.round(summary.articlesSeen / seconds),
  peakRssMb: Math.round(peakRss),
  rssAlongTheWay: samples,
  dbMb: Number((dbBytes / 2 ** 20).toFixed(1)),
  newArticles: summary.newArticles,
  exactDuplicates: summary.exactDuplicates,
  nearDuplicates: summary.nearDuplicates,
  failed: summary.failed,
  mentions: summary.mentions,
  events: summary.newEvents,
  db: dbPath,
};
if (!args.keep && !args.db) for (const f of [dbPath, `${dbPath}.wal`]) rmSync(f, { force: true });

if (args.json) console.log(JSON.stringify(result));
else {
  console.log(
    `ingested ${result.articles} articles in ${result.seconds} s: ${result.articlesPerSecond} articles/s (coder: ${result.coder}, copies: ${result.copies})\n` +
      `articles/s by quarter: ${samples.map((s) => s.quarterPerSecond).join(', ')}\n` +
      `peak RSS ${result.peakRssMb} MB (along the way: ${samples.map((s) => `${s.rssMb}`).join(', ')} MB); database ${result.dbMb} MB\n` +
      `new ${result.newArticles}, exact duplicates ${result.exactDuplicates}, near duplicates ${result.nearDuplicates}, ` +
      `failed ${result.failed}; ${result.mentions} mentions → ${result.events} events`,
  );
}
