// The one generator of the survey questions' registry items. From a question's codebook entry alone: its
// table of answers by kommunestørrelse (id = the code in lower case with - for _, e.g. OH_DOGN → oh-dogn), its
// figure (same id) and its development over the years asked (`<id>-utvikling`; for a matrix, the focus answer
// by row and year, with every answer and n in `<id>-utvikling-alle`, Excel only). Every question with a
// chapter and `items: generated` (the default) gets them; the ids are the sheet names in tabeller-<year>.xlsx.
import { questionModels, type CodebookFile, type QuestionModel } from '../codebook/index.ts';
import type { ComputeInput, FigureDef, RegistryItem, TableDef } from '../registry/types.ts';
import type { Year } from '../types.ts';
import { schemeOf, shortLabelsOf, sizeGroupFigure } from './figures.ts';
import { askedYears, sizeGroupTable, yearTable } from './model.ts';
import { surveyQuestion } from './questions.ts';
import { multiFigure, multiSizeTable, multiYearTable } from './multi.ts';
import { matrixFigure, matrixFocusYearTable, matrixTable, matrixYearTable } from './matrix.ts';

/** The registry id of a question's table and figure: RPH → rph, OH_DOGN → oh-dogn. */
export function questionItemId(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

/** The id of a question's development table. */
export const developmentId = (code: string): string => `${questionItemId(code)}-utvikling`;
/** A matrix question's development with every answer and n, year by year (Excel; the report shows the focus answer). */
export const developmentAllId = (code: string): string => `${questionItemId(code)}-utvikling-alle`;

/** The questions the generator makes items for, in codebook order. */
export function generatedQuestions(cb: CodebookFile): QuestionModel[] {
  return [...questionModels(cb).values()].filter(
    (q) => q.chapter !== undefined && q.items === 'generated' && (q.kind === 'choice' || q.kind === 'multi' || q.kind === 'matrix'),
  );
}

/**
 * Each generated question's chapter and the years it was asked up to the report year (the years of its
 * development table), without computing any table: what decides whether a topic chapter is shown
 * (report/chapters.ts visibleChapters) where the registry is not at hand (the preview's chapter list).
 */
export function questionsAsked(input: Pick<ComputeInput, 'panel' | 'reportYear' | 'codebook'>): { code: string; chapter: string; years: Year[] }[] {
  return generatedQuestions(input.codebook).map((q) => ({ code: q.code, chapter: q.chapter!, years: askedYears(input, surveyQuestion(input.codebook, q.code)) }));
}

const sizeTitle = (q: QuestionModel, year: number) => `${q.title} etter kommunestørrelse. Andel kommuner og bydeler, ${year}`;
const spanTitle = (q: QuestionModel) => (span: string) => `${q.title}. Andel kommuner og bydeler, ${span}`;

function choiceItems(q: QuestionModel, chapter: string): RegistryItem[] {
  const id = questionItemId(q.code);
  const table: TableDef = {
    kind: 'table',
    id,
    chapter,
    compute: (input) => sizeGroupTable(input, { id, question: q.code, title: sizeTitle(q, input.reportYear) }),
  };
  const figure: FigureDef = {
    kind: 'figure',
    id,
    chapter,
    compute: (input) => {
      const cq = surveyQuestion(input.codebook, q.code);
      return sizeGroupFigure(input, { id, question: q.code, title: sizeTitle(q, input.reportYear), scheme: schemeOf(cq), shortLabels: shortLabelsOf(cq) });
    },
  };
  const development: TableDef = {
    kind: 'table',
    id: developmentId(q.code),
    chapter,
    compute: (input) => yearTable(input, { id: developmentId(q.code), question: q.code, title: spanTitle(q) }),
  };
  return [table, figure, development];
}

function multiItems(q: QuestionModel, chapter: string): RegistryItem[] {
  const id = questionItemId(q.code);
  return [
    { kind: 'table', id, chapter, compute: (input) => multiSizeTable(input, { id, question: q.code, title: sizeTitle(q, input.reportYear) }) },
    { kind: 'figure', id, chapter, compute: (input) => multiFigure(input, { id, question: q.code, title: `${q.title}. Andel av kommunene og bydelene som svarte, ${input.reportYear}` }) },
    { kind: 'table', id: developmentId(q.code), chapter, compute: (input) => multiYearTable(input, { id: developmentId(q.code), question: q.code, title: spanTitle(q) }) },
  ];
}

function matrixItems(q: QuestionModel, chapter: string): RegistryItem[] {
  const id = questionItemId(q.code);
  const title = (year: number) => `${q.title}. Andel kommuner og bydeler, ${year}`;
  return [
    { kind: 'table', id, chapter, compute: (input) => matrixTable(input, { id, question: q.code, title: title(input.reportYear) }) },
    { kind: 'figure', id, chapter, compute: (input) => matrixFigure(input, { id, question: q.code, title: title(input.reportYear) }) },
    {
      kind: 'table',
      id: developmentId(q.code),
      chapter,
      compute: (input) =>
        matrixFocusYearTable(input, {
          id: developmentId(q.code),
          question: q.code,
          title: (span, answer) => `${q.title}: andel «${answer}». Andel kommuner og bydeler, ${span}`,
          all: developmentAllId(q.code),
        }),
    },
    { kind: 'table', id: developmentAllId(q.code), chapter, compute: (input) => matrixYearTable(input, { id: developmentAllId(q.code), question: q.code, title: spanTitle(q) }) },
  ];
}

/** The registry items of every generated question of the codebook. */
export function questionItems(cb: CodebookFile): RegistryItem[] {
  return generatedQuestions(cb).flatMap((q) =>
    q.kind === 'multi' ? multiItems(q, q.chapter!) : q.kind === 'matrix' ? matrixItems(q, q.chapter!) : choiceItems(q, q.chapter!),
  );
}
