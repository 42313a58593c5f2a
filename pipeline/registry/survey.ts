// The survey chapters' items. Every question with a chapter gets its table, figure and development table from
// the codebook (pipeline/survey/items.ts); hand-made items remain only where several questions share a table
// or figure (henvendelser, kveld), for the henvendelser model and for RPH_ARSVERK's årsverk.
import type { CodebookFile } from '../codebook/index.ts';
import { surveyFacts } from '../facts/survey.ts';
import { henvendelserLogitFigure, henvendelserLogitVFigure } from '../figures/henvendelser-logit.ts';
import { henvendelserByYearFigures, henvendelserFigure } from '../figures/henvendelser.ts';
import { kveldFigure } from '../figures/kveld.ts';
import { questionItems } from '../survey/items.ts';
import { henvendelserLogitTable } from '../tables/henvendelser-logit.ts';
import { henvendelserTable } from '../tables/henvendelser.ts';
import { kveldByYearTable, kveldTable } from '../tables/kveld.ts';
import { rphArsverkTable } from '../tables/rph-arsverk.ts';
import type { RegistryItem } from './types.ts';

/** Items made by hand: what several questions share, and models beyond a distribution. */
export const CUSTOM_SURVEY_ITEMS: RegistryItem[] = [
  surveyFacts,
  henvendelserTable,
  henvendelserFigure,
  ...henvendelserByYearFigures,
  henvendelserLogitTable,
  henvendelserLogitFigure,
  henvendelserLogitVFigure,
  rphArsverkTable,
  kveldTable,
  kveldFigure,
  kveldByYearTable,
];

/** Every survey item for a codebook: the hand-made ones, then each generated question's. */
export function surveyItems(cb: CodebookFile): RegistryItem[] {
  return [...CUSTOM_SURVEY_ITEMS, ...questionItems(cb)];
}
