// Appendix: every kommune and Oslo bydel with fylke, årsverk, årsverk per 10 000 in the target group, the
// change from the year before and whether its figures were reported, carried forward or estimated.
import { previousYear, RATE_UNIT, schemeBreakNote, comparable, unitYears, type UnitYear } from '../aggregate/index.ts';
import type { ComputeInput, TableDef, TableModel } from '../registry/types.ts';
import { col, num, tableModel } from './common.ts';

export function imputationLabel(u: UnitYear): string {
  const f = u.imputation;
  if (!f || f.kind === 'reported') return 'Rapportert';
  if (f.kind === 'carried-forward') return `Videreført fra ${f.fromYear}`;
  return 'Beregnet';
}

function computeAppendix(input: ComputeInput): TableModel {
  const { panel, reportYear } = input;
  const prev = previousYear(panel, reportYear);
  const units = unitYears(panel, reportYear).sort((a, b) => a.fylke.localeCompare(b.fylke) || a.code.localeCompare(b.code));
  const rows = units.map((u) => {
    const all = u.change.all;
    return {
      cells: {
        fylke: u.fylkeName,
        code: u.code,
        name: u.name,
        V: num(u.arsverk.V),
        B: num(u.arsverk.B),
        rateV: num(u.per10000.V),
        rateB: num(u.per10000.B),
        change: num(all.arsverk),
        changePct: num(all.relative),
        flag: imputationLabel(u),
      },
    };
  });
  return tableModel(input, {
    id: 'appendix-units',
    title: `Årsverk per kommune og bydel, ${reportYear}`,
    columns: [
      col.text('fylke', 'Fylke'),
      col.text('code', 'Nummer'),
      col.text('name', 'Kommune/bydel'),
      col.arsverk1('V', 'Årsverk voksne'),
      col.arsverk1('B', 'Årsverk barn og unge'),
      col.rate('rateV', 'Voksne per 10 000 innbyggere 18 år og over', RATE_UNIT.V),
      col.rate('rateB', 'Barn og unge per 10 000 innbyggere 0–17 år', RATE_UNIT.B),
      col.change1('change', `Endring i årsverk fra ${prev ?? 'året før'}`),
      col.changePct('changePct', 'Endring (prosent)'),
      col.text('flag', 'Tallgrunnlag'),
    ],
    rows,
    notes: [
      `Kommuner per 1. januar ${reportYear}; Oslo rapporterer per bydel. Tall for tidligere år er omregnet til denne inndelingen.`,
      'Videreført: enheten rapporterte ikke, og tallene fra siste rapporterte år er brukt. Beregnet: ingen tidligere tall; anslått ut fra kommunestørrelsen.',
      prev !== undefined && !comparable(panel, prev, reportYear) && schemeBreakNote(reportYear),
    ],
  });
}

export const appendixUnits: TableDef = { kind: 'table', id: 'appendix-units', chapter: 'vedlegg', compute: computeAppendix };
