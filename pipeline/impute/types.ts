// The impute stage's own artifacts (in each year's OWN kommune structure).
import type { ArsverkVariable } from '../codebook/index.ts';
import type { UnitValues } from '../harmonise/index.ts';
import type { ImputationCounts, ImputationFlag, SchemeId, UnitCode, Year } from '../types.ts';
import { PipelineError } from '../errors.ts';

/** What one year's extract says, reduced to what imputation needs. */
export interface ReportedYear {
  year: Year;
  scheme: SchemeId;
  /** The årsverk variables of the year's scheme (codebook). */
  variables: ArsverkVariable[];
  /** Every unit the form went to that year (own structure; kommuner except Oslo, plus Oslo's bydeler). */
  units: UnitCode[];
  /** Values of the units that reported (blank cells of a reporting unit count as 0). */
  reported: UnitValues;
}

/** A year with every unit filled in, still in the year's own structure. */
export interface ImputedYear {
  year: Year;
  scheme: SchemeId;
  variables: ArsverkVariable[];
  values: UnitValues;
  flags: Map<UnitCode, ImputationFlag>;
  counts: ImputationCounts;
}

export class ImputeError extends PipelineError {
  constructor(code: 'impute.no-reports' | 'impute.no-population', message: string) {
    super(code, message);
  }
}
