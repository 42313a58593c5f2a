export { loadCodebook, parseCodebook, codebookFileFor, CodebookError } from './load.ts';
export { codebookForYear, schemeForYear, tiltakVariables, utdanningVariables, inRange } from './for-year.ts';
export type { ArsverkVariable, QuestionVariable, YearCodebook } from './for-year.ts';
export type { CodebookFile, QuestionDef } from './schema.ts';
