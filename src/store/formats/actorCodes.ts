// Country names as ICEWS writes them → ISO 3166-1 alpha-3, and CAMEO-style actor codes ("RUSGOV") for
// GDELT and PLOVER-JSON exports.
import { createRequire } from 'node:module';

interface CountryRecord {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
}

// The package ships CommonJS with a default export its types describe differently; read its data file.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as CountryRecord[];

// Names used by ICEWS (and older UN lists) that world-countries spells differently.
const OVERRIDES: Record<string, string> = {
  'occupied palestinian territory': 'PSE',
  palestine: 'PSE',
  kosovo: 'XKX',
  'congo, democratic republic of': 'COD',
  'democratic republic of congo': 'COD',
  'democratic republic of the congo': 'COD',
  'congo, republic of': 'COG',
  congo: 'COG',
  'korea, republic of': 'KOR',
  'south korea': 'KOR',
  "korea, democratic people's republic of": 'PRK',
  'north korea': 'PRK',
  'iran, islamic republic of': 'IRN',
  'syrian arab republic': 'SYR',
  'russian federation': 'RUS',
  'united states': 'USA',
  'united kingdom': 'GBR',
  'viet nam': 'VNM',
  'taiwan, province of china': 'TWN',
  'macedonia': 'MKD',
  'the former yugoslav republic of macedonia': 'MKD',
  'moldova, republic of': 'MDA',
  'tanzania, united republic of': 'TZA',
  'bolivia, plurinational state of': 'BOL',
  'venezuela, bolivarian republic of': 'VEN',
  "lao people's democratic republic": 'LAO',
  'libyan arab jamahiriya': 'LBY',
  'czech republic': 'CZE',
  'swaziland': 'SWZ',
  'burma': 'MMR',
  "cote d'ivoire": 'CIV',
  'ivory coast': 'CIV',
};

let byName: Map<string, string> | undefined;

function index(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(OVERRIDES));
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      const k = n.toLowerCase();
      if (!byName.has(k)) byName.set(k, c.cca3);
    }
  }
  return byName;
}

export function countryNameToIso3(name: string | null | undefined): string | null {
  if (!name) return null;
  const k = name.trim().toLowerCase();
  return k === '' ? null : (index().get(k) ?? null);
}

/** CAMEO-style actor code: country + sector ("RUSGOV"), or organisation + sector, or "". */
export function cameoActorCode(country: string | null, org: string | null, sector: string | null): string {
  return `${country ?? org ?? ''}${sector ?? ''}`;
}
