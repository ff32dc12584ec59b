// The actor dictionaries (countries, organisations, agents) against dictionaries/FORMAT.md and
// DOMAIN.md: shapes, codes, sectors, one owner per surface form, and spot checks of what a news
// phrase must resolve to ("the Kremlin" → RUS GOV, "riot police" → COP, "Hamas" → PSE REB).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import isoCountries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { buildCountries, formatCountries, isAcronym, loadWorldCountries, type CountryEntry } from '../../scripts/buildCountries.ts';

interface OrganisationEntry {
  code: string;
  name: string;
  names: string[];
  kind: string;
  parent: string | null;
  country: string | null;
  sector: string | null;
  caseSensitive: string[];
}

interface AgentEntry {
  terms: string[];
  sector: string;
  role?: string;
  office?: string;
}

const ACTORS = resolve(dirname(fileURLToPath(import.meta.url)), '../../dictionaries/actors');
const readText = (file: string): string => readFileSync(resolve(ACTORS, file), 'utf8');
const read = (file: string): unknown => JSON.parse(readText(file)) as unknown;

const countries = read('countries.json') as CountryEntry[];
const organisations = read('organisations.json') as OrganisationEntry[];
const agents = read('agents.json') as AgentEntry[];

/** PLOVER sectors (DOMAIN.md). */
const SECTORS = new Set(['COP', 'GOV', 'JUD', 'LEG', 'MIL', 'PRM', 'PTY', 'REB', 'SPY', 'UAF', 'UNK', 'AGR', 'BUS', 'CRM', 'CVL', 'EDU', 'ELI', 'JRN', 'MED', 'LAB', 'REF', 'OPP', 'PRE', 'REL', 'SOC']);
/** FORMAT.md kinds, plus `national` for a state body that keeps its country (FBI → USA COP, IDF → ISR MIL). */
const KINDS = new Set(['igo', 'bloc', 'agency', 'court', 'armed-group', 'party', 'ngo', 'media', 'company', 'national']);
const INTERNATIONAL = new Set(['igo', 'bloc', 'agency', 'court']);
/** FORMAT.md offices, plus `paramount` ("the Chinese leader"), as in offices.json. */
const OFFICES = new Set(['head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister', 'minister', 'aide', 'spokesperson', 'official', 'opposition_leader', 'military_chief', 'intelligence_chief', 'igo_head', 'armed_group_leader', 'paramount']);
/** Codes Entente uses outside ISO 3166-1 (DOMAIN.md); i18n-iso-countries has Kosovo as XKK. */
const NON_ISO = new Set(['XKX']);
const ISO3 = new Set(Object.keys(isoCountries.getAlpha3Codes()));
const ORG_CODE = /^[A-Z][A-Z0-9]{1,9}$/;

const countryCodes = new Set(countries.map((c) => c.code));
const orgCodes = new Set(organisations.map((o) => o.code));

function isCleanString(s: unknown): s is string {
  return typeof s === 'string' && s.length > 0 && s === s.trim() && !/\s{2,}/.test(s);
}

function expectStringList(list: unknown, where: string): void {
  expect(Array.isArray(list), `${where} is an array`).toBe(true);
  const xs = list as unknown[];
  for (const x of xs) expect(isCleanString(x), `${where}: ${JSON.stringify(x)} is a trimmed, non-empty string`).toBe(true);
  expect(new Set(xs).size, `${where} has no repeats`).toBe(xs.length);
}

function countrySurfaces(c: CountryEntry): string[] {
  return [...c.names, ...c.demonyms, ...c.capitals, ...c.seats.map((s) => s.text)];
}

/** The matcher's key: exact for case-sensitive forms, lower case otherwise. */
function matchKey(s: string, caseSensitive: readonly string[]): string {
  return caseSensitive.includes(s) ? `=${s}` : s.toLowerCase();
}

type Reading =
  | { kind: 'name' | 'demonym' | 'capital'; code: string }
  | { kind: 'seat'; code: string; sector: string }
  | { kind: 'org'; code: string }
  | { kind: 'agent'; sector: string; role: string | null };

