// Grouped bars: årsverk per 10 000 in the target group by kommune size group, voksne and barn og unge.
import { bySizeGroup, GROUP_LABEL, nationalSum } from '../aggregate/index.ts';
import { barChart } from '../charts/index.ts';
import type { ComputeInput, FigureDef, FigureModel } from '../registry/types.ts';
import { GROUPS } from '../types.ts';
import { figureModel } from './common.ts';
import type { GroupSum } from '../aggregate/index.ts';

/** Grouped bars of rates per 10 000 (voksne, barn og unge) for a list of groups. */
export function rateBars(groups: GroupSum[], categoryTitle: string) {
  return barChart({
    bars: groups.flatMap((g) => GROUPS.map((k) => ({ category: g.label, group: k, value: g.per10000[k] }))),
    categories: groups.map((g) => g.label),
    groups: GROUPS.map((k) => ({ key: k, label: GROUP_LABEL[k] })),
    valueTitle: 'Årsverk per 10 000 innbyggere i målgruppen',
    categoryTitle,
    format: 'decimal1',
  });
}

function computeSizeRatesFigure(input: ComputeInput): FigureModel {
  const { panel, reference, reportYear } = input;
  const groups = [...bySizeGroup(panel, reportYear), nationalSum(panel, reference, reportYear)];
  return figureModel(input, {
    id: 'size-rates',
    title: `Årsverk per 10 000 innbyggere i målgruppen etter kommunestørrelse, ${reportYear}`,
    chart: rateBars(groups, 'Kommunestørrelse (innbyggere)'),
    notes: ['Voksne: per 10 000 innbyggere 18 år og over. Barn og unge: per 10 000 innbyggere 0–17 år.'],
  });
}

export const sizeRatesFigure: FigureDef = { kind: 'figure', id: 'size-rates', chapter: 'storrelse', compute: computeSizeRatesFigure };
