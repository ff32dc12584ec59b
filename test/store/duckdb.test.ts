// The Store contract on DuckDB, plus what only a DuckDB file does: locking, corruption, COPY exports.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isEntenteError } from '../../src/errors.ts';
import { DuckDbStore } from '../../src/store/DuckDbStore.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, SCHEMA_VERSION_DDL } from '../../src/store/migrations.ts';
import { DuckDbSql } from '../../src/store/duckdbSql.ts';
import { openStore } from '../../src/store/openStore.ts';
import { runStoreContract } from './storeContract.ts';
import { article, event } from './builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-duckdb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreContract('DuckDB file', async () => {
  const path = join(dir, `contract-${++n}.duckdb`);
  return { store: await DuckDbStore.open(path), cleanup: async () => rmSync(path, { force: true }) };
});

runStoreContract('DuckDB in memory', async () => ({ store: await DuckDbStore.open(':memory:') }));

describe('DuckDbStore', () => {
  it('persists across reopen without re-running migrations', async () => {
    const path = join(dir, 'reopen.duckdb');
    let store = await openStore(path);
    await store.upsertArticles([article('a1')]);
    await store.close();
    store = await openStore(path);
    expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect((await store.all('SELECT count(*) AS n FROM schema_version'))[0]).toEqual({ n: LATEST_SCHEMA_VERSION });
    expect((await store.findArticleByHash('a1'))?.title).toBe('Title a1');
    await store.close();
  });

  it('migrates a version-1 database: same rows, no key indexes on the growing tables', async () => {
    const path = join(dir, 'v1.duckdb');
    const raw = await DuckDbSql.open(path);
    await raw.run(SCHEMA_VERSION_DDL);
    for (const sql of (MIGRATIONS[0] as (typeof MIGRATIONS)[number]).statements('duckdb')) await raw.run(sql);
    await raw.run("INSERT INTO schema_version (version, description) VALUES (1, 'v1')");
    await raw.run(
      "INSERT INTO articles (id, seq, text, coded, num_events, language) VALUES ('old', 1, 'kept text', true, 0, 'en')",
    );
    const keysBefore = await raw.all("SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'");
    expect(keysBefore.map((r) => r.table_name)).toContain('articles');
    raw.close();

    const store = await openStore(path);
    expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect((await store.findArticleByHash('old'))?.text).toBe('kept text');
    const keyed = (await store.all("SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'")).map(
      (r) => r.table_name,
    );
    for (const t of ['articles', 'event_mentions', 'events', 'event_keys', 'imported_events']) expect(keyed).not.toContain(t);
    // Ids stay unique without the index: the store checks before it writes.
    expect(await store.upsertArticles([article('old'), article('new')])).toBe(1);
    expect((await store.all('SELECT count(*) AS n FROM articles'))[0]).toEqual({ n: 2 });
    await store.close();
  });

  it('finds articles written by SQL run directly, after its id filter was built', async () => {
    const store = await DuckDbStore.open(':memory:');
    await store.upsertArticles([article('a1')]);
    expect([...(await store.findArticleKeys(['a1', 'a2'])).keys()]).toEqual(['a1']);
    await store.run("INSERT INTO articles (id, seq, text, coded, num_events, language) VALUES ('a2', 2, 'x', true, 0, 'en')");
    expect([...(await store.findArticleKeys(['a1', 'a2'])).keys()].sort()).toEqual(['a1', 'a2']);
    // A rolled-back insert leaves the filter with an extra id: a lookup, never a wrong answer.
    const aborted = await store
      .transaction(async () => {
        await store.upsertArticles([article('a3')]);
        throw new Error('abort');
      })
      .catch((e: unknown) => e);
    expect((aborted as Error).message).toBe('abort');
    expect((await store.findArticleKeys(['a3'])).size).toBe(0);
    await store.close();
  });

  it('finds near-duplicate candidates stored before it opened, written by SQL run directly, or rolled back', async () => {
    const path = join(dir, 'bands.duckdb');
    const first = await DuckDbStore.open(path);
    await first.upsertArticles([article('orig', { minhash: 'aa', bands: [2 ** 35 + 1, 7] })]);
    await first.close();
    const store = await DuckDbStore.open(path);
    // Built from the file on first use.
    expect((await store.findNearDuplicates([7, 8])).map((c) => c.id)).toEqual(['orig']);
    // Written through the store after the filter was built.
    await store.upsertArticles([article('second', { minhash: 'bb', bands: [8] })]);
    expect((await store.findNearDuplicates([8])).map((c) => c.id)).toEqual(['second']);
    // Written by SQL run directly: the filter is dropped and rebuilt.
    await store.run("INSERT INTO articles (id, seq, text, coded, num_events, language, minhash) VALUES ('raw', 3, 'x', true, 0, 'en', 'cc')");
    await store.run("INSERT INTO article_bands (band_key, article_id) VALUES (9, 'raw')");
    expect((await store.findNearDuplicates([9])).map((c) => c.id)).toEqual(['raw']);
    // A rolled-back insert leaves the filter with an extra key: a lookup, never a wrong answer.
    await store
      .transaction(async () => {
        await store.upsertArticles([article('gone', { minhash: 'dd', bands: [10] })]);
        throw new Error('abort');
      })
      .catch(() => undefined);
    expect(await store.findNearDuplicates([10])).toEqual([]);
    // A copy's bands are not stored, and a key no article has finds nothing.
    await store.upsertArticles([article('copy', { bands: [11], duplicateOf: 'orig', duplicateKind: 'near', similarity: 0.9 })]);
    expect(await store.findNearDuplicates([11, 12])).toEqual([]);
    await store.close();
  });

  it('refuses a file that is not a DuckDB database with E_STORE_CORRUPT', async () => {
    const path = join(dir, 'garbage.duckdb');
    writeFileSync(path, 'this is not a database\n'.repeat(500));
    const err = await openStore(path).catch((e: unknown) => e);
    expect(isEntenteError(err) && err.code).toBe('E_STORE_CORRUPT');
    expect((err as Error).message).toContain(path);
    // Nothing was written over it.
    expect(readFileSync(path, 'utf8').startsWith('this is not a database')).toBe(true);
  });

  it('refuses a database from a newer Entente with E_STORE_OPEN', async () => {
    const path = join(dir, 'newer.duckdb');
    const store = await openStore(path);
    await store.run('INSERT INTO schema_version (version, description) VALUES (99, $1)', ['future']);
    await store.close();
    const err = await openStore(path).catch((e: unknown) => e);
    expect(isEntenteError(err) && err.code).toBe('E_STORE_OPEN');
    expect((err as Error).message).toMatch(/schema version 99/);
  });

  it('gives E_STORE_LOCKED when another process holds the file', async () => {
    const path = join(dir, 'locked.duckdb');
    (await openStore(path)).close();
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', `
        const { DuckDbSql } = await import(${JSON.stringify(new URL('../../src/store/duckdbSql.ts', import.meta.url).href)});
        const db = await DuckDbSql.open(${JSON.stringify(path)});
        console.log('open');
        setTimeout(() => db.close(), 20000);`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (d: Buffer) => d.toString().includes('open') && resolve());
        holder.on('exit', (code) => reject(new Error(`holder exited early (${code})`)));
      });
      const err = await openStore(path).catch((e: unknown) => e);
      expect(isEntenteError(err) && err.code).toBe('E_STORE_LOCKED');
      expect((err as Error).message).toMatch(/locked by another process/);
    } finally {
      holder.kill('SIGKILL');
    }
    // Once the holder is gone, the file opens again with its data intact.
    await new Promise((r) => holder.once('exit', r));
    const store = await openStore(path);
    expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    await store.close();
  });

  it('exports events to Parquet and CSV with COPY, honouring filters', async () => {
    const store = await DuckDbStore.open(join(dir, 'copy.duckdb'));
    await store.insertEventMentions([
      { id: 'a1:0', articleId: 'a1', outlet: 'A', published: '2025-09-01', event: event() },
      { id: 'a1:1', articleId: 'a1', outlet: 'A', published: '2025-09-01', event: event({ type: 'SANCTION', source: 'eu', target: 'russia' }) },
    ]);
    const parquet = join(dir, 'out', 'events.parquet');
    expect(await store.copyEvents('parquet', parquet)).toBe(2);
    expect(existsSync(parquet)).toBe(true);
    const back = await store.all(`SELECT type FROM read_parquet('${parquet}') ORDER BY type`);
    expect(back).toEqual([{ type: 'CONSULT' }, { type: 'SANCTION' }]);
    const csv = join(dir, 'out', "it's.csv");
    expect(await store.copyEvents('csv', csv, { types: ['SANCTION'], actor: 'EU' })).toBe(1);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines[0]?.startsWith('id,date,date_precision,type')).toBe(true);
    expect(lines).toHaveLength(2);
    await store.close();
  });

  it('wraps SQL errors as E_STORE_QUERY', async () => {
    const store = await DuckDbStore.open(':memory:');
    const err = await store.all('SELECT * FROM no_such_table').catch((e: unknown) => e);
    expect(isEntenteError(err) && err.code).toBe('E_STORE_QUERY');
    await store.close();
  });

  it('reads list parameters as BIGINT lists', async () => {
    const sql = await DuckDbSql.open();
    const rows = await sql.allWithLists('SELECT unnest($1::BIGINT[]) AS k', [[2 ** 40 + 1, 3]]);
    expect(rows).toEqual([{ k: 2 ** 40 + 1 }, { k: 3 }]);
    sql.close();
  });
});
