// The unit a sheet is about, as sums per year, plus the places it is compared with. A kommune or bydel is its
// own panel rows; Oslo as a whole is the sum of its bydeler on Oslo's population; a fylke the sum of its
// kommuner (fylke 03 = Oslo); the country the sum of every unit on the national population.
import { sumRows, type RowSum } from '../aggregate/index.ts';
import { isBydel, OSLO } from '../harmonise/index.ts';
import type { SizeGroupId, UnitCode, UnitInfo, Year } from '../types.ts';
import { LAND, type Shared } from './shared.ts';
import type { ComparisonKind, FactsheetUnit } from './types.ts';

export interface Place {
  kind: ComparisonKind;
  key: string;
  name: string;
  series: Map<Year, RowSum>;
}

export interface Subject {
  unit: FactsheetUnit;
  /** The panel unit (kommuner without Oslo, bydeler). */
  info: UnitInfo | undefined;
  series: Map<Year, RowSum>;
  sizeGroup: SizeGroupId | undefined;
  fylkeName: string | undefined;
  /** Panel units summed into the sheet's figures. */
  memberUnits: UnitCode[];
  /** Compared with in the key figures. */
  comparisons: Place[];
  /** Drawn next to the unit in the trend chart. */
  trendPlaces: Place[];
}

export function subjectOf(s: Shared, unit: FactsheetUnit): Subject {
  const land: Place = { kind: 'land', key: LAND, name: '', series: s.land };
  const fylkePlace = (code: string): Place => ({
    kind: 'fylke',
    key: code,
    name: s.fylker.find((f) => f.code === code)?.name ?? code,
    series: s.fylke.get(code) ?? new Map<Year, RowSum>(),
  });
  const sizePlace = (g: SizeGroupId): Place => ({ kind: 'sizeGroup', key: g, name: '', series: s.sizeGroup.get(g) ?? new Map<Year, RowSum>() });
  const fylkeName = unit.fylke ? s.fylker.find((f) => f.code === unit.fylke)?.name : undefined;

  if (unit.kind === 'land') {
    return { unit, info: undefined, series: s.land, sizeGroup: undefined, fylkeName, memberUnits: [...s.infos.keys()], comparisons: [], trendPlaces: [] };
  }
  if (unit.kind === 'fylke') {
    const members = [...s.infos.values()].filter((u) => u.fylke === unit.code).map((u) => u.code);
    return { unit, info: undefined, series: s.fylke.get(unit.code) ?? new Map<Year, RowSum>(), sizeGroup: undefined, fylkeName, memberUnits: members, comparisons: [land], trendPlaces: [land] };
  }
  if (unit.code === OSLO) {
    const bydeler = [...s.infos.keys()].filter(isBydel);
    const g = s.osloSizeGroup;
    return { unit, info: undefined, series: s.oslo, sizeGroup: g, fylkeName, memberUnits: bydeler, comparisons: [sizePlace(g), land], trendPlaces: [sizePlace(g), land] };
  }
  const info = s.infos.get(unit.code)!;
  const series = new Map<Year, RowSum>();
  for (const [year, row] of s.rows.get(unit.code) ?? []) series.set(year, sumRows([row]));
  if (unit.kind === 'bydel') {
    const oslo = fylkePlace('03');
    return { unit, info, series, sizeGroup: info.sizeGroup, fylkeName, memberUnits: [unit.code], comparisons: [oslo, land], trendPlaces: [oslo, land] };
  }
  const g = info.sizeGroup;
  return {
    unit,
    info,
    series,
    sizeGroup: g,
    fylkeName,
    memberUnits: [unit.code],
    comparisons: [fylkePlace(info.fylke), sizePlace(g), land],
    trendPlaces: [sizePlace(g), land],
  };
}
