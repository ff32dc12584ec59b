// The GDELT 2.0 event table: 61 tab-separated columns, no header, in the codebook's order. Export
// writes Entente events in it; import reads it into events with provenance 'imported:gdelt'.
// Geography country codes in GDELT are FIPS 10-4; actor country codes are CAMEO (ISO-3-like).
import { sha } from '../../ingest/normalise.ts';
import type { EventRow } from '../schema.ts';
import type { ImportedEvent } from '../Store.ts';
import { cameoActorCode } from './actorCodes.ts';
import { cameoToPlover, normaliseCameo, quadClassOf, rootGoldstein } from './cameo.ts';
import { fipsToIso3, iso3ToFips } from './fips.ts';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

export type GdeltColumn = (typeof GDELT_COLUMNS)[number];
const INDEX = new Map<string, number>(GDELT_COLUMNS.map((c, i) => [c, i]));

// GDELT geography resolution codes.
const GEO_TYPE_TO_PRECISION: Record<string, EventRow['location_precision']> = {
  '1': 'country', '2': 'admin1', '3': 'city', '4': 'city', '5': 'admin1',
};

export type ParseResult = { event: ImportedEvent } | { skip: string } | { error: string };

/** One line of a GDELT 2.0 events file → an imported event, a skip (no PLOVER type) or an error. */
export function parseGdeltLine(line: string): ParseResult {
  const f = line.replace(/\r$/, '').split('\t');
  if (f.length !== GDELT_COLUMNS.length) return { error: `expected ${GDELT_COLUMNS.length} tab-separated columns, found ${f.length}` };
  const get = (c: GdeltColumn) => (f[INDEX.get(c) as number] ?? '').trim();
  const orNull = (c: GdeltColumn) => get(c) || null;
  const num = (c: GdeltColumn) => (get(c) === '' ? null : Number(get(c)));
  const id = get('GLOBALEVENTID');
  if (!/^\d+$/.test(id)) return { error: `GLOBALEVENTID "${id}" is not a number` };
  const d = get('SQLDATE');
  if (!/^\d{8}$/.test(d)) return { error: `SQLDATE "${d}" is not YYYYMMDD` };
  const cameo = normaliseCameo(get('EventCode'));
  if (!cameo) return { error: `EventCode "${get('EventCode')}" is not a CAMEO code` };
  const plover = cameoToPlover(cameo);
  if (!plover) return { skip: `CAMEO ${cameo} has no PLOVER type` };
  const quad = Number(get('QuadClass'));
  const goldstein = num('GoldsteinScale');
  const geoPrecision = GEO_TYPE_TO_PRECISION[get('ActionGeo_Type')] ?? null;
  const row: EventRow = {
    id: `gdelt:${id}`,
    date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
    date_precision: 'day',
    type: plover.type,
    mode: plover.mode,
    cameo,
    quad_class: quad >= 1 && quad <= 4 ? quad : quadClassOf(cameo),
    goldstein: goldstein !== null && Number.isFinite(goldstein) ? goldstein : rootGoldstein(cameo),
    // GDELT does not tell reported from asserted; both are counted alike.
    status: 'asserted',
    source_id: orNull('Actor1Code'),
    source_name: orNull('Actor1Name'),
    source_country: orNull('Actor1CountryCode'),
    source_org: orNull('Actor1KnownGroupCode'),
    source_sector: orNull('Actor1Type1Code'),
    source_role: null,
    target_id: orNull('Actor2Code'),
    target_name: orNull('Actor2Name'),
    target_country: orNull('Actor2CountryCode'),
    target_org: orNull('Actor2KnownGroupCode'),
    target_sector: orNull('Actor2Type1Code'),
    target_role: null,
    location_name: geoPrecision ? orNull('ActionGeo_FullName') : null,
    location_country: geoPrecision ? fipsToIso3(get('ActionGeo_CountryCode')) : null,
    location_admin1: geoPrecision ? orNull('ActionGeo_ADM1Code') : null,
    lat: geoPrecision ? num('ActionGeo_Lat') : null,
    lon: geoPrecision ? num('ActionGeo_Long') : null,
    location_precision: geoPrecision,
    num_mentions: num('NumMentions') ?? 1,
    num_sources: num('NumSources') ?? 1,
    num_articles: num('NumArticles') ?? 1,
    first_article_id: null,
    rule_id: null,
    dictionary_version: null,
    provenance: 'imported:gdelt',
  };
  return { event: { row, format: 'gdelt', sourceUrl: orNull('SOURCEURL'), sourceRef: id, raw: line.replace(/\r$/, '') } };
}

