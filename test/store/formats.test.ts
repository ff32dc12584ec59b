// GDELT and ICEWS imports from fixture files in their documented layouts; GDELT, PLOVER-JSON and CSV exports.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEntenteError } from '../../src/errors.ts';
import { DuckDbStore } from '../../src/store/DuckDbStore.ts';
import { exportEvents } from '../../src/store/exportEvents.ts';
import { cameoToPlover, normaliseCameo, quadClassOf } from '../../src/store/formats/cameo.ts';
import { fipsToIso3, iso3ToFips } from '../../src/store/formats/fips.ts';
import { GDELT_COLUMNS, numericEventId, parseGdeltLine } from '../../src/store/formats/gdelt.ts';
import { icewsSector } from '../../src/store/formats/icews.ts';
import { importEventsFile } from '../../src/store/importEvents.ts';
import type { EventRow } from '../../src/store/schema.ts';
import type { Store } from '../../src/store/Store.ts';
import { event } from './builders.ts';

const FIX = new URL('../fixtures/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'entente-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CAMEO → PLOVER', () => {
  it.each([
    ['040', 'CONSULT', null],
    ['0431', 'CONSULT', 'visit'],
    ['036', 'AGREE', null],
    ['057', 'AGREE', null],
    ['051', 'SUPPORT', null],
    ['061', 'COOPERATE', null],
    ['0874', 'RETREAT', 'withdraw'],
    ['085', 'CONCEDE', null],
    ['112', 'ACCUSE', 'allege'],
    ['100', 'REQUEST', null],
    ['138', 'THREATEN', null],
    ['141', 'PROTEST', null],
    ['150', 'MOBILIZE', null],
    ['163', 'SANCTION', null],
    ['173', 'COERCE', 'arrest'],
    ['1952', 'ASSAULT', 'drone'],
    ['202', 'ASSAULT', 'unconventional'],
  ])('%s → %s', (code, type, mode) => {
    expect(cameoToPlover(code)).toEqual({ type, mode });
  });
  it('has no PLOVER type for public statements (01)', () => expect(cameoToPlover('010')).toBeNull());
  it('pads spreadsheet-mangled codes', () => {
    expect(normaliseCameo('42')).toBe('042');
    expect(normaliseCameo('190')).toBe('190');
    expect(normaliseCameo('abc')).toBeNull();
  });
  it('uses Entente’s QuadClass convention', () => {
    expect(['010', '040', '061', '112', '163', '141', '190'].map(quadClassOf)).toEqual([1, 1, 2, 3, 3, 4, 4]);
  });
  it('maps FIPS geography codes', () => {
    expect(fipsToIso3('RS')).toBe('RUS');
    expect(fipsToIso3('UP')).toBe('UKR');
    expect(fipsToIso3('GM')).toBe('DEU');
    expect(fipsToIso3('AU')).toBe('AUT');
    expect(fipsToIso3('ZZ')).toBeNull();
    expect(iso3ToFips('CHN')).toBe('CH');
    expect(iso3ToFips('PSE')).toBe('WE');
  });
  it('maps ICEWS sector names', () => {
    expect(icewsSector('Government,Executive,Foreign Ministry')).toBe('GOV');
    expect(icewsSector('Military,Armed Forces')).toBe('MIL');
    expect(icewsSector('Rebel,Insurgents')).toBe('REB');
    expect(icewsSector('')).toBeNull();
  });
});

