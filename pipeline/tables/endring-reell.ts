// Method chapter: units that said the change in their årsverk came from a new way of estimating them
// (ENDRING_REELL_V/B = 2), their change, and the change of all other units ("reell vekst").
import { changeSplit, GROUP_LABEL, schemeBreakNote, schemeBreakYears, seriesYears } from '../aggregate/index.ts';
import type { ComputeInput, TableDef, TableModel, TableRow } from '../registry/types.ts';
import { GROUPS } from '../types.ts';
import { col, num, tableModel } from './common.ts';

function computeEndringReell(input: ComputeInput): TableModel {
  const { panel, reference, reportYear } = input;
  const rows: TableRow[] = [];
  for (const year of seriesYears(panel, reportYear)) {
    for (const g of GROUPS) {
      const s = changeSplit(panel, reference, year, g);
      if (!s) continue;
      rows.push({
        cells: {
          year: String(year),
          group: GROUP_LABEL[g],
          units: num(s.changedUnits),
          before: num(s.changedBefore),
          after: num(s.changedAfter),
          change: num(s.changedChange.arsverk),
          real: num(s.real.arsverk),
          realPct: num(s.real.relative),
        },
      });
    }
  }
  const breaks = schemeBreakYears(panel, reportYear);
  return tableModel(input, {
    id: 'endring-reell',
    title: 'Enheter som endret beregningsmåte for årsverk, og reell vekst',
    columns: [
      col.text('year', 'År'),
      col.text('group', 'Målgruppe'),
      col.count('units', 'Enheter med endret beregningsmåte', 'kommuner og bydeler'),
      col.arsverk1('before', 'Deres årsverk året før'),
      col.arsverk1('after', 'Deres årsverk'),
      col.change1('change', 'Deres endring'),
      col.change('real', 'Reell vekst (øvrige enheter)'),
      col.changePct('realPct', 'Reell vekst (prosent)'),
    ],
    rows,
    notes: [
      'Enhetene svarte på om endringen i årsverk fra året før er en reell endring eller skyldes endret beregningsmåte. Spørsmålet er stilt fra 2023.',
      'Reell vekst: endringen i årsverk for alle øvrige kommuner og bydeler.',
      rows.length === 0 && 'Ingen år i datagrunnlaget har svar på spørsmålet.',
      ...breaks.map(schemeBreakNote),
    ],
  });
}

export const endringReell: TableDef = { kind: 'table', id: 'endring-reell', chapter: 'metode', compute: computeEndringReell };
