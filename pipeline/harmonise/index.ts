// The harmonise stage: maps a year's unit values to a later year's kommune structure (see README.md).
export { harmoniseValues, applyCrosswalk, shareKeyOf } from './apply.ts';
export type { UnitValues } from './apply.ts';
export { crosswalk, crosswalkCache } from './crosswalk.ts';
export type { Crosswalk, CrosswalkPart } from './crosswalk.ts';
export { changeSteps, POP_KEYS, WHOLE } from './steps.ts';
export type { ChangeStep, PopKey, Weight } from './steps.ts';
export { POPULATION_BORDERS, REESTABLISHED } from './split-shares.ts';
export { OSLO, isBydel, structureCodes, reportingUnits } from './units.ts';
export { HarmoniseError } from './errors.ts';
export type { HarmoniseErrorCode } from './errors.ts';
