import { describe, expect, it } from 'vitest';
import { bucketStart, dayOf, isoOf, nextBucket, parseDateRange, parseDuration } from '../../src/analysis/dates.ts';
import { parseEventSpec } from '../../src/analysis/eventSpec.ts';

describe('parseDuration', () => {
  it.each([
    ['14d', 14],
    ['2w', 14],
    ['30', 30],
    [' 7D ', 7],
    [3, 3],
  ] as const)('%j → %d days', (input, days) => expect(parseDuration(input, 'within')).toBe(days));

  it.each(['', '0d', '-3d', '1.5d', '1m', '14x', 'd', 'two weeks', '2w3d'])('rejects %j naming the option', (input) => {
    expect(() => parseDuration(input, 'window')).toThrow(/^window: expected a positive duration/);
  });
});

describe('dates', () => {
  it('validates dates and ranges', () => {
    expect(parseDateRange('2024-01-01', '2024-12-31')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(() => parseDateRange('2024-02-30', undefined)).toThrow(/^from: expected a date/);
    expect(() => parseDateRange(undefined, '24-01-01')).toThrow(/^to: expected a date/);
    expect(() => parseDateRange('2024-05-01', '2024-04-01')).toThrow(/from \(2024-05-01\) is after to \(2024-04-01\)/);
  });

  it('truncates to ISO weeks (Monday) and months', () => {
    const wed = dayOf('2024-01-10');
    expect(isoOf(bucketStart(wed, 'week'))).toBe('2024-01-08');
    expect(isoOf(bucketStart(dayOf('2024-01-07'), 'week'))).toBe('2024-01-01'); // Sunday → the Monday before
    expect(isoOf(bucketStart(dayOf('1969-12-31'), 'week'))).toBe('1969-12-29');
    expect(isoOf(bucketStart(wed, 'month'))).toBe('2024-01-01');
    expect(isoOf(nextBucket(dayOf('2024-01-01'), 'month'))).toBe('2024-02-01');
    expect(isoOf(nextBucket(dayOf('2024-12-01'), 'month'))).toBe('2025-01-01');
  });
});

describe('parseEventSpec', () => {
  it.each([
    ['RUS-USA:CONSULT', { a: 'RUS', b: 'USA', directed: false, types: ['CONSULT'] }],
    ['RUS>USA:CONSULT', { a: 'RUS', b: 'USA', directed: true, types: ['CONSULT'] }],
    ['RUS-*:CONSULT,AGREE', { a: 'RUS', b: '*', directed: false, types: ['AGREE', 'CONSULT'] }],
    ['*-*:ASSAULT', { a: '*', b: '*', directed: false, types: ['ASSAULT'] }],
    ['RUS-CHN:*', { a: 'RUS', b: 'CHN', directed: false, types: null }],
    ['RUS:GOV-CHN', { a: 'RUS:GOV', b: 'CHN', directed: false, types: null }],
    ['RUS:GOV>USA:GOV:SANCTION', { a: 'RUS:GOV', b: 'USA:GOV', directed: true, types: ['SANCTION'] }],
    ['NATO-RUS:threaten', { a: 'NATO', b: 'RUS', directed: false, types: ['THREATEN'] }],
  ])('%s', (input, expected) => {
    const s = parseEventSpec(input, 'trigger');
    expect({ a: fmt(s.a), b: fmt(s.b), directed: s.directed, types: s.types }).toEqual(expected);
  });

  it.each(['', 'RUS', 'RUS:CONSULT', 'RUS-USA-CHN:CONSULT', 'RUS>USA>CHN', 'RUS-USA:CONSLT', 'RUS-:CONSULT', 'Rus-USA'])(
    'rejects %j',
    (input) => expect(() => parseEventSpec(input, 'response')).toThrow(/^response: /),
  );
});

function fmt(sel: { kind: string } & Record<string, unknown>): string {
  if (sel.kind === 'any') return '*';
  if (sel.kind === 'countrySector') return `${sel.country}:${sel.sector}`;
  return String(sel.country ?? sel.org ?? sel.id);
}
