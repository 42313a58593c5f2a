// Årsverk per 10 000 inhabitants in the target group (0–17 for barn og unge, 18+ for voksne), compared
// with the typical level of the unit's size group: far outside → warning, absurdly far → error.
import { sizeGroupLabel, sizeGroupOf } from '../../reference/index.ts';
import { tiltakVariables } from '../../codebook/index.ts';
import { GROUPS, type Finding, type Group, type PopulationCount, type SizeGroupId, type UnitReport } from '../../types.ts';
import { finding, groupName } from '../messages.ts';
import type { Rule, RuleContext } from '../rule-context.ts';
import { isBydelCode } from '../unit-label.ts';
import { sumOf } from './arsverk.ts';

/**
 * Typical årsverk per 10 000 in the target group by size group. From the published 2023 figures
 * (spec §2: barn og unge 34–63 and voksne 27–34 across size groups, highest in the smallest kommuner),
 * spread over the groups in between; Oslo's bydeler get the middle of the range. Earlier years were
 * somewhat lower; the thresholds below are wide enough for that.
 */
export const TYPICAL_RATE: Record<SizeGroupId, Record<Group, number>> = {
  lt2000: { B: 63, V: 34 },
  '2000-4999': { B: 50, V: 32 },
  '5000-9999': { B: 44, V: 30 },
  '10000-19999': { B: 40, V: 29 },
  '20000-49999': { B: 37, V: 28 },
  ge50000: { B: 34, V: 27 },
  bydel: { B: 40, V: 30 },
};

/** Warning: the rate is over OUTLIER_HIGH × or under 1/OUTLIER_LOW of typical, and more than OUTLIER_MIN_ARSVERK off. */
export const OUTLIER_HIGH = 3;
export const OUTLIER_LOW = 4;
export const OUTLIER_MIN_ARSVERK = 2;
/** Error: the rate is over ABSURD_FACTOR × typical and more than ABSURD_MIN_ARSVERK above it. */
export const ABSURD_FACTOR = 10;
export const ABSURD_MIN_ARSVERK = 10;

export type RateVerdict = 'ok' | 'outlier' | 'absurd';

/** Pure: judges `total` årsverk for a target population of `population` against a typical rate. */
export function judgeRate(total: number, population: number, typical: number): RateVerdict {
  const expected = (typical * population) / 10_000;
  const rate = (total / population) * 10_000;
  if (rate > ABSURD_FACTOR * typical && total - expected > ABSURD_MIN_ARSVERK) return 'absurd';
  if ((rate > OUTLIER_HIGH * typical || rate < typical / OUTLIER_LOW) && Math.abs(total - expected) > OUTLIER_MIN_ARSVERK) {
    return 'outlier';
  }
  return 'ok';
}

/** A unit's population at 1 January of the year: kommuner on the year's borders, bydeler from the 2024-border table. */
export function populationOf(ctx: RuleContext, unit: UnitReport): PopulationCount | undefined {
  if (isBydelCode(unit.code)) return ctx.reference.population.get(ctx.year)?.get(unit.code);
  return ctx.reference.populationHistorical.get(ctx.year)?.get(unit.code);
}

/** `kommuner med 2 000–4 999 innbyggere`, `bydeler i Oslo`. */
export function peersText(id: SizeGroupId): string {
  if (id === 'bydel') return 'bydeler i Oslo';
  if (id === 'ge50000') return 'kommuner med 50\u00a0000 innbyggere eller flere';
  return `kommuner med ${sizeGroupLabel(id).toLowerCase().replace(/ /g, '\u00a0')} innbyggere`;
}

function targetPopulation(pop: PopulationCount, group: Group): number {
  return group === 'B' ? pop.age0_17 : pop.age18plus;
}

export const ratesWithinSizeGroup: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const unit of ctx.extract.units) {
    const pop = populationOf(ctx, unit);
    if (!pop) continue;
    const sizeGroup = sizeGroupOf(isBydelCode(unit.code) ? 'bydel' : 'kommune', pop.total);
    for (const group of GROUPS) {
      const vars = tiltakVariables(ctx.yearCodebook, group);
      const total = sumOf(unit, vars);
      const population = targetPopulation(pop, group);
      if (total === undefined || population <= 0) continue;
      const typical = TYPICAL_RATE[sizeGroup][group];
      const verdict = judgeRate(total, population, typical);
      if (verdict === 'ok') continue;
      const cell = vars.map((v) => ctx.cell(unit, 'Årsverk', v.code)).find((c) => c !== undefined) ?? '';
      const params = {
        u: ctx.label(unit),
        cell,
        group: groupName(group),
        total,
        population,
        rate: (total / population) * 10_000,
        typical,
        peers: peersText(sizeGroup),
      };
      const where = ctx.where(unit, { sheet: 'Årsverk', cell });
      out.push(finding(verdict === 'absurd' ? 'rate.absurd' : 'rate.outlier', params, where));
    }
  }
  return out;
};
