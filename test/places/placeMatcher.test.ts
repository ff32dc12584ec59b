import { describe, expect, it } from 'vitest';
import { documentHints, findPlaces, geocode, isKnownPlace } from '../../src/places/placeMatcher.ts';
import { expectPlace, type ExpectedPlace } from './expectPlace.ts';

// [sentence, a place it must contain]
const FOUND: [string, ExpectedPlace][] = [
  ["Putin arrived in China's northern coastal city of Tianjin on Sunday.", { text: 'Tianjin', country: 'CHN', precision: 'city', lat: 39.1 }],
  ["Putin arrived in China's northern coastal city of Tianjin on Sunday.", { text: 'China', country: 'CHN', precision: 'country' }],
  ['Putin and Trump held talks in Alaska in August.', { text: 'Alaska', country: 'USA', precision: 'admin1', admin1: 'Alaska' }],
  ['Missiles struck Kyiv overnight.', { text: 'Kyiv', country: 'UKR', precision: 'city', lat: 50.45 }],
  ['Officials in Kiev said the talks would resume.', { text: 'Kiev', name: 'Kyiv', country: 'UKR', precision: 'city' }],
  ['Aid trucks entered the Gaza Strip on Monday.', { text: 'Gaza Strip', country: 'PSE', precision: 'region' }],
  ['Shelling hit Donetsk again.', { text: 'Donetsk', country: 'UKR', precision: 'city' }],
  ['Macron hosted the summit in Paris.', { text: 'Paris', country: 'FRA', precision: 'city', lat: 48.85 }],
  ['Lawmakers in Washington rejected the bill.', { text: 'Washington', country: 'USA', precision: 'city', lat: 38.9 }],
  ['She moved to New York City last year.', { text: 'New York City', country: 'USA', precision: 'city', admin1: 'New York State' }],
  ['She grew up in Paris, Texas, before the war.', { text: 'Paris', country: 'USA', admin1: 'Texas', lat: 33.66 }],
  ['She grew up in Paris, Texas, before the war.', { text: 'Texas', country: 'USA', precision: 'admin1' }],
  ['Drones attacked the Kursk region and Belgorod.', { text: 'Kursk region', name: 'Kursk Oblast', country: 'RUS', precision: 'admin1' }],
  ['Drones attacked the Kursk region and Belgorod.', { text: 'Belgorod', country: 'RUS', precision: 'city', admin1: 'Belgorod Oblast' }],
  ['Russia annexed Crimea in 2014.', { text: 'Crimea', country: 'UKR', precision: 'admin1' }],
  ['Israel has held the Golan Heights since 1967.', { text: 'Golan Heights', country: 'SYR', precision: 'region' }],
  ['Tankers crossed the Strait of Hormuz under escort.', { text: 'Strait of Hormuz', country: null, precision: 'region' }],
  ['Houthi attacks in the Red Sea disrupted shipping.', { text: 'Red Sea', country: null, precision: 'region' }],
  ['The U.S. and the UK warned Iran.', { text: 'U.S.', name: 'United States', country: 'USA', precision: 'country' }],
  ['The U.S. and the UK warned Iran.', { text: 'UK', name: 'United Kingdom', country: 'GBR', precision: 'country' }],
  ['The leaders met in St. Petersburg.', { text: 'St. Petersburg', name: 'Saint Petersburg', country: 'RUS', precision: 'city' }],
  ['A fire broke out in Alexandria, La., on Friday.', { text: 'Alexandria', country: 'USA', admin1: 'Louisiana' }],
  ['A fire broke out in Alexandria, La., on Friday.', { text: 'La.', name: 'Louisiana', country: 'USA', precision: 'admin1' }],
  ['Officials in Reading, Pa., approved the budget.', { text: 'Reading', country: 'USA', admin1: 'Pennsylvania' }],
  ["Russia struck Ukraine's second city, Kharkiv, with glide bombs.", { text: 'Kharkiv', country: 'UKR', admin1: 'Kharkiv Oblast' }],
  ["Ukraine's Kharkiv came under fire.", { text: 'Kharkiv', country: 'UKR' }],
  ['Georgia officials met in Atlanta on Tuesday.', { text: 'Georgia', country: 'USA', precision: 'admin1' }],
  ['Russian troops entered Georgia in 2008.', { text: 'Georgia', country: 'GEO', precision: 'country' }],
  ['Fighting continued in Nagorno-Karabakh and the Donbas.', { text: 'Nagorno-Karabakh', country: 'AZE', precision: 'region' }],
  ['Fighting continued in Nagorno-Karabakh and the Donbas.', { text: 'Donbas', country: 'UKR', precision: 'region' }],
  ['Paramilitaries besieged El Fasher in North Darfur.', { text: 'El Fasher', country: 'SDN', precision: 'city' }],
  ['Paramilitaries besieged El Fasher in North Darfur.', { text: 'North Darfur', country: 'SDN', precision: 'admin1' }],
  ['Talks were held in Bosnia and Herzegovina.', { text: 'Bosnia and Herzegovina', country: 'BIH', precision: 'country' }],
  ["He visited Côte d'Ivoire and Kraków.", { text: "Côte d'Ivoire", country: 'CIV' }],
  ["He visited Côte d'Ivoire and Kraków.", { text: 'Kraków', country: 'POL', precision: 'city' }],
  ['Protesters gathered in Texas Governor Greg Abbott\'s capital.', { text: 'Texas', country: 'USA' }],
  ['Troops massed along Southern Lebanon and Northern Syria.', { text: 'Southern Lebanon', country: 'LBN', precision: 'region' }],
  ['Troops massed along Southern Lebanon and Northern Syria.', { text: 'Syria', country: 'SYR', precision: 'country' }],
  ['BEIRUT (Reuters) - Strikes hit the city.', { text: 'BEIRUT', name: 'Beirut', country: 'LBN' }],
  ['The meeting in Maiduguri Borno State was cancelled.', { text: 'Borno State', name: 'Borno', country: 'NGA' }],
];

