// Bayesian online change point detection (Adams & MacKay 2007) with a Normal-Gamma prior (unknown mean
// and variance, Student-t predictive) and a constant hazard 1/λ. The segmentation is read back from the
// end: the most probable run length at the last point gives the start of the last segment, the most
// probable run length just before that start gives the one before, and so on.
//   prior: μ₀ = median of the series, κ₀ = 1, α₀ = 1, β₀ = σ² (robust σ as in PELT)
//   λ (expected segment length) defaults to 50 points (about a year of weeks).
// Returns the indices where new segments start (never 0), in order. O(n²) time, fine for weekly series.
import { estimateSigma, median } from './pelt.ts';

export interface BocpdOptions {
  /** Expected segment length in points (default 50). */
  expectedRunLength?: number | undefined;
  /** Shortest segment kept in the read-back, in points (default 2). */
  minSize?: number | undefined;
}

export function bocpd(x: readonly number[], opts: BocpdOptions = {}): { changes: number[]; hazard: number } {
  const n = x.length;
  const lambda = opts.expectedRunLength ?? 50;
  const hazard = 1 / lambda;
  const minSize = Math.max(1, opts.minSize ?? 2);
  if (n < 2 * minSize) return { changes: [], hazard };
  const sigma = estimateSigma(x) || 1;

  // Posterior parameters per run length r (r = points in the current run); index 0 is the prior.
  let mu = [median(x)];
  let kappa = [1];
  let alpha = [1];
  let beta = [sigma * sigma];
  let logR = [0]; // log P(r | x so far), before the first point: r = 0 surely
  // mapRun[t]: most probable run length (≥ 1, i.e. a run that includes x[t]) after seeing x[t].
  const mapRun = new Int32Array(n);

  for (let t = 0; t < n; t++) {
    const v = x[t] as number;
    const len = logR.length;
    const logPred = new Float64Array(len);
    for (let r = 0; r < len; r++) logPred[r] = logStudentT(v, mu[r] as number, kappa[r] as number, alpha[r] as number, beta[r] as number);
    // After x[t] (r counts the points of the current run, x[t] included):
    //   growth  r → r + 1 with probability 1 − H, x[t] predicted by run r's posterior;
    //   change  → 1 with probability H from any r (the posteriors over r sum to 1), x[t] predicted by the prior.
    const next = new Float64Array(len + 1).fill(-Infinity);
    const logGrow = Math.log(1 - hazard);
    for (let r = 0; r < len; r++) next[r + 1] = (logR[r] as number) + (logPred[r] as number) + logGrow;
    const changeMass = Math.log(hazard) + (logPred[0] as number);
    next[1] = logSumExp([next[1] as number, changeMass]);
    next[0] = -Infinity;
    const norm = logSumExp(Array.from(next));
    for (let r = 0; r <= len; r++) next[r] = (next[r] as number) - norm;

    let best = 1;
    for (let r = 2; r <= len; r++) if ((next[r] as number) > (next[best] as number)) best = r;
    mapRun[t] = best;

    // Update sufficient statistics: run r + 1 from run r with x[t]; keep the prior at index 0.
    const nMu = [mu[0] as number];
    const nKappa = [kappa[0] as number];
    const nAlpha = [alpha[0] as number];
    const nBeta = [beta[0] as number];
    for (let r = 0; r < len; r++) {
      const m = mu[r] as number;
      const kp = kappa[r] as number;
      nMu.push((kp * m + v) / (kp + 1));
      nKappa.push(kp + 1);
      nAlpha.push((alpha[r] as number) + 0.5);
      nBeta.push((beta[r] as number) + (kp * (v - m) ** 2) / (2 * (kp + 1)));
    }
    // Index 1 is the prior updated with x[t] alone: right both for a change at t and for growth from the
    // empty run, which exists only at t = 0.
    mu = nMu;
    kappa = nKappa;
    alpha = nAlpha;
    beta = nBeta;
    logR = Array.from(next);
  }

  const changes: number[] = [];
  let t = n - 1;
  while (t >= 0) {
    const start = t - (mapRun[t] as number) + 1;
    if (start <= 0) break;
    if (t - start + 1 >= minSize && start >= minSize) changes.push(start);
    t = start - 1;
  }
  return { changes: changes.reverse(), hazard };
}

function logStudentT(x: number, mu: number, kappa: number, alpha: number, beta: number): number {
  const nu = 2 * alpha;
  const scale2 = (beta * (kappa + 1)) / (alpha * kappa);
  const z = ((x - mu) ** 2) / (nu * scale2);
  return lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Math.log(nu * Math.PI * scale2) - ((nu + 1) / 2) * Math.log1p(z);
}

function logSumExp(xs: readonly number[]): number {
  let m = -Infinity;
  for (const v of xs) if (v > m) m = v;
  if (m === -Infinity) return -Infinity;
  let s = 0;
  for (const v of xs) s += Math.exp(v - m);
  return m + Math.log(s);
}

/** log Γ(z) for z > 0 (Lanczos, g = 7). */
function lgamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lgamma(1 - z);
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const w = z - 1;
  let a = c[0] as number;
  const t = w + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (w + i);
  return 0.5 * Math.log(2 * Math.PI) + (w + 0.5) * Math.log(t) - t + Math.log(a);
}
