// Population and grouping: population by year, unit and age group in a chosen structure, and UnitInfo.
export { ownPopulation, populationOnBorders, osloPopulation, targetPopulation, sizeGroupFor, PopulationError } from './population.ts';
export { unitInfos, FYLKER_2020_2023, FIRST_REPORT_STRUCTURE } from './unit-info.ts';
