// How units answer the coded survey questions: shares of each answer by year (interpolated between the
// years given), and how strongly larger units lean towards the first answers in `order`. Published facts
// (spec §2, 2023 unless stated) are the anchors: RPH own 26 %, inter-municipal 4 %; other low-threshold
// offers about half; evening services under half; henvendelser psykisk helse up, rus not; 53 % problems with
// utskrivningsklare; ~10 % poor cooperation; personnel changes 50 % (21 % plan); 2017 FACT 1 in 4,
// OH døgn 70 % (2017) and over 80 % (2018); brukermedvirkning 89 % (2020).
import type { Year } from '../types.ts';

type Shares = Readonly<Record<number, number>>;

export interface ChoiceSpec {
  /** Answer codes in rank order: units with the highest leaning get the first codes. */
  order: readonly number[];
  /** Share of each answer code, by year. */
  shares: Readonly<Record<Year, Shares>>;
  /** Leaning of larger units (log inhabitants, standardised) towards the first codes. */
  sizeBeta: number;
  /**
   * Of the units given either of these two codes, the second goes to those leaning this way by size
   * (negative: smaller units), e.g. inter-municipal rather than own RPH.
   */
  secondOfPair?: { codes: readonly [number, number]; sizeBeta: number };
}

const HENV_ORDER = [5, 4, 3, 2, 1, 9] as const;

