// What a cell means: a number (årsverk, coded answers), a unit code, a date, a status or free text.
// Each reader normalises what real files contain and records every normalisation as a finding.
import { finding, num, type Location, type RuleId } from '../validate/messages.ts';
import type { Finding, SubmissionStatus } from '../types.ts';
import type { Plain, Unwrapped } from './cell.ts';

/** The cell being read: where it is, how messages name its unit, and where findings go. */
export interface CellCtx {
  /** The unit as messages name it (`Kommune 4601 Bergen`), or the row when the code is not known yet. */
  u: string;
  cell: string;
  /** The column's variable code or header, for messages. */
  header: string;
  where: Location;
  out: Finding[];
}

function display(p: Plain): string {
  switch (p.kind) {
    case 'blank':
      return '(tom)';
    case 'date':
      return isoDate(p.value);
    case 'number':
      return num(p.value, 6);
    default:
      return String(p.value);
  }
}

/** Findings about how the value was stored: formulas, rich text, hyperlinks, error values. False when unusable. */
function storage(w: Unwrapped, ctx: CellCtx): boolean {
  const { u, cell } = ctx;
  if (w.formulaWithoutResult) {
    ctx.out.push(finding('value.formula-no-result', { u, cell, formula: w.formula ?? '' }, ctx.where));
    return false;
  }
  if (w.plain.kind === 'error') {
    ctx.out.push(finding('value.error', { u, cell, error: w.plain.value }, ctx.where));
    return false;
  }
  if (w.plain.kind === 'number' && !Number.isFinite(w.plain.value)) {
    // A numeric cell whose stored value is no number (`<v>abc</v>`, `<v>1e999</v>`): exceljs gives NaN or Infinity.
    ctx.out.push(finding('value.invalid-number', { u, cell, header: ctx.header }, ctx.where));
    return false;
  }
  if (w.formula !== undefined) ctx.out.push(finding('value.formula', { u, cell, formula: w.formula, value: display(w.plain) }, ctx.where));
  if (w.richText) ctx.out.push(finding('value.rich-text', { u, cell }, ctx.where));
  if (w.hyperlink) ctx.out.push(finding('value.hyperlink', { u, cell, text: display(w.plain) }, ctx.where));
  return true;
}

// ---------------------------------------------------------------------------------------------
// Numbers

const SPACES = /[\s\u00a0\u2007\u202f]/g;

/**
 * Parses a number written as text: `2,5`, `1 234,5`, `1.234,5`, `−3` (decimal comma) or `2.5`, `12`.
 * Returns undefined when the text is not a number.
 */
export function parseNumberText(text: string): { value: number; decimalComma: boolean } | undefined {
  const s = text.replace(SPACES, '').replace(/^[\u2212\u2013]/, '-');
  if (/^[-+]?\d+,\d+$/.test(s)) return { value: Number(s.replace(',', '.')), decimalComma: true };
  if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) return { value: Number(s.replace(/\./g, '').replace(',', '.')), decimalComma: true };
  if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return { value: Number(s), decimalComma: false };
  return undefined;
}

function numberFromText(raw: string, ctx: CellCtx): number | null | undefined {
  if (raw.trim() === '') {
    ctx.out.push(finding('value.whitespace', { u: ctx.u, cell: ctx.cell, raw, value: '' }, ctx.where));
    return null;
  }
  const parsed = parseNumberText(raw);
  if (!parsed) return undefined;
  const rule: RuleId = parsed.decimalComma ? 'value.decimal-comma' : 'value.number-as-text';
  ctx.out.push(finding(rule, { u: ctx.u, cell: ctx.cell, raw, value: parsed.value }, ctx.where));
  return parsed.value;
}

/** A numeric cell (årsverk). Null for blank or unusable cells; text that is no number is an error. */
export function readNumber(w: Unwrapped, ctx: CellCtx): number | null {
  if (!storage(w, ctx)) return null;
  const p = w.plain;
  switch (p.kind) {
    case 'blank':
      return null;
    case 'number':
      return p.value;
    case 'text': {
      const n = numberFromText(p.value, ctx);
      if (n !== undefined) return n;
      break;
    }
    case 'date':
      ctx.out.push(finding('value.date-not-number', { u: ctx.u, cell: ctx.cell, header: ctx.header, date: isoDate(p.value) }, ctx.where));
      return null;
  }
  ctx.out.push(finding('value.not-a-number', { u: ctx.u, cell: ctx.cell, raw: display(p), header: ctx.header }, ctx.where));
  return null;
}

/**
 * A coded or numeric answer: numbers (also written as text) become numbers; other text is kept as
 * trimmed text for validate to judge against the codebook.
 */
export function readAnswerNumber(w: Unwrapped, ctx: CellCtx): number | string | null {
  if (!storage(w, ctx)) return null;
  const p = w.plain;
  switch (p.kind) {
    case 'blank':
      return null;
    case 'number':
      return p.value;
    case 'text': {
      const n = numberFromText(p.value, ctx);
      if (n !== undefined) return n;
      return trimmed(p.value, ctx, 'value.whitespace');
    }
    default:
      return display(p);
  }
}

