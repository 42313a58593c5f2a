// The core items (årsverk tables, figures and facts), in report order. Survey items are in survey.ts.
import { chapters } from '../facts/chapters.ts';
import { national } from '../facts/national.ts';
import { fylkeRates } from '../figures/fylke-rates.ts';
import { mapRates } from '../figures/map-rates.ts';
import { seriesLong } from '../figures/series-long.ts';
import { sizeRatesFigure } from '../figures/size-rates.ts';
import { sizeSpread } from '../figures/size-spread.ts';
import { tiltakFigure } from '../figures/tiltak.ts';
import { utdanningFigure } from '../figures/utdanning.ts';
import { appendixUnits } from '../tables/appendix-units.ts';
import { endringReell } from '../tables/endring-reell.ts';
import { fylke } from '../tables/fylke.ts';
import { fylkeUnitTables } from '../tables/fylke-units.ts';
import { headline } from '../tables/headline.ts';
import { helseforetak } from '../tables/helseforetak.ts';
import { higherEducationTable } from '../tables/higher-education.ts';
import { largest } from '../tables/largest.ts';
import { psychologistsTable } from '../tables/psychologists.ts';
import { quality } from '../tables/quality.ts';
import { response } from '../tables/response.ts';
import { series } from '../tables/series.ts';
import { sizeRates } from '../tables/size-rates.ts';
import { sizeUnits } from '../tables/size-units.ts';
import { tiltakB, tiltakV } from '../tables/tiltak.ts';
import { utdanningB, utdanningV } from '../tables/utdanning.ts';
import type { RegistryItem } from './types.ts';

export const CORE_ITEMS: RegistryItem[] = [
  national,
  chapters,
  headline,
  series,
  seriesLong,
  sizeUnits,
  sizeRates,
  sizeRatesFigure,
  sizeSpread,
  fylke,
  fylkeRates,
  mapRates,
  helseforetak,
  largest,
  tiltakV,
  tiltakB,
  tiltakFigure,
  utdanningV,
  utdanningB,
  utdanningFigure,
  higherEducationTable,
  psychologistsTable,
  response,
  endringReell,
  quality,
  appendixUnits,
  fylkeUnitTables,
];
