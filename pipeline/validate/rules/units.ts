// Is each unit one that reports in this year? Kommuner valid on 1 January of the year (except Oslo,
// 0301, which reports per bydel) and Oslo's bydeler 030101–030115. Also: status against årsverk.
import { kommunerInYear } from '../../reference/index.ts';
import type { Finding, UnitReport } from '../../types.ts';
import { finding, yearRanges } from '../messages.ts';
import type { Rule, RuleContext } from '../rule-context.ts';
import { isBydelCode } from '../unit-label.ts';

const OSLO = '0301';

export function bydelCodes(): Set<string> {
  return new Set(Array.from({ length: 15 }, (_, i) => `0301${String(i + 1).padStart(2, '0')}`));
}

export const unitsValidInYear: Rule = (ctx) => {
  const out: Finding[] = [];
  if (!ctx.reference.populationHistorical.has(ctx.year)) {
    return [finding('reference.year-missing', { year: ctx.year, what: 'kommuneliste' }, ctx.where(undefined))];
  }
  const valid = new Set(kommunerInYear(ctx.reference, ctx.year).map((k) => k.code));
  valid.delete(OSLO);
  const bydeler = bydelCodes();

  for (const unit of ctx.extract.units) {
    if (valid.has(unit.code) || bydeler.has(unit.code)) continue;
    const at = ctx.idCell(unit);
    const cell = at?.cell ?? '';
    const where = ctx.where(unit, at ? { sheet: at.sheet, cell: at.cell } : {});
    if (unit.code === OSLO) {
      out.push(finding('unit.oslo-total', { u: ctx.label(unit), cell }, where));
      continue;
    }
    const years = yearsValid(ctx, unit.code);
    if (years.length > 0 && !isBydelCode(unit.code)) {
      const last = years[years.length - 1]!;
      const name = ctx.reference.names.get(last)?.get(unit.code) ?? unit.name;
      out.push(
        finding('unit.other-year', { u: ctx.label(unit), cell, code: unit.code, year: ctx.year, validYears: yearRanges(years), name }, where),
      );
    } else {
      out.push(finding('unit.unknown', { cell, code: unit.code, year: ctx.year }, where));
    }
  }
  return out;
};

/** The reference years in which a kommune code was valid. */
function yearsValid(ctx: RuleContext, code: string): number[] {
  return [...ctx.reference.populationHistorical.entries()]
    .filter(([, codes]) => codes.has(code))
    .map(([year]) => year)
    .sort((a, b) => a - b);
}

function hasArsverk(unit: UnitReport): boolean {
  return Object.values(unit.arsverk).some((v) => v !== null);
}

/** Units in Årsverk/Spørsmål but not in Innsending; status that contradicts the årsverk. */
export const statusAgainstArsverk: Rule = (ctx) => {
  const out: Finding[] = [];
  const idColumn = ctx.yearCodebook.idColumn;
  for (const unit of ctx.extract.units) {
    const inInnsending = unit.source.rows['Innsending'] !== undefined;
    if (!inInnsending) {
      if (!ctx.sheetRead('Innsending')) continue;
      const at = ctx.idCell(unit);
      if (!at) continue;
      out.push(finding('unit.not-in-innsending', { u: ctx.label(unit), cell: at.cell, sheet: at.sheet }, ctx.where(unit, at)));
      continue;
    }
    if (!ctx.sheetRead('Årsverk')) continue;
    const cell = ctx.cell(unit, 'Innsending', 'status') ?? ctx.cell(unit, 'Innsending', idColumn) ?? '';
    const where = ctx.where(unit, { sheet: 'Innsending', cell, variable: 'status' });
    if (unit.status === 'levert' && !hasArsverk(unit)) {
      out.push(finding('unit.levert-without-arsverk', { u: ctx.label(unit), cell }, where));
    } else if (unit.status === 'ikke levert' && hasArsverk(unit)) {
      out.push(finding('unit.arsverk-not-levert', { u: ctx.label(unit), cell, status: unit.status }, where));
    }
  }
  return out;
};
