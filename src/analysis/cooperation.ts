// The net cooperation index and the sign an edge gets from it.
//   coop = events of QuadClass 1 or 2, conflict = QuadClass 3 or 4,
//   index = (coop − conflict) / (coop + conflict), in [−1, 1]; null when both are 0.
// Entente codes neutral statements (CAMEO 01) as QuadClass 1 (DOMAIN.md), so they count as cooperation.

export function netCooperation(coop: number, conflict: number): number | null {
  const total = coop + conflict;
  return total === 0 ? null : (coop - conflict) / total;
}

/** '+' amity, '-' enmity, '0' mixed/neutral, or too few events to say. */
export type EdgeSign = '+' | '-' | '0' | 'insufficient';

/** Default half-width of the neutral band: |index| ≤ 0.1 (coop and conflict within 55:45) is neither. */
export const DEFAULT_SIGN_THRESHOLD = 0.1;

export function edgeSign(events: number, index: number | null, minEvents: number, threshold: number): EdgeSign {
  if (events < minEvents || index === null) return 'insufficient';
  if (index > threshold) return '+';
  if (index < -threshold) return '-';
  return '0';
}
