// Unwraps an exceljs cell value into a plain value, noting how it was stored (formula, rich text,
// hyperlink). What the value means (number, code, date, text) is decided in values.ts.
import type { CellValue } from 'exceljs';

export type Plain =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'date'; value: Date }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string };

export interface Unwrapped {
  plain: Plain;
  /** The formula text (without `=`) when the cell held a formula. */
  formula?: string;
  /** A formula with no cached result in the file. */
  formulaWithoutResult?: boolean;
  richText?: boolean;
  hyperlink?: boolean;
}

interface Wrapped {
  [key: string]: unknown;
}

function isObject(v: unknown): v is Wrapped {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** A primitive as text; anything else (an object where text was expected) as ''. */
function textOf(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : '';
}

export function unwrap(value: CellValue): Unwrapped {
  return unwrapInto(value, {});
}

function unwrapInto(value: unknown, acc: Omit<Unwrapped, 'plain'>): Unwrapped {
  if (value === null || value === undefined) return { ...acc, plain: { kind: 'blank' } };
  if (typeof value === 'number') return { ...acc, plain: { kind: 'number', value } };
  if (typeof value === 'string') return { ...acc, plain: value === '' ? { kind: 'blank' } : { kind: 'text', value } };
  if (typeof value === 'boolean') return { ...acc, plain: { kind: 'boolean', value } };
  if (value instanceof Date) return { ...acc, plain: { kind: 'date', value } };
  if (!isObject(value)) return { ...acc, plain: { kind: 'text', value: textOf(value) } };

  if ('formula' in value || 'sharedFormula' in value) {
    const formula = textOf(value.formula ?? value.sharedFormula);
    if (!('result' in value) || value.result === undefined || value.result === null) {
      return { ...acc, formula, formulaWithoutResult: true, plain: { kind: 'blank' } };
    }
    return unwrapInto(value.result, { ...acc, formula });
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    const text = value.richText.map((r: unknown) => (isObject(r) ? textOf(r.text) : '')).join('');
    return unwrapInto(text, { ...acc, richText: true });
  }
  if ('hyperlink' in value || ('text' in value && Object.keys(value).every((k) => k === 'text' || k === 'tooltip'))) {
    return unwrapInto(value.text, { ...acc, hyperlink: 'hyperlink' in value });
  }
  if ('error' in value) return { ...acc, plain: { kind: 'error', value: textOf(value.error) } };
  return { ...acc, plain: { kind: 'text', value: JSON.stringify(value) } };
}
