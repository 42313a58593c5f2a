// Årsverk values: never negative; per unit and target group the sum by tiltak equals the sum by
// utdanning (codebook: tolerance 0,05 årsverk). Blank cells count as 0.
import { tiltakVariables, utdanningVariables, type ArsverkVariable } from '../../codebook/index.ts';
import { GROUPS, type Finding, type UnitReport } from '../../types.ts';
import { parseA1 } from '../../ingest/a1.ts';
import { finding, groupName } from '../messages.ts';
import type { Rule, RuleContext } from '../rule-context.ts';

export const SUM_TOLERANCE = 0.05;

export const negativeArsverk: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const unit of ctx.extract.units) {
    for (const v of ctx.yearCodebook.arsverk) {
      const value = unit.arsverk[v.code];
      if (value === null || value === undefined || value >= 0) continue;
      const cell = ctx.cell(unit, 'Årsverk', v.code) ?? '';
      out.push(finding('arsverk.negative', { u: ctx.label(unit), cell, header: v.code, value }, ctx.where(unit, { sheet: 'Årsverk', cell, variable: v.code })));
    }
  }
  return out;
};

/** Sum of the given variables (null = 0); undefined when every one is blank. */
export function sumOf(unit: UnitReport, vars: readonly ArsverkVariable[]): number | undefined {
  let sum = 0;
  let any = false;
  for (const v of vars) {
    const x = unit.arsverk[v.code];
    if (x === null || x === undefined) continue;
    sum += x;
    any = true;
  }
  return any ? sum : undefined;
}

/** `C17–J17`: the first and last cell of the variables in the unit's Årsverk row. */
export function cellSpan(ctx: RuleContext, unit: UnitReport, vars: readonly ArsverkVariable[]): string {
  const cells = vars
    .map((v) => ctx.cell(unit, 'Årsverk', v.code))
    .filter((c): c is string => c !== undefined)
    .sort((a, b) => (parseA1(a)?.col ?? 0) - (parseA1(b)?.col ?? 0));
  if (cells.length === 0) return '';
  return cells.length === 1 ? cells[0]! : `${cells[0]}–${cells[cells.length - 1]}`;
}

export const tiltakEqualsUtdanning: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const unit of ctx.extract.units) {
    for (const group of GROUPS) {
      const tv = tiltakVariables(ctx.yearCodebook, group);
      const uv = utdanningVariables(ctx.yearCodebook, group);
      const tiltak = sumOf(unit, tv);
      const utdanning = sumOf(unit, uv);
      if (tiltak === undefined && utdanning === undefined) continue;
      const t = tiltak ?? 0;
      const u = utdanning ?? 0;
      // Compare in thousandths of an årsverk, so that binary rounding never decides.
      if (Math.abs(Math.round(t * 1000) - Math.round(u * 1000)) <= SUM_TOLERANCE * 1000) continue;
      const tiltakCells = cellSpan(ctx, unit, tv);
      const utdanningCells = cellSpan(ctx, unit, uv);
      const cell = tiltakCells.split('–')[0] ?? '';
      out.push(
        finding(
          'sum.tiltak-utdanning',
          { u: ctx.label(unit), group: groupName(group), tiltak: t, utdanning: u, tiltakCells, utdanningCells },
          ctx.where(unit, { sheet: 'Årsverk', cell }),
        ),
      );
    }
  }
  return out;
};
