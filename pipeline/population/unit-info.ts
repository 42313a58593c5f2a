// UnitInfo for every unit of the report year's structure: name, kind, parallel (Sami/Kven) names, fylke,
// size group (by the report year's inhabitants), målform and helseforetak/RHF.
//   - Report years from 2024: straight from the reference data (kommuner.csv, malform.csv, helseforetak.csv).
//   - Report years 2020–2023: names from SSB's list for that year; fylke names of the 2020–2023 counties
//     below; målform, helseforetak and parallel names from the unit's 2024 successor (the one taking the
//     largest share; 1507 Ålesund → 1508). Parallel names only when the unit continues unchanged (1:1).
//   - Oslo's bydeler: their own names and helseforetak rows; målform follows Oslo (0301); fylke 03 Oslo.
import { crosswalk, isBydel, OSLO, POPULATION_BORDERS, reportingUnits, type Crosswalk } from '../harmonise/index.ts';
import type { Reference } from '../reference/index.ts';
import type { Malform, UnitCode, UnitInfo, Year } from '../types.ts';
import { PopulationError, populationOnBorders, sizeGroupFor } from './population.ts';

/** The 11 counties of 2020–2023 (the reference data hold the 2024 counties only). */
export const FYLKER_2020_2023: Readonly<Record<string, string>> = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '30': 'Viken',
  '34': 'Innlandet',
  '38': 'Vestfold og Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '54': 'Troms og Finnmark',
};

/** The earliest report year whose structure UnitInfo can describe (fylke names). */
export const FIRST_REPORT_STRUCTURE: Year = 2020;

interface Successor {
  code: UnitCode;
  oneToOne: boolean;
}

function successorIn2024(cw: Crosswalk | undefined, code: UnitCode): Successor {
  if (!cw) return { code, oneToOne: true };
  const parts = cw.targets.get(code) ?? [];
  const main = [...parts].sort((a, b) => b.weight.total - a.weight.total || (a.code < b.code ? -1 : 1))[0];
  if (!main) throw new PopulationError(`${code} has no successor on 2024 borders`);
  const oneToOne = parts.length === 1 && (cw.sources.get(main.code)?.length ?? 0) === 1;
  return { code: main.code, oneToOne };
}

export function unitInfos(ref: Reference, reportYear: Year): UnitInfo[] {
  if (reportYear < FIRST_REPORT_STRUCTURE) {
    throw new PopulationError(`report years before ${FIRST_REPORT_STRUCTURE} are not supported (no county names for ${reportYear})`);
  }
  const modern = reportYear >= POPULATION_BORDERS;
  const cw = modern ? undefined : crosswalk(ref, reportYear, POPULATION_BORDERS);
  const population = populationOnBorders(ref, reportYear, reportYear);
  const names = ref.names.get(reportYear);
  const osloMalform = ref.malform.get(OSLO);

  return reportingUnits(ref, reportYear).map((code): UnitInfo => {
    const inhabitants = population.get(code)?.total;
    if (inhabitants === undefined) throw new PopulationError(`no population for ${code} in ${reportYear}`);
    const sizeGroup = sizeGroupFor(code, inhabitants);
    if (isBydel(code)) {
      const b = ref.bydeler.get(code);
      const trust = ref.healthTrusts.get(code);
      if (!b || !trust || !osloMalform) throw new PopulationError(`reference data incomplete for bydel ${code}`);
      const fylkeName = modern ? ref.fylker.get('03')?.name : FYLKER_2020_2023['03'];
      return { code, name: b.name, kind: 'bydel', parallelNames: [], fylke: '03', fylkeName: fylkeName ?? 'Oslo', sizeGroup, malform: osloMalform, helseforetak: trust.helseforetak, rhf: trust.rhf };
    }
    const succ = successorIn2024(cw, code);
    const k = ref.kommuner.get(succ.code);
    const malform: Malform | undefined = ref.malform.get(succ.code);
    const trust = ref.healthTrusts.get(succ.code);
    if (!k || !malform || !trust) throw new PopulationError(`reference data incomplete for kommune ${succ.code}`);
    const fylke = code.slice(0, 2);
    const fylkeName = modern ? ref.fylker.get(fylke)?.name : FYLKER_2020_2023[fylke];
    if (!fylkeName) throw new PopulationError(`no county name for ${fylke} in ${reportYear}`);
    const name = modern || succ.oneToOne ? k.name : names?.get(code);
    if (!name) throw new PopulationError(`no name for ${code} in ${reportYear}`);
    return {
      code,
      name,
      kind: 'kommune',
      parallelNames: modern || succ.oneToOne ? k.parallelNames : [],
      fylke,
      fylkeName,
      sizeGroup,
      malform,
      helseforetak: trust.helseforetak,
      rhf: trust.rhf,
    };
  });
}
