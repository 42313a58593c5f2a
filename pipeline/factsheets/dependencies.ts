// What a sheet depends on, as a small JSON value that changes exactly when what the sheet shows changes.
//
// Decision: the dependency value is the sheet's model with every number rounded the way the sheet shows it.
// The unit's own rows, answers and findings count in full (as shown); the comparison figures (fylke, size
// group, country, the other units in its strip) count as shown too. A correction in one kommune moves the
// national rate per 10 000 in the third decimal, which no sheet shows, so it does not make every sheet stale;
// when a shown digit changes (the country's rate, a fylke's member row, a dot in the size group's strip, the
// country's share of a tiltak), the sheets that show it are rendered again.
//   shares (share, shareLand, higherEducation…): whole per cents, under 1 % one decimal (view/context fmt.pct)
//   changeRelative: per cent with one decimal
//   every other number: one decimal (årsverk, rates, medians; counts and years are whole already)
// Rounding is the formatter's own (decimal, half away from zero), so a rounded value changes exactly when
// the printed one does. Chart geometry drawn from exact values moves by well under a pixel per 0,1.
import type { BuildData } from '../types.ts';
import { round } from '../format/index.ts';
import { factsheetModel } from './model.ts';
import type { FactsheetModel } from './types.ts';
import { shareDigits } from './view/context.ts';

/** Bump when the meaning of the model changes without the code that renders it changing. */
export const DEPENDENCY_VERSION = 2;

const SHARES = new Set(['share', 'shareLand', 'higherEducation', 'higherEducationLand']);
const PERCENT_1 = new Set(['changeRelative']);

/**
 * `round(x, digits)` (decimal, half away from zero, as the formatters round), fast: binary arithmetic away
 * from a tie, the exact decimal rounding near one (where 1.005 × 100 = 100.49999… would go the wrong way).
 */
function roundAsFormatted(x: number, digits: number): number {
  const f = 10 ** digits;
  const s = Math.abs(x) * f;
  if (Math.abs(s - Math.floor(s) - 0.5) < 1e-6) return round(x, digits);
  const r = (Math.sign(x) * Math.round(s)) / f;
  return Object.is(r, -0) ? 0 : r;
}

function asShown(key: string, x: number): number {
  const r = roundAsFormatted(x, SHARES.has(key) ? 2 + shareDigits(x) : PERCENT_1.has(key) ? 3 : 1);
  return Object.is(r, -0) ? 0 : r;
}

export function roundModel(value: unknown, key = ''): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? asShown(key, value) : null;
  if (Array.isArray(value)) return value.map((v) => roundModel(v, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = roundModel(v, k);
    return out;
  }
  return value;
}

export function dependenciesOf(model: FactsheetModel): unknown {
  return { version: DEPENDENCY_VERSION, model: roundModel(model) };
}

export function factsheetDependencies(data: BuildData, code: string): unknown {
  return dependenciesOf(factsheetModel(data, code));
}
