// ICEWS coded event data (the Dataverse release): tab-separated with a header line; columns
// Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity,
// Target Name, Target Sectors, Target Country, Story ID, Sentence Number, Publisher, City, District,
// Province, Country, Latitude, Longitude. Imported with provenance 'imported:icews'.
import type { EventRow } from '../schema.ts';
import { countryNameToIso3 } from './actorCodes.ts';
import { cameoToPlover, normaliseCameo, quadClassOf, rootGoldstein } from './cameo.ts';
import type { ParseResult } from './gdelt.ts';

export const ICEWS_COLUMNS = [
  'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code',
  'Intensity', 'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher',
  'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude',
] as const;

type IcewsColumn = (typeof ICEWS_COLUMNS)[number];

// ICEWS sector names → PLOVER sector codes; the first listed sector that maps wins.
const SECTORS: Array<[RegExp, string]> = [
  [/police/i, 'COP'],
  [/military|armed forces|army|navy|air force|defen[cs]e/i, 'MIL'],
  [/rebel|insurg|separatist|militant|terror/i, 'REB'],
  [/legislat|parliament/i, 'LEG'],
  [/judic|court/i, 'JUD'],
  [/government|executive|ministry|cabinet|state/i, 'GOV'],
  [/part(y|ies)/i, 'PTY'],
  [/opposition|dissident/i, 'OPP'],
  [/business|industry|corporat/i, 'BUS'],
  [/media|news|journal/i, 'JRN'],
  [/relig/i, 'REL'],
  [/educat|universit/i, 'EDU'],
  [/medic|health/i, 'MED'],
  [/labor|labour|union/i, 'LAB'],
  [/refugee|displaced/i, 'REF'],
  [/crim/i, 'CRM'],
  [/agricult/i, 'AGR'],
  [/ngo|non-?governmental|advocacy/i, 'SOC'],
  [/elite/i, 'ELI'],
  [/civilian|citizen|general population/i, 'CVL'],
];

export function icewsSector(sectors: string): string | null {
  for (const part of sectors.split(',')) {
    for (const [re, code] of SECTORS) if (re.test(part)) return code;
  }
  return null;
}

/** Column positions from the header line; an error when a required column is missing. */
export function parseIcewsHeader(line: string): Map<IcewsColumn, number> | { error: string } {
  const names = line.replace(/\r$/, '').split('\t').map((s) => s.trim());
  const map = new Map<IcewsColumn, number>();
  for (const c of ICEWS_COLUMNS) {
    const i = names.indexOf(c);
    if (i >= 0) map.set(c, i);
  }
  const missing = ['Event ID', 'Event Date', 'CAMEO Code'].filter((c) => !map.has(c as IcewsColumn));
  return missing.length > 0 ? { error: `header lacks ${missing.join(', ')} (is this an ICEWS events file?)` } : map;
}

export function parseIcewsLine(line: string, header: Map<IcewsColumn, number>): ParseResult {
  const f = line.replace(/\r$/, '').split('\t');
  const get = (c: IcewsColumn) => {
    const i = header.get(c);
    return i === undefined ? '' : (f[i] ?? '').trim();
  };
  const orNull = (c: IcewsColumn) => get(c) || null;
  const num = (c: IcewsColumn) => (get(c) === '' || Number.isNaN(Number(get(c))) ? null : Number(get(c)));
  const id = get('Event ID');
  if (id === '') return { error: 'empty Event ID' };
  const date = get('Event Date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { error: `Event Date "${date}" is not YYYY-MM-DD` };
  const cameo = normaliseCameo(get('CAMEO Code'));
  if (!cameo) return { error: `CAMEO Code "${get('CAMEO Code')}" is not a CAMEO code` };
  const plover = cameoToPlover(cameo);
  if (!plover) return { skip: `CAMEO ${cameo} has no PLOVER type` };
  const city = orNull('City');
  const district = orNull('District');
  const province = orNull('Province');
  const country = orNull('Country');
  const intensity = num('Intensity');
  const row: EventRow = {
    id: `icews:${id}`,
    date,
    date_precision: 'day',
    type: plover.type,
    mode: plover.mode,
    cameo,
    quad_class: quadClassOf(cameo),
    goldstein: intensity ?? rootGoldstein(cameo),
    status: 'asserted',
    source_id: orNull('Source Name'),
    source_name: orNull('Source Name'),
    source_country: countryNameToIso3(get('Source Country')),
    source_org: null,
    source_sector: icewsSector(get('Source Sectors')),
    source_role: null,
    target_id: orNull('Target Name'),
    target_name: orNull('Target Name'),
    target_country: countryNameToIso3(get('Target Country')),
    target_org: null,
    target_sector: icewsSector(get('Target Sectors')),
    target_role: null,
    location_name: city ?? district ?? province ?? country,
    location_country: countryNameToIso3(country),
    location_admin1: province,
    lat: num('Latitude'),
    lon: num('Longitude'),
    location_precision: city ? 'city' : district || province ? 'admin1' : country ? 'country' : null,
    num_mentions: 1,
    num_sources: 1,
    num_articles: 1,
    first_article_id: null,
    rule_id: null,
    dictionary_version: null,
    provenance: 'imported:icews',
  };
  const story = get('Story ID');
  const sentence = get('Sentence Number');
  return {
    event: {
      row,
      format: 'icews',
      sourceUrl: null,
      sourceRef: story ? `${story}${sentence ? `:${sentence}` : ''}` : null,
      raw: line.replace(/\r$/, ''),
    },
  };
}
