// The coder pool: in-thread coding for injected coders, worker threads for the pipeline coder.
import { describe, expect, it } from 'vitest';
import { EntenteError } from '../../src/errors.ts';
import { inlineCoderPool, workerCoderPool } from '../../src/ingest/coderPool.ts';
import { createIngester } from '../../src/ingest/Ingester.ts';
import type { InputItem } from '../../src/ingest/types.ts';
import { code as realCode } from '../../src/pipeline/code.ts';
import { DuckDbStore } from '../../src/store/DuckDbStore.ts';
import { createFakeCoder } from './fakeCoder.ts';

describe('inlineCoderPool', () => {
  it('returns results in order and captures errors with their codes', async () => {
    const fake = createFakeCoder();
    const pool = inlineCoderPool((text, o) => {
      if (text === 'dict') throw new EntenteError('E_DICTIONARY', 'missing file');
      if (text === 'boom') throw new Error('boom');
      return fake(text, o);
    });
    const out = await pool.code([
      { text: 'Putin met Xi on 2025-08-31.', date: '2025-09-01', articleId: 'a', title: null },
      { text: 'boom', date: null, articleId: 'b', title: null },
      { text: 'dict', date: null, articleId: 'c', title: null },
    ]);
    expect('ok' in out[0]! && out[0].ok.events[0]?.type).toBe('CONSULT');
    expect(out[1]).toEqual({ error: 'boom', code: undefined });
    expect(out[2]).toEqual({ error: 'missing file', code: 'E_DICTIONARY' });
    expect(fake.calls[0]?.options).toMatchObject({ date: '2025-09-01', articleId: 'a' });
  });
});

let problem: string | undefined;
try {
  realCode('Putin met Xi in Tianjin on Sunday.', { date: '2025-09-01' });
} catch (e) {
  problem = (e as Error).message;
  console.log(`skipping worker-pool tests: the pipeline coder cannot run here: ${problem}`);
}

describe.skipIf(Boolean(problem))('workerCoderPool (pipeline coder on worker threads)', () => {
  it('codes on a worker exactly as in this thread', async () => {
    const pool = workerCoderPool(1);
    try {
      const text = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Tianjin on Sunday.';
      const [r] = await pool.code([{ text, date: '2025-09-01', articleId: 'w1', title: null }]);
      const here = realCode(text, { date: '2025-09-01', articleId: 'w1' });
      expect(r && 'ok' in r ? r.ok : r).toEqual(JSON.parse(JSON.stringify(here)));
    } finally {
      await pool.close();
    }
  });

  it('gives the same database whether coding runs on workers or in this thread', async () => {
    const texts = [
      'Russian President Vladimir Putin met Chinese President Xi Jinping in Tianjin on Sunday.',
      'The European Union imposed new sanctions on Russia on Monday, officials in Brussels said.',
      'Ukrainian forces attacked Russian positions near Kharkiv overnight, the military said.',
    ];
    const items: InputItem[] = Array.from({ length: 40 }, (_, i) => ({
      kind: 'article',
      article: { text: `${texts[i % 3]} Report ${i}.`, outlet: `Outlet ${i % 5}`, published: '2025-09-01', origin: `w:${i}` },
    }));
    const dumps = [];
    for (const workers of [0, 1]) {
      const store = await DuckDbStore.open(':memory:');
      const s = await createIngester({ store, workers, batchSize: 40 }).ingest(items);
      expect(s).toMatchObject({ articlesSeen: 40, newArticles: 40, failed: 0 });
      dumps.push(await store.all('SELECT id, type, num_mentions, num_sources FROM events ORDER BY id'));
      await store.close();
    }
    expect(dumps[1]).toEqual(dumps[0]);
  });
});
