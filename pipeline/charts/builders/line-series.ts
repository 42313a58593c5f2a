// Line series over years with series breaks: a vertical rule and a label between the last year before a
// break and the break year; where the categories changed (joinAcross false) the line is not drawn across.
import type { TopLevelSpec } from 'vega-lite';
import { capitalise, describeTrend, endpoints, listNorwegian, lowerFirst } from '../alt-text.ts';
import type { NumberFormatter } from '../alt-text.ts';
import { ANNOTATION_SIZE, CATEGORICAL, DASH, FULL_WIDTH, POINT, STROKE, TEXT_MUTED } from '../../look/index.ts';
import type { BuiltChart, ChartSize, ValueFormat } from '../types.ts';
import { AXIS_FORMAT, TEXT_FORMAT } from '../value-format.ts';
import { lineRuns } from '../line-runs.ts';
import { yearDomain } from '../scale.ts';
import { BREAK_LABEL_GAP, layoutBreakLabels } from './break-labels.ts';

export interface Series {
  key: string;
  /** Legend label, e.g. "Voksne". */
  label: string;
  /** Subject of the alt-text sentence, e.g. "Årsverkene for voksne". Defaults to the label. */
  subject?: string;
}

export interface SeriesBreak {
  /** First year of the new series. */
  year: number;
  /** Label by the rule, e.g. "Kommunereform og pandemi"; use '\n' for a line break. */
  label: string;
  /** False when the categories changed: the line is not drawn from the year before to this year. */
  joinAcross: boolean;
}

export interface LineSeriesInput extends ChartSize {
  series: Series[];
  points: { year: number; series: string; value: number | null | undefined }[];
  breaks?: SeriesBreak[];
  /** Axis title for the values, e.g. "Årsverk". */
  valueTitle: string;
  format: ValueFormat;
  /** Start the value axis at zero (default true). */
  zero?: boolean;
}

interface Datum {
  year: number;
  series: string;
  label: string;
  value: number;
  segment: string;
}

