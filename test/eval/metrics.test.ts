import { describe, expect, it } from 'vitest';
import { worstErrors, type ScoredError } from '../../src/eval/EvalReport.ts';
import { accuracy, confusionMatrix, macroF1, perClassScores, prf } from '../../src/eval/metrics.ts';

// Hand-computed table. Gold classes A, B, C; N is predicted but never gold; C is never predicted.
//            pred A  B  C  N
//   gold A        2  1  0  0
//   gold B        0  1  0  1
//   gold C        1  0  0  1
const pairs = [
  { gold: 'A', predicted: 'A' },
  { gold: 'A', predicted: 'A' },
  { gold: 'A', predicted: 'B' },
  { gold: 'B', predicted: 'B' },
  { gold: 'B', predicted: 'N' },
  { gold: 'C', predicted: 'A' },
  { gold: 'C', predicted: 'N' },
];

describe('confusion matrix', () => {
  it('counts gold rows against predicted columns in the given order', () => {
    const cm = confusionMatrix(pairs, ['A', 'B', 'C', 'N']);
    expect(cm.labels).toEqual(['A', 'B', 'C', 'N']);
    expect(cm.counts).toEqual([
      [2, 1, 0, 0],
      [0, 1, 0, 1],
      [1, 0, 0, 1],
      [0, 0, 0, 0],
    ]);
  });

  it('appends labels missing from the order, sorted, and keeps ordered labels without instances', () => {
    const cm = confusionMatrix([{ gold: 'Z', predicted: 'Y' }], ['A']);
    expect(cm.labels).toEqual(['A', 'Y', 'Z']);
    expect(cm.counts[2]).toEqual([0, 1, 0]);
  });
});

describe('per-class scores, accuracy, macro-F1', () => {
  const cm = confusionMatrix(pairs, ['A', 'B', 'C', 'N']);
  const pc = perClassScores(cm);

  it('computes precision, recall, F1, support and predicted counts', () => {
    expect(pc.A).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: expect.closeTo(2 / 3, 12), support: 3, predicted: 3 });
    expect(pc.B).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2, predicted: 2 });
  });

  it('scores a class with zero predictions as 0 without dividing by zero', () => {
    expect(pc.C).toEqual({ precision: 0, recall: 0, f1: 0, support: 2, predicted: 0 });
    expect(pc.N).toEqual({ precision: 0, recall: 0, f1: 0, support: 0, predicted: 2 });
  });

  it('accuracy is the diagonal over all', () => {
    expect(accuracy(cm)).toBeCloseTo(3 / 7, 12);
  });

  it('macro-F1 averages over gold classes only (N has no support)', () => {
    expect(macroF1(pc)).toBeCloseTo((2 / 3 + 0.5 + 0) / 3, 12);
  });

  it('is 0, not NaN, on empty input', () => {
    const empty = confusionMatrix([]);
    expect(accuracy(empty)).toBe(0);
    expect(macroF1(perClassScores(empty))).toBe(0);
    expect(prf(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('prf from counts', () => {
    const r = prf(3, 1, 2);
    expect(r.precision).toBe(0.75);
    expect(r.recall).toBe(0.6);
    expect(r.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 12);
  });
});

describe('worst errors', () => {
  const e = (index: number, severity: number): ScoredError => ({ index, line: index + 2, gold: 'A', predicted: 'B', ruleIds: [], severity, kind: 'type' });
  it('orders by severity, then file order, and keeps k', () => {
    const out = worstErrors([e(5, 1), e(3, 4), e(1, 4), e(0, 2)], 3);
    expect(out.map((x) => x.index)).toEqual([1, 3, 0]);
  });
  it('keeps 20 by default', () => {
    expect(worstErrors(Array.from({ length: 30 }, (_v, i) => e(i, 1)))).toHaveLength(20);
  });
});
