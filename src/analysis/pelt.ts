// PELT (Killick, Fearnhead & Eckley 2012) for changes in the mean of a series with Gaussian noise.
//   cost of a segment  = Σ (x − segment mean)² / σ²
//   penalty per change = 2·ln(n)          (i.e. 2σ²·ln n in the units of x: a BIC-like penalty)
//   σ                  = MAD of first differences / (0.6745·√2), which a shift in the mean barely moves;
//                        the plain standard deviation is the fallback when the MAD is 0.
// Returns the indices where new segments start (never 0), in order. O(n) expected with pruning.

export interface PeltOptions {
  /** Penalty per change in units of σ² (default 2·ln n). */
  penalty?: number | undefined;
  /** Shortest segment, in points (default 2). */
  minSize?: number | undefined;
  /** Noise standard deviation; estimated from the data when absent. */
  sigma?: number | undefined;
}

export interface PeltResult {
  changes: number[];
  sigma: number;
  penalty: number;
}

export function pelt(x: readonly number[], opts: PeltOptions = {}): PeltResult {
  const n = x.length;
  const penalty = opts.penalty ?? 2 * Math.log(Math.max(n, 2));
  const minSize = Math.max(1, opts.minSize ?? 2);
  const sigma = opts.sigma ?? estimateSigma(x);
  if (n < 2 * minSize || !(sigma > 0)) return { changes: [], sigma, penalty };

  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = x[i] as number;
    s1[i + 1] = (s1[i] as number) + v;
    s2[i + 1] = (s2[i] as number) + v * v;
  }
  const var2 = sigma * sigma;
  // Cost of x[s..t) (t exclusive).
  const cost = (s: number, t: number): number => {
    const len = t - s;
    const a = (s1[t] as number) - (s1[s] as number);
    const b = (s2[t] as number) - (s2[s] as number);
    return Math.max(0, b - (a * a) / len) / var2;
  };

  const F = new Float64Array(n + 1).fill(Infinity);
  const last = new Int32Array(n + 1);
  F[0] = -penalty;
  let candidates: number[] = [0];
  for (let t = minSize; t <= n; t++) {
    let best = Infinity;
    let arg = 0;
    const values: number[] = [];
    for (const s of candidates) {
      const v = (F[s] as number) + cost(s, t) + penalty;
      values.push(v);
      if (v < best) {
        best = v;
        arg = s;
      }
    }
    F[t] = best;
    last[t] = arg;
    // Prune: a start that cannot beat the best even without paying the penalty never will later.
    candidates = candidates.filter((_, i) => (values[i] as number) - penalty <= best);
    if (t - minSize + 1 >= minSize) candidates.push(t - minSize + 1);
  }

  const changes: number[] = [];
  for (let t = n; t > 0; t = last[t] as number) if ((last[t] as number) > 0) changes.push(last[t] as number);
  return { changes: changes.reverse(), sigma, penalty };
}

export function estimateSigma(x: readonly number[]): number {
  if (x.length < 3) return standardDeviation(x);
  const diffs = x.slice(1).map((v, i) => Math.abs(v - (x[i] as number)));
  const mad = median(diffs) / 0.6745 / Math.SQRT2;
  return mad > 0 ? mad : standardDeviation(x);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function standardDeviation(x: readonly number[]): number {
  if (x.length < 2) return 0;
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / (x.length - 1));
}
