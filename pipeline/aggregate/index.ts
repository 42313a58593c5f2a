// Pure aggregations over the Panel that the core tables, figures and facts share.
export { sumRows, sumPopulation } from './sum.ts';
export type { RowSum, GroupOrAll } from './sum.ts';
export { seriesYears, previousYear, schemeOf, comparable, schemeBreakYears } from './years.ts';
export { seriesBreaks, schemeBreakNote, REFORM_YEAR } from './breaks.ts';
export { SOURCE, SAMPLE_NOTICE, sourceLine } from './source.ts';
export { nationalSum, osloSum, bySizeGroup, rowsOfSizeGroup, byFylke, byHealthRegion, NATIONAL_LABEL } from './groups.ts';
export type { GroupSum, HealthRegionSum } from './groups.ts';
export { changeFromLastYear, changeSplit, changedMethodUnits, hasMethodAnswers, ENDRING_REELL, CHANGED_METHOD } from './change.ts';
export type { Change, GroupChangeSplit } from './change.ts';
export { unitYears, osloYear, kommuneYears, largestKommuner } from './units.ts';
export type { UnitYear } from './units.ts';
export { categoryVariables, categoryTotals, sumVariable, higherEducation, psychologistCodes, psychologists } from './categories.ts';
export type { CategoryKind, CategoryValue, PsychologistYear } from './categories.ts';
export { GROUP_LABEL, GROUP_TEXT, TARGET_POPULATION, RATE_UNIT } from './labels.ts';
