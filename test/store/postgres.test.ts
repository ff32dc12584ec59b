// The Store contract on PostgreSQL (127.0.0.1:5432, database "test", or ENTENTE_TEST_PG). Each store gets
// its own schema, dropped afterwards. Skipped, with the reason printed, when no server answers.
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isEntenteError } from '../../src/errors.ts';
import { openStore } from '../../src/store/openStore.ts';
import { PostgresStore } from '../../src/store/PostgresStore.ts';
import { createIngester } from '../../src/ingest/Ingester.ts';
import type { InputItem } from '../../src/ingest/types.ts';
import { DuckDbStore } from '../../src/store/DuckDbStore.ts';
import { createFakeCoder } from '../ingest/fakeCoder.ts';
import { dumpTables } from '../ingest/dump.ts';
import { runStoreContract } from './storeContract.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportEvents } from '../../src/store/exportEvents.ts';
import { event } from './builders.ts';

const URL = process.env.ENTENTE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<string | undefined> {
  const c = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return undefined;
  } catch (e) {
    return `PostgreSQL not reachable at ${URL}: ${(e as Error).message}`;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const skip = await reachable();
if (skip) console.log(`skipping PostgresStore contract: ${skip}`);

async function dropSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
}

runStoreContract(
  'PostgreSQL',
  async () => {
    const schema = `entente_test_${randomBytes(4).toString('hex')}`;
    const store = await PostgresStore.open(URL, { schema });
    return { store, cleanup: () => dropSchema(schema) };
  },
  { skip },
);

describe.skipIf(Boolean(skip))('PostgresStore', () => {
  it('is chosen for postgres:// URLs', async () => {
    const schema = `entente_test_${randomBytes(4).toString('hex')}`;
    const store = await openStore({ db: URL, schema });
    expect(store.dialect).toBe('postgres');
    await store.close();
    await dropSchema(schema);
  });

  it('exports Parquet through a DuckDB staging file, honouring filters', async () => {
    const schema = `entente_test_${randomBytes(4).toString('hex')}`;
    const store = await PostgresStore.open(URL, { schema });
    const dir = mkdtempSync(join(tmpdir(), 'entente-pg-parquet-'));
    try {
      await store.insertEventMentions([
        { id: 'a1:0', articleId: 'a1', outlet: 'A', published: '2025-09-01', event: event() },
        { id: 'a1:1', articleId: 'a1', outlet: 'A', published: '2025-09-01', event: event({ type: 'SANCTION', source: 'eu', target: 'russia' }) },
      ]);
      const out = join(dir, 'events.parquet');
      expect(await exportEvents(store, { format: 'parquet', out, filter: { types: ['SANCTION'] }, batchSize: 1 })).toEqual({ rows: 1, out });
      const reader = await DuckDbStore.open(':memory:');
      const rows = await reader.all(`SELECT type, date, num_mentions FROM read_parquet('${out}')`);
      await reader.close();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ type: 'SANCTION', num_mentions: 1 });
      expect(String(rows[0]?.date)).toContain('2025-08-31');
    } finally {
      await store.close();
      await dropSchema(schema);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives E_STORE_OPEN when the server cannot be reached', async () => {
    const err = await openStore('postgres://nobody:secret@127.0.0.1:1/none').catch((e: unknown) => e);
    expect(isEntenteError(err) && err.code).toBe('E_STORE_OPEN');
    expect((err as Error).message).not.toContain('secret');
  });

  it('ends an ingest with the same tables as DuckDB', async () => {
    const items: InputItem[] = [
      'Putin met Xi on 2025-08-31 in Tianjin.',
      'Xi held talks with the Kremlin on 2025-09-01.',
      'Russia attacked Ukraine on 2025-08-01 in Kharkiv.',
      'Russia attacked Ukraine on 2025-08-20 in Kharkiv.',
      'The EU sanctioned Russia on 2025-08-21.',
    ].map((text, i) => ({ kind: 'article', article: { text, outlet: `Outlet ${i % 2}`, published: '2025-09-01', origin: `p:${i}` } }));
    const schema = `entente_test_${randomBytes(4).toString('hex')}`;
    const pgStore = await PostgresStore.open(URL, { schema });
    const duck = await DuckDbStore.open(':memory:');
    try {
      for (const store of [pgStore, duck]) await createIngester({ store, coder: createFakeCoder(), batchSize: 2 }).ingest(items);
      expect(await dumpTables(pgStore)).toEqual(await dumpTables(duck));
    } finally {
      await pgStore.close();
      await duck.close();
      await dropSchema(schema);
    }
  });
});
