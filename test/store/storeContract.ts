// The Store contract: one suite, run against every implementation (duckdb.test.ts, postgres.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations.ts';
import type { EventRow } from '../../src/store/schema.ts';
import { EVENTS_COLUMNS } from '../../src/store/schema.ts';
import type { ImportedEvent, MentionInput, Store } from '../../src/store/Store.ts';
import { article, event, type EventSpec } from './builders.ts';

export interface StoreFixture {
  store: Store;
  cleanup?: () => Promise<void>;
}

export type StoreFactory = () => Promise<StoreFixture>;

function mention(articleId: string, index: number, outlet: string | null, published: string, spec: EventSpec = {}): MentionInput {
  return { id: `${articleId}:${index}`, articleId, outlet, published, event: event(spec) };
}

function importedRow(id: string, over: Partial<EventRow> = {}): ImportedEvent {
  const row = Object.fromEntries(EVENTS_COLUMNS.map(([c]) => [c, null])) as unknown as EventRow;
  Object.assign(row, {
    id,
    date: '2024-05-01',
    date_precision: 'day',
    type: 'AGREE',
    cameo: '057',
    quad_class: 1,
    goldstein: 8,
    status: 'asserted',
    source_id: 'RUS',
    source_country: 'RUS',
    target_id: 'CHN',
    target_country: 'CHN',
    num_mentions: 4,
    num_sources: 2,
    num_articles: 3,
    provenance: 'imported:gdelt',
    ...over,
  });
  return { row, format: 'gdelt', sourceUrl: 'https://example.org/x', sourceRef: id, raw: null };
}

