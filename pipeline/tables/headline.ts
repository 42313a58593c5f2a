// Sammendrag: årsverk for voksne, barn og unge and in total per year, the change from the year before, and the
// "reell vekst" (the change without units that changed how they estimate årsverk, ENDRING_REELL_*).
import {
  changeFromLastYear,
  changeSplit,
  nationalSum,
  schemeBreakNote,
  schemeBreakYears,
  seriesYears,
} from '../aggregate/index.ts';
import { formatInteger } from '../format/index.ts';
import type { ComputeInput, TableDef, TableModel } from '../registry/types.ts';
import { relativeChange } from '../stats/index.ts';
import { col, num, tableModel } from './common.ts';

function computeHeadline(input: ComputeInput): TableModel {
  const { panel, reference, reportYear } = input;
  const years = seriesYears(panel, reportYear);
  const methodNotes: string[] = [];
  const rows = years.map((year, i) => {
    const now = nationalSum(panel, reference, year);
    const before = i > 0 ? nationalSum(panel, reference, years[i - 1]!) : undefined;
    const ch = changeFromLastYear(panel, year, before?.arsverk.all, now.arsverk.all);
    const sV = changeSplit(panel, reference, year, 'V');
    const sB = changeSplit(panel, reference, year, 'B');
    let real: number | undefined;
    let realPct: number | undefined;
    if (sV && sB && sV.real.arsverk !== undefined && sB.real.arsverk !== undefined) {
      real = sV.real.arsverk + sB.real.arsverk;
      const b = (sV.realBefore ?? 0) + (sB.realBefore ?? 0);
      realPct = relativeChange(b, b + real);
      methodNotes.push(
        `${year}: ${formatInteger(sV.changedUnits)} enheter (voksne) og ${formatInteger(sB.changedUnits)} (barn og unge) oppga at endringen skyldes endret beregningsmåte.`,
      );
    }
    return {
      cells: {
        year: String(year),
        V: num(now.arsverk.V),
        B: num(now.arsverk.B),
        all: num(now.arsverk.all),
        change: num(ch.arsverk),
        changePct: num(ch.relative),
        real: num(real),
        realPct: num(realPct),
      },
    };
  });
  const first = years[0]!;
  return tableModel(input, {
    id: 'headline',
    title: `Årsverk i kommunalt psykisk helse- og rusarbeid for voksne og for barn og unge, ${first}–${reportYear}`,
    columns: [
      col.text('year', 'År'),
      col.arsverk('V', 'Voksne'),
      col.arsverk('B', 'Barn og unge'),
      col.arsverk('all', 'Totalt'),
      col.change('change', 'Endring fra året før'),
      col.changePct('changePct', 'Endring fra året før (prosent)'),
      col.change('real', 'Reell vekst'),
      col.changePct('realPct', 'Reell vekst (prosent)'),
    ],
    rows,
    notes: [
      'Årsverk i alle kommuner og Oslos bydeler, på dagens kommuneinndeling. For enheter som ikke rapporterte, er fjorårets tall videreført.',
      'Reell vekst er endringen uten enhetene som oppga at endringen i årsverk skyldes endret beregningsmåte, ikke en reell endring. Spørsmålet er stilt fra 2023.',
      ...methodNotes,
      ...schemeBreakYears(panel, reportYear).map(schemeBreakNote),
    ],
  });
}

export const headline: TableDef = { kind: 'table', id: 'headline', chapter: 'sammendrag', compute: computeHeadline };
