// Share of årsverk with higher education (høyskole/universitet) by kommune size group, voksne and barn og unge.
import { higherEducation, NATIONAL_LABEL } from '../aggregate/index.ts';
import { rowsOfYear } from '../panel/index.ts';
import { SIZE_GROUPS } from '../reference/index.ts';
import type { ComputeInput, TableDef, TableModel, TableRow } from '../registry/types.ts';
import type { PanelRow } from '../types.ts';
import { col, num, tableModel } from './common.ts';

function computeHigherEducation(input: ComputeInput): TableModel {
  const { panel, codebook, reportYear } = input;
  const all = rowsOfYear(panel, reportYear);
  const row = (label: string, rows: PanelRow[], kind?: 'total'): TableRow => {
    const V = higherEducation(rows, codebook, reportYear, 'V');
    const B = higherEducation(rows, codebook, reportYear, 'B');
    const both = V.all + B.all;
    return {
      cells: { group: label, units: rows.length, V: num(V.share), B: num(B.share), all: num(both > 0 ? (V.higher + B.higher) / both : undefined) },
      ...(kind ? { kind } : {}),
    };
  };
  const groups = SIZE_GROUPS.map((g) => ({ g, rows: all.filter((r) => r.sizeGroup === g.id) })).filter((x) => x.rows.length > 0);
  return tableModel(input, {
    id: 'higher-education',
    title: `Andel årsverk med høyere utdanning etter kommunestørrelse, ${reportYear}`,
    columns: [
      col.text('group', 'Kommunestørrelse (innbyggere)'),
      col.count('units', 'Enheter', 'kommuner og bydeler'),
      col.share('V', 'Voksne'),
      col.share('B', 'Barn og unge'),
      col.share('all', 'Totalt'),
    ],
    rows: [...groups.map((x) => row(x.g.label, x.rows)), row(NATIONAL_LABEL, all, 'total')],
    notes: [
      'Høyere utdanning: utdanning på høyskole- eller universitetsnivå (kategoriene i skjemaet som er merket slik i kodeboken). Andelen er regnet av årsverkene fordelt på utdanning.',
    ],
  });
}

export const higherEducationTable: TableDef = { kind: 'table', id: 'higher-education', chapter: 'tiltak', compute: computeHigherEducation };
