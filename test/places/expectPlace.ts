// One assertion helper per idea: a place found in a sentence, a name that must not be one.
import { expect } from 'vitest';
import { findPlaces, tracePlaces, type DocumentPlaceHints } from '../../src/places/placeMatcher.ts';
import type { Location } from '../../src/types.ts';

export interface ExpectedPlace {
  /** The words as written in the sentence. */
  text: string;
  country: string | null;
  precision?: Location['precision'];
  /** Canonical name, when it differs from the text ("Kiev" → "Kyiv"). */
  name?: string;
  admin1?: string | null;
  /** Latitude to within half a degree. */
  lat?: number;
}

function explain(sentence: string, document?: DocumentPlaceHints): string {
  return `\n  in: ${sentence}\n  trace:\n    ${tracePlaces(sentence, 0, sentence.length, document).join('\n    ') || '(no gazetteer names)'}`;
}

export function expectPlace(sentence: string, expected: ExpectedPlace, document?: DocumentPlaceHints): void {
  const found = findPlaces(sentence, 0, sentence.length, document);
  const place = found.find((p) => p.text === expected.text);
  expect(place, `no place "${expected.text}"${explain(sentence, document)}`).toBeDefined();
  if (!place) return;
  const why = explain(sentence, document);
  expect(sentence.slice(place.start, place.end), `offsets of "${expected.text}"`).toBe(expected.text);
  expect(place.country, `country of "${expected.text}"${why}`).toBe(expected.country);
  if (expected.precision) expect(place.precision, `precision of "${expected.text}"${why}`).toBe(expected.precision);
  if (expected.name) expect(place.name, `name of "${expected.text}"`).toBe(expected.name);
  if (expected.admin1 !== undefined) expect(place.admin1, `admin1 of "${expected.text}"`).toBe(expected.admin1);
  if (expected.lat !== undefined) expect(Math.abs((place.lat ?? Infinity) - expected.lat), `lat of "${expected.text}"`).toBeLessThan(0.5);
}

/** `name` is not returned as a place (or, without a name, nothing in the sentence is). */
export function expectNoPlace(sentence: string, name?: string): void {
  const found = findPlaces(sentence, 0, sentence.length);
  const hits = name === undefined ? found : found.filter((p) => p.text.includes(name) || name.includes(p.text));
  expect(hits.map((p) => `${p.text} → ${p.name} (${p.country})`), `unexpected place${explain(sentence)}`).toEqual([]);
}
