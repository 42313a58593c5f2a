// Horizontal bars (one bar per category, or grouped: one bar per group within each category), with the
// value printed at the end of each bar. Missing values get no bar and the label '–' (never a zero bar).
import type { TopLevelSpec } from 'vega-lite';
import { measureText } from '../../fonts/index.ts';
import { MISSING } from '../../format/index.ts';
import { describeExtremes } from '../alt-text.ts';
import { ANNOTATION_SIZE, CATEGORICAL, FULL_WIDTH, HIGHLIGHT, HIGHLIGHT_WEIGHT, LABEL_SIZE, PRIMARY, TEXT } from '../../look/index.ts';
import { highlightedLabels } from './highlight.ts';
import type { BuiltChart, ChartSize, ValueFormat } from '../types.ts';
import { AXIS_FORMAT, TEXT_FORMAT } from '../value-format.ts';

export interface BarInput extends ChartSize {
  /** One entry per bar (values ≥ 0; the value label sits after the bar end); `group` only for grouped bars. */
  bars: { category: string; group?: string; value: number | null | undefined }[];
  /** Category order, top to bottom (default: order of first appearance). */
  categories?: string[];
  /** Groups (grouped bars), in legend order; `label` is shown, `key` matches `bars[].group`. */
  groups?: { key: string; label: string }[];
  /** Title of the value axis, e.g. "Årsverk per 10 000 innbyggere". */
  valueTitle: string;
  /** Heading of the category column in the data table, e.g. "Fylke". */
  categoryTitle: string;
  format: ValueFormat;
  /**
   * Categories that stand apart, e.g. "Hele landet": their axis label is bold, and in single-series bars the
   * bar is drawn in a muted colour (grouped bars keep their group colours).
   */
  highlight?: string[];
  /** Print the value at the end of each bar (default true). */
  showValues?: boolean;
}

const BAR_STEP = 22;
/** Pixels per bar in grouped bars: 13 lets figure 4.1 (16 fylker × 2) fit under its chapter's intro on one page. */
const GROUP_BAR_STEP = 13;

export function barChart(input: BarInput): BuiltChart {
  const { bars, groups, valueTitle, format } = input;
  const fmt = TEXT_FORMAT[format];
  const showValues = input.showValues ?? true;
  const categories = input.categories ?? [...new Set(bars.map((b) => b.category))];
  const grouped = !!groups?.length;
  const groupLabel = new Map(groups?.map((g) => [g.key, g.label]));
  const highlight = new Set(input.highlight ?? []);

  const values = bars.map((b) => {
    const ok = typeof b.value === 'number' && Number.isFinite(b.value);
    return {
      category: b.category,
      group: b.group !== undefined ? (groupLabel.get(b.group) ?? b.group) : '',
      value: ok ? b.value : null,
      labelX: ok ? b.value : 0,
      text: ok ? fmt(b.value as number) : MISSING,
      highlight: highlight.has(b.category),
    };
  });

  // Room at the end of the longest bar for its label: extend the domain by the label's share of the plot.
  const width = input.width ?? FULL_WIDTH;
  const categoryWidth = Math.max(0, ...categories.map((c) => measureText(c, { size: LABEL_SIZE, weight: highlight.has(c) ? HIGHLIGHT_WEIGHT : 400 })));
  const plotWidth = Math.max(120, width - categoryWidth - 20);
  const maxValue = Math.max(0, ...values.map((v) => v.value ?? 0));
  const maxLabel = Math.max(0, ...values.map((v) => measureText(v.text, { size: ANNOTATION_SIZE })));
  const domainMax = showValues && maxValue > 0 ? maxValue / (1 - Math.min(0.5, (maxLabel + 8) / plotWidth)) : undefined;

  const step = grouped ? GROUP_BAR_STEP * groups.length + 8 : BAR_STEP;
  const legendHeight = grouped ? 34 : 0;
  const height = input.height ?? categories.length * step + 40 + legendHeight;

  const bold = highlightedLabels(categories.filter((c) => highlight.has(c)));
  const y = { field: 'category', type: 'nominal', title: null, sort: categories, axis: { labelPadding: 6, ...bold } };
  const x = {
    field: 'value',
    type: 'quantitative',
    title: valueTitle,
    scale: { zero: true, ...(domainMax !== undefined ? { domainMax, nice: false } : { nice: true }) },
    axis: showValues ? { labels: false, ticks: false, domain: false, grid: false } : { format: AXIS_FORMAT[format], grid: true },
  };
  const color = grouped
    ? { field: 'group', type: 'nominal', title: null, scale: { domain: groups.map((g) => g.label), range: [...CATEGORICAL] } }
    : { condition: { test: 'datum.highlight', value: HIGHLIGHT }, value: PRIMARY };
  const offset = grouped ? { yOffset: { field: 'group', type: 'nominal', sort: groups.map((g) => g.label) } } : {};

  const layers: object[] = [{ mark: { type: 'bar' }, encoding: { x, color } }];
  if (showValues) {
    layers.push({
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: ANNOTATION_SIZE, color: TEXT },
      encoding: { x: { field: 'labelX', type: 'quantitative' }, text: { field: 'text' } },
    });
  }

  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height,
    data: { values },
    encoding: { y, ...offset },
    layer: layers,
  } as unknown as TopLevelSpec;

  // Table: one row per category; one value column, or one per group.
  const columns = [
    { key: 'category', label: input.categoryTitle, format: 'text' as const },
    ...(grouped
      ? groups.map((g) => ({ key: g.key, label: g.label, unit: valueTitle, format }))
      : [{ key: 'value', label: valueTitle, format }]),
  ];
  const rows = categories.map((category) => {
    const cells: Record<string, number | string | null> = { category };
    if (grouped) {
      for (const g of groups) cells[g.key] = valueOf(bars.find((b) => b.category === category && b.group === g.key)?.value);
    } else {
      cells['value'] = valueOf(bars.find((b) => b.category === category)?.value);
    }
    return { cells };
  });

  const altText = grouped
    ? groups
        .map((g) =>
          describeExtremes(
            bars.filter((b) => b.group === g.key && !highlight.has(b.category)).map((b) => ({ label: b.category, value: b.value })),
            fmt,
            g.label,
          ),
        )
        .join(' ')
    : describeExtremes(
        bars.filter((b) => !highlight.has(b.category)).map((b) => ({ label: b.category, value: b.value })),
        fmt,
      );

  return { spec, data: { columns, rows }, altText: `${valueTitle}. ${altText}` };
}

function valueOf(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
