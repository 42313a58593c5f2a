// A unit page's charts as Vega-Lite, with the print sheet's look (pipeline/factsheets/svg: the same colours,
// dashes, line widths, sizes): the trend per target group and where the unit sits among comparable units.
// Each comes with the numbers behind it as a table (for "Vis tabell" and the CSV). Tooltip texts are made here
// with the sheet's number format. Pure.
import type { TopLevelSpec } from 'vega-lite';
import { jitter } from '../charts/builders/spread.ts';
import { chartTheme, DASH, GRID, POINT, PRIMARY, SEPARATOR, SMALL, SPREAD, STROKE, TEXT, TEXT_MUTED } from '../look/index.ts';
import type { FactsheetBody } from '../factsheets/html.ts';
import type { FactsheetModel } from '../factsheets/types.ts';
import { TREND_LOOK } from '../factsheets/view/trend.ts';
import { fmt } from '../factsheets/view/context.ts';
import type { TableModel } from '../registry/types.ts';
import { word, type Words } from './layout.ts';

export interface UnitChart {
  /** 'trend-V', 'position-B' */
  id: string;
  /** The id of the print SVG it replaces on the page. */
  svgId: string;
  spec: TopLevelSpec;
  table: Pick<TableModel, 'columns' | 'rows'> & { title: string };
}

const WIDTH = 330;
/** A Vega symbol's size (its area, px²) for a circle of the sheet's radius. */
const area = (radius: number): number => Math.round(Math.PI * radius * radius);
const LABEL = SMALL.labelSize;

function config(): object {
  const theme = chartTheme() as Record<string, unknown>;
  return { ...theme, padding: 2, axis: { ...(theme.axis as object), labelFontSize: LABEL, titleFontSize: LABEL } };
}

export function trendCharts(model: FactsheetModel, body: FactsheetBody, words: Words, safeId: (s: string) => string): UnitChart[] {
  const { trend } = model;
  const labels = body.trend.legend.map((l) => l.label);
  const last = trend.years[trend.years.length - 1]!;
  const hard = new Set(trend.breaks.filter((b) => !b.comparable).map((b) => b.year));
  return trend.groups.map((g, gi) => {
    const title = body.trend.charts[gi]?.title ?? g.group;
    const rows: Record<string, unknown>[] = [];
    g.series.forEach((s, si) => {
      let segment = 0;
      const has = (i: number) => s.values[i]?.value !== undefined && Number.isFinite(s.values[i].value);
      s.values.forEach((v, i) => {
        if (hard.has(v.year)) segment++;
        // A value with no line to either side gets a dot, as in print.
        const lone = !(i > 0 && !hard.has(v.year) && has(i - 1)) && !(i < s.values.length - 1 && !hard.has(s.values[i + 1]!.year) && has(i + 1));
        rows.push({ year: v.year, series: labels[si] ?? s.name, order: si, segment: `${si}-${segment}`, value: v.value ?? null, tip: fmt.rate(v.value), unit: s.key === 'unit', dot: s.key === 'unit' || lone });
      });
    });
    const domain = g.series.map((_, si) => labels[si] ?? '');
    const looks = g.series.map((s) => TREND_LOOK[s.key]);
    const color = { field: 'series', type: 'nominal', legend: null, scale: { domain, range: looks.map((l) => l.color) } };
    const x = {
      field: 'year',
      type: 'quantitative',
      title: null,
      scale: { domain: [trend.years[0]! - 0.4, last + 0.4], nice: false, zero: false },
      axis: { values: trend.years.filter((y) => (last - y) % 3 === 0), format: 'd', grid: false },
    };
    const y = { field: 'value', type: 'quantitative', title: null, scale: { zero: true, nice: true }, axis: { format: ',d', tickCount: 4, gridColor: GRID } };
    const unitLook = TREND_LOOK.unit;
    const otherWidth = TREND_LOOK.land.strokeWidth;
    const breakLabel = (reason: 'reform' | 'scheme') => body.t(reason === 'reform' ? 'trend.breakReform' : 'trend.breakScheme');
    const spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: WIDTH,
      height: 215,
      description: title,
      config: config(),
      data: { values: rows },
      layer: [
        ...(trend.breaks.length
          ? [
              {
                data: { values: trend.breaks.map((b) => ({ x: b.year - 0.5, label: breakLabel(b.reason), end: b.year - 0.5 > last - 2 })) },
                layer: [
                  { mark: { type: 'rule', color: TEXT_MUTED, strokeWidth: STROKE.reference, strokeDash: [...DASH.reference] }, encoding: { x: { ...x, field: 'x' } } },
                  // Labels near the right edge end at their rule, as in print.
                  ...(['left', 'right'] as const).map((align) => ({
                    transform: [{ filter: `datum.end === ${align === 'right'}` }],
                    mark: { type: 'text', color: TEXT_MUTED, fontSize: SMALL.annotationSize, align, dx: align === 'left' ? 3 : -3, baseline: 'top', y: 0 },
                    encoding: { x: { ...x, field: 'x' }, text: { field: 'label' } },
                  })),
                ],
              },
            ]
          : []),
        {
          mark: { type: 'line', strokeJoin: 'round' },
          transform: [{ filter: 'datum.value != null' }],
          encoding: {
            x,
            y,
            color,
            detail: { field: 'segment' },
            strokeDash: { field: 'series', type: 'nominal', legend: null, scale: { domain, range: looks.map((l) => (l.dash ? [...l.dash] : [1, 0])) } },
            strokeWidth: { condition: { test: 'datum.unit', value: unitLook.strokeWidth }, value: otherWidth },
            order: { field: 'order', sort: 'descending' },
          },
        },
        {
          mark: { type: 'point', filled: true },
          transform: [{ filter: 'datum.value != null' }],
          encoding: {
            x,
            y,
            color,
            size: { condition: { test: 'datum.unit', value: 30 }, value: 60 },
            opacity: { condition: { test: 'datum.dot', value: 1 }, value: 0 },
            tooltip: [
              { field: 'series', type: 'nominal', title: ' ' },
              { field: 'year', type: 'ordinal', title: words.year },
              { field: 'tip', type: 'nominal', title: body.t('trend.caption') },
            ],
          },
        },
      ],
    } as unknown as TopLevelSpec;
    const columns = [{ key: 'year', label: word(words, 'year'), format: 'text' as const }, ...g.series.map((s, si) => ({ key: `s${si}`, label: labels[si] ?? s.name, format: 'decimal1' as const }))];
    const tableRows = trend.years.map((year) => ({
      cells: Object.fromEntries([['year', String(year)], ...g.series.map((s, si) => [`s${si}`, s.values.find((v) => v.year === year)?.value ?? null])]) as Record<string, string | number | null>,
    }));
    return { id: `trend-${g.group}`, svgId: safeId(`trend-${model.unit.code}-${g.group}`), spec, table: { title: `${title}: ${body.trend.caption}`, columns, rows: tableRows } };
  });
}

