import { describe, expect, it } from 'vitest';
import { actorPredicate, dyadPredicate, formatActorSelector, parseActorSelector, type ActorSelector } from '../../src/analysis/actorSelector.ts';
import { SqlParams } from '../../src/analysis/sql.ts';
import { isEntenteError } from '../../src/errors.ts';

const valid: [string, ActorSelector][] = [
  ['*', { kind: 'any' }],
  ['RUS', { kind: 'country', country: 'RUS' }],
  [' CHN ', { kind: 'country', country: 'CHN' }],
  ['RUS:GOV', { kind: 'countrySector', country: 'RUS', sector: 'GOV' }],
  ['USA:MIL', { kind: 'countrySector', country: 'USA', sector: 'MIL' }],
  ['NATO', { kind: 'org', org: 'NATO' }],
  ['EU', { kind: 'org', org: 'EU' }],
  ['G7', { kind: 'org', org: 'G7' }],
  ['WST', { kind: 'org', org: 'WST' }], // three letters, but the West, not a country
  ['SCO', { kind: 'org', org: 'SCO' }],
  ['ASEAN', { kind: 'org', org: 'ASEAN' }],
  ['putin', { kind: 'id', id: 'putin' }],
  ['xi_jinping', { kind: 'id', id: 'xi_jinping' }],
  ['org:ABC', { kind: 'org', org: 'ABC' }],
  ['country:WST', { kind: 'country', country: 'WST' }],
  ['id:RUS:GOV', { kind: 'id', id: 'RUS:GOV' }],
  ['id:Putin', { kind: 'id', id: 'Putin' }],
];

const invalid = ['', '   ', 'RUS:', ':GOV', 'RUS:GOV:MIL', 'RUS GOV', 'R*S', 'RUS;DROP', 'Rus', 'rus:gov', 'RUSS:GOV', 'RUS:GOVT', 'N', 'org:nato', 'country:RUSS', 'id:', 'id:a b', '**', 'RUS-CHN', "RUS' OR 1=1"];

describe('parseActorSelector', () => {
  it.each(valid)('%j → %j', (input, expected) => {
    expect(parseActorSelector(input)).toEqual(expected);
  });

  it.each(invalid)('rejects %j with E_USAGE naming the option', (input) => {
    try {
      parseActorSelector(input, 'trigger');
      expect.unreachable();
    } catch (e) {
      expect(isEntenteError(e) && e.code).toBe('E_USAGE');
      expect((e as Error).message).toMatch(/^trigger: /);
    }
  });

  it('formats back to a form that parses to the same selector', () => {
    for (const [input, sel] of valid) {
      expect(parseActorSelector(formatActorSelector(sel)), input).toEqual(sel);
    }
  });
});

describe('actorPredicate', () => {
  it('binds every value as a $n parameter and quotes the columns', () => {
    const p = new SqlParams();
    expect(actorPredicate(parseActorSelector('RUS:GOV'), 'source', p)).toBe('("source_country" = $1 AND "source_sector" = $2)');
    expect(actorPredicate(parseActorSelector('NATO'), 'target', p)).toBe('"target_org" = $3');
    expect(actorPredicate(parseActorSelector('putin'), 'target', p)).toBe('"target_id" = $4');
    expect(actorPredicate(parseActorSelector('*'), 'source', p)).toBe('TRUE');
    expect(p.values).toEqual(['RUS', 'GOV', 'NATO', 'putin']);
  });

  it('builds directed and undirected dyads', () => {
    const p = new SqlParams();
    const a = parseActorSelector('RUS');
    const b = parseActorSelector('CHN');
    expect(dyadPredicate(a, b, true, p)).toBe('("source_country" = $1 AND "target_country" = $2)');
    expect(dyadPredicate(a, b, false, p)).toBe(
      '(("source_country" = $3 AND "target_country" = $4) OR ("source_country" = $5 AND "target_country" = $6))',
    );
  });
});
