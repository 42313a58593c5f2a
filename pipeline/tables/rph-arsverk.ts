// Survey RPH_ARSVERK: årsverk in Rask psykisk helsehjelp, by year, as reported by the units that have the
// service (RPH = own or inter-municipal; the question is only asked of them).
import { inRange } from '../codebook/index.ts';
import { formatInteger } from '../format/index.ts';
import type { ColumnDef, TableDef, TableRow } from '../registry/types.ts';
import { sum } from '../stats/index.ts';
import { answersOf, choiceQuestion, classifyAnswer, sourceLine, UNIT_LABEL, yearSpan } from '../survey/index.ts';
import type { AnswerValue } from '../types.ts';

/** A reported number of årsverk: a finite number ≥ 0 (numeric text with a decimal comma is read too). */
export function arsverkValue(v: AnswerValue | undefined): number | undefined {
  if (v === null || v === undefined) return undefined;
  const x = typeof v === 'number' ? v : /^\s*\d+([.,]\d+)?\s*$/.test(v) ? Number(v.replace(',', '.')) : NaN;
  return Number.isFinite(x) && x >= 0 ? x : undefined;
}

export const rphArsverkTable: TableDef = {
  kind: 'table',
  id: 'rph-arsverk',
  chapter: 'tilbud',
  compute: (input) => {
    const rph = choiceQuestion(input.codebook, 'RPH');
    const def = input.codebook.questions['RPH_ARSVERK'];
    if (!def) throw new Error('the codebook has no question RPH_ARSVERK');
    const years = input.panel.years.filter((y) => y <= input.reportYear && inRange(def.years, y)).sort((a, b) => a - b);
    const columns: ColumnDef[] = [
      { key: 'ar', label: 'År', format: 'text' },
      { key: 'eget', label: 'Med eget tilbud', unit: UNIT_LABEL, format: 'integer' },
      { key: 'interkommunalt', label: 'Med interkommunalt tilbud', unit: UNIT_LABEL, format: 'integer' },
      { key: 'n', label: 'Oppga årsverk (n)', unit: UNIT_LABEL, format: 'integer' },
      { key: 'arsverk', label: 'Årsverk i alt', unit: 'årsverk', format: 'decimal1' },
      { key: 'snitt', label: 'Årsverk per enhet', unit: 'årsverk', format: 'decimal1' },
    ];
    let missing = 0;
    const rows: TableRow[] = years.map((year) => {
      let eget = 0;
      let inter = 0;
      const values: number[] = [];
      for (const row of answersOf(input.panel, year)) {
        const c = classifyAnswer(row.answers['RPH'], rph.options);
        if (typeof c === 'string' || c.code === 3) continue;
        if (c.code === 1) eget++;
        else if (c.code === 2) inter++;
        const v = arsverkValue(row.answers['RPH_ARSVERK']);
        if (v === undefined) missing++;
        else values.push(v);
      }
      const total = sum(values);
      return {
        cells: { ar: String(year), eget, interkommunalt: inter, n: values.length, arsverk: total ?? null, snitt: total !== undefined ? total / values.length : null },
      };
    });
    const notes = [
      'Årsverk i Rask psykisk helsehjelp slik enhetene med tilbudet oppga dem (spørsmålet stilles bare til dem som har tilbudet, eget eller interkommunalt).',
      'Årsverk per enhet er gjennomsnittet blant dem som oppga årsverk (n). Ved interkommunalt samarbeid kan årsverkene være oppgitt for hele samarbeidet.',
    ];
    if (missing > 0) notes.push(`${formatInteger(missing)} enheter med tilbudet oppga ikke årsverk og er ikke tatt med i summen.`);
    return {
      id: 'rph-arsverk',
      title: `Årsverk i Rask psykisk helsehjelp, ${yearSpan(years)}`,
      columns,
      rows,
      notes,
      source: sourceLine(input.panel),
    };
  },
};
