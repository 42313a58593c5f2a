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

const FORM_CHOICES: Readonly<Record<string, ChoiceSpec>> = {
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
 * The topics of the full publication (spec topics.md): published anchors where they exist (VOLD_OVERSIKT about
 * 22 % yes, VOLD_SAMARBEID about half "I noen grad", OMDISP 2021 half of adult services and two in three for
 * barn og unge; KOMPSENTER awareness high, use lower, NSSF and SIFER least known), plausible elsewhere, with
 * larger units more often having an offer. A matrix row is keyed by its column (`IPS_PH`).
 */
const TOPIC_CHOICES: Readonly<Record<string, ChoiceSpec>> = {
  AKUTT: {
    order: [1, 2, 3],
    sizeBeta: 0.9,
    secondOfPair: { codes: [1, 2], sizeBeta: -1.4 },
    shares: { 2018: { 1: 0.18, 2: 0.3, 3: 0.52 }, 2024: { 1: 0.24, 2: 0.36, 3: 0.4 } },
  },
  HELG_V: { order: [1, 2], sizeBeta: 1.0, shares: { 2019: { 1: 0.28, 2: 0.72 }, 2024: { 1: 0.35, 2: 0.65 } } },
  NETTSIDE: { order: [1, 2], sizeBeta: 0.6, shares: { 2018: { 1: 0.68, 2: 0.32 }, 2024: { 1: 0.88, 2: 0.12 } } },
  IPS_PH: {
    order: [1, 2, 9, 3],
    sizeBeta: 1.0,
    shares: { 2017: { 1: 0.12, 2: 0.04, 3: 0.78, 9: 0.06 }, 2024: { 1: 0.34, 2: 0.08, 3: 0.54, 9: 0.04 } },
  },
  IPS_RUS: {
    order: [1, 2, 9, 3],
    sizeBeta: 1.0,
    shares: { 2017: { 1: 0.07, 2: 0.03, 3: 0.82, 9: 0.08 }, 2024: { 1: 0.2, 2: 0.06, 3: 0.68, 9: 0.06 } },
  },
  NAV_SAMARBEID: {
    order: [1, 2, 3, 4, 5],
    sizeBeta: 0.2,
    shares: { 2016: { 1: 0.09, 2: 0.48, 3: 0.3, 4: 0.11, 5: 0.02 }, 2024: { 1: 0.13, 2: 0.52, 3: 0.25, 4: 0.08, 5: 0.02 } },
  },
  ...kompsenter({
    NAPHA: [0.06, 0.3, 0.3, 0.34],
    KORUS: [0.06, 0.3, 0.31, 0.33],
    RKBU: [0.12, 0.36, 0.28, 0.24],
    RVTS: [0.05, 0.25, 0.3, 0.4],
    NKROP: [0.3, 0.45, 0.15, 0.1],
    NKVTS: [0.2, 0.45, 0.2, 0.15],
    NSSF: [0.42, 0.4, 0.11, 0.07],
    SANKS: [0.36, 0.44, 0.12, 0.08],
    SIFER: [0.47, 0.39, 0.09, 0.05],
    ERFARING: [0.15, 0.4, 0.25, 0.2],
  }),
  ...Object.fromEntries(
    ['F1_V', 'F2_V', 'F3_V', 'F1_B', 'F2_B', 'F3_B'].map((row) => {
      const f3 = row.startsWith('F3');
      const shares = f3 ? { 2022: { 1: 0.33, 2: 0.52, 3: 0.15 }, 2024: { 1: 0.38, 2: 0.5, 3: 0.12 } } : { 2022: { 1: 0.5, 2: 0.4, 3: 0.1 }, 2024: { 1: 0.55, 2: 0.37, 3: 0.08 } };
      return [`FORLOP_${row}`, { order: [1, 2, 3], sizeBeta: 0.3, shares }];
    }),
  ),
  PAKKEFORLOP: { order: [1, 2, 3], sizeBeta: 0.5, shares: { 2019: { 1: 0.1, 2: 0.38, 3: 0.52 }, 2024: { 1: 0.3, 2: 0.55, 3: 0.15 } } },
  REKRUTT: { order: [3, 2, 1], sizeBeta: 0.4, shares: { 2022: { 1: 0.24, 2: 0.55, 3: 0.21 }, 2024: { 1: 0.28, 2: 0.54, 3: 0.18 } } },
  SELVMORD_PLAN: { order: [1, 2, 3], sizeBeta: 0.7, shares: { 2018: { 1: 0.44, 2: 0.16, 3: 0.4 }, 2024: { 1: 0.64, 2: 0.12, 3: 0.24 } } },
  ETTERLATTE: { order: [1, 2], sizeBeta: 0.6, shares: { 2018: { 1: 0.4, 2: 0.6 }, 2024: { 1: 0.55, 2: 0.45 } } },
  VOLD_OVERSIKT: { order: [1, 2], sizeBeta: 0.6, shares: { 2017: { 1: 0.22, 2: 0.78 }, 2018: { 1: 0.22, 2: 0.78 }, 2024: { 1: 0.28, 2: 0.72 } } },
  VOLD_SAMARBEID: {
    order: [1, 2, 3],
    sizeBeta: 0.3,
    shares: { 2017: { 1: 0.24, 2: 0.5, 3: 0.26 }, 2018: { 1: 0.25, 2: 0.5, 3: 0.25 }, 2024: { 1: 0.3, 2: 0.5, 3: 0.2 } },
  },
  ELDRE: { order: [1, 2], sizeBeta: 1.1, shares: { 2018: { 1: 0.14, 2: 0.86 }, 2024: { 1: 0.2, 2: 0.8 } } },
  BU_RUTINER: { order: [1, 2, 3], sizeBeta: 0.5, shares: { 2018: { 1: 0.6, 2: 0.2, 3: 0.2 }, 2024: { 1: 0.78, 2: 0.12, 3: 0.1 } } },
  ORGANISERING: {
    order: [1, 2, 4, 3],
    sizeBeta: 0.5,
    shares: { 2016: { 1: 0.44, 2: 0.4, 3: 0.05, 4: 0.11 }, 2024: { 1: 0.5, 2: 0.36, 3: 0.04, 4: 0.1 } },
  },
  BRUKERPLAN: { order: [1, 2], sizeBeta: 0.3, shares: { 2016: { 1: 0.6, 2: 0.4 }, 2024: { 1: 0.75, 2: 0.25 } } },
  OMDISP_V: { order: [1, 2], sizeBeta: 0.3, shares: { 2020: { 1: 0.56, 2: 0.44 }, 2021: { 1: 0.5, 2: 0.5 } } },
  OMDISP_B: { order: [1, 2], sizeBeta: 0.3, shares: { 2020: { 1: 0.72, 2: 0.28 }, 2021: { 1: 0.67, 2: 0.33 } } },
};

/** Answer shares of every choice question and matrix row the generator knows. */
export const CHOICES: Readonly<Record<string, ChoiceSpec>> = { ...FORM_CHOICES, ...TOPIC_CHOICES };

/** KOMPSENTER rows: shares of 1–4 (kjenner ikke til … har brukt) in 2024; use a little lower in 2015. */
function kompsenter(rows: Record<string, [number, number, number, number]>): Record<string, ChoiceSpec> {
  return Object.fromEntries(
    Object.entries(rows).map(([row, [a, b, c, d]]) => [
      `KOMPSENTER_${row}`,
      { order: [4, 3, 2, 1], sizeBeta: 0.5, shares: { 2015: { 1: a + 0.06, 2: b + 0.02, 3: c - 0.03, 4: d - 0.05 }, 2024: { 1: a, 2: b, 3: c, 4: d } } },
    ]),
  );
}

/** Multi-select options: the share checking each, by year (of the units asked), and the size leaning. */
export interface MultiSpec {
  shares: Readonly<Record<Year, number>>;
  sizeBeta: number;
}

export const MULTI: Readonly<Record<string, Readonly<Record<string, MultiSpec>>>> = {
  REKRUTT_YRKE: {
    PSYKOLOG: { shares: { 2022: 0.58, 2024: 0.62 }, sizeBeta: -0.6 },
    SYKEPLEIER: { shares: { 2022: 0.55, 2024: 0.6 }, sizeBeta: -0.3 },
    VERNEPLEIER: { shares: { 2022: 0.3, 2024: 0.32 }, sizeBeta: 0 },
    SOSIONOM: { shares: { 2022: 0.15, 2024: 0.16 }, sizeBeta: 0 },
    LEGE: { shares: { 2022: 0.35, 2024: 0.38 }, sizeBeta: -0.8 },
    ERFARING: { shares: { 2022: 0.1, 2024: 0.12 }, sizeBeta: 0 },
    ANNET: { shares: { 2022: 0.1, 2024: 0.1 }, sizeBeta: 0 },
  },
  PAARORENDE: {
    KURS: { shares: { 2018: 0.28, 2024: 0.4 }, sizeBeta: 1.0 },
    SAMTALE: { shares: { 2018: 0.7, 2024: 0.8 }, sizeBeta: 0.4 },
    GRUPPE: { shares: { 2018: 0.22, 2024: 0.3 }, sizeBeta: 0.9 },
    INFO: { shares: { 2018: 0.48, 2024: 0.7 }, sizeBeta: 0.6 },
    BARN: { shares: { 2018: 0.6, 2024: 0.8 }, sizeBeta: 0.3 },
  },
};

/** A choice question or matrix row the generator has no shares for (a question just added to the codebook): even shares. */
export function defaultChoiceSpec(codes: readonly number[], firstYear: Year): ChoiceSpec {
  return { order: codes, sizeBeta: 0, shares: { [firstYear]: Object.fromEntries(codes.map((c) => [c, 1 / codes.length])) } };
}

/** A multi-select option the generator has no share for. */
export const DEFAULT_MULTI: MultiSpec = { shares: { 2015: 0.3 }, sizeBeta: 0 };

/**
 * "Is the change in årsverk from last year real?": the number of units answering 2 (changed how they
 * estimate) per year; the others answer 3 (no change) when their total moved less than 2 %, otherwise 1.
 */
export const RECALCULATED: Readonly<Record<string, { group: 'V' | 'B'; count: Readonly<Record<Year, number>> }>> = {
  ENDRING_REELL_V: { group: 'V', count: { 2023: 19, 2024: 30 } },
  ENDRING_REELL_B: { group: 'B', count: { 2023: 17, 2024: 26 } },
};
export const NO_CHANGE_LIMIT = 0.02;
