// Odds ratios with 95 % confidence intervals on a log scale, one row per term, a reference line at 1 and
// the reference category shown as a hollow dot at 1. The numbers are printed at the right of each row.
import type { TopLevelSpec } from 'vega-lite';
import { formatDecimal, MISSING } from '../../format/index.ts';
import { ANNOTATION_SIZE, BACKGROUND, DASH, FULL_WIDTH, POINT, PRIMARY, TEXT, TEXT_MUTED } from '../../look/index.ts';
import type { BuiltChart, ChartSize } from '../types.ts';

export interface OddsRatioTerm {
  label: string;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /** The reference category (odds ratio 1 by definition, no interval). */
  reference?: boolean;
}

export interface OddsRatioInput extends ChartSize {
  terms: OddsRatioTerm[];
  /** Heading of the term column in the data table, e.g. "Kommunestørrelse". */
  termTitle: string;
  /** What the model predicts, for the alt text, e.g. "stor økning i henvendelser". */
  outcome: string;
}

const ROW = 26;

function ok(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x > 0;
}

/** "1,45 (1,10–1,92)" or "1 (referanse)". */
export function formatOddsRatio(t: OddsRatioTerm): string {
  if (t.reference) return '1 (referanse)';
  if (!ok(t.estimate)) return MISSING;
  const ci = ok(t.lower) && ok(t.upper) ? ` (${formatDecimal(t.lower, 2)}\u2013${formatDecimal(t.upper, 2)})` : '';
  return `${formatDecimal(t.estimate, 2)}${ci}`;
}

export function oddsRatioChart(input: OddsRatioInput): BuiltChart {
  const { terms } = input;
  const values = terms.map((t) => ({
    label: t.label,
    estimate: t.reference ? 1 : ok(t.estimate) ? t.estimate : null,
    lower: !t.reference && ok(t.lower) ? t.lower : null,
    upper: !t.reference && ok(t.upper) ? t.upper : null,
    reference: !!t.reference,
    text: formatOddsRatio(t),
  }));
  const all = values.flatMap((v) => [v.estimate, v.lower, v.upper]).filter(ok);
  // Log scale from a bit below the smallest to a bit above the largest value, always including 1.
  const domain = [Math.min(1, ...all) / 1.2, Math.max(1, ...all) * 1.2];
  const ticks = [0.1, 0.2, 0.5, 1, 1.5, 2, 3, 5, 10, 20].filter((t) => t >= domain[0]! && t <= domain[1]!);
  const y = { field: 'label', type: 'nominal', title: null, sort: terms.map((t) => t.label), axis: { labelPadding: 6 } };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: input.width ?? FULL_WIDTH,
    height: input.height ?? terms.length * ROW + 48,
    data: { values },
    encoding: { y },
    layer: [
      {
        data: { values: [{ one: 1 }] },
        mark: { type: 'rule', color: TEXT_MUTED, strokeDash: [...DASH.reference] },
        encoding: { x: { field: 'one', type: 'quantitative' }, y: null },
      },
      {
        transform: [{ filter: 'datum.lower != null && datum.upper != null' }],
        mark: { type: 'rule', color: TEXT, strokeWidth: 1.5 },
        encoding: {
          x: {
            field: 'lower',
            type: 'quantitative',
            title: 'Oddsforhold med 95 % konfidensintervall (logaritmisk skala)',
            scale: { type: 'log', domain, nice: false },
            axis: { values: ticks, format: '~g', grid: true },
          },
          x2: { field: 'upper' },
        },
      },
      {
        transform: [{ filter: 'datum.estimate != null' }],
        mark: { type: 'point', shape: 'circle', size: POINT.oddsRatioArea, strokeWidth: 1.75, opacity: 1, stroke: PRIMARY, filled: true },
        encoding: {
          x: { field: 'estimate', type: 'quantitative' },
          fill: { condition: { test: 'datum.reference', value: BACKGROUND }, value: PRIMARY },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: ANNOTATION_SIZE, color: TEXT, x: { expr: 'width + 10' } },
        encoding: { text: { field: 'text' } },
      },
    ],
  } as unknown as TopLevelSpec;

  const columns = [
    { key: 'label', label: input.termTitle, format: 'text' as const },
    { key: 'estimate', label: 'Oddsforhold', format: 'decimal2' as const },
    { key: 'lower', label: 'Nedre 95 %-grense', format: 'decimal2' as const },
    { key: 'upper', label: 'Øvre 95 %-grense', format: 'decimal2' as const },
  ];
  const rows = values.map((v) => ({ cells: { label: v.label, estimate: v.estimate, lower: v.lower, upper: v.upper } }));

  const ref = terms.find((t) => t.reference);
  const parts = terms.filter((t) => !t.reference).map((t) => `${t.label} ${formatOddsRatio(t)}`);
  const altText =
    `Oddsforhold for ${input.outcome}${ref ? `, sammenlignet med referansegruppen «${ref.label}»` : ''}, med 95 % konfidensintervall: ` +
    `${parts.join('; ')}.`;
  return { spec, data: { columns, rows }, altText };
}