describe('imports', () => {
  let store: Store;
  beforeAll(async () => {
    store = await DuckDbStore.open(join(dir, 'imports.duckdb'));
  });
  afterAll(async () => store.close());

  it('loads a GDELT 2.0 events file, skipping statements', async () => {
    const s = await importEventsFile(store, 'gdelt', join(FIX, 'gdelt/20250902.export.CSV'));
    expect(s).toMatchObject({ lines: 4, imported: 3, skipped: 1, failed: 0 });
    const e = await store.getEvent('gdelt:1200000001');
    expect(e).toMatchObject({
      date: '2025-08-31',
      type: 'CONSULT',
      cameo: '040',
      quad_class: 1,
      goldstein: 1,
      source_id: 'RUSGOV',
      source_country: 'RUS',
      source_sector: 'GOV',
      target_country: 'CHN',
      location_name: 'Tianjin, Tianjin, China',
      location_country: 'CHN',
      location_precision: 'city',
      lat: 39.1422,
      num_mentions: 10,
      num_sources: 3,
      num_articles: 9,
      provenance: 'imported:gdelt',
    });
    const strike = await store.getEvent('gdelt:1200000003');
    expect(strike).toMatchObject({ type: 'ASSAULT', mode: 'aerial', location_country: 'UKR', quad_class: 4 });
    const sanction = await store.getEvent('gdelt:1200000004');
    expect(sanction).toMatchObject({ type: 'SANCTION', source_org: 'EEC', location_name: null });
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await store.stats();
    await importEventsFile(store, 'gdelt', join(FIX, 'gdelt/20250902.export.CSV'));
    expect(await store.stats()).toEqual(before);
  });

  it('reports malformed GDELT lines with their line numbers and imports the rest', async () => {
    const s = await importEventsFile(store, 'gdelt', join(FIX, 'gdelt/malformed.CSV'));
    expect(s.imported).toBe(1);
    expect(s.failed).toBe(2);
    expect(s.problems[0]).toMatch(/^line 2: expected 61 tab-separated columns, found 40/);
    expect(s.problems[1]).toMatch(/^line 3: SQLDATE/);
  });

  it('loads an ICEWS events file', async () => {
    const s = await importEventsFile(store, 'icews', join(FIX, 'icews/events.2024.tab'));
    expect(s).toMatchObject({ imported: 4, skipped: 1, failed: 0 });
    expect(await store.getEvent('icews:30000001')).toMatchObject({
      date: '2024-04-09',
      type: 'CONSULT',
      source_name: 'Sergey Viktorovich Lavrov',
      source_country: 'RUS',
      source_sector: 'GOV',
      target_country: 'CHN',
      location_name: 'Beijing',
      location_country: 'CHN',
      location_precision: 'city',
      goldstein: 1,
      provenance: 'imported:icews',
    });
    expect(await store.getEvent('icews:30000002')).toMatchObject({ type: 'AGREE', location_country: 'BEL', location_precision: 'country' });
    expect(await store.getEvent('icews:30000005')).toMatchObject({ type: 'ASSAULT', source_country: 'PSE', source_sector: 'REB', target_sector: 'MIL' });
    const src = await store.all("SELECT source_ref FROM imported_events WHERE event_id = 'icews:30000003'");
    expect(src).toEqual([{ source_ref: '41000003:3' }]);
  });

  it('refuses an ICEWS file without its header', async () => {
    const err = await importEventsFile(store, 'icews', join(FIX, 'icews/no-header.tab')).catch((e: unknown) => e);
    expect(isEntenteError(err) && err.code).toBe('E_INPUT_PARSE');
  });

  it('refuses a missing file with E_INPUT_NOT_FOUND', async () => {
    const err = await importEventsFile(store, 'gdelt', join(FIX, 'gdelt/nope.CSV')).catch((e: unknown) => e);
    expect(isEntenteError(err) && err.code).toBe('E_INPUT_NOT_FOUND');
  });
});

