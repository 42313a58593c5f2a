// The impute stage: completes each year in its own structure (reported, carried forward, estimated).
export { reportedYear, hasReported } from './reported.ts';
export type { ReportedSelection } from './reported.ts';
export { imputeYear } from './impute-year.ts';
export { carryForward } from './carry-forward.ts';
export type { Carried } from './carry-forward.ts';
export { medianRates, estimateTotals } from './estimate.ts';
export { groupTotals, aggregate, distribute } from './categories.ts';
export type { Totals } from './categories.ts';
export { toStructure, combineFlags } from './combine.ts';
export { ImputeError } from './types.ts';
export type { ReportedYear, ImputedYear } from './types.ts';
