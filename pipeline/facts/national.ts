// Key national numbers for the prose ("en økning på 362 årsverk"): this year and last, changes, rates, units,
// reporters, carried forward and estimated, growth without units that changed estimation method, and whether
// the report year starts a new årsverk scheme (then changes from last year are null: not comparable).
import {
  changeFromLastYear,
  changeSplit,
  comparable,
  nationalSum,
  previousYear,
  seriesYears,
  type GroupOrAll,
} from '../aggregate/index.ts';
import type { ComputeInput, FactsDef, FactsModel } from '../registry/types.ts';
import { relativeChange } from '../stats/index.ts';

type Value = number | string | null;
const v = (x: number | undefined): Value => (typeof x === 'number' && Number.isFinite(x) ? x : null);

function computeNational(input: ComputeInput): FactsModel {
  const { panel, reference, reportYear } = input;
  const prev = previousYear(panel, reportYear);
  const first = seriesYears(panel, reportYear)[0]!;
  const now = nationalSum(panel, reference, reportYear);
  const before = prev !== undefined ? nationalSum(panel, reference, prev) : undefined;
  const firstSum = nationalSum(panel, reference, first);
  const counts = panel.imputationCounts.find((c) => c.year === reportYear);
  const values: Record<string, Value> = {
    reportYear,
    lastYear: prev ?? null,
    firstYear: first,
    firstTotal: firstSum.arsverk.all,
    schemeBreak: prev !== undefined && !comparable(panel, prev, reportYear) ? 1 : 0,
    per1000: v(now.per1000),
    per10000V: v(now.per10000.V),
    per10000B: v(now.per10000.B),
    per10000VLast: v(before?.per10000.V),
    per10000BLast: v(before?.per10000.B),
    units: counts?.units ?? null,
    reporters: counts?.reported ?? null,
    carriedForward: counts?.carriedForward ?? null,
    estimated: counts?.estimated ?? null,
    responseRate: counts && counts.units > 0 ? counts.reported / counts.units : null,
  };
  const suffix: Record<GroupOrAll, string> = { all: 'Total', V: 'V', B: 'B' };
  for (const g of ['all', 'V', 'B'] as const) {
    const ch = changeFromLastYear(panel, reportYear, before?.arsverk[g], now.arsverk[g]);
    values[`arsverk${suffix[g]}`] = now.arsverk[g];
    values[`arsverk${suffix[g]}Last`] = v(before?.arsverk[g]);
    values[`change${suffix[g]}`] = v(ch.arsverk);
    values[`changePct${suffix[g]}`] = v(ch.relative);
  }
  const split = { V: changeSplit(panel, reference, reportYear, 'V'), B: changeSplit(panel, reference, reportYear, 'B') };
  for (const g of ['V', 'B'] as const) {
    values[`changedMethod${g}`] = split[g]?.changedUnits ?? null;
    values[`realGrowth${g}`] = v(split[g]?.real.arsverk);
    values[`realGrowthPct${g}`] = v(split[g]?.real.relative);
  }
  const rV = split.V?.real.arsverk;
  const rB = split.B?.real.arsverk;
  const realTotal = rV !== undefined && rB !== undefined ? rV + rB : undefined;
  const realBefore = (split.V?.realBefore ?? 0) + (split.B?.realBefore ?? 0);
  values['realGrowthTotal'] = v(realTotal);
  values['realGrowthPctTotal'] = v(realTotal === undefined ? undefined : relativeChange(realBefore, realBefore + realTotal));
  return { id: 'national', values };
}

export const national: FactsDef = { kind: 'facts', id: 'national', chapter: 'sammendrag', compute: computeNational };
