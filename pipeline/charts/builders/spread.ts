// The spread of unit values within groups (e.g. årsverk per 10 000 within each size group): every unit as a
// dot, spread vertically by a hash of its code (the same picture on every run), over a box from the first to
// the third quartile with the median marked and a whisker from the lowest to the highest value. Quartiles by
// pipeline/stats (R type 7), so the table and the drawing agree. Groups are rows 0, 1, 2 … on a linear
// y scale, labelled with their names, which keeps boxes, whiskers and dots aligned exactly.
import { hash32 } from '../../util/hash32.ts';
import type { TopLevelSpec } from 'vega-lite';
import { formatInteger } from '../../format/index.ts';
import { max, median, min, quantile } from '../../stats/index.ts';
import { describeExtremes } from '../alt-text.ts';
import { FULL_WIDTH, POINT, PRIMARY, SPREAD, STROKE, TEXT } from '../../look/index.ts';
import type { BuiltChart, ChartSize, ValueFormat } from '../types.ts';
import { AXIS_FORMAT, TEXT_FORMAT } from '../value-format.ts';

export interface SpreadInput extends ChartSize {
  points: { group: string; unit: string; value: number | null | undefined }[];
  /** Group order top to bottom (default: order of first appearance). */
  groups?: string[];
  valueTitle: string;
  groupTitle: string;
  format: ValueFormat;
}

/** Deterministic jitter in [−1, 1] from a string (pipeline/util/hash32.ts). */
export function jitter(key: string): number {
  return (hash32(key) / 0xffffffff) * 2 - 1;
}

const ROW = 44;
const BOX = 0.28; // half height of a box, in rows
const DOT_SPREAD = 0.2; // half height of the dot cloud, in rows

export function spreadChart(input: SpreadInput): BuiltChart {
  const { points, valueTitle, format } = input;
  const fmt = TEXT_FORMAT[format];
  const groups = input.groups ?? [...new Set(points.map((p) => p.group))];
  const observed = points.filter(
    (p): p is { group: string; unit: string; value: number } => typeof p.value === 'number' && Number.isFinite(p.value),
  );

  const stats = groups.map((group) => {
    const vs = observed.filter((p) => p.group === group).map((p) => p.value);
    return {
      group,
      n: vs.length,
      min: min(vs) ?? null,
      q1: quantile(vs, 0.25) ?? null,
      median: median(vs) ?? null,
      q3: quantile(vs, 0.75) ?? null,
      max: max(vs) ?? null,
    };
  });
  const row = new Map(groups.map((g, i) => [g, i]));
  const labels = stats.map((s) => `${s.group} (n\u00a0=\u00a0${formatInteger(s.n)})`);
  const dots = observed
    .filter((p) => row.has(p.group))
    .map((p) => ({ value: p.value, y: row.get(p.group)! + jitter(p.unit) * DOT_SPREAD }));
  const boxes = stats
    .map((s, i) => ({ ...s, y: i, y0: i - BOX, y1: i + BOX }))
    .filter((s) => s.n > 0);

  const y = {
    type: 'quantitative',
    title: null,
    scale: { domain: [-0.6, groups.length - 0.4], reverse: true, nice: false, zero: false },
    axis: {
      values: groups.map((_, i) => i),
      labelExpr: `${JSON.stringify(labels)}[datum.value]`,
      grid: false,
      labelPadding: 6,
    },
  };
  const x = { type: 'quantitative', title: valueTitle, scale: { zero: false, nice: true }, axis: { format: AXIS_FORMAT[format], grid: true } };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: input.width ?? FULL_WIDTH,
    height: input.height ?? groups.length * ROW + 44,
    layer: [
      {
        data: { values: boxes },
        mark: { type: 'rule', color: TEXT, strokeWidth: STROKE.whisker },
        encoding: { x: { ...x, field: 'min' }, x2: { field: 'max' }, y: { ...y, field: 'y' } },
      },
      {
        data: { values: boxes },
        mark: { type: 'rect', fill: SPREAD.reportBoxFill, stroke: TEXT, strokeWidth: STROKE.box },
        encoding: { x: { field: 'q1', type: 'quantitative' }, x2: { field: 'q3' }, y: { field: 'y0', type: 'quantitative' }, y2: { field: 'y1' } },
      },
      {
        data: { values: dots },
        mark: { type: 'circle', size: POINT.spreadArea, opacity: SPREAD.reportDotOpacity, color: PRIMARY },
        encoding: { x: { field: 'value', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
      },
      {
        data: { values: boxes },
        mark: { type: 'rule', color: TEXT, strokeWidth: STROKE.median },
        encoding: { x: { field: 'median', type: 'quantitative' }, y: { field: 'y0', type: 'quantitative' }, y2: { field: 'y1' } },
      },
    ],
  } as unknown as TopLevelSpec;

  const columns = [
    { key: 'group', label: input.groupTitle, format: 'text' as const },
    { key: 'n', label: 'Antall enheter', format: 'integer' as const },
    { key: 'min', label: 'Lavest', unit: valueTitle, format },
    { key: 'q1', label: '1. kvartil', unit: valueTitle, format },
    { key: 'median', label: 'Median', unit: valueTitle, format },
    { key: 'q3', label: '3. kvartil', unit: valueTitle, format },
    { key: 'max', label: 'Høyest', unit: valueTitle, format },
  ];
  const rows = stats.map((s) => ({ cells: { ...s } }));
  const altText = `${valueTitle}, median per gruppe. ${describeExtremes(
    stats.map((s) => ({ label: s.group, value: s.median })),
    fmt,
  )}`;
  return { spec, data: { columns, rows }, altText };
}
