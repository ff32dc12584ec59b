// Actor selectors: the one syntax every analytics function and command uses to name a side of a dyad.
//   '*'          any actor (also events whose side is unknown)
//   'RUS'        a country (ISO-3): every actor with that country, whatever its sector
//   'RUS:GOV'    a country and a PLOVER sector
//   'NATO', 'EU', 'G7', 'WST'   an organisation or bloc code, matched on *_org
//   'putin'      an actor id (lower-case first letter), matched on *_id
//   'org:X', 'id:X', 'country:X'  explicit forms for codes the shorthand would read otherwise
// Three-letter upper-case codes are countries unless they are one of the organisation codes Entente
// uses (DOMAIN.md): 'WST' is the West, 'SCO' the Shanghai Cooperation Organisation.
import { EntenteError } from '../errors.ts';
import { col, type SqlParams } from './sql.ts';

export type ActorSelector =
  | { kind: 'any' }
  | { kind: 'country'; country: string }
  | { kind: 'countrySector'; country: string; sector: string }
  | { kind: 'org'; org: string }
  | { kind: 'id'; id: string };

export type Side = 'source' | 'target';

/** Organisation codes of three letters, which would otherwise read as countries. */
const THREE_LETTER_ORGS = new Set(['WST', 'NGO', 'SCO', 'GCC', 'ICC', 'IMF', 'WFP', 'WHO', 'OAS', 'CIS']);

const COUNTRY = /^[A-Z]{3}$/;
const SECTOR = /^[A-Z]{3}$/;
const ORG = /^[A-Z][A-Z0-9]{1,9}$/;
const ID = /^[a-z][a-z0-9_.-]*$/;
const EXPLICIT = /^(org|id|country):(.+)$/;

const SYNTAX = "use '*', a country (RUS), country:sector (RUS:GOV), an organisation (NATO, EU, WST), an actor id (putin), or org:/id:/country: forms";

export function parseActorSelector(input: string, option = 'actor'): ActorSelector {
  const s = input.trim();
  const fail = (why: string): never => {
    throw new EntenteError('E_USAGE', `${option}: ${why} in actor selector '${input}'; ${SYNTAX}`, { option, value: input });
  };
  if (s === '') return fail('empty selector');
  if (s === '*') return { kind: 'any' };

  const explicit = EXPLICIT.exec(s);
  if (explicit) {
    const [, kind, value = ''] = explicit;
    if (kind === 'org') return ORG.test(value) ? { kind: 'org', org: value } : fail('bad organisation code');
    if (kind === 'country') return COUNTRY.test(value) ? { kind: 'country', country: value } : fail('bad country code');
    // An explicit id may be any non-blank token: 'id:RUS:GOV' matches the collective-actor id itself.
    return /^[^\s*]+$/.test(value) ? { kind: 'id', id: value } : fail('bad actor id');
  }

  const parts = s.split(':');
  if (parts.length === 2) {
    const [country = '', sector = ''] = parts;
    if (!COUNTRY.test(country)) return fail(`'${country}' is not a three-letter country code`);
    if (!SECTOR.test(sector)) return fail(`'${sector}' is not a three-letter sector code`);
    return { kind: 'countrySector', country, sector };
  }
  if (parts.length > 2) return fail('too many colons');

  if (COUNTRY.test(s) && !THREE_LETTER_ORGS.has(s)) return { kind: 'country', country: s };
  if (ORG.test(s)) return { kind: 'org', org: s };
  if (ID.test(s)) return { kind: 'id', id: s };
  return fail('unrecognised characters or case');
}

/** The selector written back in its canonical text form. */
export function formatActorSelector(sel: ActorSelector): string {
  switch (sel.kind) {
    case 'any':
      return '*';
    case 'country':
      return THREE_LETTER_ORGS.has(sel.country) ? `country:${sel.country}` : sel.country;
    case 'countrySector':
      return `${sel.country}:${sel.sector}`;
    case 'org':
      return THREE_LETTER_ORGS.has(sel.org) || !COUNTRY.test(sel.org) ? sel.org : `org:${sel.org}`;
    case 'id':
      return ID.test(sel.id) ? sel.id : `id:${sel.id}`;
  }
}

/**
 * A parameterised SQL predicate matching `sel` on one side of an event. For '*' it is TRUE. The result
 * may be NULL when the column is NULL; callers that negate it must wrap it with `COALESCE(…, FALSE)`.
 */
export function actorPredicate(sel: ActorSelector, side: Side, p: SqlParams): string {
  switch (sel.kind) {
    case 'any':
      return 'TRUE';
    case 'country':
      return `${col(`${side}_country`)} = ${p.add(sel.country)}`;
    case 'countrySector':
      return `(${col(`${side}_country`)} = ${p.add(sel.country)} AND ${col(`${side}_sector`)} = ${p.add(sel.sector)})`;
    case 'org':
      return `${col(`${side}_org`)} = ${p.add(sel.org)}`;
    case 'id':
      return `${col(`${side}_id`)} = ${p.add(sel.id)}`;
  }
}

/** Events between `a` and `b`: a→b when directed, either way otherwise. */
export function dyadPredicate(a: ActorSelector, b: ActorSelector, directed: boolean, p: SqlParams): string {
  const forward = `(${actorPredicate(a, 'source', p)} AND ${actorPredicate(b, 'target', p)})`;
  if (directed) return forward;
  return `(${forward} OR (${actorPredicate(b, 'source', p)} AND ${actorPredicate(a, 'target', p)}))`;
}
