// The units an aggregate sheet lists: name, årsverk and per 10 000 for voksne and barn og unge.
import { fmt, type ViewContext } from './context.ts';

export interface MembersView {
  title: string;
  nameHead: string;
  groups: string[];
  arsverkHead: string;
  per10000Head: string;
  rows: { name: string; mark: string; cells: string[] }[];
  note: string;
}

export function membersView(c: ViewContext): MembersView | false {
  const { model, t } = c;
  const m = model.members;
  if (!m.length) return false;
  const u = model.unit;
  const kind = m[0]!.kind;
  const title = u.kind === 'land' ? t('members.titleLand') : kind === 'bydel' ? t('members.titleOslo') : t('members.titleFylke', { name: u.name });
  const imputed = m.some((r) => r.imputed);
  return {
    title,
    nameHead: t(`members.${kind}`),
    groups: [t('group.V'), t('group.B')],
    arsverkHead: t('members.arsverk'),
    per10000Head: t('members.per10000'),
    rows: m.map((r) => ({
      name: r.name,
      mark: r.imputed ? '*' : '',
      cells: [fmt.dec(r.arsverk.V), fmt.dec(r.arsverk.B), fmt.rate(r.per10000.V), fmt.rate(r.per10000.B)],
    })),
    note: imputed ? t(kind === 'fylke' ? 'members.imputedFylke' : 'members.imputedUnit', { year: model.reportYear }) : '',
  };
}
