// Coding is most of an ingest's CPU time, so it runs on worker threads: each worker loads the coder
// once, and a batch's articles are spread over the workers in small chunks. The ingester decides and
// writes on the main thread while the workers code.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../errors.ts';
import type { CodeResult } from '../types.ts';
import type { Coder } from './types.ts';

export interface CodeTask {
  text: string;
  date: string | null;
  /** Null: code without an article id (the API's /code). */
  articleId: string | null;
  title: string | null;
}

export type CodeOutcome = { ok: CodeResult } | { error: string; code?: ErrorCode };

export interface CoderPool {
  code(tasks: readonly CodeTask[]): Promise<CodeOutcome[]>;
  close(): Promise<void>;
}

/**
 * Heap bounds per coder worker. Unbounded, V8 sizes a worker's heap from the machine's memory and collects
 * late: two workers took an ingest to 1,016 MB peak RSS; with these bounds 691 MB (bench:ingest, 10k,
 * 24 GB machine). The coder's live heap is ~50 MB; coding a 2-million-character article (the ingest's
 * limit) peaks at ~130 MB, well inside the bound.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 48 };

/** Articles per message: small enough to balance workers, large enough to amortise messaging. */
const CHUNK = 16;

/** A pool that codes in this thread (tests' fake coders, --workers 0). */
export function inlineCoderPool(coder: Coder): CoderPool {
  return {
    async code(tasks) {
      return tasks.map((t) => {
        try {
          return { ok: coder(t.text, { date: t.date ?? undefined, articleId: t.articleId ?? undefined, title: t.title ?? undefined }) };
        } catch (e) {
          const code = (e as { code?: ErrorCode }).code;
          return { error: e instanceof Error ? e.message : String(e), code };
        }
      });
    },
    async close() {},
  };
}

/**
 * Coder threads by default. The main thread (hashing, decisions, the database) needs about a third of a
 * core per coder, so from three cores one core is left to it; on two cores both code and the main thread
 * shares them: back to back on a quiet 2-core machine (bench:ingest, 20k), two workers ingested 447
 * articles/s (peak RSS 765 MB) and one worker 328/s (603 MB). At most four: more gains little and costs
 * memory.
 */
export function defaultWorkerCount(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores <= 2 ? cores : cores - 1));
}

/** The bootstrap each worker runs: TypeScript support (loader hooks are per thread), then the coder. */
function workerUrl(): URL {
  const script = new URL('./coderWorker.ts', import.meta.url);
  const require = createRequire(import.meta.url);
  const api = pathToFileURL(require.resolve('tsx/esm/api')).href.replace(/index\.cjs$/, 'index.mjs');
  const source = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(script.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

export interface WorkerPoolOptions {
  /** Let the process exit while the workers idle (a server's shared pool, which nobody closes). */
  unref?: boolean;
}

export function workerCoderPool(size = defaultWorkerCount(), options: WorkerPoolOptions = {}): CoderPool {
  interface Job {
    id: number;
    tasks: CodeTask[];
    resolve: (r: CodeOutcome[]) => void;
  }
  const url = workerUrl();
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  const workers: Worker[] = [];
  let nextId = 0;
  let closed = false;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const w = idle.pop() as Worker;
      const job = queue.shift() as Job;
      busy.set(w, job);
      w.postMessage({ id: job.id, tasks: job.tasks });
    }
  };

  const spawn = () => {
    const w = new Worker(url, { resourceLimits: WORKER_HEAP });
    w.on('message', (msg: { id: number; results: CodeOutcome[] }) => {
      const job = busy.get(w);
      busy.delete(w);
      idle.push(w);
      if (job && job.id === msg.id) job.resolve(msg.results);
      dispatch();
    });
    // A worker that dies fails the articles it held; a fresh one takes its place.
    let gone = false;
    const lost = (reason: string) => {
      if (gone) return;
      gone = true;
      const job = busy.get(w);
      busy.delete(w);
      workers.splice(workers.indexOf(w), 1);
      const at = idle.indexOf(w);
      if (at >= 0) idle.splice(at, 1);
      job?.resolve(job.tasks.map(() => ({ error: `coder worker ${reason}` })));
      if (!closed) spawn();
      dispatch();
    };
    w.on('error', (e) => lost(`crashed: ${e.message}`));
    w.on('exit', (code) => {
      if (!closed) lost(`exited with code ${code}`);
    });
    if (options.unref) w.unref();
    workers.push(w);
    idle.push(w);
  };
  for (let i = 0; i < size; i++) spawn();

  return {
    async code(tasks) {
      const parts: Promise<CodeOutcome[]>[] = [];
      for (let i = 0; i < tasks.length; i += CHUNK) {
        const chunk = tasks.slice(i, i + CHUNK);
        parts.push(new Promise((resolve) => queue.push({ id: nextId++, tasks: chunk, resolve })));
      }
      dispatch();
      return (await Promise.all(parts)).flat();
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
