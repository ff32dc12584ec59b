// Stage 4b's place finder: capitalised word sequences that name a place in the gazetteer, longest
// first, with exact offsets. Whether a place name is a place or an actor ("Moscow said") is the
// pipeline's call, not this module's. Per sentence the cost is one regex pass plus a few Map lookups
// per capitalised word; nothing here scans the gazetteer.
import type { Location } from '../types.ts';
import { getGazetteer, type Gazetteer, type GazetteerEntry, type Place, type PlaceHints } from './gazetteer.ts';
import { placeTokens, sequenceKey, type PlaceToken } from './placeTokens.ts';

/** A geocoded name without offsets: what `geocode` returns. */
export type GeoPlace = Omit<Location, 'text' | 'start' | 'end'>;

/** What the rest of an article says about where it is: see `documentHints`. */
export interface DocumentPlaceHints {
  /** ISO-3 codes of countries, states and regions the article names. */
  countries: ReadonlySet<string>;
  /** Names of the states and provinces the article names ("Louisiana", "Texas"). */
  admin1: ReadonlySet<string>;
}

interface Match {
  from: number;
  to: number;
  entries: readonly GazetteerEntry[];
  /** "Paris, Texas": the container written after the name. */
  container: Place | null;
}

interface Container {
  place: Place;
  /** Set when the container is an abbreviation the token walk cannot see ("Calif."). */
  abbreviation: { start: number; end: number } | null;
}

const NO_HINTS: PlaceHints = { countries: new Set() };

let abbreviationRe: RegExp | null = null;

