// Classification metrics: confusion matrix, per-class precision/recall/F1, accuracy, macro-F1.
// Conventions (as scikit-learn's zero_division=0): a ratio with a zero denominator is 0; macro-F1
// averages over the classes present in the gold labels only, so a predicted-only label such as NONE
// lowers the precision of nothing but still costs the recall of the gold class it replaced.

export interface LabelPair {
  gold: string;
  predicted: string;
}

export interface ConfusionMatrix {
  /** Row and column labels, in display order. */
  labels: string[];
  /** counts[goldIndex][predictedIndex]. */
  counts: number[][];
}

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  /** Gold instances of the class. */
  support: number;
  /** Predicted instances of the class. */
  predicted: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** Precision, recall and F1 from true positives, false positives and false negatives. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/**
 * Builds the matrix. `order` fixes the order of the labels it names (they appear even with no
 * instance); labels seen in the data but not in `order` follow, sorted.
 */
export function confusionMatrix(pairs: readonly LabelPair[], order: readonly string[] = []): ConfusionMatrix {
  const seen = new Set<string>();
  for (const p of pairs) {
    seen.add(p.gold);
    seen.add(p.predicted);
  }
  const labels = [...order, ...[...seen].filter((l) => !order.includes(l)).sort()];
  const at = new Map(labels.map((l, i) => [l, i]));
  const counts = labels.map(() => labels.map(() => 0));
  for (const p of pairs) {
    const row = counts[at.get(p.gold) as number] as number[];
    const c = at.get(p.predicted) as number;
    row[c] = (row[c] as number) + 1;
  }
  return { labels, counts };
}

function cell(cm: ConfusionMatrix, g: number, p: number): number {
  return cm.counts[g]?.[p] ?? 0;
}

export function perClassScores(cm: ConfusionMatrix): Record<string, ClassScores> {
  const out: Record<string, ClassScores> = {};
  cm.labels.forEach((label, i) => {
    const tp = cell(cm, i, i);
    const support = cm.labels.reduce((s, _l, j) => s + cell(cm, i, j), 0);
    const predicted = cm.labels.reduce((s, _l, j) => s + cell(cm, j, i), 0);
    out[label] = { ...prf(tp, predicted - tp, support - tp), support, predicted };
  });
  return out;
}

export function accuracy(cm: ConfusionMatrix): number {
  let correct = 0;
  let total = 0;
  cm.labels.forEach((_l, i) => {
    correct += cell(cm, i, i);
    cm.labels.forEach((_m, j) => (total += cell(cm, i, j)));
  });
  return ratio(correct, total);
}

/** Mean F1 over the classes with gold support; 0 when there are none. */
export function macroF1(perClass: Readonly<Record<string, ClassScores>>): number {
  const present = Object.values(perClass).filter((s) => s.support > 0);
  return ratio(present.reduce((s, c) => s + c.f1, 0), present.length);
}