describe('findPlaces', () => {
  it.each(FOUND)('%s → %o', (sentence, expected) => expectPlace(sentence, expected));

  it('takes the longest name and returns exact offsets into the whole text', () => {
    const text = 'Intro. She moved to New York City last year. Outro in Paris.';
    const start = text.indexOf('She');
    const end = text.indexOf('Outro');
    const places = findPlaces(text, start, end);
    expect(places.map((p) => [p.text, p.start, p.end])).toEqual([['New York City', 20, 33]]);
    expect(text.slice(20, 33)).toBe('New York City');
  });

  it('uses article hints for what the sentence leaves open', () => {
    const sentence = 'Police in Alexandria arrested a man.';
    expectPlace(sentence, { text: 'Alexandria', country: 'EGY' });
    const article = 'The Louisiana sheriff spoke.';
    const hints = documentHints(findPlaces(article, 0, article.length));
    expectPlace(sentence, { text: 'Alexandria', country: 'USA', admin1: 'Louisiana' }, hints);
  });
});

// [name, country hint, expected geocode (partial) or null]
const GEOCODED: [string, string | null, Record<string, unknown> | null][] = [
  ['Tianjin', null, { name: 'Tianjin', country: 'CHN', precision: 'city' }],
  ['Alaska', null, { country: 'USA', precision: 'admin1' }],
  ['Kyiv', null, { name: 'Kyiv', country: 'UKR' }],
  ['Kiev', null, { name: 'Kyiv', country: 'UKR' }],
  ['Gaza Strip', null, { country: 'PSE', precision: 'region' }],
  ['Donetsk', null, { country: 'UKR' }],
  ['Paris', null, { country: 'FRA', precision: 'city' }],
  ['Paris', 'USA', { country: 'USA', precision: 'city' }],
  ['Washington', null, { country: 'USA', precision: 'city' }],
  ['New York City', null, { country: 'USA' }],
  ['Georgia', null, { country: 'GEO', precision: 'country' }],
  ['Georgia', 'USA', { country: 'USA', precision: 'admin1' }],
  ['Crimea', null, { country: 'UKR' }],
  ['Kursk region', null, { name: 'Kursk Oblast', country: 'RUS' }],
  ['Russian Federation', null, { name: 'Russia', country: 'RUS', precision: 'country' }],
  ['Kosovo', null, { country: 'XKX' }],
  ['Calif.', null, { name: 'California', country: 'USA' }],
  ['Bath', null, null],
  ['Bath', 'GBR', { country: 'GBR' }],
  ['Narnia', null, null],
  ['us', null, null],
];

describe('geocode', () => {
  it.each(GEOCODED)('%s (%s) → %o', (name, hint, expected) => {
    const got = geocode(name, hint);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatchObject(expected);
  });

  it('gives Tianjin its real coordinates', () => {
    const t = geocode('Tianjin');
    expect(t?.lat).toBeCloseTo(39.1, 0);
    expect(t?.lon).toBeCloseTo(117.2, 0);
  });
});

describe('isKnownPlace', () => {
  it.each([
    ['Tianjin', true], ['Golan Heights', true], ['South China Sea', true], ['U.S.', true],
    ['Russian', false], ['Washington Post', false], ['Narnia', false], ['March', false],
  ] as const)('%s → %s', (name, known) => expect(isKnownPlace(name)).toBe(known));
});
