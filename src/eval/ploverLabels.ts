// The label space the plv set is scored in: PLOVER roots as the Zero-Shot-PLOVER data writes them
// (15 classes, with the older YIELD), plus NONE for "no event coded for the gold pair".
// Old and 2.0 labels are mapped onto it here, once (README of ../shared/eval, DOMAIN.md):
//   DEMAND → REQUEST · DISAPPROVE, INVESTIGATE → ACCUSE · FIGHT → ASSAULT
//   CONCEDE (verbal yielding), RETREAT (material yielding) → YIELD
// Slashed labels of the PLOVER gold file ("REQUEST/DEMAND", "ASSAULT/FIGHT") map part by part.
import type { PloverType } from '../types.ts';

export const PLV_LABELS = [
  'AGREE', 'CONSULT', 'SUPPORT', 'YIELD',
  'COOPERATE', 'AID',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PlvLabel = (typeof PLV_LABELS)[number];

/** Prediction when no coded event covers the gold source–target pair. Always wrong. */
export const NONE = 'NONE';

const RENAMED: Readonly<Record<string, PlvLabel>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
  CONCEDE: 'YIELD',
  RETREAT: 'YIELD',
};

const KNOWN = new Set<string>(PLV_LABELS);

function labelOfPart(part: string): PlvLabel | null {
  const upper = part.trim().toUpperCase();
  if (KNOWN.has(upper)) return upper as PlvLabel;
  return RENAMED[upper] ?? null;
}

/** Maps a gold label (old or new PLOVER) to the evaluation label; null when it is none of them. */
export function normalizePlvLabel(raw: string): PlvLabel | null {
  const parts = raw.split('/').map(labelOfPart);
  const first = parts[0];
  if (first == null || parts.some((p) => p !== first)) return null;
  return first;
}

const LABEL_OF_TYPE: Readonly<Record<PloverType, PlvLabel>> = {
  AGREE: 'AGREE', CONSULT: 'CONSULT', SUPPORT: 'SUPPORT', CONCEDE: 'YIELD',
  COOPERATE: 'COOPERATE', AID: 'AID', RETREAT: 'YIELD',
  REQUEST: 'REQUEST', ACCUSE: 'ACCUSE', REJECT: 'REJECT', THREATEN: 'THREATEN',
  PROTEST: 'PROTEST', SANCTION: 'SANCTION', MOBILIZE: 'MOBILIZE', COERCE: 'COERCE', ASSAULT: 'ASSAULT',
};

/** The evaluation label of a type Entente codes: CONCEDE and RETREAT count as YIELD. */
export function plvLabelOfType(type: PloverType): PlvLabel {
  return LABEL_OF_TYPE[type];
}
