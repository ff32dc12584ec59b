// Ingestion benchmark: the BBC corpus (../shared/corpus/bbc-2225.jsonl) replicated to 100k articles,
// each copy with its own id, date and a different second half, so copies are neither exact nor near
// duplicates of each other. Reports articles/s, peak RSS (and RSS along the way, to show it stays flat)
// and database size.
//
//   npm run bench:ingest -- [--n 100000] [--db PATH] [--batch 250] [--coder real|none] [--workers N] [--json]
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

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    db: { type: 'string' },
    batch: { type: 'string', default: '250' },
    coder: { type: 'string', default: 'real' },
    workers: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

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

/** Article k: copy k/N of base article k%N, its second half taken from another article. */
function* replicate(): Generator<InputItem> {
  const n = base.length;
  for (let k = 0; k < total; k++) {
    const i = k % n;
    const round = Math.floor(k / n);
    const a = base[i] as BbcArticle;
    let text = a.text;
    if (round > 0) {
      const own = paragraphs[i] as string[];
      const other = paragraphs[(i * 7919 + round * 131) % n] as string[];
      const keep = Math.max(1, Math.ceil(own.length / 2));
      text = [...own.slice(0, keep), ...other.slice(Math.floor(other.length / 2))].join('\n\n');
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
const samples: Array<{ articles: number; rssMb: number }> = [];
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
      samples.push({ articles: p.counts.articlesSeen, rssMb: Math.round(rssMb()) });
      nextSample += total / 4;
      if (!args.json) process.stderr.write(`  ${p.counts.articlesSeen} articles, ${(p.counts.articlesSeen / p.seconds).toFixed(0)}/s, RSS ${rssMb().toFixed(0)} MB\n`);
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
    `ingested ${result.articles} articles in ${result.seconds} s: ${result.articlesPerSecond} articles/s (coder: ${result.coder})\n` +
      `peak RSS ${result.peakRssMb} MB (along the way: ${samples.map((s) => `${s.rssMb}`).join(', ')} MB); database ${result.dbMb} MB\n` +
      `new ${result.newArticles}, exact duplicates ${result.exactDuplicates}, near duplicates ${result.nearDuplicates}, ` +
      `failed ${result.failed}; ${result.mentions} mentions → ${result.events} events`,
  );
}