export const CHOICES: Readonly<Record<string, ChoiceSpec>> = {
  RPH: {
    order: [1, 2, 3],
    sizeBeta: 1.2,
    secondOfPair: { codes: [1, 2], sizeBeta: -1.5 },
    shares: {
      2016: { 1: 0.08, 2: 0.02, 3: 0.9 },
      2018: { 1: 0.15, 2: 0.03, 3: 0.82 },
      2020: { 1: 0.21, 2: 0.04, 3: 0.75 },
      2023: { 1: 0.26, 2: 0.04, 3: 0.7 },
      2024: { 1: 0.27, 2: 0.04, 3: 0.69 },
    },
  },
  LAVTERSKEL: {
    order: [1, 2],
    sizeBeta: 0.5,
    shares: { 2015: { 1: 0.38, 2: 0.62 }, 2019: { 1: 0.45, 2: 0.55 }, 2023: { 1: 0.5, 2: 0.5 }, 2024: { 1: 0.51, 2: 0.49 } },
  },
  FACT: {
    order: [1, 2, 3],
    sizeBeta: 1.2,
    secondOfPair: { codes: [1, 2], sizeBeta: -1.2 },
    shares: {
      2015: { 1: 0.07, 2: 0.11, 3: 0.82 },
      2017: { 1: 0.1, 2: 0.15, 3: 0.75 },
      2019: { 1: 0.12, 2: 0.18, 3: 0.7 },
      2023: { 1: 0.14, 2: 0.22, 3: 0.64 },
      2024: { 1: 0.15, 2: 0.22, 3: 0.63 },
    },
  },
  OH_DOGN: {
    order: [1, 2],
    sizeBeta: 0.3,
    shares: { 2017: { 1: 0.7, 2: 0.3 }, 2018: { 1: 0.82, 2: 0.18 }, 2019: { 1: 0.86, 2: 0.14 }, 2023: { 1: 0.9, 2: 0.1 } },
  },
  KVELD_V: {
    order: [1, 2],
    sizeBeta: 1.0,
    shares: { 2019: { 1: 0.36, 2: 0.64 }, 2023: { 1: 0.44, 2: 0.56 }, 2024: { 1: 0.45, 2: 0.55 } },
  },
  KVELD_B: {
    order: [1, 2],
    sizeBeta: 1.0,
    shares: { 2019: { 1: 0.27, 2: 0.73 }, 2023: { 1: 0.38, 2: 0.62 }, 2024: { 1: 0.39, 2: 0.61 } },
  },
  HENV_B_PH: {
    order: HENV_ORDER,
    sizeBeta: 0,
    shares: {
      2021: { 5: 0.4, 4: 0.34, 3: 0.18, 2: 0.02, 1: 0.01, 9: 0.05 },
      2022: { 5: 0.37, 4: 0.35, 3: 0.19, 2: 0.03, 1: 0.01, 9: 0.05 },
      2023: { 5: 0.34, 4: 0.36, 3: 0.21, 2: 0.03, 1: 0.01, 9: 0.05 },
      2024: { 5: 0.3, 4: 0.37, 3: 0.24, 2: 0.03, 1: 0.01, 9: 0.05 },
    },
  },
  HENV_V_PH: {
    order: HENV_ORDER,
    sizeBeta: 0,
    shares: {
      2021: { 5: 0.33, 4: 0.41, 3: 0.2, 2: 0.02, 1: 0.005, 9: 0.035 },
      2023: { 5: 0.36, 4: 0.41, 3: 0.18, 2: 0.02, 1: 0.005, 9: 0.025 },
      2024: { 5: 0.34, 4: 0.42, 3: 0.19, 2: 0.02, 1: 0.005, 9: 0.025 },
    },
  },
  HENV_B_RUS: {
    order: HENV_ORDER,
    sizeBeta: 0,
    shares: { 2021: { 5: 0.06, 4: 0.22, 3: 0.55, 2: 0.05, 1: 0.01, 9: 0.11 } },
  },
  HENV_V_RUS: {
    order: HENV_ORDER,
    sizeBeta: 0,
    shares: { 2021: { 5: 0.08, 4: 0.27, 3: 0.52, 2: 0.05, 1: 0.01, 9: 0.07 } },
  },
  UTSKRIVNING: {
    order: [1, 2, 3],
    sizeBeta: 0.2,
    shares: { 2015: { 1: 0.2, 2: 0.48, 3: 0.32 }, 2019: { 1: 0.15, 2: 0.44, 3: 0.41 }, 2023: { 1: 0.13, 2: 0.4, 3: 0.47 } },
  },
  SAMARBEID_PHV: {
    order: [5, 4, 3, 2, 1],
    sizeBeta: 0.2,
    shares: { 2022: { 1: 0.12, 2: 0.5, 3: 0.28, 4: 0.08, 5: 0.02 } },
  },
  BRUKERMEDVIRKNING: {
    order: [1, 2],
    sizeBeta: 0.3,
    shares: { 2015: { 1: 0.8, 2: 0.2 }, 2020: { 1: 0.89, 2: 0.11 }, 2023: { 1: 0.9, 2: 0.1 } },
  },
  ERFARINGSKONSULENT: {
    order: [1, 2],
    sizeBeta: 0.8,
    shares: { 2017: { 1: 0.18, 2: 0.82 }, 2023: { 1: 0.38, 2: 0.62 } },
  },
  ENDRING_PERSONELL: {
    order: [1, 2, 3],
    sizeBeta: 0.4,
    shares: { 2022: { 1: 0.46, 2: 0.22, 3: 0.32 }, 2023: { 1: 0.5, 2: 0.21, 3: 0.29 } },
  },
  BOLIG: {
    order: [1, 2, 3, 4, 5],
    sizeBeta: 0.3,
    shares: { 2022: { 1: 0.06, 2: 0.27, 3: 0.4, 4: 0.23, 5: 0.04 } },
  },
};

/**
 * "Is the change in årsverk from last year real?": the number of units answering 2 (changed how they
 * estimate) per year; the others answer 3 (no change) when their total moved less than 2 %, otherwise 1.
 */
export const RECALCULATED: Readonly<Record<string, { group: 'V' | 'B'; count: Readonly<Record<Year, number>> }>> = {
  ENDRING_REELL_V: { group: 'V', count: { 2023: 19, 2024: 30 } },
  ENDRING_REELL_B: { group: 'B', count: { 2023: 17, 2024: 26 } },
};
export const NO_CHANGE_LIMIT = 0.02;
