// Årsverk by tiltak or by utdanning for one target group: the report year and the year before, with the
// change. Categories are the report year's; when the year before used another scheme, its column and the
// change are left empty (incompatible categories are never compared) and a note says so.
import {
  categoryTotals,
  changeFromLastYear,
  comparable,
  GROUP_TEXT,
  previousYear,
  schemeBreakNote,
} from '../aggregate/index.ts';
import type { CategoryKind } from '../aggregate/index.ts';
import type { ComputeInput, TableDef, TableModel, TableRow } from '../registry/types.ts';
import { sum } from '../stats/index.ts';
import type { Group } from '../types.ts';
import { col, num, tableModel } from './common.ts';

const KIND_TITLE: Record<CategoryKind, string> = { tiltak: 'tiltak', utdanning: 'utdanning' };

export function computeCategoryTable(input: ComputeInput, id: string, group: Group, kind: CategoryKind): TableModel {
  const { panel, codebook, reportYear } = input;
  const prev = previousYear(panel, reportYear);
  const ok = comparable(panel, prev, reportYear);
  const now = categoryTotals(panel, codebook, reportYear, group, kind);
  const before = ok && prev !== undefined ? new Map(categoryTotals(panel, codebook, prev, group, kind).map((c) => [c.code, c.arsverk])) : undefined;
  const rows: TableRow[] = now.map((c) => {
    const b = before?.get(c.code);
    const ch = changeFromLastYear(panel, reportYear, b, c.arsverk);
    return { cells: { category: c.label, before: num(b), now: num(c.arsverk), change: num(ch.arsverk), changePct: num(ch.relative) } };
  });
  const totalNow = sum(now.map((c) => c.arsverk));
  const totalBefore = before ? sum([...before.values()]) : undefined;
  const chTotal = changeFromLastYear(panel, reportYear, totalBefore, totalNow);
  rows.push({
    cells: { category: 'I alt', before: num(totalBefore), now: num(totalNow), change: num(chTotal.arsverk), changePct: num(chTotal.relative) },
    kind: 'total',
  });
  const prevLabel = prev === undefined ? 'Året før' : String(prev);
  return tableModel(input, {
    id,
    title: `Årsverk for ${GROUP_TEXT[group]} etter ${KIND_TITLE[kind]}, ${prev !== undefined ? `${prev} og ` : ''}${reportYear}`,
    columns: [
      col.text('category', kind === 'tiltak' ? 'Tiltak' : 'Utdanning'),
      col.arsverk('before', prevLabel),
      col.arsverk('now', String(reportYear)),
      col.change('change', 'Endring'),
      col.changePct('changePct', 'Endring (prosent)'),
    ],
    rows,
    notes: [
      `Kategoriene for ${reportYear}. Årsverk i alle kommuner og Oslos bydeler; for enheter som ikke rapporterte, er fjorårets tall videreført.`,
      !ok && prev !== undefined && schemeBreakNote(reportYear),
    ],
  });
}

export function categoryTableDef(id: string, group: Group, kind: CategoryKind): TableDef {
  return { kind: 'table', id, chapter: 'tiltak', compute: (input) => computeCategoryTable(input, id, group, kind) };
}
