// What every core figure shares: the FigureModel from a built chart (its data table gets the figure's title,
// notes and source line), and two charts stacked as one figure (e.g. voksne above barn og unge).
import type { TopLevelSpec } from 'vega-lite';
import { sourceLine } from '../aggregate/index.ts';
import type { BuiltChart, ChartData } from '../charts/index.ts';
import type { ComputeInput, FigureModel } from '../registry/types.ts';

export interface FigureParts {
  id: string;
  title: string;
  chart: BuiltChart;
  notes?: (string | undefined | false)[];
}

export function figureModel(input: ComputeInput, parts: FigureParts): FigureModel {
  const notes = (parts.notes ?? []).filter((n): n is string => typeof n === 'string' && n.length > 0);
  const source = sourceLine(input.panel);
  return {
    id: parts.id,
    title: parts.title,
    altText: parts.chart.altText,
    spec: parts.chart.spec,
    table: { id: parts.id, title: parts.title, columns: parts.chart.data.columns, rows: parts.chart.data.rows, notes, source },
    notes,
    source,
  };
}

export interface ChartPanel {
  /** Heading above the chart, e.g. "Voksne". */
  title: string;
  chart: BuiltChart;
}

/**
 * Charts stacked vertically as one figure, each with its heading. Width fits the first chart's width (Vega-Lite's
 * "fit-x", which works for concatenated views); the data tables are joined with a first column naming the panel.
 */
export function stackCharts(panels: ChartPanel[], panelColumn: string): BuiltChart {
  const width = Math.max(...panels.map((p) => Number((p.chart.spec as { width?: number }).width ?? 0)));
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    autosize: { type: 'fit-x', contains: 'padding' },
    width,
    spacing: 18,
    vconcat: panels.map((p) => {
      const { $schema: _schema, ...rest } = p.chart.spec as unknown as Record<string, unknown>;
      return { ...rest, title: { text: p.title, fontSize: 12, anchor: 'start', offset: 8 } };
    }),
  } as unknown as TopLevelSpec;
  const first = panels[0]!.chart.data;
  const data: ChartData = {
    columns: [{ key: 'panel', label: panelColumn, format: 'text' }, ...first.columns],
    rows: panels.flatMap((p) => p.chart.data.rows.map((r) => ({ ...r, cells: { panel: p.title, ...r.cells } }))),
  };
  for (const p of panels) {
    const keys = p.chart.data.columns.map((c) => c.key).join();
    if (keys !== first.columns.map((c) => c.key).join()) throw new Error('stacked charts need the same table columns');
  }
  return { spec, data, altText: panels.map((p) => `${p.title}: ${p.chart.altText}`).join(' ') };
}
