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

export const national: FactsDef = {
  kind: 'facts',
  id: 'national',
  chapter: 'sammendrag',
  compute: computeNational,
  describe: {
    reportYear: 'The report year (2024).',
    lastYear: 'The year before the report year in the data, or null.',
    firstYear: 'The first year of the time series.',
    firstTotal: 'Årsverk in all, first year of the series.',
    schemeBreak: '1 when the report year starts a new årsverk scheme (changes from last year are then null: not comparable), else 0.',
    arsverkTotal: 'Årsverk in all (adults and children and young people), report year.',
    arsverkV: 'Årsverk for adults (voksne, 18 år og over), report year.',
    arsverkB: 'Årsverk for children and young people (barn og unge, 0–17 år), report year.',
    arsverkTotalLast: 'Årsverk in all, last year.',
    arsverkVLast: 'Årsverk for adults, last year.',
    arsverkBLast: 'Årsverk for children and young people, last year.',
    changeTotal: 'Change in årsverk in all from last year (null across a scheme break).',
    changeV: 'Change in årsverk for adults from last year.',
    changeB: 'Change in årsverk for children and young people from last year.',
    changePctTotal: 'Relative change in årsverk in all (0.021 = 2,1 %).',
    changePctV: 'Relative change in årsverk for adults.',
    changePctB: 'Relative change in årsverk for children and young people.',
    per1000: 'Årsverk in all per 1 000 inhabitants.',
    per10000V: 'Årsverk for adults per 10 000 inhabitants aged 18 and over.',
    per10000B: 'Årsverk for children and young people per 10 000 inhabitants aged 0–17.',
    per10000VLast: 'per10000V last year.',
    per10000BLast: 'per10000B last year.',
    units: 'Units (kommuner and Oslo bydeler) in the report year.',
    reporters: 'Units that sent in the form for the report year.',
    carriedForward: 'Units whose numbers were carried forward from an earlier year.',
    estimated: 'Units whose numbers were estimated (never reported).',
    responseRate: 'Share of units that reported (0–1).',
    changedMethodV: 'Units that said their change in årsverk for adults is due to a new way of counting.',
    changedMethodB: 'Units that said their change in årsverk for children and young people is due to a new way of counting.',
    realGrowthV: 'Change in årsverk for adults without the units that changed their way of counting.',
    realGrowthB: 'Change in årsverk for children and young people without those units.',
    realGrowthPctV: 'Relative change of realGrowthV.',
    realGrowthPctB: 'Relative change of realGrowthB.',
    realGrowthTotal: 'realGrowthV + realGrowthB.',
    realGrowthPctTotal: 'Relative change of realGrowthTotal.',
  },
};
