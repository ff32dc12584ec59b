// Dittmer's (1981) strategic triangle and Heider's structural balance, from the signs of three edges.
//   ménage à trois (+,+,+)   balanced
//   romantic triangle (+,+,−): the pivot is on good terms with two wings who are at odds — unbalanced
//   stable marriage (+,−,−): one friendly pair, both hostile to the outsider — balanced
//   unit veto (−,−,−)        unbalanced
// An edge that is neutral ('0') or has too few events makes the whole triangle indeterminate: the
// classes are defined only for amity/enmity, and guessing a sign would hide the missing evidence.
import type { EdgeSign } from './cooperation.ts';

export type DittmerClass =
  | { kind: 'menage-a-trois' }
  | { kind: 'romantic-triangle'; pivot: string; wings: [string, string] }
  | { kind: 'stable-marriage'; pair: [string, string]; outsider: string }
  | { kind: 'unit-veto' }
  | { kind: 'indeterminate'; reason: 'insufficient' | 'neutral' };

export type Balance = 'balanced' | 'unbalanced' | 'undetermined';

export interface SignedEdge {
  pair: [string, string];
  sign: EdgeSign;
}

/** Classify a triangle whose three edges join actors x, y, z (each edge's pair in any order). */
export function classifyTriangle(edges: readonly [SignedEdge, SignedEdge, SignedEdge]): DittmerClass {
  if (edges.some((e) => e.sign === 'insufficient')) return { kind: 'indeterminate', reason: 'insufficient' };
  if (edges.some((e) => e.sign === '0')) return { kind: 'indeterminate', reason: 'neutral' };
  const plus = edges.filter((e) => e.sign === '+');
  const minus = edges.filter((e) => e.sign === '-');
  if (plus.length === 3) return { kind: 'menage-a-trois' };
  if (minus.length === 3) return { kind: 'unit-veto' };
  if (plus.length === 2) {
    const [e1, e2] = plus as [SignedEdge, SignedEdge];
    const pivot = e1.pair.find((x) => e2.pair.includes(x)) as string;
    const enemies = (minus[0] as SignedEdge).pair;
    return { kind: 'romantic-triangle', pivot, wings: [enemies[0], enemies[1]] };
  }
  const pair = (plus[0] as SignedEdge).pair;
  const outsider = (minus[0] as SignedEdge).pair.find((x) => !pair.includes(x)) as string;
  return { kind: 'stable-marriage', pair: [pair[0], pair[1]], outsider };
}

/** Heider: balanced when the product of the three signs is positive. */
export function structuralBalance(signs: readonly EdgeSign[]): Balance {
  if (signs.some((s) => s !== '+' && s !== '-')) return 'undetermined';
  const negatives = signs.filter((s) => s === '-').length;
  return negatives % 2 === 0 ? 'balanced' : 'unbalanced';
}

export function describeDittmer(c: DittmerClass): string {
  switch (c.kind) {
    case 'menage-a-trois':
      return 'ménage à trois';
    case 'unit-veto':
      return 'unit veto';
    case 'romantic-triangle':
      return `romantic triangle (pivot ${c.pivot})`;
    case 'stable-marriage':
      return `stable marriage (${c.pair[0]}–${c.pair[1]}; outsider ${c.outsider})`;
    case 'indeterminate':
      return `indeterminate (${c.reason === 'insufficient' ? 'too few events' : 'a neutral edge'})`;
  }
}

export function sameClass(x: DittmerClass, y: DittmerClass): boolean {
  return describeDittmer(x) === describeDittmer(y);
}
