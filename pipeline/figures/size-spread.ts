// The spread of unit rates (årsverk per 10 000 in the target group) within each kommune size group: voksne
// above, barn og unge below; each unit a dot over a box from the first to the third quartile.
import { GROUP_LABEL, RATE_UNIT } from '../aggregate/index.ts';
import { spreadChart } from '../charts/index.ts';
import { rowsOfYear } from '../panel/index.ts';
import { targetPopulation } from '../population/index.ts';
import { SIZE_GROUPS } from '../reference/index.ts';
import type { ComputeInput, FigureDef, FigureModel } from '../registry/types.ts';
import { per10000 } from '../stats/index.ts';
import { GROUPS } from '../types.ts';
import { figureModel, stackCharts } from './common.ts';

function computeSizeSpread(input: ComputeInput): FigureModel {
  const { panel, reportYear } = input;
  const rows = rowsOfYear(panel, reportYear);
  const labels = SIZE_GROUPS.filter((g) => rows.some((r) => r.sizeGroup === g.id));
  const label = new Map(labels.map((g) => [g.id, g.label]));
  const chart = stackCharts(
    GROUPS.map((g) => ({
      title: GROUP_LABEL[g],
      chart: spreadChart({
        points: rows.map((r) => ({ group: label.get(r.sizeGroup)!, unit: r.code, value: per10000(r.total[g], targetPopulation(r.population, g)) })),
        groups: labels.map((l) => l.label),
        valueTitle: `Årsverk ${RATE_UNIT[g]}`,
        groupTitle: 'Kommunestørrelse (innbyggere)',
        format: 'decimal1',
      }),
    })),
    'Målgruppe',
  );
  return figureModel(input, {
    id: 'size-spread',
    title: `Spredning i årsverk per 10 000 innbyggere i målgruppen innen hver kommunestørrelse, ${reportYear}`,
    chart,
    notes: [
      'Hvert punkt er en kommune eller bydel. Boksen går fra første til tredje kvartil; den tykke streken er medianen, den tynne går fra lavest til høyest.',
    ],
  });
}

export const sizeSpread: FigureDef = { kind: 'figure', id: 'size-spread', chapter: 'storrelse', compute: computeSizeSpread };