/** Every reading a phrase has in the three files, matched as the engine does (case rules included). */
function lookup(phrase: string): Reading[] {
  const hits = (s: string, cs: readonly string[]): boolean => (cs.includes(s) ? s === phrase : s.toLowerCase() === phrase.toLowerCase());
  const out: Reading[] = [];
  for (const c of countries) {
    for (const n of c.names) if (hits(n, c.caseSensitive)) out.push({ kind: 'name', code: c.code });
    for (const d of c.demonyms) if (hits(d, c.caseSensitive)) out.push({ kind: 'demonym', code: c.code });
    for (const cap of c.capitals) if (hits(cap, c.caseSensitive)) out.push({ kind: 'capital', code: c.code });
    for (const s of c.seats) if (hits(s.text, c.caseSensitive)) out.push({ kind: 'seat', code: c.code, sector: s.sector });
  }
  for (const o of organisations) if (o.names.some((n) => hits(n, o.caseSensitive))) out.push({ kind: 'org', code: o.code });
  for (const a of agents) if (a.terms.includes(phrase.toLowerCase())) out.push({ kind: 'agent', sector: a.sector, role: a.role ?? null });
  return out;
}

function org(code: string): OrganisationEntry {
  const o = organisations.find((x) => x.code === code);
  if (!o) throw new Error(`no organisation ${code}`);
  return o;
}

