// Terminal views of the panel: one unit's years, Oslo as a whole, or the national sums.
import { formatDecimal, formatInteger } from '../format/index.ts';
import { sizeGroupLabel } from '../reference/index.ts';
import type { ImputationCounts, ImputationFlag, PanelRow, UnitInfo } from '../types.ts';
import { per10000 } from '../stats/index.ts';
import type { AggregateRow } from './helpers.ts';
import { textTable } from './table.ts';

export function flagText(flag: ImputationFlag): string {
  switch (flag.kind) {
    case 'reported':
      return 'reported';
    case 'carried-forward':
      return `carried forward from ${flag.fromYear}${flag.method ? ' (see below)' : ''}`;
    case 'estimated':
      return 'estimated (see below)';
  }
}

const dec = (x: number | undefined) => formatDecimal(x, 1);

export function describeUnit(unit: UnitInfo, rows: readonly PanelRow[]): string[] {
  const head = [
    `${unit.code} ${unit.name}${unit.parallelNames.length ? ` (${unit.parallelNames.join(', ')})` : ''} — ${unit.kind}, ${unit.fylkeName} (${unit.fylke})`,
    `size group ${sizeGroupLabel(unit.sizeGroup)}, målform ${unit.malform}, ${unit.helseforetak || '–'} (${unit.rhf})`,
    '',
  ];
  const table = textTable(
    [
      { header: 'Year' },
      { header: 'Voksne' },
      { header: 'Barn/unge' },
      { header: 'Total' },
      { header: 'V per 10 000 (18+)' },
      { header: 'B per 10 000 (0–17)' },
      { header: 'Population' },
      { header: 'Size group', align: 'left' },
      { header: 'Imputation', align: 'left' },
    ],
    rows.map((r) => [
      String(r.year),
      dec(r.total.V),
      dec(r.total.B),
      dec(r.total.V + r.total.B),
      dec(per10000(r.total.V, r.population.age18plus)),
      dec(per10000(r.total.B, r.population.age0_17)),
      formatInteger(r.population.total),
      sizeGroupLabel(r.sizeGroup),
      flagText(r.imputation),
    ]),
  );
  const notes = rows
    .filter((r) => r.imputation.kind !== 'reported' && 'method' in r.imputation && r.imputation.method)
    .map((r) => `  ${r.year}: ${(r.imputation as { method: string }).method}`);
  return [...head, ...table, ...(notes.length ? ['', 'Imputation methods:', ...notes] : [])];
}

export function describeAggregate(title: string, rows: readonly AggregateRow[], counts?: readonly ImputationCounts[]): string[] {
  const byYear = new Map(counts?.map((c) => [c.year, c]));
  const columns = [
    { header: 'Year' },
    { header: 'Scheme' },
    { header: 'Voksne' },
    { header: 'Barn/unge' },
    { header: 'Total' },
    { header: 'V per 10 000 (18+)' },
    { header: 'B per 10 000 (0–17)' },
    { header: 'Population' },
    ...(counts
      ? [{ header: 'Units' }, { header: 'Reported' }, { header: 'Carried' }, { header: 'Estimated' }]
      : [{ header: 'Reported' }, { header: 'Carried' }, { header: 'Estimated' }]),
  ];
  const body = rows.map((r) => {
    const c = byYear.get(r.year);
    const tail = c
      ? [String(c.units), String(c.reported), String(c.carriedForward), String(c.estimated)]
      : [String(r.flags.reported), String(r.flags.carriedForward), String(r.flags.estimated)];
    return [String(r.year), r.scheme, dec(r.total.V), dec(r.total.B), dec(r.total.all), dec(r.per10000.V), dec(r.per10000.B), formatInteger(r.population.total), ...tail];
  });
  return [title, '', ...textTable(columns, body)];
}
