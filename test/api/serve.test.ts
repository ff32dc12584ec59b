// serve(): the address check, the token, the missing-database message, and a real listening server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../src/api/host.ts';
import { serve } from '../../src/api/serve.ts';
import { openStore } from '../../src/store/openStore.ts';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
  db = join(dir, 'empty.duckdb');
  await (await openStore({ db })).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quiet = { log: () => undefined, handleSignals: false };

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['example.org', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('serve', () => {
  it('refuses a non-loopback address without a token, before opening anything', async () => {
    const saved = process.env.ENTENTE_TOKEN;
    delete process.env.ENTENTE_TOKEN;
    try {
      await expect(serve({ db, host: '0.0.0.0', port: 0, ...quiet })).rejects.toMatchObject({
        code: 'E_USAGE',
        message: expect.stringMatching(/refusing to listen on 0\.0\.0\.0 without a token.*ENTENTE_TOKEN/),
      });
    } finally {
      if (saved !== undefined) process.env.ENTENTE_TOKEN = saved;
    }
  });

  it('refuses a database that does not exist', async () => {
    await expect(serve({ db: join(dir, 'missing.duckdb'), port: 0, ...quiet })).rejects.toMatchObject({ code: 'E_INPUT_NOT_FOUND' });
  });

  it('says so when the port is taken', async () => {
    const first = await serve({ db, port: 0, token: 't', ...quiet });
    try {
      await expect(serve({ db: ':memory:', port: first.port, token: 't', ...quiet })).rejects.toMatchObject({
        code: 'E_USAGE',
        message: expect.stringContaining(`port ${first.port} is in use`),
      });
    } finally {
      await first.close();
    }
  });

  it('listens on loopback, prints a generated token, and serves the API', async () => {
    const lines: string[] = [];
    const server = await serve({ db, port: 0, token: undefined, webRoot: join(dir, 'no-dist'), log: (l) => lines.push(l), handleSignals: false });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(lines.join('\n')).toContain(`Ingest token (generated; set ENTENTE_TOKEN to choose one): ${server.token}`);
      expect(lines.join('\n')).toContain('npm run build:web');
      const stats = await fetch(`${server.url}/api/stats`);
      expect(stats.status).toBe(200);
      expect((await stats.json()).corpus.articles).toBe(0);
      const ingest = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: '{}', headers: { authorization: 'Bearer wrong' } });
      expect(ingest.status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
