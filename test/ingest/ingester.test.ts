// Ingestion end to end with a fake coder: identity, duplicates, language, failures, idempotence,
// clustering across articles. One smoke test uses the real coder and checks structure only.
import { describe, expect, it } from 'vitest';
import { EntenteError } from '../../src/errors.ts';
import { createIngester } from '../../src/ingest/Ingester.ts';
import type { InputItem, RawArticle } from '../../src/ingest/types.ts';
import { code as realCode } from '../../src/pipeline/code.ts';
import { DuckDbStore } from '../../src/store/DuckDbStore.ts';
import type { EventRow } from '../../src/store/schema.ts';
import type { Store } from '../../src/store/Store.ts';
import { dumpTables } from './dump.ts';
import { createFakeCoder } from './fakeCoder.ts';

const WIRE =
  'Putin met Xi on 2025-08-31 in Tianjin. The two leaders discussed trade, energy and the situation in Ukraine, ' +
  'according to officials from both delegations, who said the meeting lasted more than three hours and ended with ' +
  'a joint statement on closer coordination at the United Nations and in regional organisations.';

function item(text: string, over: Partial<RawArticle> = {}): InputItem {
  return { kind: 'article', article: { text, origin: over.origin ?? `test:${text.slice(0, 12)}`, ...over } };
}

async function memoryStore(): Promise<Store> {
  return DuckDbStore.open(':memory:');
}

/** One event reported three ways by three outlets, and two distinct strikes that look alike. */
const CORPUS: InputItem[] = [
  item(WIRE, { outlet: 'Agency A', published: '2025-09-01', url: 'https://a.example/1', origin: 'c:1' }),
  item('Xi held talks with the Kremlin on 2025-09-01. Officials gave few details.', { outlet: 'Paper B', published: '2025-09-02', origin: 'c:2' }),
  item('Beijing met Moscow on 2025-08-30 in Tianjin, a spokesman said.', { outlet: 'Site C', published: '2025-08-31', origin: 'c:3' }),
  item('Russia attacked Ukraine on 2025-08-01 in Kharkiv.', { outlet: 'Agency A', published: '2025-08-01', origin: 'c:4' }),
  item('Russia attacked Ukraine on 2025-08-20 in Kharkiv. Damage was reported.', { outlet: 'Agency A', published: '2025-08-20', origin: 'c:5' }),
];

