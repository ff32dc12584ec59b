// `entente export`: events to Parquet or CSV (DuckDB COPY; Parquet from PostgreSQL through a DuckDB staging
// file), GDELT 2.0 (61 TSV columns) or PLOVER JSON
// lines. GDELT and PLOVER JSON stream through the store's cursor in bounded batches.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { EntenteError } from '../errors.ts';
import { toGdeltFields } from './formats/gdelt.ts';
import { toPloverJson, type ArticleInfo } from './formats/ploverJson.ts';
import type { EventRow } from './schema.ts';
import { EVENTS_COLUMNS } from './schema.ts';
import { DuckDbStore } from './DuckDbStore.ts';
import { chunks } from './SqlStore.ts';
import type { EventFilter, Store } from './Store.ts';

export const EXPORT_FORMATS = ['parquet', 'csv', 'gdelt', 'plover-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** File path, or "-" for stdout (not for parquet). */
  out: string;
  filter?: EventFilter;
  batchSize?: number;
  stdout?: NodeJS.WritableStream;
}

export async function exportEvents(store: Store, options: ExportOptions): Promise<{ rows: number; out: string }> {
  const { format, out } = options;
  const filter = options.filter ?? {};
  if (!EXPORT_FORMATS.includes(format)) {
    throw new EntenteError('E_USAGE', `unknown export format "${format}"; use one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if ((format === 'parquet' || format === 'csv') && out !== '-' && store.copyEvents) {
    return { rows: await store.copyEvents(format, out, filter), out };
  }
  if (format === 'parquet') {
    if (out === '-') throw new EntenteError('E_USAGE', 'parquet cannot be written to stdout; give --out FILE');
    return { rows: await parquetThroughDuckDb(store, out, filter, options.batchSize ?? 5000), out };
  }
  const sink = out === '-' ? (options.stdout ?? process.stdout) : await openFile(out);
  const write = async (s: string) => {
    if (!sink.write(s)) await once(sink, 'drain');
  };
  let rows = 0;
  try {
    if (format === 'csv') await write(`${EVENTS_COLUMNS.map(([c]) => c).join(',')}\n`);
    // PLOVER JSON fetches each batch's mentions and articles too, so it reads smaller batches.
    const batchSize = options.batchSize ?? (format === 'plover-json' ? 1000 : 5000);
    for await (const batch of store.iterateEvents(filter, batchSize)) {
      if (format === 'csv') {
        for (const e of batch) await write(`${EVENTS_COLUMNS.map(([c]) => csvField(e[c])).join(',')}\n`);
      } else if (format === 'gdelt') {
        const ctx = await gdeltContext(store, batch);
        for (const e of batch) await write(`${toGdeltFields(e, ctx.get(e.id) ?? { sourceUrl: null, addedAt: null, raw: null }).join('\t')}\n`);
      } else {
        const mentions = await store.getMentions(batch.map((e) => e.id));
        const articles = await articleInfo(store, mentions.map((m) => m.articleId));
        const byEvent = new Map<string, typeof mentions>();
        for (const m of mentions) byEvent.set(m.eventId, [...(byEvent.get(m.eventId) ?? []), m]);
        for (const e of batch) await write(`${JSON.stringify(toPloverJson(e, byEvent.get(e.id) ?? [], articles))}\n`);
      }
      rows += batch.length;
    }
  } finally {
    if (sink !== (options.stdout ?? process.stdout)) {
      (sink as NodeJS.WritableStream & { end(): void }).end();
      await once(sink, 'close');
    }
  }
  return { rows, out };
}

/**
 * Parquet from a store that cannot write it (PostgreSQL): stream the events through the store's cursor
 * into a temporary DuckDB file (on disk, so memory stays bounded), COPY that to Parquet, remove it.
 */
async function parquetThroughDuckDb(store: Store, out: string, filter: EventFilter, batchSize: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'entente-export-'));
  const staging = await DuckDbStore.open(join(dir, 'staging.duckdb'));
  try {
    for await (const batch of store.iterateEvents(filter, batchSize)) await staging.appendEventRows(batch);
    return await staging.copyEvents('parquet', out);
  } finally {
    await staging.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function openFile(path: string): Promise<NodeJS.WritableStream> {
  await mkdir(dirname(path), { recursive: true });
  const s = createWriteStream(path);
  await once(s, 'open');
  return s;
}

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function articleInfo(store: Store, ids: readonly string[]): Promise<Map<string, ArticleInfo>> {
  const out = new Map<string, ArticleInfo>();
  for (const chunk of chunks([...new Set(ids)], 500)) {
    const params = chunk.map((_, i) => `$${i + 1}`).join(', ');
    const rows = (await store.all(
      `SELECT id, url, outlet, title, published FROM articles WHERE id IN (${params})`,
      chunk,
    )) as unknown as ArticleInfo[];
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** SOURCEURL and DATEADDED for a batch: the first article's URL and ingestion time, or the imported record's. */
async function gdeltContext(store: Store, batch: readonly EventRow[]) {
  const ctx = new Map<string, { sourceUrl: string | null; addedAt: string | null; raw: string | null }>();
  const articleIds = [...new Set(batch.map((e) => e.first_article_id).filter((x): x is string => x !== null))];
  const articles = new Map<string, { url: string | null; ingested_at: string | null }>();
  for (const chunk of chunks(articleIds, 500)) {
    const params = chunk.map((_, i) => `$${i + 1}`).join(', ');
    for (const r of await store.all<{ id: string; url: string | null; ingested_at: string | null }>(
      `SELECT id, url, ingested_at FROM articles WHERE id IN (${params})`,
      chunk,
    )) {
      articles.set(r.id, r);
    }
  }
  const imported = new Map<string, { source_url: string | null; raw: string | null }>();
  const importedIds = batch.filter((e) => e.provenance !== 'coded').map((e) => e.id);
  for (const chunk of chunks(importedIds, 500)) {
    const params = chunk.map((_, i) => `$${i + 1}`).join(', ');
    for (const r of await store.all<{ event_id: string; source_url: string | null; raw: string | null; format: string }>(
      `SELECT event_id, source_url, raw, format FROM imported_events WHERE event_id IN (${params})`,
      chunk,
    )) {
      imported.set(r.event_id, { source_url: r.source_url, raw: r.format === 'gdelt' ? r.raw : null });
    }
  }
  for (const e of batch) {
    const a = e.first_article_id ? articles.get(e.first_article_id) : undefined;
    const i = imported.get(e.id);
    ctx.set(e.id, { sourceUrl: a?.url ?? i?.source_url ?? null, addedAt: a?.ingested_at ?? null, raw: i?.raw ?? null });
  }
  return ctx;
}