export function runStoreContract(name: string, factory: StoreFactory, options: { skip?: string } = {}): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`Store contract: ${name}`, () => {
    let fx: StoreFixture;
    let store: Store;
    beforeEach(async () => {
      fx = await factory();
      store = fx.store;
    });
    afterEach(async () => {
      await store.close();
      await fx.cleanup?.();
    });

    it('is migrated to the latest schema version on open', async () => {
      expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
      const cols = await store.all<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' ORDER BY ordinal_position",
      );
      expect(cols.map((c) => c.column_name)).toEqual(EVENTS_COLUMNS.map(([c]) => c));
    });

    it('stores articles, keeps the first copy of an id, and reads them back', async () => {
      expect(await store.upsertArticles([article('a1'), article('a2', { published: null, outlet: null })])).toBe(2);
      expect(await store.upsertArticles([article('a1', { title: 'changed' }), article('a3')])).toBe(1);
      const a1 = await store.findArticleByHash('a1');
      expect(a1).toMatchObject({ id: 'a1', title: 'Title a1', published: '2025-09-01', outlet: 'Example', coded: true, language: 'en' });
      expect(a1?.seq).toBe(1);
      expect((await store.findArticleByHash('a3'))?.seq).toBe(3);
      expect(await store.findArticleByHash('nope')).toBeNull();
      const keys = await store.findArticleKeys(['a1', 'a2', 'zz']);
      expect([...keys.keys()].sort()).toEqual(['a1', 'a2']);
      expect(keys.get('a2')).toEqual({ id: 'a2', url: 'https://example.org/a2', outlet: null, externalId: 'a2', duplicateOf: null });
    });

    it('finds near-duplicate candidates by band key, only among originals', async () => {
      const big = 2 ** 35 + 17;
      await store.upsertArticles([
        article('orig', { minhash: 'aa', bands: [big, 5] }),
        article('copy', { minhash: 'bb', bands: [big], duplicateOf: 'orig', duplicateKind: 'near', similarity: 0.9 }),
      ]);
      const found = await store.findNearDuplicates([big, 99]);
      expect(found).toEqual([{ bandKey: big, id: 'orig', seq: 1, minhash: 'aa' }]);
      expect(await store.findNearDuplicates([])).toEqual([]);
    });

    it('stores sentences', async () => {
      await store.upsertArticles([article('a1')]);
      await store.insertSentences([
        { articleId: 'a1', index: 0, start: 0, end: 5, text: 'Hello', commentary: false },
        { articleId: 'a1', index: 1, start: 6, end: 11, text: 'World', commentary: true },
      ]);
      const rows = await store.all('SELECT * FROM sentences ORDER BY idx');
      // Offsets into the article's text; the text itself is not stored twice.
      expect(rows).toEqual([
        { article_id: 'a1', idx: 0, start_char: 0, end_char: 5, commentary: false },
        { article_id: 'a1', idx: 1, start_char: 6, end_char: 11, commentary: true },
      ]);
    });

    it('matches each mention against stored clusters within its own date window, in one call', async () => {
      await store.insertEventMentions([mention('a1', 0, 'Outlet A', '2025-01-10', { date: '2025-01-10' })]);
      const out = await store.insertEventMentions([
        mention('a2', 0, 'Outlet B', '2025-06-01', { date: '2025-06-01' }),
        mention('a2', 1, 'Outlet B', '2025-06-01', { date: '2025-01-12' }),
        mention('a2', 2, 'Outlet B', '2025-06-01', { date: '2025-01-13' }),
      ]);
      // June is a new event; 12 January is within two days of the stored one; 13 January is not.
      expect(out.newEvents).toBe(2);
      const rows = await store.all<EventRow>("SELECT date, num_mentions FROM events WHERE type = 'CONSULT' ORDER BY date");
      expect(rows.map((r) => [String(r.date).slice(0, 10), Number(r.num_mentions)])).toEqual([
        ['2025-01-10', 2],
        ['2025-01-13', 1],
        ['2025-06-01', 1],
      ]);
    });

    it('clusters mentions of one event from three articles into one events row', async () => {
      const out = await store.insertEventMentions([
        mention('a1', 0, 'Outlet A', '2025-09-01', { source: 'putin', target: 'xi', date: '2025-08-31', place: 'tianjin' }),
        mention('a2', 0, 'Outlet B', '2025-09-01', { source: 'beijing', target: 'kremlin', date: '2025-09-01' }),
      ]);
      expect(out.newEvents).toBe(1);
      // A later call still finds the cluster: matching is over the whole store.
      const later = await store.insertEventMentions([
        mention('a3', 0, 'Outlet C', '2025-08-30', { source: 'kremlin', target: 'xi', date: '2025-08-30' }),
        mention('a3', 1, 'Outlet C', '2025-08-30', { type: 'ASSAULT', source: 'rusmil', target: 'ukraine', date: '2025-08-30' }),
      ]);
      expect(later.newEvents).toBe(1);
      const consult = await store.all<EventRow>("SELECT * FROM events WHERE type = 'CONSULT'");
      expect(consult).toHaveLength(1);
      expect(consult[0]).toMatchObject({
        num_mentions: 3,
        num_articles: 3,
        num_sources: 3,
        source_id: 'putin',
        target_id: 'xi',
        location_name: 'Tianjin',
        date: '2025-08-31',
        first_article_id: 'a3',
        provenance: 'coded',
      });
      const id = consult[0]?.id as string;
      expect(later.assignments.get('a3:0')).toBe(id);
      const mentions = await store.getMentions([id]);
      expect(mentions.map((m) => m.articleId)).toEqual(['a1', 'a2', 'a3']);
      expect(mentions[0]?.evidence[0]?.trigger.text).toBe('met');
      expect(mentions[0]?.row.location_name).toBe('Tianjin');
      expect(await store.getEvent(id)).toMatchObject({ id, type: 'CONSULT' });
      const actors = await store.all<{ id: string; num_mentions: number }>('SELECT id, num_mentions FROM actors');
      expect(actors.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([
        { id: 'CHN:GOV', num_mentions: 1 },
        { id: 'RUS:GOV', num_mentions: 2 },
        { id: 'RUS:MIL', num_mentions: 1 },
        { id: 'UKR', num_mentions: 1 },
        { id: 'putin', num_mentions: 1 },
        { id: 'xi', num_mentions: 2 },
      ]);
    });

    it('keeps two distinct events apart', async () => {
      await store.insertEventMentions([
        mention('a1', 0, 'A', '2025-08-02', { type: 'ASSAULT', source: 'rusmil', target: 'ukraine', date: '2025-08-01', place: 'kharkiv' }),
        mention('a2', 0, 'B', '2025-08-21', { type: 'ASSAULT', source: 'rusmil', target: 'ukraine', date: '2025-08-20', place: 'kharkiv' }),
        mention('a3', 0, 'C', '2025-08-02', { type: 'ASSAULT', source: 'ukraine', target: 'rusmil', date: '2025-08-01' }),
      ]);
      const rows = await store.all<{ n: number }>('SELECT num_mentions AS n FROM events ORDER BY id');
      expect(rows).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    });

    it('rolls a failed transaction back completely', async () => {
      await expect(
        store.transaction(async () => {
          await store.upsertArticles([article('a1')]);
          await store.insertEventMentions([mention('a1', 0, 'A', '2025-09-01')]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await store.stats()).articles).toBe(0);
      expect((await store.stats()).events).toBe(0);
      await store.upsertArticles([article('a1')]);
      expect((await store.stats()).articles).toBe(1);
    });

    it('imports events idempotently by id', async () => {
      expect(await store.importEvents([importedRow('gdelt:1'), importedRow('gdelt:2', { type: 'CONSULT', cameo: '040' })])).toBe(2);
      expect(await store.importEvents([importedRow('gdelt:1', { goldstein: 7 })])).toBe(1);
      const rows = await store.all<{ id: string; goldstein: number; num_mentions: number }>(
        'SELECT id, goldstein, num_mentions FROM events ORDER BY id',
      );
      expect(rows).toEqual([
        { id: 'gdelt:1', goldstein: 7, num_mentions: 4 },
        { id: 'gdelt:2', goldstein: 8, num_mentions: 4 },
      ]);
      const src = await store.all('SELECT event_id, format, source_url FROM imported_events ORDER BY event_id');
      expect(src).toHaveLength(2);
    });

    it('iterates events in bounded, ordered batches with filters', async () => {
      const many = Array.from({ length: 23 }, (_, i) =>
        importedRow(`gdelt:${100 + i}`, { date: `2024-05-${String(1 + (i % 9)).padStart(2, '0')}`, type: i % 2 ? 'AGREE' : 'CONSULT' }),
      );
      await store.importEvents(many);
      const batches: EventRow[][] = [];
      for await (const b of store.iterateEvents({}, 5)) batches.push(b);
      expect(batches.map((b) => b.length)).toEqual([5, 5, 5, 5, 3]);
      const flat = batches.flat();
      expect(new Set(flat.map((e) => e.id)).size).toBe(23);
      const keys = flat.map((e) => `${e.date}|${e.id}`);
      expect(keys).toEqual([...keys].sort());
      let consult = 0;
      for await (const b of store.iterateEvents({ types: ['consult'], from: '2024-05-02', to: '2024-05-05' }, 2)) {
        for (const e of b) {
          expect(e.type).toBe('CONSULT');
          expect(e.date! >= '2024-05-02' && e.date! <= '2024-05-05').toBe(true);
          consult++;
        }
      }
      expect(consult).toBeGreaterThan(0);
      let byActor = 0;
      for await (const b of store.iterateEvents({ actor: 'CHN' })) byActor += b.length;
      expect(byActor).toBe(23);
      for await (const b of store.iterateEvents({ actor: 'USA' })) expect(b).toEqual([]);
    });

    it('records ingest runs', async () => {
      const id = await store.startRun(['corpus.jsonl']);
      const counts = {
        articlesSeen: 3, newArticles: 2, exactDuplicates: 1, nearDuplicates: 0, unchanged: 0,
        nonEnglish: 0, failed: 0, mentions: 4, newEvents: 3,
      };
      await store.updateRun(id, counts, 1.5);
      let runs = await store.listRuns();
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ id, status: 'running', inputs: ['corpus.jsonl'], newArticles: 2, seconds: 1.5 });
      await store.finishRun(id, 'completed', { ...counts, newArticles: 3 }, 2);
      runs = await store.listRuns();
      expect(runs[0]).toMatchObject({ status: 'completed', newArticles: 3, seconds: 2 });
      expect(runs[0]?.finishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it('summarises the corpus', async () => {
      await store.upsertArticles([
        article('a1'),
        article('a2', { duplicateOf: 'a1', duplicateKind: 'exact', coded: false }),
        article('a3', { language: 'fr', coded: false }),
      ]);
      await store.insertEventMentions([mention('a1', 0, 'A', '2025-09-01')]);
      await store.importEvents([importedRow('gdelt:9')]);
      const s = await store.stats();
      expect(s).toMatchObject({
        articles: 3,
        originals: 2,
        exactDuplicates: 1,
        nearDuplicates: 0,
        nonEnglish: 1,
        mentions: 1,
        events: 2,
        eventsByType: { AGREE: 1, CONSULT: 1 },
        eventsByProvenance: { coded: 1, 'imported:gdelt': 1 },
        firstEventDate: '2024-05-01',
        lastEventDate: '2025-08-31',
      });
    });
  });
}
