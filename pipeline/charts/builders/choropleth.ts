// Choropleth of kommune values (e.g. årsverk per 10 000) on the 2024 kommune map (TopoJSON object
// `Kommuner`, id = kommunenummer). Classes: quantiles of the observed values (default 5), labelled with
// their ranges; a sequential single-hue scheme (readable with any colour-vision deficiency); kommuner with
// no value are grey and get their own legend entry. Attribution "© Kartverket (CC BY 4.0)" in the corner.
import type { TopLevelSpec } from 'vega-lite';
import { formatInteger, round } from '../../format/index.ts';
import { quantile } from '../../stats/index.ts';
import { describeExtremes } from '../alt-text.ts';
import { ANNOTATION_SIZE, MISSING_FILL, SEPARATOR, sequentialColours, STROKE, TEXT_MUTED } from '../../look/index.ts';
import type { BuiltChart, ChartSize, ValueFormat } from '../types.ts';
import { TEXT_FORMAT } from '../value-format.ts';
import { projectTopology } from '../map-projection.ts';
import type { Topology } from '../map-projection.ts';

/** The parts of a TopoJSON topology this builder reads (the map is passed in whole to Vega). */
export interface KommuneTopology {
  type: 'Topology';
  objects: { Kommuner: { type: 'GeometryCollection'; geometries: { id?: string | number; properties?: Record<string, unknown> }[] } };
  arcs: unknown[];
  transform?: unknown;
  bbox?: number[];
}

export interface ChoroplethInput extends ChartSize {
  topology: KommuneTopology;
  values: { code: string; value: number | null | undefined }[];
  /** Legend title, e.g. "Årsverk per 10 000 innbyggere". */
  legendTitle: string;
  format: ValueFormat;
  /** Number of quantile classes (default 5). */
  classes?: number;
  attribution?: string;
}

const MISSING_LABEL = 'Mangler tall';

/** Class breaks: quantiles of the observed values, rounded as shown, without duplicates. */
export function quantileBreaks(values: readonly number[], classes: number, round: (x: number) => number): number[] {
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = quantile(values, i / classes);
    if (q === undefined) continue;
    const r = round(q);
    if (!breaks.includes(r)) breaks.push(r);
  }
  return breaks;
}

const DIGITS: Record<ValueFormat, number> = { integer: 0, decimal1: 1, decimal2: 2, percent1: 3 };

/**
 * Classes from breaks b1 < b2 < …: "Under b1", "b1–(b2 − one step)", …, "bk og over", where a value belongs
 * to a class by its value as shown (rounded), so a kommune shown as 31,9 is never in "Under 31,9".
 */
export function classify(breaks: readonly number[], digits: number, fmt: (x: number) => string) {
  const step = 10 ** -digits;
  const labels =
    breaks.length === 0
      ? ['Alle']
      : [
          `Under ${fmt(breaks[0]!)}`,
          ...breaks.slice(1).map((b, i) => `${fmt(breaks[i]!)}\u2013${fmt(round(b - step, digits))}`),
          `${fmt(breaks[breaks.length - 1]!)} og over`,
        ];
  const classOf = (v: number): string => {
    const shown = round(v, digits);
    let k = 0;
    while (k < breaks.length && shown >= breaks[k]!) k++;
    return labels[k]!;
  };
  return { labels, classOf };
}

export function choroplethChart(input: ChoroplethInput): BuiltChart {
  const { topology, legendTitle, format } = input;
  const fmt = TEXT_FORMAT[format];
  const digits = DIGITS[format];
  const byCode = new Map(input.values.map((v) => [v.code, v.value]));
  const observed = input.values.map((v) => v.value).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const nClasses = Math.min(6, Math.max(3, input.classes ?? 5));
  const breaks = quantileBreaks(observed, nClasses, (x) => round(x, digits));
  const colours = sequentialColours(breaks.length + 1);
  const { labels: classLabels, classOf } = classify(breaks, digits, fmt);

  const geometries = topology.objects.Kommuner.geometries;
  const lookup = geometries.map((g) => {
    const code = String(g.id ?? '');
    const v = byCode.get(code);
    const ok = typeof v === 'number' && Number.isFinite(v);
    // `text`: the value as shown, for the web edition's tooltip (print draws only the class).
    return { code, cls: ok ? classOf(v) : MISSING_LABEL, text: ok ? fmt(v) : '–' };
  });
  const anyMissing = lookup.some((l) => l.cls === MISSING_LABEL);
  const domain = [...classLabels, ...(anyMissing ? [MISSING_LABEL] : [])];
  const range = [...colours, ...(anyMissing ? [MISSING_FILL] : [])];

  const width = input.width ?? 400;
  const height = input.height ?? 520;
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height,
    projection: { type: 'identity', scale: 1, translate: [0, 0] },
    layer: [
      {
        data: { values: projectTopology(topology as unknown as Topology, width, height), format: { type: 'topojson', feature: 'Kommuner' } },
        transform: [{ lookup: 'id', from: { data: { values: lookup }, key: 'code', fields: ['cls', 'text'] } }],
        mark: { type: 'geoshape', stroke: SEPARATOR, strokeWidth: STROKE.mapBorder },
        encoding: {
          color: {
            field: 'cls',
            type: 'ordinal',
            title: legendTitle,
            scale: { domain, range },
            legend: { orient: 'top-left', direction: 'vertical', symbolType: 'square', titleLimit: 240, labelLimit: 200, offset: 0 },
          },
        },
      },
      {
        data: { values: [{ text: input.attribution ?? '© Kartverket (CC BY 4.0)' }] },
        mark: { type: 'text', align: 'right', baseline: 'bottom', fontSize: ANNOTATION_SIZE - 1.5, color: TEXT_MUTED, x: { expr: 'width' }, y: { expr: 'height' } },
        encoding: { text: { field: 'text' } },
      },
    ],
  } as unknown as TopLevelSpec;

  const names = new Map(
    geometries.map((g) => {
      const name: unknown = g.properties?.['kommunenavn'];
      return [String(g.id ?? ''), typeof name === 'string' ? name : String(g.id ?? '')];
    }),
  );
  const columns = [
    { key: 'code', label: 'Kommunenummer', format: 'text' as const },
    { key: 'name', label: 'Kommune', format: 'text' as const },
    { key: 'value', label: legendTitle, format },
    { key: 'class', label: 'Klasse', format: 'text' as const },
  ];
  const rows = lookup.map((l) => {
    const v = byCode.get(l.code);
    return { cells: { code: l.code, name: names.get(l.code) ?? l.code, value: typeof v === 'number' && Number.isFinite(v) ? v : null, class: l.cls } };
  });
  const counts = domain.map((d) => `${d}: ${formatInteger(lookup.filter((l) => l.cls === d).length)}`);
  const altText =
    `Kart over kommunene, ${legendTitle.toLocaleLowerCase('nb')} i ${domain.length} klasser (antall kommuner: ${counts.join('; ')}). ` +
    describeExtremes(
      rows.map((r) => ({ label: String(r.cells.name), value: r.cells.value })),
      fmt,
    );
  return { spec, data: { columns, rows }, altText };
}
