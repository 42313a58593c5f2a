export { loadReference, kommunerInYear } from './load.ts';
export type { Reference, KommuneRef, BydelRef, FylkeRef, KommuneChange, HealthTrust } from './load.ts';
export { SIZE_GROUPS, sizeGroupOf, sizeGroupLabel } from './size-groups.ts';
export type { SizeGroup } from './size-groups.ts';
