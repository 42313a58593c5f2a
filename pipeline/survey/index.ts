// Survey answers (Panel.answers): distributions by year and size group, with n = units that answered, the
// table and figure models built from them, and the logistic regression of "stor økning i henvendelser".
export { choiceQuestion, matrixRowQuestion, surveyQuestion, yearsAsked, SurveyError } from './questions.ts';
export type { AnswerOption, ChoiceQuestion } from './questions.ts';
export { classifyAnswer, combinedShare, distribution, emptyDistribution } from './distribution.ts';
export type { Distribution } from './distribution.ts';
export { answerSizeGroups } from './size-groups.ts';
export type { SizeGroupOf } from './size-groups.ts';
export { sizeGroupLogit } from './logit.ts';
export type { LogitObservation, LogitTerm, SizeGroupLogit } from './logit.ts';
export * from './model.ts';
export { categoriesOf, countsOf, describeDistribution, groupPhrase, schemeOf, shortLabelsOf, sizeGroupFigure, yearFigure } from './figures.ts';
export type { StackScheme } from './figures.ts';
export { HENV_QUESTIONS, henvQuestion, henvendelserLogit, STOR_OKNING } from './henvendelser.ts';
export type { HenvLogit, HenvQuestion } from './henvendelser.ts';