describe('createIngester', () => {
  it('codes each article with its own publication date and stores articles, sentences, mentions and events', async () => {
    const store = await memoryStore();
    const coder = createFakeCoder();
    const summary = await createIngester({ store, coder }).ingest(CORPUS, ['corpus']);
    expect(summary).toMatchObject({ articlesSeen: 5, newArticles: 5, failed: 0, mentions: 5, newEvents: 3, unchanged: 0 });
    expect(coder.calls.map((c) => c.options.date)).toEqual(['2025-09-01', '2025-09-02', '2025-08-31', '2025-08-01', '2025-08-20']);
    const stats = await store.stats();
    expect(stats).toMatchObject({ articles: 5, mentions: 5, events: 3, eventsByType: { ASSAULT: 2, CONSULT: 1 } });
    expect(stats.sentences).toBeGreaterThanOrEqual(7);
    const consult = (await store.all<EventRow>("SELECT * FROM events WHERE type = 'CONSULT'"))[0];
    expect(consult).toMatchObject({ num_mentions: 3, num_articles: 3, num_sources: 3, location_name: 'Tianjin', source_id: 'putin', target_id: 'xi' });
    const mentions = await store.getMentions([consult!.id]);
    expect(mentions.map((m) => m.evidence[0]?.trigger.text)).toEqual(expect.arrayContaining(['met', 'held talks with', 'met']));
    const strikes = await store.all<EventRow>("SELECT date, num_mentions FROM events WHERE type = 'ASSAULT' ORDER BY date");
    expect(strikes).toEqual([
      { date: '2025-08-01', num_mentions: 1 },
      { date: '2025-08-20', num_mentions: 1 },
    ]);
    const [run] = await store.listRuns();
    expect(run).toMatchObject({ status: 'completed', newArticles: 5, inputs: ['corpus'] });
    await store.close();
  });

  it('adds nothing when run again', async () => {
    const store = await memoryStore();
    await createIngester({ store, coder: createFakeCoder() }).ingest(CORPUS);
    const before = await dumpTables(store);
    const coder = createFakeCoder();
    const again = await createIngester({ store, coder }).ingest(CORPUS);
    expect(again).toMatchObject({ articlesSeen: 5, unchanged: 5, newArticles: 0, mentions: 0, newEvents: 0 });
    expect(coder.calls).toHaveLength(0);
    expect(await dumpTables(store)).toEqual(before);
    await store.close();
  });

  it('gives the same database whatever the batch size', async () => {
    const corpus = [
      ...CORPUS,
      item(`LONDON (Wire) - ${WIRE}`, { outlet: 'Syndicate', origin: 'c:6' }),
      item(WIRE, { outlet: 'Reprinter', origin: 'c:7' }),
    ];
    const dumps = [];
    for (const batchSize of [1, 2, 100]) {
      const store = await memoryStore();
      await createIngester({ store, coder: createFakeCoder(), batchSize }).ingest(corpus);
      dumps.push(await dumpTables(store));
      await store.close();
    }
    expect(dumps[1]).toEqual(dumps[0]);
    expect(dumps[2]).toEqual(dumps[0]);
  });

  it('records exact copies from elsewhere as duplicates and does not code them', async () => {
    const store = await memoryStore();
    const coder = createFakeCoder();
    const s = await createIngester({ store, coder }).ingest([
      item(WIRE, { outlet: 'Agency A', url: 'https://a.example/1' }),
      item(`  ${WIRE.replace('Putin', 'PUTIN')}\n`, { outlet: 'Paper B', url: 'https://b.example/9' }),
      item(WIRE, { outlet: 'Agency A', url: 'https://a.example/1' }),
      item(WIRE),
    ]);
    expect(s).toMatchObject({ newArticles: 1, exactDuplicates: 1, unchanged: 2, mentions: 1 });
    expect(coder.calls).toHaveLength(1);
    const rows = await store.all('SELECT outlet, duplicate_of, duplicate_kind, similarity, coded FROM articles ORDER BY seq');
    const original = (await store.all<{ id: string }>('SELECT id FROM articles WHERE duplicate_of IS NULL'))[0]!.id;
    expect(rows).toEqual([
      { outlet: 'Agency A', duplicate_of: null, duplicate_kind: null, similarity: null, coded: true },
      { outlet: 'Paper B', duplicate_of: original, duplicate_kind: 'exact', similarity: 1, coded: false },
    ]);
    await store.close();
  });

  it('records near-duplicates (a syndicated copy with a dateline and credit) and does not code them', async () => {
    const store = await memoryStore();
    const coder = createFakeCoder();
    const first = await createIngester({ store, coder }).ingest([item(WIRE, { outlet: 'Agency A' })]);
    expect(first.newArticles).toBe(1);
    const s = await createIngester({ store, coder }).ingest([
      item(`TIANJIN, China (Wire) - ${WIRE} Reporting by the Beijing bureau.`, { outlet: 'Paper B' }),
      item('Russia attacked Ukraine on 2025-08-01 in Kharkiv, officials in the region said on Friday morning after a night of strikes on the city.', { outlet: 'Paper B' }),
    ]);
    expect(s).toMatchObject({ nearDuplicates: 1, newArticles: 1 });
    expect(coder.calls).toHaveLength(2);
    const near = (await store.all<{ duplicate_kind: string; similarity: number }>("SELECT duplicate_kind, similarity FROM articles WHERE outlet = 'Paper B' AND duplicate_of IS NOT NULL"))[0];
    expect(near?.duplicate_kind).toBe('near');
    expect(near?.similarity).toBeGreaterThanOrEqual(0.8);
    expect((await store.stats()).events).toBe(2);
    await store.close();
  });

  it('stores non-English articles without coding them, and says so', async () => {
    const store = await memoryStore();
    const coder = createFakeCoder();
    const messages: string[] = [];
    const s = await createIngester({ store, coder, onMessage: (m) => messages.push(m) }).ingest([
      item('Le ministre des affaires étrangères a rencontré son homologue à Paris mardi pour discuter de la situation dans la région.', { origin: 'fr.txt' }),
    ]);
    expect(s).toMatchObject({ newArticles: 1, nonEnglish: 1 });
    expect(coder.calls).toHaveLength(0);
    expect(messages).toEqual(['fr.txt: language "fr" — stored, not coded (the coder reads English)']);
    expect(await store.all('SELECT language, coded FROM articles')).toEqual([{ language: 'fr', coded: false }]);
    await store.close();
  });

  it('reports failed inputs and coder errors, stores the rest, and retries failures on the next run', async () => {
    const store = await memoryStore();
    let broken = true;
    const fake = createFakeCoder();
    const coder: typeof fake = Object.assign((text: string, o: Parameters<typeof fake>[1]) => {
      if (broken && text.includes('Kharkiv')) throw new Error('parser exploded');
      return fake(text, o);
    }, { calls: fake.calls });
    const failures: string[] = [];
    const items: InputItem[] = [
      { kind: 'failure', origin: 'missing.txt', code: 'E_INPUT_NOT_FOUND', reason: 'no such file or directory' },
      item('   '),
      ...CORPUS,
    ];
    const s = await createIngester({ store, coder, onFailure: (f) => failures.push(`${f.origin}: ${f.reason}`) }).ingest(items);
    expect(s).toMatchObject({ articlesSeen: 7, failed: 4, newArticles: 3 });
    expect(failures).toEqual([
      'missing.txt: no such file or directory',
      'test:   : the article has no text',
      'c:4: coding failed: parser exploded',
      'c:5: coding failed: parser exploded',
    ]);
    expect(s.failures.map((f) => f.code)).toEqual(['E_INPUT_NOT_FOUND', 'E_INPUT_EMPTY', 'E_INGEST', 'E_INGEST']);
    expect((await store.listRuns())[0]).toMatchObject({ status: 'completed', failed: 4, message: '4 inputs failed' });
    broken = false;
    const again = await createIngester({ store, coder }).ingest(CORPUS);
    expect(again).toMatchObject({ unchanged: 3, newArticles: 2, failed: 0 });
    await store.close();
  });

  it('decides copies again when the article they copy fails to code, whatever the batch size', async () => {
    const failing = `Russia attacked Ukraine on 2025-08-01 in Kharkiv. ${WIRE.slice(WIRE.indexOf('The two'))}`;
    const corpus = [
      item(failing, { outlet: 'Agency A', origin: 'x' }),
      item(failing, { outlet: 'Paper B', origin: 'y' }),
      item(`KYIV (Wire) - ${failing}`, { outlet: 'Paper C', origin: 'z' }),
      item(WIRE, { outlet: 'Agency A', origin: 'w' }),
    ];
    const dumps = [];
    for (const batchSize of [1, 2, 3, 100]) {
      const store = await memoryStore();
      const fake = createFakeCoder();
      const coder = Object.assign((text: string, o: Parameters<typeof fake>[1]) => {
        if (text.startsWith('Russia attacked')) throw new Error('no');
        return fake(text, o);
      }, { calls: fake.calls });
      const s = await createIngester({ store, coder, batchSize }).ingest(corpus);
      expect(s.failures.map((f) => f.origin)).toEqual(['x', 'y']);
      expect(s).toMatchObject({ newArticles: 2, exactDuplicates: 0, nearDuplicates: 0, failed: 2 });
      expect(await store.all('SELECT origin, duplicate_of, coded FROM articles ORDER BY seq')).toEqual([
        { origin: 'z', duplicate_of: null, coded: true },
        { origin: 'w', duplicate_of: null, coded: true },
      ]);
      dumps.push(await dumpTables(store));
      await store.close();
    }
    for (const d of dumps) expect(d).toEqual(dumps[0]);
  });

  it('stops on a dictionary error, keeping every committed batch and marking the run failed', async () => {
    const store = await memoryStore();
    const fake = createFakeCoder();
    let calls = 0;
    const coder = Object.assign((text: string, o: Parameters<typeof fake>[1]) => {
      if (++calls > 2) throw new EntenteError('E_DICTIONARY', 'dictionary file missing');
      return fake(text, o);
    }, { calls: fake.calls });
    const err = await createIngester({ store, coder, batchSize: 2 }).ingest(CORPUS).catch((e: unknown) => e);
    expect((err as EntenteError).code).toBe('E_DICTIONARY');
    expect((await store.stats()).articles).toBe(2);
    expect((await store.listRuns())[0]).toMatchObject({ status: 'failed', message: 'dictionary file missing' });
    await store.close();
  });

  it('fills in a default outlet, and counts sources by URL host when there is none', async () => {
    const store = await memoryStore();
    await createIngester({ store, coder: createFakeCoder(), outlet: 'Default Desk' }).ingest([
      item('Putin met Xi on 2025-08-31.', { published: '2025-09-01' }),
      item('Xi met Putin on 2025-08-31 in Tianjin.', { published: '2025-09-01', outlet: 'Own Outlet' }),
    ]);
    const outlets = await store.all<{ outlet: string }>('SELECT outlet FROM articles ORDER BY seq');
    expect(outlets.map((o) => o.outlet)).toEqual(['Default Desk', 'Own Outlet']);
    expect((await store.all('SELECT num_sources, num_mentions FROM events'))).toEqual([{ num_sources: 2, num_mentions: 2 }]);
    await store.close();
  });
});

