export { sum, mean, median, quantile, min, max, KahanSum } from './summary.ts';
export type { Maybe } from './summary.ts';
export { per10000, per1000, change, relativeChange, share } from './rates.ts';
export type { Share } from './rates.ts';
export { logisticRegression, dummyCode } from './logistic.ts';
export type { LogisticFit } from './logistic.ts';