export function lineSeriesChart(input: LineSeriesInput): BuiltChart {
  const { series, points, breaks = [], valueTitle, format } = input;
  const fmt = TEXT_FORMAT[format];
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const hardBreaks = new Set(breaks.filter((b) => !b.joinAcross).map((b) => b.year));

  // Segments: the runs of each series (a new one after a missing year and at a hard break).
  const values: Datum[] = [];
  for (const s of series) {
    const vals = years.map((year) => points.find((q) => q.series === s.key && q.year === year)?.value);
    const runs = lineRuns(years, (i) => typeof vals[i] === 'number' && Number.isFinite(vals[i]), hardBreaks);
    runs.forEach((run, k) => {
      for (const i of run) values.push({ year: years[i]!, series: s.key, label: s.label, value: vals[i] as number, segment: `${s.key}#${k}` });
    });
  }

  const colorDomain = series.map((s) => s.label);
  const xDomain = yearDomain(years);
  const width = input.width ?? FULL_WIDTH;
  // Break labels in rows above the plot; the value-axis title goes above them.
  const plotWidth = width - 60;
  const layout = layoutBreakLabels(
    breaks.map((b) => ({ at: (b.year - 0.5 - xDomain[0]) / (xDomain[1] - xDomain[0]), lines: b.label.split('\n') })),
    plotWidth,
    ANNOTATION_SIZE,
  );
  const { lineHeight, height: labelHeight } = layout;
  const breakData = breaks.map((b, i) => ({
    x: b.year - 0.5,
    label: layout.labels[i]!.lines,
    align: layout.labels[i]!.align,
    y: layout.labels[i]!.top,
  }));
  const single = series.length === 1;

  const x = {
    field: 'year',
    type: 'quantitative',
    title: null,
    scale: { domain: xDomain, nice: false, zero: false },
    axis: { values: years, format: 'd', grid: false },
  };
  const dataLayer = {
    data: { values },
    encoding: {
      x,
      y: {
        field: 'value',
        type: 'quantitative',
        title: valueTitle,
        scale: { zero: input.zero ?? true, nice: true },
        axis: { format: AXIS_FORMAT[format], tickCount: 5, ...(labelHeight ? { titleY: -labelHeight - 10 } : {}) },
      },
      color: single
        ? { value: CATEGORICAL[0] }
        : { field: 'label', type: 'nominal', title: null, scale: { domain: colorDomain } },
    },
    layer: [
      { mark: { type: 'line', interpolate: 'linear' }, encoding: { detail: { field: 'segment' } } },
      { mark: { type: 'point', filled: true, size: POINT.lineArea, opacity: 1 } },
    ],
  };
  const breakLayers = breakData.length
    ? [
        {
          data: { values: breakData },
          mark: { type: 'rule', strokeDash: [...DASH.reference], color: TEXT_MUTED, strokeWidth: STROKE.reference },
          encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative', scale: null }, y2: { value: 'height' } },
        },
        ...(['left', 'right'] as const)
          .filter((align) => breakData.some((d) => d.align === align))
          .map((align) => ({
            data: { values: breakData.filter((d) => d.align === align) },
            mark: {
              type: 'text',
              align,
              dx: align === 'left' ? BREAK_LABEL_GAP : -BREAK_LABEL_GAP,
              baseline: 'top',
              fontSize: ANNOTATION_SIZE,
              color: TEXT_MUTED,
              lineHeight,
            },
            encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative', scale: null }, text: { field: 'label' } },
          })),
      ]
    : [];

  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height: input.height ?? 280,
    layer: [dataLayer, ...breakLayers],
  } as unknown as TopLevelSpec;

  // The numbers behind the chart: one row per year, one column per series.
  const rows = years.map((year) => {
    const cells: Record<string, number | string | null> = { year: String(year) };
    for (const s of series) {
      const v = points.find((q) => q.series === s.key && q.year === year)?.value;
      cells[s.key] = typeof v === 'number' && Number.isFinite(v) ? v : null;
    }
    return { cells };
  });
  const columns = [
    { key: 'year', label: 'År', format: 'text' as const },
    ...series.map((s) => ({ key: s.key, label: s.label, unit: valueTitle, format })),
  ];

  return { spec, data: { columns, rows }, altText: lineSeriesAltText(input, fmt) };
}

/** One break label as running text: "kommunereform og pandemi". */
function breakText(b: SeriesBreak): string {
  return lowerFirst(b.label.replace(/\n/g, ' '));
}

/**
 * Trends are told within comparable years: the stretches between hard breaks (where the categories changed).
 * The last stretch with two or more years is described; a lone value after it is given on its own.
 */
export function lineSeriesAltText(input: LineSeriesInput, fmt: NumberFormatter): string {
  const { series, points, breaks = [] } = input;
  const sentences: string[] = [];
  const hardYears = breaks.filter((b) => !b.joinAcross).map((b) => b.year).sort((a, b) => a - b);
  const stretchOf = (year: number) => hardYears.filter((b) => b <= year).length;
  for (const s of series) {
    const subject = s.subject ?? s.label;
    const own = points.filter((p) => p.series === s.key && typeof p.value === 'number' && Number.isFinite(p.value));
    for (let k = hardYears.length; k >= 0; k--) {
      const ends = endpoints(own.filter((p) => stretchOf(p.year) === k));
      if (!ends) continue;
      sentences.push(describeTrend(subject, ends[0], ends[1], fmt));
      const later = own.filter((p) => stretchOf(p.year) > k).sort((a, b) => a.year - b.year);
      const lone = later[later.length - 1];
      if (lone && typeof lone.value === 'number') {
        const brk = breaks.find((b) => b.year === hardYears[stretchOf(lone.year) - 1]);
        const what = brk ? `${breakText(brk)}; ` : '';
        sentences.push(`${capitalise(subject)} var ${fmt(lone.value)} i ${lone.year} (${what}ikke sammenlignbart med årene før).`);
      }
      break;
    }
  }
  if (breaks.length) sentences.push(`Serien har brudd i ${listNorwegian(breaks.map((b) => `${b.year} (${breakText(b)})`))}.`);
  return sentences.join(' ');
}
