export { loadCodebook, parseCodebook, codebookFileFor, CodebookError } from './load.ts';
export { codebookForYear, schemeForYear, tiltakVariables, utdanningVariables, inRange } from './for-year.ts';
export type { ArsverkVariable, QuestionVariable, YearCodebook } from './for-year.ts';
export type { CodebookFile, ColumnDef, QuestionDef } from './schema.ts';
export { answerOptions, CHECKED, columnDef, columnVariables, nynorskGaps, questionModel, questionModels } from './questions.ts';
export type { AnswerOption, ColumnVariable, Labels, QuestionKind, QuestionModel, QuestionPart, Scale } from './questions.ts';
