// The survey chapters' items (henvendelser, tilbud, samarbeid): answer distributions with n, by size group
// and by year, and the logistic regression of "stor økning i henvendelser" on size group.
import { surveyFacts } from '../facts/survey.ts';
import { boligFigure } from '../figures/bolig.ts';
import { brukermedvirkningFigure } from '../figures/brukermedvirkning.ts';
import { endringPersonellFigure } from '../figures/endring-personell.ts';
import { erfaringskonsulentFigure } from '../figures/erfaringskonsulent.ts';
import { factFigure } from '../figures/fact.ts';
import { henvendelserLogitFigure, henvendelserLogitVFigure } from '../figures/henvendelser-logit.ts';
import { henvendelserByYearFigures, henvendelserFigure } from '../figures/henvendelser.ts';
import { kveldFigure } from '../figures/kveld.ts';
import { lavterskelFigure } from '../figures/lavterskel.ts';
import { ohDognFigure } from '../figures/oh-dogn.ts';
import { rphFigure } from '../figures/rph.ts';
import { samarbeidPhvFigure } from '../figures/samarbeid-phv.ts';
import { utskrivningFigure } from '../figures/utskrivning.ts';
import { boligByYearTable, boligTable } from '../tables/bolig.ts';
import { brukermedvirkningByYearTable, brukermedvirkningTable } from '../tables/brukermedvirkning.ts';
import { endringPersonellByYearTable, endringPersonellTable } from '../tables/endring-personell.ts';
import { erfaringskonsulentByYearTable, erfaringskonsulentTable } from '../tables/erfaringskonsulent.ts';
import { factByYearTable, factTable } from '../tables/fact.ts';
import { henvendelserLogitTable } from '../tables/henvendelser-logit.ts';
import { henvendelserTable } from '../tables/henvendelser.ts';
import { kveldByYearTable, kveldTable } from '../tables/kveld.ts';
import { lavterskelByYearTable, lavterskelTable } from '../tables/lavterskel.ts';
import { ohDognByYearTable, ohDognTable } from '../tables/oh-dogn.ts';
import { rphArsverkTable } from '../tables/rph-arsverk.ts';
import { rphByYearTable, rphTable } from '../tables/rph.ts';
import { samarbeidPhvByYearTable, samarbeidPhvTable } from '../tables/samarbeid-phv.ts';
import { utskrivningByYearTable, utskrivningTable } from '../tables/utskrivning.ts';
import type { RegistryItem } from './types.ts';

export const SURVEY_ITEMS: RegistryItem[] = [
  surveyFacts,
  // henvendelser
  henvendelserTable,
  henvendelserFigure,
  ...henvendelserByYearFigures,
  henvendelserLogitTable,
  henvendelserLogitFigure,
  henvendelserLogitVFigure,
  // tilbud
  rphTable,
  rphFigure,
  rphByYearTable,
  rphArsverkTable,
  lavterskelTable,
  lavterskelFigure,
  lavterskelByYearTable,
  factTable,
  factFigure,
  factByYearTable,
  ohDognTable,
  ohDognFigure,
  ohDognByYearTable,
  kveldTable,
  kveldFigure,
  kveldByYearTable,
  // samarbeid
  utskrivningTable,
  utskrivningFigure,
  utskrivningByYearTable,
  samarbeidPhvTable,
  samarbeidPhvFigure,
  samarbeidPhvByYearTable,
  brukermedvirkningTable,
  brukermedvirkningFigure,
  brukermedvirkningByYearTable,
  erfaringskonsulentTable,
  erfaringskonsulentFigure,
  erfaringskonsulentByYearTable,
  endringPersonellTable,
  endringPersonellFigure,
  endringPersonellByYearTable,
  boligTable,
  boligFigure,
  boligByYearTable,
];