export interface GdeltExportContext {
  sourceUrl: string | null;
  /** ISO timestamp the event entered the database (its first article's ingestion). */
  addedAt: string | null;
  /** The original GDELT line, for imported GDELT events (keeps AvgTone, geography codes, DATEADDED). */
  raw: string | null;
}

/** A stable numeric GLOBALEVENTID for an Entente event id (52 bits of its hash). */
export function numericEventId(id: string): string {
  const m = /^gdelt:(\d+)$/.exec(id);
  return m ? (m[1] as string) : String(parseInt(sha(id).slice(0, 13), 16));
}

const clean = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function geoType(precision: string | null, country: string | null): string {
  switch (precision) {
    case 'city':
      return country === 'USA' ? '3' : '4';
    case 'admin1':
      return country === 'USA' ? '2' : '5';
    case 'country':
    case 'region':
      return '1';
    default:
      return '0';
  }
}

/** One events row as the 61 GDELT fields. */
export function toGdeltFields(e: EventRow, ctx: GdeltExportContext): string[] {
  const raw = ctx.raw?.split('\t');
  // An imported GDELT row goes back out exactly as it came in.
  if (e.provenance === 'imported:gdelt' && raw && raw.length === GDELT_COLUMNS.length) return raw;
  const date = e.date ?? '';
  const ymd = date.replace(/-/g, '');
  let fraction = '';
  if (date) {
    // YYYY.FFFF: the share of the year completed by that day.
    const y = Number(date.slice(0, 4));
    const day = (Date.parse(`${date}T00:00:00Z`) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
    fraction = (y + day / 365).toFixed(4);
  }
  const actorCode = (side: 'source' | 'target') =>
    e.provenance === 'imported:gdelt' ? (e[`${side}_id`] ?? '') : cameoActorCode(e[`${side}_country`], e[`${side}_org`], e[`${side}_sector`]);
  const hasGeo = e.location_precision !== null && e.location_name !== null;
  const fips = iso3ToFips(e.location_country) ?? '';
  const added = ctx.addedAt ? ctx.addedAt.replace(/[-:T]/g, '').slice(0, 14) : ymd ? `${ymd}000000` : '';
  const blankGeo = ['0', '', '', '', '', '', '', ''];
  const fields: Array<string | number | null> = [
    numericEventId(e.id), ymd, ymd.slice(0, 6), date.slice(0, 4), fraction,
    actorCode('source'), e.source_name?.toUpperCase() ?? '', e.source_country, e.source_org, '', '', '', e.source_sector, '', '',
    actorCode('target'), e.target_name?.toUpperCase() ?? '', e.target_country, e.target_org, '', '', '', e.target_sector, '', '',
    1, e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), e.quad_class, e.goldstein,
    e.num_mentions, e.num_sources, e.num_articles, 0,
    // Entente places the event, not each actor: actor geographies stay empty (type 0).
    ...blankGeo,
    ...blankGeo,
    ...(hasGeo ? [geoType(e.location_precision, e.location_country), e.location_name, fips, fips, '', e.lat, e.lon, ''] : blankGeo),
    added,
    ctx.sourceUrl ?? '',
  ];
  return fields.map(clean);
}
