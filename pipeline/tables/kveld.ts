// Survey KVELD_V / KVELD_B: services available in the afternoon and evening, for voksne and for barn og unge —
// share answering "Ja" with its n, by size group in the report year (`kveld`) and nationally by year.
import type { ColumnDef, TableDef, TableModel, TableRow } from '../registry/types.ts';
import {
  asked,
  bySizeGroup,
  byYear,
  choiceQuestion,
  distributionNotes,
  notAskedNote,
  sizeGroupNote,
  sourceLine,
  UNIT_LABEL,
  yearSpan,
  type ChoiceQuestion,
  type Distribution,
} from '../survey/index.ts';

export const KVELD = [
  { code: 'KVELD_V', key: 'V', label: 'Voksne' },
  { code: 'KVELD_B', key: 'B', label: 'Barn og unge' },
] as const;

/** The "Ja" answer of a yes/no question. */
export function yesKey(q: ChoiceQuestion): string {
  const yes = q.options.find((o) => /^ja$/i.test(o.label.trim()));
  if (!yes) throw new Error(`${q.code} has no answer "Ja"`);
  return yes.key;
}

export function kveldColumns(first: ColumnDef): ColumnDef[] {
  return [
    first,
    ...KVELD.flatMap((k) => [
      { key: `n${k.key}`, label: `${k.label}: antall som svarte (n)`, unit: UNIT_LABEL, format: 'integer' as const },
      { key: `ja${k.key}`, label: `${k.label}: andel ja`, unit: 'prosent', format: 'percent1' as const },
    ]),
  ];
}

function cells(d: Distribution, key: string, yes: string): TableRow['cells'] {
  return { [`n${key}`]: d.n, [`ja${key}`]: d.shares[yes] ?? null };
}

function kveldNotes(qs: ChoiceQuestion[], ds: Distribution[][]): string[] {
  return [`Spørsmål: «${qs[0]!.text}» og «${qs[1]!.text}»`, ...distributionNotes(qs[0]!, ds.flat()).slice(1)];
}

export const kveldTable: TableDef = {
  kind: 'table',
  id: 'kveld',
  chapter: 'tilbud',
  compute: (input): TableModel => {
    const year = input.reportYear;
    const qs = KVELD.map((k) => choiceQuestion(input.codebook, k.code));
    const title = `Tjenester tilgjengelige på ettermiddag og kveld etter kommunestørrelse. Andel kommuner og bydeler, ${year}`;
    const columns = kveldColumns({ key: 'gruppe', label: 'Kommunestørrelse (innbyggere)', format: 'text' });
    const base = { id: 'kveld', title, columns, source: sourceLine(input.panel) };
    if (!qs.every((q) => asked(input, q, year))) return { ...base, rows: [], notes: [notAskedNote(year)] };
    const groups = qs.map((q) => bySizeGroup(input, q, year));
    const rows: TableRow[] = groups[0]!.map((g, i) => ({
      cells: { gruppe: g.label, ...cells(g.d, 'V', yesKey(qs[0]!)), ...cells(groups[1]![i]!.d, 'B', yesKey(qs[1]!)) },
      ...(g.group === 'total' ? { kind: 'total' as const } : {}),
    }));
    const totals = groups.map((gs) => [gs[gs.length - 1]!.d]);
    return { ...base, rows, notes: [...kveldNotes(qs, totals), sizeGroupNote(year)] };
  },
};

export const kveldByYearTable: TableDef = {
  kind: 'table',
  id: 'kveld-utvikling',
  chapter: 'tilbud',
  compute: (input): TableModel => {
    const qs = KVELD.map((k) => choiceQuestion(input.codebook, k.code));
    const series = qs.map((q) => byYear(input, q));
    const years = [...new Set(series.flatMap((s) => s.map((y) => y.year)))].sort((a, b) => a - b);
    const rows: TableRow[] = years.map((year) => {
      const c: TableRow['cells'] = { ar: String(year), nV: null, jaV: null, nB: null, jaB: null };
      KVELD.forEach((k, i) => {
        const d = series[i]!.find((y) => y.year === year)?.d;
        if (d) Object.assign(c, cells(d, k.key, yesKey(qs[i]!)));
      });
      return { cells: c };
    });
    const notes = kveldNotes(qs, series.map((s) => s.map((y) => y.d)));
    if (years.length === 0) notes.push(notAskedNote(input.reportYear));
    return {
      id: 'kveld-utvikling',
      title: `Tjenester tilgjengelige på ettermiddag og kveld. Andel kommuner og bydeler, ${yearSpan(years)}`,
      columns: kveldColumns({ key: 'ar', label: 'År', format: 'text' }),
      rows,
      notes,
      source: sourceLine(input.panel),
    };
  },
};
