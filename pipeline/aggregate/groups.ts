// Groupings of one year's panel rows: the nation, size groups, fylker, helseforetak with their RHF, and Oslo as
// a whole. Årsverk are always the sum over units; populations are the units' own, except
//   - the nation: the national population (which also counts Oslo residents with no bydel: Sentrum, Marka),
//   - Oslo as a whole (and fylke 03 Oslo): Oslo kommune's population (spec §1).
import { isBydel } from '../harmonise/index.ts';
import { rowsOfYear } from '../panel/index.ts';
import { osloPopulation } from '../population/index.ts';
import { SIZE_GROUPS, type Reference } from '../reference/index.ts';
import type { Panel, PanelRow, SizeGroupId, UnitInfo, Year } from '../types.ts';
import { sumRows, type RowSum } from './sum.ts';

export interface GroupSum extends RowSum {
  key: string;
  label: string;
}

export const NATIONAL_LABEL = 'Hele landet';

function unitIndex(panel: Panel): Map<string, UnitInfo> {
  return new Map(panel.units.map((u) => [u.code, u]));
}

function unitOf(index: Map<string, UnitInfo>, row: PanelRow): UnitInfo {
  const u = index.get(row.code);
  if (!u) throw new Error(`panel row ${row.code} (${row.year}) has no unit`);
  return u;
}

/** The whole country in `year`: every unit summed; rates on the national population. */
export function nationalSum(panel: Panel, ref: Reference, year: Year): GroupSum {
  const pop = ref.population.get(year)?.get('00');
  if (!pop) throw new Error(`no national population for ${year}`);
  return { key: '00', label: NATIONAL_LABEL, ...sumRows(rowsOfYear(panel, year), pop) };
}

/** Oslo as a whole in `year`: the sum of its bydeler, rates on Oslo kommune's population. */
export function osloSum(panel: Panel, ref: Reference, year: Year): GroupSum {
  return { key: '0301', label: 'Oslo', ...sumRows(rowsOfYear(panel, year).filter((r) => isBydel(r.code)), osloPopulation(ref, year)) };
}

/**
 * By size group of `year` (each row's own size group, by that year's inhabitants), in the fixed order of
 * SIZE_GROUPS; groups without units are left out. The bydel group's rates use the bydeler's own population.
 */
export function bySizeGroup(panel: Panel, year: Year): GroupSum[] {
  const rows = rowsOfYear(panel, year);
  return SIZE_GROUPS.map((g) => ({ key: g.id, label: g.label, ...sumRows(rows.filter((r) => r.sizeGroup === g.id)) })).filter((g) => g.units > 0);
}

/** Rows of a size group in `year`. */
export function rowsOfSizeGroup(panel: Panel, year: Year, id: SizeGroupId): PanelRow[] {
  return rowsOfYear(panel, year).filter((r) => r.sizeGroup === id);
}

/** By fylke (report-year fylker), in fylke-number order. Fylke 03 Oslo uses Oslo kommune's population. */
export function byFylke(panel: Panel, ref: Reference, year: Year): GroupSum[] {
  const index = unitIndex(panel);
  const rows = rowsOfYear(panel, year);
  const fylker = new Map<string, { name: string; rows: PanelRow[] }>();
  for (const r of rows) {
    const u = unitOf(index, r);
    const f = fylker.get(u.fylke) ?? { name: u.fylkeName, rows: [] };
    f.rows.push(r);
    fylker.set(u.fylke, f);
  }
  return [...fylker.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, f]) => {
      const onlyOslo = f.rows.every((r) => isBydel(r.code));
      return { key: code, label: f.name, ...(onlyOslo ? sumRows(f.rows, osloPopulation(ref, year)) : sumRows(f.rows)) };
    });
}

export interface HealthRegionSum extends GroupSum {
  helseforetak: GroupSum[];
}

/**
 * By RHF, each with its helseforetak (alphabetical, Norwegian collation). Populations are the units' own:
 * Oslo's bydeler belong to different helseforetak, so residents with no bydel are in no helseforetak.
 */
export function byHealthRegion(panel: Panel, year: Year): HealthRegionSum[] {
  const index = unitIndex(panel);
  const rows = rowsOfYear(panel, year);
  const collate = (a: string, b: string) => a.localeCompare(b, 'nb');
  const rhfs = [...new Set(rows.map((r) => unitOf(index, r).rhf))].sort(collate);
  return rhfs.map((rhf) => {
    const inRhf = rows.filter((r) => unitOf(index, r).rhf === rhf);
    const hfs = [...new Set(inRhf.map((r) => unitOf(index, r).helseforetak))].sort(collate);
    return {
      key: rhf,
      label: rhf,
      ...sumRows(inRhf),
      helseforetak: hfs.map((hf) => ({ key: hf, label: hf, ...sumRows(inRhf.filter((r) => unitOf(index, r).helseforetak === hf)) })),
    };
  });
}