export function positionCharts(model: FactsheetModel, body: FactsheetBody, words: Words, names: ReadonlyMap<string, string>, safeId: (s: string) => string): UnitChart[] {
  const p = model.position;
  if (!p || !body.position) return [];
  const view = body.position;
  return p.groups.map((g, gi) => {
    const caption = view.groups[gi]?.caption ?? g.group;
    const dots = g.values.map((v) => ({ name: names.get(v.code) ?? v.code, value: v.value, tip: fmt.rate(v.value), y: jitter(v.code), own: v.code === model.unit.code }));
    const marks = [
      ...(g.median !== undefined ? [{ label: body.t('position.median'), value: g.median, tip: fmt.rate(g.median) }] : []),
      ...(g.land !== undefined ? [{ label: body.t('position.landLine'), value: g.land, tip: fmt.rate(g.land) }] : []),
    ];
    const x = { field: 'value', type: 'quantitative', title: null, scale: { zero: false, nice: true }, axis: { format: ',d', tickCount: 5, grid: true, gridColor: GRID } };
    const y = { field: 'y', type: 'quantitative', title: null, scale: { domain: [-1.25, 1.25] }, axis: null };
    const tooltip = [
      { field: 'name', type: 'nominal', title: ' ' },
      { field: 'tip', type: 'nominal', title: body.t('trend.caption') },
    ];
    const spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: WIDTH,
      height: 62,
      description: caption,
      config: config(),
      layer: [
        ...(g.q1 !== undefined && g.q3 !== undefined
          ? [{ data: { values: [{ q1: g.q1, q3: g.q3 }] }, mark: { type: 'rect', fill: SPREAD.boxFill, stroke: TEXT_MUTED, strokeWidth: STROKE.smallBox, y: { expr: 'height * 0.06' }, y2: { expr: 'height * 0.94' } }, encoding: { x: { ...x, field: 'q1' }, x2: { field: 'q3' } } }]
          : []),
        { data: { values: dots.filter((d) => !d.own) }, mark: { type: 'circle', size: area(POINT.stripDotRadius), color: SPREAD.dot, opacity: SPREAD.dotOpacity }, encoding: { x, y: { ...y, scale: { domain: [-1.6, 1.6] } }, tooltip } },
        ...marks.map((m, i) => ({
          data: { values: [m] },
          mark: { type: 'rule', color: TEXT, strokeWidth: i === 0 ? STROKE.median : STROKE.land, ...(i === 0 ? {} : { strokeDash: [...DASH.landRule] }) },
          encoding: { x, tooltip: [{ field: 'label', type: 'nominal', title: ' ' }, { field: 'tip', type: 'nominal', title: body.t('trend.caption') }] },
        })),
        { data: { values: dots.filter((d) => d.own) }, mark: { type: 'circle', size: area(POINT.unitRadius), color: PRIMARY, opacity: 1, stroke: SEPARATOR, strokeWidth: STROKE.ring }, encoding: { x, tooltip } },
      ],
    } as unknown as TopLevelSpec;
    const sorted = [...dots].sort((a, b) => b.value - a.value);
    return {
      id: `position-${g.group}`,
      svgId: safeId(`position-${model.unit.code}-${g.group}`),
      spec,
      table: {
        title: caption,
        columns: [
          { key: 'name', label: word(words, 'unitName'), format: 'text' },
          { key: 'value', label: body.t('trend.caption'), format: 'decimal1' },
        ],
        rows: sorted.map((d) => ({ cells: { name: d.name, value: d.value }, ...(d.own ? { kind: 'subtotal' as const } : {}) })),
      },
    };
  });
}
