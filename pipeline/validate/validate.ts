// The validate stage: checks an ingested year against every rule of the codebook and spec §1. Pure:
// returns the findings (the extract's own ingest findings are not repeated; see `allFindings`).
import type { Finding, YearExtract } from '../types.ts';
import { ruleContext, type Rule, type ValidateOptions } from './rule-context.ts';
import { answersMatchCodebook } from './rules/answers.ts';
import { negativeArsverk, tiltakEqualsUtdanning } from './rules/arsverk.ts';
import { changeFromLastYear } from './rules/change.ts';
import { columnsNotInYear } from './rules/columns.ts';
import { ratesWithinSizeGroup } from './rules/rates.ts';
import { statusAgainstArsverk, unitsValidInYear } from './rules/units.ts';

/** The rules, in the order their findings are listed. */
export const RULE_SET: readonly Rule[] = [
  columnsNotInYear,
  unitsValidInYear,
  statusAgainstArsverk,
  negativeArsverk,
  tiltakEqualsUtdanning,
  answersMatchCodebook,
  ratesWithinSizeGroup,
  changeFromLastYear,
];

export function validateExtract(extract: YearExtract, opts: ValidateOptions): Finding[] {
  const ctx = ruleContext(extract, opts);
  return RULE_SET.flatMap((rule) => rule(ctx));
}

/** Ingest's findings followed by validate's: everything to report for one workbook. */
export function allFindings(extract: YearExtract, opts: ValidateOptions): Finding[] {
  return [...extract.findings, ...validateExtract(extract, opts)];
}
