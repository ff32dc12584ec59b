// What must not come out as a place.
import { describe, it } from 'vitest';
import { expectNoPlace } from './expectPlace.ts';

// [sentence, the name that must not be a place (undefined: nothing in the sentence is)]
const NOT_PLACES: [string, string | undefined][] = [
  ['The Washington Post reported the leak.', undefined],
  ['The New York Times and the Los Angeles Times disagreed.', undefined],
  ['Moscow State University hosted the event.', undefined],
  ['Paris Saint-Germain won the match.', undefined],
  ['Jordan Henderson scored twice.', undefined],
  ['Benjamin Franklin wrote many letters.', undefined],
  ['Reading the report took hours.', undefined],
  ['Nice work by the whole team.', undefined],
  ['Mobile phones are banned in class.', undefined],
  ['Split decisions are rare.', undefined],
  ['Police said the suspect fled on foot.', undefined],
  ['Most analysts expect a deal.', undefined],
  ['Russian officials said Chinese diplomats agreed.', undefined],
  ['Israelis and Palestinians protested.', undefined],
  ['paris and london are written in lower case here.', undefined],
  ['The talks are set for March 3 and May 5.', undefined],
  ['Mr. Lincoln said the plan would work.', undefined],
  ['Nelson says the plan would work.', undefined],
  ['The Obama administration agreed.', undefined],
  ['The UN and IS were both mentioned.', undefined],
  ['We will go there tomorrow.', undefined],
  ['University of Kansas researchers found a link.', undefined],
  ['The Bank of England raised rates.', undefined],
  ['The bottom line is clear.', undefined],
  ['Ukrainian forces advanced.', 'Ukrainian'],
  ['Pro-Kremlin media praised the White House.', undefined],
];

describe('findPlaces negatives', () => {
  it.each(NOT_PLACES)('%s', (sentence, name) => expectNoPlace(sentence, name));
});
