// Logistic regression by iteratively reweighted least squares (Newton–Raphson), with Wald 95 % intervals.
// Used for chapter 6's model of "stor økning i henvendelser" on kommune size group. Small and exact for the
// few predictors the report needs; tested against closed-form odds ratios of saturated models.

export interface LogisticFit {
  /** Coefficients (log-odds), intercept first. */
  coefficients: number[];
  standardErrors: number[];
  /** exp(coefficient) with a Wald 95 % interval. Index 0 is the intercept's odds. */
  oddsRatios: { estimate: number; lower: number; upper: number }[];
  iterations: number;
  converged: boolean;
  n: number;
}

const Z95 = 1.959963984540054;

/** Solves A x = b for symmetric positive-definite A by Gauss–Jordan with partial pivoting; returns A⁻¹ too. */
function solveWithInverse(a: number[][], b: number[]): { x: number[]; inverse: number[][] } {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)), b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-12) throw new Error('logistic regression: singular information matrix (a category with no variation?)');
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    for (let j = 0; j < m[col]!.length; j++) m[col]![j]! /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]!;
      if (f === 0) continue;
      for (let j = 0; j < m[r]!.length; j++) m[r]![j]! -= f * m[col]![j]!;
    }
  }
  return { x: m.map((row) => row[2 * n]!), inverse: m.map((row) => row.slice(n, 2 * n)) };
}

/**
 * Fits P(y=1) = logistic(X β). `x` rows are predictors WITHOUT the intercept column (it is added).
 * Rows with a missing y or predictor must be removed by the caller (the report counts them as non-answers).
 */
export function logisticRegression(x: number[][], y: (0 | 1)[], maxIterations = 50, tolerance = 1e-10): LogisticFit {
  if (x.length !== y.length) throw new Error('logistic regression: x and y differ in length');
  if (x.length === 0) throw new Error('logistic regression: no observations');
  const design = x.map((row) => [1, ...row]);
  const k = design[0]!.length;
  let beta: number[] = Array.from({ length: k }, () => 0);
  let inverse: number[][] = [];
  let converged = false;
  let iterations = 0;
  for (; iterations < maxIterations && !converged; iterations++) {
    const info = Array.from({ length: k }, () => Array.from({ length: k }, () => 0));
    const score = Array.from({ length: k }, () => 0);
    design.forEach((row, i) => {
      const eta = row.reduce((s, v, j) => s + v * beta[j]!, 0);
      const p = 1 / (1 + Math.exp(-eta));
      const w = p * (1 - p);
      for (let a = 0; a < k; a++) {
        score[a]! += row[a]! * (y[i]! - p);
        for (let b = 0; b < k; b++) info[a]![b]! += row[a]! * w * row[b]!;
      }
    });
    const step = solveWithInverse(info, score);
    inverse = step.inverse;
    beta = beta.map((b, j) => b + step.x[j]!);
    converged = Math.max(...step.x.map(Math.abs)) < tolerance;
  }
  const standardErrors = inverse.map((row, j) => Math.sqrt(row[j]!));
  const oddsRatios = beta.map((b, j) => ({
    estimate: Math.exp(b),
    lower: Math.exp(b - Z95 * standardErrors[j]!),
    upper: Math.exp(b + Z95 * standardErrors[j]!),
  }));
  return { coefficients: beta, standardErrors, oddsRatios, iterations, converged, n: y.length };
}

/** Dummy (treatment) coding of a categorical predictor against a reference level. */
export function dummyCode<T extends string>(values: T[], levels: T[], reference: T): number[][] {
  const others = levels.filter((l) => l !== reference);
  return values.map((v) => {
    if (!levels.includes(v)) throw new Error(`dummyCode: unknown level ${v}`);
    return others.map((l) => (v === l ? 1 : 0));
  });
}
