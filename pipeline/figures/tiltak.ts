// Bars of årsverk by tiltak in the report year: voksne above, barn og unge below (their categories differ).
import { categoryTotals, GROUP_LABEL } from '../aggregate/index.ts';
import { barChart } from '../charts/index.ts';
import type { ComputeInput, FigureDef, FigureModel } from '../registry/types.ts';
import { GROUPS } from '../types.ts';
import { figureModel, stackCharts } from './common.ts';
import { labelColumnWidth, wrapBarLabels } from './wrap-labels.ts';

function computeTiltakFigure(input: ComputeInput): FigureModel {
  const { panel, codebook, reportYear } = input;
  const totals = GROUPS.map((g) => ({ g, totals: categoryTotals(panel, codebook, reportYear, g, 'tiltak') }));
  const columnWidth = labelColumnWidth(totals.flatMap((t) => t.totals.map((c) => c.label)));
  const chart = stackCharts(
    totals.map(({ g, totals }) => ({
      title: GROUP_LABEL[g],
      chart: wrapBarLabels(
        barChart({
          bars: totals.map((c) => ({ category: c.label, value: c.arsverk })),
          valueTitle: 'Årsverk',
          categoryTitle: 'Tiltak',
          format: 'integer',
        }),
        totals.map((c) => c.label),
        { columnWidth, rowHeight: 34 },
      ),
    })),
    'Målgruppe',
  );
  return figureModel(input, {
    id: 'tiltak',
    title: `Årsverk etter tiltak, ${reportYear}`,
    chart,
    notes: [`Kategoriene for ${reportYear}.`],
  });
}

export const tiltakFigure: FigureDef = { kind: 'figure', id: 'tiltak', chapter: 'tiltak', compute: computeTiltakFigure };
