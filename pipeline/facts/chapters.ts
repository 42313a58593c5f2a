// Key numbers for the prose of the size-group, fylke and tiltak chapters: which group and fylke have the highest
// and lowest rate, the largest tiltak, the share with higher education. Read from the chapters' own tables, so
// the prose states exactly the numbers the tables show.
import type { ComputeInput, FactsDef, FactsModel, TableModel, TableRow } from '../registry/types.ts';
import { fylke } from '../tables/fylke.ts';
import { higherEducationTable } from '../tables/higher-education.ts';
import { sizeRates } from '../tables/size-rates.ts';
import { tiltakB, tiltakV } from '../tables/tiltak.ts';

type Value = number | string | null;

const dataRows = (t: TableModel): TableRow[] => t.rows.filter((r) => r.kind === undefined || r.kind === 'data');
const numberIn = (r: TableRow | undefined, key: string): number | null => {
  const x = r?.cells[key];
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
};

/** The rows with the highest and lowest value in `key` (first in table order on ties). */
function extremes(rows: readonly TableRow[], key: string): { high?: TableRow; low?: TableRow } {
  let high: TableRow | undefined;
  let low: TableRow | undefined;
  for (const r of rows) {
    const x = numberIn(r, key);
    if (x === null) continue;
    if (high === undefined || x > numberIn(high, key)!) high = r;
    if (low === undefined || x < numberIn(low, key)!) low = r;
  }
  return { ...(high ? { high } : {}), ...(low ? { low } : {}) };
}

function put(values: Record<string, Value>, prefix: string, rows: readonly TableRow[], labelKey: string, key: string): void {
  const { high, low } = extremes(rows, key);
  values[`${prefix}High`] = (high?.cells[labelKey] as string | undefined) ?? null;
  values[`${prefix}HighRate`] = numberIn(high, key);
  values[`${prefix}Low`] = (low?.cells[labelKey] as string | undefined) ?? null;
  values[`${prefix}LowRate`] = numberIn(low, key);
}

function computeChapters(input: ComputeInput): FactsModel {
  const values: Record<string, Value> = {};
  // Size groups: the kommune groups only (Oslo's bydeler are a group of their own, not a size).
  const size = sizeRates.compute(input);
  const kommuneGroups = dataRows(size).filter((r) => r.cells['group'] !== 'Bydeler i Oslo');
  put(values, 'sizeV', kommuneGroups, 'group', 'rateV');
  put(values, 'sizeB', kommuneGroups, 'group', 'rateB');
  const fylker = dataRows(fylke.compute(input));
  put(values, 'fylkeV', fylker, 'group', 'rateV');
  put(values, 'fylkeB', fylker, 'group', 'rateB');
  values['fylker'] = fylker.length;

  for (const [g, def] of [['V', tiltakV], ['B', tiltakB]] as const) {
    const t = def.compute(input);
    const total = numberIn(t.rows.find((r) => r.kind === 'total'), 'now');
    const top = extremes(dataRows(t), 'now').high;
    values[`tiltakTop${g}`] = (top?.cells['category'] as string | undefined) ?? null;
    values[`tiltakTop${g}Arsverk`] = numberIn(top, 'now');
    values[`tiltakTop${g}Share`] = top && total ? numberIn(top, 'now')! / total : null;
  }
  const higher = higherEducationTable.compute(input).rows.find((r) => r.kind === 'total');
  values['higherEduV'] = numberIn(higher, 'V');
  values['higherEduB'] = numberIn(higher, 'B');
  values['higherEduAll'] = numberIn(higher, 'all');
  return { id: 'chapters', values };
}

export const chapters: FactsDef = {
  kind: 'facts',
  id: 'chapters',
  chapter: 'storrelse',
  compute: computeChapters,
  describe: {
    sizeVHigh: 'The size group (kommuner; Oslo bydeler left out) by årsverk for adults per 10 000: the highest (its name).',
    sizeVHighRate: 'Its rate (sizeVHigh).',
    sizeVLow: 'The size group (kommuner; Oslo bydeler left out) by årsverk for adults per 10 000: the lowest (its name).',
    sizeVLowRate: 'Its rate (sizeVLow).',
    sizeBHigh: 'The size group by årsverk for children and young people per 10 000: the highest (its name).',
    sizeBHighRate: 'Its rate (sizeBHigh).',
    sizeBLow: 'The size group by årsverk for children and young people per 10 000: the lowest (its name).',
    sizeBLowRate: 'Its rate (sizeBLow).',
    fylkeVHigh: 'The fylke by årsverk for adults per 10 000: the highest (its name).',
    fylkeVHighRate: 'Its rate (fylkeVHigh).',
    fylkeVLow: 'The fylke by årsverk for adults per 10 000: the lowest (its name).',
    fylkeVLowRate: 'Its rate (fylkeVLow).',
    fylkeBHigh: 'The fylke by årsverk for children and young people per 10 000: the highest (its name).',
    fylkeBHighRate: 'Its rate (fylkeBHigh).',
    fylkeBLow: 'The fylke by årsverk for children and young people per 10 000: the lowest (its name).',
    fylkeBLowRate: 'Its rate (fylkeBLow).',
    fylker: 'Number of fylker in the fylke table.',
    tiltakTopV: 'The tiltak with the most årsverk for adults (its name).',
    tiltakTopVArsverk: 'Its årsverk.',
    tiltakTopVShare: 'Its share of the årsverk for adults (0–1).',
    tiltakTopB: 'The tiltak with the most årsverk for children and young people (its name).',
    tiltakTopBArsverk: 'Its årsverk.',
    tiltakTopBShare: 'Its share of the årsverk for children and young people (0–1).',
    higherEduV: 'Share of the årsverk for adults done by staff with higher education (0–1).',
    higherEduB: 'The same for children and young people.',
    higherEduAll: 'The same for all årsverk.',
  },
};
