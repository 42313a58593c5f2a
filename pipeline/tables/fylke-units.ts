// The statistikkpakke's tables, one per fylke (id `enheter-<fylke>`, the sheet name in its workbook): every
// kommune (or bydel) of the fylke in the report year with its årsverk, rate per 10 000 in the target group,
// change from the year before and how its numbers were obtained, and the fylke's sum as the report's fylke
// table has it. Changes follow the report's rule: none across new årsverk categories.
import { byFylke, changeFromLastYear, comparable, GROUP_TEXT, previousYear, schemeBreakNote, TARGET_POPULATION, unitYears, type UnitYear } from '../aggregate/index.ts';
import type { ColumnDef, ComputeInput, TableModel, TableRow, TableSetDef } from '../registry/types.ts';
import type { ImputationFlag } from '../types.ts';
import { num, tableModel } from './common.ts';

export const FYLKE_UNITS_ID = 'enheter';

/** The table id of a fylke's units: the sheet name in the fylke's statistikkpakke. */
export function fylkeUnitsTableId(fylke: string): string {
  return `${FYLKE_UNITS_ID}-${fylke}`;
}

function imputationLabel(flag: ImputationFlag | undefined): string {
  if (flag === undefined || flag.kind === 'reported') return 'Rapportert';
  if (flag.kind === 'carried-forward') return `Videreført fra ${flag.fromYear}`;
  return 'Estimert';
}

function computeFylkeUnits(input: ComputeInput): Record<string, TableModel> {
  const { panel, reference, reportYear: year } = input;
  const prev = previousYear(panel, year);
  const from = prev ?? year - 1;
  const units = unitYears(panel, year);
  const fylkeBefore = prev === undefined ? new Map<string, ReturnType<typeof byFylke>[number]>() : new Map(byFylke(panel, reference, prev).map((f) => [f.key, f]));
  const columns: ColumnDef[] = [
    { key: 'code', label: 'Nummer', format: 'text' },
    { key: 'name', label: 'Navn', format: 'text' },
    ...(['V', 'B'] as const).flatMap((g): ColumnDef[] => [
      { key: `arsverk${g}`, label: `Årsverk ${GROUP_TEXT[g]}`, unit: 'årsverk', format: 'decimal1' },
      { key: `per10000${g}`, label: `Årsverk ${GROUP_TEXT[g]} per 10 000 ${TARGET_POPULATION[g]}`, unit: 'per 10 000', format: 'decimal1' },
      { key: `change${g}`, label: `Endring årsverk ${GROUP_TEXT[g]} fra ${from}`, unit: 'årsverk', format: 'signedDecimal1' },
    ]),
    { key: 'imputation', label: `Datagrunnlag ${year}`, format: 'text' },
  ];
  const unitRow = (r: UnitYear): TableRow => ({
    cells: {
      code: r.code,
      name: r.name,
      arsverkV: r.arsverk.V,
      arsverkB: r.arsverk.B,
      per10000V: num(r.per10000.V),
      per10000B: num(r.per10000.B),
      changeV: num(r.change.V.arsverk),
      changeB: num(r.change.B.arsverk),
      imputation: imputationLabel(r.imputation),
    },
  });
  const out: Record<string, TableModel> = {};
  for (const f of byFylke(panel, reference, year)) {
    const rows = units.filter((u) => u.fylke === f.key);
    const before = fylkeBefore.get(f.key);
    const imputed = rows.filter((r) => r.imputation !== undefined && r.imputation.kind !== 'reported').length;
    const total: TableRow = {
      kind: 'total',
      cells: {
        code: f.key,
        name: `${f.label} i alt`,
        arsverkV: f.arsverk.V,
        arsverkB: f.arsverk.B,
        per10000V: num(f.per10000.V),
        per10000B: num(f.per10000.B),
        changeV: num(changeFromLastYear(panel, year, before?.arsverk.V, f.arsverk.V).arsverk),
        changeB: num(changeFromLastYear(panel, year, before?.arsverk.B, f.arsverk.B).arsverk),
        imputation: imputed === 0 ? 'Alle rapportert' : `${imputed} av ${rows.length} videreført eller estimert`,
      },
    };
    const id = fylkeUnitsTableId(f.key);
    out[id] = tableModel(input, {
      id,
      title: `Årsverk i psykisk helse- og rusarbeid i ${rows.some((r) => r.kind === 'bydel') ? 'bydelene' : 'kommunene'} i ${f.label} ${year}`,
      columns,
      rows: [...rows.map(unitRow), total],
      notes: [
        'Årsverk per 10 000 innbyggere i målgruppen: voksne per 10 000 innbyggere 18 år og over, barn og unge per 10 000 innbyggere 0–17 år, 1. januar.',
        f.key === '03' && 'Oslo i alt er regnet per 10 000 innbyggere i hele Oslo kommune.',
        'Videreført: enheten leverte ikke, og tallene fra siste leverte år er brukt. Estimert: tallene er anslått.',
        prev !== undefined && !comparable(panel, prev, year) ? schemeBreakNote(year) : `Endringen vises ikke når ${year} bruker andre kategorier for årsverk enn ${from}.`,
      ],
    });
  }
  return out;
}

export const fylkeUnitTables: TableSetDef = { kind: 'tableSet', id: FYLKE_UNITS_ID, chapter: 'statistikkpakke', compute: computeFylkeUnits };
