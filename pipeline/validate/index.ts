// The validate stage and its outputs.
export { validateExtract, allFindings, RULE_SET } from './validate.ts';
export type { ValidateOptions } from './rule-context.ts';
export { summariseFindings, hasErrors, countBySeverity } from './summary.ts';
export { writeQualityReport } from './report.ts';
export { qualityReportHtml } from './report-html.ts';
export { qualityReportXlsx } from './report-xlsx.ts';
export { unitComments, commentLookup } from './comments.ts';
export type { UnitComment } from './comments.ts';
export { RULES, finding, isRuleId } from './messages.ts';
export type { RuleId } from './messages.ts';
