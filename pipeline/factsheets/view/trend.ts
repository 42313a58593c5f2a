// The trend: a legend in HTML and one small line chart per target group, with the series breaks named below.
import { safeId } from '../../charts/svg.ts';
import { lineChart, type LineSeriesSpec } from '../svg/line.ts';
import { CATEGORICAL, HIGHLIGHT, PRIMARY } from '../svg/style.ts';
import type { TrendSeries } from '../types.ts';
import { fmt, groupLabel, listText, type ViewContext } from './context.ts';

export interface TrendView {
  title: string;
  caption: string;
  legend: { label: string; swatch: string }[];
  charts: { title: string; svg: string }[];
  note: string;
}

export const TREND_LOOK: Record<TrendSeries['key'], Omit<LineSeriesSpec, 'values'> & { swatch: string }> = {
  unit: { color: PRIMARY, strokeWidth: 2.5, dots: true, swatch: 'unit' },
  sizeGroup: { color: CATEGORICAL[1], strokeWidth: 1.75, dots: false, dash: '6 3', swatch: 'peer' },
  fylke: { color: CATEGORICAL[1], strokeWidth: 1.75, dots: false, dash: '6 3', swatch: 'peer' },
  land: { color: HIGHLIGHT, strokeWidth: 1.75, dots: false, dash: '2 2', swatch: 'land' },
};

function seriesLabel(c: ViewContext, s: TrendSeries): string {
  if (s.key === 'unit') return c.name;
  if (s.key === 'land') return c.t('land');
  if (s.key === 'sizeGroup') return c.t(`sizeGroupSeries.${s.sizeGroup ?? ''}`);
  return s.name;
}

export function trendView(c: ViewContext): TrendView {
  const { model, t } = c;
  const { trend } = model;
  const from = trend.years[0]!;
  const to = trend.years[trend.years.length - 1]!;
  const breakLabel = (reason: 'reform' | 'scheme') => t(reason === 'reform' ? 'trend.breakReform' : 'trend.breakScheme');
  const first = trend.groups[0]?.series ?? [];
  const charts = trend.groups.map((g) => {
    const altSeries = g.series.map((s) => {
      const label = seriesLabel(c, s);
      const seen = s.values.filter((v): v is { year: number; value: number } => v.value !== undefined);
      const a = seen[0];
      const b = seen[seen.length - 1];
      return a && b
        ? t('trend.altSeries', { label, first: fmt.rate(a.value), firstYear: a.year, last: fmt.rate(b.value), lastYear: b.year })
        : t('trend.altMissing', { label });
    });
    const title = groupLabel(c, g.group);
    const svg = lineChart({
      id: safeId(`trend-${model.unit.code}-${g.group}`),
      width: 330,
      height: 215,
      title: `${title}: ${t('trend.caption')}`,
      altText: t('trend.alt', { group: title, target: t(`group.target${g.group}`), from, to, series: altSeries.join(' ') }),
      years: trend.years,
      breaks: trend.breaks.map((b) => ({ year: b.year, label: breakLabel(b.reason), comparable: b.comparable })),
      series: g.series.map((s) => ({ ...TREND_LOOK[s.key], values: s.values.map((v) => v.value) })),
      formatTick: (v) => fmt.int(v),
    });
    return { title, svg };
  });
  const reasons = trend.breaks.map((b) => t(b.reason === 'reform' ? 'trend.reasonReform' : 'trend.reasonScheme', { year: b.year }));
  return {
    title: t('trend.title', { from, to }),
    caption: t('trend.caption'),
    legend: first.map((s) => ({ label: seriesLabel(c, s), swatch: TREND_LOOK[s.key].swatch })),
    charts,
    note: reasons.length ? t('trend.breaksNote', { list: listText(reasons) }) : '',
  };
}
