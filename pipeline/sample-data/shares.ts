// National shares of tiltak and utdanning, per scheme and target group, drifting over the years, plus how
// units of different size lean. Calibrated facts (spec §2) are given as national årsverk in `fixed`:
// helsestasjons- og skolehelsetjenesten +107 (+6 %) 2022→2023, psychologists +20 (barn og unge) and −8
// (voksne) 2022→2023, lavterskel rus 228 → 474 from 2018 to 2019. Each table's `buffer` takes the rest.
import type { Group, SchemeId, SizeGroupId } from '../types.ts';

type Anchors = Readonly<Record<number, number>>;
type BySize = Readonly<Partial<Record<SizeGroupId, number>>>;

export interface CategoryShare {
  /** National share of the group's årsverk by year (interpolated between the years given). */
  share: Anchors;
  /** National årsverk in particular years, overriding `share`. */
  fixed?: Anchors;
  /** How much more (or less) of this category units of each size group have (default 1). */
  bySize?: BySize;
  /** Weight factors by a survey answer of the unit (e.g. no FACT team → no FACT årsverk). */
  byAnswer?: { question: string; factors: Readonly<Record<number, number>> };
  /** Categories with the same key share the unit's persistent leaning (psychologists by tiltak and by utdanning). */
  mixKey?: string;
}

export interface ShareTable {
  /** The category that takes what the others leave, and absorbs national rounding. */
  buffer: string;
  categories: Readonly<Record<string, CategoryShare>>;
}

const PSYCHOLOGIST: BySize = { lt2000: 0.25, '2000-4999': 0.5, '5000-9999': 0.8, '20000-49999': 1.1, ge50000: 1.2, bydel: 1.2 };
const SPECIALIST: BySize = { lt2000: 0.12, '2000-4999': 0.3, '5000-9999': 0.65, '20000-49999': 1.2, ge50000: 1.35, bydel: 1.35 };
const URBAN: BySize = { lt2000: 0.4, '2000-4999': 0.6, '5000-9999': 0.8, '20000-49999': 1.2, ge50000: 1.5, bydel: 1.5 };
const RURAL: BySize = { lt2000: 1.3, '2000-4999': 1.2, '5000-9999': 1.1, '20000-49999': 0.95, ge50000: 0.9, bydel: 0.85 };
const FACT_TEAM = { question: 'FACT', factors: { 1: 1, 2: 1, 3: 0 } } as const;
const RPH_OFFER = { question: 'RPH', factors: { 1: 2.5, 2: 1.8, 3: 1 } } as const;

const c = (share: Anchors, extra: Omit<CategoryShare, 'share'> = {}): CategoryShare => ({ share, ...extra });

