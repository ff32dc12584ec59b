// The gazetteer's data: every dictionary entry reachable, codes valid, the build bounded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { getGazetteer, MIN_CITY_POPULATION } from '../../src/places/gazetteer.ts';
import { loadPlaceDictionaries } from '../../src/places/placeDictionaries.ts';
import { geocode } from '../../src/places/placeMatcher.ts';
import { foldKey, placeTokens } from '../../src/places/placeTokens.ts';

const dictionaries = loadPlaceDictionaries();
const worldCountries = createRequire(import.meta.url)('world-countries') as { cca3: string }[];
const ISO3 = new Set([...worldCountries.map((c) => c.cca3), 'XKX']);

describe('gazetteer', () => {
  it('is built once and bounded', () => {
    const g = getGazetteer();
    expect(getGazetteer()).toBe(g);
    expect(g.stats.countries).toBeGreaterThan(240);
    expect(g.stats.admin1).toBe(dictionaries.admin1.length);
    expect(g.stats.cities).toBeGreaterThan(20_000);
    expect(g.stats.cities).toBeLessThan(40_000);
    expect(MIN_CITY_POPULATION).toBe(15_000);
  });

  it('admin1.json: valid codes and coordinates with two decimals', () => {
    for (const a of dictionaries.admin1) {
      if (a.country !== null) expect(ISO3.has(a.country), `${a.name}: ${a.country}`).toBe(true);
      expect(Math.abs(a.lat) <= 90 && Math.abs(a.lon) <= 180, a.name).toBe(true);
      expect(Math.round(a.lat * 100) / 100, a.name).toBe(a.lat);
      expect(Math.round(a.lon * 100) / 100, a.name).toBe(a.lon);
    }
  });

  it('admin1.json: every entry geocodes to itself within its country', () => {
    for (const a of dictionaries.admin1) {
      const got = geocode(a.name, a.country);
      expect(got?.name, `${a.name} (${a.country})`).toBe(a.name);
      expect(got?.precision, a.name).toBe(a.kind);
    }
  });

  it('admin1.json: covers the places the coder needs', () => {
    const names = new Set(dictionaries.admin1.map((a) => a.name));
    const states = dictionaries.admin1.filter((a) => a.country === 'USA' && a.kind === 'admin1');
    expect(states.length).toBe(51);
    for (const n of ['Moscow Oblast', 'Kursk Oblast', 'Belgorod Oblast', 'Bryansk Oblast', 'Chechnya', 'Dagestan', 'Crimea',
      'Donetsk Oblast', 'Luhansk Oblast', 'Zaporizhzhia Oblast', 'Kherson Oblast', 'Odesa Oblast', 'Gaza Strip', 'West Bank',
      'Golan Heights', 'East Jerusalem', 'Kurdistan Region', 'Darfur', 'Kordofan', 'Donbas', 'Kashmir', 'Tigray',
      'Nagorno-Karabakh', 'Sahel', 'Black Sea', 'South China Sea', 'Taiwan Strait', 'Korean Peninsula', 'Xinjiang',
      'Ontario', 'Bavaria', 'Scotland', 'Maharashtra', 'Queensland', 'Jalisco', 'São Paulo State', 'Idlib Governorate']) {
      expect(names.has(n), n).toBe(true);
    }
  });

  it('cities.json: every curated city resolves in its country', () => {
    for (const c of dictionaries.cities) {
      for (const name of [c.name, ...c.aliases]) {
        expect(geocode(name, c.country)?.name, `${name} (${c.country})`).toBe(c.name);
      }
    }
  });

  it('names a city\'s admin1 through the seats in admin1.json', () => {
    expect(geocode('Austin')?.admin1).toBe('Texas');
    expect(geocode('Lviv')?.admin1).toBe('Lviv Oblast');
    expect(geocode('Chengdu')?.admin1).toBe('Sichuan');
  });

  it('context.json lists are folded words the tokeniser can produce', () => {
    for (const w of [...dictionaries.context.contextOnly, ...dictionaries.context.neverPlaces]) {
      expect(placeTokens(w).length, w).toBe(1);
    }
  });

  it('dictionary files are plain UTF-8 JSON', () => {
    for (const f of ['admin1', 'cities', 'countries', 'context']) {
      const raw = readFileSync(new URL(`../../dictionaries/places/${f}.json`, import.meta.url), 'utf8');
      expect(() => JSON.parse(raw), f).not.toThrow();
    }
  });
});

describe('placeTokens', () => {
  it.each([
    ["China's northern city", [['China', 'china', true]]],
    ['the U.S. and St. Petersburg', [['U.S.', 'u.s.', false], ['St.', 'st.', false]]],
    ["Côte d'Ivoire", [['Côte', 'cote', false], ["d'Ivoire", "d'ivoire", false]]],
  ] as const)('%s', (text, expected) => {
    const toks = placeTokens(text);
    for (const [word, key, possessive] of expected) {
      const t = toks.find((x) => text.slice(x.start, x.keyEnd) === word);
      expect(t, word).toBeDefined();
      expect(t?.key).toBe(key);
      expect(t?.possessive).toBe(possessive);
    }
  });

  it('folds accents, apostrophes and special letters', () => {
    expect(foldKey('Dar‘ā')).toBe("dar'a");
    expect(foldKey('Łódź')).toBe('lodz');
    expect(foldKey('Kraków')).toBe('krakow');
  });

  it('is fast enough for the coder (well above 10k sentences/s)', () => {
    const sentence = "Putin arrived in China's northern coastal city of Tianjin on Sunday for talks with Xi.";
    getGazetteer();
    const t0 = performance.now();
    for (let i = 0; i < 5000; i++) placeTokens(sentence);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
