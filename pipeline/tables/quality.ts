// Method chapter: the data-quality findings of ingest and validation, counted by rule and severity.
import type { ComputeInput, TableDef, TableModel } from '../registry/types.ts';
import type { Severity } from '../types.ts';
import { col, tableModel } from './common.ts';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Feil', warning: 'Advarsel', info: 'Merknad' };
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

function computeQuality(input: ComputeInput): TableModel {
  const groups = new Map<string, { severity: Severity; rule: string; count: number; years: Set<number>; example: string }>();
  for (const f of input.findings) {
    const key = `${f.severity}|${f.rule}`;
    const g = groups.get(key) ?? { severity: f.severity, rule: f.rule, count: 0, years: new Set<number>(), example: f.message };
    g.count++;
    if (f.year !== undefined) g.years.add(f.year);
    groups.set(key, g);
  }
  const rows = [...groups.values()]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.rule.localeCompare(b.rule))
    .map((g) => ({
      cells: {
        severity: SEVERITY_LABEL[g.severity],
        rule: g.rule,
        count: g.count,
        years: [...g.years].sort((a, b) => a - b).join(', '),
        example: g.example,
      },
    }));
  return tableModel(input, {
    id: 'quality',
    title: 'Funn i kontrollen av datagrunnlaget, etter regel og alvorlighetsgrad',
    columns: [
      col.text('severity', 'Alvorlighetsgrad'),
      col.text('rule', 'Regel'),
      col.count('count', 'Antall', 'funn'),
      col.text('years', 'År'),
      col.text('example', 'Eksempel'),
    ],
    rows,
    notes: [
      'Feil stopper kjøringen; advarsler er rettet eller vurdert; merknader gjelder ting som er lest annerledes enn skjemaet forutsetter.',
      rows.length === 0 && 'Kontrollen fant ingen avvik.',
    ],
  });
}

export const quality: TableDef = { kind: 'table', id: 'quality', chapter: 'metode', compute: computeQuality };
