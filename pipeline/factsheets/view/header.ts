// The top of the first page: report and year, the unit's name (with Sami/Kven parallel names), its number,
// fylke, population and size group.
import { fmt, type ViewContext } from './context.ts';

export interface HeaderView {
  kicker: string;
  report: string;
  kind: string;
  name: string;
  parallel: string;
  facts: { label: string; value: string }[];
}

export function headerView(c: ViewContext): HeaderView {
  const { model, t } = c;
  const u = model.unit;
  const facts: { label: string; value: string }[] = [];
  if (u.kind === 'kommune') facts.push({ label: t('header.numberKommune'), value: u.code });
  if (u.kind === 'bydel') facts.push({ label: t('header.numberBydel'), value: u.code });
  if (u.kind === 'fylke') facts.push({ label: t('header.numberFylke'), value: u.code });
  if (u.fylke && u.kind === 'kommune' && u.code !== '0301') facts.push({ label: t('header.fylke'), value: u.fylke.name });
  facts.push({ label: t('header.population', { year: model.reportYear }), value: fmt.int(u.population.total) });
  facts.push({ label: t('header.young'), value: fmt.int(u.population.age0_17) });
  facts.push({ label: t('header.adult'), value: fmt.int(u.population.age18plus) });
  if (u.sizeGroup && u.kind === 'kommune') facts.push({ label: t('header.sizeGroup'), value: t(`sizeGroup.${u.sizeGroup}`) });
  if (u.helseforetak) facts.push({ label: t('header.helseforetak'), value: u.helseforetak });
  if (u.kind === 'fylke' || u.kind === 'land' || u.fromBydeler) {
    const kommuner = model.members.filter((m) => m.kind === 'kommune').length;
    const bydeler = model.members.filter((m) => m.kind === 'bydel').length;
    if (kommuner) facts.push({ label: t('header.kommuner'), value: fmt.int(kommuner) });
    if (bydeler) facts.push({ label: t('header.bydeler'), value: fmt.int(bydeler) });
  }
  return {
    kicker: t('sheet.title', { year: model.reportYear }),
    report: t('sheet.report'),
    kind: t(`kind.${u.kind}`),
    name: c.name,
    parallel: u.parallelNames.length ? `${t('header.parallel')}: ${u.parallelNames.join(', ')}` : '',
    facts,
  };
}
