// Builds dictionaries/actors/countries.json: every ISO 3166-1 country and territory from the
// `world-countries` package (plus its English names in `i18n-iso-countries`), merged with the
// hand-written OVERLAY below (news aliases, people plurals, metonym capitals, seats of power).
//
//   npx tsx scripts/buildCountries.ts          write the file and print what was dropped and why
//   npx tsx scripts/buildCountries.ts --check  exit 1 when the committed file is out of date
//
// Every surface form (name, demonym, capital, seat) must point at one country only: the matcher
// cannot choose between two. Clashes are resolved in favour of the independent state ("French" is
// France, not the French Southern Lands) or by an explicit drop in the overlay ("Congo" is the DRC,
// as in Reuters style), and the script reports each one.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import isoCountries from 'i18n-iso-countries';
import type { Country } from 'world-countries';

export interface Seat {
  text: string;
  sector: string;
}

export interface CountryEntry {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  seats: Seat[];
  caseSensitive: string[];
}

interface Overlay {
  /** Replaces the canonical name from world-countries. */
  name?: string;
  names?: string[];
  dropNames?: string[];
  /** Extra demonyms, given in the forms to add (singular and plural): they are not pluralised. */
  demonyms?: string[];
  /** Removes a source demonym before plurals are made (and any form given here). */
  dropDemonyms?: string[];
  capitals?: string[];
  dropCapitals?: string[];
  seats?: [text: string, sector: string][];
  caseSensitive?: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
export const COUNTRIES_PATH = resolve(here, '../dictionaries/actors/countries.json');

/** world-countries uses user-assigned codes where Entente uses others (DOMAIN.md: Kosovo is XKX). */
const CODE_FIXES: Record<string, string> = { UNK: 'XKX' };

/** Demonyms that have no separate plural ("the Malagasy"); words ending -ese/-ss/-sh/-ch/-s are handled by rule. */
const INVARIANT = new Set(['Greenlandic', 'Malagasy', 'Burkinabe', 'I-Kiribati', 'Ni-Vanuatu', 'Mosotho', 'Motswana', 'Turkmen', 'Kirghiz', 'Kyrgyz', 'Manx', 'Lao']);

// Sectors: GOV government, LEG legislature, MIL military, SPY intelligence, PRE palace staff.
const OVERLAY: Record<string, Overlay> = {
  // --- Major powers and the places news writes about most -------------------------------------
  USA: {
    names: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
    demonyms: ['Americans'],
    dropCapitals: ['Washington D.C.'],
    capitals: ['Washington', 'Washington, D.C.', 'Washington D.C.', 'Washington DC'],
    seats: [
      ['White House', 'GOV'], ['Oval Office', 'GOV'], ['State Department', 'GOV'], ['State Dept', 'GOV'],
      ['Foggy Bottom', 'GOV'], ['Treasury Department', 'GOV'], ['Commerce Department', 'GOV'],
      ['Pentagon', 'MIL'], ['Defense Department', 'MIL'], ['Department of Defense', 'MIL'],
      ['War Department', 'MIL'], ['Department of War', 'MIL'],
      ['Capitol Hill', 'LEG'], ['Congress', 'LEG'], ['Langley', 'SPY'],
    ],
    // "Congress" alone elsewhere is a party congress or another country's congress.
    caseSensitive: ['US', 'Congress', 'Pentagon'],
  },
  GBR: {
    names: ['Britain', 'UK', 'U.K.', 'Great Britain'],
    demonyms: ['Briton', 'Britons', 'Brits'],
    seats: [
      ['Downing Street', 'GOV'], ['Number 10', 'GOV'], ['No 10', 'GOV'], ['No. 10', 'GOV'], ['Whitehall', 'GOV'],
      ['Westminster', 'LEG'], ['House of Commons', 'LEG'], ['House of Lords', 'LEG'], ['Holyrood', 'LEG'],
      ['Stormont', 'LEG'], ['Buckingham Palace', 'PRE'], ['Vauxhall Cross', 'SPY'], ['Thames House', 'SPY'],
    ],
    caseSensitive: ['UK'],
  },
  RUS: {
    seats: [
      ['Kremlin', 'GOV'], ['Smolenskaya Square', 'GOV'], ['State Duma', 'LEG'], ['Duma', 'LEG'],
      ['Federation Council', 'LEG'], ['Lubyanka', 'SPY'], ['Yasenevo', 'SPY'],
    ],
  },
  CHN: {
    names: ['PRC', 'mainland China'],
    seats: [['Zhongnanhai', 'GOV'], ["National People's Congress", 'LEG'], ['NPC', 'LEG']],
    caseSensitive: ['PRC', 'NPC'],
  },
  FRA: {
    seats: [['Élysée', 'GOV'], ['Élysée Palace', 'GOV'], ["Quai d'Orsay", 'GOV'], ['Matignon', 'GOV'], ['Palais Bourbon', 'LEG']],
  },
  DEU: {
    demonyms: ['Germans'],
    seats: [['Chancellery', 'GOV'], ['Bundeskanzleramt', 'GOV'], ['Bundestag', 'LEG'], ['Bundesrat', 'LEG'], ['Bendlerblock', 'MIL']],
  },
  UKR: {
    capitals: ['Kiev'],
    seats: [['Bankova', 'GOV'], ['Verkhovna Rada', 'LEG'], ['Rada', 'LEG']],
  },
  ISR: {
    names: ['Jewish state'],
    capitals: ['Tel Aviv'],
    seats: [['Knesset', 'LEG'], ['Kirya', 'MIL']],
  },
  PSE: { demonyms: ['Gazan', 'Gazans'], seats: [['Mukataa', 'GOV'], ['Muqataa', 'GOV']] },
  IRN: {
    names: ['the Islamic Republic', 'The Islamic Republic'],
    capitals: ['Teheran'],
    seats: [['Majlis', 'LEG']],
    caseSensitive: ['the Islamic Republic', 'The Islamic Republic'],
  },
  KOR: {
    names: ['ROK'],
    seats: [['Blue House', 'GOV'], ['Cheong Wa Dae', 'GOV']],
    caseSensitive: ['ROK'],
  },
  PRK: { names: ['DPRK'], seats: [["Supreme People's Assembly", 'LEG']] },
  JPN: {
    seats: [['Kantei', 'GOV'], ['Kasumigaseki', 'GOV'], ['Nagatacho', 'GOV'], ['National Diet', 'LEG'], ['Diet', 'LEG']],
    caseSensitive: ['Diet'],
  },
  IND: {
    capitals: ['Delhi'],
    seats: [['South Block', 'GOV'], ['Raisina Hill', 'GOV'], ['Lok Sabha', 'LEG'], ['Rajya Sabha', 'LEG'], ['Rashtrapati Bhavan', 'PRE']],
  },
  TUR: {
    names: ['Turkey', 'Republic of Turkey'],
    demonyms: ['Turks'],
    seats: [['Grand National Assembly', 'LEG']],
    caseSensitive: ['Turkey'],
  },
  SAU: { names: ['KSA'], demonyms: ['Saudi', 'Saudis', 'Saudi Arabians'], caseSensitive: ['KSA'] },
  ARE: { names: ['UAE', 'U.A.E.'], caseSensitive: ['UAE'] },
  TWN: { names: ['Republic of China', 'Chinese Taipei'], seats: [['Executive Yuan', 'GOV'], ['Legislative Yuan', 'LEG']] },
  HKG: { demonyms: ['Hongkongers'], dropCapitals: ['City of Victoria'] },
  MAC: { names: ['Macao'] },
  VAT: {
    // "the Vatican said" is the Holy See acting: a seat, not a name.
    dropNames: ['Vatican'],
    dropDemonyms: ['Vatican'],
    dropCapitals: ['Vatican City'],
    seats: [['Vatican', 'GOV'], ['Holy See', 'GOV']],
  },

  // --- Europe -----------------------------------------------------------------------------------
  ITA: { seats: [['Palazzo Chigi', 'GOV'], ['Farnesina', 'GOV'], ['Quirinale', 'PRE'], ['Quirinal', 'PRE'], ['Montecitorio', 'LEG']] },
  ESP: { demonyms: ['Spaniard', 'Spaniards'], seats: [['Moncloa', 'GOV']] },
  AUT: { seats: [['Ballhausplatz', 'GOV'], ['Hofburg', 'PRE']] },
  CHE: { capitals: ['Berne'], seats: [['Bundeshaus', 'LEG']] },
  // In news, "Brussels" acting is the EU (organisations.json), not Belgium's government.
  BEL: { dropCapitals: ['Brussels'] },
  NLD: { names: ['Holland'], demonyms: ['Dutchman', 'Dutchmen'], seats: [['Binnenhof', 'LEG']] },
  POL: { demonyms: ['Pole', 'Poles'], seats: [['Sejm', 'LEG']], caseSensitive: ['Pole', 'Poles'] },
  NOR: { seats: [['Storting', 'LEG']] },
  SWE: { demonyms: ['Swede', 'Swedes'], seats: [['Rosenbad', 'GOV'], ['Riksdag', 'LEG']] },
  FIN: { demonyms: ['Finn', 'Finns'], seats: [['Eduskunta', 'LEG']] },
  DNK: { demonyms: ['Dane', 'Danes'], seats: [['Christiansborg', 'LEG'], ['Folketing', 'LEG']] },
  IRL: { seats: [['Dáil', 'LEG'], ['Oireachtas', 'LEG'], ['Leinster House', 'LEG']] },
  CZE: { names: ['Czech Republic'], demonyms: ['Czechs'] },
  SVK: { demonyms: ['Slovaks'] },
  SVN: { demonyms: ['Slovenian', 'Slovenians'] },
  HRV: { demonyms: ['Croat', 'Croats'] },
  SRB: { demonyms: ['Serb', 'Serbs'] },
  BIH: { names: ['Bosnia', 'Bosnia-Herzegovina'] },
  MKD: { names: ['Macedonia'] },
  XKX: { demonyms: ['Kosovan', 'Kosovans'], capitals: ['Prishtina'] },
  BLR: { demonyms: ['Belarussian', 'Belarussians'] },
  MDA: { capitals: ['Chisinau'] },
  GEO: { caseSensitive: ['Georgia'] },
  AZE: { demonyms: ['Azeri', 'Azeris'] },
  KAZ: { demonyms: ['Kazakh', 'Kazakhs'], capitals: ['Nur-Sultan'], seats: [['Akorda', 'GOV'], ['Ak Orda', 'GOV']] },
  KGZ: { demonyms: ['Kyrgyz'] },
  TJK: { dropDemonyms: ['Tadzhik'], demonyms: ['Tajik', 'Tajiks'] },
  UZB: { demonyms: ['Uzbek', 'Uzbeks'] },
  LUX: { demonyms: ['Luxembourgish'] },
  GIB: { dropDemonyms: ['Gibraltar'], demonyms: ['Gibraltarian', 'Gibraltarians'] },
  JEY: { caseSensitive: ['Jersey'] },
  REU: { caseSensitive: ['Reunion'], dropCapitals: ['Saint-Denis'] },
  IMN: { dropCapitals: ['Douglas'] },
  MSR: { dropCapitals: ['Plymouth'] },

  // --- Middle East and Africa --------------------------------------------------------------------
  JOR: { caseSensitive: ['Jordan'] },
  YEM: { capitals: ['Sanaa'] },
  LBN: { seats: [['Baabda', 'GOV'], ['Grand Serail', 'GOV']] },
  SDN: { capitals: ['Port Sudan'] },
  TCD: { caseSensitive: ['Chad'] },
  NER: { caseSensitive: ['Niger'] },
  GIN: { caseSensitive: ['Guinea'] },
  GNB: { demonyms: ['Bissau-Guinean', 'Bissau-Guineans'] },
  COD: {
    names: ['Democratic Republic of Congo', 'DRC', 'Congo-Kinshasa', 'Congo'],
    caseSensitive: ['DRC'],
  },
  COG: {
    // "Congo" alone is the DRC (Reuters style); this one is named in full.
    dropNames: ['Congo'],
    names: ['Republic of Congo', 'Congo Republic', 'Congo-Brazzaville'],
    dropDemonyms: ['Congolese'],
  },
  DMA: { dropDemonyms: ['Dominican'] },
  DJI: { dropDemonyms: ['Djibouti'], demonyms: ['Djiboutian', 'Djiboutians'] },
  CIV: { names: ["Côte d'Ivoire"] },
  CPV: { names: ['Cabo Verde'], dropDemonyms: ['Cape Verdian'], demonyms: ['Cape Verdean', 'Cape Verdeans'] },
  COM: { demonyms: ['Comorian', 'Comorians'] },
  ECU: { demonyms: ['Ecuadorian', 'Ecuadorians'] },
  SWZ: { names: ['Swaziland'], capitals: ['Mbabane'] },
  LSO: { demonyms: ['Basotho'] },
  BWA: { demonyms: ['Batswana'] },
  ZAF: { seats: [['Union Buildings', 'GOV']] },
  NGA: { seats: [['Aso Rock', 'GOV']] },
  ESH: { demonyms: ['Sahrawis'] },

  // --- Asia and the Pacific ----------------------------------------------------------------------
  MMR: { names: ['Burma'], capitals: ['Naypyitaw', 'Nay Pyi Taw'] },
  MNG: { capitals: ['Ulaanbaatar'] },
  PHL: { names: ['the Philippines'], demonyms: ['Philippine', 'Filipina', 'Filipinas'], seats: [['Malacañang', 'GOV']] },
  IDN: { seats: [['Merdeka Palace', 'GOV']] },
  VNM: { names: ['Viet Nam'] },
  LAO: { demonyms: ['Lao'] },
  TLS: { names: ['East Timor'], demonyms: ['Timorese'] },
  NPL: { demonyms: ['Nepali', 'Nepalis'] },
  LKA: { capitals: ['Colombo'] },
  MDV: { dropCapitals: ['Malé'], dropDemonyms: ['Maldivan'], demonyms: ['Maldivian', 'Maldivians'] },
  NZL: { seats: [['Beehive', 'GOV']], caseSensitive: ['Beehive'] },
  CAN: { seats: [['Parliament Hill', 'LEG']] },
  IOT: { dropCapitals: ['Diego Garcia'] },

  // --- The Americas -----------------------------------------------------------------------------
  BOL: { capitals: ['La Paz'], seats: [['Palacio Quemado', 'GOV']] },
  ARG: { seats: [['Casa Rosada', 'GOV']] },
  BRA: { seats: [['Planalto', 'GOV'], ['Palácio do Planalto', 'GOV'], ['Itamaraty', 'GOV']] },
  VEN: { seats: [['Miraflores', 'GOV'], ['Miraflores Palace', 'GOV']] },
  CHL: { seats: [['La Moneda', 'GOV']] },
  COL: { seats: [['Casa de Nariño', 'GOV']] },
  // Capitals shared with other places that news mentions more often (San Jose, Panama City in
  // Florida, Georgetown University, Hamilton, Victoria, Stanley, Kingston on Norfolk Island).
  CRI: { dropCapitals: ['San José'] },
  PAN: { dropCapitals: ['Panama City'] },
  GUY: { dropCapitals: ['Georgetown'] },
  CYM: { dropCapitals: ['George Town'] },
  BMU: { dropCapitals: ['Hamilton'] },
  SYC: { dropCapitals: ['Victoria'] },
  FLK: { dropCapitals: ['Stanley'] },
  AIA: { dropCapitals: ['The Valley'] },
  SHN: { dropCapitals: ['Jamestown'] },
  CCK: { names: ['Cocos Islands', 'Keeling Islands'], dropCapitals: ['West Island'] },
  GRL: { demonyms: ['Greenlander', 'Greenlanders'] },
  BES: { dropCapitals: ['The Bottom', 'Oranjestad'] },
  GMB: { names: ['the Gambia'] },
  BHS: { names: ['the Bahamas'] },
};

/** All capitals, at least two letters: "US", "U.S.", "DPRK". */
export function isAcronym(s: string): boolean {
  return /[A-Z].*[A-Z]/.test(s) && !/[a-z]/.test(s);
}

/** ASCII fold: "Bogotá" → "Bogota", "Élysée" → "Elysee". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function pluralOf(singular: string): string | null {
  if (INVARIANT.has(singular)) return null;
  const words = singular.split(' ');
  const last = words[words.length - 1] ?? '';
  if (last === 'Czech') return `${singular}s`;
  // "the Chinese", "the Swiss", "the French", "the British", "the Dutch": no separate plural.
  if (/(ese|s|sh|ch|x|z)$/.test(last)) return null;
  return `${singular}s`;
}

/** Split "Antiguan, Barbudan" and "Kittitian or Nevisian" into their parts. */
function splitDemonym(d: string): string[] {
  return d
    .split(/,\s*|\s+or\s+/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

function addUnique(list: string[], value: string): void {
  if (value.trim() !== '' && !list.includes(value)) list.push(value);
}

interface Draft extends CountryEntry {
  independent: boolean;
}

export interface BuildResult {
  entries: CountryEntry[];
  /** What was dropped and why (shared surface forms). */
  notes: string[];
}

export function buildCountries(source: readonly Country[]): BuildResult {
  const notes: string[] = [];
  const drafts: Draft[] = [];
  const known = new Set(source.map((c) => CODE_FIXES[c.cca3] ?? c.cca3));
  for (const code of Object.keys(OVERLAY)) {
    if (!known.has(code)) throw new Error(`overlay names unknown country ${code}`);
  }

  for (const c of source) {
    const code = CODE_FIXES[c.cca3] ?? c.cca3;
    const o = OVERLAY[code] ?? {};
    const name = o.name ?? c.name.common;

    const names: string[] = [];
    const english = isoCountries.getName(c.cca2, 'en', { select: 'all' }) ?? [];
    for (const n of [name, c.name.common, c.name.official, ...english, ...(o.names ?? [])]) {
      // Skip inverted index forms ("Korea, Republic of") and qualifiers ("Netherlands (Kingdom of the)").
      if (/[,()]/.test(n) && n !== c.name.common) continue;
      addUnique(names, n);
    }

    const singulars: string[] = [];
    const eng = c.demonyms['eng'];
    for (const d of eng ? [eng.m, eng.f] : []) for (const part of splitDemonym(d)) addUnique(singulars, part);
    const dropDem = new Set(o.dropDemonyms ?? []);
    const demonyms: string[] = [];
    for (const s of singulars) {
      if (dropDem.has(s)) continue;
      addUnique(demonyms, s);
      const p = pluralOf(s);
      if (p) addUnique(demonyms, p);
    }
    for (const d of o.demonyms ?? []) addUnique(demonyms, d);

    const capitals: string[] = [];
    const dropCap = new Set(o.dropCapitals ?? []);
    for (const cap of c.capital) if (!dropCap.has(cap)) addUnique(capitals, cap);
    for (const cap of o.capitals ?? []) addUnique(capitals, cap);

    const seats: Seat[] = (o.seats ?? []).map(([text, sector]) => ({ text, sector }));
    const dropNames = new Set(o.dropNames ?? []);
    const draft: Draft = {
      code,
      name,
      names: names.filter((n) => !dropNames.has(n)),
      demonyms: demonyms.filter((d) => !dropDem.has(d)),
      capitals,
      seats,
      caseSensitive: [...(o.caseSensitive ?? [])],
      independent: c.independent === true || code === 'PSE' || code === 'XKX' || code === 'TWN',
    };
    // Add the ASCII spelling news wires use ("Turkiye", "Elysee", "Bogota") beside each accented form.
    for (const list of [draft.names, draft.demonyms, draft.capitals]) {
      for (const s of [...list]) addUnique(list, fold(s));
    }
    for (const seat of [...draft.seats]) {
      const f = fold(seat.text);
      if (!draft.seats.some((x) => x.text === f)) draft.seats.push({ text: f, sector: seat.sector });
    }
    // Acronyms ("US", "UAE", "DPRK", "U.S.") only match in capitals: "us" is a pronoun.
    for (const n of draft.names) if (isAcronym(n)) addUnique(draft.caseSensitive, n);
    drafts.push(draft);
  }

  dedupeWithinEntries(drafts, notes);
  resolveClashes(drafts, notes);

  const entries = drafts
    .map(({ independent: _independent, ...e }) => e)
    .map((e) => ({ ...e, caseSensitive: e.caseSensitive.filter((s) => surfaces(e).includes(s)) }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return { entries, notes };
}

function surfaces(e: CountryEntry): string[] {
  return [...e.names, ...e.demonyms, ...e.capitals, ...e.seats.map((s) => s.text)];
}

/** Case-insensitive key, except for forms that only match in their exact case. */
function keyOf(e: CountryEntry, s: string): string {
  return e.caseSensitive.includes(s) ? `=${s}` : s.toLowerCase();
}

/** Within one country a form is a name first, then a seat, a capital, a demonym ("Singapore" is no capital metonym). */
function dedupeWithinEntries(drafts: Draft[], notes: string[]): void {
  for (const d of drafts) {
    const seen = new Set<string>();
    const keep = (s: string, what: string): boolean => {
      const k = keyOf(d, s);
      if (seen.has(k)) {
        if (s.toLowerCase() !== d.name.toLowerCase() || what !== 'names') notes.push(`${d.code}: "${s}" dropped from ${what} (already a name of ${d.code})`);
        return false;
      }
      seen.add(k);
      return true;
    };
    d.names = d.names.filter((s) => keep(s, 'names'));
    d.seats = d.seats.filter((s) => keep(s.text, 'seats'));
    d.capitals = d.capitals.filter((s) => keep(s, 'capitals'));
    d.demonyms = d.demonyms.filter((s) => keep(s, 'demonyms'));
  }
}

/** A form claimed by several countries stays with the one independent claimant, else with none. */
function resolveClashes(drafts: Draft[], notes: string[]): void {
  const owners = new Map<string, Draft[]>();
  for (const d of drafts) {
    for (const s of surfaces(d)) {
      const k = keyOf(d, s);
      const list = owners.get(k) ?? [];
      if (!list.includes(d)) list.push(d);
      owners.set(k, list);
    }
  }
  for (const [k, list] of owners) {
    if (list.length < 2) continue;
    const independent = list.filter((d) => d.independent);
    const winner = independent.length === 1 ? independent[0] : undefined;
    for (const d of list) {
      if (d === winner) continue;
      const keep = (s: string): boolean => keyOf(d, s) !== k;
      d.names = d.names.filter(keep);
      d.demonyms = d.demonyms.filter(keep);
      d.capitals = d.capitals.filter(keep);
      d.seats = d.seats.filter((s) => keep(s.text));
    }
    notes.push(`"${k}" shared by ${list.map((d) => d.code).join(', ')}: kept for ${winner?.code ?? 'none'}`);
  }
}

/** One country per line, sorted by code, so diffs show exactly which country changed. */
export function formatCountries(entries: readonly CountryEntry[]): string {
  const lines = entries.map((e) => {
    const seats = `[${e.seats.map((s) => `{ "text": ${JSON.stringify(s.text)}, "sector": ${JSON.stringify(s.sector)} }`).join(', ')}]`;
    const list = (xs: readonly string[]): string => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
    return (
      `  { "code": ${JSON.stringify(e.code)}, "name": ${JSON.stringify(e.name)}, "names": ${list(e.names)}, ` +
      `"demonyms": ${list(e.demonyms)}, "capitals": ${list(e.capitals)}, "seats": ${seats}, "caseSensitive": ${list(e.caseSensitive)} }`
    );
  });
  return `[\n${lines.join(',\n')}\n]\n`;
}

export function loadWorldCountries(): Country[] {
  const requireCjs = createRequire(import.meta.url);
  return requireCjs('world-countries/countries.json') as Country[];
}

function main(): void {
  const { entries, notes } = buildCountries(loadWorldCountries());
  const text = formatCountries(entries);
  if (process.argv.includes('--check')) {
    const current = readFileSync(COUNTRIES_PATH, 'utf8');
    if (current !== text) {
      console.error(`${COUNTRIES_PATH} is out of date: run npx tsx scripts/buildCountries.ts`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(COUNTRIES_PATH, text);
  for (const n of notes) console.log(n);
  console.log(`wrote ${entries.length} countries to ${COUNTRIES_PATH}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