export const SHARES: Record<SchemeId, Record<Group, { tiltak: ShareTable; utdanning: ShareTable }>> = {
  A: {
    V: {
      tiltak: {
        buffer: 'V_T11',
        categories: {
          V_T01: c({ 2015: 0.3, 2023: 0.26 }, { bySize: RURAL }),
          V_T02: c({ 2015: 0.25, 2023: 0.225 }),
          V_T03: c({ 2015: 0.17, 2023: 0.19 }),
          V_T04: c({ 2015: 0.075, 2023: 0.055 }, { bySize: RURAL }),
          V_T05: c({ 2015: 0.018, 2023: 0.026 }),
          V_T06: c({ 2015: 0.03, 2019: 0.045, 2023: 0.06 }, { byAnswer: RPH_OFFER }),
          V_T07: c({ 2015: 0.01, 2017: 0.014, 2023: 0.03 }, { bySize: URBAN, byAnswer: FACT_TEAM, mixKey: 'V_FACT' }),
          V_T08: c({ 2015: 0.016, 2017: 0.017, 2020: 0.0375, 2023: 0.04 }, { fixed: { 2018: 228, 2019: 474 }, bySize: URBAN, mixKey: 'V_RUS_LOW' }),
          V_T09: c({ 2015: 0.012, 2020: 0.02, 2023: 0.024 }, { bySize: PSYCHOLOGIST, mixKey: 'V_PSYCHOLOGIST' }),
          V_T10: c({ 2015: 0.05, 2023: 0.052 }),
          V_T11: c({}),
        },
      },
      utdanning: {
        buffer: 'V_U14',
        categories: {
          V_U01: c({ 2015: 0.008, 2020: 0.014 }, { fixed: { 2022: 200, 2023: 190 }, bySize: PSYCHOLOGIST, mixKey: 'V_PSYCHOLOGIST' }),
          V_U02: c({ 2015: 0.004, 2020: 0.0085 }, { fixed: { 2022: 130, 2023: 132 }, bySize: SPECIALIST, mixKey: 'V_PSYCHOLOGIST' }),
          V_U03: c({ 2015: 0.004 }, { bySize: URBAN }),
          V_U04: c({ 2015: 0.23, 2023: 0.22 }),
          V_U05: c({ 2015: 0.08, 2023: 0.085 }),
          V_U06: c({ 2015: 0.004 }),
          V_U07: c({ 2015: 0.085, 2023: 0.095 }),
          V_U08: c({ 2015: 0.085, 2023: 0.09 }),
          V_U09: c({ 2015: 0.02 }),
          V_U10: c({ 2015: 0.065, 2023: 0.075 }),
          V_U11: c({ 2015: 0.055 }),
          V_U12: c({ 2015: 0.22, 2023: 0.19 }, { bySize: RURAL }),
          V_U13: c({ 2015: 0.003, 2023: 0.012 }),
          V_U14: c({}),
        },
      },
    },
    B: {
      tiltak: {
        buffer: 'B_T07',
        categories: {
          B_T01: c({ 2015: 0.43, 2019: 0.45, 2021: 0.465 }, { fixed: { 2022: 1783, 2023: 1890 } }),
          B_T02: c({ 2015: 0.19, 2023: 0.215 }, { bySize: { lt2000: 0.7, '2000-4999': 0.85 } }),
          B_T03: c({ 2015: 0.09, 2023: 0.065 }, { bySize: URBAN }),
          B_T04: c({ 2015: 0.075, 2023: 0.08 }),
          B_T05: c({ 2015: 0.09, 2023: 0.07 }),
          B_T06: c({ 2015: 0.04, 2023: 0.042 }),
          B_T07: c({}),
        },
      },
      utdanning: {
        buffer: 'B_U14',
        categories: {
          B_U01: c({ 2015: 0.035, 2020: 0.05 }, { fixed: { 2022: 205, 2023: 215 }, bySize: PSYCHOLOGIST, mixKey: 'B_PSYCHOLOGIST' }),
          B_U02: c({ 2015: 0.015, 2020: 0.028 }, { fixed: { 2022: 135, 2023: 145 }, bySize: SPECIALIST, mixKey: 'B_PSYCHOLOGIST' }),
          B_U03: c({ 2015: 0.004 }, { bySize: URBAN }),
          B_U04: c({ 2015: 0.06 }),
          B_U05: c({ 2015: 0.03 }),
          B_U06: c({ 2015: 0.37, 2023: 0.4 }),
          B_U07: c({ 2015: 0.025 }),
          B_U08: c({ 2015: 0.15, 2023: 0.13 }),
          B_U09: c({ 2015: 0.02 }),
          B_U10: c({ 2015: 0.055 }),
          B_U11: c({ 2015: 0.12, 2023: 0.1 }),
          B_U12: c({ 2015: 0.02 }, { bySize: RURAL }),
          B_U13: c({ 2015: 0.001, 2023: 0.004 }),
          B_U14: c({}),
        },
      },
    },
  },
  B: {
    V: {
      tiltak: {
        buffer: 'V_T28',
        categories: {
          V_T21: c({ 2024: 0.27 }, { bySize: RURAL }),
          V_T22: c({ 2024: 0.23 }),
          V_T23: c({ 2024: 0.21 }),
          V_T24: c({ 2024: 0.08 }, { byAnswer: RPH_OFFER }),
          V_T25: c({ 2024: 0.035 }, { bySize: URBAN, byAnswer: FACT_TEAM, mixKey: 'V_FACT' }),
          V_T26: c({ 2024: 0.06 }),
          V_T27: c({ 2024: 0.045 }, { bySize: URBAN, mixKey: 'V_RUS_LOW' }),
          V_T28: c({}),
        },
      },
      utdanning: {
        buffer: 'V_U29',
        categories: {
          V_U21: c({ 2024: 0.027 }, { bySize: PSYCHOLOGIST, mixKey: 'V_PSYCHOLOGIST' }),
          V_U22: c({ 2024: 0.004 }, { bySize: URBAN }),
          V_U23: c({ 2024: 0.31 }),
          V_U24: c({ 2024: 0.185 }),
          V_U25: c({ 2024: 0.085 }),
          V_U26: c({ 2024: 0.06 }),
          V_U27: c({ 2024: 0.19 }, { bySize: RURAL }),
          V_U28: c({ 2024: 0.013 }),
          V_U29: c({}),
        },
      },
    },
    B: {
      tiltak: {
        buffer: 'B_T24',
        categories: {
          B_T21: c({ 2024: 0.48 }),
          B_T22: c({ 2024: 0.27 }, { bySize: { lt2000: 0.7, '2000-4999': 0.85 } }),
          B_T23: c({ 2024: 0.17 }, { bySize: URBAN }),
          B_T24: c({}),
        },
      },
      utdanning: {
        buffer: 'B_U29',
        categories: {
          B_U21: c({ 2024: 0.1 }, { bySize: PSYCHOLOGIST, mixKey: 'B_PSYCHOLOGIST' }),
          B_U22: c({ 2024: 0.004 }, { bySize: URBAN }),
          B_U23: c({ 2024: 0.49 }),
          B_U24: c({ 2024: 0.16 }),
          B_U25: c({ 2024: 0.055 }),
          B_U26: c({ 2024: 0.1 }),
          B_U27: c({ 2024: 0.022 }, { bySize: RURAL }),
          B_U28: c({ 2024: 0.004 }),
          B_U29: c({}),
        },
      },
    },
  },
};
