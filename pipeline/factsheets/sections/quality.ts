// Data-quality notes: the years a unit's values were carried forward or estimated, the warnings and errors the
// checks found for it (grouped by year and rule), and for an aggregate the units in it that did not report in
// the report year. Notes the scheme change when the report year has new categories.
import type { Finding, PanelRow, Year } from '../../types.ts';
import type { Shared } from '../shared.ts';
import type { Subject } from '../subject.ts';
import type { FindingNote, Quality, TrendBreak } from '../types.ts';

function groupFindings(findings: readonly Finding[]): FindingNote[] {
  const notes = new Map<string, FindingNote>();
  for (const f of findings) {
    const year = f.year ?? 0;
    const key = `${year}|${f.rule}|${f.file}`;
    let n = notes.get(key);
    if (!n) notes.set(key, (n = { year, rule: f.rule, severity: f.severity, file: f.file, cells: [] }));
    if (f.severity === 'error') n.severity = 'error';
    const cell = f.cell ? (f.sheet ? `${f.sheet}!${f.cell}` : f.cell) : undefined;
    if (cell && !n.cells.includes(cell)) n.cells.push(cell);
  }
  return [...notes.values()].sort((a, b) => b.year - a.year || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

export function quality(s: Shared, subject: Subject, breaks: TrendBreak[]): Quality {
  const schemeChanged = breaks.some((b) => b.year === s.reportYear && !b.comparable);
  if (subject.info) {
    const rows = s.rows.get(subject.info.code) ?? new Map<Year, PanelRow>();
    const imputation = [...rows.values()]
      .filter((r) => r.imputation.kind !== 'reported')
      .map((r) => ({ year: r.year, flag: r.imputation }))
      .sort((a, b) => b.year - a.year);
    return { imputation, imputedMembers: [], findings: groupFindings(s.findings.get(subject.info.code) ?? []), memberFindings: 0, memberUnits: 1, schemeChanged };
  }
  const imputedMembers = subject.memberUnits.flatMap((code) => {
    const row = s.rows.get(code)?.get(s.reportYear);
    if (!row || row.imputation.kind === 'reported') return [];
    return [{ code, name: s.infos.get(code)?.name ?? code, flag: row.imputation }];
  });
  const memberFindings = subject.memberUnits.reduce((a, code) => a + (s.findings.get(code)?.length ?? 0), 0);
  return { imputation: [], imputedMembers, findings: [], memberFindings, memberUnits: subject.memberUnits.length, schemeChanged };
}
