// 100 % stacked horizontal bars: the distribution of answers per bar (e.g. henvendelser by year), each
// bar labelled with its n. Shares and segment positions are computed here (not by Vega), so the labels, the
// table and the drawing rest on the same numbers. Segments have white separators and, where wide enough,
// their per cent inside in black or white, whichever contrasts more with the fill.
import type { TopLevelSpec } from 'vega-lite';
import { formatInteger, formatPercent } from '../../format/index.ts';
import { ANNOTATION_SIZE, CATEGORICAL, FULL_WIDTH, NEUTRAL, SEPARATOR, STROKE, textColorOn, valenceColours, valenceSteps } from '../../look/index.ts';
import { highlightedLabels } from './highlight.ts';
import type { BuiltChart, ChartSize } from '../types.ts';

export interface StackedCategory {
  key: string;
  label: string;
  /** Outside the ordered scale ("Vet ikke"): drawn grey, last. */
  neutral?: boolean;
}

export interface StackedBarInput extends ChartSize {
  /** Bars top to bottom, e.g. years as strings. */
  bars: string[];
  categories: StackedCategory[];
  /** Counts per bar and category (missing = 0 answers in that category). */
  counts: { bar: string; category: string; count: number }[];
  /**
   * 'categorical' for answers without order; an ordered scale by valence: 'good-first' (the first category is
   * the good end), 'bad-first', or 'diverging' (an order without good or bad, e.g. stor nedgang … stor økning,
   * drawn as 'good-first').
   */
  scheme: StackScheme;
  /** Heading of the bar column in the data table, e.g. "År". */
  barTitle: string;
  /** What is counted, for alt text and table, e.g. "kommuner". */
  unitLabel: string;
  /** Smallest share that gets a label inside its segment (default 0.06). */
  minLabelShare?: number;
  /** Bars that stand apart with a bold label, e.g. "Hele landet" below the size groups. */
  highlight?: string[];
}

export type StackScheme = 'diverging' | 'good-first' | 'bad-first' | 'categorical';

function colours(categories: StackedCategory[], scheme: StackScheme): string[] {
  const ordered = categories.filter((c) => !c.neutral);
  const range =
    scheme === 'categorical' ? ordered.map((_, i) => CATEGORICAL[i % CATEGORICAL.length]!) : valenceColours(valenceSteps(ordered.length, scheme !== 'bad-first'));
  let k = 0;
  return categories.map((c) => (c.neutral ? NEUTRAL : range[k++]!));
}

export function stackedBarChart(input: StackedBarInput): BuiltChart {
  const { bars, categories, counts, unitLabel } = input;
  const minLabel = input.minLabelShare ?? 0.06;
  const fills = colours(categories, input.scheme);
  const ordered = [...categories.filter((c) => !c.neutral), ...categories.filter((c) => c.neutral)];
  const fillOf = new Map(categories.map((c, i) => [c.key, fills[i]!]));

  const totals = new Map(bars.map((b) => [b, counts.filter((c) => c.bar === b).reduce((s, c) => s + c.count, 0)]));
  const barLabel = (b: string) => `${b} (n\u00a0=\u00a0${formatInteger(totals.get(b) ?? 0)})`;

  const values: { bar: string; category: string; share: number; x0: number; x1: number; mid: number; text: string; textColor: string }[] = [];
  for (const bar of bars) {
    const n = totals.get(bar) ?? 0;
    let x0 = 0;
    for (const c of ordered) {
      const count = counts.find((r) => r.bar === bar && r.category === c.key)?.count ?? 0;
      if (n === 0) continue;
      const share = count / n;
      const fill = fillOf.get(c.key)!;
      values.push({
        bar: barLabel(bar),
        category: c.label,
        share,
        x0,
        x1: x0 + share,
        mid: x0 + share / 2,
        text: share >= minLabel ? formatPercent(share, { digits: 0 }) : '',
        textColor: textColorOn(fill),
      });
      x0 += share;
    }
  }

  const legendRows = 2;
  const height = input.height ?? bars.length * 30 + 30 + legendRows * 18;
  const bold = highlightedLabels(bars.filter((b) => input.highlight?.includes(b)).map(barLabel));
  const y = { field: 'bar', type: 'nominal', title: null, sort: bars.map(barLabel), axis: { labelPadding: 6, ...bold } };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: input.width ?? FULL_WIDTH,
    height,
    data: { values },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', stroke: SEPARATOR, strokeWidth: STROKE.separator },
        encoding: {
          x: {
            field: 'x0',
            type: 'quantitative',
            title: null,
            scale: { domain: [0, 1], nice: false },
            axis: { format: '.0%', values: [0, 0.25, 0.5, 0.75, 1], grid: true },
          },
          x2: { field: 'x1' },
          color: {
            field: 'category',
            type: 'nominal',
            title: null,
            scale: { domain: ordered.map((c) => c.label), range: ordered.map((c) => fillOf.get(c.key)!) },
            // Four legend entries a row; two when the labels are long (they would run past the chart's width).
            legend: { columns: Math.min(ordered.length, ordered.reduce((n, c) => n + c.label.length, 0) > 64 ? 2 : 4), symbolType: 'square' },
          },
        },
      },
      // Labels in two layers, dark and white text, so the colour needs no scale (and no legend).
      ...[...new Set(values.map((v) => v.textColor))].sort().map((textColor) => ({
        transform: [{ filter: { field: 'textColor', equal: textColor } }],
        mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: ANNOTATION_SIZE, color: textColor },
        encoding: { x: { field: 'mid', type: 'quantitative' }, text: { field: 'text' } },
      })),
    ],
  } as unknown as TopLevelSpec;

  const columns = [
    { key: 'bar', label: input.barTitle, format: 'text' as const },
    { key: 'n', label: `Antall ${unitLabel}`, format: 'integer' as const },
    ...categories.map((c) => ({ key: c.key, label: c.label, unit: 'prosent', format: 'percent1' as const })),
  ];
  const rows = bars.map((bar) => {
    const n = totals.get(bar) ?? 0;
    const cells: Record<string, number | string | null> = { bar, n };
    for (const c of categories) {
      const count = counts.find((r) => r.bar === bar && r.category === c.key)?.count ?? 0;
      cells[c.key] = n > 0 ? count / n : null;
    }
    return { cells };
  });

  // Alt text: the largest answer in the last bar, and how its share moved from the first bar.
  const sentences: string[] = [];
  const last = bars[bars.length - 1];
  if (last !== undefined && (totals.get(last) ?? 0) > 0) {
    const n = totals.get(last)!;
    const top = ordered
      .map((c) => ({ c, share: (counts.find((r) => r.bar === last && r.category === c.key)?.count ?? 0) / n }))
      .reduce((a, b) => (b.share > a.share ? b : a));
    sentences.push(
      `${last}: flest ${unitLabel} svarte «${top.c.label}» (${formatPercent(top.share, { digits: 0, style: 'word' })} av ${formatInteger(n)}).`,
    );
    const first = bars[0];
    if (first !== undefined && first !== last && (totals.get(first) ?? 0) > 0) {
      const s0 = (counts.find((r) => r.bar === first && r.category === top.c.key)?.count ?? 0) / totals.get(first)!;
      sentences.push(`I ${first} var andelen ${formatPercent(s0, { digits: 0, style: 'word' })}.`);
    }
  }
  return { spec, data: { columns, rows }, altText: sentences.join(' ') };
}
