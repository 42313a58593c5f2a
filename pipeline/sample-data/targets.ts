// What the sample data are calibrated to: the published national figures of spec §2, and the choices made
// where the spec leaves a gap (marked "chosen").
import type { Group, Year } from '../types.ts';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;
export const SAMPLE_YEARS: readonly Year[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/** Published national årsverk (spec §2). `undefined` where the report gives none. */
export interface PublishedTotals {
  total?: number;
  V?: number;
  B?: number;
  note?: string;
}

export const PUBLISHED: Record<Year, PublishedTotals> = {
  2015: { total: 13_131 },
  2016: { total: 13_936, V: 11_063, B: 2_873 },
  2017: { total: 14_633, V: 11_534, B: 3_099 },
  2018: { total: 15_894, V: 12_563, B: 3_331 },
  2019: { total: 16_399, V: 12_872, B: 3_527 },
  2020: { total: 16_569, V: 12_966, B: 3_603 },
  2021: { total: 16_791, note: 'voksne +1,0 %, barn og unge +2,7 %' },
  2022: { total: 17_074, V: 13_291, B: 3_783 },
  2023: { total: 17_436, V: 13_445, B: 3_991 },
  2024: { note: 'about 2,8 årsverk per 1 000 inhabitants (new categories)' },
};

/** Chosen share of barn og unge where the published figures do not split the total. */
const B_SHARE_2015 = 0.21;
const B_SHARE_2024 = 0.23;
/** Published: 2024 ≈ 2,8 årsverk per 1 000 inhabitants. */
export const PER_1000_2024 = 2.8;

/**
 * The national totals the generator aims at, per year and group, in årsverk. `population2024` is the
 * national population on 1 January 2024 (for the 2024 level).
 */
export function targetTotals(year: Year, population2024: number): Record<Group, number> {
  const p = PUBLISHED[year];
  if (year === 2015) {
    const total = p!.total!;
    return { V: total * (1 - B_SHARE_2015), B: total * B_SHARE_2015 };
  }
  if (year === 2021) {
    const y2020 = PUBLISHED[2020]!;
    return { V: y2020.V! * 1.01, B: y2020.B! * 1.027 };
  }
  if (year === 2024) {
    const total = (PER_1000_2024 / 1000) * population2024;
    return { V: total * (1 - B_SHARE_2024), B: total * B_SHARE_2024 };
  }
  if (!p || p.V === undefined || p.B === undefined) throw new Error(`no calibration target for ${year}`);
  return { V: p.V, B: p.B };
}

/** Units not reporting per year: published for 2016–2021, chosen for 2015 and 2022–2024. */
export const NON_REPORTERS: Record<Year, number> = {
  2015: 2,
  2016: 1,
  2017: 0,
  2018: 0,
  2019: 0,
  2020: 66,
  2021: 24,
  2022: 9,
  2023: 6,
  2024: 5,
};

/** The year of the one deliberate implausible jump (a unit's voksne total rises by ~80 %). */
export const JUMP_YEAR = 2022;
export const JUMP_FACTOR = 1.8;
