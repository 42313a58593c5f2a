// Survey HENV_B_PH / HENV_V_PH: logistic regression of "stor økning i henvendelser" on kommune size group
// (report year), odds ratios with Wald 95 % intervals, each group with its n and share.
import { formatInteger } from '../format/index.ts';
import { sizeGroupLabel } from '../reference/index.ts';
import type { ColumnDef, TableDef, TableRow } from '../registry/types.ts';
import { henvendelserLogit, sizeGroupNote, sourceLine, UNIT_LABEL, asked, choiceQuestion } from '../survey/index.ts';

/** The questions modelled: psykisk helse for barn og unge (the chapter's model) and for voksne. */
export const LOGIT_QUESTIONS = ['HENV_B_PH', 'HENV_V_PH'] as const;

export const henvendelserLogitTable: TableDef = {
  kind: 'table',
  id: 'henvendelser-logit',
  chapter: 'henvendelser',
  compute: (input) => {
    const year = input.reportYear;
    const columns: ColumnDef[] = [
      { key: 'malgruppe', label: 'Målgruppe', format: 'text' },
      { key: 'gruppe', label: 'Kommunestørrelse (innbyggere)', format: 'text' },
      { key: 'n', label: 'Antall som svarte (n)', unit: UNIT_LABEL, format: 'integer' },
      { key: 'stor', label: 'Svarte «Stor økning»', unit: UNIT_LABEL, format: 'integer' },
      { key: 'andel', label: 'Andel «Stor økning»', unit: 'prosent', format: 'percent1' },
      { key: 'or', label: 'Oddsforhold', format: 'decimal2' },
      { key: 'lower', label: 'Nedre 95 %-grense', format: 'decimal2' },
      { key: 'upper', label: 'Øvre 95 %-grense', format: 'decimal2' },
    ];
    const rows: TableRow[] = [];
    const notes = [
      `Logistisk regresjon av svaret «Stor økning» (mot alle andre endringer) på kommunestørrelse, ${year}. ` +
        'Oddsforhold over 1 betyr at gruppen oftere svarte «Stor økning» enn referansegruppen. 95 % konfidensintervall (Wald).',
      'Referansegruppen er størrelsesgruppen med flest svar; den har oddsforhold 1.',
      '«Vet ikke» og blanke svar er ikke tatt med.',
    ];
    for (const code of LOGIT_QUESTIONS) {
      if (!asked(input, choiceQuestion(input.codebook, code), year)) continue;
      const fit = henvendelserLogit(input, code);
      for (const t of fit.terms) {
        rows.push({
          cells: {
            malgruppe: fit.question.label,
            gruppe: t.reference ? `${sizeGroupLabel(t.group)} (referanse)` : sizeGroupLabel(t.group),
            n: t.n,
            stor: t.events,
            andel: t.share,
            or: t.reference ? 1 : t.estimate,
            lower: t.lower,
            upper: t.upper,
          },
        });
        if (t.excluded) {
          notes.push(
            `${fit.question.label}, ${sizeGroupLabel(t.group)}: ${t.excluded === 'no-events' ? 'ingen' : 'alle'} svarte «Stor økning», så oddsforholdet kan ikke beregnes.`,
          );
        }
      }
      notes.push(`${fit.question.label}: ${formatInteger(fit.n)} svar i modellen; ${formatInteger(fit.dontKnow)} svarte «Vet ikke».`);
    }
    if (rows.length === 0) notes.push(`Spørsmålene om henvendelser ble ikke stilt i ${year}.`);
    notes.push(sizeGroupNote(year));
    return {
      id: 'henvendelser-logit',
      title: `Stor økning i henvendelser innen psykisk helse etter kommunestørrelse. Oddsforhold fra logistisk regresjon, ${year}`,
      columns,
      rows,
      notes,
      source: sourceLine(input.panel),
    };
  },
};
