// The long national series: årsverk for voksne, barn og unge and in total from the first panel year, with its
// breaks marked (2020 kommune reform and pandemic; new categories from 2024: the line is not drawn across).
import { GROUP_LABEL, nationalSum, seriesBreaks, seriesYears } from '../aggregate/index.ts';
import { lineSeriesChart } from '../charts/index.ts';
import type { ComputeInput, FigureDef, FigureModel } from '../registry/types.ts';
import { figureModel } from './common.ts';

function computeSeriesLong(input: ComputeInput): FigureModel {
  const { panel, reference, reportYear } = input;
  const years = seriesYears(panel, reportYear);
  const totals = years.map((y) => nationalSum(panel, reference, y));
  const points = totals.flatMap((t, i) => [
    { year: years[i]!, series: 'all', value: t.arsverk.all },
    { year: years[i]!, series: 'V', value: t.arsverk.V },
    { year: years[i]!, series: 'B', value: t.arsverk.B },
  ]);
  const breaks = seriesBreaks(panel, reportYear);
  const chart = lineSeriesChart({
    series: [
      { key: 'all', label: 'Totalt', subject: 'Årsverkene totalt' },
      { key: 'V', label: GROUP_LABEL.V, subject: 'Årsverkene for voksne' },
      { key: 'B', label: GROUP_LABEL.B, subject: 'Årsverkene for barn og unge' },
    ],
    points,
    breaks,
    valueTitle: 'Årsverk',
    format: 'integer',
  });
  return figureModel(input, {
    id: 'series-long',
    title: `Årsverk i kommunalt psykisk helse- og rusarbeid, ${years[0]}–${reportYear}`,
    chart,
    notes: [
      'Alle år er regnet om til dagens kommuneinndeling. For enheter som ikke rapporterte, er fjorårets tall videreført.',
      ...breaks.map((b) =>
        b.joinAcross
          ? `${b.year}: ${b.label.replace(/\n/g, ' ').toLocaleLowerCase('nb')} (kommunesammenslåinger; koronapandemien).`
          : `Fra ${b.year}: nye kategorier for tiltak og utdanning; tallene er ikke sammenlignbare med årene før, og linjen er brutt.`,
      ),
    ],
  });
}

export const seriesLong: FigureDef = { kind: 'figure', id: 'series-long', chapter: 'utvikling', compute: computeSeriesLong };