describe('countries.json', () => {
  it('has the FORMAT.md shape', () => {
    for (const c of countries) {
      expect(Object.keys(c).sort(), c.code).toEqual(['capitals', 'caseSensitive', 'code', 'demonyms', 'name', 'names', 'seats']);
      expect(isCleanString(c.name), c.code).toBe(true);
      expect(c.names, `${c.code} lists its own name`).toContain(c.name);
      for (const key of ['names', 'demonyms', 'capitals', 'caseSensitive'] as const) expectStringList(c[key], `${c.code}.${key}`);
      for (const s of c.seats) {
        expect(Object.keys(s).sort(), c.code).toEqual(['sector', 'text']);
        expect(isCleanString(s.text), `${c.code} seat ${s.text}`).toBe(true);
      }
    }
  });

  it('has unique ISO 3166-1 alpha-3 codes (XKX for Kosovo)', () => {
    expect(countryCodes.size).toBe(countries.length);
    expect(countries.filter((c) => !ISO3.has(c.code) && !NON_ISO.has(c.code)).map((c) => c.code)).toEqual([]);
    for (const code of ['PSE', 'XKX', 'TWN']) expect(countryCodes.has(code), code).toBe(true);
  });

  it('covers every ISO 3166-1 country and territory', () => {
    const missing = [...ISO3].filter((code) => code !== 'XKK' && !countryCodes.has(code));
    expect(missing).toEqual([]);
    expect(countries.length).toBeGreaterThanOrEqual(249);
  });

  it('gives every seat of power a PLOVER sector, and has 60+ seats', () => {
    const seats = countries.flatMap((c) => c.seats);
    for (const s of seats) expect(SECTORS.has(s.sector), `${s.text}: ${s.sector}`).toBe(true);
    expect(seats.length).toBeGreaterThanOrEqual(60);
  });

  it('lists case-sensitive forms among the entry’s own names, demonyms, capitals or seats', () => {
    for (const c of countries) for (const s of c.caseSensitive) expect(countrySurfaces(c), `${c.code}: ${s}`).toContain(s);
  });

  it('marks acronyms ("US", "UAE", "DPRK") case-sensitive', () => {
    const unmarked = countries.flatMap((c) => c.names.filter((n) => isAcronym(n) && !c.caseSensitive.includes(n)));
    expect(unmarked).toEqual([]);
  });

  it('gives each surface form to one country only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of countries) {
      for (const s of new Set(countrySurfaces(c).map((x) => matchKey(x, c.caseSensitive)))) {
        const prev = owner.get(s);
        if (prev && prev !== c.code) clashes.push(`${s}: ${prev} and ${c.code}`);
        owner.set(s, c.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('is exactly what scripts/buildCountries.ts generates', () => {
    expect(readText('countries.json')).toBe(formatCountries(buildCountries(loadWorldCountries()).entries));
  });
});

describe('organisations.json', () => {
  it('has the FORMAT.md shape', () => {
    for (const o of organisations) {
      expect(Object.keys(o).sort(), o.code).toEqual(['caseSensitive', 'code', 'country', 'kind', 'name', 'names', 'parent', 'sector']);
      expect(isCleanString(o.name), o.code).toBe(true);
      expect(o.names, `${o.code} lists its own name`).toContain(o.name);
      expectStringList(o.names, `${o.code}.names`);
      expectStringList(o.caseSensitive, `${o.code}.caseSensitive`);
      for (const s of o.caseSensitive) expect(o.names, `${o.code}: ${s}`).toContain(s);
    }
  });

  it('marks acronyms ("WHO", "IS", "AP") case-sensitive', () => {
    const unmarked = organisations.flatMap((o) => o.names.filter((n) => isAcronym(n) && !o.caseSensitive.includes(n)));
    expect(unmarked).toEqual([]);
  });

  it('has unique organisation codes that cannot be read as a country', () => {
    expect(orgCodes.size).toBe(organisations.length);
    expect(organisations.filter((o) => !ORG_CODE.test(o.code)).map((o) => o.code)).toEqual([]);
    expect(organisations.filter((o) => ISO3.has(o.code) || countryCodes.has(o.code)).map((o) => o.code)).toEqual([]);
  });

  it('uses only allowed kinds, known sectors, known parents and country codes', () => {
    for (const o of organisations) {
      expect(KINDS.has(o.kind), `${o.code}: ${o.kind}`).toBe(true);
      if (o.sector !== null) expect(SECTORS.has(o.sector), `${o.code}: ${o.sector}`).toBe(true);
      if (o.parent !== null) {
        expect(orgCodes.has(o.parent), `${o.code}: parent ${o.parent}`).toBe(true);
        expect(o.parent).not.toBe(o.code);
      }
      if (o.country !== null) expect(countryCodes.has(o.country), `${o.code}: ${o.country}`).toBe(true);
    }
  });

  it('follows the per-kind conventions of DOMAIN.md', () => {
    const sectorsOf: Record<string, string[]> = {
      'armed-group': ['REB', 'PRM', 'CRM'],
      party: ['PTY', 'OPP'],
      media: ['JRN'],
      company: ['BUS'],
    };
    for (const o of organisations) {
      if (INTERNATIONAL.has(o.kind)) expect(o.country, `${o.code} is international`).toBeNull();
      const allowed = sectorsOf[o.kind];
      if (allowed) expect(allowed, `${o.code}: ${o.sector}`).toContain(o.sector);
      if (o.kind === 'party' || o.kind === 'media' || o.kind === 'company' || o.kind === 'national') {
        expect(o.country, `${o.code} needs a country`).not.toBeNull();
      }
      if (o.kind === 'national') expect(o.sector, `${o.code} needs a sector`).not.toBeNull();
    }
  });

  it('gives each name to one organisation only, and never a country’s name', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of organisations) {
      for (const n of new Set(o.names.map((x) => x.toLowerCase()))) {
        const prev = owner.get(n);
        if (prev && prev !== o.code) clashes.push(`${n}: ${prev} and ${o.code}`);
        owner.set(n, o.code);
      }
    }
    for (const c of countries) for (const s of countrySurfaces(c)) if (owner.has(s.toLowerCase())) clashes.push(`${s}: ${c.code} and ${owner.get(s.toLowerCase())}`);
    expect(clashes).toEqual([]);
  });

  it('has at least 200 entries', () => {
    expect(organisations.length).toBeGreaterThanOrEqual(200);
  });
});

describe('agents.json', () => {
  const all = agents.flatMap((a) => a.terms.map((t) => ({ term: t, sector: a.sector, office: a.office ?? null })));

  it('has the FORMAT.md shape: lower-case terms, a known sector, an optional role and office', () => {
    for (const a of agents) {
      for (const k of Object.keys(a)) expect(['terms', 'sector', 'role', 'office'], k).toContain(k);
      expectStringList(a.terms, `${a.sector} terms`);
      for (const t of a.terms) expect(t, t).toBe(t.toLowerCase());
      expect(SECTORS.has(a.sector), a.sector).toBe(true);
      if (a.role !== undefined) expect(isCleanString(a.role), a.role).toBe(true);
      if (a.office !== undefined) expect(OFFICES.has(a.office), a.office).toBe(true);
    }
  });

  it('never puts a term under two different sectors', () => {
    const sectorOf = new Map<string, string>();
    const clashes: string[] = [];
    for (const { term, sector } of all) {
      const prev = sectorOf.get(term);
      if (prev && prev !== sector) clashes.push(`${term}: ${prev} and ${sector}`);
      sectorOf.set(term, sector);
    }
    expect(clashes).toEqual([]);
  });

  it('lists each term once', () => {
    const terms = all.map((x) => x.term);
    expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
  });

  it('agrees with offices.json on the title words both list', () => {
    const path = resolve(ACTORS, 'offices.json');
    if (!existsSync(path)) return;
    const offices = (JSON.parse(readFileSync(path, 'utf8')) as { titles: { terms: string[]; office: string }[] }).titles;
    for (const { terms, office } of offices) {
      for (const t of terms) {
        const mine = all.find((x) => x.term === t);
        if (mine) expect({ term: t, sector: mine.sector, office: mine.office }).toEqual({ term: t, sector: 'GOV', office });
      }
    }
  });

  it('covers the PLOVER sectors with 350+ terms, none of them a country or organisation name', () => {
    expect(all.length).toBeGreaterThanOrEqual(350);
    for (const s of ['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'PRM', 'UAF', 'SPY', 'CVL', 'JRN', 'BUS', 'LAB', 'AGR', 'EDU', 'MED', 'REL', 'ELI', 'CRM', 'SOC', 'REF', 'PRE', 'PTY']) {
      expect(agents.some((a) => a.sector === s), s).toBe(true);
    }
    const names = new Set([...countries.flatMap((c) => countrySurfaces(c)), ...organisations.flatMap((o) => o.names)].map((s) => s.toLowerCase()));
    expect(all.filter((x) => names.has(x.term)).map((x) => x.term)).toEqual([]);
  });
});

describe('what news phrases resolve to', () => {
  const metonyms: [string, Reading][] = [
    ['Kremlin', { kind: 'seat', code: 'RUS', sector: 'GOV' }],
    ['Pentagon', { kind: 'seat', code: 'USA', sector: 'MIL' }],
    ['White House', { kind: 'seat', code: 'USA', sector: 'GOV' }],
    ['State Department', { kind: 'seat', code: 'USA', sector: 'GOV' }],
    ['Capitol Hill', { kind: 'seat', code: 'USA', sector: 'LEG' }],
    ['Zhongnanhai', { kind: 'seat', code: 'CHN', sector: 'GOV' }],
    ['Downing Street', { kind: 'seat', code: 'GBR', sector: 'GOV' }],
    ['Westminster', { kind: 'seat', code: 'GBR', sector: 'LEG' }],
    ['Elysee', { kind: 'seat', code: 'FRA', sector: 'GOV' }],
    ['Élysée', { kind: 'seat', code: 'FRA', sector: 'GOV' }],
    ['Bundestag', { kind: 'seat', code: 'DEU', sector: 'LEG' }],
    ['Knesset', { kind: 'seat', code: 'ISR', sector: 'LEG' }],
    ['Duma', { kind: 'seat', code: 'RUS', sector: 'LEG' }],
    ['Verkhovna Rada', { kind: 'seat', code: 'UKR', sector: 'LEG' }],
    ['Bankova', { kind: 'seat', code: 'UKR', sector: 'GOV' }],
    ['Blue House', { kind: 'seat', code: 'KOR', sector: 'GOV' }],
    ['Lok Sabha', { kind: 'seat', code: 'IND', sector: 'LEG' }],
    ['Majlis', { kind: 'seat', code: 'IRN', sector: 'LEG' }],
    ['Vatican', { kind: 'seat', code: 'VAT', sector: 'GOV' }],
    ['Moscow', { kind: 'capital', code: 'RUS' }],
    ['Washington', { kind: 'capital', code: 'USA' }],
    ['Beijing', { kind: 'capital', code: 'CHN' }],
    ['Kyiv', { kind: 'capital', code: 'UKR' }],
    ['Kiev', { kind: 'capital', code: 'UKR' }],
    ['Jerusalem', { kind: 'capital', code: 'ISR' }],
    ['Tehran', { kind: 'capital', code: 'IRN' }],
    ['New Delhi', { kind: 'capital', code: 'IND' }],
    ['Pyongyang', { kind: 'capital', code: 'PRK' }],
  ];
  it.each(metonyms)('%s → %j', (phrase, expected) => {
    expect(lookup(phrase)).toEqual([expected]);
  });

  const names: [string, Reading][] = [
    ['US', { kind: 'name', code: 'USA' }],
    ['U.S.', { kind: 'name', code: 'USA' }],
    ['America', { kind: 'name', code: 'USA' }],
    ['Britain', { kind: 'name', code: 'GBR' }],
    ['UK', { kind: 'name', code: 'GBR' }],
    ['South Korea', { kind: 'name', code: 'KOR' }],
    ['DPRK', { kind: 'name', code: 'PRK' }],
    ['Ivory Coast', { kind: 'name', code: 'CIV' }],
    ['Burma', { kind: 'name', code: 'MMR' }],
    ['Czech Republic', { kind: 'name', code: 'CZE' }],
    ['Turkey', { kind: 'name', code: 'TUR' }],
    ['Türkiye', { kind: 'name', code: 'TUR' }],
    ['Palestine', { kind: 'name', code: 'PSE' }],
    ['Kosovo', { kind: 'name', code: 'XKX' }],
    ['Taiwan', { kind: 'name', code: 'TWN' }],
    ['Congo', { kind: 'name', code: 'COD' }],
    ['Russians', { kind: 'demonym', code: 'RUS' }],
    ['American', { kind: 'demonym', code: 'USA' }],
    ['British', { kind: 'demonym', code: 'GBR' }],
    ['Chinese', { kind: 'demonym', code: 'CHN' }],
    ['Israelis', { kind: 'demonym', code: 'ISR' }],
    ['Palestinians', { kind: 'demonym', code: 'PSE' }],
    ['Ukrainians', { kind: 'demonym', code: 'UKR' }],
    ['Iranian', { kind: 'demonym', code: 'IRN' }],
    ['Saudi', { kind: 'demonym', code: 'SAU' }],
    ['Emirati', { kind: 'demonym', code: 'ARE' }],
    ['North Korean', { kind: 'demonym', code: 'PRK' }],
    ['French', { kind: 'demonym', code: 'FRA' }],
  ];
  it.each(names)('%s → %j', (phrase, expected) => {
    expect(lookup(phrase)).toEqual([expected]);
  });

  const orgs: [string, string, Partial<OrganisationEntry>][] = [
    ['Hamas', 'HAMAS', { kind: 'armed-group', country: 'PSE', sector: 'REB' }],
    ['Hezbollah', 'HEZBOLLAH', { country: 'LBN', sector: 'REB' }],
    ['Houthis', 'HOUTHIS', { country: 'YEM', sector: 'REB' }],
    ['Islamic State', 'ISIS', { country: null, sector: 'REB' }],
    ['IS', 'ISIS', { country: null, sector: 'REB' }],
    ['al-Shabab', 'SHABAB', { country: 'SOM', sector: 'REB' }],
    ['Rapid Support Forces', 'RSF', { country: 'SDN', sector: 'REB' }],
    ['Wagner', 'WAGNER', { country: 'RUS', sector: 'PRM' }],
    ['UNHCR', 'UNHCR', { kind: 'agency', parent: 'UN' }],
    ['UN refugee agency', 'UNHCR', { parent: 'UN' }],
    ['IAEA', 'IAEA', { parent: 'UN' }],
    ['UN Security Council', 'UNSC', { parent: 'UN' }],
    ['European Parliament', 'EP', { parent: 'EU', sector: 'LEG' }],
    ['NATO', 'NATO', { kind: 'igo', country: null }],
    ['Shanghai Cooperation Organisation', 'SCO', { kind: 'igo' }],
    ['the West', 'WST', { kind: 'bloc', country: null }],
    ['Western powers', 'WST', { kind: 'bloc' }],
    ['rights groups', 'NGO', { kind: 'ngo' }],
    ['press-freedom groups', 'NGO', { kind: 'ngo' }],
    ['Amnesty International', 'AMNESTY', { kind: 'ngo' }],
    ['Revolutionary Guards', 'IRGC', { kind: 'national', country: 'IRN', sector: 'MIL' }],
    ['IDF', 'IDF', { country: 'ISR', sector: 'MIL' }],
    ['FSB', 'FSB', { country: 'RUS', sector: 'SPY' }],
    ['FBI', 'FBI', { country: 'USA', sector: 'COP' }],
    ['TASS', 'TASS', { kind: 'media', country: 'RUS', sector: 'JRN' }],
    ['Xinhua', 'XINHUA', { country: 'CHN', sector: 'JRN' }],
    ['United Russia', 'UNITEDRUS', { kind: 'party', country: 'RUS', sector: 'PTY' }],
    ['Chinese Communist Party', 'CCP', { country: 'CHN', sector: 'PTY' }],
    ['Gazprom', 'GAZPROM', { kind: 'company', country: 'RUS', sector: 'BUS' }],
  ];
  it.each(orgs)('%s → %s %j', (phrase, code, fields) => {
    expect(lookup(phrase)).toEqual([{ kind: 'org', code }]);
    expect(org(code)).toMatchObject(fields);
  });

  const agentWords: [string, string, string | null][] = [
    ['riot police', 'COP', null],
    ['security forces', 'COP', null],
    ['warplanes', 'MIL', null],
    ['troops', 'MIL', null],
    ['foreign policy aide', 'GOV', 'aide'],
    ['spokeswoman', 'GOV', 'spokesperson'],
    ['foreign minister', 'GOV', 'foreign minister'],
    ['diplomats', 'GOV', 'diplomat'],
    ['lawmakers', 'LEG', null],
    ['prosecutors', 'JUD', null],
    ['opposition', 'OPP', null],
    ['rebels', 'REB', null],
    ['militias', 'PRM', null],
    ['gunmen', 'UAF', null],
    ['intelligence services', 'SPY', null],
    ['protesters', 'CVL', null],
    ['journalists', 'JRN', null],
    ['investors', 'BUS', null],
    ['trade unions', 'LAB', null],
    ['farmers', 'AGR', null],
    ['students', 'EDU', null],
    ['health workers', 'MED', null],
    ['clerics', 'REL', null],
    ['former president', 'ELI', null],
    ['smugglers', 'CRM', null],
    ['activists', 'SOC', null],
    ['refugees', 'REF', null],
    ['royal court', 'PRE', null],
    ['ruling party', 'PTY', null],
  ];
  it.each(agentWords)('%s → %s (role %s)', (phrase, sector, role) => {
    expect(lookup(phrase)).toEqual([{ kind: 'agent', sector, role }]);
  });

  // Common words that must not be read as actors: case-sensitive names only match as written.
  const negative = ['us', 'turkey', 'chad', 'georgia', 'jordan', 'guinea', 'niger', 'congress', 'diet', 'the west', 'who', 'is', 'amnesty', 'fed', 'labour', 'quad', 'let', 'jem', 'law and justice', 'peace now', 'chevron', 'security council', 'spy', 'firm', 'press'];
  it.each(negative)('%s is no actor', (phrase) => {
    expect(lookup(phrase)).toEqual([]);
  });
});
