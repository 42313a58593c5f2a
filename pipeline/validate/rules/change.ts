// Change from last year: a target group's total årsverk (sum by tiltak) that changes by more than 50 %
// and more than 2 årsverk is worth a second look. Compared by unit code, so units renumbered by a
// kommune reform are not compared (harmonise handles those).
import { codebookForYear, schemeForYear, tiltakVariables } from '../../codebook/index.ts';
import { GROUPS, type Finding, type Group, type UnitReport } from '../../types.ts';
import { finding, groupName, num } from '../messages.ts';
import type { Rule } from '../rule-context.ts';
import { sumOf } from './arsverk.ts';

export const CHANGE_SHARE = 0.5;
export const CHANGE_MIN_ARSVERK = 2;

/** Pure: is the change from `before` to `after` large (over 50 % and over 2 årsverk)? */
export function isLargeChange(before: number, after: number): boolean {
  const diff = Math.abs(after - before);
  if (diff <= CHANGE_MIN_ARSVERK) return false;
  return before <= 0 || diff / before > CHANGE_SHARE;
}

function percentText(before: number, after: number): string {
  if (before <= 0) return 'fra null';
  const pct = ((after - before) / before) * 100;
  return `${pct > 0 ? '+' : ''}${num(pct, 0)} prosent`;
}

/** The previous extract's group totals by tiltak, by unit code; absent when the unit gave no årsverk for the group. */
function previousTotals(previous: readonly UnitReport[], groupVars: Record<Group, ReturnType<typeof tiltakVariables>>) {
  const totals = new Map<string, Partial<Record<Group, number>>>();
  for (const unit of previous) {
    const t: Partial<Record<Group, number>> = {};
    for (const g of GROUPS) {
      const s = sumOf(unit, groupVars[g]);
      if (s !== undefined) t[g] = s;
    }
    totals.set(unit.code, t);
  }
  return totals;
}

export const changeFromLastYear: Rule = (ctx) => {
  const prev = ctx.previous;
  if (!prev) return [];
  const out: Finding[] = [];
  // Last year's variables may belong to another scheme; totals per group are comparable.
  const prevYc = ctx.codebook && schemeForYear(ctx.codebook, prev.year) ? codebookForYear(ctx.codebook, prev.year) : undefined;
  const prevVars = {
    V: prevYc ? tiltakVariables(prevYc, 'V') : varsOf(prev, 'V'),
    B: prevYc ? tiltakVariables(prevYc, 'B') : varsOf(prev, 'B'),
  };
  const before = previousTotals(prev.units, prevVars);
  for (const unit of ctx.extract.units) {
    const last = before.get(unit.code);
    if (!last) continue;
    for (const group of GROUPS) {
      const vars = tiltakVariables(ctx.yearCodebook, group);
      const after = sumOf(unit, vars);
      const b = last[group];
      if (after === undefined || b === undefined || !isLargeChange(b, after)) continue;
      const cell = vars.map((v) => ctx.cell(unit, 'Årsverk', v.code)).find((c) => c !== undefined) ?? '';
      out.push(
        finding(
          'change.large',
          { u: ctx.label(unit), cell, group: groupName(group), before: b, after, previousYear: prev.year, year: ctx.year, percent: percentText(b, after) },
          ctx.where(unit, { sheet: 'Årsverk', cell }),
        ),
      );
    }
  }
  return out;
};

/**
 * Without the whole codebook, the previous year's tiltak variables of a group are read from the codes
 * present in its units: tiltak codes look like V_T01 / B_T21 (see the codebook).
 */
function varsOf(prev: { units: readonly UnitReport[] }, group: Group) {
  const codes = new Set<string>();
  for (const u of prev.units) for (const code of Object.keys(u.arsverk)) if (code.startsWith(`${group}_T`)) codes.add(code);
  return [...codes].map((code) => ({ code, group, kind: 'tiltak' as const, label: code }));
}
