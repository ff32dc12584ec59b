// A small store for API tests: four articles ingested through the real Ingester with the fake coder
// (test/ingest/fakeCoder.ts), in a temp directory. Each test file builds its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../../src/api/app.ts';
import { createIngester } from '../../src/ingest/Ingester.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { Store } from '../../src/store/Store.ts';
import { createFakeCoder } from '../ingest/fakeCoder.ts';

export const TOKEN = 'test-token-123';

export const ARTICLES = [
  { id: 'a1', outlet: 'Ledger', published: '2025-09-01', title: 'Tianjin summit', text: 'Putin met Xi on 2025-08-31 in Tianjin. The EU criticised Russia on 2025-09-01.' },
  { id: 'a2', outlet: 'Atlas', published: '2025-09-05', title: 'Strike on Kharkiv', text: 'Russia attacked Ukraine on 2025-09-05 in Kharkiv.' },
  { id: 'a3', outlet: 'Atlas', published: '2025-09-10', title: 'Talks in Moscow', text: 'The Kremlin held talks with Beijing on 2025-09-10 in Moscow.' },
  { id: 'a4', outlet: 'Courier', published: '2025-09-12', title: 'New sanctions', text: 'The EU sanctioned Russia on 2025-09-12.' },
];

/** A parsed response body; the tests check it field by field, so it stays untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface TestApi {
  app: Hono;
  store: Store;
  dir: string;
  /** GET a path and parse the JSON. */
  get(path: string): Promise<{ status: number; body: Json }>;
  close(): Promise<void>;
}

export async function createTestApi(options: Omit<AppOptions, 'store'> = {}): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-api-'));
  const store = await openStore({ db: join(dir, 'test.duckdb') });
  const coder = createFakeCoder();
  await createIngester({ store, coder }).ingest(
    ARTICLES.map(({ id, ...a }, i) => ({ kind: 'article' as const, article: { ...a, externalId: id, origin: `test:${i}` } })),
    ['test'],
  );
  const app = createApp({ store, token: TOKEN, coder, ...options });
  return {
    app,
    store,
    dir,
    async get(path) {
      const res = await app.request(path);
      return { status: res.status, body: await res.json() };
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
