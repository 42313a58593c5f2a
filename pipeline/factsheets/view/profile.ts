// The tiltak and utdanning profile as tables with bars: each category's årsverk and share of the unit's
// årsverk (blue bar) next to the country's share (grey bar). Bars are sized against the largest share shown:
// `bar`/`barLand` are the drawn lengths in per cent of the column, BAR_SPAN for the largest (the rest of the
// column holds the value written after the bar).
import type { ProfileRow } from '../types.ts';
import { fmt, groupLabel, type ViewContext } from './context.ts';

export interface ProfileTableView {
  group: string;
  rows: { label: string; arsverk: string; share: string; shareLand: string; bar: number; barLand: number }[];
  empty: boolean;
  higher: string;
}

export interface ProfileView {
  tiltakTitle: string;
  utdanningTitle: string;
  tiltakHead: string;
  utdanningHead: string;
  arsverkHead: string;
  shareHead: string;
  landHead: string;
  showLand: boolean;
  note: string;
  tiltak: ProfileTableView[];
  utdanning: ProfileTableView[];
}

/** Per cent of the bar column the largest share's bar spans. */
export const BAR_SPAN = 76;

/** A bar's length in per cent of the column: `share` against `max`, one decimal. */
export function barLength(share: number | undefined, max: number): number {
  return Math.round(((share ?? 0) / max) * BAR_SPAN * 10) / 10;
}

function table(c: ViewContext, kind: 'tiltak' | 'utdanning', group: 'V' | 'B', rows: ProfileRow[], higher: string): ProfileTableView {
  const max = Math.max(0.0001, ...rows.flatMap((r) => [r.share ?? 0, r.shareLand ?? 0]));
  const label = (code: string) => (kind === 'tiltak' ? c.t.at(['tiltak', code]) : c.t.at(['utdanning', code.replace(/^[VB]_/, '')]));
  return {
    group: groupLabel(c, group),
    rows: rows.map((r) => ({
      label: label(r.code),
      arsverk: fmt.dec(r.arsverk),
      share: fmt.pct(r.share),
      shareLand: fmt.pct(r.shareLand),
      bar: barLength(r.share, max),
      barLand: barLength(r.shareLand, max),
    })),
    empty: rows.every((r) => r.share === undefined),
    higher,
  };
}

export function profileView(c: ViewContext): ProfileView {
  const { model, t } = c;
  const isLand = model.unit.kind === 'land';
  return {
    tiltakTitle: t('profile.tiltakTitle', { year: model.reportYear }),
    utdanningTitle: t('profile.utdanningTitle', { year: model.reportYear }),
    tiltakHead: t('profile.tiltak'),
    utdanningHead: t('profile.utdanning'),
    arsverkHead: t('profile.arsverk'),
    shareHead: t('profile.share'),
    landHead: t('profile.landShare'),
    showLand: !isLand,
    note: isLand ? t('profile.noteLand') : t('profile.note', { name: c.name }),
    tiltak: model.profile.tiltak.map((g) => table(c, 'tiltak', g.group, g.rows, '')),
    utdanning: model.profile.utdanning.map((g) =>
      table(
        c,
        'utdanning',
        g.group,
        g.rows,
        g.higherEducation === undefined
          ? ''
          : isLand
            ? t('profile.higherLand', { share: fmt.pct(g.higherEducation) })
            : t('profile.higher', { share: fmt.pct(g.higherEducation), land: fmt.pct(g.higherEducationLand) }),
      ),
    ),
  };
}
