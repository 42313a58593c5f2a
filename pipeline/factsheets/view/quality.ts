// Notes on the numbers: years carried forward or estimated, findings of the checks, the scheme change, the
// 2020 reform, how rates are computed, Oslo as a whole.
import type { ImputationFlag } from '../../types.ts';
import { capitalise, fmt, listText, type ViewContext } from './context.ts';

export interface QualityView {
  title: string;
  items: string[];
  findingsTitle: string;
  findings: string[];
  notes: string[];
}

const MAX_FINDINGS = 6;
const MAX_CELLS = 3;

function flagText(c: ViewContext, year: number, flag: ImputationFlag, unit: string): string {
  if (flag.kind === 'carried-forward') {
    return c.t(flag.method ? 'quality.carriedMethod' : 'quality.carried', { year, unit, from: flag.fromYear });
  }
  return c.t('quality.estimated', { year, unit });
}

export function qualityView(c: ViewContext): QualityView {
  const { model, t } = c;
  const q = model.quality;
  const u = model.unit;
  const years = model.trend.years;
  const items: string[] = [];
  const findings: string[] = [];
  const single = u.kind === 'kommune' && !u.fromBydeler ? 'kommune' : u.kind === 'bydel' ? 'bydel' : undefined;
  if (single) {
    const unit = t(`unitWord.${single}`);
    if (q.imputation.length === 0) items.push(t('quality.reportedAll', { Unit: capitalise(unit), from: years[0]!, to: years[years.length - 1]! }));
    for (const n of q.imputation) items.push(flagText(c, n.year, n.flag, unit));
    for (const f of q.findings.slice(0, MAX_FINDINGS)) {
      const title = c.t.has(['finding', f.rule]) ? c.t.at(['finding', f.rule]) : t('finding.other', { rule: f.rule });
      const cells = f.cells.slice(0, MAX_CELLS).join(', ') + (f.cells.length > MAX_CELLS ? ' …' : '');
      const where = f.cells.length ? ` (${f.file}, ${t(f.cells.length === 1 ? 'quality.cell' : 'quality.cells', { cells })})` : ` (${f.file})`;
      findings.push(t('quality.finding', { year: f.year, title }) + where);
    }
    if (q.findings.length > MAX_FINDINGS) findings.push(t('quality.moreFindings', { count: fmt.int(q.findings.length - MAX_FINDINGS) }));
    if (q.findings.length === 0) findings.push(t('quality.findingsNone', { unit }));
  } else {
    const units = u.kind === 'land' ? t('units.kommunerBydeler') : u.fromBydeler || u.code === '03' ? t('units.bydeler') : t('units.kommuner');
    const unitsIndef = u.kind === 'land' ? t('units.kommunerBydelerIndef') : u.fromBydeler || u.code === '03' ? t('units.bydelerIndef') : t('units.kommunerIndef');
    const total = q.memberUnits;
    if (q.imputedMembers.length) {
      items.push(
        t('quality.membersImputed', {
          count: fmt.int(q.imputedMembers.length),
          total: fmt.int(total),
          units: unitsIndef,
          year: model.reportYear,
          names: listText(q.imputedMembers.map((m) => m.name)),
        }),
      );
    } else {
      items.push(t('quality.membersReported', { units, total: fmt.int(total), year: model.reportYear }));
    }
    findings.push(q.memberFindings ? t('quality.memberFindings', { count: fmt.int(q.memberFindings), units }) : t('quality.memberFindingsNone', { units }));
  }
  const notes: string[] = [];
  if (q.schemeChanged) notes.push(t('quality.schemeChanged', { year: model.reportYear }));
  if (model.trend.breaks.some((b) => b.reason === 'reform')) notes.push(t('quality.reform', { year: model.reportYear }));
  notes.push(t('quality.method'));
  if (u.fromBydeler || u.code === '03') notes.push(t('quality.oslo'));
  if (u.kind === 'kommune' && !u.fromBydeler) notes.push(t('quality.sizeGroups'));
  return { title: t('quality.title'), items, findingsTitle: t('quality.findingsTitle'), findings, notes };
}
