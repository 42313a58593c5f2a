// Exact decimal rounding. Numbers are rounded as they are written (2.05 → 2,1; 1.005 → 1,01), half away from
// zero, working on the shortest decimal representation of the double (what `String(x)` gives) with integer
// arithmetic, so binary floating point never turns 2,05 into 2,0 the way `toFixed` does.

/** Plain decimal digits of a finite non-negative number: no exponent. */
function plainDecimal(abs: number): string {
  const s = String(abs);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const mantissa = s.slice(0, e);
  const exp = Number(s.slice(e + 1));
  const [int = '', frac = ''] = mantissa.split('.');
  const digits = int + frac;
  const point = int.length + exp;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

export interface RoundedDecimal {
  negative: boolean;
  /** Integer digits, no leading zeros (at least "0"). */
  int: string;
  /** Exactly `digits` fraction digits. */
  frac: string;
  /** True when every digit is 0 (no sign is shown for a rounded zero). */
  zero: boolean;
}

/**
 * Rounds `x` to `digits` fraction digits, half away from zero, after moving the decimal point `shift` places
 * right (shift 2 turns a share into per cent without a floating-point multiplication).
 */
export function roundDecimal(x: number, digits: number, shift = 0): RoundedDecimal {
  if (!Number.isFinite(x)) throw new RangeError(`cannot round ${x}`);
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) throw new RangeError(`digits must be 0–20, got ${digits}`);
  const negative = x < 0;
  let [int = '0', frac = ''] = plainDecimal(Math.abs(x)).split('.');
  if (shift > 0) {
    frac = frac.padEnd(shift, '0');
    int += frac.slice(0, shift);
    frac = frac.slice(shift);
  }
  const kept = BigInt(int + frac.slice(0, digits).padEnd(digits, '0'));
  const next = frac.charCodeAt(digits) - 48; // NaN when there is no further digit
  const scaled = (next >= 5 ? kept + 1n : kept).toString().padStart(digits + 1, '0');
  const intPart = scaled.slice(0, scaled.length - digits).replace(/^0+(?=\d)/, '');
  const fracPart = digits ? scaled.slice(scaled.length - digits) : '';
  const zero = /^0*$/.test(intPart + fracPart);
  return { negative: negative && !zero, int: intPart, frac: fracPart, zero };
}

/** `x` rounded half away from zero to `digits` decimals (after moving the point `shift` places right), as a number. */
export function round(x: number, digits = 0, shift = 0): number {
  const r = roundDecimal(x, digits, shift);
  return Number(`${r.negative ? '-' : ''}${r.int}${r.frac ? `.${r.frac}` : ''}`);
}
