// Survey HENV_B_PH / HENV_V_PH: odds ratios of "stor økning i henvendelser" by size group with 95 % intervals
// (`henvendelser-logit`: barn og unge, the chapter's model; `henvendelser-logit-v`: voksne).
import { oddsRatioChart } from '../charts/index.ts';
import { lowerFirst } from '../charts/alt-text.ts';
import { formatInteger } from '../format/index.ts';
import { sizeGroupLabel } from '../reference/index.ts';
import type { FigureDef } from '../registry/types.ts';
import { choiceQuestion, henvendelserLogit, henvQuestion, notAskedNote, sizeGroupNote, sourceLine, asked } from '../survey/index.ts';

function logitFigure(id: string, code: string): FigureDef {
  return {
    kind: 'figure',
    id,
    chapter: 'henvendelser',
    compute: (input) => {
      const year = input.reportYear;
      const h = henvQuestion(code);
      const title = `Stor økning i henvendelser – ${lowerFirst(h.label)}. Oddsforhold etter kommunestørrelse, ${year}`;
      const source = sourceLine(input.panel);
      if (!asked(input, choiceQuestion(input.codebook, code), year)) {
        const empty = oddsRatioChart({ terms: [], termTitle: 'Kommunestørrelse (innbyggere)', outcome: 'stor økning i henvendelser' });
        const notes = [notAskedNote(year)];
        return { id, title, altText: notes[0]!, spec: empty.spec, table: { id, title, columns: empty.data.columns, rows: [], notes, source }, notes, source };
      }
      const fit = henvendelserLogit(input, code);
      const label = (t: (typeof fit.terms)[number]) => `${sizeGroupLabel(t.group)} (n\u00a0=\u00a0${formatInteger(t.n)})`;
      const built = oddsRatioChart({
        terms: fit.terms.map((t) => ({ label: label(t), estimate: t.estimate, lower: t.lower, upper: t.upper, reference: t.reference })),
        termTitle: 'Kommunestørrelse (innbyggere)',
        outcome: `stor økning i henvendelser (${lowerFirst(h.label)})`,
      });
      const notes = [
        `Logistisk regresjon av svaret «Stor økning» (mot alle andre endringer) på kommunestørrelse. Referansegruppen er størrelsesgruppen med flest svar. «Vet ikke» og blanke svar er ikke tatt med (${formatInteger(fit.dontKnow)} svarte «Vet ikke»).`,
        sizeGroupNote(year),
      ];
      return {
        id,
        title,
        altText: built.altText,
        spec: built.spec,
        table: { id, title, columns: built.data.columns, rows: built.data.rows, notes, source },
        notes,
        source,
      };
    },
  };
}

export const henvendelserLogitFigure = logitFigure('henvendelser-logit', 'HENV_B_PH');
export const henvendelserLogitVFigure = logitFigure('henvendelser-logit-v', 'HENV_V_PH');
