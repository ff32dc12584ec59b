// CAMEO codes as they arrive from GDELT and ICEWS, mapped onto PLOVER types for imported events.
// The mapping follows the CAMEO root (the first two digits) with the sub-codes whose meaning belongs to
// another PLOVER type listed first. Root 01 (public statements) has no PLOVER type: those rows are
// skipped and counted. QuadClass follows Entente's pentacode convention (DOMAIN.md).
import type { PloverType, QuadClass } from '../../types.ts';

export interface PloverCode {
  type: PloverType;
  mode: string | null;
}

// Sub-code prefixes that leave their root's default type. Longest prefix wins.
const BY_PREFIX: Array<[string, PloverType, string | null]> = [
  ['0311', 'AGREE', null], // intend to cooperate economically
  ['036', 'AGREE', null], // express intent to meet or negotiate
  ['057', 'AGREE', null], // sign formal agreement
  ['0871', 'RETREAT', 'ceasefire'],
  ['0872', 'RETREAT', 'access'],
  ['0873', 'RETREAT', 'disarm'],
  ['0874', 'RETREAT', 'withdraw'],
  ['084', 'RETREAT', 'release'],
  ['0841', 'RETREAT', 'release'],
  ['0842', 'RETREAT', 'release'],
  ['081', 'RETREAT', null],
  ['0431', 'CONSULT', 'visit'],
  ['042', 'CONSULT', 'visit'],
  ['043', 'CONSULT', 'visit'],
  ['045', 'CONSULT', 'third-party'],
  ['046', 'CONSULT', null],
  ['093', 'ACCUSE', 'investigate'],
  ['09', 'ACCUSE', 'investigate'],
  ['112', 'ACCUSE', 'allege'],
  ['1121', 'ACCUSE', 'allege'],
  ['163', 'SANCTION', null],
  ['172', 'COERCE', 'restrict'],
  ['173', 'COERCE', 'arrest'],
  ['174', 'COERCE', 'deport'],
  ['175', 'COERCE', null],
  ['176', 'COERCE', 'cyber'],
  ['181', 'ASSAULT', 'abduct'],
  ['182', 'ASSAULT', 'beat'],
  ['1821', 'ASSAULT', 'sexual'],
  ['1822', 'ASSAULT', 'torture'],
  ['183', 'ASSAULT', 'explosives'],
  ['1831', 'ASSAULT', 'explosives'],
  ['1832', 'ASSAULT', 'suicide-attack'],
  ['1833', 'ASSAULT', 'explosives'],
  ['184', 'ASSAULT', 'primitive'],
  ['185', 'ASSAULT', 'targeted'],
  ['186', 'ASSAULT', 'targeted'],
  ['190', 'ASSAULT', null],
  ['191', 'COERCE', 'restrict'],
  ['192', 'COERCE', 'seize'],
  ['193', 'ASSAULT', 'firearms'],
  ['194', 'ASSAULT', 'heavy-weapons'],
  ['195', 'ASSAULT', 'aerial'],
  ['1951', 'ASSAULT', 'aerial'],
  ['1952', 'ASSAULT', 'drone'],
  ['196', 'ASSAULT', 'firearms'],
  ['20', 'ASSAULT', 'unconventional'],
];
BY_PREFIX.sort((a, b) => b[0].length - a[0].length);

const BY_ROOT: Record<string, PloverType> = {
  '02': 'REQUEST',
  '03': 'AGREE',
  '04': 'CONSULT',
  '05': 'SUPPORT',
  '06': 'COOPERATE',
  '07': 'AID',
  '08': 'CONCEDE',
  '09': 'ACCUSE',
  '10': 'REQUEST',
  '11': 'ACCUSE',
  '12': 'REJECT',
  '13': 'THREATEN',
  '14': 'PROTEST',
  '15': 'MOBILIZE',
  '16': 'SANCTION',
  '17': 'COERCE',
  '18': 'ASSAULT',
  '19': 'ASSAULT',
  '20': 'ASSAULT',
};

/** Normalise a CAMEO code as found in files ("42", "042", "0431") to its canonical zero-padded form. */
export function normaliseCameo(raw: string): string | null {
  const s = raw.trim();
  if (!/^\d{2,4}$/.test(s)) return null;
  // GDELT and ICEWS write codes like 42 for 042 when a spreadsheet has been through them.
  return s.length === 2 && Number(s) > 20 ? `0${s}` : s;
}

export function cameoToPlover(code: string): PloverCode | null {
  const root = code.slice(0, 2);
  if (root === '01' || !BY_ROOT[root]) return null;
  for (const [prefix, type, mode] of BY_PREFIX) if (code.startsWith(prefix)) return { type, mode };
  return { type: BY_ROOT[root] as PloverType, mode: null };
}

/** QuadClass by Entente's convention: 01 → 1 (pentacode 0), 02–05 → 1, 06–08 → 2, 09–13 and 16 → 3, else 4. */
export function quadClassOf(code: string): QuadClass {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13 || root === 16) return 3;
  return 4;
}

// Root-level Goldstein values (DOMAIN.md), for imports that carry none.
const GOLDSTEIN_ROOT: Record<string, number> = {
  '01': 0, '02': 3, '03': 4, '04': 1, '05': 3.5, '06': 6, '07': 7, '08': 5, '09': -2, '10': -5,
  '11': -2, '12': -4, '13': -6, '14': -6.5, '15': -7.2, '16': -4, '17': -7, '18': -9, '19': -10, '20': -10,
};

export function rootGoldstein(code: string): number {
  return GOLDSTEIN_ROOT[code.slice(0, 2)] ?? 0;
}