/** ", Calif." / ", W.Va." right after a name; built once from admin1.json abbreviations. */
function abbreviationAfter(g: Gazetteer): RegExp {
  if (!abbreviationRe) {
    const forms = [...g.abbreviations.keys()].sort((a, b) => b.length - a.length)
      .map((a) => a.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    abbreviationRe = new RegExp(`,[^\\S\\n]*(${forms.join('|')})(?![\\p{L}])`, 'uy');
  }
  return abbreviationRe;
}

/** Longest gazetteer name starting at token i: "New York City" before "New York". */
function longestAt(g: Gazetteer, text: string, toks: readonly PlaceToken[], i: number): { to: number; entries: GazetteerEntry[] } | null {
  const first = toks[i];
  if (!first) return null;
  const lengths = g.lengthsFrom(first.key);
  if (!lengths) return null;
  for (const length of lengths) {
    const to = i + length - 1;
    const last = toks[to];
    if (!last) continue;
    const key = sequenceKey(toks, i, to);
    if (key === null) continue;
    const found = g.lookup(key);
    if (!found) continue;
    const surface = text.slice(first.start, last.keyEnd);
    // Short all-capital words are acronyms ("UN", "IS") unless the name is listed case-sensitively ("US").
    const acronym = length === 1 && first.allCaps && !first.key.includes('.') && first.key.length <= 3;
    const entries = found.filter((e) => (e.surface === null ? !acronym : e.surface === surface));
    if (entries.length > 0) return { to, entries };
  }
  return null;
}

function containerAfter(g: Gazetteer, text: string, toks: readonly PlaceToken[], to: number): Container | null {
  const last = toks[to];
  if (!last || last.possessive) return null;
  const re = abbreviationAfter(g);
  re.lastIndex = last.end;
  const abbr = re.exec(text);
  if (abbr?.[1]) {
    const place = g.abbreviations.get(abbr[1]);
    const start = last.end + abbr[0].length - abbr[1].length;
    if (place) return { place, abbreviation: { start, end: start + abbr[1].length } };
  }
  const next = toks[to + 1];
  if (!next || next.sep !== ',' || !next.upper) return null;
  const m = longestAt(g, text, toks, to + 1);
  const place = m?.entries.find((e) => e.place.tier <= 1)?.place;
  return place ? { place, abbreviation: null } : null;
}

/** Countries, states, capitals and big cities: names too prominent to be read as someone's surname. */
function prominent(entries: readonly GazetteerEntry[], minPopulation: number): boolean {
  const top = entries[0]?.place;
  return top !== undefined && (top.tier <= 1 || top.capital || top.population >= minPopulation);
}

/** A country, state or region starts at token i ("Greece Italy or Spain", "Maiduguri Borno State"). */
function startsState(g: Gazetteer, text: string, toks: readonly PlaceToken[], i: number): boolean {
  return longestAt(g, text, toks, i)?.entries.some((e) => e.place.tier <= 1) ?? false;
}

/** The context checks that tell a place from a capitalised word that only looks like one: why not, or null. */
function rejection(
  g: Gazetteer, text: string, toks: readonly PlaceToken[], from: number, to: number, key: string,
  entries: readonly GazetteerEntry[], container: Container | null, afterPlace: boolean,
): string | null {
  const w = g.words;
  if (w.neverPlaces.has(key)) return 'never a place';
  const first = toks[from] as PlaceToken;
  const last = toks[to] as PlaceToken;
  const prev = toks[from - 1];
  const next = toks[to + 1];
  const locative = prev !== undefined && !first.initial && w.locativePrepositions.has(prev.key);
  // "Benjamin Franklin", "Real Madrid", "Mr. Lincoln": a capitalised word directly before, unless it
  // is a direction, a function word starting a clause, a date word, a demonym ("Russian Kursk") or
  // the end of the previous place ("Maiduguri Borno State").
  if (prev && first.sep === ' ' && prev.upper && !prev.possessive && !afterPlace &&
    !w.allowedPreceders.has(prev.key) && !g.demonyms.has(prev.key)) return `after capitalised "${prev.key}"`;
  // "University of Kansas", "Bank of England".
  if (prev?.key === 'of' && first.sep === ' ') {
    const head = toks[from - 2];
    if (head?.upper && w.orgHeadsBeforeOf.has(head.key)) return `in "${head.key} of …"`;
  }
  // "Washington Post", "Moscow State University", "St. John's Lutheran School": a capitalised word
  // directly after that does not extend the name, unless it is a title ("Texas Governor"), a date
  // word ("Kyiv Monday"), or follows a prominent possessive ("China's Xi Jinping").
  if (next && next.sep === ' ' && next.upper && !next.initial && !w.nonBlockingFollowers.has(next.key) &&
    !(last.possessive && prominent(entries, 500_000)) && !startsState(g, text, toks, to + 1)) return `before capitalised "${next.key}"`;
  // "Nelson says", "the Obama administration": a small town followed by a reporting verb is a person.
  if (next && (next.sep === ' ' || next.sep === '') && w.reportingVerbs.has(next.key) && !last.possessive &&
    !prominent(entries, 250_000)) return `person before "${next.key}"`;
  // "Reading", "Nice", "Mobile": common words need "in/at/from …" or a container ("Reading, Pa.").
  if (w.contextOnly.has(key) && !locative && !container) return 'common word without locative context';
  // "Tyler", "Nelson", "Obama": surnames that are also towns need the same, unless the place is prominent.
  if (w.personalNames.has(key) && !locative && !container && !prominent(entries, 250_000)) return 'personal name without locative context';
  // "Police said …": a sentence-initial common word is not a place without a container.
  if (first.initial && w.commonWords.has(key) && !container) return 'sentence-initial common word';
  return null;
}

/** The country a match implies for the rest of the sentence, if it is clear enough to hint with. */
function impliedCountry(m: Match): string | null {
  if (m.container) return m.container.country;
  const top = m.entries[0]?.place;
  if (!top || top.country === null) return null;
  if (top.tier <= 1) return top.country;
  const second = m.entries[1]?.place;
  // A city hints only when it is clearly the one meant: unique, or ten times the next candidate.
  if (!second || top.population >= 10 * second.population) return top.country;
  return null;
}

function toGeoPlace(p: Place): GeoPlace {
  return { name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, precision: p.precision };
}

/**
 * Places named in text[start, end) (one sentence), in text order, with offsets into `text`.
 * Other places and demonyms in the same sentence hint the country: "China's northern coastal city
 * of Tianjin", "Paris, Texas". Demonyms themselves ("Russian") are never returned. `document`
 * (from `documentHints` over a first pass) resolves what the sentence leaves open: "Alexandria"
 * in an article that names Louisiana.
 */
export function findPlaces(text: string, start: number, end: number, document?: DocumentPlaceHints): Location[] {
  return scan(text, start, end, document, null);
}

/** Why each capitalised gazetteer name in text[start, end) was or was not taken: for failing tests. */
export function tracePlaces(text: string, start = 0, end = text.length, document?: DocumentPlaceHints): string[] {
  const trace: string[] = [];
  scan(text, start, end, document, trace);
  return trace;
}

function scan(text: string, start: number, end: number, document: DocumentPlaceHints | undefined, trace: string[] | null): Location[] {
  const g = getGazetteer();
  const toks = placeTokens(text, start, end);
  const matches: Match[] = [];
  const abbreviations: { place: Place; start: number; end: number }[] = [];
  for (let i = 0; i < toks.length;) {
    const t = toks[i] as PlaceToken;
    const m = t.upper ? longestAt(g, text, toks, i) : null;
    if (!m) {
      i++;
      continue;
    }
    const key = sequenceKey(toks, i, m.to) ?? '';
    const container = containerAfter(g, text, toks, m.to);
    const afterPlace = matches.length > 0 && (matches[matches.length - 1] as Match).to === i - 1;
    const why = rejection(g, text, toks, i, m.to, key, m.entries, container, afterPlace);
    if (why !== null) {
      trace?.push(`"${text.slice(t.start, (toks[m.to] as PlaceToken).keyEnd)}" skipped: ${why}`);
      i++;
      continue;
    }
    matches.push({ from: i, to: m.to, entries: m.entries, container: container?.place ?? null });
    if (container?.abbreviation && container.abbreviation.end <= end) {
      abbreviations.push({ place: container.place, ...container.abbreviation });
    }
    i = m.to + 1;
  }
  if (matches.length === 0) return [];

  // Country hints: every other match that implies a country, and every demonym in the sentence.
  const demonymCountries = new Set<string>();
  for (const t of toks) {
    const c = t.upper ? g.demonyms.get(t.key) : undefined;
    if (c) demonymCountries.add(c);
  }
  const implied = matches.map(impliedCountry);
  const out: Location[] = [];
  matches.forEach((m, k) => {
    const countries = new Set(demonymCountries);
    implied.forEach((c, j) => {
      if (c !== null && j !== k) countries.add(c);
    });
    const place = g.resolve(m.entries, {
      countries, container: m.container, documentCountries: document?.countries, documentAdmin1: document?.admin1,
    });
    if (!place) return;
    const s = (toks[m.from] as PlaceToken).start;
    trace?.push(`"${text.slice(s, (toks[m.to] as PlaceToken).keyEnd)}" → ${place.name} (${place.country ?? '-'}, ${place.precision}); ` +
      `hints ${[...countries].join(',') || 'none'}${m.container ? `, inside ${m.container.name}` : ''}`);
    const e = (toks[m.to] as PlaceToken).keyEnd;
    out.push({ text: text.slice(s, e), start: s, end: e, ...toGeoPlace(place) });
  });
  for (const a of abbreviations) out.push({ text: text.slice(a.start, a.end), start: a.start, end: a.end, ...toGeoPlace(a.place) });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Article-level hints from places already found in it (a first findPlaces pass): the countries of
 * every country, state or region named, and the names of the states and provinces.
 */
export function documentHints(places: readonly Location[]): DocumentPlaceHints {
  const countries = new Set<string>();
  const admin1 = new Set<string>();
  for (const p of places) {
    if (p.precision === 'city' || p.country === null) continue;
    countries.add(p.country);
    if (p.precision === 'admin1') admin1.add(p.name);
  }
  return { countries, admin1 };
}

function entriesFor(g: Gazetteer, name: string): { key: string; entries: GazetteerEntry[] } | null {
  const trimmed = name.trim();
  const toks = placeTokens(trimmed);
  const key = toks.length > 0 ? sequenceKey(toks, 0, toks.length - 1) : null;
  if (key === null || g.words.neverPlaces.has(key)) return null;
  const found = g.lookup(key);
  const lastTok = toks[toks.length - 1] as PlaceToken;
  const surface = trimmed.slice(0, lastTok.keyEnd);
  const entries = (found ?? []).filter((e) => e.surface === null || e.surface === surface);
  if (entries.length > 0) return { key, entries };
  const abbreviation = g.abbreviations.get(trimmed);
  return abbreviation ? { key, entries: [{ place: abbreviation, surface: trimmed }] } : null;
}

/**
 * Geocodes a name the coder has already found ("Tianjin", "Kiev", "Paris"), optionally within a
 * country (ISO-3). Returns null for unknown names, and for a common word ("Bath") that is only a
 * small town when no country is given.
 */
export function geocode(name: string, countryHint?: string | null): GeoPlace | null {
  const g = getGazetteer();
  const found = entriesFor(g, name);
  if (!found) return null;
  // An explicit country from the caller is a filter, not a hint: geocode("Paris", "USA") is in Texas.
  const inCountry = countryHint ? found.entries.filter((e) => e.place.country === countryHint) : [];
  const place = g.resolve(inCountry.length > 0 ? inCountry : found.entries, NO_HINTS);
  if (!place) return null;
  const commonWord = g.words.contextOnly.has(found.key) || g.words.commonWords.has(found.key);
  if (commonWord && !countryHint && place.tier === 2 && place.population < 100_000) return null;
  return toGeoPlace(place);
}

/** True when the gazetteer knows the name (any tier), whatever its context. */
export function isKnownPlace(name: string): boolean {
  return entriesFor(getGazetteer(), name) !== null;
}
