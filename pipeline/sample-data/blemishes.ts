// The deliberate imperfections of the sample workbooks (spec §1): things real extracts contain and a good
// ingest must catch as warnings while recovering the value. Each is placed in one cell of one year; the
// workbook writer applies them and reports the exact cell, which data/raw/README.md lists.
import type { Year } from '../types.ts';

export type BlemishKind = 'code-as-number' | 'decimal-comma' | 'formula' | 'trailing-space-code' | 'trailing-space-name';

export interface BlemishPlan {
  year: Year;
  sheet: 'Innsending' | 'Årsverk' | 'Spørsmål';
  kind: BlemishKind;
  /** The unit, when fixed; otherwise the first reporting unit (by code) with a suitable value. */
  unit?: string;
  /** The årsverk variable, for value blemishes. */
  variable?: string;
}

export const BLEMISH_PLAN: readonly BlemishPlan[] = [
  { year: 2017, sheet: 'Årsverk', kind: 'code-as-number', unit: '0101' },
  { year: 2019, sheet: 'Årsverk', kind: 'formula', variable: 'B_T01' },
  { year: 2020, sheet: 'Spørsmål', kind: 'trailing-space-code', unit: '4601' },
  { year: 2021, sheet: 'Årsverk', kind: 'decimal-comma', variable: 'V_T03' },
  { year: 2022, sheet: 'Innsending', kind: 'trailing-space-name', unit: '1811' },
  { year: 2023, sheet: 'Årsverk', kind: 'code-as-number', unit: '030105' },
];

/** Units that must report in a year because a blemish sits in their row. */
export function blemishUnits(year: Year): string[] {
  return BLEMISH_PLAN.filter((b) => b.year === year && b.unit !== undefined).map((b) => b.unit!);
}

/** A value in tenths written as a formula with two addends, e.g. 20 → `=1.2+0.8`. */
export function formulaFor(tenths: number): string {
  const a = Math.round(tenths * 0.6);
  return `${a / 10}+${(tenths - a) / 10}`;
}

/** A value in tenths written as text with a decimal comma, e.g. 25 → "2,5". */
export function decimalCommaText(tenths: number): string {
  return (tenths / 10).toFixed(1).replace('.', ',');
}
