// Survey HENV_*: change in henvendelser as 100 % stacked bars — the four questions in the report year
// (`henvendelser`), and each question by year (`henvendelser-b-ph`, `-b-rus`, `-v-ph`, `-v-rus`).
import { stackedBarChart } from '../charts/index.ts';
import { lowerFirst } from '../charts/alt-text.ts';
import type { FigureDef } from '../registry/types.ts';
import {
  answersOf,
  asked,
  categoriesOf,
  choiceQuestion,
  countsOf,
  describeDistribution,
  distribution,
  distributionNotes,
  HENV_QUESTIONS,
  notAskedNote,
  sourceLine,
  UNIT_LABEL,
  yearFigure,
  type HenvQuestion,
} from '../survey/index.ts';

export const henvendelserFigure: FigureDef = {
  kind: 'figure',
  id: 'henvendelser',
  chapter: 'henvendelser',
  compute: (input) => {
    const year = input.reportYear;
    const title = `Endring i henvendelser siste år etter målgruppe og område. Andel kommuner og bydeler, ${year}`;
    const rows = answersOf(input.panel, year);
    const items = HENV_QUESTIONS.map((h) => {
      const q = choiceQuestion(input.codebook, h.code);
      return { h, q, d: distribution(asked(input, q, year) ? rows : [], q) };
    }).filter((i) => i.d.n > 0);
    const first = choiceQuestion(input.codebook, HENV_QUESTIONS[0]!.code);
    const built = stackedBarChart({
      bars: items.map((i) => i.h.label),
      categories: categoriesOf(first),
      counts: items.flatMap((i) => countsOf(i.q, i.h.label, i.d)),
      scheme: 'diverging',
      barTitle: 'Målgruppe og område',
      unitLabel: UNIT_LABEL,
    });
    const notes = items.length > 0 ? distributionNotes(first, items.map((i) => i.d)).slice(1) : [notAskedNote(year)];
    const altText =
      items.length > 0
        ? `Endring i henvendelser siste år, ${year}. ` + items.map((i) => `${i.h.label}: ${lowerFirst(describeDistribution(i.q, i.d))}.`).join(' ')
        : notAskedNote(year);
    const source = sourceLine(input.panel);
    return {
      id: 'henvendelser',
      title,
      altText,
      spec: built.spec,
      table: { id: 'henvendelser', title, columns: built.data.columns, rows: built.data.rows, notes, source },
      notes,
      source,
    };
  },
};

function byYearFigure(h: HenvQuestion): FigureDef {
  return {
    kind: 'figure',
    id: h.figureId,
    chapter: 'henvendelser',
    compute: (input) =>
      yearFigure(input, {
        id: h.figureId,
        question: h.code,
        title: (span) => `Endring i henvendelser siste år – ${lowerFirst(h.label)}. Andel kommuner og bydeler, ${span}`,
        scheme: 'diverging',
      }),
  };
}

export const henvendelserByYearFigures: FigureDef[] = HENV_QUESTIONS.map(byYearFigure);
