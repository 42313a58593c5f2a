// Grouped bars of årsverk by utdanning in the report year, voksne and barn og unge (the same categories).
import { categoryTotals, GROUP_LABEL } from '../aggregate/index.ts';
import { barChart } from '../charts/index.ts';
import type { ComputeInput, FigureDef, FigureModel } from '../registry/types.ts';
import { GROUPS } from '../types.ts';
import { figureModel } from './common.ts';
import { labelColumnWidth, wrapBarLabels } from './wrap-labels.ts';

/** "V_U03" → "U03": utdanning categories are shared by the groups. */
const category = (code: string) => code.replace(/^[VB]_/, '');

function computeUtdanningFigure(input: ComputeInput): FigureModel {
  const { panel, codebook, reportYear } = input;
  const byGroup = GROUPS.map((g) => ({ g, totals: categoryTotals(panel, codebook, reportYear, g, 'utdanning') }));
  const labels = new Map<string, string>();
  for (const { totals } of byGroup) for (const c of totals) labels.set(category(c.code), c.label);
  const categories = [...labels.values()];
  const built = barChart({
    bars: byGroup.flatMap(({ g, totals }) => totals.map((c) => ({ category: labels.get(category(c.code))!, group: g, value: c.arsverk }))),
    categories,
    groups: GROUPS.map((g) => ({ key: g, label: GROUP_LABEL[g] })),
    valueTitle: 'Årsverk',
    categoryTitle: 'Utdanning',
    format: 'integer',
  });
  const chart = wrapBarLabels(built, categories, { columnWidth: labelColumnWidth(categories), rowHeight: 38 });
  return figureModel(input, {
    id: 'utdanning',
    title: `Årsverk etter utdanning, ${reportYear}`,
    chart,
    notes: [`Kategoriene for ${reportYear}.`],
  });
}

export const utdanningFigure: FigureDef = { kind: 'figure', id: 'utdanning', chapter: 'tiltak', compute: computeUtdanningFigure };