describe('exports', () => {
  let store: Store;
  beforeAll(async () => {
    store = await DuckDbStore.open(join(dir, 'exports.duckdb'));
    await store.upsertArticles([
      {
        id: 'a1', url: 'https://example.org/a1', outlet: 'Agency', title: 'Leaders meet', byline: null, published: '2025-09-01',
        language: 'en', text: 'Putin met Xi.', duplicateOf: null, duplicateKind: null, similarity: null, externalId: null,
        origin: null, coded: true, numEvents: 1, minhash: null, bands: [], runId: null,
      },
    ]);
    await store.insertEventMentions([
      { id: 'a1:0', articleId: 'a1', outlet: 'Agency', published: '2025-09-01', event: event({ place: 'tianjin' }) },
    ]);
    await importEventsFile(store, 'gdelt', join(FIX, 'gdelt/20250902.export.CSV'));
  });
  afterAll(async () => store.close());

  it('writes the GDELT 2.0 layout: 61 tab-separated columns', async () => {
    const out = join(dir, 'events.gdelt.tsv');
    const { rows } = await exportEvents(store, { format: 'gdelt', out });
    expect(rows).toBe(4);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l.split('\t')).toHaveLength(GDELT_COLUMNS.length);
    const col = (line: string, name: (typeof GDELT_COLUMNS)[number]) => line.split('\t')[GDELT_COLUMNS.indexOf(name)];
    const coded = lines.find((l) => col(l, 'SOURCEURL') === 'https://example.org/a1') as string;
    expect(col(coded, 'SQLDATE')).toBe('20250831');
    expect(col(coded, 'Actor1Code')).toBe('RUSGOV');
    expect(col(coded, 'Actor1Name')).toBe('VLADIMIR PUTIN');
    expect(col(coded, 'Actor2CountryCode')).toBe('CHN');
    expect(col(coded, 'EventCode')).toBe('040');
    expect(col(coded, 'EventRootCode')).toBe('04');
    expect(col(coded, 'ActionGeo_Type')).toBe('4');
    expect(col(coded, 'ActionGeo_CountryCode')).toBe('CH');
    expect(col(coded, 'GLOBALEVENTID')).toMatch(/^\d+$/);
    expect(col(coded, 'DATEADDED')).toMatch(/^\d{14}$/);
  });

  it('round-trips imported GDELT rows through export', () => {
    const original = readFileSync(join(FIX, 'gdelt/20250902.export.CSV'), 'utf8').split('\n')[0] as string;
    const exported = readFileSync(join(dir, 'events.gdelt.tsv'), 'utf8').split('\n').find((l) => l.startsWith('1200000001\t'));
    expect(exported?.split('\t')).toEqual(original.split('\t'));
    expect(numericEventId('gdelt:42')).toBe('42');
    expect(parseGdeltLine(exported as string)).toHaveProperty('event');
  });

  it('writes PLOVER-style JSON lines with every mention’s evidence', async () => {
    const out = join(dir, 'events.jsonl');
    await exportEvents(store, { format: 'plover-json', out, filter: { provenance: 'coded' } });
    const objs = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objs).toHaveLength(1);
    expect(objs[0]).toMatchObject({
      event: 'CONSULT',
      date: '2025-08-31',
      source: [{ code: 'RUSGOV', actorText: 'putin', country: 'RUS' }],
      target: [{ code: 'CHNGOV' }],
      eventText: 'met',
      eventLoc: { name: 'Tianjin', country: 'CHN' },
      numMentions: 1,
      mentions: [{ articleId: 'a1', url: 'https://example.org/a1', outlet: 'Agency', title: 'Leaders meet' }],
    });
    expect((objs[0]!.mentions as Array<{ evidence: unknown[] }>)[0]!.evidence).toHaveLength(1);
  });

  it('writes CSV with the events columns, filtered by type and date', async () => {
    const out = join(dir, 'events.csv');
    const { rows } = await exportEvents(store, { format: 'csv', out, filter: { types: ['ASSAULT', 'SANCTION'], from: '2025-09-01' } });
    expect(rows).toBe(2);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^id,date,date_precision,type,/);
  });

  it('streams CSV to stdout when no native COPY is used', async () => {
    const chunks: string[] = [];
    const sink = { write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WritableStream;
    const { rows } = await exportEvents(store, { format: 'csv', out: '-', stdout: sink });
    expect(rows).toBe(4);
    expect(chunks.join('').trim().split('\n')).toHaveLength(5);
  });

  it('refuses Parquet to stdout', async () => {
    const err = await exportEvents(store, { format: 'parquet', out: '-' }).catch((e: unknown) => e);
    expect(isEntenteError(err) && err.code).toBe('E_USAGE');
  });

  it('exports rows analytics can read back', async () => {
    const rows: EventRow[] = [];
    for await (const b of store.iterateEvents({ actor: 'RUS' }, 2)) rows.push(...b);
    expect(rows.map((r) => r.id)).toHaveLength(4);
  });
});