// The real coder, structure only: whatever it finds must be stored consistently.
let realCoderProblem: string | undefined;
try {
  realCode('Putin met Xi in Tianjin on Sunday.', { date: '2025-09-01' });
} catch (e) {
  realCoderProblem = `the pipeline coder cannot run here: ${(e as Error).message}`;
  console.log(`skipping real-coder smoke test: ${realCoderProblem}`);
}

describe.skipIf(Boolean(realCoderProblem))('ingest with the real coder (smoke)', () => {
  it('stores what the coder finds, linked and complete', async () => {
    const store = await memoryStore();
    const s = await createIngester({ store }).ingest([
      item(
        'Russian President Vladimir Putin met Chinese President Xi Jinping in Tianjin on Sunday. ' +
          'The two leaders signed an agreement on energy cooperation, the Kremlin said.',
        { published: '2025-09-01', outlet: 'Smoke Wire' },
      ),
    ]);
    expect(s).toMatchObject({ articlesSeen: 1, newArticles: 1, failed: 0 });
    const mentions = await store.all<{ event_id: string; evidence: string; type: string }>('SELECT event_id, evidence, type FROM event_mentions');
    expect(mentions).toHaveLength(s.mentions);
    for (const m of mentions) {
      expect(await store.getEvent(m.event_id)).not.toBeNull();
      expect(Array.isArray(JSON.parse(m.evidence))).toBe(true);
    }
    const events = await store.all<{ n: number }>('SELECT sum(num_mentions) AS n FROM events');
    expect(Number(events[0]?.n ?? 0)).toBe(s.mentions);
    await store.close();
  });
});
