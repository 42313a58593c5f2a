// Survey HENV_*: change in henvendelser (referrals) last year, per target group and area, by year.
import { formatInteger } from '../format/index.ts';
import type { ColumnDef, TableDef, TableRow } from '../registry/types.ts';
import {
  byYear,
  choiceQuestion,
  distributionNotes,
  HENV_QUESTIONS,
  nColumn,
  optionColumns,
  optionKey,
  sourceLine,
  yearSpan,
} from '../survey/index.ts';

export const henvendelserTable: TableDef = {
  kind: 'table',
  id: 'henvendelser',
  chapter: 'henvendelser',
  compute: (input) => {
    const questions = HENV_QUESTIONS.map((h) => ({ h, q: choiceQuestion(input.codebook, h.code) }));
    const first = questions[0]!.q;
    const columns: ColumnDef[] = [
      { key: 'malgruppe', label: 'Målgruppe og område', format: 'text' },
      { key: 'ar', label: 'År', format: 'text' },
      nColumn(),
      ...optionColumns(first),
    ];
    const rows: TableRow[] = [];
    const notes: string[] = [];
    const years = new Set<number>();
    for (const { h, q } of questions) {
      if (q.options.map((o) => `${o.key}:${o.label}`).join() !== first.options.map((o) => `${o.key}:${o.label}`).join()) {
        throw new Error(`${h.code} has other answer options than ${questions[0]!.h.code}`);
      }
      const ys = byYear(input, q);
      for (const y of ys) {
        years.add(y.year);
        const cells: TableRow['cells'] = { malgruppe: h.label, ar: String(y.year), n: y.d.n };
        for (const o of q.options) cells[optionKey(o.key)] = y.d.shares[o.key] ?? null;
        rows.push({ cells });
      }
      if (notes.length === 0) notes.push(...distributionNotes(q, ys.map((y) => y.d)).slice(1, 2));
      const blank = ys.reduce((s, y) => s + y.d.blank, 0);
      if (blank > 0) notes.push(`${h.label}: ${formatInteger(blank)} ${blank === 1 ? 'blankt' : 'blanke'} svar er ikke tatt med.`);
    }
    notes.unshift('Spørsmål: «Endring i omfang av henvendelser/henvisninger siste år», for barn og unge og for voksne, innen psykisk helse og rus.');
    const span = yearSpan([...years].sort((a, b) => a - b));
    return {
      id: 'henvendelser',
      title: `Endring i henvendelser siste år etter målgruppe og område. Andel kommuner og bydeler, ${span}`,
      columns,
      rows,
      notes,
      source: sourceLine(input.panel),
    };
  },
};
