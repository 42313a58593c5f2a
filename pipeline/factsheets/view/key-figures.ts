// Key figures as a small table (rows: årsverk, change, rate, the comparisons; columns: voksne, barn og unge)
// and two or three sentences that say the same in words.
import { changePhrase } from '../../templating/index.ts';
import type { Comparison, GroupFigures } from '../types.ts';
import { capitalise, compareShown, fmt, groupLabel, type ViewContext } from './context.ts';

export interface KeyFiguresView {
  title: string;
  caption: string;
  columns: string[];
  rows: { label: string; cells: string[]; kind: 'main' | 'rate' | 'compare' | 'subhead' }[];
  sentences: string[];
}

function comparisonLabel(c: ViewContext, cmp: Comparison): string {
  if (cmp.kind === 'fylke') return c.t('keyFigures.fylke', { name: cmp.name });
  if (cmp.kind === 'land') return c.t('keyFigures.land');
  return cmp.key === 'bydel' ? c.t('keyFigures.sizeGroupBydel') : c.t(`sizeGroupSeries.${cmp.key}`);
}

function changeCell(g: GroupFigures): string {
  if (g.change === undefined) return fmt.signed(undefined);
  return g.changeRelative === undefined ? fmt.signed(g.change) : `${fmt.signed(g.change)} (${fmt.signedPct(g.changeRelative)})`;
}

/** The subject of the sentences: the unit's name, or "Kommunene i Vestland" … with "til sammen". */
export function sentenceSubject(c: ViewContext): { subject: string; together: string } {
  const u = c.model.unit;
  if (u.kind === 'land') return { subject: c.t('subject.land'), together: c.t('subject.together') };
  if (u.kind === 'fylke') return { subject: c.t('subject.fylke', { name: u.name }), together: c.t('subject.together') };
  if (u.fromBydeler) return { subject: c.t('subject.oslo'), together: c.t('subject.together') };
  return { subject: c.name, together: '' };
}

export function keyFiguresView(c: ViewContext): KeyFiguresView {
  const { model, t } = c;
  const k = model.keyFigures;
  const groups = k.groups;
  const rows: KeyFiguresView['rows'] = [
    { label: t('keyFigures.arsverk', { year: model.reportYear }), cells: groups.map((g) => fmt.dec(g.arsverk)), kind: 'main' },
  ];
  if (model.previousYear !== undefined) {
    rows.push({ label: t('keyFigures.change', { previous: model.previousYear }), cells: groups.map(changeCell), kind: 'main' });
  }
  rows.push({ label: t('keyFigures.per10000'), cells: groups.map((g) => fmt.rate(g.per10000)), kind: 'rate' });
  const comparisons = groups[0]?.comparisons ?? [];
  if (comparisons.length) {
    rows.push({ label: t('keyFigures.comparedWith'), cells: groups.map(() => ''), kind: 'subhead' });
    comparisons.forEach((cmp, i) => {
      rows.push({ label: comparisonLabel(c, cmp), cells: groups.map((g) => fmt.rate(g.comparisons[i]?.per10000)), kind: 'compare' });
    });
  }

  const { subject, together } = sentenceSubject(c);
  const sentences: string[] = [];
  // What both sentences say of a group: who, how many årsverk, and the rate in the target group.
  const sentenceParts = (g: (typeof groups)[number], per10000: number) => ({
    subject,
    together,
    arsverk: fmt.dec(g.arsverk),
    group: t(`group.lower${g.group}`),
    year: model.reportYear,
    rate: fmt.rate(per10000),
    target: t(`group.target${g.group}`),
  });
  for (const g of groups) {
    const land = g.comparisons.find((x) => x.kind === 'land')?.per10000;
    let s = '';
    if (g.per10000 !== undefined && land !== undefined) {
      const cmp = compareShown(g.per10000, land);
      s = t('keyFigures.sentence', {
        ...sentenceParts(g, g.per10000),
        comparison: t(cmp > 0 ? 'keyFigures.higher' : cmp < 0 ? 'keyFigures.lower' : 'keyFigures.same'),
        land: fmt.rate(land),
      });
    } else if (model.unit.kind === 'land' && g.per10000 !== undefined) {
      s = t('keyFigures.landSentence', sentenceParts(g, g.per10000));
    }
    if (model.previousYear !== undefined && g.change !== undefined) {
      s += `${s ? ' ' : ''}${t('keyFigures.changeSentence', {
        previous: model.previousYear,
        year: model.reportYear,
        change: changePhrase(g.change, g.changeRelative, { lang: c.lang, unit: 'årsverk', digits: 1 }),
      })}`;
    }
    if (g.changeExplained !== undefined && g.change !== undefined) {
      const key = g.changeExplained === 1 ? 'explainedReal' : g.changeExplained === 2 ? 'explainedMethod' : 'explainedNone';
      s += ` ${t(`keyFigures.${key}`, { name: capitalise(c.name), group: t(`group.lower${g.group}`) })}`;
    }
    if (s) sentences.push(s);
  }
  if (model.quality.schemeChanged && model.previousYear !== undefined) sentences.push(t('keyFigures.schemeChange', { year: model.reportYear, previous: model.previousYear }));
  if (k.total.per1000 !== undefined && model.unit.kind !== 'land') {
    sentences.push(t('keyFigures.perThousand', { arsverk: fmt.dec(k.total.arsverk), rate: fmt.dec(k.total.per1000), land: fmt.dec(k.total.per1000Land) }));
  }
  return {
    title: t('keyFigures.title', { year: model.reportYear }),
    caption: t('keyFigures.caption'),
    columns: groups.map((g) => groupLabel(c, g.group)),
    rows,
    sentences,
  };
}
