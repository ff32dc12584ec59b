// The one place Entente maps codes to pentacodes (DOMAIN.md, "Entente:" convention):
//   CAMEO root 01 → 0 (public statement, neutral)
//   02–05 → 1 verbal cooperation · 06–08 → 2 material cooperation
//   09–13 and 16 → 3 verbal conflict · 14, 15, 17–20 → 4 material conflict
// PLOVER types carry no "statement" class, so their pentacode is their QuadClass (DOMAIN.md's table);
// the old label YIELD sits with CAMEO 08 (yield) in material cooperation.
import type { PloverType } from '../types.ts';

export type Pentacode = 0 | 1 | 2 | 3 | 4;

const ROOT_PENTACODE: Readonly<Record<number, Pentacode>> = {
  1: 0,
  2: 1, 3: 1, 4: 1, 5: 1,
  6: 2, 7: 2, 8: 2,
  9: 3, 10: 3, 11: 3, 12: 3, 13: 3, 16: 3,
  14: 4, 15: 4, 17: 4, 18: 4, 19: 4, 20: 4,
};

/** Pentacode of a CAMEO code string ("040", "1823", "14"); null when it is not a CAMEO code. */
export function pentacodeOfCameo(cameo: string): Pentacode | null {
  const trimmed = cameo.trim();
  if (!/^\d{2,4}$/.test(trimmed)) return null;
  return ROOT_PENTACODE[Number(trimmed.slice(0, 2))] ?? null;
}

const PLOVER_PENTACODE: Readonly<Record<PloverType | 'YIELD', Pentacode>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2, YIELD: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

/** Pentacode (= QuadClass) of a PLOVER type or of the evaluation label YIELD; null for anything else. */
export function pentacodeOfPlover(label: string): Pentacode | null {
  return (PLOVER_PENTACODE as Readonly<Record<string, Pentacode>>)[label] ?? null;
}

/** Cooperation (1, 2) against conflict (3, 4); 0 is neither. */
export function polarityOfPentacode(p: Pentacode): -1 | 0 | 1 {
  if (p === 0) return 0;
  return p <= 2 ? 1 : -1;
}
