// Where the unit sits among comparable units: a line of text per target group ("nr. 12 av 52") over a strip
// of every compared unit (as dots, or above a number as their distribution: one choice for both strips of a
// sheet, so one legend fits both), with a legend in HTML.
import { safeId } from '../../charts/svg.ts';
import { stripChart, stripMarks, type StripMarks } from '../svg/strip.ts';
import { fmt, groupLabel, type ViewContext } from './context.ts';

export interface PositionView {
  title: string;
  among: string;
  howTo: string;
  groups: { caption: string; svg: string }[];
  legend: { label: string; swatch: string }[];
}

export function positionView(c: ViewContext, forced?: StripMarks): PositionView | false {
  const { model, t } = c;
  const p = model.position;
  if (!p) return false;
  const n = p.groups[0]?.n ?? 0;
  const among =
    p.among.kind === 'sizeGroup'
      ? t('position.amongSizeGroup', { n, label: t(`sizeGroup.${p.among.sizeGroup}`) })
      : p.among.kind === 'bydeler'
        ? t('position.amongBydeler', { n })
        : t('position.amongFylker', { n });
  const marks = forced ?? stripMarks(Math.max(0, ...p.groups.map((g) => g.n)));
  const kind = p.among.kind === 'sizeGroup' ? 'Kommune' : p.among.kind === 'bydeler' ? 'Bydel' : 'Fylke';
  const others = marks === 'dots' ? `dot${kind}` : `density${kind}`;
  return {
    title: t('position.title', { year: model.reportYear }),
    among,
    howTo: t('position.howTo'),
    groups: p.groups.map((g) => {
      const group = groupLabel(c, g.group);
      const caption = g.rank !== undefined ? t('position.rank', { group, rank: g.rank, n: g.n }) : t('position.rankMissing', { group });
      const altText =
        g.value !== undefined && g.rank !== undefined
          ? t('position.alt', {
              group,
              name: c.name,
              value: fmt.rate(g.value),
              target: t(`group.target${g.group}`),
              rank: g.rank,
              n: g.n,
              median: fmt.rate(g.median),
              land: fmt.rate(g.land),
            })
          : t('position.altMissing', { group, name: c.name });
      const svg = stripChart({
        id: safeId(`position-${model.unit.code}-${g.group}`),
        width: 330,
        height: 62,
        title: caption,
        altText,
        values: g.values,
        own: g.value,
        q1: g.q1,
        median: g.median,
        q3: g.q3,
        land: g.land,
        formatTick: (v) => fmt.int(v),
        marks,
      });
      return { caption: g.value !== undefined ? `${caption} (${fmt.rate(g.value)})` : caption, svg };
    }),
    legend: [
      { label: c.name, swatch: 'unit' },
      { label: t(`position.${others}`), swatch: marks === 'dots' ? 'dot' : 'density' },
      { label: t('position.median'), swatch: 'median' },
      { label: t('position.box'), swatch: 'box' },
      { label: t('position.landLine'), swatch: 'land' },
    ],
  };
}