// ---------------------------------------------------------------------------------------------
// Text

function trimmed(raw: string, ctx: CellCtx, rule: 'value.whitespace' | 'text.whitespace'): string {
  const t = raw.trim();
  if (t !== raw) {
    if (rule === 'value.whitespace') ctx.out.push(finding(rule, { u: ctx.u, cell: ctx.cell, raw, value: t }, ctx.where));
    else ctx.out.push(finding(rule, { u: ctx.u, cell: ctx.cell, raw }, ctx.where));
  }
  return t;
}

/** Free text (names, comments). Null when blank. */
export function readText(w: Unwrapped, ctx: CellCtx): string | null {
  if (!storage(w, ctx)) return null;
  const p = w.plain;
  if (p.kind === 'blank') return null;
  if (p.kind !== 'text') return display(p);
  const t = trimmed(p.value, ctx, 'text.whitespace');
  return t === '' ? null : t;
}

// ---------------------------------------------------------------------------------------------
// Unit codes

export type CodeResult = { code: string } | { blank: true } | { invalid: string };

/**
 * A unit code: 4-digit kommune or 6-digit bydel. A code that lost its leading zero (a number, or text
 * typed without it: 301, 30105) gets it back, with a finding.
 */
export function readCode(w: Unwrapped, ctx: CellCtx): CodeResult {
  if (!storage(w, ctx)) return { blank: true };
  const p = w.plain;
  let raw: string;
  if (p.kind === 'blank') return { blank: true };
  if (p.kind === 'number') {
    if (!Number.isInteger(p.value) || p.value < 0) return { invalid: String(p.value) };
    raw = String(p.value);
  } else if (p.kind === 'text') {
    raw = p.value.replace(SPACES, '');
    if (raw !== p.value) ctx.out.push(finding('value.whitespace', { u: ctx.u, cell: ctx.cell, raw: p.value, value: raw }, ctx.where));
    if (raw === '') return { blank: true };
  } else {
    return { invalid: display(p) };
  }
  if (!/^\d+$/.test(raw)) return { invalid: raw };
  if (raw.length === 3 || raw.length === 5) {
    const code = `0${raw}`;
    ctx.out.push(finding('code.leading-zero', { u: ctx.u, cell: ctx.cell, raw, code }, ctx.where));
    return { code };
  }
  if (raw.length === 4 || raw.length === 6) return { code: raw };
  return { invalid: raw };
}

// ---------------------------------------------------------------------------------------------
// Dates (Innsending)

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function validYmd(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return isoDate(t);
}

/** `15.03.2024`, `15/3/2024`, `2024-03-15` → ISO; undefined when not a date. */
export function parseDateText(text: string): string | undefined {
  const s = text.trim();
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (m) return validYmd(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** The submission date as ISO YYYY-MM-DD; undefined when blank or not a date. */
export function readDate(w: Unwrapped, ctx: CellCtx): string | undefined {
  if (!storage(w, ctx)) return undefined;
  const p = w.plain;
  const { u, cell } = ctx;
  switch (p.kind) {
    case 'blank':
      return undefined;
    case 'date':
      return isoDate(p.value);
    case 'number': {
      if (p.value > 20000 && p.value < 80000) {
        const iso = isoDate(new Date(EXCEL_EPOCH + Math.floor(p.value) * 86_400_000));
        ctx.out.push(finding('date.serial', { u, cell, raw: p.value, iso }, ctx.where));
        return iso;
      }
      break;
    }
    case 'text': {
      const iso = parseDateText(p.value);
      if (iso) {
        ctx.out.push(finding('date.text', { u, cell, raw: p.value, iso }, ctx.where));
        return iso;
      }
      break;
    }
  }
  ctx.out.push(finding('date.invalid', { u, cell, raw: display(p) }, ctx.where));
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Submission status (Innsending)

const STATUSES: readonly SubmissionStatus[] = ['levert', 'delvis', 'ikke levert'];

export type StatusResult = { status: SubmissionStatus } | { blank: true } | { invalid: string };

export function readStatus(w: Unwrapped, ctx: CellCtx): StatusResult {
  if (!storage(w, ctx)) return { blank: true };
  const p = w.plain;
  if (p.kind === 'blank') return { blank: true };
  if (p.kind !== 'text') return { invalid: display(p) };
  const t = trimmed(p.value, ctx, 'value.whitespace');
  if (t === '') return { blank: true };
  const canonical = t.toLowerCase().replace(/[\s_]+/g, ' ');
  const status = STATUSES.find((s) => s === canonical);
  if (!status) return { invalid: t };
  if (status !== t) ctx.out.push(finding('status.normalised', { u: ctx.u, cell: ctx.cell, raw: t, status }, ctx.where));
  return { status };
}
