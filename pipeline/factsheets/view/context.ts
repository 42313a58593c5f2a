// What every part of the sheet's view needs: the model, the label lookup and Norwegian number formats.
// Numbers are formatted here (the model keeps numbers); nb and nn write numbers the same way.
import { formatDecimal, formatInteger, formatPercent, formatSigned, round } from '../../format/index.ts';
import type { Translate } from '../i18n.ts';
import type { FactsheetModel, Lang } from '../types.ts';
import type { Group } from '../../types.ts';

export interface ViewContext {
  model: FactsheetModel;
  lang: Lang;
  t: Translate & { has(path: string[]): boolean; at(path: string[], vars?: Record<string, string | number>): string };
  /** The unit's display name in the sheet's language (the country is "Hele landet" / "Heile landet"). */
  name: string;
  /** The same inside a sentence ("hele landet"). */
  nameInText: string;
}

/** Decimals a share is shown with: whole per cents; under 1 % (but not 0) one decimal, so it does not read as 0 %. */
export function shareDigits(x: number | undefined): number {
  return x !== undefined && x > 0 && x < 0.0095 ? 1 : 0;
}

export const fmt = {
  int: (x: number | undefined) => formatInteger(x),
  dec: (x: number | undefined) => formatDecimal(x, 1),
  rate: (x: number | undefined) => formatDecimal(x, 1),
  pct: (x: number | undefined) => formatPercent(x, { digits: shareDigits(x) }),
  signed: (x: number | undefined) => formatSigned(x, 1),
  signedPct: (x: number | undefined) => formatPercent(x, { digits: 1, signed: true }),
};

/** Compares two rates as shown (one decimal): 1 higher, −1 lower, 0 the same. */
export function compareShown(a: number, b: number): -1 | 0 | 1 {
  const ra = round(a, 1);
  const rb = round(b, 1);
  return ra > rb ? 1 : ra < rb ? -1 : 0;
}

export function groupLabel(c: ViewContext, g: Group): string {
  return c.t(`group.${g}`);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `a, b og c` in the sheet's language (og in both). */
export function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}
